import type {VFile} from 'vfile'
import {displayWidth} from '../lexicon/characters.ts'
import {endsSentence} from '../lexicon/language.ts'
import {linesByPage, type SourceLine} from '../read/source-lines.ts'

/** Spaces between two columns that `pdftotext -layout` sets side by side. */
const gutter = /\S(\s{3,})(?=\S)/gu
/** Narrowest column of prose, in display columns: a table's cells are narrower. */
const narrowestColumn = 16
/** Lines of a page whose right column starts at the same place, at least: fewer is a table row or two. */
const linesInColumns = 3
/** How far, in display columns, the starts of one right column may stray. */
const slack = 2

/**
 * Pages that `pdftotext -layout` set in two columns side by side, read column
 * by column: each line of such a block is cut at the gutter, and the left
 * column's lines come before the right column's. Lines keep their place in
 * the raw source (a cut line becomes two lines over parts of it); `index`
 * is renumbered to the new order, and `frameWidth` tells the later stages how
 * wide a full line of its column is.
 */
export default function layoutColumns() {
  return function (_tree: unknown, file: VFile) {
    const lines = file.data.lines ?? []
    if (file.data.markdown || !lines.some((line) => /\S\s{3,}\S/u.test(line.text) || indentOf(line.text) >= narrowestColumn)) return
    const reordered = linesByPage(lines, file.data.pageStarts ?? []).flatMap(readColumns)
    if (reordered.length === lines.length && reordered.every((line, index) => line === lines[index])) return
    file.data.lines = reordered.map((line, index) => ({...line, index}))
  }
}

interface Cut {
  line: SourceLine
  /** Where the right column's text starts, in characters, when the line has both. */
  right: number | undefined
  /** Offset in the line's text where the right column's text starts. */
  rightAt: number
  /** Where the text after a line's one gutter starts, when its left part is too narrow to tell two columns alone (\`一、引言   三、国内平台\`). */
  narrow?: number
}

/** A page's lines, its blocks of two columns read left column first. */
function readColumns(page: SourceLine[]): SourceLine[] {
  const found: Cut[] = page.map((line) => cutOf(line))
  const column = commonStart(found.map((cut) => cut.right).filter((right): right is number => right !== undefined))
  if (column === undefined) return staggeredColumns(page)
  // (a line whose narrow left part ends at the gutter of the page's columns has both: two headings side by side)
  const cuts = found.map((cut) => (cut.narrow !== undefined && Math.abs(cut.narrow - column) <= slack ? {...cut, right: cut.narrow, rightAt: cut.narrow} : cut))
  // (a line of one column only is no wider than the widest left column cut from a line of both: a line of the page's full
  // width may hold as few characters, wide ones)
  const leftWidth = Math.max(...cuts.filter((cut) => cut.right !== undefined && Math.abs(cut.right - column) <= slack).map((cut) => displayWidth(cut.line.text.slice(0, cut.rightAt).trimEnd())))
  const inBlock = cuts.map((cut) => fits(cut, column, leftWidth))
  const result: SourceLine[] = []
  for (let at = 0; at < cuts.length; ) {
    if (!inBlock[at] || cuts[at]!.right === undefined) {
      result.push(cuts[at]!.line)
      at++
      continue
    }
    // (past blank lines to the next line of the same columns: a page set with wide line spacing has one between any two rows)
    let end = at
    for (let next = at + 1; next < cuts.length; next++) {
      if (cuts[next]!.line.text.trim() === '') continue
      if (!inBlock[next]) break
      end = next
    }
    const left: SourceLine[] = []
    const right: SourceLine[] = []
    for (const cut of cuts.slice(at, end + 1)) {
      const {line} = cut
      // (a blank line inside the block stays in the left column, between its paragraphs or its spaced lines, as staggered blocks keep them)
      if (line.text.trim() === '') {
        left.push(line)
        continue
      }
      const leftText = cut.right === undefined ? (startsAt(line.text) >= column - slack ? '' : line.text) : line.text.slice(0, cut.rightAt)
      const rightText = cut.right === undefined ? (startsAt(line.text) >= column - slack ? line.text : '') : line.text.slice(cut.rightAt)
      if (leftText.trim() !== '') left.push({...line, end: line.start + leftText.length, text: leftText})
      if (rightText.trim() !== '') {
        const offset = line.text.length - rightText.length
        right.push({...line, start: line.start + offset, text: rightText})
      }
    }
    // each column's full line is its widest (the converter sets text on a grid of characters, whatever their width)
    result.push(...framed(left), ...framed(right))
    at = end + 1
  }
  return result
}

