/**
 * Read facts: whom a sentence is about, and what it says of them: who
 * founded, built or joined them, when, how many members they have, and what
 * else happened to them.
 */
import {agentMarkers, closeParens, itemSeparator, makingVerbs, possessive, anyVerb, appositionCopulas, listIntroductions, basisUnderlying, basisUses, closingQuotes, clauseEnds, madeAlone, colons, scriptCharacters, councilWords, earlyStageVerbs, firstReleaseWords, formerLatter, formingVerbs, enumerationComma, verbAdverbs, launchVerbs, openParens, basisOf, clausePunctuation, basisTails, kindWords, launchedParts, longestFirst, setApartKindWords, launchedTails, notMemberNouns, basisClause, sameSubjectLinks, countGrowthWords, initialCountWords, basisInCopula, selfReferences, basisInDefinition, basisInRole, basisUnderlyingClause, basisUse, exampleOpening, categoryHeads, clauseComma, collaboratedWith, comma, countChangeWords, countNouns, founding, foundedAlone, foundingCountWords, foundingMemberWords, foundingVerbs, indefiniteArticles, joining, joiningVerbs, ledBy, ledThenJoined, listedMembers, memberCountVerbs, memberList, memberWordAhead, memberWords, nameLikeHeads, notOfKind, onLanguage, organisationEndings, rankingWords, originWords, perfectiveMarkers, relativeMarkers, roleClause, roleList, roleOf, startedOn, timeAdverbs, trailingPunctuation, verbAhead, verbDatePrepositions} from '../lexicon/language.ts'
import {clauses, type Passage, searchSpans, sentences, type Span} from '../clean/passages.ts'
import {findDates, isAsOf, withoutDateSpans} from './read-dates.ts'
import {isLatinName, readName} from './read-names.ts'
import {findCounts} from './read-numbers.ts'
import {organisationsOnly, readParties, readsAsOrganisation} from './read-parties.ts'
import {bareName, headKind, isSpecificName, isTradeWord, kindOf, ownerOf, readsAsBase, readsAsProductName} from './decide-kind.ts'
import {findMentions, type Mention, readEntryMakers, readEntryOwners} from './find-mentions.ts'
import {holdsPredicate, nameAlone, ownedBeforeHead} from './read-subjects.ts'
import {hasObject, puttingForward, shifted, startAfter} from './read-starts.ts'
import {afterLastRelative, builtOn, clauseSubject, declaredAliases, declaresPointer, plainBase, lastBoundary, leadingParenthesis, makersIn, possessorOf, listItems, maxListedName, relativeClause, subjectStart} from './read-clauses.ts'
import {type Extraction, type RecordDraft, squeeze} from './record-book.ts'

type Dates = ReturnType<typeof findDates>

/**
 * What a sentence says its subject runs on: \`该网络使用 Nova 协议\` (a Latin
 * name after a verb of use), and in the first words of an entry's text, the
 * phrase that defines it, \`基于星币区块链的跨境薪酬结算平台\`.
 */
function readBases(state: Extraction, text: Passage, span: Span, subject: RecordDraft, opensEntry: boolean, defines: boolean) {
  const sentence = text.text.slice(span.start, span.end)
  const bases: Array<{name: string; at: number}> = []
  const used = basisUse.exec(sentence)
  if (used && !isTradeWord(used.groups!.base!)) bases.push({name: used.groups!.base!, at: used.indices!.groups!.base![0]})
  // \`该平台采用自研的星桥链作为底层\`: a base in its role, named in any script (the words that describe it before \`的\` none of it)
  const role = used ? undefined : describedBase(basisInRole.exec(sentence))
  if (role) bases.push(role)
  // (its first clause, the whole sentence when it has one only, without the marks that end it)
  const end = sentence.search(comma)
  const defined = opensEntry ? basisInDefinition.exec(withoutEndMarks(sentence.slice(0, end > 0 ? end : sentence.length))) : null
  if (defined) bases.push({name: defined.groups!.base!.trim(), at: defined.indices!.groups!.base![0]})
  // \`X 是甲开发的一个基于Y的企业级区块链\`: the phrase a copula defines the subject by, in its first clause
  // (\`此外，X 是…\`: from where the subject starts, past the words that open the sentence)
  const opening = subjectStart(sentence)
  const copular = defines && !defined ? basisInCopula.exec(sentence.slice(opening)) : null
  // (or in the frame around it: \`X 是甲在 Y 的基础上开发的…\`)
  // (or where it runs: \`X 是一个运行在 Y 之上的支付网络\`)
  const copularGroup = (['base', 'framed', 'placed', 'forked'] as const).find((group) => copular?.groups![group] !== undefined) ?? 'base'
  // (\`是由甲在 Y 基础上研发的\`: an agent's sentence, whose base the founding pattern reads)
  const agentSaid = copular !== null && copularGroup === 'framed' && founding.exec(sentence)?.groups!.basis !== undefined
  // (what it uses or runs on is a base when it is a name: a Latin one, a record's, one with a kind word; not \`分层架构\`, \`云端\`)
  const placed = copularGroup === 'placed' ? copular!.groups!.placed!.trim() : ''
  const named = copularGroup !== 'placed' || isLatinName(placed) || state.book.find(placed) !== undefined || headKind(placed, state.grammar) !== null
  // (\`基于 Tendermint 共识的公有链\`: a word after the base that says it is a technology is none of its name)
  const copularBase = copular ? plainBase(copular.groups![copularGroup]!).name : ''
  if (copular && !agentSaid && named && copularBase !== '' && !isTradeWord(copularBase)) bases.push({name: copularBase, at: opening + copular.indices!.groups![copularGroup]![0]})
  // \`Dunnart 由乙大学研发，基于 Wombat 构建\`: a later clause of a sentence about its subject that says what it is built on;
  // \`甲科技发布了乙链，该平台基于 Wombat 框架开发\`: or a later clause that points back at the subject by a word for its kind
  // (\`该协议基于 Wombat 构建\`: the first clause too, when it opens by pointing back at the subject)
  // (\`…推出了“乙”，这是一个…平台，底层采用丙链\`: a clause right after one that points back at the subject goes on with it)
  let pointedBefore = false
  for (const [index, part] of clauses(sentence, {start: 0, end: sentence.length}).entries()) {
    const clause = sentence.slice(part.start, part.end)
    const pointer = pointerOpening(state, clause, subject.kind)
    const goesOn = pointedBefore
    // (\`这是一个…平台\`: or says what the subject is)
    pointedBefore = pointer > 0 || appositionCopulas.some((word) => clause.trimStart().startsWith(word))
    if (index === 0 ? pointer === 0 : !defines && !opensEntry && !goesOn && pointer === 0) continue
    // (\`其核心链基于 Wombat 构建\`: a part of the subject may stand between the pointer and the base)
    // (\`…，最初基于 Wombat 构建\`: past an adverb of time the clause opens with)
    const timed = pointer === 0 ? (longestFirst(timeAdverbs).find((word) => clause.trimStart().startsWith(word)) ?? '') : ''
    const from = pointer + (pointer > 0 ? (partBeforeBasis.exec(clause.slice(pointer))?.[0].length ?? 0) : timed === '' ? 0 : clause.indexOf(timed) + timed.length)
    const built = basisClause.exec(clause.slice(from))
    // (what describes the base is none of it: \`甲联盟发布的开源框架 Orchid\` is \`Orchid\`)
    const base = built ? describedName(built.groups!.base!) : ''
    if (built && readsAsBase(base)) bases.push({name: base, at: part.start + from + built.indices!.groups!.base![0] + built.groups!.base!.lastIndexOf(base)})
    // (\`该平台底层采用的是甲科技自主研发的乙链\`: or the part it runs on, the words that describe the base none of it)
    // (\`其底层基于 Wombat\`: the part right after the pointer, its base ending the clause; \`…建设，底层采用乙链\`: or a later clause
    // of a sentence about the subject that opens with the part)
    const underlying = built ? undefined : describedBase(basisUnderlyingClause.exec(clause.slice(pointer)))
    if (underlying) bases.push({name: underlying.name, at: part.start + pointer + underlying.at})
  }
  for (const {name, at} of bases) {
    // (\`基于哈希锁定的轻量级跨链工具\`: a technique is no base, whichever way the sentence names it)
    if (squeeze(name) !== squeeze(subject.name) && readsAsBase(name)) state.apply({type: 'base', record: subject, name, offset: text.toSource(span.start + at), rule: 'basis'})
  }
}

