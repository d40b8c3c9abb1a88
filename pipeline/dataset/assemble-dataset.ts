import {createHash} from 'node:crypto'
import type {VFile} from 'vfile'
import {type Conflict, type Count, type Dataset, type EntityRecord, type Organization, type Party, type Position, type Positions, schemaVersion} from '../../schemas/dataset.ts'
import {nameKey, recordId} from '../extract/ids.ts'
import {emptyTables, entriesOf, type KindEntry, kinds, placesOf, recordsOf, type Registry} from './kinds.ts'
import {relationKey} from '../extract/to-records.ts'

const source = 'assemble-dataset'

/**
 * One dataset from every source's records: the sources themselves, the
 * records in source order, one record per entity however many sources name
 * it, and each organisation once.
 */
export function assembleDataset(files: readonly VFile[], registry: Registry = kinds): {dataset: Dataset; positions: Positions} {
  const assembly = new DatasetAssembly(registry)
  for (const file of files) assembly.add(file)
  return assembly.finish()
}

/** A single-valued fact that sources may disagree on. */
type SingleField = Conflict['field']
const partyFields = (entry: KindEntry) => [entry.leads, entry.joiners] as const
const predicateOf = (entry: KindEntry, field: string) => (field === entry.leads ? entry.leadPredicate : entry.joinPredicate)

type AnyRecord = EntityRecord
/** One value of a single-valued fact, with the source and place it is read from. */
interface Reading {
  value: string | Count
  file: VFile
  /** The record's place in that source. */
  place: Position | undefined
  /** Where that source states this value. */
  factPlace: FactPlace | undefined
}
type FactPlace = NonNullable<Position['facts']>[string]
/** The JSON Pointer of a single-valued fact. */
const pointerOf = (field: SingleField) => `/${field}`

/**
 * The dataset built up one source at a time, in source order, so a source's
 * text need not wait in memory for the others. Records of one entity merge
 * into one, within and across sources: on the same id, or on a name or
 * declared alias they share (normalised: NFKC, spaces dropped, letter case
 * ignored), never on a guess. A merged record keeps the first mention's
 * place and every party with the place of the sentence that names it; where
 * sources give a single-valued fact differently, `finish` chooses one value
 * by a rule that does not depend on the order of the sources (the most
 * frequent value; on a tie the earliest date, the largest count, the first
 * origin in alphabetical order), puts the others in `conflicts`, and warns.
 */
export class DatasetAssembly {
  private readonly dataset: Dataset
  private readonly positions: Positions
  private readonly organizations = new Map<string, Organization>()
  /** Records by every normalised name and alias, per kind. */
  private readonly byName = new Map<KindEntry, Map<string, AnyRecord>>()
  /** Every value each record's single-valued facts were read with, by record id and field. */
  private readonly readings = new Map<string, Map<SingleField, Reading[]>>()
  /** How many sources each record was read from. */
  private readonly sourcesOf = new Map<string, number>()
  /** Where each name of a record (its own and its aliases, normalised) is first written, by record id. */
  private readonly namePlaces = new Map<string, Map<string, FactPlace>>()
  /** The names sources give a record as its name (not as an alias), by record id. */
  private readonly namesGiven = new Map<string, Set<string>>()
  /** Where each event and base of a record is stated, by its value. */
  private readonly valuePlaces = new Map<string, Map<string, FactPlace>>()
  private readonly entries: KindEntry[]

  constructor(registry: Registry = kinds) {
    const tables = emptyTables(registry)
    this.entries = entriesOf(registry)
    this.dataset = {schemaVersion, sources: [], ...tables.records, organizations: [], relations: [], corrections: []} as unknown as Dataset
    this.positions = tables.positions as Positions
    for (const entry of this.entries) this.byName.set(entry, new Map())
  }

