import path from 'node:path'
import type {TextItem} from 'pdfjs-dist/types/src/display/api.js'
import {closeSetCharacter as closeSet} from '../lexicon/characters.ts'
import {loadPackage, projectRequire} from './load-package.ts'

/** A line of a PDF page where the text the build extracted places it: in PDF points, y from the top of the page as shown. */
export interface PdfBox {
  physicalPage: number
  x: number
  y: number
  width: number
  height: number
}

/** A line of the extracted text: its offsets in the text (end exclusive) and its box on its page. */
export interface PdfLine extends PdfBox {
  start: number
  end: number
}

/** A PDF as text: its pages in reading order, a form feed after each, and where each line of it is on its page. */
export interface PdfText {
  text: string
  lines: PdfLine[]
  /** Pages (from 1) with no text at all: scanned pages, figures. */
  blankPages: number[]
}

/** Why a PDF cannot be read: one message each. */
export interface PdfProblem {
  ruleId: 'pdf-encrypted' | 'pdf-unreadable' | 'pdf-no-text' | 'pdf-unmapped-font' | 'not-a-pdf'
  reason: string
}

/** A piece of text as pdf.js gives it, placed on its page as shown. */
interface Piece {
  text: string
  x: number
  /** The baseline, from the top of the page. */
  baseline: number
  width: number
  size: number
}

/** A line of a page: its pieces left to right, the column it belongs to (0 across the page, 1 left, 2 right). */
interface Line {
  pieces: Piece[]
  baseline: number
  size: number
  column: 0 | 1 | 2
}

/** Characters that are no text: what a font with no Unicode map gives (private use, replacement, controls). */
const unmapped = /[\p{Co}\uFFFD\p{Cc}]/u

/**
 * Read a PDF's text with pdf.js, a page at a time (a page's text is all that
 * is held besides the document): pieces joined into lines by their baseline,
 * lines into blocks by their spacing, two columns told by the gap between
 * them and read one after the other. Close-set scripts are joined without
 * spaces, other words with one. The text has the shape `pdftotext` gives (a
 * blank line between blocks, a form feed after each page), so the cleaning
 * that follows reads running headers, page numbers and contents as it does
 * for converter text.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfText | PdfProblem> {
  if (!Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) {
    return {ruleId: 'not-a-pdf', reason: 'Unexpected file that is not a PDF (it has no `%PDF-` header), expected a PDF by its name: rename it to what it is'}
  }
  const {getDocument, Util} = await loadPackage('pdfjs')
  const root = path.dirname(projectRequire.resolve('pdfjs-dist/package.json'))
  const task = getDocument({
    // pdf.js takes the bytes over: a copy, so the caller's stay whole (the build hashes them)
    data: new Uint8Array(bytes),
    cMapUrl: `${root}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${root}/standard_fonts/`,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0
  })
  let document
  try {
    document = await task.promise
  } catch (error) {
    await task.destroy()
    const name = (error as Error).name
    if (name === 'PasswordException') {
      return {ruleId: 'pdf-encrypted', reason: 'Unexpected PDF locked with a password, expected one that opens without: save it again without the password (an owner password alone is no obstacle)'}
    }
    return {ruleId: 'pdf-unreadable', reason: `Unexpected damaged PDF (${(error as Error).message}), expected one a PDF reader opens: save it again from the program that made it`}
  }
  try {
    const parts: string[] = []
    const lines: PdfLine[] = []
    const blankPages: number[] = []
    /** Each page's lines, in reading order: a page's pieces are let go once its lines are made. */
    const pages: Line[][] = []
    let length = 0
    let characters = 0
    let unreadable = 0
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const viewport = page.getViewport({scale: 1})
      const content = await page.getTextContent()
      const pieces: Piece[] = []
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue
        const [a, b, c, d, x, baseline] = Util.transform(viewport.transform, (item as TextItem).transform) as number[]
        const size = Math.hypot(c!, d!) || Math.hypot(a!, b!) || 1
        pieces.push({text: item.str, x: x!, baseline: baseline!, width: item.width, size})
        for (const character of item.str) {
          if (/\s/u.test(character)) continue
          characters++
          if (unmapped.test(character)) unreadable++
        }
      }
      page.cleanup()
      pages.push(columns(joinLines(pieces), viewport.width))
    }
    // the space between the lines of a paragraph, by type size, over the whole document: a page of short paragraphs has too few
    const spacing = lineSpacing(pages.flat())
    for (const [index, pageLines] of pages.entries()) {
      const number = index + 1
      if (pageLines.length === 0) blankPages.push(number)
      let previous: Line | undefined
      for (const line of pageLines) {
        if (previous && startsBlock(previous, line, spacing.get(Math.round(line.size)))) {
          parts.push('\n')
          length += 1
        }
        const text = lineText(line.pieces)
        const first = line.pieces[0]!
        const last = line.pieces.at(-1)!
        lines.push({start: length, end: length + text.length, physicalPage: number, x: round(first.x), y: round(line.baseline - line.size), width: round(last.x + last.width - first.x), height: round(line.size * 1.2)})
        parts.push(text, '\n')
        length += text.length + 1
        previous = line
      }
      parts.push('\n\f')
      length += 2
    }
    if (characters === 0) {
      return {ruleId: 'pdf-no-text', reason: 'Unexpected PDF without text, expected one whose pages hold text: its pages are images (a scan); run OCR on it first (`ocrmypdf`, for one) and build the result'}
    }
    if (unreadable > characters / 3) {
      return {ruleId: 'pdf-unmapped-font', reason: `Unexpected PDF whose fonts do not say which characters they draw (${unreadable} of ${characters} characters have no Unicode value), expected text: convert it with OCR, or export it again with fonts embedded with their Unicode maps`}
    }
    return {text: parts.join(''), lines, blankPages}
  } finally {
    await document.destroy()
  }
}

