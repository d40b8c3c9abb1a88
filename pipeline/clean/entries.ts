import {dateSource, endsSentence, entryExample, entrySeparator, listMarkerLength, notInEntryName, onLanguage, parentheses} from '../lexicon/language.ts'
import type {VFile} from 'vfile'
import type {ApartKind, Outline} from './outline.ts'
import {placeOf, type SourceLine} from '../read/source-lines.ts'

/** A stretch of the raw source, as offsets. */
export interface Range {
  start: number
  end: number
  /** What joins this stretch to the one before it, when not what joins two broken lines (pieces of one line of Markdown are glued as they are). */
  glue?: string
}

/** What a line of content is: a section heading, the start of an entry, or body text. */
export type LineRole =
  | {kind: 'section'; line: SourceLine; depth: number; text: Range; more?: Range[]}
  | {kind: 'apart'; what: ApartKind; line: SourceLine; text: Range; item?: Range[]}
  | {kind: 'entry'; line: SourceLine; depth: number; text: Range; name: Range[]; body: Range | null}
  | {kind: 'body'; line: SourceLine; text: Range}
  | {kind: 'blank'; line: SourceLine}

declare module 'vfile' {
  interface DataMap {
    roles: LineRole[]
  }
}

const source = 'entries'
/** Longest entry name, in characters, that a separator may follow. */
const maxNameLength = 60

/** A text that is a date alone. */
let onlyDate: RegExp
onLanguage(() => {
  onlyDate = new RegExp(`^\\s*(?:${dateSource})\\s*$`, 'u')
})

/**
 * Whether the words before an entry's separator may be its name (of a line of
 * converter text, or of an item of a Markdown list): no sentence's
 * punctuation in them, and not a date alone (\`2016 年 4 月：…\` is a line of
 * a timeline, its date that of the event it tells).
 */
export function readsAsEntryName(words: string): boolean {
  // (a comma inside the name's parentheses is none of its sentence: \`星云服务（Nebula Service，NBS）：…\`)
  return !notInEntryName.test(words.replace(parentheses, '')) && !onlyDate.test(words)
}

/**
 * The separator of \`名称：正文\` within a text's first \`longest\` characters, when the words before it may be an entry's
 * name (an empty name too: the caller tells whether one is needed); undefined when there is none.
 */
export function entryNameSeparator(text: string, longest: number): RegExpExecArray | undefined {
  const match = entrySeparator.exec(text.slice(0, longest + 1))
  return match && readsAsEntryName(text.slice(0, match.index)) ? match : undefined
}

/**
 * Tell section headings from entries, and split an entry line into its name
 * and the start of its body (list marker and separator taken off).
 */
export default function entries() {
  return function (_tree: unknown, file: VFile) {
    if (file.data.markdown) return
    const lines = file.data.lines ?? []
    const furniture = file.data.furnitureLines ?? new Set<number>()
    const content = lines.filter((line) => !furniture.has(line.index))
    const shallowest = content.reduce((least, line) => (line.headingDepth > 0 ? Math.min(least, line.headingDepth) : least), 7)
    const sectionDepth = shallowest === 7 ? 1 : shallowest
    const roles: LineRole[] = []
    const outline: Outline = file.data.outline ?? new Map()
    let previousEndsSentence = true
    let entryDepth = Math.min(sectionDepth + 1, 6)

    for (const line of content) {
      const text = trimmed(line)
      if (text.start === text.end) {
        roles.push({kind: 'blank', line})
        continue
      }
      const read = line.headingDepth === 0 ? outline.get(line.index) : undefined
      if (read?.kind === 'continued') continue
      if (read?.kind === 'apart') {
        roles.push({kind: 'apart', what: read.what, line, text, item: read.item})
        continue
      }
      if (read?.kind === 'heading') {
        const more = read.continued.map((index) => trimmed(lines[index]!))
        roles.push({kind: 'section', line, depth: read.depth, text, more})
        entryDepth = Math.min(read.depth + 1, 6)
        previousEndsSentence = true
        continue
      }
      const previous = roles[roles.length - 1]
      if (previous?.kind === 'entry' && previous.body === null && line.headingDepth === 0 && furnitureBetween(furniture, previous.line, line)) {
        const rest = splitEntry(file, line, text)
        if (rest) {
          previous.name.push(rest.name)
          previous.body = rest.body
          continue
        }
      }
      const role: LineRole = line.headingDepth > 0
        ? headingRole(file, line, text, sectionDepth)
        : markedEntry(file, line, text, entryDepth, previousEndsSentence)
      roles.push(role)
      if (role.kind === 'section') entryDepth = Math.min(role.depth + 1, 6)
      previousEndsSentence = role.kind !== 'body' || endsSentence(String(file.value).slice(role.text.start, role.text.end))
    }
    file.data.roles = roles
  }
}

