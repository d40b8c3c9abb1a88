import type {Correction, CorrectionLog, Dataset, EntityRecord, Organization, Party, Position, Positions, Relation} from '../../../schemas/dataset.ts'
import {nameKey, recordId} from '../../extract/ids.ts'
import {entriesOf, fieldsOf, type KindEntry, kinds, placesOf, recordsOf, type Registry} from '../kinds.ts'
import type {SourceText} from '../../clean/source-text.ts'
import {relationKey} from '../../extract/to-records.ts'
import type {CorrectionItem, CorrectionsFile} from './read-corrections.ts'

type AnyRecord = EntityRecord
type Table = KindEntry
type FactPlace = NonNullable<Position['facts']>[string]
/** What one correction did: applied (and how), or why it found nothing to apply to. */
type Outcome = {status: 'applied'; what: string} | {status: 'stale'; what: string; ruleId?: string}

const stage = 'apply-corrections'

/**
 * Apply every source's corrections, in order, to the assembled dataset and
 * its positions: reject a record or a fact, add a fact at the words it
 * quotes, rename, merge, set a kind. What a correction set is marked
 * (`corrected` in the record, `by: "correction"` at its place); every
 * correction is logged in the dataset; one that no longer finds its record,
 * fact or words changes nothing and is a warning at its own line.
 */
export function applyCorrections(dataset: Dataset, positions: Positions, files: readonly CorrectionsFile[], texts: ReadonlyMap<string, SourceText>, registry: Registry = kinds): void {
  const book = new Corrector(dataset, positions, registry)
  for (const {sourceId, file, items} of files) {
    for (const item of items) {
      const outcome = book.apply(item.correction, texts.get(sourceId))
      dataset.corrections.push(log(sourceId, file.path, item, outcome))
      if (outcome.status === 'stale') {
        const message = file.message(`Unexpected ${item.correction.action} correction of ${item.correction.kind} \`${item.correction.name}\` that ${outcome.what}; it changed nothing`, {
          place: {line: item.line, column: item.column},
          ruleId: outcome.ruleId ?? 'stale-correction',
          source: stage
        })
        message.note = 'The source changed since the correction was written: correct it again or remove it.'
      }
    }
  }
  if (files.some((file) => file.items.length > 0)) book.dropUnnamedOrganisations()
}

function log(source: string, file: string, {correction, line}: CorrectionItem, outcome: Outcome): CorrectionLog {
  const {action, kind, name} = correction
  const given = correction as {field?: string; value?: string | number; to?: string; into?: string}
  return {
    source, file, line, action, kind, name,
    ...(given.field === undefined ? {} : {field: given.field}),
    ...(given.value === undefined ? {} : {value: given.value}),
    ...(given.to === undefined ? {} : {to: given.to}),
    ...(given.into === undefined ? {} : {into: given.into}),
    status: outcome.status,
    what: outcome.what
  }
}

/** Names compared as the assembly compares them: compatibility forms folded, spaces dropped, lower case. */
function same(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b)
}


class Corrector {
  /** The fields that hold parties, of every kind. */
  private readonly partyFields: ReadonlySet<string>

  constructor(
    private readonly dataset: Dataset,
    private readonly positions: Positions,
    private readonly registry: Registry
  ) {
    this.partyFields = new Set(entriesOf(registry).flatMap((entry) => [entry.leads, entry.joiners]))
  }

  apply(correction: Correction, text: SourceText | undefined): Outcome {
    if (correction.kind === 'organization') {
      const organization = this.dataset.organizations.find((candidate) => same(candidate.name, correction.name))
      if (!organization) return {status: 'stale', what: 'names no organisation of the dataset'}
      if (correction.action === 'reject') return this.rejectOrganization(organization)
      if (correction.action === 'rename') return this.renameOrganization(organization, correction.to)
      return {status: 'stale', what: 'does not apply to an organisation'}
    }
    const table = this.registry[correction.kind]
    if (!table) return {status: 'stale', what: `names a kind the build does not read`}
    const record = this.find(table, correction.name)
    if (!record) return {status: 'stale', what: `names no ${correction.kind} of the dataset`}
    switch (correction.action) {
      case 'reject':
        return correction.field === undefined ? this.rejectRecord(table, record) : this.rejectFact(table, record, correction.field, correction.value!)
      case 'add':
        return text ? this.addFact(table, record, correction.field, correction.value, correction.quote, text) : {status: 'stale', what: 'has no text to quote'}
      case 'rename':
        return this.renameRecord(table, record, correction.to)
      case 'merge': {
        const into = this.find(table, correction.into)
        if (!into) return {status: 'stale', what: `would merge into \`${correction.into}\`, which names no ${correction.kind} of the dataset`}
        if (into === record) return {status: 'stale', what: `names the same ${correction.kind} twice`}
        return this.merge(table, record, into)
      }
      case 'set-kind':
        return correction.to === correction.kind ? {status: 'stale', what: `is already an ${correction.kind}`} : this.setKind(table, record, this.registry[correction.to]!)
    }
  }

