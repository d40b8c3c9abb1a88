import {displayWidth} from '../lexicon/characters.ts'
import type {LineRole, Range} from './entries.ts'
import {cellCuts, headingRole, holdsProseMark, isKindWord, isWholeDate, mayHeadTable, trimmedRange, wordRanges} from './layout-tables.ts'

/**
 * A table as \`pdftotext\` sets it in its default mode: each cell a block of
 * its own (a cell that wraps goes on on the next line), blocks one blank line
 * apart, the headings first, then the cells row after row (or column after
 * column); cells a converter ran together on one line (\`甲科技 2018 年 4 月
 * 开源\`) are told apart by the dates in them.
 */

/** Blank lines between two cells. */
const blanksBetween = 2
/** Widest cell, in display columns: a wider line is prose after the table. */
const maxCellWidth = 40
/** Longest line of column headings, in characters. */
const maxHeadingLine = 80
/** Most lines one cell wraps onto. */
const maxCellLines = 3

/**
 * The cells of a block of lines: the block one cell, or, where the table has a
 * column of dates, cut before and after each date in it (a date may wrap: \`2017
 * 年 12\` then \`月\`), and where it has a column of kinds, before and after
 * each kind's word standing alone (\`Tamarind 公有链 Tamarind 基金会\`). Each
 * cell the stretches of raw source it shows.
 */
function cellsOf(value: string, block: readonly Range[], dated: boolean, typed: boolean, counted: boolean): Range[][] {
  if (!dated && !typed && !counted) return [[...block]]
  // the block's text as one string, with where each of its characters is in the raw source
  const places: number[] = []
  let text = ''
  for (const line of block) {
    for (let at = line.start; at < line.end; at++) places.push(at)
    text += value.slice(line.start, line.end)
  }
  const cuts = cellCuts(text, dated, typed, counted)
  const cells: Range[][] = []
  for (let index = 0; index + 1 < cuts.length; index++) {
    const [from, to] = [cuts[index]!, cuts[index + 1]!]
    if (text.slice(from, to).trim() === '') continue
    // the piece's stretches, one per line it lies on
    const ranges: Range[] = []
    for (const line of block) {
      const start = Math.max(line.start, places[from]!)
      const end = Math.min(line.end, places[to - 1]! + 1)
      if (start < end && value.slice(start, end).trim() !== '') ranges.push(trimmedRange(value, {start, end}))
    }
    cells.push(ranges)
  }
  return cells
}

/**
 * Whether a line may be a table's cell: short, with no mark that ends a sentence or a clause; or a few cells run
 * together, twice as wide at most, a date or a count inside it to cut them apart at.
 */
function cellLine(text: string): boolean {
  const written = text.trim()
  if (written === '' || holdsProseMark(written)) return false
  const width = displayWidth(written)
  return width <= maxCellWidth || (width <= 2 * maxCellWidth && cellCuts(written, true, false, true).length > 3)
}

/**
 * A table as \`pdftotext\` sets it in its default mode, from the line of role
 * \`at\`: lines of column headings (a column of names and one of dates or
 * counts, which tell the cells are where they seem), then blocks of cells
 * until a line of prose. Returns its rows (the heading's first), each a list
 * of cells, each the stretches of raw source it shows, and the index of the
 * first role after it; nothing when no table starts there or its cells do not
 * fill its columns as dates and counts should.
 */
