/**
 * Find lists: records a sentence names as examples or members of a kind: a
 * list after the phrase for the kind (`区块链平台主要有A、B`) or before it
 * (`A、B等开源社区`), a representative frame (`以甲、乙为代表的开源项目`), a
 * name set apart after the phrase (a dash, quotes, a Latin name), and the
 * lists of a section's own paragraphs.
 */
import {agentMarkers, anaphors, earlyStageVerbs, laterAdverbs, listEndings, quantifiedPhraseAtEnd, launchedParts, sayingVerbs, verbAdverbs, commas, fullStop, semicolons, techniqueModifiers, formingVerbs, apposition, aspectAdverbs, basisPhrase, chainSorts, foundingVerbs, launchVerbs, onLanguage, perfectiveMarkers, clauseLinks, startedOn, basisInDefinition, clauseDate, comma, founding, longestFirst, openingComma, trailingPredicate, basisOf, clauseEnds, collaborationFrame, copulas, listTakingVerbs, notSubjects, exampleRun, ownedList, ownershipWords, joiningWords, trailingAdverbs, indefiniteArticles, kindHeadAtEnd, kindList, kindListAfter, kindListEnd, launchedBefore, launchedWellBefore, parenthesised, possessedBefore, predicate, predicateAfterSpace, relativeMarkers, representativeFrame, technicalTerms, technologyWords} from '../lexicon/language.ts'
import {clauses, type Passage, sentences, type Span} from '../clean/passages.ts'
import {findDates, isAsOf} from './read-dates.ts'
import {isLatinName, readName} from './read-names.ts'
import {organisationsOnly, readParties, readsAsOrganisation} from './read-parties.ts'
import {endsWithKind, isSpecificName, isTradeWord, kindOf, kindWordCount, readsAsBase, readsAsName, wordKind} from './decide-kind.ts'
import {builtOn, clauseStart, clauseSubject, declaredAliases, foundedBySubject, lastBoundary, listItems, maxListedName, openingBase, possessorOf, relativeClause, withoutPossessor, sentenceSubject, subjectStart} from './read-clauses.ts'
import {type Extraction, namedParty, type RecordDraft, squeeze} from './record-book.ts'
import {namesVersion, startAfter} from './read-starts.ts'
import {describesOnly, hasOwnPart, ownedBeforeHead} from './read-subjects.ts'

/**
 * Who made a record whose name stands at \`at\` in a sentence, from what comes
 * before it: \`甲科技发布的区块链平台“乙链”\` (a relative clause), \`甲公司于
 * 2017 年…，并推出了首个区块链服务平台——乙链\` (the subject of the verb
 * before it, with the date of that verb's clause or of the sentence's
 * opening), \`甲表示已通过其基于区块链的结算平台乙完成首笔结算\` (a possessive).
 */
