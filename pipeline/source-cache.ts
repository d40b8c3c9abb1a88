import {createHash} from 'node:crypto'
import {mkdir, readFile, readdir, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {cacheDir, pipelineVersion} from './bundle-pipeline.js'
import type {SourceResult} from './process-source.ts'

/** The cache key of a source: the pipeline's version, where the source is, and its bytes. */
export async function cacheKey(absolute: string, cwd: string): Promise<string | undefined> {
  const bytes = await readFile(absolute).catch(() => undefined)
  if (!bytes) return undefined
  return createHash('sha256')
    .update(await pipelineVersion())
    .update(path.relative(cwd, absolute))
    .update(bytes)
    .digest('hex')
}

export async function readCached(key: string): Promise<SourceResult | undefined> {
  return readFile(path.join(cacheDir, `${key}.json`), 'utf8').then(
    (text) => JSON.parse(text) as SourceResult,
    () => undefined
  )
}

/**
 * Keep a processed source with its messages, so a rebuild reports its
 * warnings again rather than passing it as clean; a source with an error is
 * not kept.
 */
export async function writeCached(key: string, result: SourceResult): Promise<void> {
  if (result.messages.some((message) => message.fatal === true)) return
  await mkdir(cacheDir, {recursive: true})
  const temporary = path.join(cacheDir, `${key}.${process.pid}.tmp`)
  await writeFile(temporary, JSON.stringify(result))
  await rename(temporary, path.join(cacheDir, `${key}.json`))
}

/** The key of a whole build: the pipeline, the output folder and every source's key. */
export async function manifestKey(keys: readonly string[], outDir: string): Promise<string> {
  return createHash('sha256').update(await pipelineVersion()).update(outDir).update(keys.join('\n')).digest('hex')
}

const sha256 = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex')

/** Remember the files a build wrote, by hash, so the next build of the same sources can tell nothing is to be done. */
export async function writeManifest(key: string, outputs: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const files = Object.fromEntries([...outputs].map(([name, content]) => [name, sha256(content)]))
  await mkdir(cacheDir, {recursive: true})
  await writeFile(path.join(cacheDir, `build-${key}.json`), JSON.stringify(files))
}

/** Whether the output folder holds exactly the files the build of this key wrote, byte for byte. */
export async function outputsMatch(key: string, outDir: string): Promise<boolean> {
  const files = await readFile(path.join(cacheDir, `build-${key}.json`), 'utf8').then(
    (text) => JSON.parse(text) as Record<string, string>,
    () => undefined
  )
  if (!files) return false
  const present = await readdir(outDir, {recursive: true, withFileTypes: true}).catch(() => undefined)
  const names = present?.filter((entry) => entry.isFile()).map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)))
  if (!names || names.length !== Object.keys(files).length) return false
  for (const [name, hash] of Object.entries(files)) {
    const content = await readFile(path.join(outDir, name)).catch(() => undefined)
    if (!content || sha256(content) !== hash) return false
  }
  return true
}
