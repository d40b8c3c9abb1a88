import {bulletMarker, comma, endsInClauseMark, endsSentence, listMarkerLength, sectionConnectives, tableCaptionNumber} from '../lexicon/language.ts'
import type {VFile} from 'vfile'
import {displayWidth} from '../lexicon/characters.ts'
import {entryNameSeparator, readsAsEntryName, type LineRole, type Range} from './entries.ts'
import type {ApartKind} from './outline.ts'
import {placeOf} from '../read/source-lines.ts'
import {layoutTable} from './layout-tables.ts'
import {stackedTable} from './stacked-tables.ts'

/** A block of the cleaned document, as the stretches of raw source it is made of. */
export type Block =
  | {type: 'heading'; depth: number; entry: boolean; fragments: Range[]}
  | {type: 'paragraph'; fragments: Range[]; role?: ApartKind}
  /** (\`bullets\`: the items of converter text a bullet opened, one run of them) */
  | {type: 'list'; items: Range[][]; ordered?: boolean; role?: ApartKind; bullets?: boolean}
  /** A table of a Markdown source, or one \`pdftotext -layout\` set: its rows (the header first), each a list of cells, each the stretches it shows. */
  | {type: 'table'; rows: Range[][][]}
  /** A Markdown source's fenced or indented code, kept as code: no prose, never read for records. */
  | {type: 'code'; range: Range; lang: string | null; meta: string | null; value: string}

declare module 'vfile' {
  interface DataMap {
    blocks: Block[]
    /** The usual display width of a full line of body text. */
    lineWidth: number
  }
}

/** A sentence-ending line this much shorter than usual ends its paragraph. */
const shortLine = 0.85
/**
 * A line inside a paragraph is filled nearly to the margin: a sentence-ending
 * line narrower than this, followed by a line that is itself the short last
 * line of a paragraph, ends a paragraph of its own.
 */
const notFull = 0.95
/** How much further in than the line beside it a label may start and still be of its column. */
const maxIndentShift = 4
/** Part of the margin a field's line fills at most (a label's line that wraps fills nearly all of it). */
const shortField = 0.7
/** Longest label, in characters, a field's separator follows. */
const maxLabelLength = 12
/** Before the first heading, a line that ends neither a sentence nor a clause and is narrower than this ends its paragraph too: a title's, an author's line. */
const standingLine = 0.5

/**
 * Restore paragraph boundaries that PDF text lost: a line that ends a
 * sentence and is markedly shorter than the document's usual line ends its
 * paragraph, unless the next line's first word would not have fitted on it;
 * so does one followed by a line that opens with `此外` and the like.
 */
