import type {ValidateFunction} from 'ajv/dist/2020.js'
import {loadPackage} from '../read/load-package.ts'
import {ajvOptions} from './table-schemas.ts'

/** Compile a schema (once: the same schema object gives the same validator every time). */
export type CompileSchema = (schema: object) => ValidateFunction

let loading: Promise<CompileSchema> | undefined

/**
 * The JSON Schema compiler (ajv), loaded on first use: a build of the
 * default kinds validates records with the code \`npm run schemas\` compiled
 * ahead, so ajv is loaded only for a corrections file, a list of known
 * entities, or a registry of other kinds. Every schema is compiled once, then
 * used for every record, correction or list of every source.
 */
export function schemaCompiler(): Promise<CompileSchema> {
  loading ??= loadPackage('ajv').then(({Ajv2020}) => {
    const ajv = new Ajv2020(ajvOptions)
    const compiled = new WeakMap<object, ValidateFunction>()
    return (schema: object) => {
      let check = compiled.get(schema)
      if (!check) compiled.set(schema, (check = ajv.compile(schema)))
      return check
    }
  })
  return loading
}
