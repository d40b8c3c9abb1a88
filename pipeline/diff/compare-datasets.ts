import type {Dataset, Position, Positions} from '../../schemas/dataset.ts'
import {nameKey} from '../extract/ids.ts'
import {relationKey} from '../extract/to-records.ts'

/** A dataset with the positions of its records, as read from one output folder or revision. */
export interface Snapshot {
  dataset: Dataset
  positions: Positions | null
}

/** A list of records: a kind's table, \`organizations\` or \`relations\`. */
export type Kind = string

/** The lists of a dataset that are not records of a kind. */
const otherLists = new Set(['schemaVersion', 'sources', 'organizations', 'relations', 'corrections'])

/**
 * The tables of records of a kind a dataset has, in its order: every list
 * of records with ids besides sources, organisations, relations and
 * corrections. The diff reads them from the dataset, so it compares
 * datasets of any registry.
 */
export function kindTables(dataset: object): string[] {
  return Object.entries(dataset)
    .filter(([key, value]) => !otherLists.has(key) && Array.isArray(value))
    .map(([key]) => key)
}

/** Every list the diff compares: the kinds' tables, organisations and relations. */
export const listsOf = (dataset: object): Kind[] => [...kindTables(dataset), 'organizations', 'relations']

/** A snapshot's list of records by name (an empty list when it has none). */
const listOf = (snapshot: Snapshot, kind: Kind) => ((snapshot.dataset as unknown as Record<string, unknown>)[kind] ?? []) as AnyRecord[]
/** A snapshot's places of a list's records, by key. */
const placesIn = (snapshot: Snapshot, kind: Kind) => (snapshot.positions as unknown as Record<string, Record<string, Position> | undefined> | null)?.[kind]

export interface Place {
  source: string
  page: number | null
  line: number | null
  column: number | null
}

export interface FieldChange {
  field: string
  old: unknown
  new: unknown
}

export interface RecordChange {
  kind: Kind
  id: string
  name: string
  old: Place | null
  new: Place | null
  /** Facts that changed: empty for a record that only moved or was only reworded. */
  fields: FieldChange[]
  /** Wording that changed without changing a fact: the description, the words of a count or an event. */
  reworded: string[]
  /** For a renamed record: its id and name before. */
  was?: {id: string; name: string}
  /** The facts (by JSON Pointer) now read from another source or page than before. */
  movedFacts?: string[]
}

export interface Changes {
  /** Changes a curator's correction made (in either dataset), reported apart from those of the text. */
  corrected: RecordChange[]
  added: RecordChange[]
  removed: RecordChange[]
  /** Records whose canonical name changed (so did their id): the same entity by a name or alias both share. */
  renamed: RecordChange[]
  changed: RecordChange[]
  reworded: RecordChange[]
  moved: RecordChange[]
}

type AnyRecord = Record<string, unknown> & {source: {source: string; page: number | null}}

/**
 * What changed in the facts between two datasets, record by record id: records
 * added and removed, facts changed (old and new value, with both places), and,
 * apart, records that were only reworded or only moved.
 */