export default function paragraphs() {
  return function (_tree: unknown, file: VFile) {
    if (file.data.markdown) return
    const value = String(file.value)
    const roles = file.data.roles ?? []
    const {usual: lineWidth, margin} = usualWidth(roles, value)
    const blocks: Block[] = []
    let paragraph: Range[] | undefined
    let blankRun = false
    let previous: LineRole | undefined
    /** Captions and the like met inside a paragraph: they follow it, never split it. */
    let waiting: Block[] = []
    /** After a table's caption, up to the first line of prose: a line that is no sentence is a row of its own. */
    let inTable = false
    /** The block of set-apart lines being gathered: a run of contents, of references, of contact lines. */
    let apart: Block | undefined

    const closeApart = () => {
      if (apart) blocks.push(apart)
      apart = undefined
    }
    const close = () => {
      if (paragraph) closeParagraph(value, blocks, paragraph)
      paragraph = undefined
      blocks.push(...waiting)
      waiting = []
    }
    const setApart = (role: Extract<LineRole, {kind: 'apart'}>) => {
      if (role.what === 'debris' || role.what === 'cover') return
      if (role.what === 'contents') {
        close()
        if (apart?.type !== 'list') closeApart()
        apart ??= {type: 'list', items: [], role: 'contents'}
        if (role.item && apart.type === 'list') apart.items.push(role.item)
        return
      }
      if (role.what === 'caption') {
        const caption: Block = {type: 'paragraph', fragments: [role.text], role: 'caption'}
        // the lines after a table's caption may be its rows, flattened by the converter
        inTable = tableCaptionNumber.test(value.slice(role.text.start, role.text.end))
        // a paragraph that ends a sentence ends at the caption after it: what follows is the table's or the figure's
        const last = paragraph?.[paragraph.length - 1]
        if (last && endsSentence(value.slice(last.start, last.end))) close()
        if (paragraph) waiting.push(caption)
        else {
          closeApart()
          blocks.push(caption)
        }
        return
      }
      close()
      if (apart?.type !== 'paragraph' || apart.role !== role.what) closeApart()
      apart ??= {type: 'paragraph', fragments: [], role: role.what}
      if (apart.type === 'paragraph') apart.fragments.push(role.text)
      // a reference ends at a line that ends a sentence: one paragraph each
      if (role.what === 'reference' && endsSentence(value.slice(role.text.start, role.text.end))) closeApart()
    }
    /** Add a line's text to the paragraph; `line` is the whole line as printed, name and marker of an entry included. */
    /** Whether a heading of the document came before the line being read. */
    let headed = false
    const append = (range: Range, line: Range, next: LineRole | undefined, frame = lineWidth) => {
      paragraph ??= []
      paragraph.push(range)
      const width = displayWidth(value.slice(line.start, line.end)) + firstWordWidth(next, value)
      const short = width < frame * shortLine || (width < frame * notFull && isLastLine(next, value, frame))
      const written = value.slice(range.start, range.end)
      if (endsSentence(written) && (short || opensSection(next, value))) close()
      // (\`建设单位：甲银行\` over \`上线时间：2019 年\`, \`1、数据结构\` over its text: a converter breaks running prose at the
      // margin only, so a line far short of it that ends no clause, and is a field or a numbered label or comes before
      // one, is a paragraph of its own; a narrow box's lines, short all of them, are not)
      // (short by the margin too, where short lines of fields are most of the document's and make the usual line as short)
      else if (next?.kind === 'body' && (width < frame * shortLine || width < margin * shortField) && !endsInClauseMark.test(written) && labelBeside(value, range, line, next)) close()
      // (\`Quillon Labs 研究团队\` over \`摘要 本文介绍…\`: before the first heading, where a cover's and a title page's lines
      // stand, a line far short of the margin that ends no clause stands alone; a narrow column's line later does not)
      else if (!headed && next?.kind === 'body' && width < frame * standingLine && !endsInClauseMark.test(written) && !endsSentence(written)) close()
    }

    /** Roles up to here are rows of a table already read. */
    let tableEnd = 0
    roles.forEach((role, index) => {
      if (index < tableEnd) return
      // a table as \`pdftotext -layout\` sets it (a heading row of column words over rows of cells), or as its default mode does (a cell a block)
      const table = role.kind === 'blank' ? undefined : (layoutTable(value, roles, index) ?? stackedTable(value, roles, index))
      if (table) {
        close()
        closeApart()
        blocks.push({type: 'table', rows: table.rows})
        // (lines the outline set apart as debris that are a table's cells are text after all: none is left out)
        for (const used of roles.slice(index, table.next)) if (used.kind === 'apart' && used.what === 'debris') file.data.outline?.delete(used.line.index)
        tableEnd = table.next
        blankRun = false
        return
      }
      const next = nextText(roles, index)
      if (role.kind === 'blank') {
        blankRun = true
        return
      }
      if (role.kind === 'apart') {
        setApart(role)
        return
      }
      closeApart()
      if (blankRun && !nearFurniture(file, role, previous) && !brokenAcrossBlank(previous, role, value, lineWidth)) close()
      blankRun = false
      previous = role
      if (role.kind === 'section') {
        headed = true
        inTable = false
        close()
        blocks.push({type: 'heading', depth: role.depth, entry: false, fragments: [role.text, ...(role.more ?? [])]})
      } else if (role.kind === 'entry') {
        close()
        blocks.push({type: 'heading', depth: role.depth, entry: true, fragments: role.name})
        if (role.body) append(role.body, role.text, next, role.line.frameWidth)
      } else if (inTable && !comma.test(value.slice(role.text.start, role.text.end)) && !endsSentence(value.slice(role.text.start, role.text.end))) {
        // \`北港联盟 2019 年 5 月 北港银行、泊舟物流\`: a flattened row, a paragraph alone (its cells past figure debris are another's)
        close()
        append(role.text, role.text, next, role.line.frameWidth)
        close()
      } else {
        inTable = false
        // (\`• 2009.01：甲网络上线\` over \`• 2015.07：乙链主网上线\`: a converter keeps the bullet of each item of a list, which no
        // line of running prose opens with: a bullet starts an item of its own, whatever the line before ends with)
        if (bulletMarker.test(value.slice(role.text.start, role.text.end))) close()
        append(role.text, role.text, next, role.line.frameWidth)
      }
    })
    close()
    closeApart()
    warnIfCutOff(file, blocks)
    file.data.blocks = blocks
    file.data.lineWidth = lineWidth
  }
}

