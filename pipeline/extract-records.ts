import type {Heading, Paragraph, Root, RootContent} from 'mdast'
import type {Segments} from './join-lines.ts'
import type {VFile} from 'vfile'
import type {Count, Event} from '../schemas/dataset.ts'
import {
  agentMarkers,
  foundingCountWords,
  aliasIntroductions,
  aliasWrapping,
  anaphors,
  asOfWords,
  attractingVerbs,
  bareSectionWords,
  datePrepositions,
  type EntityKind,
  foundingClauseVerbs,
  foundingVerbs,
  genericModifiers,
  genericNames,
  itemSeparators,
  joiningClauseVerbs,
  joiningVerbs,
  kindInDescription,
  kindWords,
  launchVerbs,
  listEndings,
  listIntroductions,
  memberCountVerbs,
  memberListOpeners,
  memberWords,
  mentionKindWords,
  nameBoundaries,
  nameSuffixes,
  notNameStarts,
  notOfKind,
  organisationEndings,
  organisationSections,
  originWords,
  sectionConnectives,
  sentenceOpeners,
  topicSuffixes,
  verbAdverbs
} from './lexicon/zh/index.ts'
import {clauses, type Passage, passage, searchSpans, sentences, type Span} from './passages.ts'
import {dateSource, findDates} from './read-dates.ts'
import {readName} from './read-names.ts'
import {findCounts} from './read-numbers.ts'
import {type PartyMatch, readParties} from './read-parties.ts'
import {placeOf} from './source-lines.ts'

/** An organisation a record names, with the offset in the raw source where its name is written. */
export interface PartyDraft extends PartyMatch {
  offset: number
}

/** An alliance or platform as the text tells of it, before it gets its id. */
export interface RecordDraft {
  kind: EntityKind
  name: string
  aliases: string[]
  /** Offset in the raw source where the name is written. */
  offset: number
  /** Whether the record is an entry with a heading of its own. */
  entry: boolean
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
  placed: {started?: number; memberCount?: number; origin?: number; aliases: Record<string, number>; basedOn: Record<string, number>; events: number[]}
}

declare module 'vfile' {
  interface DataMap {
    records: RecordDraft[]
  }
}

const source = 'extract-records'
/** Longest name, in characters, looked for at the start of a sentence. */
const maxNameLength = 64
/** A list with more items than this is no list of names. */
const maxListItems = 1000
const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length)
const alternatives = (words: readonly string[]) => longestFirst(words).map(escape).join('|')
const introductions = longestFirst(listIntroductions)
const endings = longestFirst(listEndings)
const openers = longestFirst(sentenceOpeners)
const asOfMarkers = longestFirst(asOfWords)
const anaphorList = Object.entries(anaphors)
const cjkAllianceWords = kindWords.alliance.filter((word) => /\p{Script=Han}/u.test(word))

const founding = new RegExp(
  `由(?!于|此)(?<parties>(?:[^，。；]|，(?=\\s{0,3}(?:以及|及|和|与))){1,200}?)\\s{0,3}(?:(?:${alternatives(datePrepositions)})\\s{0,3}(?<date>${dateSource})\\s{0,3})?` +
    `(?:在\\s{0,3}(?<basis>[^，。；]{1,100}?)\\s{0,3}(?:的)?基础上\\s{0,3})?(?:${alternatives(verbAdverbs)})*\\s{0,3}(?<verb>${alternatives([...foundingVerbs, ...launchVerbs])})`,
  'du'
)
const verbs = alternatives([...foundingVerbs, ...launchVerbs])
/**
 * A founding or launch verb anywhere: a sentence without one cannot match
 * `founding` or `startedOn`, which are slow to fail on a long sentence.
 */
const anyVerb = new RegExp(verbs, 'u')
/** `成立于 2019 年 3 月`, `于 2021 年 1 月正式发布`: a founding or launch date without `由`. */
const startedOn = new RegExp(
  `(?:${verbs})于\\s{0,3}(?<date>${dateSource})|(?:${alternatives(datePrepositions)})?\\s{0,3}(?<dateBefore>${dateSource})\\s{0,3}(?:(?:${alternatives(datePrepositions)})[^，。；\\d]{1,8}?)?(?:${alternatives(verbAdverbs)})*\\s{0,3}(?:${verbs})`,
  'du'
)
const joining = new RegExp(`(?:${alternatives(attractingVerbs)})(?<parties>[^，。；]{1,300}?)(?:${alternatives(joiningVerbs)})`, 'du')
/** A member word where the text starts: `20 多家会员` after its count. */
const memberWordAhead = new RegExp(`^\\s*(?:${alternatives(memberWords)})`, 'u')
const memberList = new RegExp(`(?:${alternatives(memberWords)})(?:主要)?(?:包括|有)(?<parties>[^。；]+)`, 'du')
const newAlliance = new RegExp(
  `^[^，。、；：\\s（(由于是][^，。、；：（(由于是]{0,30}?(?:${alternatives(cjkAllianceWords)})(?=\\s{0,3}(?:于|由|是|成立|在|已|正式|[（(]))`,
  'u'
)

/**
 * Read alliances and platforms from the cleaned tree: entries of sections
 * about them, lists of them in the sections' own paragraphs, alliances founded
 * in running text; and from the sentences, who founded, built or joined them,
 * when, how many members they have, and what else happened to them.
 */
export default function extractRecords() {
  return function (tree: Root, file: VFile) {
    new Extraction(file).run(tree)
  }
}

class Extraction {
  readonly records: RecordDraft[] = []
  /** Every record by its name and its aliases, squeezed. */
  private readonly byName = new Map<string, RecordDraft>()
  private longestName = 0
  /** The names of every entry of the document, so a list that names an entry before its heading does not make it twice. */
  private readonly entryNames = new Set<string>()
  /** Aliases that lists of organisations give a name in parentheses: `甲联盟（Alpha Alliance）`. */
  private readonly aliasesGiven = new Map<string, string[]>()
  /** The records the current entry speaks of, for `该联盟` and `该平台`. */
  private scope: RecordDraft[] = []
  /** The company whose entry the text is in, in a section about companies. */
  private organisationEntry: {name: string; offset: number} | null = null
  private lastMentioned: Partial<Record<EntityKind, RecordDraft>> = {}
  private readonly place: ReturnType<typeof placeOf>

