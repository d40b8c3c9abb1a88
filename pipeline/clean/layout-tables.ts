import {approximateMarkers, columnWords, commas, countUnits, dateSource, fullStop, kindWords, onLanguage, setApartKindWords, unitsAfterNumbers} from '../lexicon/language.ts'
import {displayWidth} from '../lexicon/characters.ts'
import type {LineRole, Range} from './entries.ts'

/** Spaces between two cells of a row as `pdftotext -layout` sets a table: two or more (one is a space inside a cell: `2016 年 4 月`). */
const cellGap = 2
/** How far, in display columns, a cell may start before its column's heading. */
const slack = 2
/** Blank lines a table's rows may have between them (a row whose cells wrap is often set apart by one; two where the text is set with wide line spacing). */
const blanksBetweenRows = 2

/** A cell of a line: where its text is in the raw source, and the display column it starts at. */
interface Cell {
  range: Range
  column: number
}

/**
 * The pieces of a text between runs of at least \`gap\` white-space characters (shorter runs stay inside a
 * piece), each with its stretch of raw source (the text starts at \`start\`) and the display column it starts
 * at (the text starts at \`column\`). Scanned, not matched: a line of megabytes is no pattern's to recurse through.
 */
function piecesOf(text: string, start: number, column: number, gap: number): Cell[] {
  const pieces: Cell[] = []
  let from = -1
  let end = 0
  let spaces = 0
  // the display width of the text up to \`measured\`, counted a stretch at a time (a stretch never splits a character)
  let width = 0
  let measured = 0
  const columnAt = (at: number) => {
    width += displayWidth(text.slice(measured, at))
    measured = at
    return column + width
  }
  for (let at = 0; at < text.length; at++) {
    if (isSpace(text.charCodeAt(at))) {
      spaces++
      continue
    }
    if (from >= 0 && spaces >= gap) {
      pieces.push({range: {start: start + from, end: start + end}, column: columnAt(from)})
      from = -1
    }
    if (from < 0) from = at
    spaces = 0
    end = at + 1
  }
  if (from >= 0) pieces.push({range: {start: start + from, end: start + end}, column: columnAt(from)})
  return pieces
}

/** What \`\\s\` said of each character code met so far: 0 not asked yet, 1 white space, 2 not. */
const whiteSpace = new Uint8Array(65536)

/** Whether a character is white space, as \`\\s\` says (asked once per character code: a scan of megabytes asks millions of times). */
function isSpace(code: number): boolean {
  whiteSpace[code] ||= /\s/u.test(String.fromCharCode(code)) ? 1 : 2
  return whiteSpace[code] === 1
}

/** The cells of a line, split at runs of two or more spaces. */
function cellsOf(text: string, start: number): Cell[] {
  return piecesOf(text, start, 0, cellGap)
}

/** The words of a cell, split at single spaces: each word's stretch of raw source and display column. */
function wordsOf(value: string, cell: Cell): Cell[] {
  return piecesOf(value.slice(cell.range.start, cell.range.end), cell.range.start, cell.column, 1)
}

/** The words of a stretch of raw source, one space or more apart, each its own stretch (scanned: a line of megabytes is safe). */
export function wordRanges(value: string, range: Range): Range[] {
  return piecesOf(value.slice(range.start, range.end), range.start, 0, 1).map((word) => word.range)
}

/** A stretch of raw source without the white space around it. */
export function trimmedRange(value: string, range: Range): Range {
  const text = value.slice(range.start, range.end)
  return {start: range.start + (text.length - text.trimStart().length), end: range.end - (text.length - text.trimEnd().length)}
}

/** Whether a text holds a mark that ends a sentence or a clause: prose, no row of a table. */
export function holdsProseMark(text: string): boolean {
  return [...`${fullStop}${commas}`].some((mark) => text.includes(mark))
}

/**
 * A heading cell whose words are each a column's heading (\`发布机构 发布时间 底层技术\`: a converter set one space
 * between narrow columns) is that many headings.
 */
function headingCells(value: string, cells: Cell[]): Cell[] {
  return cells.flatMap((cell) => {
    const words = wordsOf(value, cell)
    const known = words.map((word) => headingRole(value.slice(word.range.start, word.range.end)) !== undefined)
    // (or some, when no word is Latin: a heading in the script holds no space, \`共识算法 开源时间\` is two)
    const script = words.every((word) => !/[A-Za-z]/u.test(value.slice(word.range.start, word.range.end)))
    return words.length > 1 && (known.every(Boolean) || (script && known.some(Boolean))) ? words : [cell]
  })
}