export function readMakersBefore(state: Extraction, text: Passage, span: Span, record: RecordDraft, at: number, launched = launchedBefore, setApart = false) {
  const sentence = text.text.slice(span.start, span.end)
  const before = sentence.slice(0, at)
  // (\`北辰银行宣布其自主研发的…“辰链”\`: a clause of making whose subject points back at the sentence's own)
  const pointed = madeByPointer.exec(before.trimEnd())
  const owner = pointed ? clauseSubject(before.slice(0, pointed.index).replace(sayingAtEnd, '')) : undefined
  if (owner) {
    for (const party of readParties(owner.text)) state.apply({type: 'party', record, role: 'leads', party: state.locate(text, span.start + owner.start + party.start, party, 'makers-before')})
    return
  }
  // the relative clause before the phrase gives its makers (\`…共同研发的 Meridia 网络\`: a space before a Latin name is none of it)
  const clause = relativeClause(before.trimEnd(), true)
  const launching = clause?.role === 'founders' ? null : launchedVerb(before, launched)
  if (clause?.role === 'founders') {
    for (const party of readParties(clause.parties)) state.apply({type: 'party', record, role: 'leads', party: state.locate(text, span.start + clause.start + party.start, party, 'makers-before')})
    // (and its date: \`甲实验室于 2009 年 1 月启动的云杉网络\`)
    if (clause.date) state.apply({type: 'start', record, date: clause.date, offset: text.toSource(span.start + clause.start), rule: 'makers-before'})
  } else if (launching) {
    // \`甲公司于 2017 年…，并推出了首个区块链服务平台——乙链\`: what the sentence's subject launched is its,
    // unless the verb's own clause has a subject (\`甲公司发布了“乙链”，丙集团推出了平台丁\`)
    const verbAt = launching.index
    const from = clauseStart(before, verbAt)
    const own = from > subjectStart(sentence) ? clauseSubject(before.slice(from)) : undefined
    const subject = own ? {text: own.text, start: from + own.start} : sentenceSubject(sentence)
    for (const party of subject ? readParties(subject.text) : []) state.apply({type: 'party', record, role: 'leads', party: state.locate(text, span.start + subject!.start + party.start, party, 'makers-before')})
    // (\`该联盟后来推出了 Nova 平台\`: a sentence opening with a pointer at a record of a founded kind, a body of its members, has it make it)
    if (!subject && from <= subjectStart(sentence)) pointedMaker(state, text, span, record)
    // (\`• 云杉科技：2017 年推出…“云杉链”\`, \`与乙大学联合研发了…\`: in a company's entry, a first clause with no subject of its own is
    // the company's, with the organisations it worked with there)
    // (a name set apart, by quotes or its script: a phrase a verb governs may be anything, \`贡献代码到 Hyperion 项目\`)
    if (!subject && from <= subjectStart(sentence) && state.organisationEntry && setApart && record.leads.length === 0) readEntryCompany(state, text, span, record, before.slice(from, verbAt), from)
    // (\`甲、乙等 9 家机构联合组建了X联盟，并推出了“Y”\`: a clause linked to the first shares its makers, a list of them too)
    // (\`…组成了X联盟，2020 年 12 月发布了…“Y”\`: or one that opens with its date)
    const goesOn = clauseLinks.some((word) => before.slice(from).trimStart().startsWith(word)) || findDates(before.slice(from).trimStart())[0]?.start === 0
    if (!subject && from > subjectStart(sentence) && goesOn) {
      readFirstClauseMakers(state, text, span, record, from)
      // (\`该联盟先后发布了…，并推出了“青能链”\`: or the record the sentence opens by pointing at)
      if (record.leads.length === 0) pointedMaker(state, text, span, record)
    }
    // (\`星河银行基于云杉链搭建了…\`: what the subject built it on, between the subject and the verb)
    const subjectEnd = subject ? subject.start + subject.text.length : verbAt
    // (\`甲证券于 2018 年联合乙集团搭建了…\`, \`甲：…公司，2018 年与乙银行联合推出了…\`: and the organisations the subject joined
    // with in the verb's clause)
    const partnersFrom = Math.max(subjectEnd, from)
    const partner = subject && partnersFrom < verbAt ? joinedPartners(before.slice(partnersFrom, verbAt)) : undefined
    for (const party of partner?.parties ?? []) state.apply({type: 'party', record, role: 'leads', party: state.locate(text, span.start + partnersFrom + partner!.start + party.start, party, 'makers-before')})
    const built = subjectEnd < verbAt ? builtOn(before.slice(subjectEnd, verbAt)) : undefined
    if (built && readsAsBase(built.name)) state.apply({type: 'base', record, name: built.name, offset: text.toSource(span.start + subjectEnd + built.start), rule: 'basis'})
    // (\`基于穹顶链，钱塘银行…上线了\`: or in a clause opening the sentence)
    const opened = built ? undefined : openingBase(sentence)
    if (opened && readsAsBase(opened.name)) state.apply({type: 'base', record, name: opened.name, offset: text.toSource(span.start + opened.start), rule: 'basis'})
    // and a date in the verb's clause (\`甲于 2017 年推出了\`), or the sentence's opening one, is its launch
    // (\`同年 9 月\`: told from the year the text gave before it)
    const said = findDates(before.slice(0, verbAt), state.yearBefore)
    const dated = said.filter((date) => date.start >= from && !isAsOf(before, date.start)).pop()
    // (not in a clause that says it came later: \`2015 年 9 月，甲联合乙组建了丙联盟，随后推出了平台丁\`)
    const later = from > subjectStart(sentence) && laterAdverbs.some((word) => before.slice(from).trimStart().startsWith(word))
    const opening = dated || later ? undefined : said.find((date) => date.end <= subjectStart(sentence))
    const date = dated ? {date: dated.date, at: dated.start} : opening ? {date: opening.date, at: opening.start} : null
    // (\`发布了 Nova 平台 2.0 版本\`: a later version released is no start of the thing)
    // (\`2016 年开始研发星云链，2018 年正式发布\`: a verb of an early stage gives a date a launch told after the name replaces)
    const early = earlyStageVerbs.some((verb) => launching[0].includes(verb))
    if (date && !namesVersion(sentence, at)) state.apply({type: 'start', record, date: date.date, offset: text.toSource(span.start + date.at), rule: early ? 'proposed' : 'makers-before'})
    if (early) readStartAfter(state, text, span, record, at, 'makers-before')
    // \`推出了基于 Quill 的贸易金融平台 TradeX\`: what the phrase it was launched as says it is based on
    const basisAt = before.lastIndexOf(basisOf.before)
    const basis = basisAt > verbAt ? basisInDefinition.exec(before.slice(basisAt)) : null
    const base = basis?.groups!.base!.trim() ?? ''
    // \`基于区块链的\`: a technology is no base
    if (basis && readsAsBase(base)) state.apply({type: 'base', record, name: base, offset: text.toSource(span.start + basisAt + basis.indices!.groups!.base![0]), rule: 'basis'})
  } else if (possessedBefore.test(before)) {
    // \`甲表示已通过其基于区块链的结算平台乙完成首笔结算\`: the phrase is the subject's, whatever its name ends with
    const subject = sentenceSubject(sentence, true)
    for (const party of subject ? readParties(subject.text) : []) state.apply({type: 'party', record, role: 'leads', party: state.locate(text, span.start + subject!.start + party.start, party, 'possessive')})
  } else if (setApart && state.organisationEntry && ownershipWords.includes(before.slice(clauseStart(before, at)).trim())) {
    // (\`• 北斗数科：旗下“北斗链”于 2018 年开源\`: in a company's entry, what a clause says is its own is the company's)
    readEntryCompany(state, text, span, record, '', 0)
  }
}

/** The subject of a sentence before its copula and where it starts, when it ends before \`end\` (\`甲科技是…公司，\` gives \`甲科技\`); '' when there is none. */
function subjectBeforeCopula(sentence: string, end: number): [string, number] {
  const subject = sentenceSubject(sentence)
  if (!subject || subject.start + subject.text.length > end) return ['', 0]
  const copulaAt = Math.min(...copulas.map((word) => subject.text.indexOf(word)).filter((at) => at > 0))
  return [subject.text.slice(0, copulaAt), subject.start]
}

/** The organisations a word of joining (\`联合\`) names in a stretch between a subject and its verb, and where they start. */
function joinedPartners(between: string): {parties: ReturnType<typeof organisationsOnly>; start: number} | undefined {
  if (clauseEnds.test(between)) return undefined
  // (\`与乙银行联合\`: or the organisations after a word of working with, before the adverbs of the verb)
  for (const words of [joiningWords, collaborationFrame.before]) {
    const start = Math.max(-1, ...words.map((word) => (between.lastIndexOf(word) < 0 ? -1 : between.lastIndexOf(word) + word.length)))
    const parties = start < 0 ? [] : organisationsOnly(between.slice(start).replace(trailingAdverbs, ''))
    if (parties.length > 0) return {parties, start}
  }
  return undefined
}