  constructor(private readonly file: VFile) {
    this.place = placeOf(file)
  }

  run(tree: Root) {
    const nodes = tree.children.flatMap((node) => (node.type === 'list' && !node.data?.role ? node.children.flatMap((item) => item.children.flatMap(listEntry)) : [node]))
    for (const node of nodes) {
      if (node.type === 'heading' && node.data?.entry) this.entryNames.add(squeeze(readName(textOf(node)).name))
    }
    let sectionKind: EntityKind | null = null
    let sectionRecords: RecordDraft[] = []
    let leads: Passage[] = []
    let entry: RecordDraft | null = null
    let sectionHeading: Heading | null = null
    let recordsBefore = 0
    let organisationSection = false
    const closeSection = () => {
      this.assignOrigins(leads, sectionRecords)
      // a section whose records its prose names (not as entries) is not empty
      if (sectionHeading && sectionKind && sectionRecords.length === 0 && this.records.length === recordsBefore) {
        this.file.message(`Unexpected section \`${textOf(sectionHeading)}\` without entries, expected the ${sectionKind === 'alliance' ? 'alliances' : 'platforms'} its heading announces`, {
          place: sectionHeading.position,
          ruleId: 'empty-section',
          source
        })
      }
    }

    for (const [index, node] of nodes.entries()) {
      if (node.type === 'heading' && !node.data?.entry) {
        closeSection()
        sectionHeading = node
        recordsBefore = this.records.length
        sectionKind = kindOf(withoutTopicSuffix(textOf(node)))
        organisationSection = organisationSections.includes(withoutTopicSuffix(textOf(node)).replace(/^[\d.、\s]+/u, ''))
        sectionRecords = []
        leads = []
        entry = null
        this.scope = []
      } else if (node.type === 'heading') {
        const body = nodes[index + 1]
        entry = organisationSection ? null : this.addEntry(node, sectionKind, body?.type === 'paragraph' ? textOf(body) : '')
        // an entry about a company is the subject of what its text says it founded
        this.organisationEntry = organisationSection ? {name: readName(textOf(node)).name, offset: passage(node).toSource(0)} : null
        if (entry) sectionRecords.push(entry)
      } else if (node.type === 'paragraph' && !node.data?.role) {
        const text = passage(node)
        if (entry && sectionConnectives.some((word) => text.text.startsWith(word))) entry = null
        if (entry) {
          entry.description = entry.description ? `${entry.description}\n${text.text}` : text.text
        } else {
          leads.push(text)
          if (sectionKind) sectionRecords.push(...this.listedRecords(text, sectionKind))
        }
        for (const span of sentences(text.text)) this.readSentence(text, span, entry)
      }
    }
    closeSection()
    this.file.data.records = this.records
  }

  private addEntry(node: Heading, sectionKind: EntityKind | null, body: string): RecordDraft | null {
    const text = passage(node)
    const {name, aliases} = readName(text.text)
    const kind = kindOf(name) ?? sectionKind ?? kindFromDescription(body)
    if (!kind) {
      this.file.info(`Unexpected entry \`${name}\` in a section that is about neither alliances nor platforms, expected a section heading with \`联盟\` or \`平台\``, {
        place: node.position,
        ruleId: 'entry-without-kind',
        source
      })
      return null
    }
    // a record the text named before its entry (\`丙科技：…牵头成立“星河盟”\`) is this entry's
    const named = [name, ...aliases].map((written) => this.find(written)).find((found) => found && !found.entry && found.kind === kind)
    const record = named ? this.adopt(named, name, aliases, text.toSource(0)) : this.create(kind, name, aliases, text.toSource(0), true)
    this.lastMentioned = {[kind]: record}
    this.scope = [record]
    return record
  }

  /** A record named in running text becomes the entry of its name: the entry's name and place, the facts read so far kept. */
  private adopt(record: RecordDraft, name: string, aliases: string[], offset: number): RecordDraft {
    const names = [record.name, ...record.aliases, ...aliases].filter((written) => squeeze(written) !== squeeze(name))
    record.aliases = [...new Set(names)]
    for (const alias of record.aliases) record.placed.aliases[alias] ??= offset
    record.name = name
    record.offset = offset
    record.entry = true
    record.description = ''
    this.index(record, [name, ...record.aliases])
    return record
  }

