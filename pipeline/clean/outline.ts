import {sentenceEnd, captionLine, clausePunctuation, comma, contactLine, contentsHeadings, contentsLeaderOnly, contentsLine, contentsLineBare, contentsLineSpaced, endsInClauseMark, endsSentence, listMarkerLength, numberingStyles, referencesHeadings, trailingLeaders, unitsAfterNumbers, unnumberedHeadings, onLanguage} from '../lexicon/language.ts'
import type {VFile} from 'vfile'
import {displayWidth} from '../lexicon/characters.ts'
import {placeOf, type SourceLine} from '../read/source-lines.ts'

/** What is not prose: told apart so that it is never read for records nor glued into a paragraph. */
export type ApartKind = 'contents' | 'caption' | 'contact' | 'reference' | 'cover' | 'debris' | 'comment'

/** What the outline says of one line of the source. */
export type OutlineLine =
  | {kind: 'heading'; depth: number; number: string | null; continued: number[]}
  | {kind: 'continued'}
  | {kind: 'apart'; what: ApartKind; item?: Range[]}

interface Range {
  start: number
  end: number
}

/** The outline's reading of lines, by line index. */
export type Outline = Map<number, OutlineLine>

/** An entry of the table of contents. */
export interface ContentsEntry {
  number: string | null
  style: string | null
  title: string
  page: number
  line: number
  /** Where the entry starts in the raw source. */
  offset: number
}

declare module 'vfile' {
  interface DataMap {
    /** The outline's reading of lines, by line index; lines it says nothing of are prose. */
    outline: Outline
    contents: ContentsEntry[]
    /** How many lines of each kind were set apart from the prose. */
    setApart: Partial<Record<ApartKind, number>>
  }
}

const source = 'outline'
/** Widest title, in display columns, a heading line may have. */
const maxTitleWidth = 64
/** A heading is narrower than a full line of prose. */
const headingWidth = 0.9
/** A run of this many short lines, none ending a sentence, is a figure's labels, a table, or a list of names, not prose. */
const debrisRun = 3
/** Lines this much narrower than usual may belong to such a run... */
const shortLine = 0.5
/** Widest label of a figure standing alone, in display columns. */
const label = 16
/** Widest cell of a table row, in display columns. */
const tableCell = 12
/** ...and, when they are this narrow, even with commas in them. */
const veryShort = 0.3
let units: Set<string>

const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '')
/** The pack's heading words as lines are compared with them: squeezed, lower case. */
const wordSet = (words: readonly string[]) => new Set(words.map((word) => squeeze(word).toLowerCase()))
let unnumberedWords: Set<string>
let contentsWords: Set<string>
let referencesWords: Set<string>

// compiled from the language pack in use, and again whenever another comes into use
onLanguage(() => {
  units = new Set(unitsAfterNumbers)
  unnumberedWords = wordSet(unnumberedHeadings)
  contentsWords = wordSet(contentsHeadings)
  referencesWords = wordSet(referencesHeadings)
})

/**
 * The document's outline from its lines: numbered section headings (`2.2.2
 * 产业联盟`, `第三章`, `一、概述`, `（二）…`) and the unnumbered ones of its
 * front and back matter, at the level their numbering gives, checked against
 * the table of contents where there is one; and what is not prose: the
 * contents, the cover, captions, references, contact lines, and the debris
 * of figures and tables.
 */
