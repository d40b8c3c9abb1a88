import path from 'node:path'
import type {ErrorObject} from 'ajv/dist/2020.js'
import {type CompileSchema, schemaCompiler} from '../schema-compiler.ts'
import type {VFile} from 'vfile'
import type {Node as YamlNode} from 'yaml'
import {readYamlFile, type YamlFileKind} from '../../read/read-yaml.ts'
import {type Correction, correctionActions} from '../../../schemas/dataset.ts'
import {kinds, type Registry, schemasOf} from '../kinds.ts'
import type {Source} from '../../read/list-sources.ts'

/** One correction of a file, with where it is written. */
export interface CorrectionItem {
  correction: Correction
  line: number
  column: number
}

/** A source's corrections file: its text (for the build's cache), its messages, and its corrections in order. */
export interface CorrectionsFile {
  sourceId: string
  /** The file as a vfile, path relative to the project: the messages about it go here. */
  file: VFile
  items: CorrectionItem[]
}

const stage = 'read-corrections'
export const correctionsEnding = '.corrections.yaml'
type Action = keyof typeof correctionActions
const actions = Object.keys(correctionActions) as Action[]

/** Where a source's corrections are: `<name>.corrections.yaml` beside it, or `<source-id>.corrections.yaml` in the folder given. */
export function correctionsPath(source: Source, folder: string | undefined): string {
  if (folder) return path.join(folder, `${source.id}${correctionsEnding}`)
  return path.join(path.dirname(source.absolute), `${path.basename(source.absolute, path.extname(source.absolute))}${correctionsEnding}`)
}

/**
 * A source's corrections, read and checked against their JSON Schema
 * (`schemas/corrections.schema.json`); none when the file does not exist. A
 * file that is not YAML, or a correction that does not fit the schema, is an
 * error at its line, and the build writes nothing.
 */
export async function readCorrections(source: Source, folder: string | undefined, cwd: string, registry: Registry = kinds): Promise<CorrectionsFile | undefined> {
  const absolute = correctionsPath(source, folder)
  const {file, missing, parsed} = await readYamlFile(absolute, cwd, correctionsFile)
  if (missing) return undefined
  if (!parsed) return {sourceId: source.id, file, items: []}
  const {value, document, at} = parsed
  const fail = (reason: string, line: number, column: number, ruleId = 'invalid-correction') => {
    const message = file.message(reason, {place: {line, column}, ruleId, source: stage})
    message.fatal = true
  }
  if (value === null || value === undefined) return {sourceId: source.id, file, items: []}
  if (!Array.isArray(value)) {
    fail('Unexpected YAML that is not a list, expected a list of corrections (`- action: reject`…)', 1, 1)
    return {sourceId: source.id, file, items: []}
  }
  const items: CorrectionItem[] = []
  const compile = await schemaCompiler()
  let wrong = 0
  value.forEach((item: unknown, index) => {
    if (wrong >= maxErrors) {
      wrong++
      return
    }
    const errorsBefore = file.messages.length
    const node = document.getIn([index], true) as YamlNode | undefined
    const {line, col} = at(node)
    const keyAt = (key: string) => at(document.getIn([index, key], true) as YamlNode | undefined)
    const checked = check(compile, item, line, col, keyAt, fail, registry)
    if (checked) items.push(checked)
    if (file.messages.length > errorsBefore) wrong++
  })
  if (wrong > maxErrors) fail(`… and ${wrong - maxErrors} more corrections with errors, not checked one by one: fix the ones above first`, 1, 1)
  return {sourceId: source.id, file, items}
}

/** Corrections with errors reported one by one; past this, one message counts the rest. */
const maxErrors = 50

/** Past this size a corrections file is refused unread: a curator's list is kilobytes. */
export const maxCorrectionsBytes = 5 * 1024 * 1024

/** A corrections file, as the YAML reader says what it is and bounds it. */
const correctionsFile: YamlFileKind = {
  what: 'the corrections file',
  stage,
  maxBytes: maxCorrectionsBytes,
  tooLarge: (size) => ({
    reason: `Unexpected corrections file of ${size} bytes, expected at most ${maxCorrectionsBytes}: corrections are a curator's list, not data; split the source or remove what no longer applies`,
    ruleId: 'corrections-too-large'
  }),
  unreadableRule: 'unreadable-corrections',
  syntaxRule: 'corrections-syntax',
  maxErrors,
  writtenOut: 'a list of corrections'
}

type Fail = (reason: string, line: number, column: number, ruleId?: string) => void