/**
 * A row's cells, a cell split where one of its words starts at a column's heading (\`星槎集团 2018 年 Cobalt\`
 * under \`发布机构 发布时间 底层技术\`): the words between stay one cell (\`2018 年\`).
 */
function rowCells(value: string, cells: Cell[], starts: readonly number[]): Cell[] {
  return cells.flatMap((cell) => {
    const words = wordsOf(value, cell)
    const split: Cell[] = []
    for (const [index, word] of words.entries()) {
      const last = split[split.length - 1]
      if (last && !starts.some((start) => start !== cell.column && Math.abs(start - word.column) <= slack)) last.range = {start: last.range.start, end: word.range.end}
      else if (last && index > 0 && unitAfterNumber(value, words[index - 1]!, word) && last.range.start < words[index - 1]!.range.start) {
        // (\`45 家\` at a column's heading: a count is never cut from its unit, the cut comes before the number)
        const number = words[index - 1]!
        last.range = {start: last.range.start, end: words[index - 2]!.range.end}
        split.push({range: {start: number.range.start, end: word.range.end}, column: number.column})
      } else split.push({range: {...word.range}, column: word.column})
    }
    // each piece ends before the next column's heading: a line whose spaces ran together (\`…联盟 2019 年 5 月 北港银行…\`) is not split
    const fits = split.every((piece) => {
      const next = starts.find((start) => start > piece.column + slack)
      return next === undefined || piece.column + displayWidth(value.slice(piece.range.start, piece.range.end)) <= next + slack
    })
    return split.length > 1 && fits ? split : [cell]
  })
}

/** Whether a word is a unit (\`家\`, \`年\`) right after a word that is a number. */
function unitAfterNumber(value: string, before: Cell, word: Cell): boolean {
  const text = value.slice(word.range.start, word.range.end)
  return /^\d+$/u.test(value.slice(before.range.start, before.range.end)) && unitsAfterNumbers.some((unit) => text.startsWith(unit))
}

/** Most words a row whose spaces ran together may have: more is a line of prose under the table. */
const maxRowWords = 12

/**
 * A row whose spaces ran together, all or some (\`链上星城 星城大数据集团 2020 年\` under \`平台名称  运营单位  上线时间\`:
 * a converter drew its wide cells close): each word in the column whose heading it overlaps or lies nearest, a
 * column's words one cell. None unless the words go left to right through every column, the first word in the first,
 * and each cell of a column of dates is one date.
 */
function nearestCells(value: string, cells: readonly Cell[], heading: readonly Cell[]): Cell[] | undefined {
  const words = cells.flatMap((cell) => wordsOf(value, cell))
  // (a line of prose after the headings is none: it ends a sentence or a clause)
  const line = value.slice(cells[0]?.range.start ?? 0, cells[cells.length - 1]?.range.end ?? 0)
  if (words.length < heading.length || words.length > maxRowWords || holdsProseMark(line)) return undefined
  const spans = heading.map((cell) => ({start: cell.column, end: cell.column + displayWidth(value.slice(cell.range.start, cell.range.end))}))
  const row: Cell[] = []
  for (const word of words) {
    const end = word.column + displayWidth(value.slice(word.range.start, word.range.end))
    // (the nearest heading, and of two it overlaps or lies as near to, the one whose middle is nearer its own)
    const distance = (span: {start: number; end: number}) => Math.max(0, span.start - end, word.column - span.end) * 1000 + Math.abs(span.start + span.end - word.column - end)
    const distances = spans.map(distance)
    const column = distances.indexOf(Math.min(...distances))
    if (column === row.length - 1) row[column]!.range = {start: row[column]!.range.start, end: word.range.end}
    else if (column === row.length) row.push({range: {...word.range}, column: word.column})
    else return undefined
  }
  // (each cell of a column of dates one date whole: \`2016 年 11\` and \`月 甲银行\` are words placed wrong)
  const dated = row.every((cell, index) => headingRole(value.slice(heading[index]!.range.start, heading[index]!.range.end)) !== 'started' || wholeDate.test(value.slice(cell.range.start, cell.range.end)))
  return row.length === heading.length && dated ? row : undefined
}

/** Longest line of a row a group of lines makes, in characters. */
const maxRowLine = 400

