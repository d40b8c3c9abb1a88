import type {TSchema} from '@sinclair/typebox'
import {Alliance, Organization, Platform, Relation} from '../../schemas/dataset.ts'
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
  page: ['source', 'page'],
  subjectAlliance: ['subject'],
  subjectPlatform: ['subject'],
  objectOrganization: ['object'],
  objectPlatform: ['object']
}

const schemas: Readonly<Record<Table['name'], TSchema>> = {alliances: Alliance, platforms: Platform, organizations: Organization, relations: Relation}

/**
 * `datapackage.json`: a Frictionless Data Package describing every CSV with a
 * Table Schema whose fields, types and descriptions come from the JSON
 * Schemas, with `id` as primary key and foreign keys from relations.csv to
 * the record tables.
 */
export function writeDatapackage(tables: readonly Table[]): string {
  const resources = tables.map((table) => ({
    name: table.name,
    path: `${table.name}.csv`,
    profile: 'tabular-data-resource',
    title: String(schemas[table.name].title ?? table.name),
    description: String(schemas[table.name].description ?? ''),
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: {delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true},
    schema: {
      fields: table.columns.map((column) => field(schemas[table.name], column)),
      missingValues: [''],
      primaryKey: table.columns.includes('id') ? ['id'] : ['subject', 'predicate', 'object'],
      ...(table.name === 'relations' ? {foreignKeys: foreignKeys()} : {})
    }
  }))
  const datapackage = {
    profile: 'tabular-data-package',
    name: 'whitepaper-datasets',
    title: 'Alliances and platforms read from white papers',
    description: 'Every record points back at the source and page it was read from; exact lines are in positions.json.',
    resources
  }
  return `${JSON.stringify(datapackage, null, 2)}\n`
}

function foreignKeys() {
  const targets: Record<(typeof relationReferences)[number], string> = {
    subjectAlliance: 'alliances',
    subjectPlatform: 'platforms',
    objectOrganization: 'organizations',
    objectPlatform: 'platforms'
  }
  return relationReferences.map((column) => ({fields: [column], reference: {resource: targets[column], fields: ['id']}}))
}

function field(schema: TSchema, column: string) {
  const path = flattened[column] ?? [column]
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