export default function outline() {
  return function (_tree: unknown, file: VFile) {
    const result = new Map<number, OutlineLine>()
    file.data.outline = result
    file.data.contents = []
    file.data.setApart = {}
    if (file.data.markdown) return
    const furniture = file.data.furnitureLines ?? new Set<number>()
    const lines = (file.data.lines ?? []).filter((line) => !furniture.has(line.index) && line.headingDepth === 0 && line.text.trim() !== '')
    if (lines.length === 0) return
    const texts = new Map(lines.map((line) => [line.index, line.text.normalize('NFKC').trim()]))
    const text = (line: SourceLine) => texts.get(line.index)!
    const widths = lines.map((line) => displayWidth(text(line)))
    const width = usualWidth(widths)
    // (a full line of prose, to tell a heading from: where a document's fields and labels are many, the median line is one of them)
    const fullWidth = usualWidth(widths, 0.75)

    const contents = findContents(lines, text, result)
    file.data.contents = contents
    const inContents = (line: SourceLine) => result.get(line.index)?.kind === 'apart'

    // heading candidates, then the levels their styles take in order of first appearance
    const candidates: Array<{line: SourceLine; style: string; number: string | null; title: string; unitLike?: true}> = []
    let afterBreak = true
    let previous: SourceLine | undefined
    const pageStarts = new Set(file.data.pageStarts ?? [])
    for (const line of lines) {
      // a heading stands between paragraphs: after a sentence, what is not prose, or a gap (a blank line, page furniture,
      // a \`#\` heading, a page break: the first line of a page, its form feed before it or opening it, after a page number no pattern took)
      const gap = previous !== undefined && (line.index > previous.index + 1 || pageStarts.has(line.start) || pageStarts.has(line.start + 1))
      afterBreak ||= gap
      previous = line
      if (inContents(line)) {
        afterBreak = true
        continue
      }
      const candidate = headingCandidate(text(line), fullWidth, 'mark')
      if (candidate && (afterBreak || candidate.style === 'unnumbered')) candidates.push({line, ...candidate})
      afterBreak = Boolean(candidate) || endsSentence(text(line))
    }
    const likely = withoutUnlikelyCounts(candidates, new Set(contents.map((entry) => `${entry.number} ${squeeze(entry.title)}`)))
    const listed = new Map(contents.filter((entry) => entry.number).map((entry) => [entry.number!, entry]))
    const listedStyles = new Set(contents.map((entry) => entry.style))
    const confirmed = likely.filter((candidate) => {
      if (candidate.style === 'unnumbered' || contents.length === 0 || !listedStyles.has(candidate.style)) return true
      if (listed.has(candidate.number!)) return true
      // (contents that list none of its siblings did not go down to its level there: \`2.1\` where they list \`1.1\` but no \`2.x\`)
      const number = candidate.number!
      const parent = number.includes('.') ? number.slice(0, number.lastIndexOf('.') + 1) : null
      if (parent !== null && ![...listed.keys()].some((entry) => entry.startsWith(parent))) return true
      file.info(`Unexpected heading \`${text(candidate.line)}\` that the table of contents does not list, expected a contents entry numbered ${candidate.number}; read as text`, {
        place: placeOf(file).toPoint(candidate.line.start),
        ruleId: 'heading-not-in-contents',
        source
      })
      return false
    })
    confirmed.push(...titleLines(file, lines, text, width, new Set(likely.map((candidate) => candidate.line.index)), new Set(contents.map((entry) => squeeze(entry.title))), pageStarts))
    confirmed.sort((a, b) => a.line.index - b.line.index)
    const order: string[] = []
    for (const style of [...contents.map((entry) => entry.style), ...confirmed.map((candidate) => candidate.style)]) {
      if (style && style !== 'unnumbered' && !order.includes(style)) order.push(style)
    }
    const byIndex = new Map(lines.map((line, position) => [line.index, position]))
    const found = new Set<string>()
    let lastDepth = 1
    for (const candidate of confirmed) {
      const depth = candidate.style === 'unnumbered' ? 1 : candidate.style === 'title' ? Math.min(lastDepth + 1, 6) : Math.min(order.indexOf(candidate.style) + 1, 6)
      if (candidate.style !== 'title') lastDepth = depth
      const continued = continuation(candidate, listed, lines, byIndex, text)
      result.set(candidate.line.index, {kind: 'heading', depth, number: candidate.number, continued})
      for (const index of continued) result.set(index, {kind: 'continued'})
      if (candidate.number) found.add(candidate.number)
    }
    for (const entry of contents) {
      if (entry.number && !found.has(entry.number) && listedStyles.has(entry.style)) {
        file.info(`Unexpected contents entry \`${entry.number} ${entry.title}\` without a heading in the text, expected one before page ${entry.page} ends`, {
          place: placeOf(file).toPoint(entry.offset),
          ruleId: 'contents-without-heading',
          source
        })
      }
    }

    markReferences(lines, text, result)
    markCover(file, lines, text, result)
    markDebris(file, lines, text, width, result)
    // (a caption is narrower than a full line, as a heading is)
    for (const line of lines) {
      if (result.has(line.index)) continue
      const what = shapedLength(text(line)) && captionLine.test(text(line)) && displayWidth(text(line)) < fullWidth * headingWidth ? 'caption' : contactLine.test(text(line)) ? 'contact' : undefined
      if (what) result.set(line.index, {kind: 'apart', what})
    }
    for (const role of result.values()) {
      if (role.kind === 'apart') file.data.setApart[role.what] = (file.data.setApart[role.what] ?? 0) + 1
    }
  }
}