/**
 * The row the lines of a group make when each cell's place on its line tells
 * its column: the cells (cut before and after each date where need be, in a
 * table with a column of dates: \`甲科技 2018 年 4 月 开源\` is three) whose places overlap
 * are one column's, a wrapped cell's lines in order (\`星槎 BaaS 平\` then
 * \`台\`), and there are as many such columns as headings. Nothing when the
 * lines hold prose, the columns are more or fewer, or a date falls outside
 * its column. Cells are cut at their dates only when they make too few columns.
 */
function placedRow(value: string, lines: readonly LineRole[], width: number, dateColumn: number, typed: boolean, cut = false): Range[][] | undefined {
  // (nor a line longer than a row of cells is: its words are never cut, a line of megabytes neither)
  if (lines.some((role) => role.line.text.length > maxRowLine || holdsProseMark(role.line.text))) return undefined
  const spans = lines.flatMap((role) => cellsOf(role.line.text, role.line.start).flatMap((cell) => (cut ? cutCell(value, cell, dateColumn >= 0, typed) : [cell])))
    .map((cell) => ({cell, start: cell.column, end: cell.column + displayWidth(value.slice(cell.range.start, cell.range.end))}))
  const columns: Array<{start: number; end: number}> = []
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = columns[columns.length - 1]
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end)
    else columns.push({start: span.start, end: span.end})
  }
  // (cells run together are cut at their dates only when they are too few: a date may wrap, \`2017 年 12\` over \`月\`)
  if (columns.length < width && !cut && (dateColumn >= 0 || typed)) return placedRow(value, lines, width, dateColumn, typed, true)
  if (columns.length !== width) return undefined
  const row: Range[][] = columns.map(() => [])
  for (const span of spans) row[columns.findIndex((column) => span.start >= column.start && span.start < column.end)]!.push(span.cell.range)
  const text = (cell: Range[]) => cell.map((range) => value.slice(range.start, range.end)).join('')
  return dateColumn < 0 || row.every((cell, index) => (index === dateColumn) === isWholeDate(text(cell))) ? row : undefined
}

/**
 * The row of a group whose date the converter centred over and under its other
 * cells, too close to them to be told apart by place (\`2019 年 3\`, then
 * \`钱江链   钱江数科\`, then \`月\`): the one line with a cell for every other
 * column gives those in order, and the other lines together are one date.
 */
function datedRow(value: string, lines: readonly LineRole[], width: number, dateColumn: number): Range[][] | undefined {
  if (dateColumn < 0 || lines.some((role) => role.line.text.length > maxRowLine)) return undefined
  const cells = lines.map((role) => cellsOf(role.line.text, role.line.start))
  const main = cells.filter((each) => each.length === width - 1)
  if (main.length !== 1) return undefined
  const rest = cells.filter((each) => each !== main[0]).flat()
  if (rest.length === 0 || !isWholeDate(rest.map((cell) => value.slice(cell.range.start, cell.range.end)).join(''))) return undefined
  const others = main[0]!.map((cell) => [cell.range])
  return [...others.slice(0, dateColumn), rest.map((cell) => cell.range), ...others.slice(dateColumn)]
}

/**
 * Where cells run together in a text are cut: 0, before and after each date (\`dated\`), each kind's word standing alone
 * (\`typed\`) and each count of organisations (\`counted\`: \`甲公司 45 家\`), its length.
 */
export function cellCuts(text: string, dated: boolean, typed: boolean, counted = false): number[] {
  const dates = [...(dated ? text.matchAll(datesIn) : []), ...(counted ? text.matchAll(countsIn) : [])]
  const kinds = typed ? wordRanges(text, {start: 0, end: text.length}).filter((word) => isKindWord(text.slice(word.start, word.end))) : []
  return [0, ...[...dates.map((date) => ({start: date.index, end: date.index + date[0].length})), ...kinds].flatMap((found) => [found.start, found.end]).sort((a, b) => a - b), text.length]
}

/**
 * A cell cut before and after each date in it (\`dated\`) and each kind's word standing alone (\`typed\`: \`许可链 —\`),
 * each piece with the display column it starts at.
 */
function cutCell(value: string, cell: Cell, dated: boolean, typed: boolean): Cell[] {
  const text = value.slice(cell.range.start, cell.range.end)
  const cuts = cellCuts(text, dated, typed)
  const pieces: Cell[] = []
  for (let index = 0; index + 1 < cuts.length; index++) {
    const range = trimmedRange(value, {start: cell.range.start + cuts[index]!, end: cell.range.start + cuts[index + 1]!})
    if (range.start < range.end) pieces.push({range, column: cell.column + displayWidth(value.slice(cell.range.start, range.start))})
  }
  return pieces
}