/** One correction checked against the schema of its action and its kind's fields: the correction, or nothing when it is wrong (each problem said at its key). */
function check(compile: CompileSchema, item: unknown, line: number, col: number, keyAt: (key: string) => {line: number; col: number}, fail: Fail, registry: Registry): CorrectionItem | undefined {
  const action = (item as {action?: unknown} | null)?.action
  if (typeof item !== 'object' || item === null || !actions.includes(action as Action)) {
    const what = typeof action === 'string' ? `\`action: ${action}\`` : 'a known `action`'
    fail(`Unexpected correction with ${typeof action === 'string' ? what : 'no known `action`'}, expected one of ${actions.map((name) => `\`${name}\``).join(', ')}`, line, col)
    return undefined
  }
  const schema = schemasOf(registry).correctionActions[action as Action]
  const validate = compile(schema)
  if (!validate(item)) {
    for (const [key, reason] of explain(validate.errors ?? [], item as Record<string, unknown>, action as string)) {
      const place = key ? keyAt(key) : {line, col}
      fail(`Unexpected ${action} correction ${reason}`, place.line, place.col)
    }
    return undefined
  }
  const correction = item as Correction
  const problem = fieldProblem(correction, registry)
  if (problem) {
    const place = keyAt('field')
    fail(`Unexpected ${action} correction: ${problem}`, place.line, place.col)
    return undefined
  }
  return {correction, line, column: col}
}

/**
 * What is wrong with a correction, one sentence per key, from the schema's
 * errors: the key, the value it has and the values it may have, rather than
 * one "must be equal to constant" per value allowed.
 */
function explain(errors: readonly ErrorObject[], item: Record<string, unknown>, action: string): Array<[string | undefined, string]> {
  const byKey = new Map<string | undefined, ErrorObject[]>()
  for (const error of errors) {
    const key = error.instancePath.split('/')[1] ?? (error.params as {additionalProperty?: string; missingProperty?: string}).additionalProperty
    byKey.set(key, [...(byKey.get(key) ?? []), error])
  }
  const said: Array<[string | undefined, string]> = []
  for (const [key, found] of byKey) {
    const value = key === undefined ? undefined : item[key]
    const shown = typeof value === 'string' ? `\`${value}\`` : JSON.stringify(value)
    const allowed = found.filter((error) => error.keyword === 'const').map((error) => `\`${String((error.params as {allowedValue: unknown}).allowedValue)}\``)
    const additional = found.find((error) => error.keyword === 'additionalProperties')
    const missing = found.filter((error) => error.keyword === 'required').map((error) => `\`${(error.params as {missingProperty: string}).missingProperty}\``)
    if (additional) said.push([key, `has \`${key}\`, which a ${action} correction does not take`])
    else if (missing.length > 0) said.push([key, `without ${missing.join(', ')}, which a ${action} correction needs`])
    else if (allowed.length > 0) said.push([key, `whose \`${key}\` is ${shown}, expected one of ${allowed.join(', ')}`])
    else if (found.some((error) => error.keyword === 'pattern' || error.keyword === 'minLength')) said.push([key, `whose \`${key}\` is ${typeof value === 'string' && value !== '' ? 'only white space' : 'empty'}, expected ${key === 'quote' ? 'words of the text' : 'a name or value'}`])
    else if (found.some((error) => error.keyword === 'type')) said.push([key, `whose \`${key}\` is ${shown}, expected ${found.filter((error) => error.keyword === 'type').map((error) => `a ${(error.params as {type: string}).type}`).join(' or ')}`])
    else said.push([key, found.map((error) => `${key ? `\`${key}\` ` : ''}${error.message ?? 'is not valid'}`).join('; ')])
  }
  return said
}

const dateValue = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/u

/** What is wrong with a correction's field and value for its kind of record, if anything. */
function fieldProblem(correction: Correction, registry: Registry): string | undefined {
  if (!('field' in correction) && !('value' in correction)) return undefined
  const {field, value} = correction as {field?: string; value?: string | number}
  if (field === undefined || value === undefined) return 'a fact is named by both `field` and `value`'
  if (correction.kind === 'organization') return 'an organisation has no facts to correct; name it as a party of its record'
  const entry = registry[correction.kind]!
  if (!(field in schemasOf(registry).records[entry.table]!.properties)) return `an ${correction.kind} has no \`${field}\``
  if (field === entry.started && !dateValue.test(String(value))) return `\`${field}\` takes an ISO date (\`2016\`, \`2016-05\`, \`2016-05-31\`), not \`${value}\``
  if (field === 'memberCount' && typeof value !== 'number') return '`memberCount` takes a number'
  if (field === 'origin' && value !== 'international' && value !== 'domestic') return '`origin` is `international` or `domestic`'
  if (field !== 'memberCount' && typeof value !== 'string') return `\`${field}\` takes a name or words, not a number`
  return undefined
}