/** The makers the first clause of a sentence names before its verb of founding or launching, read as a clause's subject. */
function readFirstClauseMakers(state: Extraction, text: Passage, span: Span, record: RecordDraft, end: number) {
  const sentence = text.text.slice(span.start, span.end)
  const at = subjectStart(sentence)
  const clauseEnd = sentence.slice(at, end).search(comma)
  const opening = sentence.slice(0, clauseEnd < 0 ? end : at + clauseEnd)
  for (const verb of opening.matchAll(foundingOrLaunching)) {
    const clause = foundedBySubject(opening.slice(0, verb.index + verb[0].length), undefined, true, state.yearBefore)
    if (!clause || clause.crowd || clause.parties === '') continue
    for (const party of readParties(clause.parties)) state.apply({type: 'party', record, role: 'leads', party: state.locate(text, span.start + clause.start + party.start, party, 'makers-before')})
    return
  }
}

/** Every verb of founding or launching in a text, with its perfective marker. */
/** A clause of making whose subject is a pointer back at the sentence's (\`其自主研发的\`), ending a text. */
let madeByPointer: RegExp
/** A verb of saying ending a text, its comma after it: \`甲银行表示，\`. */
let sayingAtEnd: RegExp
let foundingOrLaunching: RegExp
onLanguage(() => {
  const pointers = Object.keys(anaphors).filter((word) => anaphors[word] === 'any')
  sayingAtEnd = new RegExp(`(?:${longestFirst(sayingVerbs).join('|')})\\s{0,2}[${commas}]?\\s*$`, 'u')
  madeByPointer = pointers.length === 0 ? /(?!)/u : new RegExp(`(?:${pointers.join('|')})\\s{0,2}(?:${longestFirst(verbAdverbs).join('|')})*\\s{0,2}(?:${longestFirst([...foundingVerbs, ...launchVerbs]).join('|')})(?:${perfectiveMarkers.join('|')})?\\s{0,2}(?:${relativeMarkers.join('|')})[^${commas}${fullStop}${semicolons}]{0,12}$`, 'u')
  foundingOrLaunching = new RegExp(`(?:${longestFirst([...foundingVerbs, ...formingVerbs, ...launchVerbs]).join('|')})(?:${perfectiveMarkers.join('|')})?`, 'gu')
})

/**
 * \`商业的方案如 Nova 和乙公司 Vega 云之外\`: examples of a kind's products
 * in general. An item that holds a Latin name is a record of the kind (its
 * name as written); other items are words, not names, and are left alone.
 */
export function readExamples(state: Extraction, text: Passage, span: Span) {
  const {book, grammar, entryNames} = state
  const sentence = text.text.slice(span.start, span.end)
  if (!grammar.exampleList || !grammar.exampleHeadAnywhere.test(sentence)) return
  const after = new Set(grammar.exampleListAfter ? sentence.matchAll(grammar.exampleListAfter) : [])
  for (const match of [...sentence.matchAll(grammar.exampleList), ...after]) {
    const head = match.groups!.head!
    const kind = grammar.kinds.find(([, entry]) => (entry.words.examples ?? []).some((word) => head.endsWith(word)))?.[0]
    if (!kind) continue
    const listStart = match.index + match[0].indexOf(match.groups!.list!)
    for (const listed of listItems(sentence, {start: listStart, end: listStart + match.groups!.list!.length})) {
      // the list may run on into the sentence's predicate: \`如 Nova 和 Vega 已经上线\`
      const cut = Math.min(...[listed.text.search(predicate), listed.text.search(predicateAfterSpace)].map((at) => (at < 0 ? Infinity : at)))
      const whole = cut > 0 && cut < Infinity ? {...listed, text: listed.text.slice(0, cut).trimEnd()} : listed
      // a list closed by \`等\` (\`还有 Vega、Lyra 等开源方案\`): the words before its first item are none of it
      const boundary = after.has(match) ? lastBoundary(whole.text) : 0
      // (\`甲公司的 Nova\`: the organisation it says the name is of made it)
      const item = withoutPossessor({text: whole.text.slice(boundary), start: whole.start + boundary}, grammar.registry[kind]?.leads === 'developers')
      const {name, aliases, possessor} = item
      if (!/[A-Za-z]{2}/u.test(item.text) || name.length > maxListedName || isTradeWord(name) || !isSpecificName(name) || entryNames.has(squeeze(name)) || book.findAny(name, aliases)) continue
      const record = state.apply({type: 'record', kind, name, aliases, offset: text.toSource(span.start + item.start), rule: 'examples'})
      if (possessor && !book.find(possessor.name)) state.apply({type: 'party', record, role: 'leads', party: state.locate(text, span.start + item.itemStart + possessor.start, possessor, 'possessive')})
    }
  }
}

/** The parties and date of a phrase of makers (\`由甲于 2018 年推出的\`), matched at \`offset\`, for its record. */
export function readMakers(state: Extraction, text: Passage, match: RegExpExecArray, offset: number, record: RecordDraft) {
  const agent = longestFirst(agentMarkers).find((word) => match.groups!.parties!.trimStart().startsWith(word))
  const skip = agent ? match.groups!.parties!.indexOf(agent) + agent.length : 0
  let parties = match.groups!.parties!.slice(skip)
  // (\`是基于乙链构建的…网络\`: what a thing is built on, before the verb, is its base, not its maker)
  if (basisOf.before !== '' && parties.trimStart().startsWith(basisOf.before)) return
  const partiesStart = offset + match.indices!.groups!.parties![0] + skip
  const dated = clauseDate.exec(parties)
  if (dated) {
    const date = findDates(dated[0])[0]
    if (date) state.apply({type: 'start', record, date: date.date, offset: text.toSource(partiesStart + dated.index), rule: 'makers'})
    parties = parties.slice(0, dated.index)
  }
  for (const party of readParties(parties.replace(trailingPredicate, ''))) state.apply({type: 'party', record, role: 'leads', party: state.locate(text, partiesStart + party.start, party, 'makers')})
}

