import {nameSuffixes} from '../lexicon/language.ts'
import type {KnownEntity} from '../lexicon/zh/index.ts'
import type {KindGrammar} from '../lexicon/zh/grammar.ts'
import type {VFile} from 'vfile'
import type {Count, Event} from '../../schemas/dataset.ts'
import type {Passage, Span} from '../clean/passages.ts'
import type {PartyMatch} from './read-parties.ts'
import {placeOf} from '../read/source-lines.ts'

/** An organisation a record names, with the offset in the raw source where its name is written. */
export interface PartyDraft extends PartyMatch {
  offset: number
  /** The reader's rule that read it (\`founding\`, \`table\`, \`role\`…), for a reviewer to see why. */
  rule: string
}

/** A record as the text tells of it, before it gets its id. */
export interface RecordDraft {
  /** Its kind: a name in the registry the extraction read with. */
  kind: string
  name: string
  aliases: string[]
  /** Offset in the raw source where the name is written. */
  offset: number
  /** Whether the record is an entry with a heading of its own. */
  entry: boolean
  /** The reader's rule that found it (\`entry\`, \`copula\`, \`list\`, \`table\`, \`known-name\`, \`document-subject\`…). */
  rule: string
  description: string
  /** Founders of an alliance, developers of a platform. */
  leads: PartyDraft[]
  /** Members of an alliance, participants of a platform. */
  joiners: PartyDraft[]
  /** When an alliance was founded or a platform launched. */
  started: string | null
  memberCount: Count | null
  events: Event[]
  basedOn: string[]
  origin: 'international' | 'domestic' | null
  /** Where the text states the start date, the member count, and each alias (by the alias), as offsets in the raw source. */
  placed: {started?: number; memberCount?: number; origin?: number; aliases: Record<string, number>; basedOn: Record<string, number>; events: number[]; rules: Record<string, string>}
}

declare module 'vfile' {
  interface DataMap {
    records: RecordDraft[]
    candidates: CandidateDraft[]
  }
}

/** A name that looks like an entity and is no record: its kind if the text suggests one, why not, and where it is mentioned (offsets in the raw source). */
export interface CandidateDraft {
  name: string
  kind: string | null
  why: string
  offsets: number[]
}

export const source = 'extract-records'
/** Longest name, in characters, looked for at the start of a sentence. */
const maxNameLength = 64

/** The records of one source, found by any of their names. */
export class RecordBook {
  readonly records: RecordDraft[] = []
  /** Every record by its name and its aliases, squeezed. */
  private readonly byName = new Map<string, RecordDraft>()
  private longestName = 0

  create(kind: string, name: string, aliases: string[], offset: number, entry: boolean, rule: string): RecordDraft {
    const record: RecordDraft = {
      kind, name, aliases: [...new Set(aliases)], offset, entry, rule, description: '',
      leads: [], joiners: [], started: null, memberCount: null, events: [], basedOn: [], origin: null,
      placed: {aliases: Object.fromEntries([...new Set(aliases)].map((alias) => [alias, offset])), basedOn: {}, events: [], rules: {}}
    }
    this.records.push(record)
    this.index(record, [name, ...record.aliases])
    return record
  }

  /** A record named in running text becomes the entry of its name: the entry's name and place, the facts read so far kept. */
  adopt(record: RecordDraft, name: string, aliases: string[], offset: number): RecordDraft {
    const names = [record.name, ...record.aliases, ...aliases].filter((written) => squeeze(written) !== squeeze(name))
    record.aliases = [...new Set(names)]
    for (const alias of record.aliases) record.placed.aliases[alias] ??= offset
    record.name = name
    record.offset = offset
    record.entry = true
    record.rule = 'entry'
    record.description = ''
    this.index(record, [name, ...record.aliases])
    return record
  }

  /** Forget a record made on the way to finding there is not enough evidence for it: it is no longer found by any name. */
  remove(record: RecordDraft) {
    const at = this.records.indexOf(record)
    if (at >= 0) this.records.splice(at, 1)
    for (const [key, owner] of this.byName) if (owner === record) this.byName.delete(key)
  }

  /** Give a record an alias the text declares for it, where the text declares it. */
  addAlias(record: RecordDraft, alias: string, offset: number) {
    if (alias === record.name || record.aliases.includes(alias)) return
    record.aliases.push(alias)
    record.placed.aliases[alias] = offset
    this.index(record, [alias])
  }

  /** Find a record by these names from now on (a name another record already has stays that record's). */
  private index(record: RecordDraft, names: readonly string[]) {
    for (const written of names) {
      for (const key of keysOf(written)) {
        if (!this.byName.has(key)) this.byName.set(key, record)
        this.longestName = Math.max(this.longestName, key.length)
      }
    }
  }

