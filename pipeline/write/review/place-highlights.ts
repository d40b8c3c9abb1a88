import type {Dataset, Position, Positions} from '../../../schemas/dataset.ts'
import {entriesOf, kinds, placesOf, recordsOf, type Registry} from '../../dataset/kinds.ts'
import {findDates} from '../../extract/read-dates.ts'
import type {SourceText} from '../../clean/source-text.ts'
import {factStops} from '../../lexicon/zh/index.ts'

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
  const starts = new Set(entriesOf(registry).map((entry) => entry.started))
  const add = (place: Omit<Position, 'facts'>, record: string, table: Highlight['table'], pointer: string | null, value: string, corrected: boolean) => {
    if (place.source !== sourceId) return
    const at = map.placeOf(place.offset)
    if (!at) return
    const text = map.blocks[at.block]!.text
    highlights.push({block: at.block, start: at.index, end: at.index + lengthAt(text, at.index, value, pointer, starts), record, table, pointer, value, corrected})
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

/** Longest highlight of a fact whose words are not found where it was read. */
const maxLoose = 24

/** How far a fact's words reach from where it was read: its value as written (spaces aside), a date, or up to the next punctuation. */
function lengthAt(text: string, index: number, value: string, pointer: string | null, starts: ReadonlySet<string>): number {
  const wanted = value.replace(/\s+/gu, '')
  if (wanted !== '') {
    let at = index
    let matched = 0
    while (at < text.length && matched < wanted.length) {
      if (/\s/u.test(text[at]!)) at++
      else if (text[at] === wanted[matched]) {
        at++
        matched++
      } else break
    }
    if (matched === wanted.length) return at - index
  }
  if (pointer && starts.has(pointer.slice(1))) {
    const date = findDates(text.slice(index, index + 40))[0]
    if (date && date.start <= 2) return date.end
  }
  const stop = text.slice(index, index + maxLoose).search(factStops)
  return Math.max(1, stop < 0 ? Math.min(maxLoose, text.length - index) : stop)
}
