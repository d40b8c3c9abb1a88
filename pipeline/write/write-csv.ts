import {stringify} from 'csv-stringify/sync'
import type {Count, Dataset, EntityRecord, Event, Party, SourcePage} from '../../schemas/dataset.ts'
import {entriesOf, fieldsOf, type KindEntry, kinds, recordsOf, type Registry} from '../dataset/kinds.ts'

/**
 * The separator of the items of a list in one cell. Values are single lines
 * (the schemas forbid line breaks in names and texts), so a line break can
 * never occur inside an item, and a spreadsheet shows one item per line.
 */
export const listSeparator = '\n'

export type Row = Record<string, string | number | null>

const names = (parties: readonly Party[]) => parties.map((party) => party.name).join(listSeparator)
const list = (items: readonly string[]) => items.join(listSeparator)

const countColumns = (count: Count | null): Row => ({
  memberCount: count?.value ?? null,
  memberCountQualifier: count?.qualifier ?? null,
  memberCountAsOf: count?.asOf ?? null,
  memberCountText: count?.text ?? null
})

const eventColumns = (events: readonly Event[]): Row => ({
  eventDates: list(events.map((event) => event.date)),
  eventTexts: list(events.map((event) => event.text))
})

const sourceColumns = (source: SourcePage): Row => ({source: source.source, page: source.page})
/** The pointers of what a curator's correction set, one per line: empty for a record as the text gives it. */
const correctedColumn = (corrected: readonly string[]): Row => ({corrected: list(corrected.map((pointer) => pointer || '(kind)'))})

/**
 * A record of a kind as a row: its fields in the schema's order, lists one
 * item a line, a count and the events spread over columns of their own, the
 * source as its id and page; conflicts stay in the JSON.
 */
function recordRow(entry: KindEntry, record: EntityRecord): Row {
  const row: Row = {}
  for (const field of fieldsOf(entry)) {
    const value = (record as Record<string, unknown>)[field]
    if (field === 'conflicts') continue
    else if (field === 'memberCount') Object.assign(row, countColumns(value as Count | null))
    else if (field === 'events') Object.assign(row, eventColumns((value as Event[] | undefined) ?? []))
    else if (field === 'corrected') Object.assign(row, correctedColumn((value as string[] | undefined) ?? []))
    else if (field === 'source') Object.assign(row, sourceColumns((value as SourcePage | undefined) ?? {source: '', page: null}))
    else if (field === entry.leads || field === entry.joiners) row[field] = names((value as Party[] | undefined) ?? [])
    else if (Array.isArray(value)) row[field] = list(value as string[])
    else row[field] = (value as string | number | null | undefined) ?? null
  }
  return row
}

/** The columns of a kind's rows, in order, read off an empty record so no list is written twice. */
const columnsOf = (entry: KindEntry) => Object.keys(recordRow(entry, {memberCount: null} as unknown as EntityRecord))

/**
 * A relation's subject and object again, each in the column of its table, so
 * that each column can be a foreign key into one table: a subject is a
 * record of a kind, an object an organisation or a record it is based on.
 */
export function relationReferences(registry: Registry): Array<{column: string; table: string; end: 'subject' | 'object'}> {
  const capital = (table: string) => table.slice(0, 1).toUpperCase() + table.slice(1, -1)
  const entries = entriesOf(registry)
  return [
    ...entries.map((entry) => ({column: `subject${capital(entry.table)}`, table: entry.table, end: 'subject' as const})),
    {column: 'objectOrganization', table: 'organizations', end: 'object' as const},
    ...entries.filter((entry) => entry.basedOn).map((entry) => ({column: `object${capital(entry.table)}`, table: entry.table, end: 'object' as const}))
  ]
}

/** A table of one record kind: its file name stem, its columns in order, its rows. */
export interface Table {
  name: string
  columns: string[]
  rows: Row[]
}

/** The dataset as flat tables, one per kind of the registry, organisations and relations: what the CSV files and the workbook hold. */
export function datasetTables(dataset: Dataset, registry: Registry = kinds): Table[] {
  const entries = entriesOf(registry)
  const tableOfId = new Map<string, string>()
  for (const entry of entries) for (const record of recordsOf(dataset, entry)) tableOfId.set(record.id, entry.table)
  for (const organization of dataset.organizations) tableOfId.set(organization.id, 'organizations')
  const references = relationReferences(registry)
  return [
    ...entries.map((entry) => ({name: entry.table, columns: columnsOf(entry), rows: recordsOf(dataset, entry).map((record) => recordRow(entry, record))})),
    {
      name: 'organizations',
      columns: ['id', 'name', 'country', 'kinds', 'corrected', 'source', 'page'],
      rows: dataset.organizations.map((record) => ({id: record.id, name: record.name, country: record.country, kinds: list(record.kinds), ...correctedColumn(record.corrected), ...sourceColumns(record.source)}))
    },
    {
      name: 'relations',
      columns: ['subject', 'predicate', 'object', ...references.map((reference) => reference.column), 'source', 'page'],
      rows: dataset.relations.map((record) => ({
        subject: record.subject,
        predicate: record.predicate,
        object: record.object,
        ...Object.fromEntries(references.map(({column, table, end}) => [column, tableOfId.get(record[end]) === table ? record[end] : null])),
        ...sourceColumns(record.source)
      }))
    }
  ]
}

/**
 * A CSV file per table (one per kind, `organizations.csv`, `relations.csv`):
 * RFC 4180 (a header row, CRLF line ends, UTF-8 without BOM), columns in a
 * fixed order, and every cell that a spreadsheet would run as a formula
 * (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) escaped with a
 * leading `'`, as OWASP recommends.
 */
export function writeCsv(tables: readonly Table[]): Map<string, string> {
  return new Map(
    tables.map((table) => [
      `${table.name}.csv`,
      stringify(table.rows, {
        header: true,
        columns: table.columns,
        record_delimiter: 'windows',
        quoted_match: /[\r\n]/,
        escape_formulas: true,
        cast: {number: String}
      })
    ])
  )
}

