import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {Validator} from '@cfworker/json-schema'
import {Ajv2020} from 'ajv/dist/2020.js'
import {parse} from 'csv-parse/sync'
import {describe, expect, it} from 'vitest'
import {jsonSchema, schemaFiles} from '../../schemas/dataset.ts'
import type {Dataset} from '../../schemas/dataset.ts'
import {standaloneTypes, standaloneValidators} from '../../schemas/standalone.ts'
import * as precompiled from '../../schemas/validators.js'
import {kinds} from '../../pipeline/dataset/kinds.ts'
import {ajvOptions, tableSchemas} from '../../pipeline/dataset/table-schemas.ts'

import {build, project} from '../helpers/cli.ts'

const root = path.join(import.meta.dirname, '../..')
// a fresh build of sources/, not the committed out/ (which `npm run build -- --check` keeps honest)
const fresh = await project()
if ((await build(fresh, '--no-cache')).code !== 0) throw new Error('the build of sources/ failed')
const out = (name: string) => readFileSync(path.join(fresh, 'out', name), 'utf8')
const dataset = JSON.parse(out('dataset.json')) as Dataset
const readCsv = (name: string) => parse(out(name), {columns: true, bom: false}) as Array<Record<string, string>>
const lines = (cell: string | undefined) => (cell ? cell.split('\n') : [])
const cell = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value))

