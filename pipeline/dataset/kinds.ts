import {anaphors, bareSectionWords, exampleKindWords, kindInDescription, kindWords, languageInUse, mentionKindWords, setApartKindWords} from '../lexicon/language.ts'
import {composeSchemas, defaultShapes, recordSchema, type EntityRecord, type KindShape, type Position} from '../../schemas/dataset.ts'

/** The words that tell a kind in a text (all from the language pack). */
export interface KindWords {
  /** Head nouns a name or a section heading of the kind ends with (\`联盟\`, \`平台\`). */
  heads: readonly string[]
  /** The heads strong enough to make a record of a name in running text. */
  inProse: readonly string[]
  /** The heads that alone make a heading a section about the kind (\`# 联盟\`). */
  alone: readonly string[]
  /** Words ending a clause after \`的\` in an entry's first sentence that give the entry the kind. */
  inDescription: readonly string[]
  /** Words that point back at the record of the kind the text speaks of (\`该联盟\`). */
  anaphors: readonly string[]
  /** Heads a quoted name may take besides \`heads\` (\`“星票”产品\`): only a name set apart by quotes is a record with them. */
  setApart?: readonly string[]
  /** Words for the kind's products in general whose examples, when Latin names, are records of it (\`方案如 Nova 和 Vega\`). */
  examples?: readonly string[]
}

/** What each kind of record is in the dataset (its shape, from the schemas), and how a text tells it. */
export interface KindEntry extends KindShape {
  words: KindWords
}

/** A registry of kinds by name: the extraction, the dataset and every output loop over it. */
export type Registry = Readonly<Record<string, KindEntry>>

/** The kinds of record the dataset has always had: each has its words in the language pack. */
export type EntityKind = keyof typeof defaultShapes

/** A kind's words, as the language pack has them. */
function wordsOf(kind: EntityKind): KindWords {
  return {
    heads: kindWords[kind],
    inProse: mentionKindWords[kind],
    alone: bareSectionWords[kind],
    inDescription: kindInDescription[kind],
    anaphors: Object.entries(anaphors).filter(([, of]) => of === kind).map(([word]) => word),
    setApart: setApartKindWords[kind],
    examples: exampleKindWords[kind]
  }
}

/**
 * The registry of entity kinds: stages, the assembly and the writers loop
 * over it instead of naming kinds themselves. A new kind is one entry (its
 * shape, which gives it a table in the dataset and its schemas, and its
 * words in the language pack).
 */
export const kinds: Registry = {
  alliance: withPackWords(defaultShapes.alliance, 'alliance'),
  platform: withPackWords(defaultShapes.platform, 'platform')
}

/** A kind whose words are those of the language pack in use, whichever it is when they are read (gathered once per pack: stages read them for every name). */
function withPackWords(shape: KindShape, kind: EntityKind): KindEntry {
  let gathered: {pack: unknown; words: KindWords} | undefined
  const words = () => {
    const pack = languageInUse()
    if (gathered === undefined || gathered.pack !== pack || pack === undefined) gathered = {pack, words: wordsOf(kind)}
    return gathered.words
  }
  return Object.defineProperty({...shape}, 'words', {get: words, enumerable: true}) as KindEntry
}

/** A registry's kinds in the order their tables come in the dataset. */
export const entriesOf = (registry: Registry): KindEntry[] => Object.values(registry)

/** The schemas of a registry's kinds, composed once per registry. */
const composed = new WeakMap<Registry, ReturnType<typeof composeSchemas>>()
export function schemasOf(registry: Registry): ReturnType<typeof composeSchemas> {
  let schemas = composed.get(registry)
  if (!schemas) composed.set(registry, (schemas = composeSchemas(entriesOf(registry))))
  return schemas
}

/** The fields of a kind's records, in order: its schema's properties. */
const fieldLists = new WeakMap<KindShape, string[]>()
export function fieldsOf(entry: KindShape): string[] {
  let fields = fieldLists.get(entry)
  if (!fields) fieldLists.set(entry, (fields = Object.keys(recordSchema(entry).properties)))
  return fields
}

/** A dataset's records of one kind. */
export function recordsOf(dataset: object, entry: KindShape): EntityRecord[] {
  return ((dataset as Record<string, unknown>)[entry.table] ??= []) as EntityRecord[]
}

/** The places of a kind's records, by id. */
export function placesOf(positions: object, entry: KindShape): Record<string, Position> {
  return ((positions as Record<string, unknown>)[entry.table] ??= {}) as Record<string, Position>
}

/** An empty dataset and positions with a table for every kind of a registry. */
export function emptyTables(registry: Registry): {records: Record<string, EntityRecord[]>; positions: Record<string, Record<string, Position>>} {
  const tables = entriesOf(registry).map((entry) => entry.table)
  return {
    records: Object.fromEntries(tables.map((table) => [table, []])),
    positions: Object.fromEntries([...tables, 'organizations', 'relations'].map((table) => [table, {}]))
  }
}