/**
 * The record a sentence's opening pointer points at (\`该联盟\`), as the maker of what the sentence launches, when it is of
 * a founded kind (a body its members form makes things; a platform does not make another).
 */
function pointedMaker(state: Extraction, text: Passage, span: Span, record: RecordDraft) {
  const sentence = text.text.slice(span.start, span.end)
  const at = subjectStart(sentence)
  const kind = state.grammar.pointerAt(sentence.slice(at))?.[1]
  const maker = kind === undefined || kind === 'any' ? undefined : state.lastMentioned[kind]
  if (!maker || maker === record || state.grammar.registry[maker.kind]?.leads !== 'founders') return
  state.apply({type: 'party', record, role: 'leads', party: namedParty(maker.name, maker.aliases, text.toSource(span.start + at), 'pointer')})
}

/** The company whose entry the text is in as the maker, and the organisations it worked with before the verb (\`与乙大学联合\`). */
function readEntryCompany(state: Extraction, text: Passage, span: Span, record: RecordDraft, between: string, from: number) {
  const company = state.organisationEntry!
  state.apply({type: 'party', record, role: 'leads', party: namedParty(company.name, [], company.offset, 'organisation-entry')})
  const partner = joinedPartners(between)
  for (const party of partner?.parties ?? []) state.apply({type: 'party', record, role: 'leads', party: state.locate(text, span.start + from + partner!.start + party.start, party, 'makers-before')})
}

/**
 * The verb of launching a phrase before a name follows (\`推出了首个区块链\`), within the reach of \`launched\`,
 * what the phrase says the name is built on not counted (\`推出了基于 Fabric 的身份平台\`).
 */
function launchedVerb(before: string, launched: RegExp): RegExpExecArray | null {
  const verb = launched.exec(before)
  if (verb) return verb
  const basis = [...before.matchAll(basisPhrase)].pop()
  if (!basis) return null
  const around = launched.exec(before.slice(0, basis.index) + before.slice(basis.index + basis[0].length))
  return around && around.index < basis.index ? around : null
}

/**
 * The makers a sentence gives a record right after its name, when no phrase of makers did: its agent and a verb of
 * making (\`“岸证通”平台由甲局联合乙科技建设\`), or a later clause that points back at it first (\`…“岸证通”，它由甲局建设\`).
 */
export function readMakersAfter(state: Extraction, text: Passage, span: Span, record: RecordDraft, end: number) {
  const sentence = text.text.slice(span.start, span.end)
  const rest = sentence.slice(end)
  const opening = openingComma.exec(rest)?.[0].length ?? 0
  const pointer = opening > 0 ? state.grammar.pointerAt(rest.slice(opening)) : undefined
  const from = end + (pointer && (pointer[1] === record.kind || pointer[1] === 'any') ? opening + pointer[0].length : 0)
  if (!readAgentAt(state, text, span, record, from)) readPointedMakers(state, text, span, record, end)
}

/**
 * The agent and verb of making a sentence's text opens with at \`from\`, as a record's makers, and the start the clause
 * right after tells (\`…建设，于 2019 年 9 月上线\`); whether the text opens so.
 */
function readAgentAt(state: Extraction, text: Passage, span: Span, record: RecordDraft, from: number): boolean {
  const sentence = text.text.slice(span.start, span.end)
  const agent = founding.exec(sentence.slice(from))
  if (!agent || sentence.slice(from, from + agent.index).trim() !== '') return false
  readMakers(state, text, agent, span.start + from, record)
  readStartAfter(state, text, span, record, from + agent.index + agent[0].length, 'makers')
  return true
}

/**
 * \`接入“链上北岭”平台的机构已超过 200 家，该平台由北岭市政府于 2020 年推出\`: the makers a later clause of the sentence
 * names, one that points back at the record by a word for its kind and opens with its agent, and the start it tells.
 */
export function readPointedMakers(state: Extraction, text: Passage, span: Span, record: RecordDraft, end: number) {
  const sentence = text.text.slice(span.start, span.end)
  for (const part of clauses(sentence, {start: end, end: sentence.length})) {
    if (part.start <= end) continue
    const clause = sentence.slice(part.start, part.end)
    const lead = clause.length - clause.trimStart().length
    const pointer = state.grammar.pointerAt(clause.trimStart())
    if (!pointer || (pointer[1] !== record.kind && pointer[1] !== 'any')) continue
    // (what another record of its kind named before the clause is, the pointer may point at: none is read)
    const between = sentence.slice(end, part.start)
    if ([...between.matchAll(state.grammar.quotedName)].length > 0 || state.book.records.some((other) => other !== record && other.kind === record.kind && between.includes(other.name))) return
    readAgentAt(state, text, span, record, part.start + lead + pointer[0].length)
    return
  }
}

/**
 * The start the clauses after \`from\` tell of a record, read as any sentence's (\`…建设，于 2019 年 9 月上线\`,
 * \`推出了 Nova 系统，并于 2021 年 3 月发布了正式版\`, \`“橘链”已于 2019 年通过备案，2020 年 3 月正式商用\`): the
 * first clause whose date or verb opens it, after a word that links it to the clause before, one that points back at
 * the record or an adverb of aspect at most, up to a clause with a subject of its own (\`，乙平台于 2020 年上线\` tells another's).
 */