/** Whether a text is one relative clause of making and nothing before it: its makers open it (\`甲联盟与乙大学共同研发的\`, not \`平台底层采用的是乙科技研发的\`). */
function makersClauseOpening(before: string): boolean {
  if (!makersClauseBefore(before)) return false
  const clause = relativeClause(before.trimEnd(), true)
  return clause !== undefined && before.slice(0, clause.start).trim() === ''
}

/** Whether a text is one relative clause of making, all of it before the name it describes (\`甲科技推出的\`). */
function makersClauseBefore(before: string): boolean {
  return before.length > 0 && relativeMarkers.some((marker) => before.trimEnd().endsWith(marker)) && !clauseEnds.test(before) && relativeClause(before.trimEnd(), true)?.role === 'founders'
}

/**
 * The base a pattern's group \`base\` names, without the words that describe it before \`的\` (\`自研的星桥链\`) or say it
 * is a technology (\`区块链技术\`), and where it starts in the text matched; none when what is left names no base.
 */
function describedBase(match: RegExpExecArray | null): {name: string; at: number} | undefined {
  if (!match) return undefined
  const {name, start} = plainBase(match.groups!.base!)
  return name !== '' && readsAsBase(name) ? {name, at: match.indices!.groups!.base![0] + start} : undefined
}

/** A name after the clause that describes it (\`甲联盟发布的\`), and after the phrase for what it is before a Latin name (\`开源框架 Orchid\`). */
function describedName(written: string): string {
  const name = afterLastRelative(written).trim()
  return phraseBeforeLatin.exec(name)?.groups!.latin!.trim() ?? name
}
/** A few words of the script, then a Latin name: \`开源框架 Orchid\`. */
let phraseBeforeLatin: RegExp

/** How long the word a clause opens with to point back at a record of \`kind\` is (\`该平台\`), spaces included: 0 when it opens with none. */
function pointerOpening(state: Extraction, clause: string, kind: string): number {
  const trimmed = clause.trimStart()
  // (or a demonstrative and the phrase for a kind: \`该网络\`, \`此开源平台\`)
  const pointer = state.grammar.anaphors.find(([word, of]) => (of === kind || of === 'any') && trimmed.startsWith(word)) ?? state.grammar.pointerAt(trimmed)
  return pointer && (pointer[1] === kind || pointer[1] === 'any') ? clause.length - trimmed.length + pointer[0].length : 0
}

/** Longest word for a kind, in characters, after the word by which a document points at its own subject. */
const maxSelfHead = 4

/** One sentence: the records it names, then the facts it gives of its subject. */
export function readSentence(state: Extraction, text: Passage, span: Span, entry: RecordDraft | null) {
  // \`…，乙联盟（…）成立于 2017 年，已有…\`: a later clause that opens with a subject of its own starts a part read alone
  const parts = subjectParts(state, text.text.slice(span.start, span.end))
  if (parts.length > 1) {
    for (const part of parts) readSentence(state, text, {start: span.start + part.start, end: span.start + part.end}, entry)
    return
  }
  // (what a pointer opening the sentence points at is what the text named before it, not a name this sentence goes on to)
  const pointedBefore = {...state.lastMentioned}
  state.beginSentence(text)
  const mentioned = findMentions(state, text, span)
  // widely known names are looked for once every reader has had its say, so that none takes a name a sentence gives in full
  state.readProse(text, span)
  const sentence = text.text.slice(span.start, span.end)
  // (\`同年 9 月\`: a year told from the one the text gave last; the last this sentence gives is the next one's)
  const yearBefore = state.yearBefore
  const dates = findDates(sentence, yearBefore)
  const events = dates.filter((date) => !isAsOf(sentence, date.start))
  if (events.length > 0) state.yearBefore = Number(events[events.length - 1]!.date.slice(0, 4))
  const roles = readRoles(state, text, span)
  if (roles) {
    // \`X的创始成员包括甲、乙，目前成员已超过 150 家\`: the clauses after the list are read of the record it is of
    if (roles.end < span.end - span.start) readSentence(state, text, {start: span.start + roles.end, end: span.end}, roles.record)
    return
  }
  const subject = subjectOf(state, text, span, entry, mentioned, pointedBefore)
  if (!subject) {
    if (subjectStart(sentence) > 0 && anyVerb.test(sentence)) state.awaitStart(text, span, yearBefore)
    return
  }
  state.noteSubject(text, subject)
  const used = new Set<number>()
  const tellsStart = anyVerb.test(sentence)
  // (\`联盟推出了…“临江链”，由青石科技承建\`: makers with a verb that makes a thing, never founds a body its members form, are none of such a body)
  const makers = tellsStart ? makersIn(sentence) : null
  const foundingMatch = makers && state.grammar.registry[subject.kind]?.leads === 'founders' && makingVerbs.some((verb) => (makers.groups!.verb ?? '').startsWith(verb)) ? null : makers
  if (tellsStart && !foundingMatch && subject === entry && entry) readEntryMakers(state, text, span, entry)
  if (!tellsStart && subject === entry && entry && span.start === 0) readEntryOwners(state, text, span, entry)
  // \`成立于 2017 年，由甲科技牵头\`: a clause that only says who led
  if (!foundingMatch) {
    for (const part of clauses(sentence, {start: 0, end: sentence.length})) {
      const led = ledBy.exec(sentence.slice(part.start, part.end))
      if (!led) continue
      const at = part.start + led.indices!.groups!.party![0]
      for (const party of readParties(led.groups!.party!)) state.apply({type: 'party', record: subject, role: 'leads', party: state.locate(text, span.start + at + party.start, party, 'led-by')})
    }
  }
  // \`该联盟由甲协会指导，乙研究院、丙科技等联合发起\`: a later clause of parties and a verb of founding, each party an organisation
  if (!foundingMatch && state.grammar.registry[subject.kind]?.leads === 'founders') {
    for (const part of clauses(sentence, {start: 0, end: sentence.length}).slice(1)) {
      const alone = foundedAlone.exec(sentence.slice(part.start, part.end))
      const parties = alone ? organisationsOnly(alone.groups!.parties!) : []
      if (!alone || parties.length === 0) continue
      const at = part.start + alone.indices!.groups!.parties![0]
      for (const party of parties) state.apply({type: 'party', record: subject, role: 'leads', party: state.locate(text, span.start + at + party.start, party, 'founding')})
    }
  }
  // the sentence defines its subject when the subject opens it
  // (a name the sentence opens with, whether a mention found it or the subject's own reading made it just now)
  // (\`甲科技推出的乙链是…，基于 Y 构建\`: or opens it after the clause that says who made it)
  const opening = subjectStart(sentence)
  const defines = mentioned.some((mention) => mention.record === subject && (mention.start === opening || makersClauseBefore(sentence.slice(opening, mention.start)))) || subjectNameEnd(sentence, subject) >= 0
  readBases(state, text, span, subject, subject === entry && span.start === 0, defines)
  let startDate: Dates[number] | undefined
  const foundingGroups = foundingMatch?.indices?.groups
  if (foundingMatch && foundingGroups) {
    const [partiesStart] = foundingGroups.parties!
    // \`由甲牵头，联合乙\`: the words between the parties go, each character kept as a space so that places hold
    // (\`由甲于 2016 年联合乙\`: a date there is the founding's)
    const between = [...foundingMatch.groups!.parties!.matchAll(ledThenJoined)].map((words) => [partiesStart + words.index, partiesStart + words.index + words[0].length] as const)
    const written = foundingMatch.groups!.parties!.replace(ledThenJoined, (words) => ' '.repeat(words.length))
    // (\`由乙公司基于戊链开发\`: what the parties built on, before the verb, is its base, none of them)
    const built = builtOn(written)
    if (built && readsAsBase(built.name)) state.apply({type: 'base', record: subject, name: built.name, offset: text.toSource(span.start + partiesStart + built.start), rule: 'founding'})
    const parties = built ? written.slice(0, built.at) : written
    for (const party of readParties(parties, 0)) {
      state.apply({type: 'party', record: subject, role: 'leads', party: state.locate(text, span.start + partiesStart + party.start, party, 'founding')})
    }
    if (earlyStageVerbs.some((verb) => foundingMatch.groups!.verb!.includes(verb))) readLaterMakers(state, text, span, subject, foundingMatch.index + foundingMatch[0].length)
    else if (state.grammar.registry[subject.kind]?.leads === 'developers') readMakersAlone(state, text, span, subject, foundingMatch.index + foundingMatch[0].length)
    const basis = foundingMatch.groups!.basis
    if (basis) {
      const [basisStart] = foundingGroups.basis!
      for (const party of readParties(basis)) state.apply({type: 'base', record: subject, name: party.name, offset: text.toSource(span.start + basisStart + party.start), rule: 'founding'})
    }
    // (\`由甲于 2013 年提出设想\`: an idea put forward is no start)
    const idea = puttingForward(sentence, foundingMatch.index + foundingMatch[0].length)
    startDate = idea
      ? undefined
      : foundingGroups.date
      ? dates.find((found) => found.start === foundingGroups.date![0])
      : dates.find((found) => between.some(([start, end]) => found.start >= start && found.end <= end)) ??
        dates.filter((found) => found.end <= foundingMatch.index && !isAsOf(sentence, found.start)).pop()
  }
  // \`X成立于 2018 年，发起方为甲和乙\`: a later clause that names who holds a founder's role
  for (const part of clauses(sentence, {start: 0, end: sentence.length}).slice(1)) {
    const role = roleClause.exec(sentence.slice(part.start, part.end))
    if (!role) continue
    const at = part.start + role.indices!.groups!.parties![0]
    for (const party of readParties(role.groups!.parties!)) state.apply({type: 'party', record: subject, role: 'leads', party: state.locate(text, span.start + at + party.start, party, 'role')})
  }
  const founded = state.grammar.registry[subject.kind]?.started === 'founded'
  if (!startDate && tellsStart) startDate = startAfter(sentence, 0, subject, dates, founded)
  // \`由甲于 2013 年底提出，2015 年 7 月正式上线\`: a proposal's date gives way to a launch the sentence goes on to tell,
  // or a later sentence (rule \`proposed\`)
  let proposed = false
  // (\`于 2019 年共同设计，并于 2020 年 2 月…发布\`: a design's too)
  if (startDate && foundingMatch && earlyStageVerbs.some((verb) => foundingMatch.groups!.verb!.includes(verb))) {
    // (up to a later clause with a subject of its own: \`…于 2016 年提出，随后丙公司基于该算法构建了 Y，并于…开放主网\`)
    const from = foundingMatch.index + foundingMatch[0].length
    const own = clauses(sentence, {start: from, end: sentence.length}).find((part) => part.start > from && clauseSubject(sentence.slice(part.start, part.end)) !== undefined)
    const launch = startAfter(sentence.slice(0, own?.start ?? sentence.length), from, subject, dates, founded)
    proposed = launch === undefined
    startDate = launch ?? startDate
  }
  // \`2009 年初，甲网络正式上线运行\`: the date of the opening clause, when the subject's own verb follows it
  if (!startDate && tellsStart) startDate = openingStart(state, sentence, subject, dates)
  if (startDate) {
    // a later sentence may give the same date more precisely: \`2016 年\`, then \`2016 年 5 月 31 日\`
    state.apply({type: 'start', record: subject, date: startDate.date, offset: text.toSource(span.start + startDate.start), rule: proposed ? 'proposed' : 'founding', moreExact: true})
    used.add(startDate.start)
  }
  // \`，包括…\` lists members only in a sentence about members, joining or founding, not in one about, say, technologies
  // (of a kind whose joiners are not members, \`包括甲、乙等，丙发起的平台\` lists its parts: only joining or members say otherwise)
  const membersJoin = state.grammar.registry[subject.kind]?.joiners === 'members'
  const aboutMembership = [...memberWords, ...joiningVerbs, ...(membersJoin ? [...memberCountVerbs, ...foundingVerbs] : [])].some((word) => sentence.includes(word))
  /** Where the sentence lists members: a count there (\`甲、乙等 25 家公司\`) counts them. */
  const memberSpans: Array<[number, number]> = []
  // \`曾与甲银行、乙银行等多家银行探索\`: who works with a platform takes part in it (an alliance's partners are not its members)
  for (const pattern of [joining, memberList, ...(foundingMatch || !aboutMembership ? [] : [listedMembers]), ...(membersJoin ? [] : [collaboratedWith])]) {
    // \`Nova 与甲银行、乙证券开展了合作\`: the subject's own name may stand right before \`与\`
    const after = pattern === collaboratedWith ? subjectNameEnd(sentence, subject) : -1
    const match = pattern.exec(sentence) ?? (after > 0 ? shifted(pattern.exec(sentence.slice(after)), after) : null)
    // (\`已拥有甲、乙等 60 余家会员单位\`: the joining pattern's list of those it has, group \`had\`)
    const group = match?.groups?.parties === undefined && match?.groups?.had !== undefined ? 'had' : 'parties'
    const [start, end] = match?.indices?.groups?.[group] ?? [0, 0]
    // \`创始成员包括甲、乙\`: the members it was founded with are its founders
    const founders = match !== null && pattern === memberList && foundingMemberWords.some((word) => sentence.slice(0, match.index).trimEnd().endsWith(word))
    const parties = match ? readParties(match.groups![group]!) : []
    // those a platform works with only when each reads as an organisation: \`与现有系统合作\` names none
    if (pattern === collaboratedWith && !parties.every((party) => readsAsOrganisation(party.name))) continue
    for (const party of parties) {
      state.apply({type: 'party', record: subject, role: founders ? 'leads' : 'joiners', party: state.locate(text, span.start + start + party.start, party, pattern === collaboratedWith ? 'collaboration' : 'joining')})
    }
    // (\`已与十余家金融机构开展合作\`: those a platform works with, counted, are partners, not members)
    if (match && !founders && pattern !== collaboratedWith) memberSpans.push([start, end])
  }
  const toSource = (index: number) => text.toSource(span.start + index)
  readCount(state, sentence, subject, foundingMatch, memberSpans, dates, used, toSource)
  readEvents(state, sentence, subject, dates, used, toSource)
  noteMentions(state, sentence)
}