/** The role of a column heading's words, if they are a table's: a name (\`联盟名称\`), a date, parties, a count, a kind. */
export function headingRole(words: string): string | undefined {
  const squeezed = words.replace(/\s+/gu, '')
  // (a kind's word alone heads a column of names of that kind, as a Markdown table's does: \`平台\`, \`Platform\`)
  return headingWords.find(([, list]) => list.some((word) => squeezed.endsWith(word)))?.[0] ?? (isKindWord(squeezed) ? 'name' : undefined)
}

/** The pack's column headings by role, without their spaces (\`Member count\`): every line of a converter's text is tried as a table's heading. */
let headingWords: Array<[string, string[]]>
/** The words of a kind, alone a column's heading of its names (\`平台\`). */
let kindHeadings: Set<string>
/** Any column heading's word in a line: a line with none heads no table (most lines, asked first). */
let anyHeadingWord: RegExp
/** A text that is one date and nothing else: \`2019 年 6 月\`, \`2017.03\`. */
let wholeDate: RegExp
/** A date anywhere, for telling cells run together apart: \`2018 年 4 月\`, or a year alone. */
let datesIn: RegExp
/** A count of organisations anywhere, for telling cells run together apart: \`45 家\`, \`120 余家\`. */
let countsIn: RegExp

/** Whether words are one of a kind's words alone (\`平台\`, \`联盟链\`): a column of names' heading, or a cell of a column of kinds. */
export function isKindWord(words: string): boolean {
  return kindHeadings.has(words.replace(/\s+/gu, ''))
}

/** Whether a line holds any column heading's word: a line with none heads no table (most lines, asked first). */
export function mayHeadTable(text: string): boolean {
  return anyHeadingWord.test(text)
}

/** Whether a cell's text is one date and nothing else. */
export function isWholeDate(text: string): boolean {
  return wholeDate.test(text)
}
onLanguage(() => {
  headingWords = Object.entries(columnWords).map(([role, list]) => [role, (list as readonly string[]).map((word) => word.replace(/\s+/gu, ''))])
  // (a word is looked for as the pack writes it, a space in it any run of white space: \`Member count\`)
  kindHeadings = new Set([...Object.values(kindWords), ...Object.values(setApartKindWords)].flatMap((list) => list as readonly string[]).map((word) => word.replace(/\s+/gu, '')))
  const written = [...Object.values(columnWords).flatMap((list) => list as readonly string[]), ...kindHeadings].map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+'))
  anyHeadingWord = written.length === 0 ? /(?!)/u : new RegExp(written.join('|'), 'u')
  wholeDate = new RegExp(`^\\s*(?:${dateSource}|(?:19|20)\\d{2})\\s*$`, 'u')
  datesIn = new RegExp(`${dateSource}|(?<!\\d)(?:19|20)\\d{2}(?!\\d)`, 'gu')
  countsIn = countUnits.length === 0 ? /(?!)/gu : new RegExp(`(?<![\\d.])\\d{1,6}\\s{0,2}(?:${approximateMarkers.join('|')})?\\s{0,2}(?:${countUnits.join('|')})`, 'gu')
})

/**
 * Where a table's columns start: where the cells of its first row with a cell
 * for every column start, if one comes before the table's text ends (a
 * heading's words may be centred over their columns), else where the
 * heading's cells start.
 */
function columnStarts(roles: readonly LineRole[], at: number, heading: readonly Cell[]): number[] {
  for (const [, role] of linesAfter(roles, at)) {
    const cells = cellsOf(role.line.text, role.line.start)
    if (cells.length < 2) break
    if (cells.length === heading.length) return cells.map((cell) => cell.column)
  }
  return heading.map((cell) => cell.column)
}

/** The lines after a table's heading that may be its rows, with their indexes: up to a section, or more blank lines than rows have between them. */
function* linesAfter(roles: readonly LineRole[], at: number): Generator<[number, LineRole]> {
  for (let index = at + 1, blanks = 0; index < roles.length; index++) {
    const role = roles[index]!
    if (role.kind === 'blank') {
      if (++blanks > blanksBetweenRows) return
      continue
    }
    // (a caption under the table, \`表 2-1 …\`, ends it as a heading does)
    if (role.kind === 'section' || (role.kind === 'apart' && role.what === 'caption')) return
    blanks = 0
    yield [index, role]
  }
}