export function readStartAfter(state: Extraction, text: Passage, span: Span, record: RecordDraft, from: number, rule: string) {
  const sentence = text.text.slice(span.start, span.end)
  const dates = findDates(sentence, state.yearBefore)
  for (let at = from; at < sentence.length; ) {
    const lead = openingComma.exec(sentence.slice(at))?.[0].length ?? 0
    const next = sentence.slice(at + lead).search(comma)
    const end = next < 0 ? sentence.length : at + lead + next
    const rest = sentence.slice(at + lead, end)
    const link = clauseLinks.find((word) => rest.startsWith(word))?.length ?? 0
    // (or a word that points back at the record: \`…平台 Harbour，该平台于 2020 年 6 月投产\`)
    const pointer = state.grammar.pointerAt(rest.slice(link).trimStart())
    // (\`…打造了“篱信”供应链金融平台，平台于 2020 年 8 月正式上线\`: or the bare word for its kind)
    const words = state.grammar.registry[record.kind]?.words
    // (\`…，首批节点于 2020 年上线\`: or a part of it whose going live is its own)
    const bare = pointer ? undefined : longestFirst([...(words?.heads ?? []), ...(words?.setApart ?? []), ...launchedParts]).find((word) => rest.slice(link).trimStart().startsWith(word))
    const pointed = pointer && (pointer[1] === record.kind || pointer[1] === 'any') ? pointer[0].length : (bare?.length ?? 0)
    const linked = rest.slice(link).trimStart().slice(pointed).trimStart()
    const opening = linked.slice(aspectAdverbs.find((word) => linked.startsWith(word))?.length ?? 0).trimStart()
    if (startedOn.exec(opening)?.index === 0) {
      const date = startAfter(sentence.slice(0, end), at + lead, record, dates, state.grammar.registry[record.kind]?.started === 'founded')
      if (date) {
        state.apply({type: 'start', record, date: date.date, offset: text.toSource(span.start + date.start), rule})
        return
      }
    } else if (clauseSubject(rest) !== undefined) return
    at = end
  }
}

/**
 * \`主流的区块链平台主要有A(Alpha)、B、C等\`: a phrase that names a kind in
 * general, then a list of its members. Each item that reads as a name (a
 * Latin name, a declared Latin alias, or a kind word at its end) is a
 * record of that kind.
 */