function headingRole(file: VFile, line: SourceLine, text: Range, sectionDepth: number): LineRole {
  const value = String(file.value)
  const written = value.slice(text.start, text.end)
  const hashes = /^\s*#{1,6}\s*/.exec(written)?.[0].length ?? 0
  const closing = closingSequence(written.slice(hashes))
  const inner = {start: text.start + hashes, end: text.end - closing}
  const marker = listMarkerLength(value.slice(inner.start, inner.end))
  const depth = line.headingDepth
  const split = splitEntry(file, line, {start: inner.start + marker, end: inner.end})
  if (depth <= sectionDepth && !(marker > 0 && split?.body)) return {kind: 'section', line, depth, text: inner}
  if (split) return {kind: 'entry', line, depth, text: inner, name: [split.name], body: split.body}
  return {kind: 'entry', line, depth, text: inner, name: [{start: inner.start + marker, end: inner.end}], body: null}
}

function markedEntry(file: VFile, line: SourceLine, text: Range, depth: number, afterSentence: boolean): LineRole {
  const marker = listMarkerLength(String(file.value).slice(text.start, text.end))
  if (marker > 0 && afterSentence) {
    const split = splitEntry(file, line, {start: text.start + marker, end: text.end})
    if (split) return {kind: 'entry', line, depth, text, name: [split.name], body: split.body}
  }
  return {kind: 'body', line, text}
}

/** Name and body of `名称：正文`, or undefined when the line has no separator after a short name. */
function splitEntry(file: VFile, line: SourceLine, range: Range): {name: Range; body: Range | null} | undefined {
  const value = String(file.value)
  const text = value.slice(range.start, range.end)
  const match = entryNameSeparator(text, maxNameLength)
  if (!match) return undefined
  const rawName = text.slice(0, match.index)
  if (rawName.trim() === '') {
    file.message(`Unexpected entry without a name before its separator, expected \`${entryExample}\``, {
      place: point(file, range.start),
      ruleId: 'entry-without-name',
      source
    })
    return undefined
  }
  const name = {start: range.start, end: range.start + rawName.trimEnd().length}
  const bodyStart = range.start + match.index + match[0].length
  const lead = /^\s*/.exec(value.slice(bodyStart, range.end))?.[0].length ?? 0
  const body = bodyStart + lead < range.end ? {start: bodyStart + lead, end: range.end} : null
  return {name, body}
}

/** Length of an ATX heading's closing `#`s with the space before them, found without a regular expression that could backtrack. */
function closingSequence(text: string): number {
  let end = text.length
  while (end > 0 && text[end - 1] === '#') end--
  if (end === text.length || end === 0 || !/\s/.test(text[end - 1]!)) return 0
  const kept = text.slice(0, end).trimEnd().length
  return text.length - kept
}

function trimmed(line: SourceLine): Range {
  const lead = line.text.length - line.text.trimStart().length
  const trail = line.text.length - line.text.trimEnd().length
  return {start: line.start + lead, end: Math.max(line.start + lead, line.end - trail)}
}

/** Whether page furniture stands between two lines: a name cut in two by a page break. */
function furnitureBetween(furniture: Set<number>, before: SourceLine, after: SourceLine): boolean {
  for (let index = before.index + 1; index < after.index; index++) if (furniture.has(index)) return true
  return false
}

function point(file: VFile, offset: number) {
  return placeOf(file).toPoint(offset)
}
