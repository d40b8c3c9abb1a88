import {readFileSync} from 'node:fs'
import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'

/** File name endings read as sources when a folder is given. */
const textExtensions = new Set(['.txt', '.text', '.md'])

/** Every source file under the given paths, sorted, so the build's order never depends on the disk. */
export async function listSources(inputs: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>()
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input)
    const info = await stat(absolute).catch(() => undefined)
    if (info?.isDirectory()) {
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
  const file = new VFile({path: path.relative(cwd, absolute).split(path.sep).join('/'), cwd, value: ''})
  let bytes: Uint8Array
  try {
    // read at once: a read queued on libuv's threads behind the build's writes would keep this thread waiting
    bytes = readFileSync(absolute)
  } catch (error) {
    fail(file, `Cannot read the source: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'unreadable-source')
    return file
  }
  file.data.bytes = bytes
  const decoded = decode(bytes)
  if ('error' in decoded) {
    fail(file, decoded.error, decoded.ruleId)
    return file
  }
  file.value = decoded.text.replace(/\r\n?/g, '\n')
  file.data.encoding = decoded.encoding
  if (file.value.trim() === '') fail(file, 'Unexpected empty source, expected the text of a white paper', 'empty-source')
  const headings = countHeadings(file.value)
  if (headings > maxHeadings) {
    fail(file, `Unexpected ${headings} headings in one source, expected at most ${maxHeadings}: split the source into smaller files`, 'too-many-headings')
  }
  return file
}

/**
 * More headings than any white paper has: past this a source is not a document
 * but a list, and parsing it would take minutes, so it is refused up front.
 */
export const maxHeadings = 50_000

function countHeadings(text: string): number {
  let count = 0
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    let at = start
    while (at < end && at - start < 4 && text[at] === ' ') at++
    if (text[at] === '#') count++
    start = end + 1
  }
  return count
}

type Decoded = {text: string; encoding: string} | {error: string; ruleId: string}

/**
 * The text of a source's bytes: UTF-8 with or without BOM, UTF-16 with BOM,
 * or GB18030 (which GBK is a part of) without, told apart by the bytes.
 */
export function decode(bytes: Uint8Array): Decoded {
  const [a, b, c] = bytes
  if (a === 0xef && b === 0xbb && c === 0xbf) return strict('utf-8', bytes.subarray(3), 'utf-8-bom')
  if (a === 0xff && b === 0xfe) return strict('utf-16le', bytes.subarray(2), 'utf-16le')
  if (a === 0xfe && b === 0xff) return strict('utf-16be', bytes.subarray(2), 'utf-16be')
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    return {error: `Unexpected NUL byte at byte offset ${nul}, expected text: this looks like a binary file`, ruleId: 'binary-source'}
  }
  const utf8 = strict('utf-8', bytes, 'utf-8')
  if ('text' in utf8) return utf8
  const scan = scanUtf8(bytes)
  const gb18030 = strict('gb18030', bytes, 'gb18030')
  if ('text' in gb18030 && scan.valid < scan.invalid) return gb18030
  const byte = bytes[scan.firstInvalid]?.toString(16).padStart(2, '0')
  return {
    error: `Unexpected byte 0x${byte} at byte offset ${scan.firstInvalid}, expected UTF-8, UTF-16 with a BOM or GB18030`,
    ruleId: 'invalid-encoding'
  }
}

function strict(label: string, bytes: Uint8Array, encoding: string): Decoded {
  try {
    return {text: new TextDecoder(label, {fatal: true, ignoreBOM: true}).decode(bytes), encoding}
  } catch {
    return {error: `Unexpected bytes that are not ${label}, expected valid ${label}`, ruleId: 'invalid-encoding'}
  }
}

/**
 * Multi-byte UTF-8 sequences that are whole, those that are broken, and where
 * the first broken one is: text that is mostly whole UTF-8 with a bad byte is
 * damaged UTF-8, not GB18030.
 */
function scanUtf8(bytes: Uint8Array): {valid: number; invalid: number; firstInvalid: number} {
  let valid = 0
  let invalid = 0
  let firstInvalid = -1
  for (let index = 0; index < bytes.length; ) {
    const byte = bytes[index]!
    const trailing = byte < 0x80 ? 0 : byte >> 5 === 6 ? 1 : byte >> 4 === 14 ? 2 : byte >> 3 === 30 ? 3 : -1
    let whole = trailing >= 0
    for (let next = 1; whole && next <= trailing; next++) whole = ((bytes[index + next] ?? 0) & 0xc0) === 0x80
    if (whole) {
      if (trailing > 0) valid++
      index += trailing + 1
    } else {
      invalid++
      if (firstInvalid < 0) firstInvalid = index
      index++
    }
  }
  return {valid, invalid, firstInvalid: Math.max(firstInvalid, 0)}
}

function fail(file: VFile, reason: string, ruleId: string) {
  const message = file.message(reason, {place: {line: 1, column: 1}, ruleId, source: 'read-sources'})
  message.fatal = true
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