/**
 * A Latin name a sentence opens with, read with a later clause that opens with the part of a thing that goes live
 * (\`主网于 2019 年 10 月上线\`) as one subject and its start: the match of that, its name the Latin name; none if no such clause.
 */
function partLaunchedLater(grammar: Extraction['grammar'], rest: string): RegExpExecArray | null {
  // (or a name in the script with its Latin name in parentheses, as a translated text introduces one: \`月坛（Moonchain）\`)
  const name = (latinAtStart.exec(rest) ?? glossedAtStart.exec(rest))?.[0].trim()
  if (!name) return null
  for (const part of clauses(rest, {start: name.length, end: rest.length}).slice(1)) {
    const written = rest.slice(part.start, part.end).trimStart()
    // (\`其主网于…上线\`: the possessive that points back at the subject before the part)
    const clause = written.startsWith(possessive.word) ? written.slice(possessive.word.length) : written
    if (launchedParts.some((word) => clause.startsWith(word))) return grammar.subjectStarted.exec(`${name} ${clause}`)
  }
  return null
}

/**
 * \`由甲统筹建设，乙承建\`: after the clause of its makers, a later clause of organisations and a verb of making alone (no
 * agent before them), more makers of the same thing; the clauses up to the first that is no such clause.
 */
function readMakersAlone(state: Extraction, text: Passage, span: Span, subject: RecordDraft, from: number) {
  const sentence = text.text.slice(span.start, span.end)
  for (const part of clauses(sentence, {start: from, end: sentence.length})) {
    if (part.start <= from) continue
    const alone = madeAlone.exec(sentence.slice(part.start, part.end))
    // (\`…，最初基于 Wombat 构建\`: what it was built on is no maker)
    const parties = alone && !builtOn(alone.groups!.parties!) ? organisationsOnly(alone.groups!.parties!) : []
    if (parties.length === 0) return
    const at = part.start + alone!.indices!.groups!.parties![0]
    for (const party of parties) state.apply({type: 'party', record: subject, role: 'leads', party: state.locate(text, span.start + at + party.start, party, 'founding')})
  }
}

/**
 * \`由甲于 2014 年提出，随后由乙基金会负责开发\`: after a proposal, the makers a later clause of launching names (its agent
 * opening it, an adverb of time before), who made the thing proposed.
 */