  private find(table: Table, name: string): AnyRecord | undefined {
    return recordsOf(this.dataset, table).find((record) => same(record.name, name) || record.aliases.some((alias) => same(alias, name)))
  }

  private facts(table: Table, id: string): Record<string, FactPlace> {
    const place = placesOf(this.positions, table)[id]!
    return (place.facts ??= {})
  }

  private rejectRecord(table: Table, record: AnyRecord): Outcome {
    recordsOf(this.dataset, table).splice(recordsOf(this.dataset, table).indexOf(record), 1)
    delete placesOf(this.positions, table)[record.id]
    this.untie((relation) => relation.subject === record.id || relation.object === record.id)
    return {status: 'applied', what: `rejected the ${table.kind}`}
  }

  private rejectFact(table: Table, record: AnyRecord, field: string, value: string | number): Outcome {
    const facts = this.facts(table, record.id)
    const items = (record as unknown as Record<string, unknown>)[field]
    if (Array.isArray(items)) {
      const index = items.findIndex((item: string | Party) => same(typeof item === 'string' ? item : item.name, String(value)))
      if (index < 0) return {status: 'stale', what: `finds no \`${value}\` in its ${field}`}
      const [removed] = items.splice(index, 1) as Array<string | Party>
      shiftOut(facts, record.corrected, field, index)
      const predicate = this.predicateOf(table, field)
      if (predicate && typeof removed !== 'string') this.untie((relation) => relation.subject === record.id && relation.predicate === predicate && relation.object === recordId('org', removed!.name))
      if (field === 'basedOn') this.untie((relation) => relation.subject === record.id && relation.predicate === 'basedOn' && this.find(table, String(value))?.id === relation.object)
      return {status: 'applied', what: `rejected \`${value}\` among its ${field}`}
    }
    const current = (record as unknown as Record<string, unknown>)[field]
    const matches = field === 'memberCount' ? (current as {value?: number} | null)?.value === value : current === value
    if (!matches) return {status: 'stale', what: `finds its ${field} is ${JSON.stringify(field === 'memberCount' ? ((current as {value?: number} | null)?.value ?? null) : current)}, not ${JSON.stringify(value)}`}
    ;(record as unknown as Record<string, unknown>)[field] = null
    delete facts[`/${field}`]
    record.corrected = record.corrected.filter((pointer) => pointer !== `/${field}`)
    return {status: 'applied', what: `rejected its ${field} ${JSON.stringify(value)}`}
  }

  private addFact(table: Table, record: AnyRecord, field: string, value: string | number, quote: string, text: SourceText): Outcome {
    const found = text.find(quote)
    if (found.length === 0) return {status: 'stale', what: `quotes words no longer in the text of \`${text.data.id}\``}
    if (found.length > 1) return {status: 'stale', what: `quotes words found ${found.length} times in the text; quote more of the sentence`, ruleId: 'ambiguous-correction'}
    const [{start, end}] = found as [{start: {block: number; index: number}; end: {block: number; index: number}}]
    // the fact's place: its value's words inside the quote, else the quote's start
    const inQuote = text.find(String(value)).find((hit) => !before(hit.start, start) && !before(end, hit.end))
    const at = text.position(text.toSource(inQuote?.start ?? start), text.toSource(inQuote?.end ?? end) + 1)
    const place: FactPlace = {...at, by: 'correction'}
    const facts = this.facts(table, record.id)
    const items = (record as unknown as Record<string, unknown>)[field]
    if (Array.isArray(items)) {
      if (items.some((item: string | Party) => same(typeof item === 'string' ? item : item.name, String(value)))) {
        return {status: 'stale', what: `finds \`${value}\` among its ${field} already: the text now states it`, ruleId: 'correction-not-needed'}
      }
      const pointer = `/${field}/${items.length}`
      const name = String(value)
      items.push(this.partyFields.has(field) ? {name, country: null, kind: null} : name)
      facts[pointer] = place
      record.corrected.push(pointer)
      const predicate = this.predicateOf(table, field)
      if (predicate) this.tie(record.id, predicate, this.organization(name, at).id, at)
      const base = field === 'basedOn' ? this.find(table, name) : undefined
      if (base) this.tie(record.id, 'basedOn', base.id, at)
      return {status: 'applied', what: `added \`${value}\` to its ${field}`}
    }
    const quoted = (inQuote ? String(value) : quote).trim()
    ;(record as unknown as Record<string, unknown>)[field] = field === 'memberCount' ? {value, qualifier: 'exact', asOf: null, text: quoted.split(/\r?\n/u)[0]} : value
    facts[`/${field}`] = place
    if (!record.corrected.includes(`/${field}`)) record.corrected.push(`/${field}`)
    return {status: 'applied', what: `set its ${field} to ${JSON.stringify(value)}`}
  }

