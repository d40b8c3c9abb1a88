import {Ajv2020, type ErrorObject, type ValidateFunction} from 'ajv/dist/2020.js'
import type {VFile} from 'vfile'
import {Alliance, Dataset, Organization, Platform, Relation} from '../../schemas/dataset.ts'
import {relationKey} from '../extract/to-records.ts'
import {placeOf} from '../read/source-lines.ts'

// The schemas are generated from schemas/dataset.ts and checked against the
// 2020-12 meta-schema by a test; compiling the meta-schema on every run would
// cost more than validating a whole source.
const ajv = new Ajv2020({allErrors: true, strict: true, strictTuples: false, validateSchema: false})
const schemas = {alliances: Alliance, platforms: Platform, organizations: Organization, relations: Relation}
type Kind = keyof typeof schemas
const compiled: Partial<Record<Kind, ValidateFunction>> = {}

/** Compiled once, on first use, then used for every record of every source. */
function validator(kind: Kind): ValidateFunction {
  return (compiled[kind] ??= ajv.compile(schemas[kind]))
}

let datasetValidator: ValidateFunction | undefined

/** The whole dataset against `dataset.schema.json`. */
export function validateDataset(dataset: unknown): {valid: boolean; errors: ErrorObject[]} {
  datasetValidator ??= ajv.compile(Dataset)
  const valid = datasetValidator(dataset)
  return {valid, errors: datasetValidator.errors ?? []}
}

const source = 'validate'

/**
 * Check every record against its JSON Schema. A record that fails is an
 * error at the record's own place in the source, and stops the build.
 */
export default function validate() {
  return function (_tree: unknown, file: VFile) {
    const place = placeOf(file)
    const dataset = file.data.dataset
    const positions = file.data.positions
    if (!dataset || !positions) return
    for (const kind of Object.keys(schemas) as Kind[]) {
      const check = validator(kind)
      for (const record of dataset[kind] as Array<{id?: string; subject?: string; predicate?: string; object?: string}>) {
        const valid: boolean = check(record)
        if (valid) continue
        const key = record.id ?? relationKey(record as Parameters<typeof relationKey>[0])
        for (const error of simplify(check.errors ?? [])) {
          const message = file.message(`${describe(kind, record)}: ${explain(error)}`, {
            place: place.toPoint(positions[kind][key]?.offset ?? 0),
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