function readLaterMakers(state: Extraction, text: Passage, span: Span, subject: RecordDraft, from: number) {
  const sentence = text.text.slice(span.start, span.end)
  for (const part of clauses(sentence, {start: from, end: sentence.length})) {
    const clause = sentence.slice(part.start, part.end)
    const made = makersIn(clause)
    if (!made || earlyStageVerbs.some((verb) => made.groups!.verb!.includes(verb))) continue
    const before = clause.slice(0, made.index).trim()
    if (before !== '' && !timeAdverbs.includes(before)) continue
    const [partiesStart] = made.indices!.groups!.parties!
    for (const party of readParties(made.groups!.parties!)) {
      state.apply({type: 'party', record: subject, role: 'leads', party: state.locate(text, span.start + part.start + partiesStart + party.start, party, 'founding')})
    }
    return
  }
}

/** Whether words end their clause right away, but for a perfective marker (\`了，\`). */
function endsClause(words: string): boolean {
  const marker = perfectiveMarkers.find((word) => words.startsWith(word))
  const rest = words.slice(marker?.length ?? 0).trimStart()
  return rest === '' || clauseEnds.test(rest[0]!)
}

/** Where the subject's name ends when the sentence's subject is written as one of its names, else -1. */
function subjectNameEnd(sentence: string, subject: RecordDraft): number {
  const at = subjectStart(sentence)
  const name = [subject.name, ...subject.aliases].filter((written) => sentence.startsWith(written, at)).sort((a, b) => b.length - a.length)[0]
  return name ? at + name.length : -1
}

/**
 * The sentences that told a start before their subject was a record, read
 * again: a record named at the start that has no start yet takes the date of
 * the opening clause (\`2009年初，甲网络正式上线运行\`, pages before the text says what \`甲\` is).
 */
export function readPendingStarts(state: Extraction) {
  for (const {text, span, yearBefore} of state.pendingStarts) {
    const sentence = text.text.slice(span.start, span.end)
    const known = state.book.knownAtStart(sentence.slice(subjectStart(sentence)))
    if (!known || known.record.started !== null) continue
    const date = openingStart(state, sentence, known.record, findDates(sentence, yearBefore))
    if (date) state.apply({type: 'start', record: known.record, date: date.date, offset: text.toSource(span.start + date.start), rule: 'pending-start'})
  }
}

/** The date of a sentence's opening clause when the sentence goes on with its subject's name and a verb of starting. */
function openingStart(state: Extraction, sentence: string, subject: RecordDraft, dates: Dates): Dates[number] | undefined {
  const at = subjectStart(sentence)
  const opening = dates.filter((date) => date.end <= at && !isAsOf(sentence, date.start))
  if (opening.length === 0) return undefined
  const known = state.book.knownAtStart(sentence.slice(at))
  if (known?.record !== subject) return undefined
  // the squeezed length back to the text's own characters
  let end = at
  for (let kept = 0; end < sentence.length && kept < known.length; end++) kept += squeeze(sentence[end]!).length
  // (\`2019 年 7 月，星河链首个正式版本正式发布\`: its first version, or the part whose going live is its start, may stand before the verb)
  const after = sentence.slice(end)
  const part = longestFirst([...firstReleaseWords, ...launchedParts]).find((word) => after.trimStart().startsWith(word))
  if (part !== undefined) end += after.length - after.trimStart().length + part.length
  const leads = state.grammar.registry[subject.kind]?.leads
  const verb = (leads === 'founders' ? verbAhead.founders : verbAhead.developers).exec(sentence.slice(end))
  if (!verb) return undefined
  // \`2019 年，星河链发布了 2.0 版本\`: a verb with an object tells what the subject made, not its own start,
  // unless a later clause says its main net went live then (\`…，标志着星河链主网正式上线\`)
  return hasObject(sentence, end + verb[0].length, subject) && !partGoesLive(sentence, subject) ? undefined : opening[0]
}

/** Whether a later clause of a sentence says the subject's main net went live: its name, the part, a verb of launching, the clause's end. */
function partGoesLive(sentence: string, subject: RecordDraft): boolean {
  return clauses(sentence, {start: 0, end: sentence.length}).slice(1).some((part) => {
    const clause = sentence.slice(part.start, part.end)
    return [subject.name, ...subject.aliases].some((name) => {
      const at = clause.indexOf(name)
      return at >= 0 && liveAfterName.test(clause.slice(at + name.length))
    })
  })
}

/** Whether a sentence tells a founding or launch, with its parties or its date. */
function startsSaid(sentence: string): boolean {
  return anyVerb.test(sentence) && (founding.test(sentence) || startedOn.test(sentence))
}

/** Whether a sentence tells members: a member word and a count (\`成员数量达到 210 家\`), or members joining or listed. */
function membersSaid(sentence: string): boolean {
  // \`吸引了超过 50 家机构加入\`, \`由 35 家单位组成\`: organisations joining it, or a count of what it is made of
  if (joining.test(sentence)) return true
  const counted = findCounts(sentence).length > 0
  if (counted && memberCountVerbs.some((word) => withoutNouns(sentence).includes(word))) return true
  if (!memberWords.some((word) => sentence.includes(word))) return false
  return counted || memberList.test(sentence)
}

/**
 * The parts of a sentence a subject of its own opens: the first, then one
 * from each later clause that opens with a name of a kind and what it did
 * (\`乙联盟（…）成立于 2017 年\`, \`丙平台于 2018 年上线\`, \`丁链由戊公司开发\`).
 */
function subjectParts(state: Extraction, sentence: string): Span[] {
  const {grammar} = state
  const starts = [0]
  // the clauses of the opening (a date, a topic) are the first subject's; a sentence that opens with no subject
  // (\`甲公司表示，…\`) has none of its own to change from
  const first = subjectStart(sentence)
  const opens = opensWithSubject(state, sentence.slice(first))
  // (one with none may still go on to an example with its own start: \`元币是一层协议，例如 Nova 项目于 2013 年启动\`)
  if (!opens && !anyVerb.test(sentence)) return [{start: 0, end: sentence.length}]
  const parts = clauses(sentence, {start: 0, end: sentence.length})
  for (const [index, part] of parts.entries()) {
    if (part.start <= first) continue
    const clause = sentence.slice(part.start, part.end)
    const trimmed = clause.trimStart()
    const lead = clause.length - trimmed.length
    // (past an opener of its own: \`例如\`)
    const opening = subjectStart(clause)
    // (\`…，并于 2020 年 2 月作为开源项目发布\`: a clause a link word opens goes on with the subject before it)
    if (sameSubjectLinks.some((word) => trimmed.startsWith(word))) continue
    if (opens && (grammar.founded?.test(trimmed) || grammar.subjectLaunched.test(trimmed) || grammar.subjectMade.test(trimmed))) starts.push(part.start + lead)
    else if (!opens && opening > lead && grammar.subjectStarted.test(clause.slice(opening))) starts.push(part.start + lead)
    // (\`…发表了 X 白皮书，X 网络于 2009 年 1 月上线\`: a later clause that is a name, its date and its launch, alone)
    else if (!opens && (grammar.subjectLaunched.test(trimmed) || grammar.subjectStarted.test(trimmed)) && findDates(trimmed).length > 0) starts.push(part.start + lead)
    // (\`…，例如 Wattle Consortium，它于 2019 年由…发起\`: an example named alone after its opener, the next clause pointing back at it)
    else if (opening > lead && namedAlone(state, clause.slice(opening)) && grammar.pointerAt(sentence.slice(parts[index + 1]?.start ?? sentence.length).trimStart()) !== undefined) starts.push(part.start + lead)
    // (\`甲和乙是…，前者由丙开发，后者由丁开发\`: a clause about the first or the second of two names, which the definition's reader reads)
    else if ([...formerLatter.former, ...formerLatter.latter].some((word) => trimmed.startsWith(word))) starts.push(part.start + lead)
    // (\`Wickerbay 项目走了另一条路线：它由…创建\`: a clause after a colon that points back and goes on to a verb)
    else if (colons.includes(sentence.slice(0, part.start).trimEnd().slice(-1)) && grammar.pointerAt(trimmed) !== undefined && anyVerb.test(clause)) starts.push(part.start + lead)
  }
  return starts.map((start, index) => ({start, end: starts[index + 1] ?? sentence.length}))
}

/** Most marks that end a clause (\`。\`, \`！\`), in characters, looked for at its end once its spaces are trimmed. */
const maxEndMarks = 8

/** A text without the marks that end it (\`。\`, spaces), looked for among its last characters only, so that a long run of them costs no more than a short one. */
function withoutEndMarks(text: string): string {
  // (spaces, however many, go first: trimming them costs one look at each)
  const trimmed = text.trimEnd()
  const tail = Math.max(0, trimmed.length - maxEndMarks)
  return trimmed.slice(0, tail) + trimmed.slice(tail).replace(trailingPunctuation, '')
}