describe('schemas', () => {
  it('in schemas/ are the ones generated from schemas/dataset.ts', () => {
    for (const name of Object.keys(schemaFiles) as Array<keyof typeof schemaFiles>) {
      const written = JSON.parse(readFileSync(path.join(root, 'schemas', `${name}.schema.json`), 'utf8'))
      expect(written, `${name}.schema.json is stale: run npm run schemas`).toEqual(jsonSchema(name))
    }
  })

  it('compiled ahead into schemas/validators.js are the ones generated from them now', () => {
    expect(readFileSync(path.join(root, 'schemas/validators.js'), 'utf8'), 'validators.js is stale: run npm run schemas').toBe(standaloneValidators())
    expect(readFileSync(path.join(root, 'schemas/validators.d.ts'), 'utf8'), 'validators.d.ts is stale: run npm run schemas').toBe(standaloneTypes())
  })

  it('compiled ahead find what the schemas compiled now find in a broken record', () => {
    const record = {...dataset.alliances[0]!, id: 'Not An Id', founders: [{name: '', country: 'usa', kind: null}], extra: 1}
    const compiled = new Ajv2020({...ajvOptions}).compile(tableSchemas(kinds).find(([table]) => table === 'alliances')![1])
    expect(precompiled.alliances(record)).toBe(false)
    expect(compiled(record)).toBe(false)
    expect(precompiled.alliances.errors!.map((error) => [error.instancePath, error.keyword])).toEqual(compiled.errors!.map((error) => [error.instancePath, error.keyword]))
    expect(precompiled.alliances.errors!.map((error) => error.instancePath)).toEqual(expect.arrayContaining(['', '/id', '/founders/0/name', '/founders/0/country']))
  })

  it('are valid JSON Schemas (2020-12): the build skips this check when it compiles them', () => {
    const ajv = new Ajv2020({strict: true, strictTuples: false})
    for (const name of Object.keys(schemaFiles) as Array<keyof typeof schemaFiles>) {
      const valid = ajv.validateSchema(jsonSchema(name))
      expect(ajv.errors ?? [], name).toEqual([])
      expect(valid, name).toBe(true)
    }
  })

  it('accept out/dataset.json with a validator other than the one the build uses', () => {
    const schema = JSON.parse(readFileSync(path.join(root, 'schemas/dataset.schema.json'), 'utf8'))
    const result = new Validator(schema, '2020-12').validate(dataset)
    expect(result.errors).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('reject a record that breaks them', () => {
    const schema = JSON.parse(readFileSync(path.join(root, 'schemas/dataset.schema.json'), 'utf8'))
    const broken = structuredClone(dataset)
    broken.alliances[0]!.founders[0]!.country = 'usa'
    expect(new Validator(schema, '2020-12').validate(broken).valid).toBe(false)
  })
})

describe('CSV files', () => {
  it('are RFC 4180: CRLF line ends, UTF-8 without BOM, one header row', () => {
    for (const name of readdirSync(path.join(root, 'out')).filter((file) => file.endsWith('.csv'))) {
      const text = out(name)
      expect(text.charCodeAt(0)).not.toBe(0xfeff)
      expect(text.endsWith('\r\n')).toBe(true)
      const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '""')
      expect(outsideQuotes.match(/\n/g)?.length).toBe(outsideQuotes.match(/\r\n/g)?.length)
    }
  })

  it('read back into the values of dataset.json', () => {
    const alliances = readCsv('alliances.csv')
    expect(alliances).toHaveLength(dataset.alliances.length)
    dataset.alliances.forEach((record, index) => {
      const row = alliances[index]!
      expect(row.id).toBe(record.id)
      expect(row.name).toBe(record.name)
      expect(lines(row.aliases)).toEqual(record.aliases)
      expect(lines(row.founders)).toEqual(record.founders.map((party) => party.name))
      expect(lines(row.members)).toEqual(record.members.map((party) => party.name))
      expect(row.founded).toBe(cell(record.founded))
      expect(row.memberCount).toBe(cell(record.memberCount?.value))
      expect(row.memberCountQualifier).toBe(cell(record.memberCount?.qualifier))
      expect(row.memberCountAsOf).toBe(cell(record.memberCount?.asOf))
      expect(lines(row.eventDates)).toEqual(record.events.map((event) => event.date))
      expect(lines(row.eventTexts)).toEqual(record.events.map((event) => event.text))
      expect(row.description).toBe(record.description)
      expect([row.source, row.page]).toEqual([record.source.source, record.source.page].map(cell))
    })
    const platforms = readCsv('platforms.csv')
    dataset.platforms.forEach((record, index) => {
      const row = platforms[index]!
      expect([row.id, row.name, row.origin, row.launched]).toEqual([record.id, record.name, cell(record.origin), cell(record.launched)])
      expect(lines(row.developers)).toEqual(record.developers.map((party) => party.name))
      expect(lines(row.participants)).toEqual(record.participants.map((party) => party.name))
      expect(lines(row.basedOn)).toEqual(record.basedOn)
      expect(lines(row.aliases)).toEqual(record.aliases)
    })
    const organizations = readCsv('organizations.csv')
    expect(organizations.map((row) => [row.id, row.name, row.country, lines(row.kinds)])).toEqual(
      dataset.organizations.map((record) => [record.id, record.name, cell(record.country), record.kinds])
    )
    const relations = readCsv('relations.csv')
    expect(relations.map((row) => [row.subject, row.predicate, row.object, row.page])).toEqual(
      dataset.relations.map((record) => [record.subject, record.predicate, record.object, cell(record.source.page)])
    )
  })
})

describe('datapackage.json', () => {
  const datapackage = JSON.parse(out('datapackage.json')) as {
    name: string
    profile: string
    resources: Array<{
      name: string
      path: string
      profile: string
      schema: {
        fields: Array<{name: string; type: string; constraints?: {enum?: string[]}}>
        primaryKey?: string[]
        missingValues: string[]
        foreignKeys?: Array<{fields: string[]; reference: {resource: string; fields: string[]}}>
      }
    }>
  }
  const rows = (resource: string) => readCsv(`${resource}.csv`)

  it('is a tabular data package with a resource for every CSV', () => {
    expect(datapackage.name).toMatch(/^[a-z0-9._-]+$/)
    expect(datapackage.profile).toBe('tabular-data-package')
    const csvs = readdirSync(path.join(root, 'out')).filter((file) => file.endsWith('.csv')).sort()
    expect(datapackage.resources.map((resource) => resource.path).sort()).toEqual(csvs)
    for (const resource of datapackage.resources) {
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/)
      expect(resource.profile).toBe('tabular-data-resource')
    }
  })

  it('has fields that match the CSV headers exactly, and values of their types', () => {
    for (const resource of datapackage.resources) {
      const header = out(resource.path).split('\r\n')[0]!.split(',')
      expect(resource.schema.fields.map((field) => field.name)).toEqual(header)
      for (const row of rows(resource.name)) {
        for (const field of resource.schema.fields) {
          const value = row[field.name]!
          if (resource.schema.missingValues.includes(value)) continue
          if (field.type === 'integer') expect(value).toMatch(/^-?\d+$/)
          if (field.constraints?.enum) expect(field.constraints.enum).toContain(value)
        }
      }
    }
  })

  it('has primary keys that are unique and foreign keys that resolve', () => {
    let resolved = 0
    for (const resource of datapackage.resources) {
      if (resource.schema.primaryKey) {
        const keys = rows(resource.name).map((row) => resource.schema.primaryKey!.map((field) => row[field]).join('\u0000'))
        expect(new Set(keys).size).toBe(keys.length)
      }
      for (const key of resource.schema.foreignKeys ?? []) {
        const targets = new Set(rows(key.reference.resource).map((row) => row[key.reference.fields[0]!]))
        const values = rows(resource.name).map((row) => row[key.fields[0]!]).filter((value) => value !== '')
        resolved += values.length
        for (const value of values) expect(targets.has(value), `${key.fields[0]} ${value}`).toBe(true)
      }
    }
    expect(resolved).toBe(dataset.relations.length * 2)
  })
})
