import {Ajv2020, type ErrorObject, type ValidateFunction} from 'ajv/dist/2020.js'
import type {VFile} from 'vfile'
import {Organization} from '../../schemas/dataset.ts'
import {relationKey} from '../extract/to-records.ts'
import {kinds, type Registry, schemasOf} from './kinds.ts'
import {placeOf} from '../read/source-lines.ts'

// The schemas are generated from schemas/dataset.ts and checked against the
// 2020-12 meta-schema by a test; compiling the meta-schema on every run would
// cost more than validating a whole source.
const ajv = new Ajv2020({allErrors: true, strict: true, strictTuples: false, validateSchema: false})
const compiled = new WeakMap<object, ValidateFunction>()

/** A schema compiled once, on first use, then used for every record of every source. */
function validator(schema: object): ValidateFunction {
  let check = compiled.get(schema)
  if (!check) compiled.set(schema, (check = ajv.compile(schema)))
  return check
}

/** The schema of each list of a source's records: one per kind of the registry, organisations and relations. */
function tableSchemas(registry: Registry): Array<[string, object]> {
  const schemas = schemasOf(registry)
  return [...Object.entries(schemas.records), ['organizations', Organization], ['relations', schemas.Relation]]
}

/** The whole dataset against `dataset.schema.json` (or the schema of the registry's kinds). */
export function validateDataset(dataset: unknown, registry: Registry = kinds): {valid: boolean; errors: ErrorObject[]} {
  const check = validator(schemasOf(registry).Dataset)
  const valid = check(dataset)
  return {valid, errors: check.errors ?? []}
}

const source = 'validate'

/**
 * Check every record against its JSON Schema. A record that fails is an
 * error at the record's own place in the source, and stops the build.
 */
export default function validate(options: {kinds?: Registry} = {}) {
  const tables = tableSchemas(options.kinds ?? kinds)
  return function (_tree: unknown, file: VFile) {
    const place = placeOf(file)
    const dataset = file.data.dataset
    const positions = file.data.positions
    if (!dataset || !positions) return
    for (const [kind, schema] of tables) {
      const check = validator(schema)
      for (const record of (dataset[kind] ?? []) as Array<{id?: string; subject?: string; predicate?: string; object?: string}>) {
        const valid: boolean = check(record)
        if (valid) continue
        const key = record.id ?? relationKey(record as Parameters<typeof relationKey>[0])
        for (const error of simplify(check.errors ?? [])) {
          const message = file.message(`${describe(kind, record)}: ${explain(error)}`, {
            place: place.toPoint((positions as unknown as Record<string, Record<string, {offset: number}>>)[kind]?.[key]?.offset ?? 0),
            ruleId: `schema-${error.keyword}`,
            source
          })
          message.fatal = true
          message.note = `At ${kind}${error.instancePath || '/'} of the dataset.`
        }
      }
    }
  }
}

/**
 * One error per problem: a nullable field that fails makes ajv report each
 * branch of its `anyOf` (the pattern, "must be null", "must match a schema in
 * anyOf"); only the errors that say what is wrong are kept.
 */
function simplify(errors: readonly ErrorObject[]): ErrorObject[] {
  const telling = (error: ErrorObject) => error.keyword !== 'anyOf' && !(error.keyword === 'type' && error.params.type === 'null')
  return errors.filter((error) => telling(error) || !errors.some((other) => other !== error && other.instancePath === error.instancePath && telling(other)))
}

function describe(kind: string, record: object): string {
  const name = 'name' in record ? String(record.name) : 'id' in record ? String(record.id) : ''
  return `${kind.replace(/s$/, '')} \`${name}\``
}

function explain(error: ErrorObject): string {
  const where = error.instancePath ? `\`${error.instancePath}\` ` : ''
  return `${where}${error.message ?? 'is not valid'}`
}