/** Whether a clause is a name alone: a Latin name, or a name of the script ending in a kind word. */
function namedAlone(state: Extraction, clause: string): boolean {
  const name = clause.trim()
  if (name === '') return false
  return (isLatinName(name) && !isTradeWord(name) && [...name].length <= maxListedName) || (kindOf(name, state.grammar) !== null && nameAlone(name))
}

/** Whether a text opens with a subject: a record's name, a pointer back at one, or a name of a kind and what it did. */
function opensWithSubject(state: Extraction, text: string): boolean {
  const {grammar, book} = state
  return Boolean(book.knownAtStart(text) || grammar.pointerAt(text) || grammar.founded?.test(text) || grammar.subjectLaunched.test(text) || grammar.subjectMade.test(text) || grammar.subjectStarted.test(text))
}

/**
 * \`甲银行、乙证券是星河联盟的发起单位之一\`: a sentence whose subject is parties, saying what they are of a
 * record: its leads or its joiners. The record is one the text named, or a name of a kind. Returns whether it read one.
 */
function readRoles(state: Extraction, text: Passage, span: Span): {record: RecordDraft; end: number} | undefined {
  const sentence = text.text.slice(span.start, span.end)
  const at = subjectStart(sentence)
  // \`甲、乙是X的发起单位\`, or the other way round: \`X的发起单位包括：甲、乙\`
  const match = roleOf.exec(sentence.slice(at)) ?? roleList.exec(sentence.slice(at))
  if (!match) return readRoleClauses(state, text, span, at)
  const [partiesAt] = match.indices!.groups!.parties!
  // (a list ends at a comma before a clause that says something: \`…和丙银行，目前成员已超过 150 家\`)
  const listed = match.groups!.parties!.split(clauseComma)
  const kept = listed.findIndex((clause, index) => index > 0 && (holdsPredicate(clause) || findCounts(clause).length > 0 || timeAdverbs.some((word) => clause.trimStart().startsWith(word))))
  const parties = kept < 0 ? match.groups!.parties! : listed.slice(0, kept).join(clauseComma)
  const record = applyRole(state, text, span, match, at + match.indices!.groups!.name![0], parties, at + partiesAt)
  if (!record) return undefined
  return {record, end: kept < 0 ? sentence.length : at + partiesAt + parties.length + clauseComma.length}
}

/**
 * \`甲科技是星海联盟的理事单位，也是澄湖联盟的发起单位之一\`: a role in each clause, the later ones (opening with their
 * copula) of the parties the first names. Read up to the first clause that says no role; undefined if the first does not.
 */
function readRoleClauses(state: Extraction, text: Passage, span: Span, at: number): {record: RecordDraft; end: number} | undefined {
  const sentence = text.text.slice(span.start, span.end)
  const parts = clauses(sentence, {start: at, end: sentence.length})
  const first = parts.length > 1 ? roleOf.exec(sentence.slice(parts[0]!.start, parts[0]!.end)) : null
  if (!first) return undefined
  const partiesText = first.groups!.parties!
  const partiesAt = parts[0]!.start + first.indices!.groups!.parties![0]
  let last: RecordDraft | undefined
  for (const [index, part] of parts.entries()) {
    const clause = sentence.slice(part.start, part.end).trim()
    const lead = sentence.slice(part.start, part.end).length - sentence.slice(part.start, part.end).trimStart().length
    // (a later clause is the first's parties' when it opens with its copula, an adverb before it: \`也是\`)
    const match = index === 0 ? first : roleOf.exec(`${partiesText}${clause}`)
    if (!match || (index > 0 && match.groups!.parties!.trim() !== partiesText.trim())) return last ? {record: last, end: part.start} : undefined
    const nameAt = index === 0 ? part.start + match.indices!.groups!.name![0] : part.start + lead + match.indices!.groups!.name![0] - partiesText.length
    const record = applyRole(state, text, span, match, nameAt, partiesText, partiesAt)
    if (!record) return last ? {record: last, end: part.start} : undefined
    last = record
  }
  return last ? {record: last, end: sentence.length} : undefined
}

/**
 * The record a role names (\`match\`'s name, at \`nameAt\` in the span): known, or one of its kind word's; the sentence
 * describes it, the parties (at \`partiesAt\`) hold the role, and \`该联盟\` in the next sentence points at it. Undefined when
 * the name is neither.
 */
function applyRole(state: Extraction, text: Passage, span: Span, match: RegExpExecArray, nameAt: number, parties: string, partiesAt: number): RecordDraft | undefined {
  const {name, aliases} = readName(match.groups!.name!.trim())
  const kind = kindOf(name, state.grammar)
  const record = state.book.findAny(name, aliases) ?? (kind && isSpecificName(name) ? state.apply({type: 'record', kind, name, aliases, offset: text.toSource(span.start + nameAt), rule: 'role'}) : undefined)
  if (!record) return undefined
  state.apply({type: 'description', record, text: text.text.slice(span.start, span.end), how: 'unless-described'})
  for (const party of readParties(parties)) {
    state.apply({type: 'party', record, role: match.groups!.lead ? 'leads' : 'joiners', party: state.locate(text, span.start + partiesAt + party.start, party, 'role')})
  }
  state.pointAt(record)
  return record
}

/** Who a sentence is about: an anaphor (\`该联盟\`), a name it opens with, a newly founded record, or the entry. */
/**
 * Whether a sentence names a record as what something is built on: right after \`基于\`, or at the end of a clause that
 * a verb of use opens before it (\`底层采用自主研发的甲链\`, \`使用甲链作为底层\`; not \`采用甲链的乙平台于…上线\`).
 */
function namedAsBase(sentence: string, parts: readonly Span[], {record, start}: Mention): boolean {
  const before = sentence.slice(0, start)
  if (before.trimEnd().endsWith(basisOf.before)) return true
  const {span: part} = searchSpans(parts, start)
  if (!part || !baseVerbs.some((verb) => before.slice(part.start).includes(verb))) return false
  const written = [record.name, ...record.aliases].filter((name) => sentence.startsWith(name, start)).sort((a, b) => b.length - a.length)[0]
  const after = written === undefined ? undefined : withoutEndMarks(sentence.slice(start + written.length, part.end)).replace(closingQuote, '').trim()
  // (\`其底层采用了长岭链的共识模块\`: or a part of it, the clause's object)
  const partOf = after !== undefined && relativeMarkers.some((marker) => after.startsWith(marker)) && [...after].length <= maxPartAfterBase
  return after !== undefined && (after === '' || (basisUses.after as readonly string[]).includes(after) || partOf)
}

/** Longest phrase, in characters (its \`的\` too), for the part of a named thing a clause says it uses: \`的共识模块\`. */
const maxPartAfterBase = 8

/** Verbs of what something uses or runs on; a closing quote a name may stand in. */
let baseVerbs: readonly string[]
let closingQuote: RegExp
onLanguage(() => {
  baseVerbs = [...new Set([...basisUses.verbs, ...basisUnderlying.verbs])].filter((verb) => verb !== basisOf.before)
  closingQuote = new RegExp(`^[${closingQuotes}]`, 'u')
})

