import type {Dataset, Position, Positions} from '../../../schemas/dataset.ts'
import {entriesOf, kinds, placesOf, recordsOf, type Registry} from '../../dataset/kinds.ts'
import type {SourceText} from '../../clean/source-text.ts'

/** A stretch of a block's text to highlight, and what was read there. */
export interface Highlight {
  block: number
  start: number
  end: number
  /** The record the highlight belongs to, its table, and the fact (a JSON Pointer in the record) or null for the record's name. */
  record: string
  /** The table of the record: a kind's, or \`organizations\`. */
  table: string
  pointer: string | null
  value: string
  /** Whether a curator's correction put the fact here. */
  corrected: boolean
}

/** A place where a record's name or a fact was read: the record, its table, the fact (null for the name), and what was read there. */
export interface Placed {
  place: Omit<Position, 'facts'>
  record: string
  table: Highlight['table']
  pointer: string | null
  /** The fact's value; for a record's own place, its names (the one written at the place is shown). */
  value: string
  names?: readonly string[]
  corrected: boolean
}

/**
 * Every place of a dataset where a record's name or a fact was read, by
 * the source it is in: the records' own places, each fact's place
 * (\`positions.json\`), and the organisations where first named. Read once
 * for all the review pages, each page taking its source's.
 */
export function placesBySource(dataset: Dataset, positions: Positions, registry: Registry = kinds): Map<string, Placed[]> {
  const bySource = new Map<string, Placed[]>()
  const add = (placed: Placed) => {
    const list = bySource.get(placed.place.source)
    if (list) list.push(placed)
    else bySource.set(placed.place.source, [placed])
  }
  for (const entry of entriesOf(registry)) {
    const table = entry.table
    for (const record of recordsOf(dataset, entry)) {
      const place = placesOf(positions, entry)[record.id]
      if (!place) continue
      const {facts, ...own} = place
      add({place: own, record: record.id, table, pointer: null, value: record.name, names: [record.name, ...record.aliases], corrected: false})
      for (const [pointer, factPlace] of Object.entries(facts ?? {})) {
        add({place: factPlace, record: record.id, table, pointer, value: valueAt(record, pointer), corrected: (factPlace as {by?: string}).by === 'correction'})
      }
    }
  }
  for (const organization of dataset.organizations) {
    const place = positions.organizations[organization.id]
    if (place) add({place, record: organization.id, table: 'organizations', pointer: null, value: organization.name, corrected: false})
  }
  return bySource
}

/** The places of one source (\`placesBySource\`) as stretches of its cleaned text, in the order of the text. */
export function placeHighlights(map: SourceText, places: readonly Placed[]): Highlight[] {
  const highlights: Highlight[] = []
  for (const {place, record, table, pointer, value, names, corrected} of places) {
    const at = map.placeOf(place.offset)
    if (!at) continue
    const text = map.blocks[at.block]!.text
    // the words end where positions.json says; past the block (a fact read across blocks), at its end
    const endAt = map.placeOf(Math.max(place.endOffset - 1, place.offset))
    const end = endAt && endAt.block === at.block && endAt.index >= at.index ? endAt.index + 1 : text.length
    // a record's own place shows the name written there
    const written = names?.find((name) => text.startsWith(name, at.index)) ?? value
    highlights.push({block: at.block, start: at.index, end: Math.max(end, at.index + 1), record, table, pointer, value: written, corrected})
  }
  return highlights.sort((a, b) => a.block - b.block || a.start - b.start || a.end - b.end)
}

/** The value at a JSON Pointer of a record, as the text would write it: a party's name, an event's or a count's words. */
export function valueAt(record: object, pointer: string): string {
  let value: unknown = record
  for (const part of pointer.split('/').slice(1)) value = (value as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')]
  if (value === null || value === undefined) return ''
  if (typeof value !== 'object') return String(value)
  const {name, text} = value as {name?: string; text?: string}
  return name ?? text ?? ''
}
