// @ts-check
// `node pipeline/build/run.js ENTRY [ARGS...]`: run one of the pipeline's entry
// points (`cli`, `diff-cli`) from its JavaScript bundle, made on first use of
// each pipeline version, instead of compiling the TypeScript on every start.
import path from 'node:path'
import process from 'node:process'
import {pathToFileURL} from 'node:url'
import {bundleFolder} from './bundle-pipeline.js'

const [entry, ...args] = process.argv.slice(2)
if (entry !== 'cli' && entry !== 'diff-cli') {
  process.stderr.write('Usage: node pipeline/build/run.js cli|diff-cli [ARGS...]\n')
  process.exit(2)
}
/** @type {string} */
let script
try {
  script = path.join(await bundleFolder(), `${entry}.mjs`)
} catch (error) {
  // no bundle (a cache that cannot be written, say): run the TypeScript itself, which only starts slower
  process.stderr.write(`Cannot bundle the pipeline into its cache (${error instanceof Error ? error.message : String(error)}); running its TypeScript through tsx.\n`)
  const {register} = await import('tsx/esm/api')
  register()
  script = path.join(import.meta.dirname, entry === 'cli' ? 'cli.ts' : '../diff/diff-cli.ts')
}
process.argv = [process.argv[0] ?? 'node', script, ...args]
await import(pathToFileURL(script).href)