export function compareDatasets(before: Snapshot, after: Snapshot): Changes {
  const changes: Changes = {corrected: [], added: [], removed: [], renamed: [], changed: [], reworded: [], moved: []}
  const renames = renamedIds(before, after)
  const curated = curatedNames(before, after)
  const byCorrection = (record: AnyRecord | undefined) => record !== undefined && namesOf(record).some((name) => curated.has(name))
  const namesById = new Map<string, AnyRecord>()
  const lists = [...new Set([...listsOf(before.dataset), ...listsOf(after.dataset)])]
  for (const snapshot of [before, after]) for (const kind of lists.filter((list) => list !== 'relations')) for (const record of listOf(snapshot, kind)) namesById.set(String(record.id), record)
  // a tie is a correction's when a correction names its subject or its object
  const curatedRecord = (kind: Kind, record: AnyRecord) =>
    kind === 'relations' ? byCorrection(namesById.get(String(record.subject))) || byCorrection(namesById.get(String(record.object))) : byCorrection(record)
  for (const kind of lists) {
    const old = index(before, kind, renames)
    const now = index(after, kind)
    for (const [id, record] of now) {
      const previous = old.get(id)
      const entry = (fields: FieldChange[], reworded: string[]): RecordChange => ({
        kind, id, name: nameOf(record), old: previous ? place(before, kind, id, previous) : null, new: place(after, kind, id, record), fields, reworded
      })
      if (!previous) {
        ;(curatedRecord(kind, record) ? changes.corrected : changes.added).push(entry([], []))
        continue
      }
      const fields = factChanges(previous, record)
      // a record a correction names changed by the correction when it was renamed or moved by one, or when a field a correction set changed;
      // any record, when only such fields changed: a change of its text's facts is the text's
      const curated = curatedRecord(kind, previous) || curatedRecord(kind, record)
      const setByCorrection = correctionFields(previous, record)
      const touchesCorrected = fields.some((field) => setByCorrection.has(field.field))
      const onlyCorrected = setByCorrection.size > 0 && fields.every((field) => setByCorrection.has(field.field))
      if (fields.length > 0 && ((curated && (previous.id !== record.id || kind === 'relations' || touchesCorrected)) || onlyCorrected)) {
        changes.corrected.push({...entry(fields, reworded(previous, record)), ...(previous.id !== record.id ? {was: {id: String(previous.id), name: nameOf(previous)}} : {})})
        continue
      }
      const change = entry(fields, reworded(previous, record))
      if (previous.id !== undefined && previous.id !== record.id) {
        change.was = {id: String(previous.id), name: nameOf(previous)}
        change.old = place(before, kind, String(previous.id), previous)
        changes.renamed.push(change)
      } else if (fields.length > 0) changes.changed.push(change)
      else if (change.reworded.length > 0) changes.reworded.push(change)
      else {
        const movedFacts = factMoves(before, after, kind, String(previous.id), id)
        if (movedFacts.length > 0) change.movedFacts = movedFacts
        if (movedFacts.length > 0 || JSON.stringify(change.old) !== JSON.stringify(change.new)) changes.moved.push(change)
      }
    }
    for (const [id, record] of old) {
      if (!now.has(id)) (curatedRecord(kind, record) ? changes.corrected : changes.removed).push({kind, id, name: nameOf(record), old: place(before, kind, id, record), new: null, fields: [], reworded: []})
    }
  }
  return changes
}

/** Whether any fact changed: something added, removed or changed, by the text or by a correction. */
export function factsChanged(changes: Changes): boolean {
  return (changes.corrected?.length ?? 0) + changes.added.length + changes.removed.length + (changes.renamed?.length ?? 0) + changes.changed.length > 0
}

/**
 * The fields a curator's correction set in a record, before or after (its
 * \`corrected\` pointers), and the \`corrected\` list itself; none when no
 * correction touched the record.
 */
function correctionFields(before: AnyRecord, after: AnyRecord): Set<string> {
  const pointers = [before.corrected, after.corrected].flatMap((list) => (Array.isArray(list) ? (list as string[]) : []))
  return new Set(pointers.length === 0 ? [] : ['corrected', ...pointers.map((pointer) => pointer.split('/')[1] ?? '')])
}

/**
 * Every name an applied correction of either dataset gives or touches: the
 * record it names, the name it gives, the record it merges into, the party it
 * adds or rejects. A change to a record of one of these names is the
 * correction's, not the text's.
 */
function curatedNames(before: Snapshot, after: Snapshot): Set<string> {
  const names = new Set<string>()
  for (const {dataset} of [before, after]) {
    for (const entry of dataset.corrections ?? []) {
      if (entry.status !== 'applied') continue
      for (const name of [entry.name, entry.to, entry.into, typeof entry.value === 'string' && entry.field && !['founded', 'launched', 'origin'].includes(entry.field) ? entry.value : undefined]) {
        if (name) names.add(nameKey(name))
      }
    }
  }
  return names
}


/**
 * Records of the earlier dataset whose id is gone while a record of the same
 * kind with a new id shares one of its names or aliases: the same entity,
 * renamed. Old id to new id.
 */