function subjectOf(state: Extraction, text: Passage, span: Span, entry: RecordDraft | null, mentioned: readonly Mention[], pointedBefore: Readonly<Partial<Record<string, RecordDraft>>>): RecordDraft | null {
  const {book, grammar} = state
  const sentence = text.text.slice(span.start, span.end)
  const at = subjectStart(sentence)
  const rest = sentence.slice(at)
  // a name the sentence opens with, known by the short name it declares
  // (or after the clause that says who made it: \`甲联盟与乙大学共同研发的星桥链已于 2018 年开源\`)
  const opening = mentioned.find((item) => item.start === at) ?? mentioned.find((item) => item.start > at && makersClauseOpening(sentence.slice(at, item.start)))
  if (opening) {
    state.bringIntoScope(opening.record)
    return opening.record
  }
  // \`本平台于 2019 年上线\`: a document's word for its own subject, once the whole document has said what that is
  const self = selfReferences.find((word) => rest.startsWith(word))
  const head = self === undefined ? undefined : Array.from({length: maxSelfHead}, (_, index) => rest.slice(self.length, self.length + index + 1)).find((words) => grammar.kinds.some(([, entry]) => entry.words.heads.includes(words)) || grammar.setApartKind(words) !== null)
  if (head !== undefined) return book.records.find((record) => record.rule === 'document-subject') ?? null
  const pointer = grammar.pointerAt(rest)
  // (\`其\`, of any kind, points at the entry, or else at what the sentence before in the paragraph was about)
  // (or at the name the sentence before opened with, of its kind, that no reading made a record of yet: it is one now, if this
  // sentence tells of it what makes one, \`withdrawUnsaid\`)
  const unrecorded = pointer && !(pointer[1] === 'any' && entry) ? state.unrecordedBefore(pointer, text) : undefined
  if (unrecorded) return book.findAny(unrecorded.name, unrecorded.aliases) ?? state.apply({type: 'record', ...unrecorded, rule: 'pointed-at'})
  // (\`其\`, \`它\`, of any kind, outside an entry and after no subject: the one record the sentence before named)
  if (pointer) return (pointer[1] === 'any' ? (entry ?? state.subjectBefore(text) ?? state.onlyPointedBefore(text)) : (pointedBefore[pointer[1]] ?? entry)) ?? null
  // \`2019 年 6 月，由甲、乙和丙联合发起。\`: a sentence that opens with its agent, no subject named, is about what the one before it was
  // (its verb ending the clause, not a relative clause's before a name: \`由甲公司开发的“Tessera”于…\`; its parties organisations)
  const agent = agentMarkers.some((word) => rest.startsWith(word)) && anyVerb.test(rest) ? makersIn(rest) : null
  if (agent?.index === 0 && endsClause(rest.slice(agent[0].length)) && readParties(agent.groups!.parties!).every((party) => readsAsOrganisation(party.name))) {
    const before = state.subjectBefore(text)
    if (before) return before
  }
  // \`2018 年，成员增至 80 家\`: members with no name before them are those of the record of their kind the section last named
  if (grammar.memberKind && memberWords.some((word) => rest.startsWith(word)) && findCounts(rest).length > 0) {
    const members = entry?.kind === grammar.memberKind ? entry : state.lastMentioned[grammar.memberKind]
    if (members) return members
  }
  const known = book.knownAtStart(rest)
  // \`丁银行牵头成立的金桥联盟已有…\`: a relative clause before the name is no part of it
  const foundedRun = grammar.founded?.exec(rest)?.[0].trim()
  // (\`甲联盟与乙联盟于 2019 年共同成立了…\`: two names of a kind joined are no one name, the subject of no founding of their own)
  const joined = foundedRun === undefined ? undefined : itemSeparator.exec(foundedRun)
  const twoNamed = joined !== null && joined !== undefined && kindOf(foundedRun!.slice(0, joined.index).trim(), grammar) !== null
  const founded = foundedRun === undefined || twoNamed ? undefined : afterRelativeClause(foundedRun)
  // outside an entry, a sentence that names one record by a clause or a declared short name is about it
  // (by any of its names: \`X联盟，简称“X盟”\` names one record twice)
  // (\`基于甲链搭建了…\`: what the sentence builds on is not what it is about)
  // (\`…，底层采用自主研发的海星链\`: nor what a clause says it uses or runs on)
  const parts = mentioned.length > 0 ? clauses(sentence, {start: 0, end: sentence.length}) : []
  const named = new Set(mentioned.filter((mention) => !namedAsBase(sentence, parts, mention)).map((mention) => mention.record))
  const onlyMention = named.size === 1 ? [...named][0]! : null
  let subject = known?.record ?? entry ?? onlyMention
  if (founded && (!known || squeeze(founded).length > known.length)) {
    const existing = book.find(founded)
    const kind = kindOf(founded, grammar)
    if (existing) subject = existing
    // \`2018 年 5 月，X联盟宣告成立\`: the founding verb right after the name says a start too
    // (a name of a word its kind's prose does not use, \`甲协会\`, only when the sentence has a verb of founding or members:
    // \`IEEE 标准协会于同年启动了…工作\` says what an association did)
    else if (kind && isSpecificName(readName(founded).name) && ((startsSaid(sentence) && (grammar.registry[kind]!.words.inProse.some((word) => founded.endsWith(word)) || foundingVerbs.some((verb) => sentence.includes(verb)))) || membersSaid(sentence) || verbAhead.founders.test(rest.slice(rest.indexOf(foundedRun!) + foundedRun!.length)))) {
      const {name, aliases} = readName(founded)
      // (\`X联合体（Trusted Ledger Consortium，TLC）成立于…\`: the short names the parenthesis after it declares)
      const parens = leadingParenthesis(rest.slice(rest.indexOf(foundedRun!) + foundedRun!.length))
      const declared = declaredAliases(parens)
      subject = state.apply({type: 'record', kind, name, aliases: [...aliases, ...declared, ...(state.aliasesGiven.get(name) ?? [])], offset: text.toSource(span.start + at), rule: 'subject', description: sentence})
      state.pointAt(subject)
      // (\`（以下简称“联盟”）\`: the bare word means it in every section after)
      if (declaresPointer(parens)) state.holdPointer(subject)
    }
  }
  // \`云梭链于 2019 年 10 月正式上线\`: a product's name of a launched kind, then its launch date
  if (!known && !subject) {
    // or a name whose own verb tells its start (\`Yarrow 项目始于 2016 年\`, \`Bilby 的主网于 2020 年上线\`): a Latin name alone is of the launched kind
    const dated = grammar.subjectLaunched.exec(rest)
    // (\`Tessara 采用权益证明机制，主网于 2019 年 10 月上线\`: or a later clause that opens with the part of a Latin name's thing that went live)
    const started = dated ? null : (grammar.subjectStarted.exec(rest) ?? partLaunchedLater(grammar, rest))
    const launched = dated ?? started
    // \`由甲公司开发的 Tessera 平台于 2018 年发布\`: the clause before the name is none of it
    const written = launched ? readName(afterRelativeClause(launched.groups!.name!)) : undefined
    const owner = written ? ownerOf(written.name, grammar) : undefined
    // with no date in its clause, only the thing itself launched (\`Vega 主网正式上线\`), or a product its owner names
    // (\`甲科技票据服务平台上线运营\`), says a start
    // (\`2019 年，Vega 网络正式上线\`: a date clause opening the sentence is the verb's, of a name with its head; a name
    // alone may be a version's or a feature's, \`2016 年，Vireo 正式上线\`)
    const headed = written !== undefined && (kindOf(written.name, grammar) ?? grammar.setApartKind(written.name)) !== null
    const openedByDate = headed && at > 0 && findDates(sentence.slice(0, at)).some((date) => !isAsOf(sentence, date.start))
    // (\`2016 年 8 月，Corvel 发布了首个版本\`: a thing releasing its own first version is no version's name)
    const releasedFirst = started !== null && firstReleaseWords.some((word) => rest.slice(started.index + started[0].length).trimStart().startsWith(word))
    const bare = started?.groups!.partVerb !== undefined && !started.groups!.part && owner === undefined && !openedByDate && !releasedFirst
    // (launched or come into being: \`Acme Labs 于 1911 年成立\` founds an organisation)
    const verb = launched?.groups!.verb ?? launched?.groups!.verbAfter ?? launched?.groups!.partVerb ?? ''
    // (or a Han name with its Latin name in parentheses, as a translated text introduces one: \`月坛（Moonchain）于…上线\`)
    const latin = written !== undefined && [written.name, ...written.aliases].some((name) => /^[A-Za-z]/u.test(name) && !isTradeWord(name)) && !foundingVerbs.some((word) => verb.startsWith(word))
    // (or a name the document glosses with a Latin name in parentheses, of the kind its head says: \`闪电网络（Lightning Network）\`)
    const gloss = written && !kindOf(written.name, grammar) ? glossesOf(state).get(squeeze(written.name))?.gloss : undefined
    // (\`点对点网络（Peer Network）\` glosses a term: the words before a head only names set apart take must be a name's own)
    const own = written !== undefined && ownedBeforeHead(written.name)
    // (or a chain's sort after words of its own: \`星云联盟链于 2021 年上线\`, \`星云开放联盟链\`; not \`国内首条联盟链\`, \`我们的联盟链\`)
    const sorted = written !== undefined && own && notOfKind.some((word) => written.name.endsWith(word) && written.name.length > word.length) && grammar.setApartKind(written.name) !== null &&
      !rankingWords.some((word) => written.name.includes(word)) && !relativeMarkers.some((marker) => written.name.includes(marker)) && grammar.pointerAt(written.name) === undefined
    // (or a name of its own before a head products are named with: \`星币于 2009 年上线\`)
    // (itself, not by its bare name: \`星币网络\` is read as \`星币\` by the subject's own reading)
    // (or such a name before words that leave it whom it names: \`星币网络于 2009 年上线\` is \`星币\`'s start; after a date
    // that opens the sentence, \`2009 年初，星币网络正式上线\`, a start the text holds until it says what \`星币\` is: readPendingStarts)
    const nameLike = written !== undefined && own && readsAsProductName(written.name) && [written.name, ...(openedByDate ? [] : [bareName(written.name)])].some((name) => nameLikeHeads.some((head) => name.endsWith(head)))
    // (named by its bare name, the words after it an alias: \`星币\`, as the text goes on to call it)
    const bareNamed = nameLike && !kindOf(written.name, grammar) && bareName(written.name) !== written.name ? bareName(written.name) : undefined
    const kind = written ? (kindOf(written.name, grammar) ?? (latin && own ? grammar.launchedKind : null) ?? (gloss && own ? grammar.setApartKind(written.name) : null) ?? (sorted || nameLike ? grammar.setApartKind(written.name) : null)) : null
    const aliases = gloss && written && !written.aliases.includes(gloss) ? [...written.aliases, gloss] : (written?.aliases ?? [])
    // (a phrase of the trade is a name when it declares a short name in parentheses: \`区块链服务网络（XBN）于…商用\`)
    const declared = written !== undefined && written.aliases.length > 0 && [...openParens].some((mark) => launched!.groups!.name!.includes(mark))
    // \`甲公司的 Nova 平台于 2019 年上线\`: an organisation the name is said to be of made it (and names a product: \`甲公司旗下的星通平台\`)
    const possessor = written ? possessorOf(launched!.groups!.name!) : undefined
    if (written && !bare && kind && grammar.registry[kind]?.leads === 'developers' && (isSpecificName(written.name) || declared) && ([written.name, ...aliases].some(readsAsProductName) || owner || possessor || sorted)) {
      // (a record the sentence's set-apart reading already made of its Latin name: \`Zephyr 开放联盟链\` is \`Zephyr\`)
      const latinPart = /^[A-Za-z][A-Za-z0-9 .-]*?(?=\s*\P{Script=Latin}+$)/u.exec(written.name)?.[0].trim()
      const made = latinPart ? book.find(latinPart) : undefined
      subject = made?.kind === kind ? made : state.apply({type: 'record', kind, name: bareNamed ?? written.name, aliases: bareNamed ? [written.name, ...aliases.filter((alias) => alias !== bareNamed)] : aliases, offset: text.toSource(span.start + at), rule: 'subject-launched', description: sentence})
      // (the organisation the name opens with made it: ownersAsMakers, once every sentence is read)
      state.pointAt(subject)
      if (possessor) state.apply({type: 'party', record: subject, role: 'leads', party: state.locate(text, span.start + at + possessor.start, possessor, 'owner')})
      // \`甲公司推出的 Nova 于 2019 年上线\`: a clause of launching before the name gives its makers
      const run = launched!.groups!.name!
      const clause = possessor ? undefined : relativeClause(run.slice(0, run.length - afterRelativeClause(run).length).trimEnd(), true)
      for (const party of clause?.role === 'founders' ? readParties(clause.parties) : []) state.apply({type: 'party', record: subject, role: 'leads', party: state.locate(text, span.start + at + clause!.start + party.start, party, 'relative-clause')})
    }
  }
  // \`截至 2019 年底，该联盟成员已超过 120 家\`: a clause after a date may open with the anaphor
  if (!subject) {
    /** The records this sentence made, by where they are named in it, latest first. */
    let madeHere: RecordDraft[] | undefined
    for (let comma = rest.indexOf(clauseComma); comma >= 0; comma = rest.indexOf(clauseComma, comma + 1)) {
      const kind = grammar.pointerAt(rest.slice(comma + clauseComma.length))?.[1]
      // (\`以 Tessel 为例，该项目由…\`: or the example the sentence opens with, not what the text named before)
      const example = kind && kind !== 'any' ? exampleOpened(state, text, span, kind) : undefined
      if (example !== undefined) return example
      if (!kind || kind === 'any') continue
      // (\`…发布了“星证”，该平台采用自研的星桥链作为底层\`: what the pointer points back at stands before it, not after)
      const last = state.lastMentioned[kind]
      const pointerAt = at + comma
      if (last && !mentioned.some((mention) => mention.record === last && mention.start > pointerAt)) return last
      const from = text.toSource(span.start)
      const end = text.toSource(span.end)
      madeHere ??= book.records.filter((record) => record.offset >= from && record.offset < end).sort((a, b) => b.offset - a.offset)
      const to = text.toSource(span.start + pointerAt)
      const before = madeHere.find((record) => record.kind === kind && record.offset < to)
      if (before) return before
    }
  }
  if (subject) state.bringIntoScope(subject)
  return subject
}