/** Widest unnumbered title, in display columns: a short phrase. */
const titleWidth = 20

/**
 * Unnumbered titles: a short line with no punctuation that stands after a
 * blank line and a finished sentence (or a page break), with text directly
 * under it (\`关于本报告\` over its first paragraph). Such a line is no
 * paragraph's last line, which would end its sentence.
 */
function titleLines(
  file: VFile,
  lines: readonly SourceLine[],
  text: (line: SourceLine) => string,
  width: number,
  taken: ReadonlySet<number>,
  /** The titles the table of contents lists, squeezed: a line that is one, opening a page, is a heading after any line. */
  listed: ReadonlySet<string>,
  pageStarts: ReadonlySet<number>
): Array<{line: SourceLine; style: string; number: null; title: string}> {
  const all = file.data.lines ?? []
  const found: Array<{line: SourceLine; style: string; number: null; title: string}> = []
  lines.forEach((line, position) => {
    const written = text(line)
    if (taken.has(line.index) || file.data.outline?.has(line.index) || displayWidth(written) > titleWidth || width === 0) return
    if (/[\p{P}]$/u.test(written) || clausePunctuation.test(written) || !/\p{L}/u.test(written)) return
    const before = all[line.index - 1]
    const previous = lines[position - 1]
    const next = lines[position + 1]
    // text directly under it, or (as \`-layout\` spaces it) a paragraph of two lines or more after a blank line or two
    const afterNext = lines[position + 2]
    const under = next && (next.index === line.index + 1 || (next.index <= line.index + 3 && afterNext?.index === next.index + 1))
    if (!before || before.text.trim() !== '' || !under) return
    if (previous && !endsSentence(text(previous)) && !(file.data.furnitureLines ?? new Set()).has(line.index - 2) && !(listed.has(squeeze(written)) && (pageStarts.has(line.start) || pageStarts.has(line.start + 1)))) return
    found.push({line, style: 'title', number: null, title: written})
  })
  return found
}

/**
 * Lines longer than this are prose: never a contents line, a heading or a
 * caption. The patterns of those lines backtrack, and over a line of
 * megabytes they would exhaust the stack.
 */
const longestShapedLine = 1000

const shapedLength = (line: string) => line.length <= longestShapedLine

/** Two runs of three spaces or more between words: the cells of a table's row as \`pdftotext -layout\` sets them, no title's words. */
const cellsApart = /\S\s{3,}\S.*?\s{3,}\S/u

/**
 * A line that may be a section heading: its numbering style, number and title. A numbered title that opens with a unit
 * (\`30 个成员\`, \`2.1 分片账本\`) is none, or with \`'mark'\` one marked \`unitLike\` for the numbers around it to decide.
 */
