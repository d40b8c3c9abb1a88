import {createHash} from 'node:crypto'
import {readFileSync, utimesSync} from 'node:fs'
import {access, readdir, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {pipelineVersion, versionFolder, writeAtomically} from './cache-folder.js'
import type {VFile} from 'vfile'
import type {Source} from '../read/list-sources.ts'
import {type MessageData, messageData, type SourceResult} from './process-source.ts'
import {defaultSettings, type ProcessSettings} from './process-source.ts'

/** The cache key of a source: the pipeline's version, where the source is, and its bytes. */
export async function cacheKey({absolute, id}: Source, cwd: string, settings: ProcessSettings = defaultSettings): Promise<string | undefined> {
  const bytes = readOrNothing(absolute)
  if (!bytes) return undefined
  return createHash('sha256')
    .update(await pipelineVersion())
    .update(settings.known ? (settings.extraKnown?.length ? `\0known:${JSON.stringify(settings.extraKnown)}` : '') : '\0known:none')
    .update(settings.kinds ? `\0kinds:${JSON.stringify(settings.kinds)}` : '')
    .update(settings.acrossSources?.length ? `\0across:${JSON.stringify(settings.acrossSources)}` : '')
    .update(path.relative(cwd, absolute))
    .update(`\0${id}\0`)
    .update(bytes)
    .digest('hex')
}

/** Where a processed source is kept: in the cache folder of this pipeline version. */
const cachedFile = async (key: string) => path.join(await versionFolder(), 'sources', `${key}.json`)
/** Where what a build wrote is remembered. */
const manifestFile = async (key: string) => path.join(await versionFolder(), 'builds', `${key}.json`)

/** Whether a processed source is kept under this key. */
export async function isCached(key: string): Promise<boolean> {
  return cachedFile(key)
    .then(access)
    .then(
      () => true,
      () => false
    )
}

/** A processed source from the cache, read at once like the sources themselves, and marked as used. */
export async function readCached(key: string): Promise<SourceResult | undefined> {
  return readEntry<SourceResult>(await cachedFile(key))
}

/**
 * Keep a processed source with its messages, so a rebuild reports its
 * warnings again rather than passing it as clean; a source with an error is
 * not kept. A cache that cannot be written is not used, and the build goes on.
 */
export async function writeCached(key: string, result: SourceResult): Promise<void> {
  if (result.messages.some((message) => message.fatal === true)) return
  const file = await cachedFile(key).catch(() => undefined)
  if (file) await writeAtomically(file, JSON.stringify(result))
}

/** The key of a whole build: the pipeline, the output folder and every source's key. */
export async function manifestKey(keys: readonly string[], outDir: string): Promise<string> {
  return createHash('sha256').update(await pipelineVersion()).update(outDir).update(keys.join('\n')).digest('hex')
}

const sha256 = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex')

/** What a build wrote, kept so that the next build of the same sources can tell that nothing is to be done. */
interface Manifest {
  /** Every output file, by its path in the output folder, with the SHA-256 of its bytes. */
  outputs: Record<string, string>
  /** Every source's path and the messages the build gave it (those of the whole dataset included), to report them again. */
  sources: Array<{path: string; messages: MessageData[]}>
}

export async function writeManifest(key: string, hashes: ReadonlyMap<string, string>, files: readonly VFile[]): Promise<void> {
  const manifest: Manifest = {
    outputs: Object.fromEntries(hashes),
    sources: files.map((file) => ({path: file.path, messages: file.messages.map(messageData)}))
  }
  const file = await manifestFile(key).catch(() => undefined)
  if (file) await writeAtomically(file, JSON.stringify(manifest))
}

/**
 * The sources and their messages as the build of this key left them, when
 * the output folder holds exactly the files that build wrote, byte for byte;
 * otherwise nothing.
 */
export async function upToDate(key: string, outDir: string): Promise<Manifest['sources'] | undefined> {
  // a cache folder that cannot be made holds no manifest
  const manifest = readEntry<Manifest>(await manifestFile(key).catch(() => undefined))
  if (!manifest?.outputs || !manifest.sources) return undefined
  const present = await readdir(outDir, {recursive: true, withFileTypes: true}).catch(() => undefined)
  const names = present?.filter((entry) => entry.isFile()).map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)))
  if (!names || names.length !== Object.keys(manifest.outputs).length) return undefined
  // small files read at once: a thread hop per file would cost more than the reading
  for (const [name, hash] of Object.entries(manifest.outputs)) {
    const content = readOrNothing(path.join(outDir, name))
    if (!content || sha256(content) !== hash) return undefined
  }
  return manifest.sources
}

function readOrNothing(file: string): Buffer | undefined {
  try {
    return readFileSync(file)
  } catch {
    return undefined
  }
}

/** How long a cached source or manifest is kept after a build last used it. */
const keptFor = 7 * 24 * 60 * 60 * 1000
/** How often a build looks for entries to remove. */
const sweepEvery = 24 * 60 * 60 * 1000

/**
 * Remove the cached sources and manifests that no build used for a week
 * (earlier versions of edited sources, sources gone), at most once a day,
 * so the cache does not grow with every edit. What the build that calls
 * this used, it read or wrote, so it is not that old.
 */
export async function sweepCache(now = Date.now()): Promise<void> {
  const folder = await versionFolder().catch(() => undefined)
  if (!folder) return
  const marker = path.join(folder, 'swept')
  const last = await stat(marker).then((info) => info.mtimeMs, () => 0)
  if (now - last < sweepEvery) return
  await writeFile(marker, '').catch(() => undefined)
  for (const kind of ['sources', 'builds']) {
    const entries = path.join(folder, kind)
    for (const name of await readdir(entries).catch(() => [])) {
      // only the entries a build writes: a key and `.json`
      if (!/^[0-9a-f]{64}\.json$/.test(name)) continue
      const file = path.join(entries, name)
      const used = await stat(file).then((info) => info.mtimeMs, () => now)
      if (now - used > keptFor) await rm(file, {force: true}).catch(() => undefined)
    }
  }
}

/** A cache entry's JSON, marked as used; nothing when it is missing or damaged. */
function readEntry<T>(file: string | undefined): T | undefined {
  const bytes = file === undefined ? undefined : readOrNothing(file)
  if (!file || !bytes) return undefined
  try {
    const entry = JSON.parse(bytes.toString('utf8')) as T
    touch(file)
    return entry
  } catch {
    return undefined
  }
}

/** Mark a cache entry as used now: the sweep goes by when each was last used. */
function touch(file: string) {
  try {
    const now = new Date()
    utimesSync(file, now, now)
  } catch {
    // an entry that cannot be marked may go in a week: it is only a cache
  }
}
