// @ts-check
// Plain JavaScript on purpose: the launcher (`run.js`) loads this before any
// TypeScript can be run, so that a build starts without compiling TypeScript.
import {Buffer} from 'node:buffer'
import {createHash, randomUUID} from 'node:crypto'
import {mkdir, readFile, readdir, rename, rm, stat, utimes, writeFile} from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'

const pipelineDir = path.join(import.meta.dirname, '..')
const projectRoot = path.join(pipelineDir, '..')
/**
 * Where processed sources and the pipeline's bundles are kept between builds:
 * `WHITEPAPER_DATASETS_CACHE` if set, else in `node_modules/`, which is never
 * committed.
 */
export const cacheDir = process.env.WHITEPAPER_DATASETS_CACHE
  ? path.resolve(process.env.WHITEPAPER_DATASETS_CACHE)
  : path.join(projectRoot, 'node_modules/.cache/whitepaper-datasets')
/** The pipeline's entry points that are run from a bundle, by the name of their bundled file. */
const entries = {cli: 'build/cli.ts', 'diff-cli': 'diff/diff-cli.ts', 'source-worker': 'build/source-worker.ts'}
/** The file in each version folder that says this build made it: only folders holding it are ever removed. */
const ownMarker = '.whitepaper-datasets-cache'
/** What a folder of another pipeline version is kept for after its last use: a build started before the pipeline changed may still need it. */
const staleAfter = 60 * 60 * 1000

/**
 * A hash of a project's pipeline code, its schemas and its locked
 * dependencies: what the pipeline's results depend on besides the sources.
 * @param {string} root
 * @returns {Promise<string>}
 */
export async function projectVersion(root) {
  const hash = createHash('sha256')
  const files = [
    ...(await readdir(path.join(root, 'pipeline'), {recursive: true})).map((file) => path.join('pipeline', file)),
    'schemas/dataset.ts',
    'schemas/validators.js',
    'package-lock.json'
  ]
    .filter((file) => /\.(ts|js|json)$/.test(file))
    .map((file) => file.split(path.sep).join('/'))
    .sort()
  const contents = await Promise.all(files.map((file) => readFile(path.join(root, file)).catch(() => Buffer.alloc(0))))
  files.forEach((file, index) => hash.update(file).update(/** @type {Buffer} */ (contents[index])))
  return hash.digest('hex')
}

/** @type {Promise<string> | undefined} */
let version

/**
 * This pipeline's version (`projectVersion` of this project). A change to
 * its code, its schemas or its dependencies makes every cached source and
 * bundle stale.
 * @returns {Promise<string>}
 */
export function pipelineVersion() {
  version ??= projectVersion(projectRoot)
  return version
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

/** @type {Promise<string> | undefined} */
let folderMade

/**
 * The folder holding the pipeline's entry points as JavaScript (`cli.mjs`,
 * `diff-cli.mjs`, `source-worker.mjs` and the chunks they share), bundled by
 * esbuild once per pipeline version. Packages are bundled too (esbuild stays
 * outside): loading one file is much faster than resolving and reading
 * hundreds; code loaded lazily stays in chunks of its own.
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
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, path.join(pipelineDir, file)])),
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['esbuild'],
    banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
    outdir: temporary,
    // \`.mjs\`: Node takes them as modules without looking for a package.json above the cache or reading them to guess
    outExtension: {'.js': '.mjs'},
    // the bundle lives in the cache; code that finds files from its own folder must still find them: every
    // module of the bundle sees this one's folder (the project is found above it, and packages from it)
    define: {'import.meta.dirname': JSON.stringify(import.meta.dirname)},
    logLevel: 'silent'
  })
  await writeFile(path.join(temporary, 'done'), '')
  await rename(temporary, folder).catch(async (error) => {
    await rm(temporary, {recursive: true, force: true})
    if (!(await exists(done))) throw error
  })
  return folder
}

/** @param {string} file */
function exists(file) {
  return stat(file).then(
    () => true,
    () => false
  )
}
