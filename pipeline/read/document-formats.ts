import path from 'node:path'

/** A document in a format the build does not read as text, and what to do with it. */
export interface DocumentFormat {
  /** What it is, with its article: `a PDF`. */
  what: string
  /** What to do, in one sentence. */
  todo: string
}

const word: DocumentFormat = {
  what: 'a word-processor document',
  todo: 'save it as PDF and build that, or save it as plain text (UTF-8) or Markdown'
}
const html: DocumentFormat = {
  what: 'an HTML page',
  todo: 'save it as Markdown or plain text (UTF-8) and build that; its markup would be read as words'
}

/** Endings of documents a user may keep among the sources, by the format they hold. */
const byEnding: Record<string, DocumentFormat> = {
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

/** Whether a file is a PDF: by its `%PDF-` header, whatever its name. */
export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-'
}

/** Whether a file is named as a PDF. */
export const pdfByName = (file: string): boolean => path.extname(file).toLowerCase() === '.pdf'

/**
 * The format of a file by its first bytes, whatever its name: a Word or
 * OpenDocument file (a zip, or Word 97's compound file), RTF, or an HTML
 * page (a doctype or `<html>` first).
 */
export function formatByContent(bytes: Uint8Array): DocumentFormat | undefined {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1')
  if (head.startsWith('PK\x03\x04') || head.startsWith('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1') || head.startsWith('{\\rtf')) return word
  if (/^(?:\xef\xbb\xbf)?\s*(?:<!doctype html|<html[\s>])/i.test(head)) return html
  return undefined
}
