import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {Candidate, EntityRecord, Organization, Party, Position, Positions, Relation, SourcePage} from '../../schemas/dataset.ts'
import type {PartyDraft, RecordDraft} from './record-book.ts'
import {recordId} from './ids.ts'
import {factEnd} from './fact-extent.ts'
import type {PdfBox, PdfLine} from '../read/read-pdf.ts'
import {emptyTables, fieldsOf, type KindEntry, kinds, placesOf, recordsOf, type Registry} from '../dataset/kinds.ts'
import {pageAt, physicalPageAt} from '../clean/page-furniture.ts'
import {placeOf} from '../read/source-lines.ts'

/** The records of one source, in the shape of the dataset. */
export interface SourceRecords {
  /** The records of each kind, by its table. */
  [table: string]: EntityRecord[] | Organization[] | Relation[]
  organizations: Organization[]
  relations: Relation[]
}

declare module 'vfile' {
  interface DataMap {
    dataset: SourceRecords
    /** Where each record is written, by id; relations by `subject predicate object`. */
    positions: Positions
    /** The source's candidates, their mentions placed (without ids: the build gives them once it merges the sources'). */
    candidateList: Array<Omit<Candidate, 'id'>>
  }
}

/** The key of a relation in positions.json. */
export function relationKey(relation: Pick<Relation, 'subject' | 'predicate' | 'object'>): string {
  return `${relation.subject} ${relation.predicate} ${relation.object}`
}

const source = 'to-records'

/**
 * Give every record its id and its source position (page, line, column),
 * gather the organisations the records name, once each, and the ties between
 * them.
 */
export default function toRecords(options: {kinds?: Registry} = {}) {
  const registry = options.kinds ?? kinds
  return function (_tree: unknown, file: VFile) {
    const place = placeOf(file)
    const sourceId = file.data.id ?? 'source'
    const text = String(file.value)
    /** The place of words read at an offset: from there to the end of the first of `values` written there (or of a date, or up to the next stop). */
    const position = (offset: number, values: readonly string[] = [], date = false): Position => {
      const point = place.toPoint(offset)
      const endOffset = factEnd(text, offset, values, date)
      const end = place.toPoint(endOffset)
      const pageMap = file.data.pageMap ?? []
      const boxes = file.data.pdfLines ? boxesOf(file.data.pdfLines, offset, endOffset) : undefined
      return {
        source: sourceId, page: pageAt(pageMap, offset), physicalPage: physicalPageAt(pageMap, offset), line: point?.line ?? 1, column: point?.column ?? 1, offset,
        endLine: end?.line ?? point?.line ?? 1, endColumn: end?.column ?? point?.column ?? 1, endOffset, ...(boxes ? {boxes} : {})
      }
    }
    const cite = (offset: number): SourcePage => ({source: sourceId, page: pageAt(file.data.pageMap ?? [], offset)})
    const tables = emptyTables(registry)
    const result = {...tables.records, organizations: [], relations: []} as SourceRecords
    const positions = tables.positions as Positions
    const organizations = new Map<string, Organization>()
    const seen = new Map<string, RecordDraft>()
    const drafts = file.data.records ?? []

    const organization = (party: PartyDraft): string => {
      const id = recordId('org', party.name)
      const known = organizations.get(id)
      if (known) {
        known.country ??= party.country
        if (party.kind && !known.kinds.includes(party.kind)) known.kinds = [...known.kinds, party.kind].sort()
      } else {
        organizations.set(id, {id, name: party.name, country: party.country, kinds: party.kind ? [party.kind] : [], corrected: [], source: cite(party.offset)})
        positions.organizations[id] = position(party.offset, [party.name])
      }
      return id
    }
    const tie = (subject: string, predicate: Relation['predicate'], object: string, offset: number, words: readonly string[], rule?: string) => {
      const relation = {subject, predicate, object, source: cite(offset)}
      const key = relationKey(relation)
      if (positions.relations[key]) return
      result.relations.push(relation)
      positions.relations[key] = rule ? {...position(offset, words), rule} : position(offset, words)
    }

    for (const draft of drafts) {
      const entry = registry[draft.kind]
      if (!entry) {
        file.message(`Unexpected ${draft.kind} \`${draft.name}\`, expected a kind the dataset has a table for; left out`, {
          place: place.toPoint(draft.offset),
          ruleId: 'kind-without-table',
          source
        })
        continue
      }
      const id = recordId(draft.kind, draft.name)
      const first = seen.get(id)
      if (first) {
        const message = file.message(`Unexpected second ${draft.kind} named \`${draft.name}\`, expected each name once in a source`, {
          place: place.toPoint(draft.offset),
          ruleId: 'duplicate-name',
          source
        })
        message.cause = new VFileMessage(`First \`${draft.name}\` is here`, {place: place.toPoint(first.offset), ruleId: 'duplicate-name', source})
        continue
      }
      seen.set(id, draft)
      draft.leads = onceEach(draft.leads)
      draft.joiners = onceEach(draft.joiners)
      const leads = draft.leads.map(party)
      const joiners = draft.joiners.map(party)
      const {leadPredicate, joinPredicate} = entry
      for (const lead of draft.leads) tie(id, leadPredicate, organization(lead), lead.offset, [lead.name], lead.rule)
      for (const joiner of draft.joiners) tie(id, joinPredicate, organization(joiner), joiner.offset, [joiner.name], joiner.rule)
      placesOf(positions, entry)[id] = {...position(draft.offset, [draft.name, ...draft.aliases]), rule: draft.rule, facts: factPlaces(draft, entry, position)}
      const {name, aliases, memberCount, events, description, origin, basedOn} = draft
      const values: Record<string, unknown> = {
        id, name, aliases, origin, [entry.leads]: leads, [entry.joiners]: joiners, basedOn, [entry.started]: draft.started,
        memberCount, events, description, conflicts: [], corrected: [], source: cite(draft.offset)
      }
      // the fields of the kind's schema, in its order: records of a kind keep one shape, which the validator and JSON.stringify read fast
      recordsOf(result, entry).push(Object.fromEntries(fieldsOf(entry).map((field) => [field, values[field]])) as EntityRecord)
    }
    for (const entry of Object.values(registry)) {
      if (!entry.basedOn) continue
      const records = recordsOf(result, entry)
      for (const record of records) {
        for (const base of record.basedOn as string[]) {
          const target = records.find((candidate) => candidate.name === base || candidate.aliases.includes(base))
          if (target) tie(record.id, 'basedOn', target.id, placesOf(positions, entry)[record.id]!.offset, [record.name, ...record.aliases])
        }
      }
    }
    result.organizations = [...organizations.values()]
    file.data.dataset = result
    file.data.positions = positions
    file.data.candidateList = (file.data.candidates ?? []).map(({name, kind, why, offsets}) => ({
      name,
      // a kind the dataset has no table for is no kind a reader can accept it as
      kind: kind !== null && Object.hasOwn(registry, kind) ? kind : null,
      why,
      mentions: [...offsets].sort((a, b) => a - b).map((offset) => {
        const {source: id, page, line, column} = position(offset)
        return {source: id, page, line, column}
      })
    }))
  }
}

