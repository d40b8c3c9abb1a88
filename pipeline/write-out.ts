import {mkdir, readFile, readdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import pMap from 'p-map'

/** Files read or written at once: enough to keep the disk busy, few enough to stay far from the limit of open files. */
export const fileConcurrency = 16

/** The files a build produces, by path relative to the output folder. */
export type Outputs = Map<string, string | Uint8Array>

/**
 * Write all outputs into a fresh folder beside `outDir`, then swap it in, so
 * a build that fails or is stopped half-way leaves the previous output as it was.
 */
export async function writeOutputs(outDir: string, outputs: Outputs): Promise<void> {
  const parent = path.dirname(outDir)
  const name = path.basename(outDir)
  await mkdir(parent, {recursive: true})
  const staging = path.join(parent, `.${name}-staging-${process.pid}`)
  const previous = path.join(parent, `.${name}-previous-${process.pid}`)
  await removeLeftovers(parent, name)
  await mkdir(staging, {recursive: true})
  const folders = new Set([...outputs.keys()].map((relative) => path.dirname(path.join(staging, relative))))
  for (const folder of [...folders].sort()) await mkdir(folder, {recursive: true})
  await pMap(outputs, ([relative, content]) => writeFile(path.join(staging, relative), content), {concurrency: fileConcurrency})
  const hadPrevious = await rename(outDir, previous).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false
      throw error
    }
  )
  await rename(staging, outDir)
  if (hadPrevious) await rm(previous, {recursive: true, force: true})
}

/**
 * Staging folders of builds that were killed before they could clean up; a
 * build killed between its two renames left the previous output aside, and
 * it is put back.
 */
async function removeLeftovers(parent: string, name: string) {
  const entries = await readdir(parent)
  const setAside = entries.find((entry) => entry.startsWith(`.${name}-previous-`))
  if (setAside && !entries.includes(name)) await rename(path.join(parent, setAside), path.join(parent, name))
  for (const entry of await readdir(parent)) {
    if (entry.startsWith(`.${name}-staging-`) || entry.startsWith(`.${name}-previous-`)) {
      await rm(path.join(parent, entry), {recursive: true, force: true})
    }
  }
}

/** Paths under `outDir` that differ from what the build would write, missing or extra files included. */
export async function differingOutputs(outDir: string, outputs: Outputs): Promise<string[]> {
  const existing = new Set<string>()
  const entries = await readdir(outDir, {recursive: true, withFileTypes: true}).catch(() => [])
  for (const entry of entries) {
    if (entry.isFile()) existing.add(path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
  }
  const same = await pMap(
    outputs,
    async ([relative, content]) => {
      const actual = existing.has(relative) ? await readFile(path.join(outDir, relative)) : undefined
      return actual?.equals(Buffer.from(content)) ?? false
    },
    {concurrency: fileConcurrency}
  )
  const differing = [...outputs.keys()].filter((_, index) => !same[index])
  for (const relative of outputs.keys()) existing.delete(relative)
  return [...differing, ...existing].sort()
}
