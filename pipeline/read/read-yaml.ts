import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import type {Document, Node as YamlNode} from 'yaml'
import {loadPackage} from './load-package.ts'

/** What a YAML file of the user's is, for its messages. */
export interface YamlFileKind {
  /** The file, as a message names it: \`the corrections file\`. */
  what: string
  /** The vfile message source. */
  stage: string
  /** Past this size the file is refused unread, with this reason and rule. */
  maxBytes: number
  tooLarge: (size: number) => {reason: string; ruleId: string}
  /** Rules for a file that cannot be read, and for one that is not YAML. */
  unreadableRule: string
  syntaxRule: string
  /** YAML errors reported one by one. */
  maxErrors: number
  /** What it should hold, written out: \`a list of corrections\`. */
  writtenOut: string
}

/** Copies YAML aliases may make of what they point at (the \`yaml\` package's bound), past which a file is refused. */
export const maxAliasCount = 1000

/** A user's YAML file as read: its vfile (messages go there), and its value and where each node is when it parsed. */
export interface YamlFile {
  file: VFile
  /** The file does not exist. */
  missing: boolean
  parsed?: {value: unknown; document: Document; at: (node: YamlNode | null | undefined) => {line: number; col: number}}
}

/**
 * A user's YAML file (corrections, known entities), read with its bounds: a
 * file that is no file, too large, not YAML, or whose aliases expand past
 * \`maxAliasCount\` is a fatal message at its place, and no value.
 */
export async function readYamlFile(absolute: string, cwd: string, kind: YamlFileKind): Promise<YamlFile> {
  const file = new VFile({path: path.relative(cwd, absolute), cwd, value: ''})
  const fail = (reason: string, line: number, column: number, ruleId: string) => {
    const message = file.message(reason, {place: {line, column}, ruleId, source: kind.stage})
    message.fatal = true
  }
  const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error)
  const missing = info instanceof Error && info.code === 'ENOENT'
  if (info instanceof Error || !info.isFile()) {
    const why = info instanceof Error ? (info.code ?? info.message) : 'it is a folder, not a file'
    fail(`Cannot read ${kind.what}: ${why}`, 1, 1, kind.unreadableRule)
    return {file, missing}
  }
  if (info.size > kind.maxBytes) {
    const {reason, ruleId} = kind.tooLarge(info.size)
    fail(reason, 1, 1, ruleId)
    return {file, missing}
  }
  const text = await readFile(absolute, 'utf8')
  file.value = text
  // loaded only when a build has a file of the user's to read
  const {LineCounter, parseDocument, visit} = await loadPackage('yaml')
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter})
  const at = (node: YamlNode | null | undefined) => lineCounter.linePos(node?.range?.[0] ?? 0)
  for (const error of document.errors.slice(0, kind.maxErrors)) fail(`Unexpected YAML: ${error.message.split('\n')[0]}`, error.linePos?.[0].line ?? 1, error.linePos?.[0].col ?? 1, kind.syntaxRule)
  if (document.errors.length > 0) return {file, missing}
  try {
    return {file, missing, parsed: {value: document.toJS({maxAliasCount}), document, at}}
  } catch (error) {
    // aliases that expand past the bound (a "billion laughs"): named at the first alias
    let first: YamlNode | undefined
    visit(document, {
      Alias(_, node) {
        first = node
        return visit.BREAK
      }
    })
    const {line, col} = at(first)
    fail(`Unexpected YAML aliases that expand to more than ${maxAliasCount} copies (${(error as Error).message}), expected ${kind.writtenOut} written out`, line, col, kind.syntaxRule)
    return {file, missing}
  }
}