function renamedIds(before: Snapshot, after: Snapshot): Map<string, string> {
  const renames = new Map<string, string>()
  for (const kind of new Set([...kindTables(before.dataset), ...kindTables(after.dataset)])) {
    const now = listOf(after, kind)
    const nowIds = new Set(now.map((record) => String(record.id)))
    const oldIds = new Set(listOf(before, kind).map((record) => String(record.id)))
    for (const record of listOf(before, kind)) {
      if (nowIds.has(String(record.id))) continue
      const names = namesOf(record)
      const match = now.find((candidate) => !oldIds.has(String(candidate.id)) && namesOf(candidate).some((name) => names.includes(name)))
      if (match) renames.set(String(record.id), String(match.id))
    }
  }
  return renames
}

/** The facts of a record whose source or page differs between two snapshots, by JSON Pointer. */
function factMoves(before: Snapshot, after: Snapshot, kind: Kind, oldId: string, newId: string): string[] {
  const old = placesIn(before, kind)?.[oldId]?.facts ?? {}
  const now = placesIn(after, kind)?.[newId]?.facts ?? {}
  return Object.keys(now)
    .filter((pointer) => old[pointer] && (old[pointer]!.source !== now[pointer]!.source || old[pointer]!.page !== now[pointer]!.page))
    .sort()
}

function namesOf(record: AnyRecord): string[] {
  const aliases = Array.isArray(record.aliases) ? (record.aliases as unknown[]).map(String) : []
  return [String(record.name), ...aliases].map(nameKey)
}

/** A dataset's records of one kind by key, the ids of renamed records (and of the ties that name them) as they are now. */
function index(snapshot: Snapshot, kind: Kind, renames: ReadonlyMap<string, string> = new Map()): Map<string, AnyRecord> {
  const records = listOf(snapshot, kind)
  return new Map(
    records.map((record) => {
      if (kind !== 'relations') return [renames.get(String(record.id)) ?? keyOf(kind, record), record]
      const subject = renames.get(String(record.subject)) ?? record.subject
      const object = renames.get(String(record.object)) ?? record.object
      return [keyOf(kind, {...record, subject, object}), record]
    })
  )
}

function keyOf(kind: Kind, record: AnyRecord): string {
  return kind === 'relations' ? relationKey(record as unknown as Parameters<typeof relationKey>[0]) : String(record.id)
}

function nameOf(record: AnyRecord): string {
  return typeof record.name === 'string' ? record.name : `${record.subject} ${record.predicate} ${record.object}`
}

function place(snapshot: Snapshot, kind: Kind, id: string, record: AnyRecord): Place {
  const position: Position | undefined = placesIn(snapshot, kind)?.[id]
  return {source: record.source.source, page: record.source.page, line: position?.line ?? null, column: position?.column ?? null}
}

/** The facts of a record: everything but its place and its wording. */
function facts(record: AnyRecord): Record<string, unknown> {
  const {source: _source, description: _description, ...rest} = record
  const facts: Record<string, unknown> = {...rest}
  if (rest.memberCount && typeof rest.memberCount === 'object') {
    const {text: _text, ...count} = rest.memberCount as Record<string, unknown>
    facts.memberCount = count
  }
  if (Array.isArray(rest.events)) facts.events = (rest.events as Array<{date: string}>).map((event) => event.date)
  return facts
}

function factChanges(before: AnyRecord, after: AnyRecord): FieldChange[] {
  const {id: _oldId, ...old} = facts(before)
  const {id: _newId, ...now} = facts(after)
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])]
  return fields
    .filter((field) => JSON.stringify(old[field]) !== JSON.stringify(now[field]))
    .map((field) => ({field, old: old[field] ?? null, new: now[field] ?? null}))
}

function reworded(before: AnyRecord, after: AnyRecord): string[] {
  const changed: string[] = []
  if (before.description !== after.description) changed.push('description')
  const countText = (record: AnyRecord) => (record.memberCount as {text?: string} | null)?.text
  if (countText(before) !== countText(after)) changed.push('memberCount.text')
  const eventTexts = (record: AnyRecord) => JSON.stringify((record.events as Array<{text: string}> | undefined)?.map((event) => event.text))
  if (eventTexts(before) !== eventTexts(after)) changed.push('events.text')
  return changed
}