/** Where a line's two columns meet, when it has two: the start of the text after its widest gutter. */
function cutOf(line: SourceLine): Cut {
  const text = line.text
  let best: {at: number; length: number} | undefined
  let gutters = 0
  for (const match of text.matchAll(gutter)) {
    const length = match[1]!.length
    gutters++
    if (!best || length > best.length) best = {at: match.index + 1 + length, length}
  }
  // three cells or more far apart are a row of a table, not two columns of prose
  if (!best || gutters > 1) return {line, right: undefined, rightAt: text.length}
  const leftWidth = displayWidth(text.slice(0, best.at).trim())
  if (leftWidth < narrowestColumn) return {line, right: undefined, rightAt: text.length, narrow: best.at}
  // (where it starts in characters: \`pdftotext -layout\` sets the right column at the same count of characters on every line,
  // whatever the width of those before it)
  return {line, right: best.at, rightAt: best.at}
}

/** The display column most right columns start at, when enough lines agree on it. */
function commonStart(rights: number[], enough = linesInColumns): number | undefined {
  let best: {column: number; count: number} | undefined
  for (const column of new Set(rights)) {
    const count = rights.filter((right) => Math.abs(right - column) <= slack).length
    if (!best || count > best.count || (count === best.count && column < best.column)) best = {column, count}
  }
  return best && best.count >= enough && best.column >= narrowestColumn ? best.column : undefined
}

/** Whether a line belongs to a block of two columns meeting at \`column\`: cut there, or all on one side of it (on the left, no wider than \`leftWidth\`). */
function fits(cut: Cut, column: number, leftWidth: number): boolean {
  if (cut.right !== undefined) return Math.abs(cut.right - column) <= slack
  const text = cut.line.text
  if (text.trim() === '') return false
  const start = startsAt(text)
  return start >= column - slack || (text.trimEnd().length <= column - slack && displayWidth(text.trimEnd()) <= leftWidth + 2 * slack)
}

/** A column's lines, each told how wide the column's full line is: its widest. */
function framed(lines: readonly SourceLine[]): SourceLine[] {
  const frameWidth = Math.max(0, ...lines.map((line) => displayWidth(line.text.trim())))
  return lines.map((line) => (line.text.trim() === '' ? line : {...line, frameWidth}))
}

function startsAt(text: string): number {
  return displayWidth(text.slice(0, text.length - text.trimStart().length))
}

/**
 * A page whose two columns share no line: where the baselines of the columns
 * differ, \`pdftotext -layout\` gives each line one column's text, the right
 * column's indented to where that column starts, the two in turns. Such
 * blocks (between blank lines, as for columns side by side) are read left
 * column first. A block counts when its lines take turns at least twice and
 * both columns hold prose: the right column's lines start at the same place,
 * past the narrowest column, the left column's lines end before it and one
 * of them fills most of its width. An indented quotation, a table's wrapped
 * cells, a centred caption do not.
 */
