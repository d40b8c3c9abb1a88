import {stringify} from 'csv-stringify/sync'
import type {Alliance, Count, Dataset, Event, Party, Platform, SourcePage} from '../schemas/dataset.ts'

/**
 * The separator of the items of a list in one cell. Values are single lines
 * (the schemas forbid line breaks in names and texts), so a line break can
 * never occur inside an item, and a spreadsheet shows one item per line.
 */
export const listSeparator = '\n'

type Row = Record<string, string | number | null>

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
  ...sourceColumns(record.source)
})

/** One RFC 4180 table: a header row, CRLF line ends, UTF-8 without BOM, columns in a fixed order. */
function table(rows: readonly Row[], columns: readonly string[]): string {
  return stringify(rows as Row[], {header: true, columns: [...columns], record_delimiter: 'windows', quoted_match: /[\r\n]/, cast: {number: String}})
}

/** `alliances.csv`, `platforms.csv`, `organizations.csv` and `relations.csv`. */
export function writeCsv(dataset: Dataset): Map<string, string> {
  const alliances = dataset.alliances.map(alliance)
  const platforms = dataset.platforms.map(platform)
  const organizations = dataset.organizations.map((record): Row => ({
    id: record.id,
    name: record.name,
    country: record.country,
    kinds: list(record.kinds),
    ...sourceColumns(record.source)
  }))
  const relations = dataset.relations.map((record): Row => ({
    subject: record.subject,
    predicate: record.predicate,
    object: record.object,
    ...sourceColumns(record.source)
  }))
  return new Map([
    ['alliances.csv', table(alliances, columnsOf(alliance))],
    ['platforms.csv', table(platforms, columnsOf(platform))],
    ['organizations.csv', table(organizations, ['id', 'name', 'country', 'kinds', 'source', 'page'])],
    ['relations.csv', table(relations, ['subject', 'predicate', 'object', 'source', 'page'])]
  ])
}

/** The columns a row maker gives, in order, read off an empty record so no list is written twice. */
function columnsOf<T>(row: (record: T) => Row): string[] {
  const empty = {aliases: [], founders: [], members: [], developers: [], participants: [], basedOn: [], events: [], memberCount: null, source: {}}
  return Object.keys(row(empty as unknown as T))
}
