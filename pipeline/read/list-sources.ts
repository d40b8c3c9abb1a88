import {readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {formatByName, pdfByName} from './document-formats.ts'

/** File name endings read as sources when a folder is given (a file given by name is read whatever its ending). */
export const sourceExtensions = ['.txt', '.text', '.md', '.markdown', '.pdf'] as const
/** Endings of text a converter may have made of a PDF beside it. */
const textExtensions = new Set(['.txt', '.text', '.md', '.markdown'])

/** A source file and the id its outputs and records go by. */
export interface Source {
  absolute: string
  /** Its path relative to the folder it was found in, without extension (`2017/paper`); its file name alone when given directly. */
  id: string
}

/**
 * The sources found; the documents in the folders given that are not read
 * (Word files, HTML pages); and the texts left out because the PDF they were
 * converted from is beside them (each with that PDF).
 */
export type Listed = {sources: Source[]; unread: string[]; converted: Array<[string, string]>} | {clash: [string, string]; id: string}

/**
 * Every source under the given paths, sorted by path so the build's order
 * never depends on the disk. Folders are walked with symbolic links
 * followed; hidden files and folders (a leading `.`) are skipped. PDFs,
 * Word files and HTML pages found in folders are not sources, but are
 * listed apart (`unread`) so the build can say what to do with them. Two
 * sources with one id are a clash, named with both paths.
 */
export async function listSources(inputs: readonly string[], cwd: string): Promise<Listed> {
  const found = new Map<string, string>()
  const unread = new Set<string>()
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input)
    const info = await stat(absolute).catch(() => undefined)
    if (info?.isDirectory()) {
      for (const file of await walk(absolute, new Set())) {
        if (formatByName(file)) unread.add(file)
        else found.set(file, idOf(path.relative(absolute, file)))
      }
    } else if (!found.has(absolute)) {
      found.set(absolute, idOf(path.basename(absolute)))
    }
  }
  // a text beside a PDF of its name is the PDF converted: the PDF is read, the text left out
  const converted: Array<[string, string]> = []
  for (const file of [...found.keys()]) {
    if (!textExtensions.has(path.extname(file).toLowerCase())) continue
    const stem = file.slice(0, file.length - path.extname(file).length)
    const pdf = [...found.keys()].find((other) => pdfByName(other) && other.slice(0, other.length - 4) === stem)
    if (!pdf) continue
    found.delete(file)
    converted.push([file, pdf])
  }
  const sources = [...found].map(([absolute, id]) => ({absolute, id})).sort((a, b) => (a.absolute < b.absolute ? -1 : a.absolute > b.absolute ? 1 : 0))
  const byId = new Map<string, string>()
  for (const source of sources) {
    const first = byId.get(source.id)
    if (first) return {clash: [first, source.absolute], id: source.id}
    byId.set(source.id, source.absolute)
  }
  return {sources, unread: [...unread].sort(), converted: converted.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))}
}

/** The source files in a folder and below it; `seen` holds the real paths of folders walked, so a link back up is not followed twice. */
async function walk(folder: string, seen: Set<string>): Promise<string[]> {
  const real = await realpath(folder)
  if (seen.has(real)) return []
  seen.add(real)
  const files: string[] = []
  for (const name of (await readdir(folder)).sort()) {
    if (name.startsWith('.')) continue
    const entry = path.join(folder, name)
    // stat, not lstat: a link is read as what it points at
    const info = await stat(entry).catch(() => undefined)
    if (info?.isDirectory()) files.push(...(await walk(entry, seen)))
    else if (info?.isFile() && ((sourceExtensions as readonly string[]).includes(path.extname(name).toLowerCase()) || formatByName(name))) files.push(entry)
  }
  return files
}

/** The id of a source given by name: its file name without extension. */
export const fileId = (filePath: string): string => idOf(path.basename(filePath))

/** An id from a relative path: its extension dropped, each folder and the name made safe for URLs and file names. */
function idOf(relative: string): string {
  const withoutExtension = relative.slice(0, relative.length - path.extname(relative).length)
  return withoutExtension
    .split(path.sep)
    .map((part) => part.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '') || 'source')
    .join('/')
}
