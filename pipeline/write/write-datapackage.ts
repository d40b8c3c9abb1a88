import type {TSchema} from '@sinclair/typebox'
import {Organization} from '../../schemas/dataset.ts'
import {kinds, type Registry, schemasOf} from '../dataset/kinds.ts'
import {listSeparator, relationReferences, type Table} from './write-csv.ts'

/** Table Schema field types from JSON Schema types. */
const fieldTypes: Readonly<Record<string, string>> = {string: 'string', integer: 'integer', number: 'number', boolean: 'boolean'}

/** CSV columns that flatten a nested property: the path of the property they hold. */
const flattened: Readonly<Record<string, string[]>> = {
  memberCount: ['memberCount', 'value'],
  memberCountQualifier: ['memberCount', 'qualifier'],
  memberCountAsOf: ['memberCount', 'asOf'],
  memberCountText: ['memberCount', 'text'],
  eventDates: ['events', 'date'],
  eventTexts: ['events', 'text'],
  source: ['source', 'source'],
  page: ['source', 'page']
}

/**
 * `datapackage.json`: a Frictionless Data Package describing every CSV with a
 * Table Schema whose fields, types and descriptions come from the JSON
 * Schemas, with `id` as primary key and foreign keys from relations.csv to
 * the record tables.
 */
export function writeDatapackage(tables: readonly Table[], registry: Registry = kinds): string {
  const composed = schemasOf(registry)
  const schemas: Readonly<Record<string, TSchema>> = {...composed.records, organizations: Organization, relations: composed.Relation}
  const references = relationReferences(registry)
  const path = (column: string) => flattened[column] ?? [references.find((reference) => reference.column === column)?.end ?? column]
  const resources = tables.map((table) => ({
    name: table.name,
    path: `${table.name}.csv`,
    profile: 'tabular-data-resource',
    title: String(schemas[table.name]?.title ?? table.name),
    description: String(schemas[table.name]?.description ?? ''),
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: {delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true},
    schema: {
      fields: table.columns.map((column) => field(schemas[table.name]!, column, path(column))),
      missingValues: [''],
      primaryKey: table.columns.includes('id') ? ['id'] : ['subject', 'predicate', 'object'],
      ...(table.name === 'relations' ? {foreignKeys: references.map(({column, table}) => ({fields: [column], reference: {resource: table, fields: ['id']}}))} : {})
    }
  }))
  const datapackage = {
    profile: 'tabular-data-package',
    name: 'whitepaper-datasets',
    title: `${sayList(Object.values(registry).map((entry) => entry.table)).replace(/^./u, (first) => first.toUpperCase())} read from white papers`,
    description: 'Every record points back at the source and page it was read from; exact lines are in positions.json.',
    resources
  }
  return `${JSON.stringify(datapackage, null, 2)}\n`
}

function field(schema: TSchema, column: string, path: readonly string[]) {
  let property: TSchema | undefined = schema
  let list: TSchema | undefined
  const descend = () => {
    property = nonNull(property)
    if (property?.type === 'array') {
      list ??= property
      property = nonNull(property.items as TSchema)
    }
  }
  for (const key of path) {
    descend()
    property = property?.properties?.[key] as TSchema | undefined
  }
  descend()
  const type = list || !property ? 'string' : (fieldTypes[String(property.type)] ?? 'string')
  const text = list?.description && path.length === 1 ? list.description : property?.description
  const description = [text, list ? `A list: one item per line (the separator is ${JSON.stringify(listSeparator)}).` : undefined].filter(Boolean).join(' ')
  const values = property && Array.isArray(property.anyOf) ? property.anyOf.map((option: TSchema) => option.const).filter((value: unknown) => typeof value === 'string') : []
  return {
    name: column,
    type,
    ...(description ? {description} : {}),
    ...(!list && values.length > 0 ? {constraints: {enum: values}} : {})
  }
}

/** The schema inside `X | null`, or the schema itself. */
function nonNull(schema: TSchema | undefined): TSchema | undefined {
  if (!schema?.anyOf) return schema
  const options = (schema.anyOf as TSchema[]).filter((option) => option.type !== 'null')
  return options.length === 1 ? options[0] : schema
}

/** Words as a sentence lists them: \`a\`, \`a and b\`, \`a, b and c\`. */
function sayList(words: readonly string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`
}
