import {stringify} from 'csv-stringify/sync'
import type {Alliance, Count, Dataset, Event, Party, Platform, SourcePage} from '../../schemas/dataset.ts'

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

const alliance = (record: Alliance): Row => ({
  id: record.id,
  name: record.name,
  aliases: list(record.aliases),
  founders: names(record.founders),
  members: names(record.members),
  founded: record.founded,
  ...countColumns(record.memberCount),
  ...eventColumns(record.events),
  description: record.description,
  ...correctedColumn(record.corrected),
  ...sourceColumns(record.source)
})

const platform = (record: Platform): Row => ({
  id: record.id,
  name: record.name,
  aliases: list(record.aliases),
  origin: record.origin,
  developers: names(record.developers),
  participants: names(record.participants),
  basedOn: list(record.basedOn),
  launched: record.launched,
  ...countColumns(record.memberCount),
  ...eventColumns(record.events),
  description: record.description,
  ...correctedColumn(record.corrected),
  ...sourceColumns(record.source)
})

/**
 * A relation's subject and object again, each in the column of its kind, so
 * that each column can be a foreign key into one table: a subject is an
 * alliance or a platform, an object an organisation or a platform.
 */
export const relationReferences = ['subjectAlliance', 'subjectPlatform', 'objectOrganization', 'objectPlatform'] as const

function references(relation: Dataset['relations'][number], alliances: ReadonlySet<string>): Row {
  const isAlliance = alliances.has(relation.subject)
  const toPlatform = relation.predicate === 'basedOn'
  return {
    subjectAlliance: isAlliance ? relation.subject : null,
    subjectPlatform: isAlliance ? null : relation.subject,
    objectOrganization: toPlatform ? null : relation.object,
    objectPlatform: toPlatform ? relation.object : null
  }
}

/** A table of one record kind: its file name stem, its columns in order, its rows. */
export interface Table {
  name: 'alliances' | 'platforms' | 'organizations' | 'relations'
  columns: string[]
  rows: Row[]
}

/** The dataset as four flat tables, one per record kind: what the CSV files and the workbook hold. */
export function datasetTables(dataset: Dataset): Table[] {
  const allianceIds = new Set(dataset.alliances.map((record) => record.id))
  return [
    {name: 'alliances', columns: columnsOf(alliance), rows: dataset.alliances.map(alliance)},
    {name: 'platforms', columns: columnsOf(platform), rows: dataset.platforms.map(platform)},
    {
      name: 'organizations',
      columns: ['id', 'name', 'country', 'kinds', 'corrected', 'source', 'page'],
      rows: dataset.organizations.map((record) => ({id: record.id, name: record.name, country: record.country, kinds: list(record.kinds), ...correctedColumn(record.corrected), ...sourceColumns(record.source)}))
    },
    {
      name: 'relations',
      columns: ['subject', 'predicate', 'object', ...relationReferences, 'source', 'page'],
      rows: dataset.relations.map((record) => ({
        subject: record.subject,
        predicate: record.predicate,
        object: record.object,
        ...references(record, allianceIds),
        ...sourceColumns(record.source)
      }))
    }
  ]
}

/**
 * `alliances.csv`, `platforms.csv`, `organizations.csv` and `relations.csv`:
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

/** The columns a row maker gives, in order, read off an empty record so no list is written twice. */
function columnsOf<T>(row: (record: T) => Row): string[] {
  const empty = {aliases: [], founders: [], members: [], developers: [], participants: [], basedOn: [], events: [], corrected: [], memberCount: null, source: {}}
  return Object.keys(row(empty as unknown as T))
}
