import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {jsonSchema, schemaFiles} from './dataset.ts'
import {standaloneTypes, standaloneValidators} from './standalone.ts'

/** Write every schema of `dataset.ts` as `schemas/<name>.schema.json`, and the default registry's validators as `schemas/validators.js`. */
for (const name of Object.keys(schemaFiles) as Array<keyof typeof schemaFiles>) {
  const file = path.join(import.meta.dirname, `${name}.schema.json`)
  writeFileSync(file, `${JSON.stringify(jsonSchema(name), null, 2)}\n`)
}
writeFileSync(path.join(import.meta.dirname, 'validators.js'), standaloneValidators())
writeFileSync(path.join(import.meta.dirname, 'validators.d.ts'), standaloneTypes())