/**
 * A paragraph the converter opened with a bullet (\`• 成立时间：2016 年 5 月\`) is an item of a list, its bullet none of
 * its text: the items of one run of bullets make one list; any other paragraph is one.
 */
function closeParagraph(value: string, blocks: Block[], fragments: Range[]) {
  const [first, ...rest] = fragments
  const marker = first ? bulletMarker.exec(value.slice(first.start, first.end)) : null
  if (!first || !marker || marker[0].length === first.end - first.start) {
    blocks.push({type: 'paragraph', fragments})
    return
  }
  const item = [{...first, start: first.start + marker[0].length}, ...rest]
  const last = blocks.at(-1)
  if (last?.type === 'list' && last.bullets) last.items.push(item)
  else blocks.push({type: 'list', items: [item], bullets: true})
}

/** A source that ends inside an entry, in the middle of a sentence, was probably cut off. */
function warnIfCutOff(file: VFile, blocks: readonly Block[]) {
  const last = blocks.findLast((block) => block.type !== 'list' && !(block.type === 'paragraph' && block.role))
  const entry = blocks.findLast((block) => block.type === 'heading')
  if (!last || last.type === 'list' || last.type === 'table' || last.type === 'code' || !entry || entry.type !== 'heading' || !entry.entry) return
  const end = last.fragments[last.fragments.length - 1]!.end
  const value = String(file.value)
  if (last.type === 'paragraph' && endsSentence(value.slice(Math.max(0, end - 8), end))) return
  const name = entry.fragments.map((fragment) => value.slice(fragment.start, fragment.end)).join('')
  file.message(`Unexpected end of the source in the middle of entry \`${name}\`, expected its text to end a sentence: was the source cut off?`, {
    place: placeOf(file).toPoint(end),
    ruleId: 'truncated-entry',
    source: 'paragraphs'
  })
}

/**
 * The width of the document's usual line (the median), and that of its margin (\`marginWidth\`, no narrower): a column
 * of prose narrower than the page, many lines of it, makes the usual line narrower than the margin; so do many short
 * lines of fields.
 */
function usualWidth(roles: readonly LineRole[], value: string): {usual: number; margin: number} {
  const widths: number[] = []
  for (const role of roles) {
    if (role.kind === 'body' || (role.kind === 'entry' && role.body)) {
      widths.push(displayWidth(value.slice(role.text.start, role.text.end)))
    }
  }
  widths.sort((a, b) => a - b)
  if (widths.length === 0) return {usual: 0, margin: 0}
  if (widths.length < 4) return {usual: widths[widths.length - 1]!, margin: widths[widths.length - 1]!}
  const usual = widths[Math.floor(widths.length / 2)]!
  return {usual, margin: Math.max(usual, marginWidth(widths))}
}

/** Display columns by which the full lines of one page's prose differ: a Latin word or a full-width mark more or less. */
const marginSlack = 2
/** Fewest full lines that tell a page's margin, and the least part of all lines they are. */
const fewestFullLines = 3
const leastFullPart = 0.05

/**
 * The width of a page's full lines, which the converter broke at the margin (\`项目名称：…\` lines of fields, many
 * and short, may outnumber them): the narrowest of the widest run of enough widths within a slack of each other; 0
 * without such lines.
 */
function marginWidth(sorted: readonly number[]): number {
  const least = Math.max(fewestFullLines, sorted.length * leastFullPart)
  let to = sorted.length - 1
  for (let from = to; from >= 0; from--) {
    while (sorted[to]! > sorted[from]! + marginSlack) to--
    if (to - from + 1 >= least) {
      // the run reaches down as far as its lines stay within the slack of its widest
      let low = from
      while (low > 0 && sorted[low - 1]! >= sorted[to]! - marginSlack) low--
      return sorted[low]!
    }
  }
  return 0
}

function nextText(roles: readonly LineRole[], index: number): LineRole | undefined {
  for (let next = index + 1; next < roles.length; next++) {
    if (roles[next]!.kind !== 'blank') return roles[next]
  }
  return undefined
}

/** Narrowest column of prose, in display columns. */
const narrowestProseColumn = 24
/** Part of a column's full line a line of it spaced out over blank lines fills at least: a narrow column wraps a long word early. */
const columnNotFull = 0.8
/** Display width a line of prose spaced out over blank lines has at least (a page's full line, not a row or a label). */
const widestShortLine = 50

