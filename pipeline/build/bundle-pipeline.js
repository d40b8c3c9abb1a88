// @ts-check
// Plain JavaScript on purpose: the launcher (`run.js`) and the build's worker
// threads (`worker.js`) load this before any TypeScript can be run, so that a
// build starts without compiling TypeScript.
import {randomUUID} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {readFile, rename, rm, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import process from 'node:process'
import vm from 'node:vm'
import {exists, versionFolder, writeAtomically} from './cache-folder.js'

/** The module the bundle is made from: what the launcher and the worker threads call. */
const entry = path.join(import.meta.dirname, 'entries.ts')

/** @type {Promise<string> | undefined} */
let folderMade

/**
 * The folder holding the pipeline as one JavaScript file (`pipeline.cjs`,
 * with every package it uses but esbuild), bundled by esbuild once per
 * pipeline version, and the code V8 compiled from it (`pipeline.code-cache`).
 * @returns {Promise<string>}
 */
export function bundleFolder() {
  folderMade ??= makeBundle()
  return folderMade
}

/** @returns {Promise<string>} */
async function makeBundle() {
  const folder = path.join(await versionFolder(), 'bundle')
  const done = path.join(folder, 'done')
  if (await exists(done)) return folder
  const {build} = await import('esbuild')
  // builds running at once each bundle into a folder of their own; the first to finish wins
  const temporary = `${folder}.${process.pid}-${randomUUID()}.tmp`
  await build({
    entryPoints: {pipeline: entry},
    bundle: true,
    platform: 'node',
    // one CommonJS file: V8 can keep the code it compiles from a script (\`vm.Script\`), not yet from a module
    format: 'cjs',
    target: 'node20',
    // and the packages only some builds need, loaded from node_modules when they do (`read/load-package.ts`)
    external: ['esbuild', 'ajv', 'yaml', 'pdfjs-dist'],
    outdir: temporary,
    outExtension: {'.js': '.cjs'},
    // no comments or indentation: a third less to read at each start (names are kept, for the stacks of internal errors)
    minifyWhitespace: true,
    legalComments: 'none',
    // the bundle lives in the cache; code that finds files from its own folder must still find them: every
    // module of the bundle sees this one's folder (the project is found above it, and packages from it)
    define: {'import.meta.dirname': JSON.stringify(import.meta.dirname)},
    logLevel: 'silent'
  })
  await asciiOnly(path.join(temporary, 'pipeline.cjs'))
  await writeFile(path.join(temporary, 'done'), '')
  await rename(temporary, folder).catch(async (error) => {
    await rm(temporary, {recursive: true, force: true})
    if (!(await exists(done))) throw error
  })
  return folder
}

/**
 * Escape what esbuild leaves unescaped (the letters of the language pack's
 * regular expression literals), so that the bundle is ASCII: V8 reads an
 * ASCII file into a one-byte string, where a single letter outside ASCII made
 * every start decode the whole bundle as UTF-8 into a two-byte string (about
 * 20 ms of a one-line build). A \\uXXXX escape means the same in a pattern, a
 * string or a name, which is all a minified bundle holds.
 * @param {string} file
 */
async function asciiOnly(file) {
  const text = await readFile(file, 'utf8')
  const ascii = text.replace(/[^\0-\x7f]/gu, escapeUnits)
  if (ascii !== text) await writeFile(file, ascii)
}

/**
 * @param {string} letter
 * @returns {string}
 */
function escapeUnits(letter) {
  let escaped = ''
  for (let index = 0; index < letter.length; index++) escaped += `\\u${letter.charCodeAt(index).toString(16).padStart(4, '0')}`
  return escaped
}

/**
 * What the bundle exports (\`entries.ts\`).
 * @typedef {typeof import('./entries.ts')} Pipeline
 */

/** @type {{script: vm.Script; file: string} | undefined} */
let uncached

/**
 * Load the bundled pipeline into this thread. Most of a small build's time
 * went into parsing and compiling its two megabytes of JavaScript; V8 keeps
 * what it compiled in a file beside the bundle (\`keepCompiledCode\` writes it
 * after the first build of a version) and later starts read it back instead.
 * A cache V8 rejects (another Node, other flags) only costs the compiling.
 * @returns {Promise<Pipeline>}
 */
export async function loadPipeline() {
  const folder = await bundleFolder()
  const file = path.join(folder, 'pipeline.cjs')
  const cache = path.join(folder, 'pipeline.code-cache')
  /** @type {Buffer | undefined} */
  let cachedData
  try {
    cachedData = readFileSync(cache)
  } catch {
    cachedData = undefined
  }
  // the function CommonJS wraps a module's code in, on its first line so that lines keep their numbers
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, {filename: file, cachedData})
  if (!cachedData || script.cachedDataRejected) uncached = {script, file: cache}
  const module = {exports: {}}
  script.runInThisContext()(module.exports, createRequire(file), module, file, folder)
  return /** @type {Pipeline} */ (module.exports)
}

/**
 * Keep the code V8 compiled for the bundle, once the bundle has run (so that
 * the functions a build calls are in it), when no cache was read. A cache
 * that cannot be written is no fault: the next start compiles again.
 */
export async function keepCompiledCode() {
  if (!uncached) return
  const {script, file} = uncached
  uncached = undefined
  await writeAtomically(file, script.createCachedData())
}
