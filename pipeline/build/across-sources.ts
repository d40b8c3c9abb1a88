/**
 * Names known across the sources of a build: a name that is a record in one
 * source is recognised wherever another source mentions it (as the widely
 * known names are, \`known-names.ts\`), so that a paper that only compares
 * itself with a platform another paper of the build describes still names it.
 * One round: the sources are read alone, then each that mentions a name of
 * another source's records without a record of its own is read again with
 * those names. What each source is given depends on the set of sources, never
 * on the order they were read in, and is part of its cache key.
 */
import type {KnownEntity} from '../lexicon/zh/index.ts'
import type {Registry} from '../dataset/kinds.ts'
import type {EntityRecord} from '../../schemas/dataset.ts'
import type {SourceResult} from './process-source.ts'
import {nameKey} from '../extract/ids.ts'

/** Shortest name looked for: one character of the script, or two letters, name nothing alone. */
const shortestScript = 2
const shortestLatin = 3
const latinLetter = /[A-Za-z0-9]/u


/** The records of a source: each with its kind and every name it goes by. */
function recordsOf(result: SourceResult, registry: Registry): Array<{kind: string; names: string[]}> {
  const found: Array<{kind: string; names: string[]}> = []
  for (const [kind, entry] of Object.entries(registry)) {
    const table = (result.dataset?.[entry.table] ?? []) as EntityRecord[]
    for (const record of table) found.push({kind, names: [record.name, ...record.aliases]})
  }
  return found
}

/** Whether a name is long enough to be looked for, as a word of its own when it is Latin. */
function lookedFor(name: string): boolean {
  return [...name].length >= (latinLetter.test(name) ? shortestLatin : shortestScript)
}

/**
 * For each source (by its index), the names of other sources' records it
 * mentions and has no record of: one entity per name, of the kind every
 * source that has it agrees on (a name two sources give two kinds is left
 * alone), sorted.
 */
export function namesAcrossSources(results: readonly SourceResult[], registry: Registry): KnownEntity[][] {
  const own = results.map((result) => recordsOf(result, registry))
  // every record's names, by its canonical name nameKeyd: the names of all its spellings, and the kinds given it
  const entities = new Map<string, {names: Set<string>; kinds: Set<string>; sources: Set<number>}>()
  const byName = new Map<string, string>()
  own.forEach((records, index) => {
    for (const {kind, names} of records) {
      const key = names.map(nameKey).map((name) => byName.get(name)).find(Boolean) ?? nameKey(names[0]!)
      const entity = entities.get(key) ?? {names: new Set(), kinds: new Set(), sources: new Set()}
      entities.set(key, entity)
      for (const name of names) {
        entity.names.add(name)
        byName.set(nameKey(name), key)
      }
      entity.kinds.add(kind)
      entity.sources.add(index)
    }
  })
  // the names looked for, by their first character, each with its entity
  const first = new Map<string, Array<{name: string; key: string}>>()
  for (const [key, entity] of entities) {
    if (entity.kinds.size !== 1) continue
    for (const name of entity.names) {
      if (!lookedFor(name)) continue
      const list = first.get(name[0]!) ?? []
      list.push({name, key})
      first.set(name[0]!, list)
    }
  }
  return results.map((result, index) => {
    const text = result.markdown
    const mentioned = new Set<string>()
    for (let at = 0; at < text.length; at++) {
      for (const {name, key} of first.get(text[at]!) ?? []) {
        if (mentioned.has(key) || entities.get(key)!.sources.has(index) || !text.startsWith(name, at)) continue
        // a Latin name as a word of its own
        if (latinLetter.test(name) && (latinLetter.test(text[at - 1] ?? '') || latinLetter.test(text[at + name.length] ?? ''))) continue
        mentioned.add(key)
      }
    }
    return [...mentioned]
      .map((key) => {
        const entity = entities.get(key)!
        const names = [...entity.names].sort()
        // the name the first source (in the order of their paths) gives its record first
        const [canonical] = [...entity.names]
        return {kind: [...entity.kinds][0]!, names: [canonical!, ...names.filter((name) => name !== canonical)], reference: 'another source of this build'}
      })
      .sort((a, b) => (a.names[0]! < b.names[0]! ? -1 : a.names[0]! > b.names[0]! ? 1 : 0))
  })
}