export function headingCandidate(line: string, width: number, unitTitles: 'reject' | 'mark' = 'reject'): {style: string; number: string | null; title: string; unitLike?: true} | undefined {
  if (!shapedLength(line) || endsSentence(line) || endsInClauseMark.test(line) || contentsLine.test(line)) return undefined
  const bare = squeeze(line)
  if (unnumberedWords.has(bare.toLowerCase())) return {style: 'unnumbered', number: null, title: line}
  if (width > 0 && displayWidth(line) > width * headingWidth && displayWidth(line) > 24) return undefined
  for (const {key, pattern} of numberingStyles) {
    const match = pattern.exec(line)
    const title = match?.groups?.title?.trim() ?? ''
    const number = match?.groups?.number
    // a title has no comma: \`1. 《书名》，出版社，2016\` is a reference, \`10 分钟，…\` a cell; and no sentence ends in it (\`（一）…方面。Ethereum…\`)
    // (nor has it cells set apart by runs of spaces: \`2   甲联盟        2019 年 8 月   甲公司\` is a numbered row of a table)
    if (!match || !number || displayWidth(title) > maxTitleWidth || comma.test(title) || title.search(sentenceEnd) >= 0 || cellsApart.test(title)) continue
    if (key === 'arabic') {
      const parts = number.split('.')
      // `1 引言` needs its space; `30 个成员`, `2016 年` are counts and years
      if (parts.length === 1 && !/^\d+\.?\s/u.test(line)) return undefined
      if (parts.some((part) => Number(part) === 0 && parts.length === 1) || Number(parts[0]) > 30) return undefined
      if (title === '') return undefined
      // (\`2.1 分片账本\` or \`2.1 亿元\`: a title that opens with a unit is a heading only where the numbers around it say so)
      if (!units.has(title[0]!)) return {style: `arabic-${parts.length}`, number, title}
      return unitTitles === 'mark' ? {style: `arabic-${parts.length}`, number, title, unitLike: true} : undefined
    }
    if (title === '' && key !== 'chapter' && key !== 'part') return undefined
    return {style: key, number: `${key}:${number}`, title}
  }
  return undefined
}

/**
 * The candidates without those whose title opens with a unit (\`2.1 分片账本\`, but also
 * \`2.1 亿元\`, a count's line), unless the numbered candidates around them
 * make them the next section (\`2.1\` right after \`2\` and before \`2.2\`), or the contents list them, number and title.
 */
function withoutUnlikelyCounts<T extends {number: string | null; style: string; title: string; unitLike?: true}>(candidates: readonly T[], listed: ReadonlySet<string>): T[] {
  const sure = (candidate: (typeof candidates)[number]) => candidate.style.startsWith('arabic-') && !candidate.unitLike
  // the number of the nearest sure numbered candidate before each, and after each
  const before: Array<string | null | undefined> = []
  const after: Array<string | null | undefined> = []
  candidates.forEach((candidate, index) => (before[index + 1] = sure(candidate) ? candidate.number : before[index]))
  for (let index = candidates.length - 1; index >= 0; index--) after[index] = sure(candidates[index]!) ? candidates[index]!.number : after[index + 1]
  return candidates.filter((candidate, index) => {
    if (!candidate.unitLike || listed.has(`${candidate.number} ${squeeze(candidate.title)}`)) return true
    const previous = before[index]
    const next = after[index + 1]
    return typeof previous === 'string' && nextSection(previous, candidate.number!) && (typeof next !== 'string' || nextSection(candidate.number!, next))
  })
}

/** Whether section \`next\` comes right after section \`number\`: its first subsection (\`2\` → \`2.1\`), its next sibling (\`2.1\` → \`2.2\`), or a next section above it (\`2.3\` → \`3\`). */
function nextSection(number: string, next: string): boolean {
  const parts = number.split('.').map(Number)
  const nextParts = next.split('.').map(Number)
  if (nextParts.length === parts.length + 1) return nextParts.slice(0, -1).join('.') === parts.join('.') && nextParts[nextParts.length - 1] === 1
  if (nextParts.length > parts.length) return false
  const level = nextParts.length - 1
  return nextParts.slice(0, level).join('.') === parts.slice(0, level).join('.') && nextParts[level] === parts[level]! + 1
}

/**
 * The table of contents: lines ending in a dot leader and a page number, at
 * least three of them close together, with the titles that wrapped onto a
 * second line put back together and the `目录` line above them. Marks them
 * all as set apart and returns their entries.
 */
