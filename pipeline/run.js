// @ts-check
// `node pipeline/run.js ENTRY [ARGS...]`: run one of the pipeline's entry
// points (`cli`, `diff-cli`) from its JavaScript bundle, made on first use of
// each pipeline version, instead of compiling the TypeScript on every start.
import path from 'node:path'
import process from 'node:process'
import {pathToFileURL} from 'node:url'
import {bundleFolder} from './bundle-pipeline.js'

const [entry, ...args] = process.argv.slice(2)
if (entry !== 'cli' && entry !== 'diff-cli') {
  process.stderr.write('Usage: node pipeline/run.js cli|diff-cli [ARGS...]\n')
  process.exit(2)
}
const script = path.join(await bundleFolder(), `${entry}.js`)
process.argv = [process.argv[0] ?? 'node', script, ...args]
await import(pathToFileURL(script).href)
