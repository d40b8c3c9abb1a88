import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import {VFile} from 'vfile'
import {LineCounter, parseDocument, type Node as YamlNode} from 'yaml'
import {KnownEntities} from '../../schemas/dataset.ts'
import type {KnownEntity} from '../lexicon/zh/index.ts'

/** The name of a user's list of known entities in a sources folder. */
export const knownFileName = 'known-entities.yaml'
/** Past this size a list of known entities is refused unread. */
const maxBytes = 1024 * 1024
/** Copies YAML aliases may make, past which a file is refused. */
const maxAliasCount = 1000
const stage = 'known-file'

/**
 * A user's list of known entities (\`known-entities.yaml\`), read and
 * checked against its JSON Schema (\`schemas/known-entities.schema.json\`):
 * its entities, and its file, where any problem is an error at its line
 * (the build then writes nothing).
 */
export async function readKnownFile(absolute: string, cwd: string): Promise<{file: VFile; entities: KnownEntity[]}> {
  const file = new VFile({path: path.relative(cwd, absolute), cwd, value: ''})
  const fail = (reason: string, line = 1, column = 1, ruleId = 'invalid-known-entities') => {
    const message = file.message(reason, {place: {line, column}, ruleId, source: stage})
    message.fatal = true
  }
  const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error)
  if (info instanceof Error || !info.isFile()) {
    fail(`Cannot read the list of known entities: ${info instanceof Error ? (info.code ?? info.message) : 'it is a folder, not a file'}`, 1, 1, 'unreadable-known-entities')
    return {file, entities: []}
  }
  if (info.size > maxBytes) {
    fail(`Unexpected list of known entities of ${info.size} bytes, expected at most ${maxBytes}`)
    return {file, entities: []}
  }
  const text = await readFile(absolute, 'utf8')
  file.value = text
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter})
  for (const error of document.errors.slice(0, 20)) fail(`Unexpected YAML: ${error.message.split('\n')[0]}`, error.linePos?.[0].line, error.linePos?.[0].col, 'known-entities-syntax')
  if (document.errors.length > 0) return {file, entities: []}
  let value: unknown
  try {
    value = document.toJS({maxAliasCount})
  } catch (error) {
    fail(`Unexpected YAML aliases that expand to more than ${maxAliasCount} copies (${(error as Error).message}), expected a list written out`, 1, 1, 'known-entities-syntax')
    return {file, entities: []}
  }
  if (value === null || value === undefined) return {file, entities: []}
  const validate = new Ajv2020({allErrors: true, strict: true, validateSchema: false}).compile(KnownEntities)
  if (!validate(value)) {
    for (const error of (validate.errors ?? []).slice(0, 20)) {
      const [index, key] = error.instancePath.split('/').slice(1)
      const node = document.getIn(key === undefined ? [Number(index)] : [Number(index), key], true) as YamlNode | undefined
      const {line, col} = lineCounter.linePos(node?.range?.[0] ?? 0)
      fail(`Unexpected known entity${error.instancePath ? ` \`${error.instancePath.slice(1)}\`` : ''}: ${error.message ?? 'is not valid'}${error.keyword === 'enum' || error.keyword === 'const' ? ` (${JSON.stringify(error.params)})` : ''}, expected \`- name: …\`, \`kind: alliance\` or \`platform\`, \`aliases\` and \`reference\``, line, col)
    }
    return {file, entities: []}
  }
  const entities = (value as Array<{name: string; kind: 'alliance' | 'platform'; aliases?: string[]; reference?: string}>).map((entry) => ({
    kind: entry.kind,
    names: [entry.name.trim(), ...(entry.aliases ?? []).map((alias) => alias.trim())],
    reference: entry.reference ?? ''
  }))
  return {file, entities}
}
