// @ts-check
// `node pipeline/build/run.js ENTRY [ARGS...]`: run one of the pipeline's
// commands (`cli`: `npm run build`, `diff-cli`: `npm run diff`) from its
// JavaScript bundle, made on first use of each pipeline version, instead of
// compiling the TypeScript on every start.
import path from 'node:path'
import process from 'node:process'
import {pathToFileURL} from 'node:url'
import v8 from 'node:v8'
import {keepCompiledCode, loadPipeline} from './bundle-pipeline.js'

// the pipeline runs each of its large patterns many times: compiled to machine code at first use, not
// interpreted first and compiled again once hot (the same results in less time). Set here, before any
// pattern of the pipeline is compiled and before any other thread starts: the flag is the whole process's
v8.setFlagsFromString('--no-regexp-tier-up')

const [entry, ...args] = process.argv.slice(2)
if (entry !== 'cli' && entry !== 'diff-cli') {
  process.stderr.write('Usage: node pipeline/build/run.js cli|diff-cli [ARGS...]\n')
  process.exit(2)
}
/** @type {Awaited<ReturnType<typeof loadPipeline>> | undefined} */
let pipeline
try {
  pipeline = await loadPipeline()
} catch (error) {
  // no bundle (a cache that cannot be written, say): run the TypeScript itself, which only starts slower
  process.stderr.write(`Cannot bundle the pipeline into its cache (${error instanceof Error ? error.message : String(error)}); running its TypeScript through tsx.\n`)
}
if (pipeline) {
  const io = {cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr}
  process.exitCode = await (entry === 'cli' ? pipeline.buildCommand(args, io) : pipeline.diffCommand(args, io))
  await keepCompiledCode()
} else {
  const {register} = await import('tsx/esm/api')
  register()
  const script = path.join(import.meta.dirname, entry === 'cli' ? 'cli.ts' : '../diff/diff-cli.ts')
  process.argv = [process.argv[0] ?? 'node', script, ...args]
  await import(pathToFileURL(script).href)
}
