import type {KnownEntity} from '../lexicon/zh/index.ts'
import {schemaCompiler} from '../dataset/schema-compiler.ts'
import type {VFile} from 'vfile'
import type {Node as YamlNode} from 'yaml'
import {readYamlFile, type YamlFileKind} from '../read/read-yaml.ts'
import {kinds, type Registry, schemasOf} from '../dataset/kinds.ts'

/** The name of a user's list of known entities in a sources folder. */
export const knownFileName = 'known-entities.yaml'
/** Past this size a list of known entities is refused unread. */
const maxBytes = 1024 * 1024
const stage = 'known-file'

/** A list of known entities, as the YAML reader says what it is and bounds it. */
const knownFile: YamlFileKind = {
  what: 'the list of known entities',
  stage,
  maxBytes,
  tooLarge: (size) => ({reason: `Unexpected list of known entities of ${size} bytes, expected at most ${maxBytes}`, ruleId: 'invalid-known-entities'}),
  unreadableRule: 'unreadable-known-entities',
  syntaxRule: 'known-entities-syntax',
  maxErrors: 20,
  writtenOut: 'a list'
}

/**
 * A user's list of known entities (\`known-entities.yaml\`), read and
 * checked against its JSON Schema (\`schemas/known-entities.schema.json\`):
 * its entities, and its file, where any problem is an error at its line
 * (the build then writes nothing).
 */
export async function readKnownFile(absolute: string, cwd: string, registry: Registry = kinds): Promise<{file: VFile; entities: KnownEntity[]}> {
  const {file, parsed} = await readYamlFile(absolute, cwd, knownFile)
  if (!parsed) return {file, entities: []}
  const {value, document, at} = parsed
  const fail = (reason: string, line: number, column: number) => {
    const message = file.message(reason, {place: {line, column}, ruleId: 'invalid-known-entities', source: stage})
    message.fatal = true
  }
  if (value === null || value === undefined) return {file, entities: []}
  const validate = (await schemaCompiler())(schemasOf(registry).KnownEntities)
  if (!validate(value)) {
    for (const error of (validate.errors ?? []).slice(0, 20)) {
      const [index, key] = error.instancePath.split('/').slice(1)
      const node = document.getIn(key === undefined ? [Number(index)] : [Number(index), key], true) as YamlNode | undefined
      const {line, col} = at(node)
      fail(`Unexpected known entity${error.instancePath ? ` \`${error.instancePath.slice(1)}\`` : ''}: ${error.message ?? 'is not valid'}${error.keyword === 'enum' || error.keyword === 'const' ? ` (${JSON.stringify(error.params)})` : ''}, expected \`- name: …\`, \`kind: ${Object.keys(registry).join('` or `')}\`, \`aliases\` and \`reference\``, line, col)
    }
    return {file, entities: []}
  }
  const entities = (value as Array<{name: string; kind: string; aliases?: string[]; reference?: string}>).map((entry) => ({
    kind: entry.kind,
    names: [entry.name.trim(), ...(entry.aliases ?? []).map((alias) => alias.trim())],
    reference: entry.reference ?? ''
  }))
  return {file, entities}
}
