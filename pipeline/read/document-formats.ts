import path from 'node:path'

/** A document in a format the build does not read as text, and what to do with it. */
export interface DocumentFormat {
  /** What it is, with its article: `a PDF`. */
  what: string
  /** What to do, in one sentence. */
  todo: string
}

const pdf: DocumentFormat = {
  what: 'a PDF',
  todo: 'convert it with `pdftotext -layout FILE.pdf FILE.txt` (or without `-layout`) and build the text; PDFs are not read directly yet'
}
const word: DocumentFormat = {
  what: 'a word-processor document',
  todo: 'save it as PDF and convert that with `pdftotext`, or save it as plain text (UTF-8) or Markdown, and build that'
}
const html: DocumentFormat = {
  what: 'an HTML page',
  todo: 'save it as Markdown or plain text (UTF-8) and build that; its markup would be read as words'
}

/** Endings of documents a user may keep among the sources, by the format they hold. */
const byEnding: Record<string, DocumentFormat> = {
  '.pdf': pdf,
  '.doc': word,
  '.docx': word,
  '.odt': word,
  '.rtf': word,
  '.pages': word,
  '.wps': word,
  '.html': html,
  '.htm': html,
  '.xhtml': html
}

/** The format of a file by its name alone: a document the build does not read, or nothing. */
export function formatByName(file: string): DocumentFormat | undefined {
  return byEnding[path.extname(file).toLowerCase()]
}

/**
 * The format of a file by its first bytes, whatever its name: a PDF
 * (`%PDF-`), a Word or OpenDocument file (a zip, or Word 97's compound
 * file), RTF, or an HTML page (a doctype or `<html>` first).
 */
export function formatByContent(bytes: Uint8Array): DocumentFormat | undefined {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1')
  if (head.startsWith('%PDF-')) return pdf
  if (head.startsWith('PK\x03\x04') || head.startsWith('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1') || head.startsWith('{\\rtf')) return word
  if (/^(?:\xef\xbb\xbf)?\s*(?:<!doctype html|<html[\s>])/i.test(head)) return html
  return undefined
}