export function readKindList(state: Extraction, text: Passage, span: Span) {
  const {book, grammar, entryNames} = state
  const sentence = text.text.slice(span.start, span.end)
  for (const match of sentence.matchAll(apposition)) {
    // (\`侧链项目 Quarry\`: a kind word that names nothing alone says the kind of the Latin name in apposition to it)
    const bareHead = kindOf(match.groups!.head!, grammar) === null
    const kind = bareHead ? (match.groups!.latin === undefined ? null : wordKind(match.groups!.head!, grammar)) : kindOf(match.groups!.head!, grammar)
    // a quoted name is the name as written (\`“甲云 BaaS”\`), with what its parentheses add
    const {quoted, latin} = match.groups!
    const {name, aliases} = latin !== undefined ? {name: latin, aliases: []} : quoted === undefined ? readName(match.groups!.dashed!) : {name: quoted.trim(), aliases: declaredAliases(match.groups!.parens ?? '')}
    if (!kind || !isSpecificName(name) || entryNames.has(squeeze(name)) || book.findAny(name, aliases)) continue
    // a quoted phrase that modifies the word after it names no record of the kind before it (\`星河联盟“链上金融”计划\`),
    // nor a Latin name after a kind word alone (\`该项目 GitHub 仓库\`)
    if ((quoted !== undefined || bareHead) && !grammar.appositionEnd.test(sentence.slice(match.index + match[0].length))) continue
    // \`交易平台——一个去中心化的交易平台\`: a description after the dash, no name
    if (relativeMarkers.some((marker) => name.includes(marker)) || indefiniteArticles.some((article) => name.startsWith(article))) continue
    const nameAt = span.start + match.index + match[0].indexOf(match.groups!.dashed ?? match.groups!.quoted ?? latin!)
    const record = state.apply({type: 'record', kind, name, aliases, offset: text.toSource(nameAt), rule: 'list', description: sentence})
    // (\`基于 Aurum 的侧链项目 Quarry\`: what the phrase before the head says it is built on)
    const phraseStart = clauseStart(sentence, match.index)
    readPhraseBase(state, text, record, sentence.slice(phraseStart, match.index), span.start + phraseStart, maxPhraseAfterBasis)
    // a Latin name is set apart by its script: the phrase before it may be as long as before a quoted one
    readMakersBefore(state, text, span, record, match.index, latin === undefined ? launchedBefore : launchedWellBefore, true)
    if (record.leads.length === 0) readMakersAfter(state, text, span, record, match.index + match[0].length)
    // (\`…平台“黄河链融”于 2020 年底上线\`: and the start its predicate or the clauses after tell)
    else if (record.started === null) readStartAfter(state, text, span, record, match.index + match[0].length, 'list')
    // precision first, as for any name set apart: a quoted product's name is one only when the sentence says who made it
    // (\`X提供可视化的运维管理平台“Y”\` names a part of X)
    if (quoted !== undefined && record.leads.length === 0 && grammar.registry[kind]?.leads === 'developers') {
      state.apply({type: 'withdrawn', record})
      state.apply({type: 'candidate', name, kind, offset: record.offset, why: 'set apart in the text, but no sentence says who made it'})
      continue
    }
    // what \`该平台\` points at next
    state.pointAt(record)
  }
  readExamples(state, text, span)
  readRepresentatives(state, text, span)
  readOwnKindList(state, text, span)
  readKindNamedList(state, text, span)
  // the list-after pattern is slow to fail: look for its end first
  const lists = [...sentence.matchAll(kindList), ...(kindListEnd.test(sentence) ? sentence.matchAll(kindListAfter) : [])]
  for (const match of lists) {
    // (\`比特币、以太坊等公有链\`: a sort of chain, no kind word by itself, heads a list of chains)
    const sortOfChain = chainSorts.includes(match.groups!.head!)
    const kind = kindOf(match.groups!.head!, grammar) ?? (sortOfChain ? grammar.setApartKind(match.groups!.head!) : null)
    if (!kind) continue
    const list = match.groups!.list ?? match.groups!.bare ?? match.groups!.examples!
    const listStart = match.index + match[0].indexOf(list)
    const items = listItems(sentence, {start: listStart, end: listStart + list.length}).map((listed) => {
      // the words before the first item are no part of it: \`支持基于甲、乙等开源平台\`
      const cut = lastBoundary(listed.text)
      const {name, aliases} = readName(listed.text.slice(cut))
      return {listed, start: listed.start + cut, name, aliases, reads: readsAsName(name, aliases, grammar)}
    })
    // (\`甲科技推出的乙链、丙链等平台\`: a clause of making right before the list made each of its things)
    const makers = grammar.registry[kind]?.leads === 'developers' && items.length > 0 ? relativeClause(sentence.slice(0, items[0]!.start).trimEnd(), true) : undefined
    const madeBy = makers?.role === 'founders' ? readParties(makers.parties) : []
    const giveMakers = (record: RecordDraft) => {
      for (const party of madeBy) state.apply({type: 'party', record, role: 'leads', party: state.locate(text, span.start + makers!.start + party.start, party, 'makers-before')})
    }
    // an item in the script with no kind word of its own is a name when most of its list read as names (\`如祥云链、Corvid 和磐石等\`)
    const named = items.filter((item) => item.reads).length
    // (or each item of a list of chains of a sort: \`比特币、以太坊等公有链\`)
    const byItsList = (named > 0 && named * 2 >= items.length) || sortOfChain
    for (const item of items) {
      const {name, aliases} = item
      // (\`云梭链支持与甲、乙等联盟链…\`: an item that ends in a verb taking the list is its subject and verb)
      // (\`金融、政务等联盟链\`: fields a thing serves are no names)
      const asName = item.reads || (byItsList && listedName(name) && hasOwnPart(name) && !listTakingVerbs.some((verb) => name.endsWith(verb)))
      if (!asName || name.length > maxListedName || !isSpecificName(name) || entryNames.has(squeeze(name))) continue
      // (\`提供数据交换平台\`: a product's phrase whose words only say what it does names none)
      if (grammar.registry[kind]?.leads === 'developers' && describesOnly(name, grammar)) continue
      const known = book.findAny(name, aliases)
      // a name met before: what this mention adds is its aliases (\`星币(Xingbi)\`), and its makers
      if (known) {
        for (const alias of aliases) state.apply({type: 'alias', record: known, alias, offset: text.toSource(span.start + item.start)})
        if (known.leads.length === 0) giveMakers(known)
        continue
      }
      const record = state.apply({type: 'record', kind, name, aliases, offset: text.toSource(span.start + item.start), rule: 'list', description: sentence})
      giveMakers(record)
      // \`甲云公司的祥云链\`: the organisation an item is said to be of made it
      const possessor = grammar.registry[kind]?.leads === 'developers' ? possessorOf(item.listed.text) : undefined
      if (possessor) state.apply({type: 'party', record, role: 'leads', party: state.locate(text, span.start + item.listed.start + possessor.start, possessor, 'possessive')})
    }
  }
}

/**
 * What a phrase says a record is built on (\`基于 Aurum 的侧链项目\`, \`这是一种基于 Corvex 的许可链\`): the last such
 * words in it, as the record's base when they read as one and end no more than \`reach\` characters before the phrase
 * does. \`at\` is where the phrase starts in the passage.
 */
export function readPhraseBase(state: Extraction, text: Passage, record: RecordDraft, phrase: string, at: number, reach = Infinity) {
  const basis = [...phrase.matchAll(basisPhrase)].pop()
  const base = basis?.groups!.base!.trim() ?? ''
  if (!basis || phrase.length - (basis.index + basis[0].length) > reach || !readsAsBase(base)) return
  state.apply({type: 'base', record, name: base, offset: text.toSource(at + basis.index + basis[0].indexOf(base)), rule: 'basis'})
}

/** Most characters between what a phrase says a name is built on and the phrase's head: \`基于 Aurum 的侧链项目\`. */
export const maxPhraseAfterBasis = 8

/** Longest name in the script, in characters, a list makes a name with no kind word of its own. */
const maxBareListed = 8

/** Whether an item of a list of names with no kind word of its own is one too: a short word in the script, no technology's. */
function listedName(name: string): boolean {
  return [...name].length >= 2 && [...name].length <= maxBareListed && !/[A-Za-z0-9]/u.test(name) && !technologyWords.includes(name)
}

/**
 * \`实现协议包括 Nova、Vega 等\`: a list after a head only names set apart
 * take. The items with a Latin name are records of the kind the head gives,
 * or candidates when the words before the head make it a technique's
 * (\`共识协议包括 Paxos、Tessel 等\`: an algorithm's).
 */