/**
 * A table as \`pdftotext -layout\` sets it, from the line of role \`at\`: a
 * heading row of column words (a column of names and one of another fact at
 * least), then the rows under it, each cell put in the column whose heading
 * starts where it starts; a line whose first column is empty goes on with the
 * row before it (a cell that wraps). Returns its rows (the heading's first),
 * each a list of cells, each the stretches of raw source it shows, and the
 * index of the first role after it; nothing when no table starts there.
 */
export function layoutTable(value: string, roles: readonly LineRole[], at: number): {rows: Range[][][]; next: number} | undefined {
  const first = roles[at]
  if (!first || first.kind === 'blank' || first.kind === 'section' || !mayHeadTable(first.line.text)) return undefined
  const heading = headingCells(value, cellsOf(first.line.text, first.line.start))
  if (heading.length < 2) return undefined
  const headingRoles = heading.map((cell) => headingRole(value.slice(cell.range.start, cell.range.end)))
  if (!headingRoles.includes('name') || headingRoles.filter((role) => role !== undefined && role !== 'name').length === 0) return undefined
  const starts = columnStarts(roles, at, heading)
  const columnOf = (cell: Cell) => {
    let index = 0
    for (const [column, start] of starts.entries()) if (start <= cell.column + slack) index = column
    return index
  }
  const rows: Range[][][] = [heading.map((cell) => [cell.range])]
  let next = at + 1
  const needed = heading.length <= 3 ? heading.length : heading.length - 1
  const dateColumn = headingRoles.indexOf('started')
  // the lines between blank lines: a row whose cells wrap, set apart from the next (its taller cells centred on the
  // lines above and below its others), is one of these
  const groups: Array<Array<[number, LineRole]>> = []
  for (const entry of linesAfter(roles, at)) {
    const group = groups[groups.length - 1]
    const last = group?.[group.length - 1]
    if (group && last && entry[0] === last[0] + 1) group.push(entry)
    else groups.push([entry])
  }
  /** A line read alone: a row, or the row before it going on; false where the table ends. */
  const readLine = (index: number, role: LineRole): boolean => {
    // a row split at single spaces fills every column: fewer cells means its spaces ran together, and the words are not where the headings say
    const spaced = cellsOf(role.line.text, role.line.start)
    const split = rowCells(value, spaced, starts)
    // (or, its spaces run together into fewer cells than headings, each word where the headings say: a row whose
    // words cannot all be so placed, \`2016 年 11\` in a column of dates, stays as it was)
    const cells = split.length === heading.length ? split : spaced.length < heading.length ? (nearestCells(value, spaced, heading) ?? spaced) : spaced
    // a row has a cell in every column (one may be empty in a table of four or more), or goes on with the row
    // before it: a line whose spaces ran together (\`星河联盟      2016 年 5 月 甲银行\`) is no row of this table
    const continues = rows.length > 1 && cells.length > 0 && columnOf(cells[0]!) > 0
    if (!continues && (cells.length < needed || columnOf(cells[0]!) !== 0)) return false
    const row: Range[][] = continues ? rows[rows.length - 1]! : heading.map(() => [])
    // a row with a cell for every column takes them in order, wherever the converter set them: it places a line's
    // words by the page's glyphs, and a row of wide characters drifts from its heading's columns
    const inOrder = !continues && cells.length === heading.length
    for (const [position, cell] of cells.entries()) row[inOrder ? position : columnOf(cell)]!.push(cell.range)
    if (!continues) rows.push(row)
    next = index + 1
    return true
  }
  for (const group of groups) {
    // a group of one full row at most is one row, its cells in the columns their places on the lines make
    const full = group.filter(([, role]) => {
      const spaced = cellsOf(role.line.text, role.line.start)
      return spaced.length >= needed && columnOf(spaced[0]!) === 0
    })
    const lines = group.map(([, role]) => role)
    const row = full.length <= 1 ? (placedRow(value, lines, heading.length, dateColumn, headingRoles.includes('kind')) ?? datedRow(value, lines, heading.length, dateColumn)) : undefined
    if (row) {
      rows.push(row)
      next = group[group.length - 1]![0] + 1
    } else if (!group.every(([index, role]) => readLine(index, role))) break
  }
  return rows.length > 1 ? {rows, next} : undefined
}
