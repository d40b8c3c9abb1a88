import {nameSuffixes, organisationEndings} from '../lexicon/language.ts'
import {nameKey} from './ids.ts'
import {documentPublisher} from './document-subject.ts'
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

/** A party known by a name the reading already has (an entry's organisation, a record a pointer means), placed where the text points at it. */
export function namedParty(name: string, aliases: readonly string[], offset: number, rule: string): PartyDraft {
  return {name, aliases: [...aliases], country: null, kind: null, start: 0, suspicious: false, offset, rule}
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

/** A name of a kind in the text that no reading made a record of (yet), where it is written and the sentence that holds it. */
export interface UnrecordedName {
  kind: string
  name: string
  aliases: string[]
  offset: number
  description: string
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

/** A Latin name of a family's word and a member's words: \`Nova Vega\`. */
const familyWords = /^(?<family>[A-Za-z][A-Za-z0-9]*)\s+(?<member>[A-Za-z][A-Za-z0-9 .-]*)$/u

/** The records of one source, found by any of their names. */
export class RecordBook {
  readonly records: RecordDraft[] = []
  /** Every record by its name and its aliases, squeezed. */
  private readonly byName = new Map<string, RecordDraft>()
  private longestName = 0
  /** Records named \`Family Member\` (Latin words), by the member's name squeezed: with the family's name, squeezed. */
  private readonly byMember = new Map<string, {family: string; record: RecordDraft}>()
  /** The first letter of every name's key: most texts a name is looked for at the start of open with none of them. */
  private readonly firstLetters = new Set<string>()

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
    for (const [key, named] of this.byMember) if (named.record === record) this.byMember.delete(key)
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
      const words = familyWords.exec(written.trim())
      if (words && !this.byMember.has(squeeze(words.groups!.member!))) this.byMember.set(squeeze(words.groups!.member!), {family: squeeze(words.groups!.family!), record})
      for (const key of keysOf(written)) {
        if (!this.byName.has(key)) this.byName.set(key, record)
        this.longestName = Math.max(this.longestName, key.length)
        this.firstLetters.add(key.charAt(0))
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
    return this.familyMember(name) ?? this.memberOfFamily(name)
  }

  /**
   * \`Nova Vega\` where \`Nova\` and \`Vega\` are both records: the project
   * \`Vega\` named with the family it belongs to in front (Latin names only).
   */
  private familyMember(name: string): RecordDraft | undefined {
    const words = familyWords.exec(name.trim())
    if (!words) return undefined
    const family = this.byName.get(squeeze(words.groups!.family!))
    const member = this.byName.get(squeeze(words.groups!.member!))
    return family && member && family !== member ? member : undefined
  }

  /** \`Vega\` where \`Nova Vega\` and \`Nova\` are both records: the project named without its family. */
  private memberOfFamily(name: string): RecordDraft | undefined {
    const named = this.byMember.get(squeeze(name))
    const family = named ? this.byName.get(named.family) : undefined
    return family && family !== named!.record ? named!.record : undefined
  }

  /** The longest record name or alias that `text` starts with, and its length without spaces. */
  knownAtStart(text: string): {record: RecordDraft; length: number} | undefined {
    // (a key has no spaces: its first letter is the text's first one that is no space, as keys write it)
    const first = /\S/u.exec(text)?.[0]
    if (first === undefined || !this.firstLetters.has(squeeze(first).charAt(0))) return undefined
    const head = squeeze(text.slice(0, maxNameLength))
    for (let length = Math.min(head.length, this.longestName); length > 0; length--) {
      const record = this.byName.get(head.slice(0, length))
      if (!record) continue
      // \`Quasar 基金会\`, \`星河科技\`: a record's name that an organisation's ending follows names that organisation
      const after = head.slice(length)
      return organisationEndings.some((ending) => after.startsWith(ending)) ? undefined : {record, length}
    }
    return undefined
  }
}

/**
 * What a reader found: a record named, or a fact of a record, with where the
 * text says it (an offset in the raw source) and the rule that read it.
 * Readers hand their findings to \`Extraction.apply\`, the one place that
 * changes records; every finding of a document is kept in the order found
 * (\`Extraction.findings\`), so a decision may look at all of them.
 */
export type Finding =
  /**
   * A record named: the record of one of its names if there is one (\`known\`: \`any\`, the default; of its
   * kind only, \`same-kind\`; \`none\`, always a new one), else a new one, described by \`description\`, an
   * \`entry\` if it has a heading (or a table row) of its own.
   */
  | {type: 'record'; kind: string; name: string; aliases: readonly string[]; offset: number; rule: string; entry?: boolean; known?: 'any' | 'same-kind' | 'none'; description?: string}
  /** A record named in running text becomes the entry of a heading that names it. */
  | {type: 'entry'; record: RecordDraft; name: string; aliases: readonly string[]; offset: number}
  /** A record found on the way to learning there is not enough evidence for it. */
  | {type: 'withdrawn'; record: RecordDraft}
  | {type: 'alias'; record: RecordDraft; alias: string; offset: number}
  | {type: 'description'; record: RecordDraft; text: string; how: 'unless-described' | 'append'}
  /** A founder or developer (\`leads\`), a member or participant (\`joiners\`). */
  | {type: 'party'; record: RecordDraft; role: 'leads' | 'joiners'; party: PartyDraft}
  /** When it was founded or launched: kept if the record has none, or, \`moreExact\`, if it tells the date it has more precisely, or if the date it has was only proposed (rule \`proposed\`). */
  | {type: 'start'; record: RecordDraft; date: string; offset: number; rule: string; moreExact?: boolean}
  | {type: 'count'; record: RecordDraft; count: Count; offset: number; rule: string}
  | {type: 'event'; record: RecordDraft; event: Event; offset: number; rule: string}
  | {type: 'base'; record: RecordDraft; name: string; offset: number; rule: string}
  | {type: 'origin'; record: RecordDraft; origin: 'international' | 'domestic'; offset: number; rule: string}
  /** A name that looks like an entity, without the evidence to be a record. */
  | {type: 'candidate'; name: string; kind: string | null; offset: number; why: string}

/** The findings a caller names its record in: any but a candidate. */
type RecordFinding = Exclude<Finding, {type: 'record' | 'candidate'}>

/** What readers may ask of the records found so far: a look-up, never a change (a change is a finding). */
export type RecordLookup = Pick<RecordBook, 'records' | 'find' | 'findAny' | 'knownAtStart'>

/** What the stages of one source's extraction share: its records and what the text has said so far. */
export class Extraction {
  /** The records found so far, by name. */
  readonly book: RecordLookup
  private readonly recordBook = new RecordBook()
  readonly place: ReturnType<typeof placeOf>
  /** The names of every entry of the document, so a list that names an entry before its heading does not make it twice. */
  readonly entryNames: ReadonlySet<string>
  /** Aliases that lists of organisations give a name in parentheses: `甲联盟（Alpha Alliance）`. */
  readonly aliasesGiven: ReadonlyMap<string, readonly string[]>
  /** Names that look like entities but lack the evidence to be records, with the offset of each mention. */
  readonly candidates: ReadonlyMap<string, CandidateDraft>
  /** Sentences that tell a start of a subject no record had yet (\`2009年初，甲网络正式上线运行\`): read again once every record is known. */
  readonly pendingStarts: ReadonlyArray<{text: Passage; span: Span; yearBefore: number | undefined}>
  /** The year the text gave last, as it is read in order: what \`同年 9 月\` in the next sentence counts from. */
  yearBefore: number | undefined
  /** The sentences of prose read, for the names of widely known entities (looked for last). */
  readonly proseSentences: ReadonlyArray<{text: Passage; span: Span}>
  /** The records the current entry speaks of, for `该联盟` and `该平台`. */
  get scope(): readonly RecordDraft[] {
    return this.reading.scope
  }
  /** The one record the sentence before pointed at (named, or pointed back at), if it pointed at one only and is of the same paragraph. */
  onlyPointedBefore(text: Passage): RecordDraft | undefined {
    const {records} = this.pointedBefore
    return this.pointedBefore.text === text && new Set(records).size === 1 ? records[0] : undefined
  }
  /** The records readers pointed at since the sentence being read began, in the order they did. */
  get pointedInSentence(): readonly RecordDraft[] {
    return this.reading.pointed
  }
  /** The record of each kind the text named last, for `该联盟`. */
  get lastMentioned(): Readonly<Partial<Record<string, RecordDraft>>> {
    return this.reading.lastMentioned
  }
  /** The company whose entry the text is in, in a section about companies. */
  get organisationEntry(): {name: string; offset: number} | null {
    return this.reading.organisationEntry
  }
  /** Every finding of the document so far, in the order found. */
  readonly findings: readonly Finding[]
  /** Where the reading is: what \`该联盟\` points at, the entry's records, the company whose entry it is. */
  private reading: {scope: RecordDraft[]; lastMentioned: Partial<Record<string, RecordDraft>>; organisationEntry: {name: string; offset: number} | null; lastSubject: {text: Passage; record: RecordDraft} | null; pointed: RecordDraft[]} = {scope: [], lastMentioned: {}, organisationEntry: null, lastSubject: null, pointed: []}
  private readonly entryNameSet = new Set<string>()
  private readonly headingSet = new Set<string>()
  private readonly aliasesGivenMap = new Map<string, string[]>()
  private readonly candidateMap = new Map<string, CandidateDraft>()
  private readonly pending: Array<{text: Passage; span: Span; yearBefore: number | undefined}> = []
  private readonly prose: Array<{text: Passage; span: Span}> = []
  private readonly found: Finding[] = []
  private sentencesBegun = 0
  private pointedBefore: {text: Passage | null; records: readonly RecordDraft[]} = {text: null, records: []}
  private sentenceText: Passage | null = null
  private unrecorded: {name: UnrecordedName; sentence: number; text: Passage | null} | null = null

  constructor(
    readonly file: VFile,
    readonly grammar: KindGrammar,
    /** Names of widely known entities, recognised wherever prose mentions them. */
    readonly known: readonly KnownEntity[] = []
  ) {
    this.place = placeOf(file)
    this.book = this.recordBook
    this.entryNames = this.entryNameSet
    this.aliasesGiven = this.aliasesGivenMap
    this.candidates = this.candidateMap
    this.pendingStarts = this.pending
    this.proseSentences = this.prose
    this.findings = this.found
  }

  /** The records the text declared a kind's bare word the short name of (\`（以下简称“联盟”）\`): what the word means in any section. */
  private standing: Partial<Record<string, RecordDraft>> = {}

  /** A record the text declared a kind's bare word the short name of: the word, and a pointer at its kind, mean it from here on. */
  holdPointer(record: RecordDraft) {
    this.standing[record.kind] = record
  }

  /** A new section: \`该平台\` points at nothing the sections before named (but a record named by its kind's bare word), and the entry's records are none. */
  enterSection() {
    this.reading.scope = []
    this.reading.lastMentioned = {...this.standing}
    this.reading.lastSubject = null
    this.unrecorded = null
  }

  /** An entry's heading that names a record: what its text speaks of. */
  enterEntry(record: RecordDraft) {
    this.reading.scope = [record]
    this.reading.lastMentioned = {[record.kind]: record}
    this.reading.lastSubject = null
  }

  /**
   * The entry whose text is being read, when \`name\` is its name shortened: the first words of the entry's name (two
   * characters at least) before the words both end with, a kind word or two characters at least (\`海纳网络\` of
   * \`海纳跨境贸易服务网络\`, \`链融通平台\` of \`链融通供应链金融平台\`).
   */
  private entryShortened(kind: string, name: string): RecordDraft | undefined {
    const entry = this.reading.scope[0]
    if (!entry?.entry || entry.kind !== kind || this.reading.scope.length !== 1) return undefined
    const written = [...squeeze(name)]
    const whole = [...squeeze(entry.name)]
    if (written.length >= whole.length) return undefined
    let front = 0
    while (front < written.length && written[front] === whole[front]) front++
    let end = 0
    while (end < written.length - front && written[written.length - 1 - end] === whole[whole.length - 1 - end]) end++
    const tail = written.slice(written.length - end).join('')
    const heads = this.grammar.registry[kind]?.words.heads ?? []
    return front >= 2 && front + end === written.length && (end >= 2 || heads.includes(tail)) ? entry : undefined
  }

  /** \`该平台\` points at nothing named so far (a heading between). */
  forgetMentions() {
    this.reading.lastMentioned = {...this.standing}
    this.unrecorded = null
  }

  /** The company whose entry the text is in, the subject of what its text says it founded (\`null\` outside one). */
  enterOrganisation(organisation: {name: string; offset: number} | null) {
    this.reading.organisationEntry = organisation
  }

  /** What a heading of the document says, its numbering aside: a name a heading gives alone is a name (\`## 以太坊\`). */
  declareHeading(text: string) {
    this.headingSet.add(squeeze(text))
  }

  /** Whether a heading of the document says just these words. */
  isHeading(words: string): boolean {
    return this.headingSet.has(squeeze(words))
  }

  /** A name an entry heading of the document gives. */
  declareEntry(name: string) {
    this.entryNameSet.add(squeeze(name))
  }

  /** The record a sentence of a paragraph is about: what \`其\` opening the paragraph's next sentence points at. */
  noteSubject(text: Passage, record: RecordDraft) {
    this.reading.lastSubject = {text, record}
  }

  /** The record the sentence before was about, in the same paragraph (\`null\` if none). */
  subjectBefore(text: Passage): RecordDraft | null {
    return this.reading.lastSubject?.text === text ? this.reading.lastSubject.record : null
  }

  /** A record the text names: what \`该联盟\` (of its kind) points at next. */
  pointAt(record: RecordDraft) {
    this.reading.lastMentioned[record.kind] = record
    this.reading.pointed.push(record)
    if (this.unrecorded?.name.kind === record.kind) this.unrecorded = null
  }

  /** A sentence begins: no reader has pointed at a record in it yet. */
  beginSentence(text: Passage) {
    this.pointedBefore = {text: this.sentenceText, records: this.reading.pointed}
    this.sentenceText = text
    this.reading.pointed = []
    this.sentencesBegun++
  }

  /** A name of a kind the sentence opens with, that no reading made a record of: what a pointer in the next sentence may point at. */
  noteUnrecorded(name: UnrecordedName) {
    this.unrecorded = {name, sentence: this.sentencesBegun, text: this.sentenceText}
  }

  /**
   * The unrecorded name the sentence before opened with, if nothing was named since and the words of a pointer fit it: of any
   * kind (\`它\`) in the same paragraph, or of the name's kind and ending in the same word for it (\`该项目\` of \`Nova 项目\`).
   */
  unrecordedBefore(pointer: readonly [string, string], text: Passage): UnrecordedName | undefined {
    const noted = this.unrecorded
    if (!noted || this.sentencesBegun - noted.sentence !== 1) return undefined
    if (pointer[1] === 'any') return noted.text === text ? noted.name : undefined
    const word = this.grammar.registry[noted.name.kind]?.words.inProse.find((each) => pointer[0].endsWith(each))
    return noted.name.kind === pointer[1] && word !== undefined && noted.name.name.endsWith(word) ? noted.name : undefined
  }

  /** A record a sentence of the current entry is about. */
  bringIntoScope(record: RecordDraft) {
    if (!this.reading.scope.includes(record)) this.reading.scope.push(record)
  }

  /** A sentence of prose read: the names of widely known entities are looked for in it last. */
  readProse(text: Passage, span: Span) {
    this.prose.push({text, span})
  }

  /** A sentence that tells a start before its subject is a record: read again once every record is known. */
  awaitStart(text: Passage, span: Span, yearBefore: number | undefined) {
    this.pending.push({text, span, yearBefore})
  }

  /** Take a record a reader found, or the record it names: the one place records change. */
  apply(finding: Extract<Finding, {type: 'record'}>): RecordDraft
  apply(finding: RecordFinding | Extract<Finding, {type: 'candidate'}>): void
  apply(finding: Finding): RecordDraft | void {
    this.found.push(finding)
    switch (finding.type) {
      case 'record': {
        const known = finding.known === 'none' ? undefined : this.recordBook.findAny(finding.name, finding.aliases)
        if (known && (finding.known !== 'same-kind' || known.kind === finding.kind)) {
          // \`Zeta Chain\` found as \`Zeta\`: a Latin name written with its head is one of the record's names
          const written = squeeze(finding.name)
          if (/^[A-Za-z]/u.test(finding.name) && ![known.name, ...known.aliases].some((name) => squeeze(name) === written)) this.recordBook.addAlias(known, finding.name, finding.offset)
          return known
        }
        // (\`链融通平台\` in the text of the entry \`链融通供应链金融平台\`: the entry by a shorter name)
        const entry = finding.entry ? undefined : this.entryShortened(finding.kind, finding.name)
        if (entry) {
          this.recordBook.addAlias(entry, finding.name, finding.offset)
          return entry
        }
        const record = this.recordBook.create(finding.kind, finding.name, [...finding.aliases], finding.offset, finding.entry ?? false, finding.rule)
        if (finding.description !== undefined) record.description = finding.description
        return record
      }
      case 'entry':
        this.recordBook.adopt(finding.record, finding.name, [...finding.aliases], finding.offset)
        return
      case 'withdrawn':
        this.recordBook.remove(finding.record)
        return
      case 'alias':
        this.recordBook.addAlias(finding.record, finding.alias, finding.offset)
        return
      case 'description': {
        const {record, text, how} = finding
        if (record.description === '') record.description = text
        else if (how === 'append') record.description = `${record.description}\n${text}`
        return
      }
      case 'party': {
        // (\`本公司\`: the publisher the document names on its cover, its running header or its copyright line; none if it names none)
        if (finding.party.self) {
          const publisher = documentPublisher(this.file)
          if (publisher === undefined) return
          finding.record[finding.role].push({...finding.party, name: publisher, aliases: [], self: undefined})
          return
        }
        // (\`2019 年，甲协会成立\`: no record founds, makes or joins itself)
        // (\`Nebula 团队于 2019 年推出了 Nebula\`, \`由 Ripplon 公司推出\`: the team or the company of the record itself, named so, made it)
        if ([finding.record.name, ...finding.record.aliases].some((name) => squeeze(name) === squeeze(finding.party.name))) {
          if (finding.party.written !== undefined) finding.record[finding.role].push({...finding.party, name: finding.party.written, aliases: [], written: undefined})
          return
        }
        finding.record[finding.role].push(finding.party)
        return
      }
      case 'start': {
        const {record} = finding
        // (a date only proposed, rule \`proposed\`, gives way to any start read later: \`2019 年 3 月，X 主网启动\`)
        const replaces = record.placed.rules.started === 'proposed' && finding.rule !== 'proposed'
        if (record.started !== null && !replaces && !(finding.moreExact && moreExact(finding.date, record.started))) return
        record.started = finding.date
        record.placed.started = finding.offset
        record.placed.rules.started = finding.rule
        return
      }
      case 'count':
        finding.record.memberCount = finding.count
        finding.record.placed.memberCount = finding.offset
        finding.record.placed.rules.memberCount = finding.rule
        return
      case 'event':
        finding.record.events.push(finding.event)
        finding.record.placed.events.push(finding.offset)
        finding.record.placed.rules.events = finding.rule
        return
      case 'base': {
        const {record, name} = finding
        if (record.basedOn.includes(name)) return
        record.basedOn.push(name)
        record.placed.basedOn[name] ??= finding.offset
        record.placed.rules[`basedOn ${name}`] ??= finding.rule
        return
      }
      case 'origin':
        if (finding.record.origin !== null) return
        finding.record.origin = finding.origin
        finding.record.placed.origin = finding.offset
        finding.record.placed.rules.origin = finding.rule
        return
      case 'candidate': {
        const key = squeeze(finding.name)
        const known = this.candidateMap.get(key)
        if (!known) this.candidateMap.set(key, {name: finding.name, kind: finding.kind, why: finding.why, offsets: [finding.offset]})
        else {
          if (!known.offsets.includes(finding.offset)) known.offsets.push(finding.offset)
          known.kind ??= finding.kind
        }
        return
      }
    }
  }

  /** A party read at `index` of a passage, placed in the raw source; a party that reads as a technology is warned of. */
  locate(text: Passage, index: number, party: PartyMatch, rule: string): PartyDraft {
    const offset = text.toSource(index)
    if (party.aliases.length > 0) this.aliasesGivenMap.set(party.name, [...(this.aliasesGivenMap.get(party.name) ?? []), ...party.aliases])
    if (party.suspicious) {
      const message = this.file.message(
        `Unexpected \`${party.name}\` among the organisations, expected the name of an organisation rather than a technology; kept as written`,
        {place: this.place.toPoint(offset), ruleId: 'suspicious-party', source}
      )
      message.actual = party.name
    }
    return {name: party.name, aliases: party.aliases, country: party.country, kind: party.kind, start: party.start, suspicious: party.suspicious, offset, rule, ...(party.self && {self: true}), ...(party.written !== undefined && {written: party.written})}
  }
}

/** A name's keys: the name squeezed, and without a suffix that does not change whom it names. */
/** The pack's name suffixes as names are compared, for the pack they were made from. */
let squeezedSuffixes: {from: readonly string[] | undefined; words: string[]} = {from: undefined, words: []}

function keysOf(name: string): string[] {
  const key = squeeze(name)
  // compared as names are: \`Network\` ends \`lumennetwork\`
  if (squeezedSuffixes.from !== nameSuffixes) squeezedSuffixes = {from: nameSuffixes, words: nameSuffixes.map(squeeze)}
  const suffix = squeezedSuffixes.words.find((word) => key.endsWith(word) && key.length >= word.length + 2)
  return suffix ? [key, key.slice(0, key.length - suffix.length)] : [key]
}

/** A name as it is compared: compatibility forms folded, spaces dropped, lower case. */
/** Where the text names what a record runs on, as a base of it. */
export function basePlace(record: RecordDraft, base: string): number | undefined {
  return record.placed.basedOn[base]
}

export function squeeze(text: string): string {
  let squeezed = squeezedNames.get(text)
  if (squeezed === undefined) {
    if (squeezedNames.size >= 100_000) squeezedNames.clear()
    squeezed = nameKey(text)
    squeezedNames.set(text, squeezed)
  }
  return squeezed
}

/** Names already squeezed: the same names and sentence openings are compared again and again. */
const squeezedNames = new Map<string, string>()

/** Whether a date is the same as another, told more precisely (\`2016-05-31\` for \`2016\`). */
function moreExact(date: string, known: string): boolean {
  return date.length > known.length && date.startsWith(known)
}