function staggeredColumns(page: SourceLine[]): SourceLine[] {
  const result: SourceLine[] = []
  /** Blocks of staggered columns one after another, the blank lines between them: each column runs down all of them. */
  let run: Array<{left: SourceLine[]; right: SourceLine[]; column: number; blanks: SourceLine[]}> = []
  const flush = () => {
    // the left column down the run, the blank lines between its blocks kept between their paragraphs, then the right one
    result.push(...run.flatMap(({left, blanks}, index) => [...left, ...(index < run.length - 1 ? blanks : [])]), ...run.flatMap(({right}) => right), ...(run.at(-1)?.blanks ?? []))
    run = []
  }
  for (let at = 0; at < page.length; ) {
    let end = at
    while (end < page.length && page[end]!.text.trim() !== '') end++
    if (end === at) {
      if (run.length > 0) run.at(-1)!.blanks.push(page[at]!)
      else result.push(page[at]!)
      at++
      continue
    }
    const block = page.slice(at, end)
    const read = staggeredBlock(block)
    // (blocks of the same columns: the converter's grid of characters sets the right one's start a little apart in each)
    if (read && (run.length === 0 || Math.abs(read.column - run[0]!.column) <= slack * 2)) run.push({...read, blanks: []})
    else {
      flush()
      if (read) run.push({...read, blanks: []})
      else result.push(...block)
    }
    at = end
  }
  flush()
  return result
}

/** A block of lines (no blank one) cut into its two columns, where the right one starts, when it is one of staggered columns. */
function staggeredBlock(block: SourceLine[]): {left: SourceLine[]; right: SourceLine[]; column: number} | undefined {
  const indents = block.map((line) => indentOf(line.text))
  // \`pdftotext -layout\` places text by characters, whatever their width: the right column starts at the same count of spaces
  const column = commonStart(indents.filter((indent) => indent >= narrowestColumn), 2)
  if (column === undefined) return undefined
  const rightStarts = indents.filter((indent) => Math.abs(indent - column) <= slack)
  const rightStart = Math.min(...rightStarts)
  const sides = block.map((line, index) => {
    const indent = indents[index]!
    if (Math.abs(indent - column) <= slack) return 'right'
    return indent < column / 2 && line.text.trimEnd().length < rightStart ? 'left' : 'other'
  })
  if (sides.includes('other')) return undefined
  const turns = sides.filter((side, index) => index > 0 && side !== sides[index - 1]).length
  const left = block.filter((_line, index) => sides[index] === 'left')
  const right = block.flatMap((line, index) => (sides[index] === 'right' ? [{line, indent: indents[index]!}] : []))
  if (turns < 2 || left.length < 2 || right.length < 2) return undefined
  // each column's full line is its widest; a column of prose fills it on every line but where a paragraph ends
  const leftWidth = Math.max(...left.map((line) => displayWidth(line.text.trimEnd())))
  const rightWidth = Math.max(...right.map(({line}) => displayWidth(line.text.trim())))
  // (the converter sets text on a grid of characters, whatever their width: the left column's longest line ends near where the right one starts)
  if (Math.max(...left.map((line) => line.text.trimEnd().length)) < rightStart * reachesGutter || !fillsColumn(left, leftWidth) || !fillsColumn(right.map(({line}) => line), rightWidth)) return undefined
  return {
    left: left.map((line) => ({...line, frameWidth: leftWidth})),
    right: right.map(({line, indent}) => ({...line, start: line.start + indent, text: line.text.slice(indent), frameWidth: rightWidth})),
    column
  }
}

/** How near the right column's start, in characters, the longest line of the left column of staggered columns ends at least. */
const reachesGutter = 0.85
/** How much of its width a full line of a column of staggered columns fills at least. */
const fullColumn = 0.7

/** Whether every line of a column but its last is full, or ends a sentence. */
function fillsColumn(lines: readonly SourceLine[], width: number): boolean {
  return lines.slice(0, -1).every((line) => displayWidth(line.text.trim()) >= width * fullColumn || endsSentence(line.text.trim()))
}

/** Where a line's text starts, in characters. */
function indentOf(text: string): number {
  return text.length - text.trimStart().length
}
