import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {jsonSchema, schemaFiles} from './dataset.ts'

/** Write every schema of `dataset.ts` as `schemas/<name>.schema.json`. */
for (const name of Object.keys(schemaFiles) as Array<keyof typeof schemaFiles>) {
  const file = path.join(import.meta.dirname, `${name}.schema.json`)
  writeFileSync(file, `${JSON.stringify(jsonSchema(name), null, 2)}\n`)
}