  private renameRecord(table: Table, record: AnyRecord, to: string): Outcome {
    if (same(record.name, to)) return {status: 'stale', what: `is named \`${to}\` already`}
    const clash = this.find(table, to)
    if (clash && clash !== record) return {status: 'stale', what: `would take the name of another ${table.kind} \`${clash.name}\`; merge them instead`}
    const old = record.name
    record.name = to
    const facts = this.facts(table, record.id)
    const aliasIndex = record.aliases.findIndex((alias) => same(alias, to))
    if (aliasIndex >= 0) {
      record.aliases.splice(aliasIndex, 1)
      shiftOut(facts, record.corrected, 'aliases', aliasIndex)
    }
    if (!record.aliases.some((alias) => same(alias, old))) {
      const {facts: _facts, ...own} = placesOf(this.positions, table)[record.id]!
      facts[`/aliases/${record.aliases.length}`] = own
      record.aliases.push(old)
    }
    if (!record.corrected.includes('/name')) record.corrected.push('/name')
    this.reid(table, record, recordId(table.kind, to))
    return {status: 'applied', what: `renamed \`${old}\` to \`${to}\``}
  }

  private merge(table: Table, record: AnyRecord, into: AnyRecord): Outcome {
    const from = this.facts(table, record.id)
    const facts = this.facts(table, into.id)
    const {facts: _facts, ...own} = placesOf(this.positions, table)[record.id]!
    for (const name of [record.name, ...record.aliases]) {
      if (same(name, into.name) || into.aliases.some((alias) => same(alias, name))) continue
      const pointer = `/aliases/${into.aliases.length}`
      facts[pointer] = name === record.name ? own : (from[`/aliases/${record.aliases.indexOf(name)}`] ?? own)
      into.aliases.push(name)
      if (name === record.name) into.corrected.push(pointer)
    }
    const source = record as unknown as Record<string, unknown>
    const target = into as unknown as Record<string, unknown>
    for (const [field, value] of Object.entries(source)) {
      if (field === 'aliases' || field === 'corrected' || field === 'conflicts' || !Array.isArray(value)) continue
      const list = target[field] as Array<string | Party | {date: string; text: string}>
      value.forEach((item: string | Party | {date: string; text: string}, index) => {
        const key = typeof item === 'string' ? item : 'name' in item ? item.name : `${item.date} ${item.text}`
        if (list.some((known) => same(typeof known === 'string' ? known : 'name' in known ? known.name : `${known.date} ${known.text}`, key))) return
        const place = from[`/${field}/${index}`]
        if (place) facts[`/${field}/${list.length}`] = place
        list.push(item)
      })
    }
    for (const field of table.single) {
      if (field in target && target[field] === null && source[field] !== null && source[field] !== undefined) {
        target[field] = source[field]
        if (from[`/${field}`]) facts[`/${field}`] = from[`/${field}`]!
      }
    }
    into.conflicts.push(...record.conflicts)
    recordsOf(this.dataset, table).splice(recordsOf(this.dataset, table).indexOf(record), 1)
    delete placesOf(this.positions, table)[record.id]
    this.retie(record.id, into.id)
    return {status: 'applied', what: `merged \`${record.name}\` into \`${into.name}\``}
  }