export function readSetApartList(state: Extraction, text: Passage, span: Span) {
  const {book, grammar, entryNames} = state
  const sentence = text.text.slice(span.start, span.end)
  for (const match of sentence.matchAll(grammar.setApartList)) {
    const kind = grammar.setApartKind(match.groups!.head!)
    if (!kind) continue
    const technique = techniqueModifiers.some((word) => sentence.slice(0, match.index).endsWith(word))
    const listStart = match.index + match[0].indexOf(match.groups!.list!)
    for (const item of listItems(sentence, {start: listStart, end: listStart + match.groups!.list!.length})) {
      const {name, aliases} = readName(item.text)
      if (!isLatinName(name) || name.length > maxListedName || technicalTerms.includes(name) || !isSpecificName(name)) continue
      if (entryNames.has(squeeze(name)) || book.findAny(name, aliases)) continue
      if (technique || isTradeWord(name)) state.apply({type: 'candidate', name, kind, offset: text.toSource(span.start + item.start), why: `listed after \`${match.groups!.head!}\` of a technique`})
      else state.apply({type: 'record', kind, name, aliases, offset: text.toSource(span.start + item.start), rule: 'list', description: sentence})
    }
  }
}

/**
 * \`以甲、乙为代表的源自技术社区的开源项目\`: a list of examples of a kind, the
 * phrase for the kind ending the clause. The frame says the items are names,
 * so they need no Latin name nor kind word of their own.
 */
function readRepresentatives(state: Extraction, text: Passage, span: Span) {
  const {book, grammar, entryNames} = state
  const sentence = text.text.slice(span.start, span.end)
  for (const after of representativeFrame.after) {
    for (let end = sentence.indexOf(after); end >= 0; end = sentence.indexOf(after, end + 1)) {
      const clause = {start: clauseStart(sentence, end), end: sentence.slice(end).search(clauseEnds)}
      const phrase = kindPhrase(sentence.slice(end + after.length, clause.end < 0 ? undefined : end + clause.end), state)
      const kind = phrase === undefined ? null : kindOf(phrase, grammar)
      if (!kind) continue
      const opening = frameStart(sentence.slice(clause.start, end))
      if (opening < 0) continue
      for (const item of listItems(sentence, {start: clause.start + opening, end})) {
        const read = readName(item.text)
        const {name} = read
        // \`辰坊（以下简称 Chenfang）\`: what the parentheses declare
        const aliases = read.aliases.flatMap((alias) => declaredAliases(parenthesised(alias)))
        if (name.length > maxListedName || !isSpecificName(name) || technologyWords.includes(name) || entryNames.has(squeeze(name)) || book.findAny(name, aliases)) continue
        state.apply({type: 'record', kind, name, aliases, offset: text.toSource(span.start + item.start), rule: 'list', description: sentence})
      }
    }
  }
}

/**
 * \`国内已成立多个区块链组织，如甲联盟、乙联盟等\`: examples under a phrase that
 * names no kind. Each item is a name by the kind word it ends in, and the list
 * is one of names only when every item of two or more is such a name (a list
 * of words of the trade or of other things says nothing of its items).
 */
function readOwnKindList(state: Extraction, text: Passage, span: Span) {
  const {book, grammar, entryNames} = state
  const sentence = text.text.slice(span.start, span.end)
  for (const match of sentence.matchAll(exampleRun)) {
    const listStart = match.index + match[0].indexOf(match.groups!.list!)
    const items = listItems(sentence, {start: listStart, end: listStart + match.groups!.list!.length}).map((listed) => ({listed, ...readName(listed.text)}))
    const kinds = items.map(({name}) => kindOf(name, grammar))
    // (\`提供数据交换平台\`: a product's phrase whose words only say what it does names none; \`甲公司的清算平台\` describes one)
    const named = items.every(({name}, index) => kinds[index] && name.length <= maxListedName && isSpecificName(name) && !relativeMarkers.some((marker) => name.includes(marker)) &&
      !(grammar.registry[kinds[index]]?.leads === 'developers' && describesOnly(name, grammar)))
    // (\`许多开发工具项目，例如 Trufo、Hardcap 等\`: or Latin names, every one, under a quantity of things of a kind)
    const counted = named ? null : quantifiedPhraseAtEnd.exec(sentence.slice(0, match.index))?.groups!.phrase
    const countedKind = counted ? (kindOf(counted, grammar) ?? grammar.setApartKind(counted)) : null
    const latin = countedKind !== null && items.every(({name}) => isLatinName(name) && !isTradeWord(name) && isSpecificName(name))
    if (items.length < 2 || !(named || latin)) continue
    items.forEach(({listed, name, aliases}, index) => {
      if (entryNames.has(squeeze(name)) || book.findAny(name, aliases)) return
      state.apply({type: 'record', kind: kinds[index] ?? countedKind!, name, aliases, offset: text.toSource(span.start + listed.start), rule: 'list', description: sentence})
    })
  }
}

/**
 * \`国内已成立了甲联盟、乙联盟等多个区块链产业组织\`: a list closed by \`等\`, whatever words follow, whose every item (two or
 * more) ends in a kind word after words of its own: a record of each item's kind (rule \`list\`).
 */
function readKindNamedList(state: Extraction, text: Passage, span: Span) {
  const {book, grammar, entryNames} = state
  const sentence = text.text.slice(span.start, span.end)
  for (const ending of longestFirst(listEndings)) {
    for (let at = sentence.indexOf(ending), after = 0; at >= 0; after = at + ending.length, at = sentence.indexOf(ending, after)) {
      // (after the list the last \`等\` closed, within the characters a list may run over: each item is read once)
      const from = Math.max(after, at - maxListRun)
      // (most lists end in no kind word: asked first)
      if (grammar.headAtEnd(sentence.slice(Math.max(from, at - maxKindWord), at).trimEnd()) === undefined) continue
      const clause = from + clauseStart(sentence.slice(from, at), at - from)
      const listed = listItems(sentence, {start: clause, end: at})
      if (listed.length < 2) continue
      // (the words before the first item are none of it: \`国内已成立了甲联盟\`)
      const cut = lastBoundary(listed[0]!.text)
      const items = listed.map((item, index) => (index === 0 ? {text: item.text.slice(cut), start: item.start + cut} : item)).map((item) => ({...item, ...readName(item.text)}))
      const kinds = items.map(({name}) => kindOf(name, grammar))
      const named = items.every(({name}, index) => kinds[index] && name.length <= maxListedName && isSpecificName(name) && hasOwnPart(name.slice(0, name.length - (grammar.headAtEnd(name) ?? '').length)) && !relativeMarkers.some((marker) => name.includes(marker)))
      if (!named) continue
      items.forEach(({start, name, aliases}, index) => {
        if (entryNames.has(squeeze(name)) || book.findAny(name, aliases)) return
        state.apply({type: 'record', kind: kinds[index]!, name, aliases, offset: text.toSource(span.start + start), rule: 'list', description: sentence})
      })
    }
  }
}