/**
 * The record of the example a sentence opens with (\`以 Tessel 为例，\`) when its next clause points back at a record of
 * \`kind\`: the record of that name, or a new one of a Latin name or a name with its kind word; \`null\` when the example
 * is no name (\`以开源社区为例，该项目…\`: the pointer points at it, not at a record named before); \`undefined\` with none.
 */
function exampleOpened(state: Extraction, text: Passage, span: Span, kind: string): RecordDraft | null | undefined {
  const sentence = text.text.slice(span.start, span.end)
  const opened = exampleOpening.exec(sentence)
  if (!opened) return undefined
  const {name, aliases} = readName(opened.groups!.name!.trim())
  const known = state.book.findAny(name, aliases)
  if (known) return known.kind === kind ? known : null
  const named = kindOf(name, state.grammar) === kind || (kind === state.grammar.launchedKind && isLatinName(name) && !isTradeWord(name))
  if (!named || !isSpecificName(name)) return null
  const record = state.apply({type: 'record', kind, name, aliases, offset: text.toSource(span.start + opened.indices!.groups!.name![0]), rule: 'example', description: sentence})
  state.pointAt(record)
  return record
}

/** A name a document glosses with a Latin name in parentheses: the name, its gloss, and where the text first writes it. */
export interface GlossedName {
  name: string
  gloss: string
  offset: number
}

/** The names each document's text glosses with a Latin name in parentheses, by squeezed name. */
const glosses = new WeakMap<Extraction, Map<string, GlossedName>>()

/** The names \`state\`'s document glosses with a Latin name in parentheses (\`闪电网络（Lightning Network）\`): a name set apart so. */
export function glossesOf(state: Extraction): ReadonlyMap<string, GlossedName> {
  let found = glosses.get(state)
  if (found) return found
  found = new Map()
  for (const match of String(state.file.value).matchAll(state.grammar.glossedName)) {
    const run = match.groups!.run!
    // (\`应用于闪电网络\`: after a verb's preposition too)
    const name = run.slice(Math.max(lastBoundary(run), ...verbDatePrepositions.map((word) => run.lastIndexOf(word) + word.length))).trim()
    // (a term of the trade glosses a term: \`拜占庭容错协议（BFT）\`)
    if ([...name].length < 3 || !isSpecificName(name) || isTradeWord(match.groups!.gloss!) || found.has(squeeze(name))) continue
    found.set(squeeze(name), {name, gloss: match.groups!.gloss!, offset: match.index + run.lastIndexOf(name)})
  }
  glosses.set(state, found)
  return found
}

/** What a run of name characters holds after the relative clause it opens with, if any (\`甲牵头成立的X联盟\` gives \`X联盟\`). */
function afterRelativeClause(run: string): string {
  return afterLastRelative(run) || run
}