  private setKind(fromKind: Table, record: AnyRecord, toKind: Table): Outcome {
    const old = record as unknown as Record<string, unknown>
    // the facts both kinds have keep their values; parties and the start move to the other kind's fields
    const moves = new Map([[fromKind.leads, toKind.leads], [fromKind.joiners, toKind.joiners], [fromKind.started, toKind.started]])
    const given = new Map([...moves].map(([from, to]) => [to, old[from]]))
    const empty: Record<string, unknown> = {origin: null, basedOn: []}
    const moved = Object.fromEntries(
      fieldsOf(toKind).map((field) => [field, given.has(field) ? given.get(field) : field === 'conflicts' ? [] : field === 'corrected' ? [...record.corrected] : field in old ? old[field] : empty[field]])
    ) as AnyRecord
    const rename = (pointer: string) => {
      const field = pointer.split('/')[1] ?? ''
      return moves.has(field) ? pointer.replace(`/${field}`, `/${moves.get(field)!}`) : pointer
    }
    const place = placesOf(this.positions, fromKind)[record.id]!
    const facts = Object.fromEntries(Object.entries(place.facts ?? {}).map(([pointer, at]) => [rename(pointer), at]).filter(([pointer]) => (pointer as string).split('/')[1]! in moved))
    moved.corrected = moved.corrected.map(rename).filter((pointer) => pointer === '' || pointer.split('/')[1]! in moved)
    if (!moved.corrected.includes('')) moved.corrected.push('')
    recordsOf(this.dataset, fromKind).splice(recordsOf(this.dataset, fromKind).indexOf(record), 1)
    delete placesOf(this.positions, fromKind)[record.id]
    recordsOf(this.dataset, toKind).push(moved)
    placesOf(this.positions, toKind)[record.id] = {...place, facts}
    const predicates = new Map<Relation['predicate'], Relation['predicate']>([[fromKind.leadPredicate, toKind.leadPredicate], [fromKind.joinPredicate, toKind.joinPredicate]])
    this.untie((relation) => relation.subject === record.id && relation.predicate === 'basedOn' && !toKind.basedOn)
    for (const relation of this.dataset.relations.filter((candidate) => candidate.subject === record.id && predicates.has(candidate.predicate))) {
      this.moveRelation(relation, {predicate: predicates.get(relation.predicate)!})
    }
    this.reid(toKind, moved, recordId(toKind.kind, moved.name))
    return {status: 'applied', what: `made it a ${toKind.kind}`}
  }

  private rejectOrganization(organization: Organization): Outcome {
    for (const table of entriesOf(this.registry)) {
      for (const record of recordsOf(this.dataset, table)) {
        for (const field of Object.keys(record).filter((key) => this.partyFields.has(key))) {
          const parties = (record as unknown as Record<string, Party[]>)[field]!
          for (let index = parties.length - 1; index >= 0; index--) {
            if (!same(parties[index]!.name, organization.name)) continue
            parties.splice(index, 1)
            shiftOut(this.facts(table, record.id), record.corrected, field, index)
          }
        }
      }
    }
    this.untie((relation) => relation.object === organization.id)
    return {status: 'applied', what: 'rejected the organisation wherever it is named'}
  }

  private renameOrganization(organization: Organization, to: string): Outcome {
    if (same(organization.name, to)) return {status: 'stale', what: `is named \`${to}\` already`}
    const old = organization.name
    for (const table of entriesOf(this.registry)) {
      for (const record of recordsOf(this.dataset, table)) {
        for (const field of Object.keys(record).filter((key) => this.partyFields.has(key))) {
          ;(record as unknown as Record<string, Party[]>)[field]!.forEach((party, index) => {
            if (!same(party.name, old)) return
            party.name = to
            if (!record.corrected.includes(`/${field}/${index}`)) record.corrected.push(`/${field}/${index}`)
          })
        }
      }
    }
    const id = recordId('org', to)
    const existing = this.dataset.organizations.find((candidate) => candidate.id === id && candidate !== organization)
    if (existing) {
      this.dataset.organizations.splice(this.dataset.organizations.indexOf(organization), 1)
      delete this.positions.organizations[organization.id]
    } else {
      organization.name = to
      if (!organization.corrected.includes('/name')) organization.corrected.push('/name')
      const place = this.positions.organizations[organization.id]
      delete this.positions.organizations[organization.id]
      organization.id = id
      if (place) this.positions.organizations[id] = place
    }
    this.retie(recordId('org', old), id)
    return {status: 'applied', what: `renamed \`${old}\` to \`${to}\``}
  }

