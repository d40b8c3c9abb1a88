import type {VFile} from 'vfile'
import {displayWidth} from '../lexicon/characters.ts'
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
    if (file.data.markdown || !lines.some((line) => /\S\s{3,}\S/u.test(line.text))) return
    const reordered = linesByPage(lines, file.data.pageStarts ?? []).flatMap(readColumns)
    if (reordered.length === lines.length && reordered.every((line, index) => line === lines[index])) return
    file.data.lines = reordered.map((line, index) => ({...line, index}))
  }
}

interface Cut {
  line: SourceLine
  /** Display column where the right column's text starts, when the line has both. */
  right: number | undefined
  /** Offset in the line's text where the right column's text starts. */
  rightAt: number
}

/** A page's lines, its blocks of two columns read left column first. */
function readColumns(page: SourceLine[]): SourceLine[] {
  const cuts: Cut[] = page.map((line) => cutOf(line))
  const column = commonStart(cuts.map((cut) => cut.right).filter((right): right is number => right !== undefined))
  if (column === undefined) return page
  const inBlock = cuts.map((cut) => fits(cut, column))
  const result: SourceLine[] = []
  for (let at = 0; at < cuts.length; ) {
    if (!inBlock[at] || cuts[at]!.right === undefined) {
      result.push(cuts[at]!.line)
      at++
      continue
    }
    let end = at
    while (end + 1 < cuts.length && inBlock[end + 1] && cuts[end + 1]!.line.text.trim() !== '') end++
    const left: SourceLine[] = []
    const right: SourceLine[] = []
    for (const cut of cuts.slice(at, end + 1)) {
      const {line} = cut
      const leftText = cut.right === undefined ? (startsAt(line.text) >= column - slack ? '' : line.text) : line.text.slice(0, cut.rightAt)
      const rightText = cut.right === undefined ? (startsAt(line.text) >= column - slack ? line.text : '') : line.text.slice(cut.rightAt)
      if (leftText.trim() !== '') left.push({...line, end: line.start + leftText.length, text: leftText, frameWidth: column})
      if (rightText.trim() !== '') {
        const offset = line.text.length - rightText.length
        right.push({...line, start: line.start + offset, text: rightText, frameWidth: column})
      }
    }
    result.push(...left, ...right)
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
  if (leftWidth < narrowestColumn) return {line, right: undefined, rightAt: text.length}
  return {line, right: displayWidth(text.slice(0, best.at)), rightAt: best.at}
}

/** The display column most right columns start at, when enough lines agree on it. */
function commonStart(rights: number[]): number | undefined {
  let best: {column: number; count: number} | undefined
  for (const column of new Set(rights)) {
    const count = rights.filter((right) => Math.abs(right - column) <= slack).length
    if (!best || count > best.count || (count === best.count && column < best.column)) best = {column, count}
  }
  return best && best.count >= linesInColumns && best.column >= narrowestColumn ? best.column : undefined
}

/** Whether a line belongs to a block of two columns meeting at `column`: cut there, or all on one side of it. */
function fits(cut: Cut, column: number): boolean {
  if (cut.right !== undefined) return Math.abs(cut.right - column) <= slack
  const text = cut.line.text
  if (text.trim() === '') return false
  const start = startsAt(text)
  return start >= column - slack || displayWidth(text.trimEnd()) <= column - slack
}

function startsAt(text: string): number {
  return displayWidth(text.slice(0, text.length - text.trimStart().length))
}