  add(file: VFile): void {
    const {dataset, positions, organizations} = this
    const document = file.data.document
    dataset.sources.push({
      id: file.data.id ?? 'source',
      path: file.path,
      sha256: file.data.sha256 ?? createHash('sha256').update(file.data.bytes ?? String(file.value)).digest('hex'),
      encoding: file.data.encoding ?? 'utf-8',
      title: detached(document?.title ?? null),
      publisher: detached(document?.publisher ?? null),
      firstPage: document?.firstPage ?? null,
      lastPage: document?.lastPage ?? null
    })
    const records = file.data.dataset
    const placed = file.data.positions
    if (!records || !placed) return
    /** This source's record ids that merged into a record of another id. */
    const renamed = new Map<string, string>()
    for (const kind of this.entries) {
      for (const record of recordsOf(records, kind)) {
        const place = placesOf(placed, kind)[record.id]
        const target = this.match(kind, record)
        if (!target) {
          const copy = structuredClone(record)
          recordsOf(dataset, kind).push(copy)
          if (place) placesOf(positions, kind)[copy.id] = {...place}
          this.placeNames(copy.id, record, place)
          this.register(kind, copy)
          this.sourcesOf.set(copy.id, 1)
          this.namesGiven.set(copy.id, new Set([record.name]))
          for (const field of kind.single) this.read(copy.id, field, (copy as unknown as Record<string, Reading['value'] | null>)[field] ?? null, file, place)
          continue
        }
        if (target.id !== record.id) renamed.set(record.id, target.id)
        this.sourcesOf.set(target.id, (this.sourcesOf.get(target.id) ?? 0) + 1)
        this.namesGiven.get(target.id)?.add(record.name)
        this.merge(kind, target, record)
        this.placeNames(target.id, record, place)
        this.register(kind, target)
        for (const field of kind.single) this.read(target.id, field, (record as unknown as Record<string, Reading['value'] | null>)[field] ?? null, file, place)
      }
    }
    for (const organization of records.organizations) {
      const known = organizations.get(organization.id)
      if (!known) {
        organizations.set(organization.id, {...organization})
        positions.organizations[organization.id] = placed.organizations[organization.id]!
      } else {
        known.country ??= organization.country
        known.kinds = [...new Set([...known.kinds, ...organization.kinds])].sort()
      }
    }
    for (const relation of records.relations) {
      const subject = renamed.get(relation.subject) ?? relation.subject
      const moved = {...relation, subject}
      const key = relationKey(moved)
      if (positions.relations[key]) continue
      dataset.relations.push(moved)
      positions.relations[key] = placed.relations[relationKey(relation)]!
    }
  }

  finish(): {dataset: Dataset; positions: Positions} {
    for (const kind of this.entries) {
      for (const record of recordsOf(this.dataset, kind)) this.canonical(kind, record)
      for (const record of recordsOf(this.dataset, kind)) {
        this.choose(kind, record)
        // a record read from several sources lists its parties in an order no source's order decides
        if ((this.sourcesOf.get(record.id) ?? 0) > 1) for (const field of partyFields(kind)) sortParties(record, field)
        this.placeFacts(kind, record)
      }
    }
    return {dataset: {...this.dataset, organizations: [...this.organizations.values()]}, positions: this.positions}
  }

  /**
   * A merged record's name: the longest its sources give as a name (not an
   * alias; on a tie the first in code-point order), whatever source came
   * first; its id follows, and the other names become aliases.
   */
  private canonical(kind: KindEntry, record: AnyRecord) {
    const names = [...(this.namesGiven.get(record.id) ?? [])]
    if (names.length < 2) return
    const [name] = names.sort((a, b) => nameKey(b).length - nameKey(a).length || (a < b ? -1 : a > b ? 1 : 0))
    if (!name || name === record.name) return
    const oldId = record.id
    const id = recordId(kind.kind, name)
    record.aliases = [record.name, ...record.aliases].filter((alias) => nameKey(alias) !== nameKey(name))
    record.name = name
    record.id = id
    for (const map of [this.readings, this.sourcesOf, this.namePlaces, this.namesGiven, this.valuePlaces] as Array<Map<string, unknown>>) {
      if (map.has(oldId)) {
        map.set(id, map.get(oldId))
        map.delete(oldId)
      }
    }
    const positions = placesOf(this.positions, kind)
    if (positions[oldId]) {
      positions[id] = positions[oldId]!
      delete positions[oldId]
    }
    for (const relation of this.dataset.relations) {
      if (relation.subject !== oldId && relation.object !== oldId) continue
      const before = relationKey(relation)
      if (relation.subject === oldId) relation.subject = id
      if (relation.object === oldId) relation.object = id
      this.positions.relations[relationKey(relation)] = this.positions.relations[before]!
      delete this.positions.relations[before]
    }
  }