function findContents(lines: readonly SourceLine[], text: (line: SourceLine) => string, result: Map<number, OutlineLine>): ContentsEntry[] {
  const leader = lines.map((line) => shapedLength(line.text) && (contentsLine.test(line.text.trim()) || contentsLeaderOnly.test(line.text.trim())))
  // contents without leaders: three numbered titles or more in a row, each ending in a page number, the numbers not going down
  const bare = lines.map((line) => {
    const match = shapedLength(line.text) ? contentsLineBare.exec(line.text.trim()) : null
    return match && headingCandidate(match.groups!.title!.normalize('NFKC'), 0) ? Number(match.groups!.page) : undefined
  })
  for (let start = 0; start < lines.length; ) {
    let end = start
    while (end < lines.length && bare[end] !== undefined && (end === start || bare[end]! >= bare[end - 1]!)) end++
    if (end - start >= 3) for (let at = start; at < end; at++) leader[at] = true
    start = Math.max(end, start + 1)
  }
  const entries: ContentsEntry[] = []
  let position = 0
  while (position < lines.length) {
    if (!leader[position]) {
      position++
      continue
    }
    // a run of contents lines, allowing a wrapped title or a spaced line between two
    let end = position
    let count = 0
    for (let at = position; at < lines.length && at - end <= 2; at++) {
      if (leader[at] || (at > position && shapedLength(lines[at]!.text) && contentsLineSpaced.test(lines[at]!.text.trim()))) {
        end = at
        count++
      }
    }
    if (count < 3) {
      position = end + 1
      continue
    }
    let pending: SourceLine[] = []
    for (let at = position; at <= end; at++) {
      const line = lines[at]!
      const raw = line.text.trim()
      const start = line.start + (line.text.length - line.text.trimStart().length)
      const match = shapedLength(raw) ? (contentsLine.exec(raw) ?? contentsLineSpaced.exec(raw) ?? contentsLeaderOnly.exec(raw) ?? contentsLineBare.exec(raw)) : null
      result.set(line.index, {kind: 'apart', what: 'contents'})
      if (!match?.groups?.page) {
        const ownHeading = contentsWords.has(squeeze(raw).toLowerCase())
        if (!contentsLeaderOnly.test(raw) && !ownHeading) pending.push(line)
        continue
      }
      const titleText = match.groups.title ?? ''
      const item = [...pending.map((wrapped) => trimmedRange(wrapped)), {start, end: start + titleText.length}].filter((range) => range.end > range.start)
      const first = pending[0] ?? line
      result.set(first.index, {kind: 'apart', what: 'contents', item})
      const title = [...pending.map(text), titleText.normalize('NFKC')].join('').replace(trailingLeaders, '').trim()
      pending = []
      const heading = headingCandidate(title, 0, 'mark')
      entries.push({number: heading?.number ?? null, style: heading?.style ?? null, title: heading?.title ?? title, page: Number(match.groups.page), line: first.index, offset: first.start})
    }
    position = end + 1
  }
  // the contents' own heading (\`目录\`), over its first page and repeated over the others
  for (const line of lines) {
    if (!result.has(line.index) && contentsWords.has(squeeze(text(line)).toLowerCase()) && entries.length > 0) {
      result.set(line.index, {kind: 'apart', what: 'contents'})
    }
  }
  return entries
}

function trimmedRange(line: SourceLine): Range {
  const start = line.start + (line.text.length - line.text.trimStart().length)
  return {start, end: start + line.text.trim().length}
}

/** The lines after a heading whose title the contents give longer: the rest of a title that wrapped. */
function continuation(
  candidate: {line: SourceLine; number: string | null; title: string},
  listed: Map<string, ContentsEntry>,
  lines: readonly SourceLine[],
  byIndex: Map<number, number>,
  text: (line: SourceLine) => string
): number[] {
  const entry = candidate.number ? listed.get(candidate.number) : undefined
  if (!entry) return []
  const want = squeeze(entry.title)
  let have = squeeze(candidate.title)
  const taken: number[] = []
  let position = byIndex.get(candidate.line.index)! + 1
  while (have.length < want.length && want.startsWith(have) && taken.length < 2) {
    const next = lines[position]
    if (!next || !want.startsWith(have + squeeze(text(next)))) break
    have += squeeze(text(next))
    taken.push(next.index)
    position++
  }
  return have === want ? taken : []
}

/** Everything under a references heading, up to the next heading as high or higher, is references. */
function markReferences(lines: readonly SourceLine[], text: (line: SourceLine) => string, result: Map<number, OutlineLine>) {
  let inside: number | undefined
  for (const line of lines) {
    const role = result.get(line.index)
    if (role?.kind === 'heading') {
      const title = squeeze(headingCandidate(text(line), 0)?.title ?? text(line)).toLowerCase()
      // references end at a heading as high, or at any heading without a number (\`关于本会\` after them)
      const references = referencesWords.has(title)
      inside = references ? role.depth : inside !== undefined && role.depth > inside && role.number !== null ? inside : undefined
      continue
    }
    if (inside !== undefined && !role) result.set(line.index, {kind: 'apart', what: 'reference'})
  }
}

