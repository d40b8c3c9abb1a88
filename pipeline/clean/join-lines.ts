import type {Code, Heading, List, Paragraph, Root, Table, TableCell} from 'mdast'
import type {Range} from './entries.ts'
import type {ApartKind} from './outline.ts'
import type {VFile} from 'vfile'
import {firstChar, isCjkPunctuation, isCommonIdeograph, isIdeograph, lastChar} from '../lexicon/characters.ts'
import {placeOf} from '../read/source-lines.ts'

/**
 * Where each piece of a joined text comes from: `[textOffset, sourceOffset, length]`.
 * The pieces are in order and do not overlap.
 */
export type Segments = Array<[number, number, number]>

declare module 'mdast' {
  interface HeadingData {
    /** Whether this heading names an entry (an alliance, a platform) rather than a section. */
    entry?: boolean
    segments?: Segments
    /** An entry of a list a sentence introduces (\`…多个客户端，常见的包括：\`): the kind that sentence names. */
    introduced?: string
  }
  interface ParagraphData {
    segments?: Segments
    /** What the paragraph is when it is not prose (a caption, a reference…): never read for records. */
    role?: ApartKind
    /** The value of a field of the record of the section it stands in (\`- 发起方：甲基金会\`): its label, as written. */
    field?: string
    /** An item of a list a sentence introduces (\`…，例如：\`): the kind that sentence names, or null when it names none. */
    introduced?: string | null
  }
  interface ListData {
    role?: ApartKind
  }
  interface TableCellData {
    segments?: Segments
  }
  interface CodeData {
    segments?: Segments
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Whether the source writes a space between CJK and Latin letters or digits. */
    spacesCjkLatin: boolean
  }
}

/**
 * Rejoin the lines of every block into one text: no space between two CJK
 * characters, the source's own habit between CJK and Latin, always a space
 * between two Latin words. The result replaces the tree: a clean mdast whose
 * nodes keep their place in the raw source.
 */
export default function joinLines() {
  return function (_tree: Root, file: VFile): Root {
    const value = String(file.value)
    const place = placeOf(file)
    const spaced = spacesCjkLatin(file)
    file.data.spacesCjkLatin = spaced
    const children: Array<Code | Heading | Paragraph | List | Table> = []
    const paragraphOf = (fragments: readonly Range[]): Paragraph => {
      const {text, segments} = joinFragments(value, fragments, spaced)
      const start = place.toPoint(fragments[0]!.start)
      const end = place.toPoint(fragments[fragments.length - 1]!.end)
      const position = start && end ? {start, end} : undefined
      return {type: 'paragraph', children: [{type: 'text', value: text, position}], position, data: {segments}}
    }

    for (const block of file.data.blocks ?? []) {
      if (block.type === 'code') {
        // the code as written between its fences, where the source has it
        const at = value.indexOf(block.value, block.range.start)
        const segments: Segments = at >= 0 && at < block.range.end ? [[0, at, block.value.length]] : []
        const start = place.toPoint(block.range.start)
        const end = place.toPoint(block.range.end)
        children.push({type: 'code', lang: block.lang, meta: block.meta, value: block.value, position: start && end ? {start, end} : undefined, data: {segments}})
        continue
      }
      if (block.type === 'table') {
        const rows = block.rows.map((row) => ({
          type: 'tableRow' as const,
          children: row.map((cell): TableCell => {
            if (cell.length === 0) return {type: 'tableCell', children: []}
            const {children: texts, position, data} = paragraphOf(cell)
            return {type: 'tableCell', children: texts, position, data}
          })
        }))
        const placed = block.rows.flat().filter((cell) => cell.length > 0)
        const start = place.toPoint(placed[0]![0]!.start)
        const end = place.toPoint(placed[placed.length - 1]!.at(-1)!.end)
        children.push({type: 'table', children: rows, position: start && end ? {start, end} : undefined})
        continue
      }
      if (block.type === 'list') {
        const items = block.items.filter((item) => item.length > 0).map((item) => paragraphOf(item))
        if (items.length === 0) continue
        children.push({
          type: 'list',
          ordered: block.ordered === true,
          spread: false,
          children: items.map((item) => ({type: 'listItem', spread: false, children: [item], position: item.position})),
          position: items[0]!.position && items[items.length - 1]!.position ? {start: items[0]!.position!.start, end: items[items.length - 1]!.position!.end} : undefined,
          data: {role: block.role}
        })
        continue
      }
      if (block.fragments.length === 0) continue
      const paragraph = paragraphOf(block.fragments)
      if (block.type === 'heading') {
        children.push({type: 'heading', depth: block.depth as Heading['depth'], children: paragraph.children, position: paragraph.position, data: {entry: block.entry, segments: paragraph.data!.segments}})
      } else {
        if (block.role) paragraph.data!.role = block.role
        children.push(paragraph)
      }
    }
    return {type: 'root', children}
  }
}

function joinFragments(value: string, fragments: readonly Range[], spaced: boolean) {
  let text = ''
  // the text's last two code units, kept aside: reading the end of a string built by \`+=\` copies all of it
  let tail = ''
  const segments: Segments = []
  for (const fragment of fragments) {
    const piece = value.slice(fragment.start, fragment.end)
    // \`Led-\` then \`ger\`: a Latin word broken at a hyphen goes on, its hyphen kept (\`peer-to-\` \`peer\` is one word too)
    const broken = hyphenEnd.test(tail) && lowerStart.test(piece)
    if (text !== '') {
      const glue = fragment.glue ?? (broken ? '' : joiner(lastChar(tail), firstChar(piece), spaced))
      text += glue
      tail = ending(tail, glue)
    }
    segments.push([text.length, fragment.start, piece.length])
    text += piece
    tail = ending(tail, piece)
  }
  return {text, segments}
}

/** The last two code units of \`before\` followed by \`added\`. */
function ending(before: string, added: string): string {
  return added.length >= 2 ? added.slice(-2) : (before + added).slice(-2)
}

/** A line that ends in a Latin letter and a hyphen, and one that starts with a small Latin letter. */
const hyphenEnd = /[A-Za-z]-$/u
const lowerStart = /^[a-z]/u

/** What goes between the last character of one line and the first of the next. */
export function joiner(before: string, after: string, spaced: boolean): string {
  if (isCjkPunctuation(before) || isCjkPunctuation(after)) return ''
  const cjkBefore = isIdeograph(before)
  const cjkAfter = isIdeograph(after)
  if (cjkBefore && cjkAfter) return ''
  if (cjkBefore || cjkAfter) return spaced ? ' ' : ''
  return ' '
}

/** Whether the source, inside its lines, mostly writes a space between CJK and Latin letters or digits. */
function spacesCjkLatin(file: VFile): boolean {
  let withSpace = 0
  let without = 0
  const furniture = file.data.furnitureLines ?? new Set<number>()
  for (const line of file.data.lines ?? []) {
    if (furniture.has(line.index)) continue
    const text = line.text
    for (let index = 0; index + 1 < text.length; index++) {
      const a = kindAt(text, index)
      if (a === 0) continue
      const spaced = text.charCodeAt(index + 1) === 32
      const b = kindAt(text, spaced ? index + 2 : index + 1)
      if (b === 0 || a === b) continue
      if (spaced) withSpace++
      else without++
    }
  }
  return withSpace >= without
}

/** 1 for a common Han ideograph, 2 for an ASCII letter or digit, 0 for anything else: fast, for counting only. */
function kindAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (isCommonIdeograph(code)) return 1
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 2
  return 0
}
