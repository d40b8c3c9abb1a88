import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {Ajv2020, type ValidateFunction} from 'ajv/dist/2020.js'
import {VFile} from 'vfile'
import {LineCounter, parseDocument, type Node as YamlNode} from 'yaml'
import {Alliance, type Correction, correctionActions, Platform} from '../../schemas/dataset.ts'
import type {Source} from '../list-sources.ts'

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
const ending = '.corrections.yaml'
const ajv = new Ajv2020({allErrors: true, strict: true, validateSchema: false})
const validators = new Map<string, ValidateFunction>()
type Action = keyof typeof correctionActions
const actions = Object.keys(correctionActions) as Action[]

/** Where a source's corrections are: `<name>.corrections.yaml` beside it, or `<source-id>.corrections.yaml` in the folder given. */
export function correctionsPath(source: Source, folder: string | undefined): string {
  if (folder) return path.join(folder, `${source.id}${ending}`)
  return path.join(path.dirname(source.absolute), `${path.basename(source.absolute, path.extname(source.absolute))}${ending}`)
}

/**
 * A source's corrections, read and checked against their JSON Schema
 * (`schemas/corrections.schema.json`); none when the file does not exist. A
 * file that is not YAML, or a correction that does not fit the schema, is an
 * error at its line, and the build writes nothing.
 */
export async function readCorrections(source: Source, folder: string | undefined, cwd: string): Promise<CorrectionsFile | undefined> {
  const absolute = correctionsPath(source, folder)
  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  const file = new VFile({path: path.relative(cwd, absolute), cwd, value: text})
  const fail = (reason: string, line: number, column: number, ruleId = 'invalid-correction') => {
    const message = file.message(reason, {place: {line, column}, ruleId, source: stage})
    message.fatal = true
  }
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter})
  const at = (node: YamlNode | null | undefined) => lineCounter.linePos(node?.range?.[0] ?? 0)
  for (const error of document.errors) fail(`Unexpected YAML: ${error.message.split('\n')[0]}`, error.linePos?.[0].line ?? 1, error.linePos?.[0].col ?? 1, 'corrections-syntax')
  if (document.errors.length > 0) return {sourceId: source.id, file, items: []}
  const value = document.toJS() as unknown
  if (value === null || value === undefined) return {sourceId: source.id, file, items: []}
  if (!Array.isArray(value)) {
    fail('Unexpected YAML that is not a list, expected a list of corrections (`- action: reject`…)', 1, 1)
    return {sourceId: source.id, file, items: []}
  }
  const items: CorrectionItem[] = []
  value.forEach((item: unknown, index) => {
    const node = document.getIn([index], true) as YamlNode | undefined
    const {line, col} = at(node)
    const keyAt = (key: string) => at(document.getIn([index, key], true) as YamlNode | undefined)
    const action = (item as {action?: unknown} | null)?.action
    if (typeof item !== 'object' || item === null || !actions.includes(action as Action)) {
      fail(`Unexpected correction without a known \`action\`, expected one of ${actions.map((name) => `\`${name}\``).join(', ')}`, line, col)
      return
    }
    const validate = validators.get(action as string) ?? ajv.compile(correctionActions[action as Action])
    validators.set(action as string, validate)
    if (!validate(item)) {
      for (const error of validate.errors ?? []) {
        const key = error.instancePath.split('/')[1] ?? (error.params as {additionalProperty?: string}).additionalProperty
        const place = key ? keyAt(key) : {line, col}
        const what = error.keyword === 'additionalProperties' ? `has \`${(error.params as {additionalProperty: string}).additionalProperty}\`, which a ${action} correction does not take` : `${error.instancePath ? `\`${error.instancePath.slice(1)}\` ` : ''}${error.message ?? 'is not valid'}`
        fail(`Unexpected ${action} correction that ${what}`, place.line, place.col)
      }
      return
    }
    const correction = item as Correction
    const problem = fieldProblem(correction)
    if (problem) {
      const place = keyAt('field')
      fail(`Unexpected ${action} correction: ${problem}`, place.line, place.col)
      return
    }
    items.push({correction, line, column: col})
  })
  return {sourceId: source.id, file, items}
}

const dateValue = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/u

/** What is wrong with a correction's field and value for its kind of record, if anything. */
function fieldProblem(correction: Correction): string | undefined {
  if (!('field' in correction) && !('value' in correction)) return undefined
  const {field, value} = correction as {field?: string; value?: string | number}
  if (field === undefined || value === undefined) return 'a fact is named by both `field` and `value`'
  if (correction.kind === 'organization') return 'an organisation has no facts to correct; name it as a party of its record'
  const properties = (correction.kind === 'alliance' ? Alliance : Platform).properties as Record<string, unknown>
  if (!(field in properties)) return `an ${correction.kind} has no \`${field}\``
  if ((field === 'founded' || field === 'launched') && !dateValue.test(String(value))) return `\`${field}\` takes an ISO date (\`2016\`, \`2016-05\`, \`2016-05-31\`), not \`${value}\``
  if (field === 'memberCount' && typeof value !== 'number') return '`memberCount` takes a number'
  if (field === 'origin' && value !== 'international' && value !== 'domestic') return '`origin` is `international` or `domestic`'
  if (field !== 'memberCount' && typeof value !== 'string') return `\`${field}\` takes a name or words, not a number`
  return undefined
}