  /** The record a record of this source is the same entity as: the same id, or a shared name or declared alias. */
  private match(kind: KindEntry, record: AnyRecord): AnyRecord | undefined {
    for (const name of [record.name, ...record.aliases]) {
      const known = this.byName.get(kind)!.get(nameKey(name))
      if (known) return known
    }
    return recordsOf(this.dataset, kind).find((candidate) => candidate.id === record.id)
  }

  private register(kind: KindEntry, record: AnyRecord) {
    const byName = this.byName.get(kind)!
    for (const name of [record.name, ...record.aliases]) if (!byName.has(nameKey(name))) byName.set(nameKey(name), record)
  }

  /** Another source's (or mention's) facts of the same entity, added to the record: names, parties, events. */
  private merge(kind: KindEntry, target: AnyRecord, record: AnyRecord) {
    for (const alias of [record.name, ...record.aliases]) {
      if (nameKey(alias) !== nameKey(target.name) && !target.aliases.some((known) => nameKey(known) === nameKey(alias))) target.aliases.push(alias)
    }
    for (const field of partyFields(kind)) {
      const into = (target as unknown as Record<string, Party[]>)[field]!
      for (const party of (record as unknown as Record<string, Party[]>)[field]!) if (!into.some((known) => known.name === party.name)) into.push({...party})
    }
    if (kind.basedOn) {
      const bases = target.basedOn as string[]
      for (const base of record.basedOn as string[]) if (!bases.includes(base)) bases.push(base)
    }
    for (const event of record.events) if (!target.events.some((known) => known.date === event.date && known.text === event.text)) target.events.push({...event})
  }

  private read(id: string, field: SingleField, value: Reading['value'] | null, file: VFile, place: Position | undefined) {
    if (value === null) return
    const fields = this.readings.get(id) ?? new Map<SingleField, Reading[]>()
    this.readings.set(id, fields)
    const factPlace = place?.facts?.[pointerOf(field)]
    fields.set(field, [...(fields.get(field) ?? []), {value, file, place, factPlace}])
  }

  /** Where a source writes a record's name and each alias, for the names the record does not know a place for yet. */
  private placeNames(id: string, record: AnyRecord, place: Position | undefined) {
    if (!place) return
    const {facts, ...own} = place
    const places = this.namePlaces.get(id) ?? new Map<string, FactPlace>()
    this.namePlaces.set(id, places)
    const written: Array<[string, FactPlace]> = [[record.name, own], ...record.aliases.map((alias, index): [string, FactPlace] => [alias, facts?.[`/aliases/${index}`] ?? own])]
    for (const [name, at] of written) if (!places.has(nameKey(name))) places.set(nameKey(name), at)
    // events and what a platform is based on, by value: their index changes when records merge
    const values = this.valuePlaces.get(id) ?? new Map<string, FactPlace>()
    this.valuePlaces.set(id, values)
    record.events.forEach((event, index) => {
      const at = facts?.[`/events/${index}`]
      if (at && !values.has(eventKey(event))) values.set(eventKey(event), at)
    })
    if (Array.isArray(record.basedOn)) {
      ;(record.basedOn as string[]).forEach((base, index) => {
        const at = facts?.[`/basedOn/${index}`]
        if (at && !values.has(`basedOn ${base}`)) values.set(`basedOn ${base}`, at)
      })
    }
  }

