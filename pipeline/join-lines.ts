import type {Heading, Paragraph, Root} from 'mdast'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {firstChar, isCjkPunctuation, isIdeograph, lastChar} from './characters.ts'

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
  }
  interface ParagraphData {
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
    const place = location(file)
    const spaced = spacesCjkLatin(file)
    file.data.spacesCjkLatin = spaced
    const children: Array<Heading | Paragraph> = []

    for (const block of file.data.blocks ?? []) {
      const {text, segments} = joinFragments(value, block.fragments, spaced)
      const first = block.fragments[0]!
      const last = block.fragments[block.fragments.length - 1]!
      const start = place.toPoint(first.start)
      const end = place.toPoint(last.end)
      const position = start && end ? {start, end} : undefined
      const content = [{type: 'text' as const, value: text, position}]
      children.push(
        block.type === 'heading'
          ? {type: 'heading', depth: block.depth as Heading['depth'], children: content, position, data: {entry: block.entry, segments}}
          : {type: 'paragraph', children: content, position, data: {segments}}
      )
    }
    return {type: 'root', children}
  }
}

export function joinFragments(value: string, fragments: readonly {start: number; end: number}[], spaced: boolean) {
  let text = ''
  const segments: Segments = []
  for (const fragment of fragments) {
    const piece = value.slice(fragment.start, fragment.end)
    if (text !== '') text += joiner(lastChar(text), firstChar(piece), spaced)
    segments.push([text.length, fragment.start, piece.length])
    text += piece
  }
  return {text, segments}
}

/** What goes between the last character of one line and the first of the next. */
export function joiner(before: string, after: string, spaced: boolean): string {
  if (isCjkPunctuation(before) || isCjkPunctuation(after)) return ''
  const cjkBefore = isIdeograph(before)
  const cjkAfter = isIdeograph(after)
  if (cjkBefore && cjkAfter) return ''
  if (cjkBefore || cjkAfter) return spaced ? ' ' : ''
  return ' '
}

const cjkLatin = /(\p{Script=Han}|[A-Za-z0-9])( ?)(?=(\p{Script=Han}|[A-Za-z0-9]))/gu

/** Whether the source, inside its lines, mostly writes a space between CJK and Latin letters or digits. */
function spacesCjkLatin(file: VFile): boolean {
  let withSpace = 0
  let without = 0
  const furniture = file.data.furnitureLines ?? new Set<number>()
  for (const line of file.data.lines ?? []) {
    if (furniture.has(line.index)) continue
    for (const match of line.text.matchAll(cjkLatin)) {
      const han = /\p{Script=Han}/u
      if (han.test(match[1]!) === han.test(match[3]!)) continue
      if (match[2]) withSpace++
      else without++
    }
  }
  return withSpace >= without
}