  private create(kind: EntityKind, name: string, aliases: string[], offset: number, entry: boolean): RecordDraft {
    const record: RecordDraft = {
      kind, name, aliases: [...new Set(aliases)], offset, entry, description: '',
      leads: [], joiners: [], started: null, memberCount: null, events: [], basedOn: [], origin: null,
      placed: {aliases: Object.fromEntries([...new Set(aliases)].map((alias) => [alias, offset])), basedOn: {}, events: []}
    }
    this.records.push(record)
    this.index(record, [name, ...record.aliases])
    return record
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
  private findAny(name: string, aliases: readonly string[]): RecordDraft | undefined {
    return this.find(name) ?? aliases.map((alias) => this.find(alias)).find(Boolean)
  }

  /** The record of a name or alias, also when one of them has a suffix the other lacks (\`星河账本项目\`, \`星河账本\`). */
  private find(name: string): RecordDraft | undefined {
    for (const key of keysOf(name)) {
      const record = this.byName.get(key)
      if (record) return record
    }
    return undefined
  }

  /** The longest record name or alias that `text` starts with, and its length without spaces. */
  private knownAtStart(text: string): {record: RecordDraft; length: number} | undefined {
    const head = squeeze(text.slice(0, maxNameLength))
    for (let length = Math.min(head.length, this.longestName); length > 0; length--) {
      const record = this.byName.get(head.slice(0, length))
      if (record) return {record, length}
    }
    return undefined
  }

  /** `例如，甲联盟、乙联盟 B League、丙联盟等等`: two or more names of the section's kind in one list. */
  private listedRecords(text: Passage, kind: EntityKind): RecordDraft[] {
    const created: RecordDraft[] = []
    for (const sentence of sentences(text.text)) {
      for (const clause of clauses(text.text, sentence)) {
        // every item ends with a kind word: a clause with fewer than two holds no list
        if (kindWordCount(text.text.slice(clause.start, clause.end), kind) < 2) continue
        const items = listItems(text.text, clause).filter((item) => endsWithKind(readName(item.text).name, kind) && isSpecificName(readName(item.text).name))
        if (items.length < 2) continue
        for (const item of items) {
          const {name, aliases} = readName(item.text)
          if (this.find(name) || this.entryNames.has(squeeze(name))) continue
          const record = this.create(kind, name, aliases, text.toSource(item.start), false)
          record.description = text.text.slice(sentence.start, sentence.end)
          created.push(record)
        }
      }
    }
    return created
  }

  /**
   * Alliances and platforms named in running text, where the text says who
   * they are: a short name it declares (\`X联盟（简称：Y）\`), or a relative
   * clause that gives their founders or members (\`A、B等发起成立的X联盟\`,
   * \`A、B等参加的X联盟\`). A mention alone makes no record.
   */
  private readMentions(text: Passage, span: Span): Array<{record: RecordDraft; start: number}> {
    const sentence = text.text.slice(span.start, span.end)
    const found: Array<{record: RecordDraft; start: number}> = []
    const copula = this.readCopula(text, span)
    if (copula) found.push(copula)
    if (!mentionWord.test(sentence)) return found
    this.readKindList(text, span)
    for (const match of sentence.matchAll(mention)) {
      const run = match.groups!.run!
      const cut = lastBoundary(run)
      const written = run.slice(cut).trim()
      const kind = kindOf(written)
      if (!kind || !isSpecificName(written) || written.length < 3) continue
      const aliases = declaredAliases(match.groups!.parens ?? '')
      const before = sentence.slice(0, match.index + cut)
      const clause = relativeClause(before) ?? foundedBySubject(before, this.organisationEntry?.name)
      const existing = this.findAny(written, aliases)
      if (!existing && aliases.length === 0 && !clause) continue
      const at = span.start + match.index + cut + (run.slice(cut).length - run.slice(cut).trimStart().length)
      const record = existing ?? this.create(kind, written, aliases, text.toSource(at), false)
      found.push({record, start: at - span.start})
      if (!existing) record.description = sentence
      for (const alias of aliases) {
        if (alias !== record.name && !record.aliases.includes(alias)) {
          record.aliases.push(alias)
          record.placed.aliases[alias] = text.toSource(at)
          this.index(record, [alias])
        }
      }
      if (clause) {
        if (clause.date && clause.role === 'founders' && record.started === null) {
          record.started = clause.date
          record.placed.started = text.toSource(span.start + clause.start)
        }
        const into = clause.role === 'founders' ? record.leads : record.joiners
        if (clause.parties === '' && this.organisationEntry) {
          into.push({name: this.organisationEntry.name, aliases: [], country: null, kind: null, start: 0, suspicious: false, offset: this.organisationEntry.offset})
        }
        for (const party of readParties(clause.parties)) into.push(this.locate(text, span.start + clause.start + party.start, party))
      }
      this.lastMentioned[kind] = record
    }
    return found
  }

  /**
   * \`甲链是乙科技于 2018 年推出的区块链服务平台\`, \`Alpha 是丙基金会发起的开源项目\`:
   * a sentence that says what its subject is, with who made it and when. The
   * subject is a record of the kind the phrase after \`的\` names; the parties
   * before the verb are its founders or developers.
   */
  private readCopula(text: Passage, span: Span): {record: RecordDraft; start: number} | undefined {
    const sentence = text.text.slice(span.start, span.end)
    const at = subjectStart(sentence)
    const match = copula.exec(sentence.slice(at))
    if (!match) return undefined
    const kind = kindOf(match.groups!.head!)
    const {name, aliases} = readName(match.groups!.name!)
    const known = this.findAny(name, aliases)
    if (!kind || !(known || readsAsName(name, [])) || !isSpecificName(name) || name.length > maxListedName) return undefined
    const record = known ?? this.create(kind, name, aliases, text.toSource(span.start + at), false)
    if (!record.description) record.description = sentence
    // \`是由甲在乙基础上研发的\`: a \`由\` sentence, which the founding pattern reads with its basis
    if (founding.test(sentence)) return {record, start: at}
    const agent = longestFirst(agentMarkers).find((word) => match.groups!.parties!.trimStart().startsWith(word))
    const skip = agent ? match.groups!.parties!.indexOf(agent) + agent.length : 0
    let parties = match.groups!.parties!.slice(skip)
    const partiesStart = span.start + at + match.indices!.groups!.parties![0] + skip
    const dated = clauseDate.exec(parties)
    if (dated) {
      const date = findDates(dated[0])[0]
      if (date && record.started === null) {
        record.started = date.date
        record.placed.started = text.toSource(partiesStart + dated.index)
      }
      parties = parties.slice(0, dated.index)
    }
    for (const party of readParties(parties.replace(trailingAdverbs, ''))) record.leads.push(this.locate(text, partiesStart + party.start, party))
    return {record, start: at}
  }

  /**
   * \`主流的区块链平台主要有A(Alpha)、B、C等\`: a phrase that names a kind in
   * general, then a list of its members. Each item that reads as a name (a
   * Latin name, a declared Latin alias, or a kind word at its end) is a
   * record of that kind.
   */
  private readKindList(text: Passage, span: Span) {
    const sentence = text.text.slice(span.start, span.end)
    for (const match of sentence.matchAll(apposition)) {
      const kind = kindOf(match.groups!.head!)
      const written = match.groups!.dashed!
      const {name, aliases} = readName(written)
      if (!kind || !isSpecificName(name) || this.entryNames.has(squeeze(name)) || this.findAny(name, aliases)) continue
      const record = this.create(kind, name, aliases, text.toSource(span.start + match.index + match[0].lastIndexOf(written)), false)
      record.description = sentence
    }
    // the list-after pattern is slow to fail: look for its end first
    const lists = [...sentence.matchAll(kindList), ...(kindListEnd.test(sentence) ? sentence.matchAll(kindListAfter) : [])]
    for (const match of lists) {
      const kind = kindOf(match.groups!.head!)
      if (!kind) continue
      const listStart = match.index + match[0].indexOf(match.groups!.list!)
      for (const listed of listItems(sentence, {start: listStart, end: listStart + match.groups!.list!.length})) {
        // the words before the first item are no part of it: \`支持基于甲、乙等开源平台\`
        const cut = lastBoundary(listed.text)
        const item = {text: listed.text.slice(cut), start: listed.start + cut}
        const {name, aliases} = readName(item.text)
        if (!readsAsName(name, aliases) || name.length > maxListedName || !isSpecificName(name) || this.entryNames.has(squeeze(name))) continue
        if (this.findAny(name, aliases)) continue
        const record = this.create(kind, name, aliases, text.toSource(span.start + item.start), false)
        record.description = sentence
      }
    }
  }

  private readSentence(text: Passage, span: Span, entry: RecordDraft | null) {
    const mentioned = this.readMentions(text, span)
    const sentence = text.text.slice(span.start, span.end)
    const subject = this.subjectOf(text, span, entry, mentioned)
    if (!subject) return
    const used = new Set<number>()
    const dates = findDates(sentence)
    const tellsStart = anyVerb.test(sentence)
    const foundingMatch = tellsStart ? founding.exec(sentence) : null
    let startDate: (typeof dates)[number] | undefined
    const foundingGroups = foundingMatch?.indices?.groups
    if (foundingMatch && foundingGroups) {
      const [partiesStart] = foundingGroups.parties!
      for (const party of readParties(foundingMatch.groups!.parties!, 0)) {
        subject.leads.push(this.locate(text, span.start + partiesStart + party.start, party))
      }
      const basis = foundingMatch.groups!.basis
      if (basis) {
        const [basisStart] = foundingGroups.basis!
        for (const party of readParties(basis)) {
          subject.basedOn.push(party.name)
          subject.placed.basedOn[party.name] ??= text.toSource(span.start + basisStart + party.start)
        }
      }
      startDate = foundingGroups.date
        ? dates.find((found) => found.start === foundingGroups.date![0])
        : dates.filter((found) => found.end <= foundingMatch.index && !isAsOf(sentence, found.start)).pop()
    }
    if (!startDate && tellsStart) {
      const groups = startedOn.exec(sentence)?.indices?.groups
      const at = (groups?.date ?? groups?.dateBefore)?.[0]
      startDate = at === undefined ? undefined : dates.find((found) => found.start === at)
    }
    if (startDate) {
      // a later sentence may give the same date more precisely: \`2016 年\`, then \`2016 年 5 月 31 日\`
      if (subject.started === null || moreExact(startDate.date, subject.started)) {
        subject.started = startDate.date
        subject.placed.started = text.toSource(span.start + startDate.start)
      }
      used.add(startDate.start)
    }
    // \`，包括…\` lists members only in a sentence about members, joining or founding, not in one about, say, technologies
    const aboutMembership = [...memberWords, ...memberCountVerbs, ...joiningVerbs, ...foundingVerbs].some((word) => sentence.includes(word))
    for (const pattern of [joining, memberList, ...(foundingMatch || !aboutMembership ? [] : [listedMembers])]) {
      const match = pattern.exec(sentence)
      const [start] = match?.indices?.groups?.parties ?? [0]
      for (const party of match ? readParties(match.groups!.parties!) : []) {
        subject.joiners.push(this.locate(text, span.start + start + party.start, party))
      }
    }
    this.readCount(sentence, subject, foundingMatch, dates, used, (index) => text.toSource(span.start + index))
    this.readEvents(sentence, subject, dates, used, (index) => text.toSource(span.start + index))
    this.noteMentions(sentence)
  }

  private locate(text: Passage, index: number, party: PartyMatch): PartyDraft {
    const offset = text.toSource(index)
    if (party.aliases.length > 0) this.aliasesGiven.set(party.name, [...(this.aliasesGiven.get(party.name) ?? []), ...party.aliases])
    if (party.suspicious) {
      const message = this.file.message(
        `Unexpected \`${party.name}\` among the organisations, expected the name of an organisation rather than a technology; kept as written`,
        {place: this.place.toPoint(offset), ruleId: 'suspicious-party', source}
      )
      message.actual = party.name
    }
    return {name: party.name, aliases: party.aliases, country: party.country, kind: party.kind, start: party.start, suspicious: party.suspicious, offset}
  }

  /** Who a sentence is about: `该联盟`, a name it opens with, a newly founded alliance, or the entry. */
  private subjectOf(text: Passage, span: Span, entry: RecordDraft | null, mentioned: ReadonlyArray<{record: RecordDraft; start: number}> = []): RecordDraft | null {
    const sentence = text.text.slice(span.start, span.end)
    const at = subjectStart(sentence)
    const rest = sentence.slice(at)
    // a name the sentence opens with, known by the short name it declares
    const opening = mentioned.find((item) => item.start === at)
    if (opening) {
      if (!this.scope.includes(opening.record)) this.scope.push(opening.record)
      return opening.record
    }
    for (const [word, kind] of anaphorList) {
      if (rest.startsWith(word)) return (kind === 'any' ? entry : (this.lastMentioned[kind] ?? entry)) ?? null
    }
    const known = this.knownAtStart(rest)
    const alliance = newAlliance.exec(rest)?.[0].trim()
    // outside an entry, a sentence that names one record by a clause or a declared short name is about it
    const onlyMention = mentioned.length === 1 ? mentioned[0]!.record : null
    let subject = known?.record ?? entry ?? onlyMention
    if (alliance && (!known || squeeze(alliance).length > known.length)) {
      const existing = this.find(alliance)
      if (existing) subject = existing
      else if (isSpecificName(readName(alliance).name) && anyVerb.test(sentence) && (founding.test(sentence) || startedOn.test(sentence))) {
        const {name, aliases} = readName(alliance)
        subject = this.create('alliance', name, [...aliases, ...(this.aliasesGiven.get(name) ?? [])], text.toSource(span.start + at), false)
        subject.description = sentence
        this.lastMentioned.alliance = subject
      }
    }
    // \`截至 2019 年底，该联盟成员已超过 120 家\`: a clause after a date may open with the anaphor
    if (!subject) {
      for (const [word, kind] of anaphorList) {
        if (kind !== 'any' && rest.includes(`，${word}`) && this.lastMentioned[kind]) return this.lastMentioned[kind]!
      }
    }
    if (subject && !this.scope.includes(subject)) this.scope.push(subject)
    return subject
  }

  private readCount(
    sentence: string,
    subject: RecordDraft,
    foundingMatch: RegExpExecArray | null,
    dates: ReturnType<typeof findDates>,
    used: Set<number>,
    toSource: (index: number) => number
  ) {
    const partySpan = foundingMatch?.indices?.groups?.parties
    const parts = clauses(sentence, {start: 0, end: sentence.length})
    const asOf = dates.find((date) => isAsOf(sentence, date.start))
    for (const count of findCounts(sentence)) {
      // a count as of a date replaces one the text gave without: \`截至 2019 年底，成员已超过 120 家\`
      if (subject.memberCount && (subject.memberCount.asOf !== null || !asOf)) break
      if (partySpan && count.start >= partySpan[0] && count.start < partySpan[1]) continue
      const clause = searchSpans(parts, count.start).span
      const clauseText = clause ? sentence.slice(clause.start, clause.end) : ''
      // \`首批成员 32 家\`, \`30 个创始成员\`: founders counted, not members
      if (foundingCountWords.some((word) => clauseText.includes(word))) continue
      const aboutMembers = memberWords.some((word) => clauseText.includes(word)) ||
        memberCountVerbs.some((word) => clauseText.slice(count.end - (clause?.start ?? 0)).includes(word)) ||
        (/数目|数量|总数|规模/u.test(clauseText) && memberWords.some((word) => sentence.includes(word)))
      if (!aboutMembers) continue
      if (asOf) used.add(asOf.start)
      const member = memberWordAhead.exec(sentence.slice(count.end))?.[0] ?? ''
      subject.placed.memberCount = toSource(count.start)
      subject.memberCount = {
        value: count.value,
        qualifier: count.qualifier,
        asOf: asOf?.date ?? null,
        text: sentence.slice(count.start, count.end + member.length).trim()
      }
    }
    for (const date of dates) if (isAsOf(sentence, date.start)) used.add(date.start)
  }

  /** Each dated clause not used for a founding, a launch or a count is an event, up to the next dated clause. */
  private readEvents(sentence: string, subject: RecordDraft, dates: ReturnType<typeof findDates>, used: Set<number>, toSource: (index: number) => number) {
    const parts = clauses(sentence, {start: 0, end: sentence.length})
    const starts = dates.map((date) => searchSpans(parts, date.start).span?.start ?? date.start)
    let next = 0
    dates.forEach((date, index) => {
      next = Math.max(next, index + 1)
      while (next < starts.length && starts[next]! <= starts[index]!) next++
      if (used.has(date.start)) return
      const end = starts[next] ?? sentence.length
      const text = sentence.slice(starts[index], end).replace(/[，,；;。！？.\s]+$/u, '').trim()
      if (text) {
        subject.events.push({date: date.date, text})
        subject.placed.events.push(toSource(starts[index]!))
      }
    })
  }

  private noteMentions(sentence: string) {
    let last: {at: number; record: RecordDraft} | undefined
    for (const record of this.scope) {
      const at = sentence.lastIndexOf(record.name)
      if (at >= 0 && (!last || at > last.at)) last = {at, record}
    }
    if (last) this.lastMentioned[last.record.kind] = last.record
  }

  /** `国际主流的平台主要包括甲、乙等，国内的主要包括丙`: where the section's lead places its entries. */
  private assignOrigins(leads: readonly Passage[], records: readonly RecordDraft[]) {
    for (const lead of leads) {
      for (const clause of sentences(lead.text).flatMap((sentence) => clauses(lead.text, sentence))) {
        const clauseText = lead.text.slice(clause.start, clause.end)
        const origin = (Object.keys(originWords) as Array<keyof typeof originWords>).find((key) =>
          originWords[key].some((word) => clauseText.includes(word))
        )
        if (!origin) continue
        for (const item of listItems(lead.text, clause)) {
          const name = squeeze(readName(item.text).name)
          const record = records.find((candidate) => squeeze(candidate.name) === name || candidate.aliases.some((alias) => squeeze(alias) === name))
          if (record && record.kind === 'platform' && record.origin === null) {
            record.origin = origin
            record.placed.origin = lead.toSource(clause.start)
          }
        }
      }
    }
  }
}

/** The items of a list in a clause, introduction and `等` taken off. */
const nameCharacters = String.raw`A-Za-z0-9\p{Script=Han}·&.\- `
const mentionWords = longestFirst(Object.values(mentionKindWords).flat())
/** A kind word anywhere: a sentence without one names nothing. */
const mentionWord = new RegExp(alternatives(mentionWords), 'u')
/** A run of name characters ending in a kind word, and the parentheses after it. */
/** What may follow a kind word inside a longer word that is no name: \`链\` after \`联盟\` (联盟链). */
const extensions = [...new Set([...notOfKind, ...genericNames].flatMap((word) => mentionWords.filter((kind) => word.startsWith(kind) && word.length > kind.length).map((kind) => word.slice(kind.length))))]
/**
 * A run of name characters ending in a kind word, and the parentheses after
 * it. Chinese runs straight on after a name (\`…联盟专注于…\`), so what may not
 * follow is only what would make the kind word part of a longer word or name
 * (\`链\` in \`星河链联盟\` is not where the name ends). The run is the
 * longest that ends so: \`金融区块链合作联盟\`, not \`金融区块链\`.
 */
const mention = new RegExp(
  `(?<run>[${nameCharacters}]{1,40}(?:${alternatives(mentionWords)}))(?![A-Za-z0-9]|${alternatives([...extensions, ...mentionWords])})(?<parens>(?:\\s{0,2}[（(][^（()）]{1,40}[)）]){0,3})`,
  'gu'
)
/** What a name in running text starts after: the pack's boundary words, and the verbs that found what follows them. */
const boundaries = longestFirst([...nameBoundaries, ...foundingVerbs])
/** A date at the end of a relative clause, before its verb: \`于2015年\`. */
const clauseDate = new RegExp(`(?:${alternatives(datePrepositions)})\\s{0,3}${dateSource}\\s{0,3}(?:${alternatives(verbAdverbs)})*\\s{0,3}$`, 'u')
/** \`…，包括甲、乙等\`: a clause of a sentence about a record that lists its members. */
const listedMembers = new RegExp(`(?:^|[，,：:])\\s{0,3}(?:${alternatives(memberListOpeners)})(?<parties>[^，。；]{1,300}?)(?=[，。；]|$)`, 'du')
const clauseEnds = /[，,。；;：:]/u
/** Longest name, in characters, an item of a list in running text may have. */
const maxListedName = 30
/** Whether a name found where a kind is named reads as a name: a Latin name or alias, or a kind word at its end. */
function readsAsName(name: string, aliases: readonly string[]): boolean {
  return [name, ...aliases].some((written) => /[A-Za-z]/u.test(written)) || kindOf(name) !== null
}

/** A name's keys: the name squeezed, and without a suffix that does not change whom it names. */
function keysOf(name: string): string[] {
  const key = squeeze(name)
  const suffix = nameSuffixes.find((word) => key.endsWith(word) && key.length >= word.length + 2)
  return suffix ? [key, key.slice(0, key.length - suffix.length)] : [key]
}

/** A phrase for a kind in general, then a list of its members: \`区块链平台主要有A、B、C等\`. */
const kindHeads = alternatives(genericNames.filter((phrase) => !notOfKind.includes(phrase)))
const kindList = new RegExp(
  `(?<head>${kindHeads})\\s{0,3}(?:${alternatives(listIntroductions)})[：:]?\\s{0,3}(?<list>[^。；：]{2,300}?)(?=${alternatives(listEndings)}|$)`,
  'gu'
)
/**
 * A name in apposition to the phrase for its kind, after a dash:
 * \`区块链云平台——甲云（Alpha）\`. (A name right after the phrase,
 * \`技术平台 Corda\`, is as often a mention in passing, and makes no record.)
 */
const apposition = new RegExp(
  `(?<head>${kindHeads})\\s{0,2}(?:——|—|--)\\s{0,2}(?<dashed>[^，。；、（(\\s]{1,20}(?:\\s{0,2}[（(][A-Za-z][^（()）]{0,40}[)）])?)`,
  'gu'
)
/** A list, then the phrase for their kind in general: \`A（Alpha）、B等开源社区\`. */
const kindListEnd = new RegExp(`(?:${alternatives(listEndings)})\\s{0,3}(?:${kindHeads})`, 'u')
const kindListAfter = new RegExp(`(?<list>[^，。；：,]{2,300}?)(?:${alternatives(listEndings)})\\s{0,3}(?<head>${kindHeads})`, 'gu')

/** Where a name starts in a run of name characters: after the last word that no name goes on past. */
function lastBoundary(run: string): number {
  let cut = 0
  for (const word of boundaries) {
    const at = run.lastIndexOf(word)
    if (at >= 0 && at + word.length > cut && at + word.length < run.length) cut = at + word.length
  }
  return cut
}

/** The short names a name's parentheses declare: introduced as such (\`简称：X\`), or a Latin name (\`W3C\`). */
function declaredAliases(parens: string): string[] {
  const aliases: string[] = []
  // \`（East Sea Alliance，以下简称“东海盟”）\`: one parenthesis may declare several names
  const parts = [...parens.matchAll(/[（(]([^（()）]+)[)）]/gu)].flatMap((group) => group[1]!.split(/[，,；;]/u))
  for (const part of parts) {
    let inner = part.trim()
    const introduced = longestFirst(aliasIntroductions).find((word) => inner.startsWith(word))
    if (introduced) inner = inner.slice(introduced.length)
    inner = inner.replace(aliasWrapping, '')
    if (inner && (introduced || /^[A-Za-z][A-Za-z0-9 .&-]{0,40}$/u.test(inner))) aliases.push(inner)
  }
  return aliases
}

/** \`X 是甲于 2018 年推出的区块链服务平台\`: what a sentence's subject is, who made it, and when. */
const copula = new RegExp(
  `^(?<name>[${nameCharacters}（()）]{1,40}?)\\s{0,3}是(?<parties>[^，。；是的]{1,80}?)(?:${alternatives(verbAdverbs)})*(?:${alternatives([...foundingVerbs, ...launchVerbs])})的(?<head>[^，。；]{0,16}?(?:${kindHeads}))`,
  'du'
)
/** Adverbs left at the end of a list of parties once its date is taken off. */
const trailingAdverbs = new RegExp(`(?:${alternatives(verbAdverbs)})+$`, 'u')
/** A founding verb right before a name, in the clause its subject opens: \`甲银行牵头成立“\`. */
const subjectFounding = new RegExp(`(?:${alternatives(verbAdverbs)})*(?:${alternatives(foundingVerbs)})了?\\s{0,3}[“"「]?\\s{0,3}$`, 'u')
/** A date anywhere in such a clause: \`甲于 2016 年牵头成立\`. */
const clauseDateAnywhere = new RegExp(`(?:${alternatives(datePrepositions)})?\\s{0,3}${dateSource}`, 'u')
/** \`由甲牵头\`: a clause that gives the party at the head of what follows. */
const leadingClause = new RegExp(`^\\s{0,3}由(?<party>[^，。；]{1,30}?)(?:${alternatives(verbAdverbs)})$`, 'u')
/** \`联合\` opening the list after such a clause. */
const joinedBy = new RegExp(`^\\s{0,3}(?:${alternatives(verbAdverbs)})`, 'u')
const foundingClause = new RegExp(`(?:${alternatives(verbAdverbs)})?(?:${alternatives(foundingClauseVerbs)})的$`, 'u')
const joiningClause = new RegExp(`(?:${alternatives(joiningClauseVerbs)})的$`, 'u')

/**
 * \`2016 年，甲银行牵头成立“乙联盟”\`: the clause's subject founds the name
 * that follows its verb. The subject is what the clause holds before the
 * verb, its date and adverbs taken off.
 */
function foundedBySubject(before: string, entry?: string): {role: 'founders'; parties: string; start: number; date: string | null} | undefined {
  const verb = subjectFounding.exec(before)
  if (!verb) return undefined
  const start = clauseStart(before, verb.index)
  let parties = before.slice(start, verb.index)
  const dated = clauseDateAnywhere.exec(parties)
  const date = dated ? (findDates(dated[0])[0]?.date ?? null) : null
  if (dated) parties = parties.slice(0, dated.index) + parties.slice(dated.index + dated[0].length)
  const cut = lastBoundary(parties)
  const party = parties.slice(cut).trim()
  // no subject written: the company whose entry this is (\`丙科技：2016 年牵头成立“星河盟”\`)
  if (party === '' && entry) return {role: 'founders', parties: '', start, date}
  // the subject must read as an organisation: \`推动成立\` has a verb where it would stand
  const organisation = /^[A-Za-z]/u.test(party) || organisationEndings.some((word) => party.endsWith(word) && party.length > word.length)
  if (!organisation || party.length > 30) return undefined
  return {role: 'founders', parties: party, start: start + cut + (parties.slice(cut).length - parties.slice(cut).trimStart().length), date}
}

/** Whether a date is the same as another, told more precisely (\`2016-05-31\` for \`2016\`). */
function moreExact(date: string, known: string): boolean {
  return date.length > known.length && date.startsWith(known)
}

/** Where the clause that ends at \`end\` starts: after the last comma, colon or sentence end before it. */
function clauseStart(text: string, end: number): number {
  let at = end - 1
  while (at >= 0 && !clauseEnds.test(text[at]!)) at--
  return at + 1
}

/**
 * The parties of a relative clause that ends where a name starts: \`A、B等
 * 共同发起成立的\` (founders) or \`A、B等参加的\` (members), from the clause's
 * start (after the last comma) to the verb.
 */
function relativeClause(before: string): {role: 'founders' | 'members'; parties: string; start: number; date: string | null} | undefined {
  const founding = foundingClause.exec(before)
  const joining = founding ? null : joiningClause.exec(before)
  const verb = founding ?? joining
  if (!verb) return undefined
  const start = clauseStart(before, before.length)
  let parties = before.slice(start, verb.index)
  // \`由甲牵头，联合乙、丙等组建的X\`: the clause before, led by \`由\`, names a party too
  const previousStart = clauseStart(before, start - 1)
  const leading = start > 0 ? leadingClause.exec(before.slice(previousStart, start - 1)) : null
  if (leading) {
    parties = `${leading.groups!.party!}、${parties.replace(joinedBy, '')}`
  }
  // \`甲基金会于2015年发起的\`: the date is the record's, not part of a party
  const dated = clauseDate.exec(parties)
  const date = dated ? (findDates(dated[0])[0]?.date ?? null) : null
  if (dated) parties = parties.slice(0, dated.index)
  // a list's introduction is no party: \`例如，\` has gone with the comma, \`例如\` before the first item has not
  const introduction = longestFirst(listIntroductions).find((word) => parties.startsWith(word))
  let skip = introduction?.length ?? 0
  parties = parties.slice(skip)
  if (![...itemSeparators, ...listEndings].some((word) => parties.includes(word))) {
    // one party alone, after the words that lead to it (\`最具代表性的便是甲基金会\`), when it reads as an organisation
    const cut = lastBoundary(parties)
    const alone = parties.slice(cut).trim()
    if (!organisationEndings.some((word) => alone.endsWith(word) && alone.length > word.length)) return undefined
    skip += parties.length - parties.slice(cut).trimStart().length
    parties = alone
  }
  return {role: founding ? 'founders' : 'members', parties, start: start + skip, date}
}

/** Longest entry name, in characters, before its separator in an item of a list. */
const maxEntryName = 60
const entrySeparator = /[：:](?!\/\/)/u

/**
 * An item of a list of the source's own (a Markdown list) as the nodes an
 * entry is read from: \`名称：正文\` is the entry's name as an entry heading,
 * then its text as a paragraph; any other item is a paragraph.
 */
function listEntry(node: RootContent): RootContent[] {
  if (node.type !== 'paragraph') return []
  const text = textOf(node)
  const match = entrySeparator.exec(text.slice(0, maxEntryName + 1))
  if (!match || match.index === 0 || /[。，；！？]/u.test(text.slice(0, match.index))) return [node]
  const segments = node.data?.segments ?? []
  const slice = (from: number, to: number) => {
    const piece = text.slice(from, to)
    const start = passage(node).toSource(from)
    const kept: Segments = segments
      .filter(([at, , length]) => at + length > from && at < to)
      .map(([at, source, length]) => [Math.max(at, from) - from, source + Math.max(0, from - at), Math.min(at + length, to) - Math.max(at, from)])
    return {piece, start, segments: kept.length > 0 ? kept : [[0, start, piece.length]] as Segments}
  }
  const name = slice(0, match.index)
  const bodyStart = match.index + match[0].length + (/^\s*/u.exec(text.slice(match.index + match[0].length))?.[0].length ?? 0)
  const body = slice(bodyStart, text.length)
  const heading: Heading = {type: 'heading', depth: 6, children: [{type: 'text', value: name.piece.trimEnd()}], position: node.position, data: {entry: true, segments: name.segments}}
  return body.piece === '' ? [heading] : [heading, {type: 'paragraph', children: [{type: 'text', value: body.piece}], position: node.position, data: {segments: body.segments}}]
}

function listItems(text: string, clause: Span): Array<{text: string; start: number}> {
  let start = clause.start
  const clauseText = text.slice(clause.start, clause.end)
  for (const word of introductions) {
    const at = clauseText.lastIndexOf(word)
    if (at >= 0 && at + word.length < clauseText.length) {
      start = clause.start + at + word.length
      break
    }
  }
  const items: Array<{text: string; start: number}> = []
  const body = text.slice(start, clause.end)
  const separators = /、|以及|及|和|与/gu
  let from = 0
  while (from <= body.length && items.length < maxListItems) {
    const separator = separators.exec(body)
    const to = separator ? separator.index : body.length
    let item = body.slice(from, to)
    for (const ending of endings) if (item.endsWith(ending)) item = item.slice(0, -ending.length)
    const lead = item.length - item.trimStart().length
    if (item.trim()) items.push({text: item.trim(), start: start + from + lead})
    from = separator ? separator.index + separator[0].length : body.length + 1
  }
  return items
}

/** Where a sentence's subject starts, after openers and clauses that only hold a date. */
function subjectStart(sentence: string): number {
  let at = 0
  for (let round = 0; round < 4; round++) {
    at += sentence.slice(at).length - sentence.slice(at).trimStart().length
    const opener = openers.find((word) => sentence.startsWith(word, at))
    if (opener) {
      at += opener.length
      at += /^\s*[，,]?\s*/u.exec(sentence.slice(at))![0].length
      continue
    }
    const clauseEnd = sentence.slice(at).search(/[，,]/u)
    if (clauseEnd > 0) {
      const clause = sentence.slice(at, at + clauseEnd)
      let rest = clause
      for (const date of findDates(clause).reverse()) rest = rest.slice(0, date.start) + rest.slice(date.end)
      for (const word of asOfMarkers) rest = rest.replace(word, '')
      if (findDates(clause).length > 0 && /^[\s在于]*$/u.test(rest)) {
        at += clauseEnd + 1
        continue
      }
    }
    break
  }
  return at + (sentence.slice(at).length - sentence.slice(at).trimStart().length)
}

function isAsOf(sentence: string, index: number): boolean {
  const before = sentence.slice(Math.max(0, index - 4), index).trim()
  return asOfWords.some((word) => before.endsWith(word))
}

/** The kind a heading or name is about: the kind word nearest its end. */
/**
 * The kind a heading or name is of, from its head: the kind word it ends with
 * (brackets, quotes and a list's colon aside), unless the word that ends it
 * only looks like one (链 in 区块链).
 */
function kindOf(text: string): EntityKind | null {
  const head = text.replace(/[（(][^（()）]*[)）]\s*$/u, '').replace(/[\s：:“”"‘’《》「」]+$/u, '').trim()
  if (head === '' || notOfKind.some((word) => head.endsWith(word))) return null
  for (const kind of Object.keys(kindWords) as EntityKind[]) {
    // a kind word alone is a section about its kind (\`# 联盟\`) only when it is one of the words that can head one
    for (const word of kindWords[kind]) {
      if (!head.endsWith(word)) continue
      // a Latin kind word is a word of its own: \`NovaLedger\` is a name, \`Open Ledger\` a ledger
      if (/^[A-Za-z]/u.test(word) && /[A-Za-z]$/u.test(head.slice(0, head.length - word.length))) continue
      if (head.length > word.length || bareSectionWords[kind].includes(word)) return kind
    }
  }
  return null
}

/**
 * The kind an entry's first sentence gives it: a kind word ending a clause
 * after \`的\` (\`总部位于纽约的金融联盟组织，\`), or members listed (\`成员包括…\`).
 */
function kindFromDescription(body: string): EntityKind | null {
  const first = body.slice(0, body.search(/[。；]|$/u))
  for (const kind of Object.keys(kindInDescription) as EntityKind[]) {
    for (const word of kindInDescription[kind]) {
      for (let at = first.indexOf(word); at >= 0; at = first.indexOf(word, at + 1)) {
        const end = at + word.length
        if (first.lastIndexOf('的', at) >= 0 && (end === first.length || clauseEnds.test(first[end]!))) return kind
      }
    }
  }
  return memberList.test(first) ? 'alliance' : null
}

/** A section heading without the word that makes it an overview: \`物联网平台概览\` is about \`物联网平台\`. */
function withoutTopicSuffix(heading: string): string {
  const trimmed = heading.trim()
  const suffix = topicSuffixes.find((word) => trimmed.endsWith(word) && trimmed.length > word.length)
  return suffix ? trimmed.slice(0, trimmed.length - suffix.length) : trimmed
}

/**
 * Whether a name names something in particular: not a generic phrase
 * (\`区块链联盟\`, \`产业联盟\`), nor one behind a word no name starts with (\`其\`, \`该\`).
 */
function isSpecificName(name: string): boolean {
  const bare = name.replace(/^[\d.、\s]+/u, '').trim()
  if (bare === '' || genericNames.includes(bare) || notNameStarts.some((word) => bare.startsWith(word))) return false
  const modifiers = genericNames.filter((word) => bare.endsWith(word)).map((word) => bare.slice(0, bare.length - word.length).trim())
  return !modifiers.some((rest) => rest === '' || genericModifiers.includes(rest))
}

function kindWordCount(text: string, kind: EntityKind): number {
  let count = 0
  for (const word of kindWords[kind]) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count++
  }
  return count
}

function endsWithKind(name: string, kind: EntityKind): boolean {
  return kindWords[kind].some((word) => name.endsWith(word))
}

function textOf(node: Heading | Paragraph): string {
  return passage(node).text
}

/** A name as it is compared: compatibility forms folded, spaces dropped, lower case. */
function squeeze(text: string): string {
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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
