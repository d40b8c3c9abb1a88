import {readdir, realpath, stat} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {markerName, readMarker, unlisted} from './output-marker.ts'


/**
 * The project's own folder, the nearest above this code that holds a
 * `package.json` (the same from the TypeScript and from its bundle): an
 * output folder may never be it or above it.
 */
const projectRoot = (() => {
  let folder = import.meta.dirname
  while (!existsSync(path.join(folder, 'package.json')) && path.dirname(folder) !== folder) folder = path.dirname(folder)
  return folder
})()

/**
 * Why the build must not write `outArg` as its output folder, or nothing
 * when it may. A build replaces its output folder whole, so it refuses any
 * folder it might not have written: the project or a folder above it, a
 * source or a folder holding one, a file, a folder with files in it but no
 * marker of an earlier build or a marker no build wrote, and a folder
 * holding anything its marker does not list.
 */
export async function refuseOutput(outArg: string, cwd: string, sources: readonly string[], check = false): Promise<string | undefined> {
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
  if (entries.length === 0) return undefined
  const marker = await readMarker(outDir)
  if (!marker) return `${named}: refused, the folder holds files no build wrote (no ${markerName} in it); name a new or empty folder`
  if ('problem' in marker) return `${named}: refused, its ${markerName} is ${marker.problem}; name a new or empty folder`
  if (marker.kind === 'staging') return `${named}: refused, it is the staging folder of a build; name another folder`
  // --check writes nothing: files of a user there are only differences to report
  if (check) return undefined
  const others = await unlisted(outDir, marker)
  if (others.length > 0) {
    const shown = others.slice(0, 5).join(', ')
    const more = others.length > 5 ? ` and ${others.length - 5} more` : ''
    return `${named}: refused, it holds files no build wrote (${shown}${more}); move them elsewhere or name another folder`
  }
  return undefined
}

/** Whether `inner` is `outer` or lies inside it. */
export function within(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner)
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
}

/** A path with its links resolved as far as it exists, so a link cannot hide where a folder is. */
export async function real(absolute: string): Promise<string> {
  const resolved = await realpath(absolute).catch(() => undefined)
  if (resolved) return resolved
  const parent = path.dirname(absolute)
  return parent === absolute ? absolute : path.join(await real(parent), path.basename(absolute))
}