  /** Each single-valued fact's value by the rule above; the other values into `conflicts`, with one warning each. */
  private choose(kind: KindEntry, record: AnyRecord) {
    const fields = this.readings.get(record.id)
    if (!fields) return
    const conflicts: Conflict[] = []
    for (const field of kind.single) {
      const readings = fields.get(field) ?? []
      const distinct = new Map<string, Reading[]>()
      for (const reading of readings) distinct.set(factKey(reading.value), [...(distinct.get(factKey(reading.value)) ?? []), reading])
      // one value: the record's, whichever source gave it (the first source may have said nothing of it)
      if (distinct.size === 1) (record as unknown as Record<string, unknown>)[field] = readings[0]!.value
      if (distinct.size < 2) continue
      const ranked = [...distinct.values()].sort((a, b) => b.length - a.length || tieBreak(field, a[0]!.value, b[0]!.value))
      const [chosen, ...others] = ranked
      ;(record as unknown as Record<string, unknown>)[field] = chosen![0]!.value
      for (const group of others) {
        for (const reading of group) {
          conflicts.push({field, value: reading.value, source: reading.place?.source ?? reading.file.data.id ?? 'source', page: reading.place?.page ?? null})
          const kept = chosen![0]!
          const message = reading.file.message(
            `Unexpected ${field} ${shown(reading.value)} for \`${record.name}\`, expected ${shown(kept.value)} as another source gives it; kept ${shown(kept.value)}`,
            {place: reading.place ? {line: reading.place.line, column: reading.place.column} : undefined, ruleId: 'conflicting-facts', source}
          )
          if (kept.place) message.note = `${shown(kept.value)} is read from ${kept.file.path}:${kept.place.line}:${kept.place.column}.`
        }
      }
    }
    record.conflicts = conflicts
  }

  /**
   * The place of every fact of a record at its JSON Pointer, in whichever
   * source states it: each alias where it is written, each party where the
   * tie that names it is, each date and count where the value kept is read.
   */
  private placeFacts(kind: KindEntry, record: AnyRecord) {
    const place = placesOf(this.positions, kind)[record.id]
    if (!place) return
    const first = place.facts ?? {}
    const facts: NonNullable<Position['facts']> = {}
    const names = this.namePlaces.get(record.id)
    record.aliases.forEach((alias, index) => {
      const at = names?.get(nameKey(alias))
      if (at) facts[`/aliases/${index}`] = at
    })
    for (const field of kind.single) {
      const pointer = pointerOf(field)
      const value = (record as unknown as Record<string, Reading['value'] | null>)[field] ?? null
      if (value === null) continue
      // where the first source that gives the value the record keeps states it
      const at = this.readings.get(record.id)?.get(field)?.find((reading) => factKey(reading.value) === factKey(value))?.factPlace ?? first[pointer]
      if (at) facts[pointer] = at
    }
    const values = this.valuePlaces.get(record.id)
    record.events.forEach((event, index) => {
      const at = values?.get(eventKey(event))
      if (at) facts[`/events/${index}`] = at
    })
    if (Array.isArray(record.basedOn)) {
      ;(record.basedOn as string[]).forEach((base, index) => {
        const at = values?.get(`basedOn ${base}`)
        if (at) facts[`/basedOn/${index}`] = at
      })
    }

    for (const field of partyFields(kind)) {
      ;(record as unknown as Record<string, Party[]>)[field]!.forEach((party, index) => {
        const tie = this.positions.relations[relationKey({subject: record.id, predicate: predicateOf(kind, field), object: recordId('org', party.name)})]
        if (tie) {
          const {facts: _facts, ...at} = tie
          facts[`/${field}/${index}`] = at
        }
      })
    }
    place.facts = facts
  }
}


function eventKey(event: {date: string; text: string}): string {
  return `event ${event.date} ${event.text}`
}

function factKey(value: Reading['value']): string {
  return typeof value === 'object' ? `${value.value} ${value.qualifier} ${value.asOf ?? ''}` : value
}

function shown(value: Reading['value']): string {
  return typeof value === 'object' ? `\`${value.text}\`` : `\`${value}\``
}

/** Between values read as often: the earliest date, the largest count, the first origin alphabetically. */
function tieBreak(field: SingleField, a: Reading['value'], b: Reading['value']): number {
  if (field === 'memberCount' && typeof a === 'object' && typeof b === 'object') return b.value - a.value
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0
}

function sortParties(record: AnyRecord, field: string) {
  ;(record as unknown as Record<string, Party[]>)[field]!.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/**
 * A copy of a string cut from a source's text: V8 keeps the whole text alive
 * for as long as a piece cut from it lives, and the dataset lives for the
 * whole build.
 */
function detached(text: string | null): string | null {
  return text === null ? null : Buffer.from(text).toString()
}

declare module 'vfile' {
  interface DataMap {
    /** The encoding the source's bytes were read in. */
    encoding: string
  }
}