const round = (value: number) => Math.round(value * 100) / 100

/** Pieces into lines by their baseline, top to bottom; each line's pieces left to right. */
function joinLines(pieces: Piece[]): Line[] {
  const sorted = [...pieces].sort((a, b) => a.baseline - b.baseline || a.x - b.x)
  const lines: Line[] = []
  for (const piece of sorted) {
    const line = lines.at(-1)
    if (line && Math.abs(piece.baseline - line.baseline) <= Math.min(piece.size, line.size) * 0.4) {
      line.pieces.push(piece)
      line.size = Math.max(line.size, piece.size)
    } else lines.push({pieces: [piece], baseline: piece.baseline, size: piece.size, column: 0})
  }
  for (const line of lines) line.pieces.sort((a, b) => a.x - b.x)
  return lines.filter((line) => line.pieces.some((piece) => piece.text.trim() !== ''))
}

/**
 * A page's two columns read one after the other. The columns are runs of
 * lines none of which crosses one gap near the middle of the page, three or
 * more of them with text on both sides, the text of each side filling most
 * of its half (a table's short cells are no columns). A line across the gap
 * (a title, a caption, the prose above) ends the columns before it.
 */
function columns(lines: Line[], width: number): Line[] {
  // most pages have no line with an em of space inside it: no columns to look for
  const gapped = lines.filter((line) => {
    const words = line.pieces.filter((piece) => piece.text.trim() !== '')
    return words.some((piece, index) => index > 0 && piece.x - (words[index - 1]!.x + words[index - 1]!.width) >= line.size)
  })
  if (gapped.length < 3) return lines
  const crosses = (line: Line, at: number) => line.pieces.some((piece) => piece.x < at - 2 && piece.x + piece.width > at + 2)
  let best: {at: number; runs: Array<[number, number]>; both: number} | undefined
  for (let at = width * 0.35; at <= width * 0.65; at += width / 200) {
    const runs: Array<[number, number]> = []
    let both = 0
    for (let start = 0; start < lines.length; ) {
      if (crosses(lines[start]!, at)) {
        start++
        continue
      }
      let end = start
      while (end < lines.length && !crosses(lines[end]!, at)) end++
      const run = lines.slice(start, end)
      const sided = run.filter((line) => gapAt(line, at) >= line.size)
      if (sided.length >= 3 && filled(sided, at, width)) {
        // the columns start at their first line with text on both sides (the lines before it end the text above) and end
        // with the last, or the lines of one side right below it (a column's paragraph ends lower than the other's)
        let last = start + run.indexOf(sided.at(-1)!)
        while (last + 1 < end && lines[last + 1]!.baseline - lines[last]!.baseline <= lines[last]!.size * 2) last++
        runs.push([start + run.indexOf(sided[0]!), last + 1])
        both += sided.length
      }
      start = end
    }
    if (runs.length > 0 && (!best || both > best.both)) best = {at, runs, both}
  }
  if (!best) return lines
  const {at, runs} = best
  const out: Line[] = []
  let next = 0
  for (const [start, end] of runs) {
    out.push(...lines.slice(next, start))
    const run = lines.slice(start, end)
    for (const side of [1, 2] as const) {
      for (const line of run) {
        const pieces = line.pieces.filter((piece) => (side === 1 ? piece.x < at : piece.x >= at))
        if (pieces.length > 0) out.push({...line, pieces, column: side})
      }
    }
    next = end
  }
  out.push(...lines.slice(next))
  return out
}

