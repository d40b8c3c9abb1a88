import {Organization} from '../../schemas/dataset.ts'
import {type Registry, schemasOf} from './kinds.ts'

/** How every schema of the dataset is compiled: at run time, and into \`schemas/validators.js\` by \`npm run schemas\`. */
export const ajvOptions = {allErrors: true, strict: true, strictTuples: false, validateSchema: false} as const

/** The schema of each list of a source's records: one per kind of the registry, organisations and relations. */
export function tableSchemas(registry: Registry): Array<[string, object]> {
  const schemas = schemasOf(registry)
  return [...Object.entries(schemas.records), ['organizations', Organization], ['relations', schemas.Relation]]
}