/** The member count a sentence gives its subject: a count in a clause about members, not one of founders nor of the parties. */
function readCount(state: Extraction, sentence: string, subject: RecordDraft, foundingMatch: RegExpExecArray | null, memberSpans: ReadonlyArray<[number, number]>, dates: Dates, used: Set<number>, toSource: (index: number) => number) {
  const partySpan = foundingMatch?.indices?.groups?.parties
  const parts = clauses(sentence, {start: 0, end: sentence.length})
  const asOf = dates.find((date) => isAsOf(sentence, date.start))
  // \`已有超过 70 家机构加入\`: of a kind whose joiners are members, those counted joining are its members
  const membersJoin = state.grammar.registry[subject.kind]?.joiners === 'members'
  for (const count of findCounts(sentence)) {
    // a count as of a date replaces one the text gave without: \`截至 2019 年底，成员已超过 120 家\`; so does a count the members
    // grew to (\`…，2017 年成员增至 80 多家\`)
    // (a few words may stand between: \`增长到目前的 150 家\`)
    const before = sentence.slice(0, count.start).trimEnd()
    // (or the date it grew by: \`增长到 2020 年的 150 余家\`)
    const grown = countGrowthWords.some((word) => {
      const at = before.lastIndexOf(word)
      if (at < 0) return false
      const between = withoutDateSpans(before.slice(at + word.length)).trim()
      return between.length <= maxAfterGrowth && !/\d/u.test(between)
    })
    if (subject.memberCount && !grown && (subject.memberCount.asOf !== null || !asOf)) break
    if (partySpan && count.start >= partySpan[0] && count.start < partySpan[1]) continue
    if (indefiniteArticles.includes(sentence.slice(count.start, count.end).replace(/\s+/gu, ''))) continue
    const clause = searchSpans(parts, count.start).span
    const clauseText = clause ? sentence.slice(clause.start, clause.end) : ''
    // \`首批成员 32 家\`, \`30 个创始成员\`: founders counted, not members; \`最初有 9 家银行加入\`: the members at the start
    // (unless the members grew to this count from the one at the start: \`从成立之初的 20 家发展到 200 余家\`)
    if (!grown && [...foundingCountWords, ...initialCountWords].some((word) => clauseText.includes(word))) continue
    // \`新增会员 30 家\`: members gained, not the members there are
    if (countChangeWords.some((word) => clauseText.slice(0, count.start - (clause?.start ?? 0)).includes(word))) continue
    // (\`吸纳了新一批成员，包括甲、乙等 12 家\`: nor those a list right after such a clause counts)
    const previous = clause ? parts[parts.indexOf(clause) - 1] : undefined
    if (previous && listIntroductions.some((word) => clauseText.trimStart().startsWith(word)) && countChangeWords.some((word) => sentence.slice(previous.start, previous.end).includes(word))) continue
    // \`理事单位 15 家、会员单位 210 家\`: the council counted in its own item, not the members
    const item = clauseText.slice(0, count.start - (clause?.start ?? 0)).split(enumerationComma).pop() ?? ''
    if (councilWords.some((word) => item.includes(word))) continue
    // \`来自 30 个国家的 200 余家成员\`: a count of places or fields, not of members
    if (notMemberNouns.some((noun) => sentence.slice(count.end).trimStart().startsWith(noun))) continue
    const after = withoutNouns(clauseText.slice(count.end - (clause?.start ?? 0)))
    // (\`甲、乙等 8 家银行组成了X联盟\`: those who formed it, counted, are its founders)
    if (formingVerbs.some((word) => after.includes(word))) continue
    const aboutMembers = memberSpans.some(([start, end]) => count.start >= start && count.start < end) ||
      memberWords.some((word) => clauseText.includes(word)) ||
      memberCountVerbs.some((word) => after.includes(word)) ||
      (membersJoin && joiningVerbs.some((word) => after.includes(word))) ||
      (countNouns.some((word) => clauseText.includes(word)) && memberWords.some((word) => sentence.includes(word))) ||
      // (\`成立时有 20 家成员，2019 年增至 80 家\`: what the members the sentence counts grew to)
      (grown && memberWords.some((word) => sentence.includes(word)))
    if (!aboutMembers) continue
    if (asOf) used.add(asOf.start)
    const member = memberWordAhead.exec(sentence.slice(count.end))?.[0] ?? ''
    const memberCount = {value: count.value, qualifier: count.qualifier, asOf: asOf?.date ?? null, text: sentence.slice(count.start, count.end + member.length).trim()}
    state.apply({type: 'count', record: subject, count: memberCount, offset: toSource(count.start), rule: 'count'})
  }
  for (const date of dates) if (isAsOf(sentence, date.start)) used.add(date.start)
}

/** Most characters between a word of growth and the count the members grew to (\`增长到目前的 150 家\`). */
const maxAfterGrowth = 4


/** Nouns of organisations masked, so that no verb is found inside one: \`构成\` in \`机构成立\`. */
function withoutNouns(text: string): string {
  return text.replace(nounPattern, (noun) => '□'.repeat(noun.length))
}
let nounPattern: RegExp
/** \`主网正式上线\` after a record's name, ending its clause: the thing itself went live. */
let liveAfterName: RegExp
/** A part of a record, a few words ending in a word for a thing built, before the word that says what it is based on: \`核心链\` in \`其核心链基于…\`. */
let partBeforeBasis: RegExp
/** A Latin name where a text starts, before what is not Latin. */
const latinAtStart = /^[A-Z][A-Za-z0-9]*(?:[ .-][A-Z0-9][A-Za-z0-9]*){0,3}(?=\s{0,3}\P{Script=Latin})/u
/** A name in the script where a text starts, its Latin name in parentheses after it. */
let glossedAtStart: RegExp

// compiled from the language pack in use, and again whenever another comes into use
onLanguage(() => {
  nounPattern = new RegExp([...categoryHeads, ...organisationEndings].join('|'), 'gu')
  glossedAtStart = new RegExp(`^${scriptCharacters}{2,12}\\s{0,2}[${openParens}]\\s{0,2}[A-Z][A-Za-z0-9]*(?:[ .-][A-Z0-9][A-Za-z0-9]*){0,3}\\s{0,2}[${closeParens}]`, 'u')
  const parts = [...launchedParts, ...basisTails, ...Object.values(kindWords).flat(), ...Object.values(setApartKindWords).flat()]
  phraseBeforeLatin = new RegExp(`^${scriptCharacters}{2,8}\\s+(?<latin>[A-Z][A-Za-z0-9 .-]*)$`, 'u')
  liveAfterName = new RegExp(`^\\s{0,3}(?:${relativeMarkers.join('|')})?\\s{0,3}(?:${launchedParts.join('|')})\\s{0,3}(?:${verbAdverbs.join('|')})*\\s{0,3}(?:${launchVerbs.join('|')})(?:${launchedTails.join('|')})?(?:${perfectiveMarkers.join('|')})?(?:${trailingPunctuation.source}|$)`, 'u')
  partBeforeBasis = new RegExp(`^(?:(?!${clausePunctuation.source})\\S){0,4}?(?:${longestFirst(parts).join('|')})(?:${relativeMarkers.join('|')})?\\s{0,2}(?=${basisOf.before})`, 'u')
})

/** Each dated clause not used for a founding, a launch or a count is an event, up to the next dated clause. */
function readEvents(state: Extraction, sentence: string, subject: RecordDraft, dates: Dates, used: Set<number>, toSource: (index: number) => number) {
  const parts = clauses(sentence, {start: 0, end: sentence.length})
  const starts = dates.map((date) => searchSpans(parts, date.start).span?.start ?? date.start)
  let next = 0
  dates.forEach((date, index) => {
    next = Math.max(next, index + 1)
    while (next < starts.length && starts[next]! <= starts[index]!) next++
    if (used.has(date.start)) return
    const end = starts[next] ?? sentence.length
    const text = sentence.slice(starts[index], end).replace(trailingPunctuation, '').trim()
    if (text) state.apply({type: 'event', record: subject, event: {date: date.date, text}, offset: toSource(starts[index]!), rule: 'dated-sentence'})
  })
}

/** The record of the current entry, or one a reader pointed at in the sentence, the sentence names last is what \`该联盟\` points at next. */
function noteMentions(state: Extraction, sentence: string) {
  let last: {at: number; record: RecordDraft} | undefined
  // (a record a reader pointed at in this sentence counts too: \`基于甲链搭建了“乙”，该系统…\` points at 乙, named last)
  for (const record of new Set([...state.scope, ...state.pointedInSentence])) {
    const at = sentence.lastIndexOf(record.name)
    if (at >= 0 && (!last || at > last.at)) last = {at, record}
  }
  if (last) state.pointAt(last.record)
}

/** `国际主流的平台主要包括甲、乙等，国内的主要包括丙`: where the section's lead places its entries. */
export function assignOrigins(state: Extraction, leads: readonly Passage[], records: readonly RecordDraft[]) {
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
        if (record && state.grammar.registry[record.kind]?.single.includes('origin')) state.apply({type: 'origin', record, origin, offset: lead.toSource(clause.start), rule: 'origin'})
      }
    }
  }
}