/**
 * Whether a blank line only spaces out the lines of one paragraph (a page set
 * with wide line spacing, as \`pdftotext -layout\` gives it): the line before
 * is full (or the next line's first word would not have fitted on it), ends no sentence, and body text goes on after the blank.
 */
function brokenAcrossBlank(previous: LineRole | undefined, role: LineRole, value: string, lineWidth: number): boolean {
  // (the line before may be an entry's first line, its text after the name: \`（2）开放协同：鼓励…\`)
  const before = previous?.kind === 'body' ? previous.text : previous?.kind === 'entry' ? previous.body : null
  if (!previous || !before || role.kind !== 'body') return false
  const text = value.slice(before.start, before.end)
  const line = value.slice(previous.line.start, previous.line.end).trim()
  // a line of prose has the commas of a sentence; a line with cells far apart, or none, is a row of a table
  const width = displayWidth(line)
  // (a line of a column of prose, \`frameWidth\` telling how wide its full line is, is full by that width alone, commas or none,
  // when the line after the blank is of a column too and the column is as wide as prose: not a table's column of dates)
  const frame = previous.line.frameWidth !== undefined && role.line.frameWidth !== undefined && previous.line.frameWidth >= narrowestProseColumn ? previous.line.frameWidth : undefined
  return !endsSentence(text) && (frame !== undefined || comma.test(line)) && !/\S\s{3,}\S/u.test(line) && (frame === undefined ? width >= widestShortLine && width + firstWordWidth(role, value) >= lineWidth * notFull : width >= frame * columnNotFull)
}

/** Whether the next line opens with a word that speaks for the whole section again (`此外`), or with the marker of a list's item: a new paragraph. */
function opensSection(role: LineRole | undefined, value: string): boolean {
  if (!role || role.kind !== 'body') return false
  const text = value.slice(role.text.start, role.text.end)
  // (or an item of a list: \`（1）甲联盟。该联盟…\` after a sentence that ends its line)
  return sectionConnectives.some((word) => text.startsWith(word)) || listMarkerLength(text) > 0
}

/** Whether a line is a field (\`上线时间：2019 年 8 月\`, a short label before a separator) or the marker of an item before a label (\`1、数据结构\`, no clause of a sentence). */
function labelLine(text: string): boolean {
  const marker = listMarkerLength(text)
  if (marker > 0) return readsAsEntryName(text.slice(marker))
  const separator = entryNameSeparator(text, maxLabelLength)
  return separator !== undefined && separator.index > 0
}

/**
 * Whether a line's text or the next line is a label (\`labelLine\`), and the label stands no further in than the other line: one that
 * does is another column's, as \`-layout\` sets two columns it did not tell apart.
 */
function labelBeside(value: string, text: Range, line: Range, next: LineRole & {kind: 'body'}): boolean {
  const indent = (range: Range) => range.start - value.lastIndexOf('\n', range.start - 1) - 1
  // (an entry's line is no label: its text after the name is read, \`星河链：星河链是由\`)
  if (labelLine(value.slice(text.start, text.end))) return indent(line) <= indent(next.text) + maxIndentShift
  return indent(next.text) <= indent(line) + maxIndentShift && labelLine(value.slice(next.text.start, next.text.end))
}

/** Whether the next line is short and ends a sentence: the last line of some paragraph. */
function isLastLine(role: LineRole | undefined, value: string, lineWidth: number): boolean {
  if (!role || role.kind !== 'body') return false
  const text = value.slice(role.text.start, role.text.end)
  return endsSentence(text) && displayWidth(text) < lineWidth * shortLine
}

function firstWordWidth(role: LineRole | undefined, value: string): number {
  if (!role || role.kind !== 'body') return 0
  const text = value.slice(role.text.start, role.text.end)
  const word = /^[\p{Script=Latin}\d]+/u.exec(text)?.[0] ?? (text === '' ? '' : String.fromCodePoint(text.codePointAt(0)!))
  return displayWidth(word)
}

/** Blank lines that only surround removed page furniture, or a figure set apart, do not end a paragraph. */
function nearFurniture(file: VFile, role: LineRole, previous: LineRole | undefined): boolean {
  const furniture = file.data.furnitureLines ?? new Set<number>()
  const outline = file.data.outline
  const from = previous ? previous.line.index + 1 : 0
  for (let index = from; index < role.line.index; index++) {
    const read = outline?.get(index)
    if (furniture.has(index) || (read?.kind === 'apart' && (read.what === 'debris' || read.what === 'caption'))) return true
  }
  return false
}
