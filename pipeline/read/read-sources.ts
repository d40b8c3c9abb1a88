import {readFileSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {decode} from './decode-text.ts'
import {formatByContent, formatByName, isPdf, pdfByName} from './document-formats.ts'
import {type PdfLine, readPdf} from './read-pdf.ts'
import {nestingProblem} from './nesting.ts'

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
  if (isPdf(bytes) || pdfByName(absolute)) return readPdfSource(file, bytes)
  const format = formatByContent(bytes) ?? formatByName(absolute)
  if (format) {
    fail(file, `Unexpected ${format.what}, expected the text a converter extracted from one: ${format.todo}`, 'unsupported-source')
    return file
  }
  const decoded = decode(bytes)
  if ('error' in decoded) {
    fail(file, decoded.error, decoded.ruleId)
    return file
  }
  file.value = decoded.text.replace(/\r\n?/g, '\n')
  file.data.encoding = decoded.encoding
  return checkText(file)
}

/**
 * A PDF read into text (\`read-pdf.ts\`): the text is the source from here on
 * (its lines, columns and offsets are the text's), each of its lines keeps its
 * box on its page for \`positions.json\`; pages without text are said.
 */
async function readPdfSource(file: VFile, bytes: Uint8Array): Promise<VFile> {
  const read = await readPdf(bytes)
  if ('ruleId' in read) {
    fail(file, read.reason, read.ruleId)
    return file
  }
  file.value = read.text
  file.data.encoding = 'pdf'
  file.data.pdfLines = read.lines
  if (read.blankPages.length > 0 && read.lines.length > 0) {
    const pages = read.blankPages
    file.info(`Pages without text (${pages.length > 20 ? `${pages.slice(0, 20).join(', ')} and ${pages.length - 20} more` : pages.join(', ')}), read as blank: images or scans, whose words OCR would give`, {
      place: {line: 1, column: 1},
      ruleId: 'pdf-pages-without-text',
      source: 'read-sources'
    })
  }
  return checkText(file)
}

/** A source's text checked before parsing: not empty, not more headings or nesting than a document has. */
function checkText(file: VFile): VFile {
  const value = String(file.value)
  if (value.trim() === '') fail(file, 'Unexpected empty source, expected the text of a white paper', 'empty-source')
  const headings = countHeadings(value)
  if (headings > maxHeadings) {
    fail(file, `Unexpected ${headings} headings in one source, expected at most ${maxHeadings}: split the source into smaller files`, 'too-many-headings')
  }
  const nesting = nestingProblem(value)
  if (nesting) fail(file, nesting.reason, nesting.ruleId, {line: nesting.line, column: nesting.column})
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

function fail(file: VFile, reason: string, ruleId: string, place = {line: 1, column: 1}) {
  const message = file.message(reason, {place, ruleId, source: 'read-sources'})
  message.fatal = true
}

declare module 'vfile' {
  interface DataMap {
    /** The raw bytes the source was read from. */
    bytes: Uint8Array
    /** A PDF source's lines: where each line of the text read from it is on its page. */
    pdfLines: PdfLine[]
  }
}
