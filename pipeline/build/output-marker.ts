import {lstat, readFile, readdir, rmdir, unlink} from 'node:fs/promises'
import path from 'node:path'

/**
 * The marker every folder a build writes holds: the list of the files it
 * wrote, after a format line. A later build replaces only a folder whose
 * marker it can read and which holds nothing but what the marker lists, and
 * removes only those files: an empty file, a copied marker or a folder of
 * that name lets no build touch a file it did not write.
 */
export const markerName = '.whitepaper-datasets'

/** The first line of an output folder's marker. */
const outputFormat = 'whitepaper-datasets output folder, format 2'
/** The first line of a staging folder's marker, followed by `pid N`. */
const stagingFormat = 'whitepaper-datasets staging folder, format 2'
/** The whole marker builds wrote before markers listed files: such a folder is read as holding the files a build writes by name. */
const legacyMarker = 'This folder is written by `npm run build` (whitepaper-datasets): every build replaces it whole.\nKeep no files of your own here.\n'
/** No build writes a marker this long: a longer one is no marker. */
const longestMarker = 16 * 1024 * 1024

/** What a marker says of its folder: the files a build wrote there, or the process whose staging folder it is. */
export type Marker = {kind: 'output'; files: Set<string>} | {kind: 'legacy'} | {kind: 'staging'; pid: number}

/** The marker of an output folder listing `files` (paths relative to it, `/` between folders), the same bytes for the same files. */
export function outputMarker(files: Iterable<string>): string {
  const listed = [...new Set(files)].filter((file) => file !== markerName).sort()
  return [
    outputFormat,
    'This folder is written by `npm run build` (whitepaper-datasets). A build replaces the files listed below,',
    'and refuses to replace the folder while it holds anything else: keep no files of your own here.',
    '',
    ...listed,
    ''
  ].join('\n')
}

/** The marker of a build's staging folder, naming the process that writes it. */
export function stagingMarker(pid: number): string {
  return `${stagingFormat}\npid ${pid}\n`
}

/**
 * The marker of `folder`: `undefined` when it has none, a problem (in words
 * finishing "the marker … is") when what is there is no marker a build wrote.
 */
export async function readMarker(folder: string): Promise<Marker | {problem: string} | undefined> {
  const at = path.join(folder, markerName)
  const info = await lstat(at).catch(() => undefined)
  if (!info) return undefined
  if (!info.isFile()) return {problem: info.isDirectory() ? 'a folder, not a file a build wrote' : 'a link, not a file a build wrote'}
  if (info.size > longestMarker) return {problem: 'larger than any a build writes'}
  const text = await readFile(at, 'utf8')
  if (text === legacyMarker) return {kind: 'legacy'}
  const [first, ...rest] = text.split('\n')
  if (first === outputFormat && text.endsWith('\n')) {
    const files = rest.slice(3).filter((line) => line !== '')
    if (files.every(safeRelative)) return {kind: 'output', files: new Set(files)}
  }
  const pid = /^pid (\d+)$/.exec(rest[0] ?? '')
  if (first === stagingFormat && pid) return {kind: 'staging', pid: Number(pid[1])}
  return {problem: text === '' ? 'empty, not one a build wrote' : 'not one a build wrote (its first line is not the format line a build writes)'}
}

/** Whether a marker may say it wrote this file: a relative path inside its folder. */
const safeRelative = (file: string) => file !== '' && !file.startsWith('/') && !file.split('/').some((part) => part === '..' || part === '.' || part === '')

/** The names of the files a build writes (its tables as CSV among them): all a folder with a marker of before the lists may hold. */
const writtenNames = /^(?:[a-z]+\.csv|dataset\.json|positions\.json|datapackage\.json|messages\.json|dataset\.xlsx|candidates\.json|review\/index\.html|review\/sources\/.+\.html|.+\.md)$/u

/**
 * Whether `marker` says a build wrote the file at `relative` in its folder:
 * listed in it, and in any case named as a build names its outputs, so not
 * even a marker written by hand can make a build remove `thesis.docx`.
 */
export function wrote(marker: Marker, relative: string): boolean {
  if (relative === markerName) return true
  return writtenNames.test(relative) && (marker.kind !== 'output' || marker.files.has(relative))
}

/** What a folder holds: its files (links included) and folders, by path relative to it with `/` between folders. */
async function contents(folder: string): Promise<{files: string[]; folders: string[]}> {
  const files: string[] = []
  const folders: string[] = []
  for (const entry of await readdir(folder, {recursive: true, withFileTypes: true})) {
    const relative = path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
    if (entry.isDirectory()) folders.push(relative)
    else files.push(relative)
  }
  return {files, folders}
}

/**
 * What `folder` holds that its marker does not say a build wrote: files,
 * links, and folders holding none of its files; links are never followed.
 */
export async function unlisted(folder: string, marker: Marker): Promise<string[]> {
  const {files, folders} = await contents(folder)
  const others: string[] = []
  const needed = new Set<string>()
  for (const file of files) {
    const info = await lstat(path.join(folder, file))
    if (info.isFile() && wrote(marker, file)) for (let parent = path.posix.dirname(file); parent !== '.'; parent = path.posix.dirname(parent)) needed.add(parent)
    else others.push(file)
  }
  for (const inner of folders) {
    if (!needed.has(inner) && !others.some((other) => other.startsWith(`${inner}/`))) others.push(`${inner}/`)
  }
  return others.sort()
}

/**
 * Remove what a build wrote in `folder`, by its marker, and then the folder
 * itself when nothing else is left in it. Returns what was left: files the
 * build did not write are never removed.
 */
export async function removeWritten(folder: string, marker: Marker): Promise<string[]> {
  const {files} = await contents(folder)
  const parents = new Set<string>()
  for (const file of files) {
    if (file === markerName || !wrote(marker, file)) continue
    const info = await lstat(path.join(folder, file))
    if (!info.isFile()) continue
    await unlink(path.join(folder, file))
    for (let parent = path.posix.dirname(file); parent !== '.'; parent = path.posix.dirname(parent)) parents.add(parent)
  }
  // deepest first, so a folder is empty when its turn comes; one still holding something stays
  for (const inner of [...parents].sort((a, b) => b.split('/').length - a.split('/').length)) await rmdir(path.join(folder, inner)).catch(() => undefined)
  const left = await contents(folder)
  const others = [...left.files.filter((file) => file !== markerName), ...left.folders.map((inner) => `${inner}/`)].sort()
  if (others.length > 0) return others
  await unlink(path.join(folder, markerName)).catch(() => undefined)
  await rmdir(folder)
  return []
}
