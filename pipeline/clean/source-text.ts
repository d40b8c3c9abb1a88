import type {Position} from '../../schemas/dataset.ts'
import {type PageSpan, pageAt, physicalPageAt} from './page-furniture.ts'
import type {TextBlock} from './text-blocks.ts'

/** A place in the cleaned text: a block and an index in its text. */
export interface TextPlace {
  block: number
  index: number
}

/** What a build keeps of a source's text once it is processed: its cleaned blocks, its lines and its pages. */
export interface SourceTextData {
  id: string
  blocks: readonly TextBlock[]
  lineStarts: readonly number[]
  pageMap: readonly PageSpan[]
}

/**
 * A source's cleaned text with the ways between it and the raw source: from
 * a raw offset to its block and index (to highlight a fact), back from there
 * to the raw offset and its line, column and page (to place what a curator
 * quotes).
 */
export class SourceText {
  /** Every segment: `[offset in source, length, block, index in text]`, by source offset. */
  private readonly pieces: Array<[number, number, number, number]> = []

  constructor(readonly data: SourceTextData) {
    data.blocks.forEach((block, number) => {
      for (const [at, source, length] of block.segments) this.pieces.push([source, length, number, at])
    })
    this.pieces.sort((a, b) => a[0] - b[0] || a[2] - b[2])
  }

  get blocks(): readonly TextBlock[] {
    return this.data.blocks
  }

  /** The place of a source offset: in the segment that holds it, or at the start of the next one (text left out, such as a page's furniture). */
  placeOf(offset: number): TextPlace | undefined {
    let low = 0
    let high = this.pieces.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const [source, length, block, index] = this.pieces[middle]!
      if (offset < source) high = middle - 1
      else if (offset >= source + Math.max(length, 1)) low = middle + 1
      else return {block, index: index + Math.min(offset - source, length)}
    }
    const next = this.pieces[low]
    return next ? {block: next[2], index: next[3]} : undefined
  }

  /** The raw offset of a place in the cleaned text. */
  toSource({block, index}: TextPlace): number {
    const segments = this.blocks[block]!.segments
    let found = segments[0] ?? [0, 0, 0]
    for (const segment of segments) {
      if (segment[0] > index) break
      found = segment
    }
    return found[1] + Math.min(Math.max(index - found[0], 0), found[2])
  }

  /** Raw offsets, of words' start and just past their end, as a position of `positions.json`. */
  position(offset: number, endOffset = offset): Omit<Position, 'facts'> {
    const [line, column] = this.point(offset)
    const [endLine, endColumn] = this.point(endOffset)
    return {
      source: this.data.id,
      page: pageAt(this.data.pageMap, offset),
      physicalPage: physicalPageAt(this.data.pageMap, offset),
      line,
      column,
      offset,
      endLine,
      endColumn,
      endOffset
    }
  }

  /** A raw offset's 1-based line and column. */
  private point(offset: number): [number, number] {
    const starts = this.data.lineStarts
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return [low + 1, offset - (starts[low] ?? 0) + 1]
  }

  /**
   * Where words occur in the cleaned text, white space ignored (also across
   * blocks): each occurrence as the places of its first and last character.
   */
  find(words: string): Array<{start: TextPlace; end: TextPlace}> {
    const wanted = words.replace(/\s+/gu, '')
    if (wanted === '') return []
    const places: TextPlace[] = []
    let squeezed = ''
    this.blocks.forEach((block, number) => {
      for (let index = 0; index < block.text.length; index++) {
        if (/\s/u.test(block.text[index]!)) continue
        squeezed += block.text[index]
        places.push({block: number, index})
      }
    })
    const found: Array<{start: TextPlace; end: TextPlace}> = []
    for (let at = squeezed.indexOf(wanted); at >= 0; at = squeezed.indexOf(wanted, at + 1)) {
      found.push({start: places[at]!, end: places[at + wanted.length - 1]!})
    }
    return found
  }
}
