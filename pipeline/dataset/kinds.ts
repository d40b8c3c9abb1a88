import type {Relation} from '../../schemas/dataset.ts'
import {anaphors, bareSectionWords, type EntityKind, exampleKindWords, kindInDescription, kindWords, mentionKindWords, setApartKindWords} from '../lexicon/zh/index.ts'

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

/** What each kind of record is in the dataset, and how a text tells it. */
export interface KindEntry<Table extends string = string> {
  /** The list of `dataset.json` (and the CSV, the sheet) it is kept in. */
  table: Table
  /** Who started it (founders of an alliance, developers of a platform), and who takes part. */
  leads: 'founders' | 'developers'
  joiners: 'members' | 'participants'
  /** When it started. */
  started: 'founded' | 'launched'
  /** The ties from it to its leads and to its joiners. */
  leadPredicate: Relation['predicate']
  joinPredicate: Relation['predicate']
  /** Its facts that take one value, which sources may disagree on. */
  single: ReadonlyArray<'founded' | 'launched' | 'memberCount' | 'origin'>
  words: KindWords
}

/** A registry of kinds by name: the extraction reads any registry, the dataset the one below. */
export type Registry = Readonly<Record<string, KindEntry>>

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
 * The registry of entity kinds: stages and the assembly loop over it instead
 * of naming alliances and platforms themselves. A new kind is one entry here
 * and its words in the language pack (its table in the schema gives it a
 * place in the dataset).
 */
export const kinds: Readonly<Record<EntityKind, KindEntry<'alliances' | 'platforms'>>> = {
  alliance: {
    table: 'alliances',
    leads: 'founders',
    joiners: 'members',
    started: 'founded',
    leadPredicate: 'foundedBy',
    joinPredicate: 'hasMember',
    single: ['founded', 'memberCount'],
    words: wordsOf('alliance')
  },
  platform: {
    table: 'platforms',
    leads: 'developers',
    joiners: 'participants',
    started: 'launched',
    leadPredicate: 'developedBy',
    joinPredicate: 'hasParticipant',
    single: ['launched', 'memberCount', 'origin'],
    words: wordsOf('platform')
  }
}

/** The kinds in the order their tables come in the dataset. */
export const kindList = Object.entries(kinds) as Array<[EntityKind, KindEntry<'alliances' | 'platforms'>]>

/** The entry of a kind by its table. */
export const kindOfTable = (table: 'alliances' | 'platforms'): [EntityKind, KindEntry<'alliances' | 'platforms'>] => kindList.find(([, entry]) => entry.table === table)!

/** Whether a kind a stage read is one the dataset has a table for. */
export const isEntityKind = (kind: string): kind is EntityKind => Object.hasOwn(kinds, kind)