export function stackedTable(value: string, roles: readonly LineRole[], at: number): {rows: Range[][][]; next: number} | undefined {
  // (most lines hold no heading's word: asked first)
  const first = roles[at]
  if (!first || first.kind === 'blank' || !mayHeadTable(first.line.text)) return undefined
  const headings: Range[] = []
  let index = at
  let blanks = 0
  let next = at
  for (; index < roles.length; index++) {
    const role = roles[index]!
    if (role.kind === 'blank') {
      if (headings.length === 0 || ++blanks > blanksBetween) break
      continue
    }
    // (a line of headings is short: a longer one, of megabytes even, heads no table)
    if (role.line.end - role.line.start > maxHeadingLine) break
    // (a column whose heading is no word of ours between two that are: \`系统\`, \`共识算法\`, \`开源时间\`)
    const between = headings.length > 0 && unknownHeading(value, role.line) && headingLineAfter(value, roles, index)
    const words = headingWords(value, role.line)
    if (!between && !words) break
    headings.push(...(between ? [trimmedRange(value, {start: role.line.start, end: role.line.end})] : words!))
    blanks = 0
    next = index + 1
  }
  const known = headings.map((heading) => headingRole(value.slice(heading.start, heading.end)))
  if (headings.length < 2 || !known.includes('name')) return undefined
  // the lines of cells, up to a line of prose, a heading, or too many blank lines; each with whether a blank line came before it
  const lines: Array<{range: Range; apart: boolean}> = []
  let end = next
  blanks = 0
  for (index = next; index < roles.length; index++) {
    const role = roles[index]!
    if (role.kind === 'blank') {
      end = index
      if (++blanks > blanksBetween) break
      continue
    }
    const cell = role.kind === 'body' || (role.kind === 'apart' && role.what === 'debris')
    if (!cell || !cellLine(role.line.text)) break
    lines.push({range: trimmedRange(value, {start: role.line.start, end: role.line.end}), apart: blanks > 0 || lines.length === 0})
    blanks = 0
    end = index + 1
  }
  // the blocks of cells: the lines between blank lines (a cell that wraps goes on on the next line), or, where no blank
  // line sets cells apart or a block is longer than a cell wraps, each line a cell
  const byBlanks: Range[][] = []
  for (const line of lines) {
    if (line.apart || byBlanks.length === 0) byBlanks.push([line.range])
    else byBlanks[byBlanks.length - 1]!.push(line.range)
  }
  const readings = [...(byBlanks.every((block) => block.length <= maxCellLines) ? [byBlanks] : []), lines.map((line) => [line.range])]
  for (const blocks of readings) {
    // a column whose heading is no word of ours (\`开源情况\`) comes next: as many such headings as make the cells fill the columns
    for (let extra = 0; extra <= maxUnknownHeadings && extra < blocks.length; extra++) {
      const more = blocks.slice(0, extra)
      if (!more.every((each) => each.length === 1 && !/\d/u.test(value.slice(each[0]!.start, each[0]!.end)))) break
      const columns = [...known, ...more.map(() => undefined)]
      const rows = fill(value, [...headings, ...more.map((each) => each[0]!)], columns, blocks.slice(extra))
      if (rows) return {rows, next: end}
    }
  }
  return undefined
}

/** Whether a line may be a column's heading that is no word of ours: a short word or two, no digit, no mark of prose. */
function unknownHeading(value: string, line: Range): boolean {
  const text = value.slice(line.start, line.end).trim()
  return text !== '' && displayWidth(text) <= maxUnknownHeading && !/\d/u.test(text) && !holdsProseMark(text)
}

/** Widest heading of a column that is no word of ours, in display columns. */
const maxUnknownHeading = 12

/** The words of a line when each is a column heading's word of ours; undefined when it has none or another word. */
function headingWords(value: string, line: Range): Range[] | undefined {
  const words = wordRanges(value, {start: line.start, end: line.end})
  return words.length > 0 && words.every((word) => headingRole(value.slice(word.start, word.end)) !== undefined) ? words : undefined
}

/** Whether the next line with text after the one at \`at\`, a few blank lines on at most, is all words of column headings. */
function headingLineAfter(value: string, roles: readonly LineRole[], at: number): boolean {
  for (let index = at + 1; index < roles.length && index <= at + blanksBetween + 1; index++) {
    const role = roles[index]!
    if (role.kind === 'blank') continue
    return headingWords(value, role.line) !== undefined
  }
  return false
}

/** Most headings of columns that are no words of ours, after those that are. */
const maxUnknownHeadings = 2

/**
 * The rows of a table from its headings and the blocks of its cells: the cells
 * row after row, or column after column, in the order in which every date and
 * count falls in its column and no name is a date; nothing when neither does.
 */
function fill(value: string, headings: readonly Range[], columns: ReadonlyArray<string | undefined>, blocks: readonly Range[][]): Range[][][] | undefined {
  if (columns.filter((role) => role === 'name').length !== 1 || !columns.some((role) => role === 'started' || role === 'memberCount')) return undefined
  const cells = blocks.flatMap((each) => cellsOf(value, each, columns.includes('started'), columns.includes('kind'), columns.includes('memberCount')))
  const width = headings.length
  if (cells.length < width || cells.length % width !== 0) return undefined
  const height = cells.length / width
  const fits = (cellAt: (row: number, column: number) => Range[]) =>
    Array.from({length: height}, (_, row) =>
      columns.every((role, column) => {
        const text = cellAt(row, column).map((range) => value.slice(range.start, range.end)).join('')
        if (role === 'started') return isWholeDate(text)
        if (role === 'memberCount') return /\d/u.test(text)
        if (role === 'kind') return isKindWord(text)
        return !isWholeDate(text)
      })
    ).every(Boolean)
  const byRow = (row: number, column: number) => cells[row * width + column]!
  const byColumn = (row: number, column: number) => cells[column * height + row]!
  const order = fits(byRow) ? byRow : fits(byColumn) ? byColumn : undefined
  if (!order) return undefined
  return [headings.map((heading) => [heading]), ...Array.from({length: height}, (_, row) => columns.map((_, column) => order(row, column)))]
}