  /** The organisation of a name, made (at the words a correction quotes) when the dataset has none. */
  private organization(name: string, at: Omit<Position, 'facts'>): Organization {
    const known = this.dataset.organizations.find((candidate) => same(candidate.name, name))
    if (known) return known
    const organization: Organization = {id: recordId('org', name), name, country: null, kinds: [], corrected: ['/name'], source: {source: at.source, page: at.page}}
    this.dataset.organizations.push(organization)
    this.positions.organizations[organization.id] = at
    return organization
  }

  /** The tie a party field gives its record: founders are `foundedBy`, members `hasMember`… */
  private predicateOf(entry: Table, field: string): Relation['predicate'] | undefined {
    return field === entry.leads ? entry.leadPredicate : field === entry.joiners ? entry.joinPredicate : undefined
  }

  private tie(subject: string, predicate: Relation['predicate'], object: string, at: Omit<Position, 'facts'>) {
    const relation: Relation = {subject, predicate, object, source: {source: at.source, page: at.page}}
    const key = relationKey(relation)
    if (this.positions.relations[key]) return
    this.dataset.relations.push(relation)
    this.positions.relations[key] = at
  }

  private untie(which: (relation: Relation) => boolean) {
    this.dataset.relations = this.dataset.relations.filter((relation) => {
      if (!which(relation)) return true
      delete this.positions.relations[relationKey(relation)]
      return false
    })
  }

  /** A relation changed in place, its place moved to its new key (or dropped when the new one is already tied). */
  private moveRelation(relation: Relation, change: Partial<Pick<Relation, 'subject' | 'predicate' | 'object'>>) {
    const place = this.positions.relations[relationKey(relation)]
    delete this.positions.relations[relationKey(relation)]
    Object.assign(relation, change)
    const key = relationKey(relation)
    if (this.positions.relations[key] || !place) {
      this.dataset.relations.splice(this.dataset.relations.indexOf(relation), 1)
      return
    }
    this.positions.relations[key] = place
  }

  /** Every tie to or from a record's id moved to another id. */
  private retie(from: string, to: string) {
    if (from === to) return
    for (const relation of this.dataset.relations.filter((candidate) => candidate.subject === from || candidate.object === from)) {
      this.moveRelation(relation, relation.subject === from ? {subject: to} : {object: to})
    }
  }

  /** A record's id after a change of name or kind, with its place and ties. */
  private reid(table: Table, record: AnyRecord, id: string) {
    if (id === record.id) return
    const places = placesOf(this.positions, table)
    const place = places[record.id]
    delete places[record.id]
    if (place) places[id] = place
    const old = record.id
    record.id = id
    this.retie(old, id)
  }

  /** Organisations no record names any more (a rejected record was their only tie) are left out. */
  dropUnnamedOrganisations() {
    const named = new Set(this.dataset.relations.map((relation) => relation.object))
    this.dataset.organizations = this.dataset.organizations.filter((organization) => {
      if (named.has(organization.id)) return true
      delete this.positions.organizations[organization.id]
      return false
    })
  }
}

/** Whether a place comes before another. */
function before(a: {block: number; index: number}, b: {block: number; index: number}): boolean {
  return a.block < b.block || (a.block === b.block && a.index < b.index)
}

/** An item of a list taken out: the places and corrected pointers of the items after it move up by one. */
function shiftOut(facts: Record<string, FactPlace>, corrected: string[], field: string, index: number) {
  const prefix = `/${field}/`
  const moved: Record<string, FactPlace> = {}
  for (const [pointer, place] of Object.entries(facts)) {
    if (!pointer.startsWith(prefix)) continue
    const at = Number(pointer.slice(prefix.length))
    delete facts[pointer]
    if (at !== index) moved[`${prefix}${at > index ? at - 1 : at}`] = place
  }
  Object.assign(facts, moved)
  const kept = corrected.filter((pointer) => pointer !== `${prefix}${index}`).map((pointer) => {
    if (!pointer.startsWith(prefix)) return pointer
    const at = Number(pointer.slice(prefix.length))
    return at > index ? `${prefix}${at - 1}` : pointer
  })
  corrected.splice(0, corrected.length, ...kept)
}
