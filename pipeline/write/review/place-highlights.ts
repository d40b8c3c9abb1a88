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

/**
 * Every place of a source where a record's name or a fact was read, as
 * stretches of the cleaned text: the records' own places, each fact's place
 * (`positions.json`), and the organisations where first named.
 */
export function placeHighlights(sourceId: string, map: SourceText, dataset: Dataset, positions: Positions, registry: Registry = kinds): Highlight[] {
  const highlights: Highlight[] = []
  const add = (place: Omit<Position, 'facts'>, record: string, table: Highlight['table'], pointer: string | null, value: string, corrected: boolean) => {
    if (place.source !== sourceId) return
    const at = map.placeOf(place.offset)
    if (!at) return
    const text = map.blocks[at.block]!.text
    // the words end where positions.json says; past the block (a fact read across blocks), at its end
    const endAt = map.placeOf(Math.max(place.endOffset - 1, place.offset))
    const end = endAt && endAt.block === at.block && endAt.index >= at.index ? endAt.index + 1 : text.length
    highlights.push({block: at.block, start: at.index, end: Math.max(end, at.index + 1), record, table, pointer, value, corrected})
  }
  for (const entry of entriesOf(registry)) {
    const table = entry.table
    for (const record of recordsOf(dataset, entry)) {
      const place = placesOf(positions, entry)[record.id]
      if (!place) continue
      const {facts, ...own} = place
      const text = map.placeOf(own.offset)
      const written = text ? [record.name, ...record.aliases].find((name) => map.blocks[text.block]!.text.startsWith(name, text.index)) : undefined
      add(own, record.id, table, null, written ?? record.name, false)
      for (const [pointer, factPlace] of Object.entries(facts ?? {})) {
        add(factPlace, record.id, table, pointer, valueAt(record, pointer), (factPlace as {by?: string}).by === 'correction')
      }
    }
  }
  for (const organization of dataset.organizations) {
    const place = positions.organizations[organization.id]
    if (place) add(place, organization.id, 'organizations', null, organization.name, false)
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
