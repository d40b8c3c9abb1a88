import {readdir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'

/** File name endings read as sources when a folder is given. */
const textExtensions = new Set(['.txt', '.text', '.md'])

/** Every source file under the given paths, sorted, so the build's order never depends on the disk. */
export async function listSources(inputs: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>()
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input)
    const info = await stat(absolute)
    if (info.isDirectory()) {
      for (const entry of await readdir(absolute, {recursive: true, withFileTypes: true})) {
        if (entry.isFile() && textExtensions.has(path.extname(entry.name).toLowerCase())) {
          found.add(path.join(entry.parentPath, entry.name))
        }
      }
    } else {
      found.add(absolute)
    }
  }
  return [...found].sort()
}

/** A source read into a vfile whose path is relative to `cwd`, so messages and outputs hold no absolute path. */
export async function readSource(absolute: string, cwd: string): Promise<VFile> {
  const bytes = await readFile(absolute)
  const file = new VFile({path: path.relative(cwd, absolute).split(path.sep).join('/'), cwd})
  file.value = new TextDecoder('utf-8', {ignoreBOM: false}).decode(bytes)
  file.data.bytes = bytes
  return file
}

/** A source's id: its file name without extension, made safe for URLs and file names. */
export function sourceId(filePath: string): string {
  const base = path.basename(filePath, path.extname(filePath))
  const id = base.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '')
  return id || 'source'
}

declare module 'vfile' {
  interface DataMap {
    /** The raw bytes the source was read from. */
    bytes: Uint8Array
  }
}
