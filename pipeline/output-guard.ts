import {readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'

/** The file every output folder holds, so that a build knows a folder it may replace from one it must not touch. */
export const markerName = '.whitepaper-datasets'
/** What the marker says, the same every build (it is committed with `out/`). */
export const markerContent =
  'This folder is written by `npm run build` (whitepaper-datasets): every build replaces it whole.\nKeep no files of your own here.\n'

/** The project's own folder: an output folder may never be it or above it. */
const projectRoot = path.join(import.meta.dirname, '..')

/**
 * Why the build must not write `outArg` as its output folder, or nothing
 * when it may. A build replaces its output folder whole, so it refuses any
 * folder it might not have written: the project or a folder above it, a
 * source or a folder holding one, a file, and a folder with files in it but
 * no marker of an earlier build.
 */
export async function refuseOutput(outArg: string, cwd: string, sources: readonly string[]): Promise<string | undefined> {
  if (outArg.trim() === '') return '--out "": an empty path is not an output folder'
  const named = `--out ${JSON.stringify(outArg)}`
  const outDir = await real(path.resolve(cwd, outArg))
  // the current folder first: what a user typed is said the same wherever the project lies
  for (const [folder, what] of [
    [cwd, 'the current folder'],
    [projectRoot, 'the project']
  ] as const) {
    if (within(await real(folder), outDir)) return `${named}: refused, it is ${what} or a folder above it`
  }
  for (const source of sources) {
    const at = await real(path.resolve(cwd, source))
    if (within(at, outDir)) return `${named}: refused, it is or holds the source ${JSON.stringify(source)}`
    if (within(outDir, at)) return `${named}: refused, it lies inside the source folder ${JSON.stringify(source)}`
  }
  const info = await stat(outDir).catch(() => undefined)
  if (!info) return undefined
  if (!info.isDirectory()) return `${named}: refused, it is a file, not a folder`
  const entries = await readdir(outDir)
  if (entries.length > 0 && !entries.includes(markerName)) {
    return `${named}: refused, the folder holds files no build wrote (no ${markerName} in it); name a new or empty folder`
  }
  return undefined
}

/** Whether `inner` is `outer` or lies inside it. */
function within(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner)
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
}

/** A path with its links resolved as far as it exists, so a link cannot hide where a folder is. */
async function real(absolute: string): Promise<string> {
  const resolved = await realpath(absolute).catch(() => undefined)
  if (resolved) return resolved
  const parent = path.dirname(absolute)
  return parent === absolute ? absolute : path.join(await real(parent), path.basename(absolute))
}
