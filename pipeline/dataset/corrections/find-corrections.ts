import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import type {Source} from '../../read/list-sources.ts'
import {real, within} from '../../build/output-guard.ts'
import {correctionsEnding, correctionsPath} from './read-corrections.ts'

/**
 * Why `--corrections DIR` cannot be the folder of a build's corrections, or
 * nothing when it can: it must be a folder that exists (a typo would apply
 * no correction at all), and lie neither inside the output folder, which
 * every build replaces, nor inside a source folder.
 */
export async function refuseCorrections(folderArg: string, cwd: string, outArg: string, inputs: readonly string[]): Promise<string | undefined> {
  const named = `--corrections ${JSON.stringify(folderArg)}`
  const info = await stat(path.resolve(cwd, folderArg)).catch(() => undefined)
  if (!info) return `${named}: no such folder; name the folder that holds the corrections files (<source-id>.corrections.yaml)`
  if (!info.isDirectory()) return `${named}: refused, it is a file, not a folder of corrections files (<source-id>.corrections.yaml)`
  const folder = await real(path.resolve(cwd, folderArg))
  if (within(folder, await real(path.resolve(cwd, outArg)))) {
    return `${named}: refused, it lies inside the output folder ${JSON.stringify(outArg)}, which every build replaces: keep corrections beside the sources or in a folder of their own`
  }
  for (const input of inputs) {
    const source = await real(path.resolve(cwd, input))
    if ((await stat(source).catch(() => undefined))?.isDirectory() && within(folder, source)) {
      return `${named}: refused, it lies inside the source folder ${JSON.stringify(input)}: keep corrections beside their sources (the default) or in a folder of their own`
    }
  }
  return undefined
}

/**
 * Corrections files that belong to no source of the build, each with a
 * warning (`orphan-correction`) naming the source it most likely meant: a
 * file whose source was renamed, or whose name has a typo or another letter
 * case, would otherwise be left out without a word. With `folder`, every
 * `<id>.corrections.yaml` in it; else every `*.corrections.yaml` in the
 * folders given as sources.
 */
export async function orphanCorrections(sources: readonly Source[], inputs: readonly string[], folder: string | undefined, cwd: string): Promise<VFile[]> {
  const expected = new Map(sources.map((source) => [correctionsPath(source, folder), source.id]))
  const roots = folder ? [folder] : (await Promise.all(inputs.map(async (input) => ((await stat(path.resolve(cwd, input)).catch(() => undefined))?.isDirectory() ? [path.resolve(cwd, input)] : [])))).flat()
  const orphans: VFile[] = []
  for (const root of roots) {
    for (const found of await correctionsFiles(root)) {
      if (expected.has(found)) continue
      const file = new VFile({path: path.relative(cwd, found), cwd})
      const meant = nearest(folder ? path.relative(root, found).slice(0, -correctionsEnding.length).split(path.sep).join('/') : found, folder ? sources.map((source) => source.id) : [...expected.keys()])
      const hint = meant === undefined ? '' : folder ? `; did you mean \`${meant}${correctionsEnding}\` (source \`${meant}\`)?` : `; did you mean \`${path.relative(cwd, meant)}\`?`
      file.message(`Unexpected corrections file that names no source of this build, expected \`<source-id>${correctionsEnding}\`${folder ? ' in the corrections folder' : ' beside its source'}: its corrections were not applied${hint}`, {
        place: {line: 1, column: 1},
        ruleId: 'orphan-correction',
        source: 'find-corrections'
      })
      orphans.push(file)
    }
  }
  return orphans
}

/** Every corrections file in a folder and below it, hidden ones aside. */
async function correctionsFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, {recursive: true, withFileTypes: true}).catch(() => [])
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(correctionsEnding) && !path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).some((part) => part.startsWith('.')))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

/** The candidate `name` most likely meant: the same but for letter case, or at most a few letters apart. */
function nearest(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase()
  const same = candidates.find((candidate) => candidate.toLowerCase() === lower)
  if (same) return same
  let best: {candidate: string; distance: number} | undefined
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase())
    if (distance <= Math.max(2, Math.floor(name.length / 5)) && (!best || distance < best.distance)) best = {candidate, distance}
  }
  return best?.candidate
}

/** Levenshtein distance: letters to add, remove or change to turn one string into the other. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 8) return Math.abs(a.length - b.length)
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = current
  }
  return previous[b.length]!
}
