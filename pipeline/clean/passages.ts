import {clauseBreak, sentenceEnd} from '../lexicon/language.ts'
import type {Heading, Paragraph, TableCell} from 'mdast'
import type {Segments} from './join-lines.ts'

/** The text of one cleaned block, with the way back from any of its characters to the raw source. */
export interface Passage {
  text: string
  /** Offset in the raw source of the character at `index` of `text`. */
  toSource(index: number): number
}

export function passage(node: Heading | Paragraph | TableCell): Passage {
  const text = node.children.map((child) => ('value' in child ? child.value : '')).join('')
  const segments: Segments = node.data?.segments ?? [[0, node.position?.start.offset ?? 0, text.length]]
  return {
    text,
    toSource(index) {
      let found = segments[0]!
      for (const segment of segments) {
        if (segment[0] > index) break
        found = segment
      }
      const [textStart, sourceStart, length] = found
      return sourceStart + Math.min(Math.max(index - textStart, 0), length)
    }
  }
}

/** A passage without its first \`length\` characters (a bullet a converter kept: \`● \`); its places still point at the raw source. */
export function afterOpening(text: Passage, length: number): Passage {
  if (length === 0) return text
  return {text: text.text.slice(length), toSource: (index) => text.toSource(index + length)}
}

/**
 * A marker that cites a numbered reference: \`[12]\`, \` [3, 4]\`, \`[1-3]\` (with the space before it); or a sign of a
 * trade mark after a name (\`NovaChain®\`, \`Nova™\`), no part of it.
 */
const citation = /\s?\[\d{1,3}(?:\s?[^\d[\]]{1,2}\s?\d{1,3}){0,8}\]|[\u00ae\u2122\u2120]/gu

/**
 * A passage without the markers that cite numbered references
 * (\`Corvid [7] 是一种…平台\`), which stand between a name and what the
 * sentence says of it, nor the signs of trade marks; its places still point at the raw source.
 */
export function withoutCitations(text: Passage): Passage {
  const removed: Array<{at: number; length: number}> = []
  let kept = 0
  const stripped = text.text.replace(citation, (marker, offset: number) => {
    removed.push({at: offset - kept, length: marker.length})
    kept += marker.length
    return ''
  })
  if (removed.length === 0) return text
  return {
    text: stripped,
    toSource(index) {
      let original = index
      for (const {at, length} of removed) {
        if (at > index) break
        original += length
      }
      return text.toSource(original)
    }
  }
}

/** A stretch `[start, end)` of a passage's text. */
export interface Span {
  start: number
  end: number
}

/** Binary search in spans sorted and apart: the one that holds `offset`, or the index where it would go. */
export function searchSpans<T extends Span>(spans: readonly T[], offset: number): {span: T | undefined; index: number} {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const span = spans[middle]!
    if (offset < span.start) high = middle - 1
    else if (offset >= span.end) low = middle + 1
    else return {span, index: middle}
  }
  return {span: undefined, index: low}
}


/** The sentences of a text, each with its end punctuation. */
export function sentences(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  for (const match of text.matchAll(sentenceEnd)) {
    const end = match.index + match[0].length
    if (text.slice(start, end).trim() !== '') spans.push({start, end})
    start = end
  }
  if (text.slice(start).trim() !== '') spans.push({start, end: text.length})
  return spans
}


/** The clauses of a sentence, split at commas and colons. */
export function clauses(text: string, span: Span): Span[] {
  const spans: Span[] = []
  let start = span.start
  const part = text.slice(span.start, span.end)
  for (const match of part.matchAll(clauseBreak)) {
    const end = span.start + match.index
    if (end > start) spans.push({start, end})
    start = end + match[0].length
  }
  if (start < span.end) spans.push({start, end: span.end})
  return spans
}