/**
 * The place of every fact of a record at its JSON Pointer in the record: each
 * alias, party, date and count where the sentence that states it has it.
 */
function factPlaces(draft: RecordDraft, entry: KindEntry, position: (offset: number, values?: readonly string[], date?: boolean) => Position): NonNullable<Position['facts']> {
  const facts: NonNullable<Position['facts']> = {}
  const at = (offset: number, values: readonly string[] = [], date = false) => {
    const {facts: _facts, ...place} = position(offset, values, date)
    return place
  }
  const rules = draft.placed.rules
  /** A fact's place, with the rule that read it when the reader says. */
  const ruled = (place: ReturnType<typeof at>, rule: string | undefined) => (rule ? {...place, rule} : place)
  draft.aliases.forEach((alias, index) => (facts[`/aliases/${index}`] = at(draft.placed.aliases[alias] ?? draft.offset, [alias])))
  const {leads, joiners, started} = entry
  draft.leads.forEach((party, index) => (facts[`/${leads}/${index}`] = {...at(party.offset, [party.name]), rule: party.rule}))
  draft.joiners.forEach((party, index) => (facts[`/${joiners}/${index}`] = {...at(party.offset, [party.name]), rule: party.rule}))
  if (draft.started !== null) facts[`/${started}`] = ruled(at(draft.placed.started ?? draft.offset, [], true), rules.started)
  if (draft.memberCount) facts['/memberCount'] = ruled(at(draft.placed.memberCount ?? draft.offset, [draft.memberCount.text]), rules.memberCount)
  if (draft.origin !== null && draft.placed.origin !== undefined) facts['/origin'] = ruled(at(draft.placed.origin), rules.origin)
  draft.basedOn.forEach((base, index) => (facts[`/basedOn/${index}`] = ruled(at(draft.placed.basedOn[base] ?? draft.offset, [base]), rules[`basedOn ${base}`])))
  draft.events.forEach((event, index) => (facts[`/events/${index}`] = ruled(at(draft.placed.events[index] ?? draft.offset, [event.text]), rules.events)))
  return facts
}

/**
 * The boxes of a PDF source's words from \`start\` to \`end\`: one per line
 * they cover, cut to the share of the line's characters they take (the
 * characters of a line taken as equally wide).
 */
export function boxesOf(lines: readonly PdfLine[], start: number, end: number): PdfBox[] {
  const boxes: PdfBox[] = []
  // the first line that ends after the start: lines are in the text's order
  let low = 0
  let high = lines.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (lines[middle]!.end <= start) low = middle + 1
    else high = middle
  }
  for (let index = low; index < lines.length && lines[index]!.start < Math.max(end, start + 1); index++) {
    const line = lines[index]!
    const length = Math.max(1, line.end - line.start)
    const from = Math.max(0, start - line.start) / length
    const to = Math.min(length, Math.max(end, start + 1) - line.start) / length
    const round = (value: number) => Math.round(value * 100) / 100
    boxes.push({physicalPage: line.physicalPage, x: round(line.x + line.width * from), y: line.y, width: round(line.width * Math.max(0, to - from)), height: line.height})
  }
  return boxes
}

/** Each organisation once, where it is first named: a text that repeats a list does not repeat the party. */
function onceEach(parties: readonly PartyDraft[]): PartyDraft[] {
  const seen = new Set<string>()
  return parties.filter((item) => !seen.has(item.name) && Boolean(seen.add(item.name)))
}

function party(draft: PartyDraft): Party {
  return {name: draft.name, country: draft.country, kind: draft.kind}
}