/**
 * The first page of a text with form feeds, when no line of it holds the end of a sentence (a sentence that runs on to
 * the next page ends none of its lines) and none is a heading: the cover.
 */
function markCover(file: VFile, lines: readonly SourceLine[], text: (line: SourceLine) => string, result: Map<number, OutlineLine>) {
  const starts = file.data.pageStarts ?? []
  if (starts.length < 3) return
  const cover = lines.filter((line) => line.start < starts[1]! - 1)
  if (cover.length === 0 || cover.some((line) => endsSentence(text(line)) || text(line).search(sentenceEnd) >= 0 || result.get(line.index)?.kind === 'heading')) return
  for (const line of cover) if (!result.has(line.index)) result.set(line.index, {kind: 'apart', what: 'cover'})
}

/**
 * The labels of a figure, the cells of a table, a list of names: a line of
 * one or two characters that does not end a sentence, and runs of short
 * lines none of which ends a sentence.
 */
function markDebris(file: VFile, lines: readonly SourceLine[], text: (line: SourceLine) => string, width: number, result: Map<number, OutlineLine>) {
  const all = file.data.lines ?? []
  const blank = (index: number) => (all[index]?.text.trim() ?? '') === ''
  for (const line of lines) {
    if (result.has(line.index)) continue
    const written = text(line)
    // a row of a table as \`-layout\` sets it: short cells far apart
    const cells = written.split(/\s{3,}/u)
    const row = cells.length >= 2 && cells.every((cell) => displayWidth(cell) <= tableCell)
    // a label alone between blank lines
    const alone = blank(line.index - 1) && blank(line.index + 1) && displayWidth(written) <= label && !endsSentence(written) && !comma.test(written)
    if (row || alone) result.set(line.index, {kind: 'apart', what: 'debris'})
  }
  // a line of a narrow column is short too, but it is prose: it has the commas of a sentence
  const debris = (line: SourceLine) => {
    const read = result.get(line.index)
    return read?.kind === 'apart' && read.what === 'debris'
  }
  const short = (line: SourceLine) =>
    debris(line) ||
    (!result.has(line.index) &&
    displayWidth(text(line)) < (line.frameWidth ?? width) * shortLine &&
    (displayWidth(text(line)) < width * veryShort || !comma.test(text(line))) &&
    !endsSentence(text(line)) &&
    listMarkerLength(text(line)) === 0 &&
    !captionLine.test(text(line)))
  let run: SourceLine[] = []
  const flush = () => {
    if (run.length >= debrisRun) for (const line of run) result.set(line.index, {kind: 'apart', what: 'debris'})
    run = []
  }
  for (const line of lines) {
    if (short(line)) run.push(line)
    else flush()
  }
  flush()
  // a line between two lines of debris is of them when it is cells run together, each short (\`青禾研究院 2019 年 5 月\`
  // among a table's cells: in a short document the cells are so many that the median line is one of them), not a title
  lines.forEach((line, position) => {
    const [before, after] = [lines[position - 1], lines[position + 1]]
    if (result.has(line.index) || !before || !after || !debris(before) || !debris(after)) return
    const written = text(line)
    const cells = written.split(/\s+/u).every((cell) => displayWidth(cell) <= tableCell)
    if (cells && !comma.test(written) && !endsSentence(written) && !captionLine.test(written)) result.set(line.index, {kind: 'apart', what: 'debris'})
  })
  for (const line of lines) {
    if (!result.has(line.index) && displayWidth(text(line)) <= 4 && !endsSentence(text(line)) && !/\d/u.test(text(line))) {
      result.set(line.index, {kind: 'apart', what: 'debris'})
    }
  }
}

/**
 * The usual display width of a line of prose: the median of the lines that are not tiny (\`share\` 0.5), or the width
 * a larger share of them reach at most.
 */
function usualWidth(widths: number[], share = 0.5): number {
  const kept = widths.filter((width) => width >= 10).sort((a, b) => a - b)
  return kept.length === 0 ? 0 : kept[Math.floor(kept.length * share)]!
}
