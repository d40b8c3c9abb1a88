import type {Relation} from '../schemas/dataset.ts'
import type {EntityKind} from './lexicon/zh/index.ts'

/** What each kind of record is in the dataset: its table, its fields of parties and dates, and the ties to its parties. */
export interface KindEntry {
  /** The list of `dataset.json` (and the CSV, the sheet) it is kept in. */
  table: 'alliances' | 'platforms'
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
}

/**
 * The registry of entity kinds: stages and the assembly loop over it instead
 * of naming alliances and platforms themselves. (Its words, which tell a kind
 * in a text, are the language pack's `kindWords`.)
 */
export const kinds: Readonly<Record<EntityKind, KindEntry>> = {
  alliance: {table: 'alliances', leads: 'founders', joiners: 'members', started: 'founded', leadPredicate: 'foundedBy', joinPredicate: 'hasMember', single: ['founded', 'memberCount']},
  platform: {
    table: 'platforms',
    leads: 'developers',
    joiners: 'participants',
    started: 'launched',
    leadPredicate: 'developedBy',
    joinPredicate: 'hasParticipant',
    single: ['launched', 'memberCount', 'origin']
  }
}

/** The kinds in the order their tables come in the dataset. */
export const kindList = Object.entries(kinds) as Array<[EntityKind, KindEntry]>

/** The entry of a kind by its table. */
export const kindOfTable = (table: KindEntry['table']): [EntityKind, KindEntry] => kindList.find(([, entry]) => entry.table === table)!
