import type {Ajv2020} from 'ajv/dist/2020.js'
import {ajvOptions} from './table-schemas.ts'

let loading: Promise<Ajv2020> | undefined

/**
 * The JSON Schema compiler (ajv), loaded on first use: a build of the
 * default kinds validates records with the code \`npm run schemas\` compiled
 * ahead, so ajv is loaded only for a corrections file, a list of known
 * entities, or a registry of other kinds.
 */
export function schemaCompiler(): Promise<Ajv2020> {
  loading ??= import('ajv/dist/2020.js').then(({Ajv2020}) => new Ajv2020(ajvOptions))
  return loading
}
