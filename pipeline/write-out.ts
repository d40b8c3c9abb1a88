import {mkdir, readFile, readdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'

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
  for (const [relative, content] of [...outputs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = path.join(staging, relative)
    await mkdir(path.dirname(target), {recursive: true})
    await writeFile(target, content)
  }
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
  const differing: string[] = []
  for (const [relative, content] of outputs) {
    const actual = existing.has(relative) ? await readFile(path.join(outDir, relative)) : undefined
    if (!actual || !actual.equals(Buffer.from(content))) differing.push(relative)
    existing.delete(relative)
  }
  return [...differing, ...existing].sort()
}
