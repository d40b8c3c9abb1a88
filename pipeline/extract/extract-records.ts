import {alternatives, quantifiedPhraseAtEnd, basisClause, basisOf, bulletMarker, closeParens, comma, endsSentence, entrySeparator, founding, genericNames, grammarOf, itemListIntroductions, knownEntities, longestFirst, nameSuffixes, numberingStyles, onLanguage, openParens, proseLabelEnds, organisationSections, overviewHeadings, pointListHeads, sectionConnectives, technicalTerms, trailingPunctuation} from '../lexicon/language.ts'
import type {KnownEntity} from '../lexicon/zh/index.ts'
import type {KindGrammar} from '../lexicon/zh/grammar.ts'
import type {Heading, Paragraph, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import type {Segments} from '../clean/join-lines.ts'
import {kinds, type Registry} from '../dataset/kinds.ts'
import {entryNameSeparator} from '../clean/entries.ts'
import {afterOpening, type Passage, passage, sentences, withoutCitations} from '../clean/passages.ts'
import {isLatinName, readName} from './read-names.ts'
import {readParties, readsAsOrganisation} from './read-parties.ts'
import {bareName, gluedToLatin, headKind, isQuality, readsAsBase, isSpecificName, kindFromDescription, kindOf, withoutTopicSuffix} from './decide-kind.ts'
import {listedRecords, maxPhraseAfterBasis, readPhraseBase} from './find-lists.ts'
import {readDocumentSubject} from './document-subject.ts'
import {readListCompany} from './list-company.ts'
import {readKnownNames, recordsAcross, seedKnownNames} from './known-names.ts'
import {basesAsRecords, ownersAsMakers, partiesAsRecords} from './records-from-facts.ts'
import {itemLead, leadName} from './lead-name.ts'
import {noteGlossedCandidates, noteLatinCandidates, remainingCandidates} from './candidates.ts'
import {plainBase, subjectStart} from './read-clauses.ts'
import {assignOrigins, readPendingStarts, readSentence} from './read-facts.ts'
import {captionKind, fieldRole, headingVerbKind, readFlatRow, readTable, readValue, timelineRows} from './read-tables.ts'
import {Extraction, type RecordDraft, source, squeeze} from './record-book.ts'

export type {PartyDraft, RecordDraft} from './record-book.ts'

export interface Options {
  /** The kinds of record to read: the dataset's registry unless a caller brings its own. */
  kinds?: Registry
  /** Names of widely known entities recognised wherever prose mentions them: the pack's list unless the caller gives another (none with \`[]\`). */
  known?: readonly KnownEntity[]
  /** A user's own names to recognise besides them (\`known-entities.yaml\`). */
  extraKnown?: readonly KnownEntity[]
  /**
   * Names of other sources' records this source mentions (\`build/across-sources.ts\`): records here
   * before any sentence is read, so that what the sentences say of them is theirs.
   */
  across?: readonly KnownEntity[]
}

/** Longest entry name, in characters, before its separator in an item of a list. */
const maxEntryName = 60

/**
 * Read records from the cleaned tree: entries of sections about a kind, lists
 * of them in the sections' own paragraphs, the rows of tables, and every sentence in turn (find
 * mentions → decide kind → read facts), into `file.data.records`.
 */
export default function extractRecords(options: Options = {}) {
  return function (tree: Root, file: VFile) {
    // the patterns of the language pack in use (compiled once per pack and registry)
    const grammar = grammarOf(options.kinds ?? kinds)
    const known = [...(options.extraKnown ?? []), ...(options.known ?? knownEntities)]
    const messagesBefore = file.messages.length
    let state = read(new Extraction(file, grammar, known), tree, options, [])
    // records some names become only once the whole document is read (widely known names, the document's own
    // subject, parties and bases of a kind): read it again with them from the start, so that what its sentences say of them is theirs
    const knownNamed = state.book.records.filter((record) => wholeDocumentRules.has(record.rule))
    file.data.records = state.book.records
    if (knownNamed.length > 0) {
      const first = state.book.records
      // the second reading says again what the first said: its messages are the ones kept
      file.messages.length = messagesBefore
      state = read(new Extraction(file, grammar, known), tree, options, knownNamed)
      // in the order the first reading found them (the seeded ones first in the second), what only the second found after
      const order = new Map(first.map((record, index) => [`${record.kind} ${squeeze(record.name)}`, index]))
      const at = (record: RecordDraft, index: number) => order.get(`${record.kind} ${squeeze(record.name)}`) ?? first.length + index
      file.data.records = state.book.records.map((record, index) => ({record, rank: at(record, index)})).sort((a, b) => a.rank - b.rank).map(({record}) => record)
    }
    file.data.candidates = remainingCandidates(state)
  }
}

/**
 * Whether a node is a paragraph that introduces the list after it (\`目前主流平台包括：\`): the kind the words before its
 * introducing word name, or null when they name none; \`'points'\` when they say the items are points of the text
 * (\`遵循以下原则：\`, \`主要特点如下：\`); undefined when it introduces no list.
 */
function introducedKind(state: Extraction, node: RootContent | undefined): string | null | 'points' | undefined {
  if (node?.type !== 'paragraph' || node.data?.role) return undefined
  const text = textOf(node).trim()
  if (!entrySeparator.test(text.slice(-1))) return undefined
  const before = text.slice(0, -1).trimEnd()
  const word = longestFirst(itemListIntroductions).find((each) => before.endsWith(each))
  const phrase = (word === undefined ? before : before.slice(0, before.length - word.length)).replace(trailingPunctuation, '').trim()
  if (pointListHeads.some((head) => phrase.endsWith(head))) return 'points'
  if (word === undefined) return undefined
  const kind = kindOf(phrase, state.grammar)
  if (kind !== null) return kind
  // (\`社区维护着多个客户端，常见的包括：\`: or the things of a kind an earlier clause of the sentence counts, ending it)
  const counted = phrase.split(comma).slice(0, -1).map((clause) => quantifiedPhraseAtEnd.exec(clause)?.groups!.phrase).find((each) => each !== undefined)
  return counted === undefined ? null : (kindOf(counted, state.grammar) ?? state.grammar.setApartKind(counted))
}

/** The rules of the readers that decide with the whole document read. */
const wholeDocumentRules = new Set(['known-name', 'document-subject', 'party-of-kind', 'base-of', 'list-company'])

/** One reading of a document, with the records of other sources and of widely known names it mentions there from the start. */
function read(state: Extraction, tree: Root, options: Options, knownNamed: readonly RecordDraft[]): Extraction {
  recordsAcross(state, options.across ?? [])
  seedKnownNames(state, knownNamed)
  readSections(state, tree)
  readPendingStarts(state)
  withdrawUnsaid(state)
  partiesAsRecords(state)
  basesAsRecords(state)
  readKnownNames(state)
  readListCompany(state)
  readDocumentSubject(state)
  ownersAsMakers(state)
  noteLatinCandidates(state)
  noteGlossedCandidates(state)
  for (const record of state.book.records) addBareName(state, record)
  return state
}

/**
 * Precision first: a name a pointer made a record of (rule \`pointed-at\`) stays one only if the text says who made,
 * founded or joined it, when it started, how many members it has, or what it is built on; else it is a candidate.
 */
function withdrawUnsaid(state: Extraction) {
  for (const record of state.book.records.filter((each) => each.rule === 'pointed-at')) {
    if (record.leads.length > 0 || record.joiners.length > 0 || record.started !== null || record.memberCount !== null || record.basedOn.length > 0) continue
    state.apply({type: 'withdrawn', record})
    state.apply({type: 'candidate', name: record.name, kind: record.kind, offset: record.offset, why: 'a name a later sentence points back at, but says nothing of who made it or when'})
  }
}

function readSections(state: Extraction, tree: Root) {
  const {grammar, file} = state
  const isField = (label: string) => fieldRole(state, label) !== undefined
  /** What the sentence that introduces a list says its items are built on, by item. */
  const introducedBases = new Map<RootContent, {name: string; offset: number}>()
  const builtOnIntroduced: Array<{record: RecordDraft; name: string; offset: number}> = []
  const nodes = tree.children.flatMap((node, index) => {
    // (\`建设单位：甲银行\` under \`案例 1：链融通平台\`: a paragraph of a field, as a converter leaves the lines of a case)
    // (\`凌云区块链联盟\` over \`- 成立时间：…\` and \`- 发起单位：…\`: a paragraph that is only a name of a kind, right before a
    // list of fields, heads them as a record's heading would)
    if (node.type === 'paragraph' && !node.data?.role && headsFields(state, node, tree.children[index + 1], isField)) {
      return [{type: 'heading', depth: 6, children: node.children, position: node.position, data: {entry: true, segments: node.data?.segments}} satisfies Heading]
    }
    if (node.type === 'paragraph' && !node.data?.role) return labelledField(node, isField) ?? [node]
    if (node.type !== 'list' || node.data?.role) return [node]
    const introduced = introducedKind(state, tree.children[index - 1])
    // \`遵循以下原则：\` then \`- 安全：…\`: points of the text, no entries
    if (introduced === 'points') return node.children.flatMap((item) => item.children.filter((child) => child.type === 'paragraph'))
    const items = node.children.flatMap((item) => item.children.flatMap((child) => listEntry(child, isField)))
    // the items of a list a sentence introduces (\`…，例如：\`) may each open with a name
    if (introduced === undefined) return items
    const base = introducedBase(tree.children[index - 1])
    return items.map((item) => {
      if (item.type === 'heading' && base) introducedBases.set(item, base)
      // (an entry \`Ceth：…\` of a list introduced as of a kind is of that kind where its section says none)
      if (item.type === 'heading' && introduced !== null) {
        const entry: Heading = {...item, data: {...item.data, introduced}}
        if (base) introducedBases.set(entry, base)
        return entry
      }
      if (item.type !== 'paragraph' || item.data?.field) return item
      const introducedItem = {...item, data: {...item.data, introduced}}
      if (base) introducedBases.set(introducedItem, base)
      return introducedItem
    })
  })
  for (const node of nodes) {
    if (node.type === 'heading' && node.data?.entry) state.declareEntry(readName(textOf(node)).name)
    if (node.type === 'heading') state.declareHeading(withoutTopicSuffix(textOf(node).slice(titleStart(textOf(node)))))
  }
  let sectionKind: string | null = null
  let sectionRecords: RecordDraft[] = []
  let leads: Passage[] = []
  let entry: RecordDraft | null = null
  let organisationSection = false
  /** Whether an entry of the section named an organisation: its siblings of no kind are companies too. */
  let organisationEntries = false
  /** The kind the caption of a table just read names: the lines after it may be its flattened rows. */
  let tableKind: {kind: string | null} | undefined
  /** The sections open at this point, outermost first: one is empty when no record is read before a heading of its level or above. */
  const open: Array<{heading: Heading; kind: string; findingsBefore: number}> = []
  const closeSections = (depth: number) => {
    while (open.length > 0 && open[open.length - 1]!.heading.depth >= depth) {
      const section = open.pop()!
      // a section whose records its prose or its subsections name (not as entries), or tell facts of, is not empty
      if (state.findings.length === section.findingsBefore) {
        file.message(`Unexpected section \`${textOf(section.heading)}\` without entries, expected the ${grammar.registry[section.kind]!.table} its heading announces`, {
          place: section.heading.position,
          ruleId: 'empty-section',
          source
        })
      }
    }
  }
  const closeSection = () => assignOrigins(state, leads, sectionRecords)

  /** Fields \`项目名称：…\` that named the record of the heading above them. */
  const namedByField = new Set<RootContent>()
  /** Headings that only introduce what the named heading above them names (\`### 简介\`): they open no section. */
  const introductions = new Set<RootContent>()
  for (const [index, node] of nodes.entries()) {
    if (introductions.has(node)) continue
    if (node.type === 'heading') tableKind = undefined
    // (\`## Aurum 项目\`, then \`### 简介\` and the paragraph: the paragraph is the named heading's)
    const introduction = node.type === 'heading' ? overviewBelow(node, nodes[index + 1]) : undefined
    const named = node.type === 'heading' && !node.data?.entry && !organisationSection ? namedHeading(state, node, nodes[index + (introduction ? 2 : 1)], sectionKind) : undefined
    if (named && introduction) introductions.add(introduction)
    if (named?.nameField && node.type === 'heading') {
      // the record the field names, the heading's name (when it is one) another of its names
      entry = addEntry(state, fieldHeading(named.nameField), named.kind, '')
      const title = textOf(node)
      const {name} = readName(title.slice(named.skip))
      // (\`案例 2\` names nothing; \`跨境汇款区块链系统\` describes the record by its kind)
      if (entry && headKind(name, state.grammar) !== null && isSpecificName(name) && squeeze(name) !== squeeze(entry.name)) state.apply({type: 'alias', record: entry, alias: name, offset: passage(node).toSource(title.indexOf(name, named.skip))})
      state.enterOrganisation(null)
      if (entry) sectionRecords.push(entry)
      namedByField.add(named.nameField)
    } else if (named && node.type === 'heading') {
      // \`### 星河联盟\`, \`3.2.1 星河链（Nova）\`: a section about one record is its entry, in the section around it
      entry = addEntry(state, node, named.kind ?? sectionKind, '', named.skip)
      const next = nodes[index + (introduction ? 2 : 1)]
      for (const alias of named.aliases ?? []) if (entry && next?.type === 'paragraph') state.apply({type: 'alias', record: entry, alias: alias.name, offset: passage(next).toSource(alias.at)})
      state.enterOrganisation(null)
      if (entry) sectionRecords.push(entry)
    } else if (node.type === 'heading' && !node.data?.entry) {
      closeSection()
      closeSections(node.depth)
      const title = textOf(node)
      const heading = withoutTopicSuffix(title.slice(titleStart(title)))
      sectionKind = kindOf(heading, grammar)
      if (sectionKind) open.push({heading: node, kind: sectionKind, findingsBefore: state.findings.length})
      organisationSection = organisationSections.includes(heading)
      organisationEntries = false
      sectionRecords = []
      leads = []
      entry = null
      // \`该平台\` in a new section points at nothing the sections before named
      state.enterSection()
    } else if (node.type === 'heading') {
      const body = nodes[index + 1]
      state.forgetMentions()
      const name = readName(textOf(node)).name
      // (\`• 云杉科技：2017 年推出…\` in a section about no kind: an entry that names an organisation in the script is a
      // company's, and so is one of no kind among such entries, \`海川信息\`)
      // (a Latin name may be a product's as well as an organisation's: \`Abra：…\`)
      // (in a section about a kind too, when the name reads as an organisation's: \`一、主要平台\` then \`• 岚山科技：…\`)
      const organisation: boolean = kindOf(name, grammar) === null && !/[A-Za-z]/u.test(name) && (readsAsOrganisation(name) || (!sectionKind && organisationEntries))
      organisationEntries ||= organisation
      const company = organisationSection || organisation
      entry = company ? null : addEntry(state, node, sectionKind ?? node.data?.introduced ?? null, body?.type === 'paragraph' ? textOf(body) : '')
      const base = entry ? introducedBases.get(node) : undefined
      if (entry && base) builtOnIntroduced.push({record: entry, ...base})
      // an entry about a company is the subject of what its text says it founded
      state.enterOrganisation(company ? {name, offset: passage(node).toSource(0)} : null)
      if (entry) sectionRecords.push(entry)
    } else if (node.type === 'table') {
      // a table ends the entry before it: its rows are records of their own
      entry = null
      const rows = readTable(state, node, sectionKind)
      sectionRecords.push(...rows)
      readIntroducedBase(state, nodes[index - 1], rows)
      // (\`时间\` | \`事件\`: a timeline's rows are sentences, each opened by its date)
      for (const row of rows.length === 0 ? timelineRows(state, node) : []) {
        for (const span of sentences(row.text)) readSentence(state, row, span, null)
      }
    } else if (node.type === 'paragraph' && node.data?.field !== undefined) {
      // a field of the record whose heading the list stands under (none: a field of nothing this reads)
      const role = fieldRole(state, node.data.field)
      if (role === 'name' && !namedByField.has(node)) {
        // (\`项目名称：…\` under a heading that names nothing, \`案例二\`: the record of the fields after it; under one
        // that names the record, another of its names)
        // (\`项目名称：区块链平台\`: nothing in particular)
        const {name} = readName(textOf(node))
        const specific = isSpecificName(name)
        if (specific && entry) {
          if (squeeze(name) !== squeeze(entry.name)) state.apply({type: 'alias', record: entry, alias: name, offset: passage(node).toSource(textOf(node).indexOf(name))})
        } else if (specific) {
          entry = addEntry(state, fieldHeading(node), sectionKind, '')
          if (entry) sectionRecords.push(entry)
        }
      } else if (entry && role) readValue(state, entry, role, passage(node), 'field')
    } else if (node.type === 'paragraph' && node.data?.role === 'caption') {
      tableKind = captionKind(state, textOf(node))
    } else if (node.type === 'paragraph' && !node.data?.role && tableKind && readFlatRow(state, passage(node), tableKind.kind)) {
      // a row of a table the converter flattened, after its caption
      entry = null
    } else if (node.type === 'paragraph' && !node.data?.role) {
      // a line of prose ends the table; a row whose cells the converter scattered (\`2016 年 11 月 乙交易所…\`) does not
      if (endsSentence(textOf(node)) || comma.test(textOf(node))) tableKind = undefined
      // (\`● 甲公司于…\`: a bullet the converter kept opens no name)
      const text = withoutCitations(afterOpening(passage(node), bulletMarker.exec(textOf(node))?.[0].length ?? 0))
      if (entry && sectionConnectives.some((word) => text.text.startsWith(word))) entry = null
      if (entry) {
        state.apply({type: 'description', record: entry, text: text.text, how: 'append'})
      } else {
        leads.push(text)
        if (sectionKind) sectionRecords.push(...listedRecords(state, text, sectionKind))
      }
      // \`（1）星河联盟。2016 年由甲银行…发起成立\`, \`星河联盟：成立于…\`: a paragraph that opens with a name alone speaks of it, as an entry's text does;
      // so does an item of a list a sentence introduces that opens with a name (\`乙云 BaaS 平台，2017 年发布\`)
      const spans = sentences(text.text)
      const item = node.data?.introduced !== undefined && entry === null ? itemLead(state, text, node.data.introduced) : null
      const lead = item ?? (entry === null && spans.length > 0 ? leadName(state, text, spans[0]!, spans.length > 1) : null)
      // what follows the name, if a name leads: the rest of its sentence after the separator, or the sentences after it
      const from = lead ? (lead.body?.start ?? spans[0]!.end) : 0
      for (const span of spans) {
        if (span.end > from) readSentence(state, text, {start: Math.max(span.start, from), end: span.end}, lead?.record ?? entry)
      }
      // (the record the item opens with, whether it leads the item or its sentence read it: \`乙链，由丙银行开发\`)
      const base = introducedBases.get(node)
      const listed = base ? (lead?.record ?? state.book.knownAtStart(text.text)?.record) : undefined
      if (listed && base) builtOnIntroduced.push({record: listed, ...base})
    }
  }
  closeSection()
  closeSections(1)
  // (\`…基于 Nova 构建了自己的平台，其中较为典型的有：\`: a product an item of the list names, of no base of its own, is built on that)
  for (const {record, name, offset} of builtOnIntroduced) {
    if (record.basedOn.length > 0 || grammar.registry[record.kind]?.leads !== 'developers' || squeeze(record.name) === squeeze(name)) continue
    state.apply({type: 'base', record, name, offset, rule: 'basis'})
  }
}

/**
 * \`下表列出部分基于云帆链构建的应用平台：\`: what the sentence that introduces a table (ending in a colon, right before it)
 * says the things its rows name are built on, in the phrase for them it ends with.
 */
function readIntroducedBase(state: Extraction, before: RootContent | undefined, rows: readonly RecordDraft[]) {
  if (before?.type !== 'paragraph' || before.data?.role || rows.length === 0) return
  const text = passage(before)
  const last = sentences(text.text).pop()
  const written = last ? text.text.slice(last.start, last.end).trimEnd() : ''
  if (!last || !entrySeparator.test(written.slice(-1))) return
  const phrase = written.slice(0, -1)
  for (const record of rows) if (squeeze(record.name) !== squeeze(phrase)) readPhraseBase(state, text, record, phrase, last.start, maxPhraseAfterBasis)
}

/**
 * \`国内已有多家机构基于 Nova 构建了自己的平台，其中较为典型的有：\`: what the sentence that introduces a list says
 * was built on something, the thing built on (its name and where it is), when its verb of making follows it.
 */
function introducedBase(before: RootContent | undefined): {name: string; offset: number} | undefined {
  if (before?.type !== 'paragraph' || before.data?.role) return undefined
  const text = passage(before)
  const last = sentences(text.text).pop()
  if (!last) return undefined
  const written = text.text.slice(last.start, last.end)
  const at = written.indexOf(basisOf.before)
  const basis = at < 0 ? null : basisClause.exec(written.slice(at))
  if (!basis) return undefined
  const {name, start} = plainBase(basis.groups!.base!)
  return readsAsBase(name) ? {name, offset: text.toSource(last.start + at + basis.indices!.groups!.base![0] + start)} : undefined
}

/** The heading right below a heading that only introduces what it names (\`### 简介\`), if the next node is one. */
function overviewBelow(heading: Heading, next: RootContent | undefined): Heading | undefined {
  if (next?.type !== 'heading' || next.depth <= heading.depth) return undefined
  const title = textOf(next)
  return overviewHeadings.includes(title.slice(titleStart(title)).trim()) ? next : undefined
}

function addEntry(state: Extraction, node: Heading, sectionKind: string | null, body: string, skip = 0): RecordDraft | null {
  const {book, grammar} = state
  const text = passage(node)
  const {name, aliases, owner} = readName(text.text.slice(skip))
  // (\`- 安全性：采用多重签名\` under a heading of projects: a point of the text, no entry)
  if (isQuality(name)) return null
  const kind = kindOf(name, grammar) ?? sectionKind ?? kindFromDescription(body, grammar)
  if (!kind) {
    const words = grammar.kinds.map(([, entry]) => `\`${entry.words.alone[0] ?? entry.words.heads[0]}\``).join(' or ')
    state.file.info(`Unexpected entry \`${name}\` in a section that is about no kind of record, expected a section heading with ${words}`, {
      place: node.position,
      ruleId: 'entry-without-kind',
      source
    })
    return null
  }
  // a record the text named before its entry (\`丙科技：…牵头成立“星河盟”\`) is this entry's
  const named = [name, ...aliases].map((written) => book.find(written)).find((found) => found && !found.entry && found.kind === kind)
  let record: RecordDraft
  if (named) {
    record = named
    state.apply({type: 'entry', record, name, aliases, offset: text.toSource(skip)})
  } else {
    record = state.apply({type: 'record', kind, name, aliases, offset: text.toSource(skip), rule: 'entry', entry: true, known: 'none'})
  }
  // (\`青檀溯源平台（南屿数科）：…\`: the organisation its parenthesis names made it, of a kind with makers)
  const [party] = owner !== undefined && grammar.registry[kind]?.leads === 'developers' ? readParties(owner) : []
  if (party) state.apply({type: 'party', record, role: 'leads', party: {...party, offset: text.toSource(skip + text.text.slice(skip).lastIndexOf(owner!)), rule: 'owner'}})
  state.enterEntry(record)
  return record
}

/**
 * \`星海项目\`, \`星河链平台\`: a name with a word after it that does not
 * change whom it names is known by the name without it too, where the name
 * stands (not \`甲区块链平台\`, whose rest ends in a generic word).
 */
function addBareName(state: Extraction, record: RecordDraft) {
  const suffix = nameSuffixes.find((word) => record.name.endsWith(word) && !gluedToLatin(record.name, word))
  // a suffix inside the kind word the name ends with (\`网络\` of \`服务网络\`) is part of that word
  const head = state.grammar.headAtEnd(record.name)
  if (!suffix || (head && head.length > suffix.length)) return
  const bare = bareName(record.name)
  if ([...bare].length < 2 || genericNames.some((word) => bare.endsWith(word)) || !isSpecificName(bare)) return
  if ([record.name, ...record.aliases].some((written) => squeeze(written) === squeeze(bare))) return
  state.apply({type: 'alias', record, alias: bare, offset: record.offset})
}

/**
 * A section heading that names one record: its title (after its number)
 * reads as a name of a kind, not a generic phrase, and the paragraph after it
 * opens with that name or a word that points back at a record of its kind, or
 * speaks of it by its Latin name. Returns where the title starts.
 */
function namedHeading(state: Extraction, node: Heading, next: RootContent | undefined, sectionKind: string | null): {skip: number; kind: string | null; aliases?: Array<{name: string; at: number}>; nameField?: Paragraph} | undefined {
  if (next?.type !== 'paragraph' || next.data?.role) return undefined
  const heading = textOf(node)
  const skip = titleStart(heading)
  const {name, aliases} = readName(heading.slice(skip))
  if (!isSpecificName(name) || withoutTopicSuffix(name) !== name) return undefined
  const latinName = isLatinName(name) && !technicalTerms.includes(name)
  // \`### Numbat\`, then \`- 贡献者：乙科技\`: a name of a kind, or a Latin name, whose fields follow, of the kind its section or its fields say
  if (next.data?.field !== undefined) {
    const fields = fieldRole(state, next.data.field)
    // (\`案例 2：跨境汇款系统\`, then \`项目名称：汇通跨境汇款系统\`: the field names the record, the heading may only describe it)
    if (fields === 'name') {
      const named = readName(textOf(next)).name
      const kind = headKind(named, state.grammar) ?? headKind(name, state.grammar) ?? sectionKind
      return kind && isSpecificName(named) ? {skip, kind, nameField: next} : undefined
    }
    // (a heading that is a name alone sets it apart as quotes do: \`案例 5：汀洲贸易数据网络\`, then \`牵头单位：…\`)
    const kind = headKind(name, state.grammar) ?? (latinName ? (sectionKind ?? headingVerbKind(state, [next.data.field])) : null)
    return kind && fields !== 'field' ? {skip, kind} : undefined
  }
  const body = textOf(next)
  const first = body.slice(0, sentences(body)[0]?.end ?? body.length)
  const opening = first.slice(subjectStart(first))
  const kind = kindOf(name, state.grammar)
  if (!kind) {
    // a Latin name in a section about a kind whose paragraph opens with its makers (\`### Nova\`, then \`由甲基金会发起，…\`)
    if (latinName && sectionKind && founding.exec(opening)?.index === 0) return {skip, kind: sectionKind}
    // \`## 星海\`, then \`星海（Xinghai）项目…\`: a name with no kind word, which the paragraph opens with,
    // with the kind word of its own (\`项目\`) or a Latin name in a section about a kind
    if (!opening.startsWith(name)) return undefined
    const written = namedOpening(state.grammar).exec(opening.slice(name.length))!
    const own = written.groups!.kind ? kindOf(`${name}${written.groups!.kind}`, state.grammar) : null
    const latin = written.groups!.latin
    // a Latin name (\`### Nova\`, then \`Nova 是…\`) is a name, in a section about a kind; a Han word may be a topic (\`性能\`)
    const found = own ?? (latin || latinName ? sectionKind : null)
    if (!found) return undefined
    // the Latin name is the record's too, where the paragraph gives it
    const at = latin ? body.indexOf(latin, first.length - opening.length + name.length) : -1
    return {skip, kind: found, aliases: latin && at >= 0 ? [{name: latin.split(comma)[0]!.trim(), at}] : undefined}
  }
  // the paragraph opens with the name as its subject (\`星河链由甲科技于…发布\`), or names it by its Latin name:
  // a heading the text only mentions (\`顶级项目\`, then \`主要包括以下顶级项目：\`) is a section about a sort of record
  const subject = squeeze(opening)
  const latin = [name, ...aliases].filter((written) => /[A-Za-z]/u.test(written)).map(squeeze)
  // (or with the word that points back at a record of its kind: \`该联盟由甲科技牵头\`)
  const pointer = state.grammar.pointerAt(opening)?.[1] === kind
  // (\`## Aurum 项目\`, then \`Aurum（奥鲁姆）项目的…\`: by the name without a suffix that does not change whom it names)
  const suffix = nameSuffixes.find((word) => name.endsWith(word) && name.length >= word.length + 2)
  const bare = suffix === undefined ? [] : [name.slice(0, name.length - suffix.length)]
  const opener = [name, ...aliases, ...bare].find((written) => subject.startsWith(squeeze(written)))
  const opens = pointer || opener !== undefined
  if (!opens && !latin.some((written) => squeeze(first).includes(written))) return undefined
  // (\`## 星币项目\`, then \`星币（Starcoin，STC）是…\`: the Latin names the parenthesis after the name gives are the record's too)
  const after = opener === undefined ? null : latinAfterName(opening, opener)
  return {skip, kind, aliases: after?.names.map((each) => ({name: each.name, at: subjectStart(first) + each.at}))}
}

/** A parenthesis that opens with a Latin name, at the start of a text: group \`inner\`. */
let latinParenthesis: RegExp
onLanguage(() => {
  latinParenthesis = new RegExp(`^\\s{0,2}[${openParens}](?<inner>[A-Za-z][^${openParens}${closeParens}]{0,60})[${closeParens}]`, 'u')
})

/** The Latin names in the parenthesis right after \`name\` at the start of \`text\` (spaces aside), each with where it stands in \`text\`. */
function latinAfterName(text: string, name: string): {names: Array<{name: string; at: number}>} | null {
  let end = 0
  for (let kept = 0; end < text.length && kept < squeeze(name).length; end++) if (!/\s/u.test(text[end]!)) kept++
  const parenthesis = latinParenthesis.exec(text.slice(end))
  if (!parenthesis) return null
  const inner = parenthesis.groups!.inner!
  const start = end + parenthesis[0].indexOf(inner)
  const names: Array<{name: string; at: number}> = []
  let offset = 0
  for (const piece of inner.split(comma)) {
    const word = piece.trim()
    if (/^[A-Za-z]/u.test(word)) names.push({name: word, at: start + offset + piece.indexOf(word)})
    offset += piece.length + 1
  }
  return {names}
}

/** What may follow a name opening a sentence: a Latin name in parentheses, the kind word of its own (\`星海（Xinghai）项目\`). */
const namedOpenings = new WeakMap<KindGrammar, RegExp>()
function namedOpening(grammar: KindGrammar): RegExp {
  let pattern = namedOpenings.get(grammar)
  if (!pattern) {
    const words = alternatives(grammar.kinds.flatMap(([, entry]) => entry.words.inProse))
    pattern = new RegExp(`^\\s{0,3}(?:[${openParens}](?<latin>[A-Za-z][^${openParens}${closeParens}]{0,40})[${closeParens}])?\\s{0,3}(?<kind>${words})?`, 'u')
    namedOpenings.set(grammar, pattern)
  }
  return pattern
}

/** Where a heading's title starts after its number: \`3.2.1 \`, \`（二）\`, \`第三章 \`. */
function titleStart(heading: string): number {
  for (const {pattern} of numberingStyles) {
    const match = pattern.exec(heading)
    const title = match?.groups?.title
    if (match && title) return heading.lastIndexOf(title)
  }
  return 0
}

/**
 * An item of a list of the source's own (a Markdown list) as the nodes an
 * entry is read from: \`名称：正文\` is the entry's name as an entry heading,
 * then its text as a paragraph; any other item is a paragraph.
 */
function listEntry(node: RootContent, isField: (label: string) => boolean): RootContent[] {
  if (node.type !== 'paragraph') return []
  const split = splitLabel(node)
  if (!split) return [node]
  const {name, body} = split
  const field = labelledField(node, isField, split)
  if (field) return field
  const heading: Heading = {type: 'heading', depth: 6, children: [{type: 'text', value: name.piece.trimEnd()}], position: node.position, data: {entry: true, segments: name.segments}}
  return body.piece === '' ? [heading] : [heading, pieceParagraph(node, body)]
}

/** Whether a paragraph is only a name of a kind (no clause, no sentence) and the node after it a list whose first item is a field. */
function headsFields(state: Extraction, node: Paragraph, next: RootContent | undefined, isField: (label: string) => boolean): boolean {
  const text = textOf(node).trim()
  if (next?.type !== 'list' || next.data?.role || text.length > maxEntryName || comma.test(text) || endsSentence(text) || kindOf(text, state.grammar) === null || !isSpecificName(text)) return false
  const first = next.children[0]?.children[0]
  const split = first?.type === 'paragraph' ? splitLabel(first) : undefined
  return split !== undefined && isField(split.name.piece.trim())
}

/** A field's value that names a record (\`项目名称：…\`), as the heading of its entry. */
function fieldHeading(node: Paragraph): Heading {
  return {type: 'heading', depth: 6, children: node.children, position: node.position, data: {entry: true, segments: node.data?.segments}}
}

/** A paragraph of a piece of \`node\`'s text (its places kept), a field's value when \`field\` names its label. */
function pieceParagraph(node: Paragraph, piece: {piece: string; segments: Segments}, field?: string): Paragraph {
  return {type: 'paragraph', children: [{type: 'text', value: piece.piece}], position: node.position, data: {segments: piece.segments, ...(field !== undefined && {field})}}
}

/**
 * A paragraph \`标签：值\` whose label is a field's (\`发起方：甲基金会\`): the value as a paragraph of that field, of the
 * record whose heading it stands under; or, when the label is of prose about the record (\`案例简介：…\`), the text after
 * it as a paragraph of its own. Undefined when the paragraph has no label of a field.
 */
function labelledField(node: Paragraph, isField: (label: string) => boolean, split = splitLabel(node)): RootContent[] | undefined {
  if (!split) return undefined
  const {name, body} = split
  const label = name.piece.trim()
  if (proseLabelEnds.some((word) => label.endsWith(word)) && body.piece !== '') return [pieceParagraph(node, body)]
  return isField(label) ? [pieceParagraph(node, body, label)] : undefined
}

/** A paragraph's label before its separator (\`名称：正文\`) and the text after it, each with its place in the source. */
function splitLabel(node: Paragraph) {
  const text = textOf(node)
  const match = entryNameSeparator(text, maxEntryName)
  if (!match || match.index === 0) return undefined
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
  return {name, body: slice(bodyStart, text.length)}
}

function textOf(node: Heading | Paragraph): string {
  return passage(node).text
}