  /** The record of a name or any of its aliases. */
  findAny(name: string, aliases: readonly string[]): RecordDraft | undefined {
    return this.find(name) ?? aliases.map((alias) => this.find(alias)).find(Boolean)
  }

  /** The record of a name or alias, also when one of them has a suffix the other lacks (\`星河账本项目\`, \`星河账本\`). */
  find(name: string): RecordDraft | undefined {
    for (const key of keysOf(name)) {
      const record = this.byName.get(key)
      if (record) return record
    }
    return undefined
  }

  /** The longest record name or alias that `text` starts with, and its length without spaces. */
  knownAtStart(text: string): {record: RecordDraft; length: number} | undefined {
    const head = squeeze(text.slice(0, maxNameLength))
    for (let length = Math.min(head.length, this.longestName); length > 0; length--) {
      const record = this.byName.get(head.slice(0, length))
      if (record) return {record, length}
    }
    return undefined
  }
}

/** What the stages of one source's extraction share: its records and what the text has said so far. */
export class Extraction {
  readonly book = new RecordBook()
  readonly place: ReturnType<typeof placeOf>
  /** The names of every entry of the document, so a list that names an entry before its heading does not make it twice. */
  readonly entryNames = new Set<string>()
  /** Aliases that lists of organisations give a name in parentheses: `甲联盟（Alpha Alliance）`. */
  readonly aliasesGiven = new Map<string, string[]>()
  /** The records the current entry speaks of, for `该联盟` and `该平台`. */
  scope: RecordDraft[] = []
  /** Sentences that tell a start of a subject no record had yet (\`2009年初，甲网络正式上线运行\`): read again once every record is known. */
  readonly pendingStarts: Array<{text: Passage; span: Span}> = []
  /** The company whose entry the text is in, in a section about companies. */
  organisationEntry: {name: string; offset: number} | null = null
  /** Names that look like entities but lack the evidence to be records, with the offset of each mention. */
  readonly candidates = new Map<string, CandidateDraft>()
  /** The sentences of prose read, for the names of widely known entities (looked for last). */
  readonly proseSentences: Array<{text: Passage; span: Span}> = []
  /** The record of each kind the text named last, for `该联盟`. */
  lastMentioned: Partial<Record<string, RecordDraft>> = {}

  constructor(
    readonly file: VFile,
    readonly grammar: KindGrammar,
    /** Names of widely known entities, recognised wherever prose mentions them. */
    readonly known: readonly KnownEntity[] = []
  ) {
    this.place = placeOf(file)
  }

  /** A party read at `index` of a passage, placed in the raw source; a party that reads as a technology is warned of. */
  locate(text: Passage, index: number, party: PartyMatch, rule: string): PartyDraft {
    const offset = text.toSource(index)
    if (party.aliases.length > 0) this.aliasesGiven.set(party.name, [...(this.aliasesGiven.get(party.name) ?? []), ...party.aliases])
    if (party.suspicious) {
      const message = this.file.message(
        `Unexpected \`${party.name}\` among the organisations, expected the name of an organisation rather than a technology; kept as written`,
        {place: this.place.toPoint(offset), ruleId: 'suspicious-party', source}
      )
      message.actual = party.name
    }
    return {name: party.name, aliases: party.aliases, country: party.country, kind: party.kind, start: party.start, suspicious: party.suspicious, offset, rule}
  }
}

/** A name's keys: the name squeezed, and without a suffix that does not change whom it names. */
function keysOf(name: string): string[] {
  const key = squeeze(name)
  const suffix = nameSuffixes.find((word) => key.endsWith(word) && key.length >= word.length + 2)
  return suffix ? [key, key.slice(0, key.length - suffix.length)] : [key]
}

/** A name as it is compared: compatibility forms folded, spaces dropped, lower case. */
export function squeeze(text: string): string {
  let squeezed = squeezedNames.get(text)
  if (squeezed === undefined) {
    if (squeezedNames.size >= 100_000) squeezedNames.clear()
    squeezed = text.normalize('NFKC').replace(/\s+/g, '').toLowerCase()
    squeezedNames.set(text, squeezed)
  }
  return squeezed
}

/** Names already squeezed: the same names and sentence openings are compared again and again. */
const squeezedNames = new Map<string, string>()

/** Note a mention of a name that is no record (yet): the first note gives its kind and reason. */
export function noteCandidate(state: Extraction, name: string, kind: string | null, offset: number, why: string) {
  const key = squeeze(name)
  const known = state.candidates.get(key)
  if (known) {
    if (!known.offsets.includes(offset)) known.offsets.push(offset)
    known.kind ??= kind
  } else {
    state.candidates.set(key, {name, kind, why, offsets: [offset]})
  }
}
