// @ts-check
// Plain JavaScript on purpose: the launcher (`run.js`) loads this before any
// TypeScript can be run, to find the bundle of this pipeline version.
import {Buffer} from 'node:buffer'
import {createHash, randomUUID} from 'node:crypto'
import {readdirSync, statSync} from 'node:fs'
import {mkdir, readFile, readdir, rename, rm, stat, utimes, writeFile} from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'

const projectRoot = path.join(import.meta.dirname, '../..')
/**
 * Where processed sources and the pipeline's bundles are kept between builds:
 * `WHITEPAPER_DATASETS_CACHE` if set, else in `node_modules/`, which is never
 * committed.
 */
export const cacheDir = process.env.WHITEPAPER_DATASETS_CACHE
  ? path.resolve(process.env.WHITEPAPER_DATASETS_CACHE)
  : path.join(projectRoot, 'node_modules/.cache/whitepaper-datasets')
/** The file in each version folder that says this build made it: only folders holding it are ever removed. */
const ownMarker = '.whitepaper-datasets-cache'
/** What a folder of another pipeline version is kept for after its last use: a build started before the pipeline changed may still need it. */
const staleAfter = 60 * 60 * 1000

/** The files a project's pipeline results depend on besides the sources, relative to its root, sorted. */
/** @param {string} root */
function versionFiles(root) {
  /** @type {string[]} */
  const found = []
  /** @param {string} folder */
  const walk = (folder) => {
    for (const entry of readdirSync(path.join(root, folder), {withFileTypes: true})) {
      const file = `${folder}/${entry.name}`
      if (entry.isDirectory()) walk(file)
      else if (/\.(ts|js|json)$/.test(entry.name)) found.push(file)
    }
  }
  walk('pipeline')
  return [...found, 'schemas/dataset.ts', 'schemas/validators.js', 'package-lock.json'].sort()
}

/**
 * A hash of a project's pipeline code, its schemas and its locked
 * dependencies: what the pipeline's results depend on besides the sources.
 * Reading and hashing them all takes longer than the rest of a small build's
 * start, so the hash is kept in the cache beside what identifies each file's
 * present contents (size, inode, change time: a write always moves the
 * change time, which no tool can set back) and read again only when one of
 * them moved.
 * @param {string} root
 * @param {string} [memo] the file the hash is kept in between starts (none: hashed every time)
 * @returns {Promise<string>}
 */
export async function projectVersion(root, memo) {
  const files = versionFiles(root)
  const stamps = files.map((file) => {
    const info = statSync(path.join(root, file), {bigint: true, throwIfNoEntry: false})
    return info ? `${file} ${info.size} ${info.ino} ${info.ctimeNs} ${info.mtimeNs}` : `${file} missing`
  })
  const stamp = createHash('sha256').update(stamps.join('\n')).digest('hex')
  const kept = memo ? await readFile(memo, 'utf8').then((text) => JSON.parse(text), () => undefined) : undefined
  if (kept?.stamp === stamp && typeof kept.version === 'string') return kept.version
  const hash = createHash('sha256')
  const contents = await Promise.all(files.map((file) => readFile(path.join(root, file)).catch(() => Buffer.alloc(0))))
  files.forEach((file, index) => hash.update(file).update(/** @type {Buffer} */ (contents[index])))
  const version = hash.digest('hex')
  // kept for the next start; a cache that cannot be written only costs the next start the hashing again
  if (memo) await writeAtomically(memo, `${JSON.stringify({stamp, version})}\n`)
  return version
}

/**
 * Write a file of the cache whole or not at all: into a file of its own first
 * (named by this process and a random id, so threads and builds at once never
 * share one), then renamed over the file. A cache that cannot be written is no
 * fault: the file is left as it was, and nothing is left beside it.
 * @param {string} file
 * @param {string | Uint8Array} content
 */
export async function writeAtomically(file, content) {
  const temporary = `${file}.${process.pid}-${randomUUID()}.tmp`
  await mkdir(path.dirname(file), {recursive: true})
    .then(() => writeFile(temporary, content))
    .then(() => rename(temporary, file))
    .catch(() => rm(temporary, {force: true}).catch(() => undefined))
}

/** Where this pipeline's version is kept once computed: the launcher and the bundle it starts each hold a copy of this module. */
const versionSlot = Symbol.for('whitepaper-datasets.pipeline-version')

/**
 * This pipeline's version (`projectVersion` of this project). A change to
 * its code, its schemas or its dependencies makes every cached source and
 * bundle stale.
 * @returns {Promise<string>}
 */
export function pipelineVersion() {
  const slots = /** @type {Record<symbol, Promise<string> | undefined>} */ (/** @type {unknown} */ (globalThis))
  slots[versionSlot] ??= projectVersion(projectRoot, path.join(cacheDir, 'version.json'))
  return /** @type {Promise<string>} */ (slots[versionSlot])
}

/** @type {Promise<string> | undefined} */
let folderOpened

/**
 * The cache folder of this pipeline version (its bundle, its processed
 * sources, its build manifests), marked as used now; folders of other
 * versions unused for an hour are removed.
 * @returns {Promise<string>}
 */
export function versionFolder() {
  folderOpened ??= (async () => {
    const folder = path.join(cacheDir, (await pipelineVersion()).slice(0, 16))
    await mkdir(folder, {recursive: true})
    await writeFile(path.join(folder, ownMarker), 'A pipeline version folder of the whitepaper-datasets build cache.\n')
    const now = new Date()
    await utimes(folder, now, now)
    await removeStale(path.basename(folder))
    return folder
  })()
  return folderOpened
}

/**
 * Remove the version folders of other pipeline versions unused for an hour.
 * Only folders this build made (named by a version, holding its marker) are
 * touched: the cache folder may be one a person chose, holding other things.
 * @param {string} keep
 */
async function removeStale(keep) {
  for (const other of await readdir(cacheDir).catch(() => [])) {
    if (other === keep || !/^[0-9a-f]{16}$/.test(other)) continue
    if (!(await exists(path.join(cacheDir, other, ownMarker)))) continue
    const used = await stat(path.join(cacheDir, other)).then((info) => info.mtimeMs, () => Date.now())
    if (Date.now() - used > staleAfter) await rm(path.join(cacheDir, other), {recursive: true, force: true})
  }
}

/** @param {string} file */
export function exists(file) {
  return stat(file).then(
    () => true,
    () => false
  )
}