/** Longest list, in characters, before the \`等\` that closes it. */
const maxListRun = 300

/** Longest kind word, in characters, looked for at the end of a list. */
const maxKindWord = 12

/**
 * \`甲科技：…，旗下产品包括乙平台和丙存证系统\`: the products an organisation
 * is said to own, made by it: the sentence's subject, or the company whose
 * entry the text is in. Each item is a name by its kind word or a head names
 * set apart take, after words of its own.
 */
export function readOwnedList(state: Extraction, text: Passage, span: Span) {
  const {book, grammar, entryNames} = state
  const sentence = text.text.slice(span.start, span.end)
  if (!ownershipWords.some((word) => sentence.includes(word))) return
  for (const match of sentence.matchAll(ownedList)) {
    // the organisation right before the word (\`甲科技旗下产品包括…\`), or the subject before its copula (\`甲科技是…公司，旗下…\`)
    const clauseAt = clauseStart(sentence, match.index)
    const [ownerText, ownerAt] = clauseAt < match.index ? [sentence.slice(clauseAt, match.index), clauseAt] : subjectBeforeCopula(sentence, match.index)
    // (\`该公司\` points back at someone, and names no one)
    const owner = readParties(ownerText).filter((party) => readsAsOrganisation(party.name) && !notSubjects.includes(party.name))
    const entry = owner.length === 0 ? state.organisationEntry : null
    if (owner.length === 0 && !entry) continue
    const listStart = match.index + match[0].indexOf(match.groups!.list!)
    for (const listed of listItems(sentence, {start: listStart, end: listStart + match.groups!.list!.length})) {
      const {name, aliases} = readName(listed.text)
      const kind = kindOf(name, grammar) ?? (ownedBeforeHead(name) ? grammar.setApartKind(name) : null)
      if (!kind || grammar.registry[kind]?.leads !== 'developers' || name.length > maxListedName || !isSpecificName(name) || describesOnly(name, grammar) || entryNames.has(squeeze(name))) continue
      const record = book.findAny(name, aliases) ?? state.apply({type: 'record', kind, name, aliases, offset: text.toSource(span.start + listed.start), rule: 'owned-list', description: sentence})
      for (const party of owner) state.apply({type: 'party', record, role: 'leads', party: state.locate(text, span.start + ownerAt + party.start, party, 'owned-list')})
      if (entry) state.apply({type: 'party', record, role: 'leads', party: namedParty(entry.name, [], entry.offset, 'organisation-entry')})
    }
  }
}

/** Longest phrase for a kind, in characters, that a predicate may follow in a clause (\`开源项目持续活跃\`). */
const maxKindPhrase = 16

/**
 * The phrase for a kind a clause opens with: all of it, or the longest opening that ends in a kind's head
 * with a predicate after it (\`开源项目\` of \`开源项目持续活跃\`; not \`区块链平台\` of \`区块链平台应用场景\`).
 */
function kindPhrase(clause: string, state: Extraction): string | undefined {
  const fits = (phrase: string) => kindOf(phrase, state.grammar) !== null && kindHeadAtEnd.test(phrase)
  if (fits(clause)) return clause
  for (let length = Math.min(clause.length - 1, maxKindPhrase); length >= 2; length--) {
    const rest = clause.slice(length).trimStart()
    if (fits(clause.slice(0, length)) && representativeFrame.predicates.some((word) => rest.startsWith(word))) return clause.slice(0, length)
  }
  return undefined
}

/** Where the list of a representative frame starts: after its first \`以\` that is no part of a word (\`可以\`; the items may hold one: \`以星\`), or -1. */
function frameStart(clause: string): number {
  const {before, notBefore} = representativeFrame
  for (let at = clause.indexOf(before); at >= 0; at = clause.indexOf(before, at + 1)) {
    if (!notBefore.some((word) => clause.startsWith(word, at + before.length - word.length))) return at + before.length
  }
  return -1
}

/** `例如，甲联盟、乙联盟 B League、丙联盟等等`: two or more names of the section's kind in one list of a section's own paragraph. */
export function listedRecords(state: Extraction, text: Passage, kind: string): RecordDraft[] {
  const {book, entryNames} = state
  const heads = state.grammar.registry[kind]!.words.heads
  const created: RecordDraft[] = []
  for (const sentence of sentences(text.text)) {
    for (const clause of clauses(text.text, sentence)) {
      // every item ends with a kind word: a clause with fewer than two holds no list
      if (kindWordCount(text.text.slice(clause.start, clause.end), heads) < 2) continue
      const items = listItems(text.text, clause).filter((item) => endsWithKind(readName(item.text).name, heads) && isSpecificName(readName(item.text).name))
      if (items.length < 2) continue
      for (const item of items) {
        const {name, aliases} = readName(item.text)
        if (book.find(name) || entryNames.has(squeeze(name))) continue
        created.push(state.apply({type: 'record', kind, name, aliases, offset: text.toSource(item.start), rule: 'section-list', description: text.text.slice(sentence.start, sentence.end)}))
      }
    }
  }
  return created
}