/** The empty space around `at` in a line between text on its left and text on its right (white space counted as empty); none without text on both sides. */
function gapAt(line: Line, at: number): number {
  let left = -Infinity
  let right = Infinity
  for (const piece of line.pieces) {
    const text = piece.text
    if (text.trim() === '') continue
    // a piece's leading and trailing spaces are no text: count them a quarter of the size each
    const lead = (text.length - text.trimStart().length) * piece.size * 0.25
    const trail = (text.length - text.trimEnd().length) * piece.size * 0.25
    const from = piece.x + lead
    const to = piece.x + piece.width - trail
    if (to <= at) left = Math.max(left, to)
    else if (from >= at) right = Math.min(right, from)
    else return 0
  }
  return Number.isFinite(left) && Number.isFinite(right) ? right - left : 0
}

/** Whether the text on each side of a gap fills most of its half on average, as running text in two columns does. */
function filled(lines: readonly Line[], at: number, width: number): boolean {
  const share = (line: Line, left: boolean) => {
    const pieces = line.pieces.filter((piece) => (left ? piece.x + piece.width <= at : piece.x >= at))
    const from = Math.min(...pieces.map((piece) => piece.x))
    const to = Math.max(...pieces.map((piece) => piece.x + piece.width))
    return (to - from) / (left ? at : width - at)
  }
  const average = (left: boolean) => lines.reduce((sum, line) => sum + share(line, left), 0) / lines.length
  return average(true) >= 0.5 && average(false) >= 0.5
}

/**
 * The space from a baseline to the next in a paragraph, by type size
 * (rounded to a point): the tightest space between lines of that size in
 * one column (to a tenth of a point) that occurs at least a fifth as often
 * as the most frequent, among those no wider than three lines.
 */
function lineSpacing(lines: readonly Line[]): Map<number, number> {
  const counts = new Map<number, Map<number, number>>()
  for (let index = 1; index < lines.length; index++) {
    const [previous, line] = [lines[index - 1]!, lines[index]!]
    const gap = Math.round((line.baseline - previous.baseline) * 10) / 10
    const size = Math.round(line.size)
    if (previous.column !== line.column || Math.round(previous.size) !== size || gap <= 0 || gap > line.size * 3) continue
    const bySize = counts.get(size) ?? new Map<number, number>()
    counts.set(size, bySize)
    bySize.set(gap, (bySize.get(gap) ?? 0) + 1)
  }
  const spacing = new Map<number, number>()
  for (const [size, bySize] of counts) {
    // the tightest of the frequent spacings: a contents page's or a list's wider spacing may be the most frequent in a short document
    const most = Math.max(...bySize.values())
    const tight = [...bySize].filter(([gap, count]) => count >= 2 && count >= most / 5 && gap >= size * 0.9).sort(([a], [b]) => a - b)[0]
    if (tight) spacing.set(size, tight[0])
  }
  return spacing
}

/** Whether a line starts a new block: another column, or more space above it than between the lines of the page's paragraphs. */
function startsBlock(previous: Line, line: Line, spacing: number | undefined): boolean {
  if (previous.column !== line.column) return true
  const gap = line.baseline - previous.baseline
  const size = Math.max(previous.size, line.size)
  return gap < 0 || gap > (spacing !== undefined && spacing < size * 3 ? spacing * 1.3 + 0.5 : size * 1.9)
}

/**
 * A line's pieces as text: close-set scripts joined as they are (with a
 * space where half an em or more parts them), other words with a space where
 * the gap between them is a space's, a gap of two ems or more (between the
 * cells of a table's row) as spaces of its width, as `pdftotext -layout`
 * keeps it. A piece of white space alone is a space, or part of the gap it
 * stands in when that is wider.
 */
function lineText(pieces: readonly Piece[]): string {
  let text = ''
  let end = -Infinity
  /** Whether a piece of white space came since the last words: a space the PDF writes, kept as one. */
  let spaced = false
  for (const piece of pieces) {
    if (piece.text.trim() === '') {
      spaced ||= text !== ''
      continue
    }
    const gap = piece.x - end
    const before = text.at(-1) ?? ''
    const after = piece.text[0] ?? ''
    const joinable = text !== '' && before.trim() !== '' && after.trim() !== ''
    if (joinable && gap >= piece.size * 2) text += ' '.repeat(Math.max(2, Math.round(gap / (piece.size / 2))))
    else if (joinable && (spaced || gap > piece.size * (closeSet.test(before) && closeSet.test(after) ? 0.5 : 0.2))) text += ' '
    text += piece.text
    end = Math.max(end, piece.x + piece.width)
    spaced = false
  }
  return text.replace(/\s+$/u, '').replace(/\t/gu, ' ')
}
