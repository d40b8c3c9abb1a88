/**
 * Find mentions: the records a sentence names, where the text says who they
 * are: a short name it declares, a relative clause or a subject that gives
 * their parties, a copula that says what its subject is, makers right after
 * a name; lists and names set apart are `find-lists.ts`'s, the clauses both
 * read are `read-clauses.ts`'s. A mention alone makes no record.
 */
import {isIdeograph, lastChar} from '../lexicon/characters.ts'
import {agentMarkers, anyVerb, itemSeparator, fieldsOfBodies, genericModifiers, partnerFrame, technologyWords, vagueItem, basisClause, commas, fullStop, semicolons, verbAdverbs, launchVerbs, launchedTails, perfectiveMarkers, clauseLinks, copulas, forkFrame, forkedName, sameSubjectLinks, ownershipWords, clauseDate, longestFirst, madeOfEntry, providedBy, formerLatter, pairCounts, indefiniteArticles, relativeMarkers, startsInScript, basisBeforeName, basisOf, basisUses, categoryHeads, closingQuotes, onLanguage, openingComma, bareCopula, basisUse, closeParens, copula, founding, givenTo, becameMember, joinedObject, joiningVerbsAnywhere, latinNameStart, launchedObject, startedOn, launchedThenDescribed, launchedWellBefore, launchingVerbAnywhere, launchingVerbs, madeJustBefore, launchVerb, madeAlone, madeBy, openParens, possessedDefinition, trailingAlias, listCopula, keptBy, partWords, firstReleaseOf} from '../lexicon/language.ts'
import {clauses, type Passage, sentences, type Span} from '../clean/passages.ts'
import {isLatinName, readName} from './read-names.ts'
import {listTailAt, organisationsOnly, readParties} from './read-parties.ts'
import {genericSetApart, headKind, isSpecificName, isTradeWord, kindOf, readsAsBase, readsAsName, readsAsProductName} from './decide-kind.ts'
import {readExamples, readKindList, readMakers, readMakersAfter, readMakersBefore, readOwnedList, readPhraseBase, readPointedMakers, readStartAfter, readSetApartList} from './find-lists.ts'
import {afterLastRelative, afterPhrase, clauseStart, declaresPointer, withoutPossessor, clauseSubject, declaredAliases, execAtEnd, foundedBySubject, lastBoundary, leadingParenthesis, makersIn, maxListedName, openingDate, plainBase, possessorOf, relativeClause, subjectStart} from './read-clauses.ts'
import {type Extraction, namedParty, type RecordDraft, squeeze} from './record-book.ts'
import {findDates, isAsOf} from './read-dates.ts'
import {findCounts} from './read-numbers.ts'
import {namesVersion} from './read-starts.ts'
import {describesOnly, hasOwnPart, holdsPredicate, madeAfter, type Mention, ownedBeforeKind, readOpeningSubject} from './read-subjects.ts'

export type {Mention} from './read-subjects.ts'


/**
 * The records a sentence names: by a copula, by a list of a kind, and by a
 * name ending in a kind word with a declared short name or a relative clause
 * (\`A、B等发起成立的X联盟\`, \`A、B等参加的X联盟\`), whose parties and date it
 * gives them.
 */
export function findMentions(state: Extraction, text: Passage, span: Span): Mention[] {
  const {book, grammar} = state
  const sentence = text.text.slice(span.start, span.end)
  const found: Mention[] = []
  const copulaMention = readCopula(state, text, span)
  if (copulaMention) found.push(copulaMention)
  const madeMention = copulaMention ? undefined : readOpeningSubject(state, text, span)
  if (madeMention) found.push(madeMention)
  // names set apart need no kind word of their own in the sentence: \`推出“星票”产品\`, \`推出了 **Nova**\`
  readSetApartNames(state, text, span)
  readLaunchedPair(state, text, span)
  readSetApartList(state, text, span)
  readOwnedList(state, text, span)
  readForks(state, text, span)
  readFirstRelease(state, text, span)
  readJoinedByName(state, text, span)
  readPartnerBodies(state, text, span)
  if (!grammar.mentionWord.test(sentence)) {
    // examples of a kind's products need no kind word of their own (\`Vega、Lyra 等开源方案\`): the list reader reads them with a kind's lists
    readExamples(state, text, span)
    pointAtLastNamed(state, sentence)
    return found
  }
  readKindList(state, text, span)
  found.push(...readNamedAs(state, text, span))
  readStartedBy(state, text, span)
  for (const match of sentence.matchAll(grammar.mention)) {
    const run = match.groups!.run!
    const boundary = lastBoundary(run)
    // \`…正式发布 Corvid 平台\`: a run that holds a verb of launching right before a Latin name ends in the name the verb governs
    const governed = Math.max(0, ...[...run.slice(boundary).matchAll(launchingVerbs)].map((verb) => boundary + verb.index + verb[0].length))
    // \`…癸银行宣布加入紫荆链盟\`: what a verb of joining in the run is followed by is the name
    const joined = Math.max(0, ...[...run.slice(boundary).matchAll(joiningVerbsAnywhere)].map((verb) => boundary + verb.index + verb[0].length))
    // (\`白鹭科技推出白鹭链\`: or a name in the script that reads as a product's, with no particle after the verb)
    const governs = governed > 0 && governsName(run.slice(governed).trim(), grammar)
    // (\`上线区块链开放平台癸星链\`: the phrase for its kind between the verb and the name is no part of it)
    const cut = governs ? afterPhrase(run, governed) : joined > 0 ? joined : afterPhrase(run, boundary)
    // (\`加入了国际区块链组织 Hexa 联盟\`: the phrase for a sort of organisation before a Latin name says what it is)
    // (\`企业 Corona 联盟（Enterprise Corona Alliance）\`: unless its expansion translates the sort before the name too)
    const whole = sortInExpansion(run.slice(cut).trim(), match.groups!.parens ?? '')
    const kind = kindOf(whole, grammar)
    if (!kind || !isSpecificName(whole) || whole.length < 3) continue
    // \`建设了电子证照共享平台\`: a product's phrase in the script whose words only say what it does names none
    if (grammar.registry[kind]?.leads === 'developers' && describesOnly(whole, grammar)) continue
    // \`DAO（Decentralized Autonomous Organization）项目\`: the name, its expansion and the name with its kind word
    const inner = [...openParens].some((mark) => whole.includes(mark)) ? readName(whole) : undefined
    const written = inner?.name ?? whole
    // \`…联盟（南京），简称“星海盟”\`: a short name may be declared after the comma that follows
    const trailing = trailingAlias.exec(sentence.slice(match.index + match[0].length))?.groups!.alias
    const aliases = [...(inner?.aliases ?? []), ...declaredAliases(match.groups!.parens ?? ''), ...(trailing ? [trailing] : [])]
    // the clause that gives the parties ends before the phrase for the kind, if the name follows one
    // (\`甲集团正式发布碧水区块链平台\`: a verb of launching that governs a name in the script, with words of its own
    // before its kind word, ends the clause before it; names read as products' are the object reader's below)
    const governedClause = governs && !readsAsProductName(whole) && ownedBeforeKind(whole, grammar)
    const before = sentence.slice(0, match.index + (governedClause ? governed : boundary))
    const launched = grammar.registry[kind]?.leads === 'developers'
    // \`甲公司自主研发的乙链\`: a clause of launching before a name only when the name reads as a product's (Latin, or a head
    // products are named with), not as a description (\`企业级区块链服务平台\`)
    const clause = relativeClause(before, launched && namesProduct(written, grammar)) ?? foundedBySubject(before, state.organisationEntry?.name, launched, state.yearBefore)
    const existing = book.findAny(written, aliases)
    // \`发布了司法存证平台“蓝鲸存证链”\`: the phrase for a kind right before a name set apart that is a record is what that record is, no name
    if (!existing && aliases.length === 0 && namesSetApartNext(state, sentence.slice(match.index + match[0].length))) continue
    const at = span.start + match.index + cut + (run.slice(cut).length - run.slice(cut).trimStart().length)
    // \`贡献到超级社区\`: the body a project is given to hosts it
    const given = !clause && givenTo.test(sentence.slice(0, at - span.start))
    // \`癸银行宣布加入紫荆链盟\`: the subject of the clause joins a record of a kind whose joiners are members
    // (\`甲银行正式成为紫荆链盟成员\`: one who becomes a member of it too)
    const membersJoin = !clause && !given && grammar.registry[kind]?.joiners === 'members'
    const becomes = membersJoin && becameMember.after.test(sentence.slice(match.index + match[0].length))
    const joiner = membersJoin ? joinerBefore(sentence.slice(0, at - span.start), becomes ? becameMember.before : joinedObject) : undefined
    // \`已有超过 50 家企业加入星河联盟\`: a counted crowd that joins it says it is one (the sentence's count reader counts them)
    const crowdJoined = membersJoin && !joiner && !becomes && countedBefore(sentence.slice(0, at - span.start), joinedObject)
    // \`甲、乙等机构于 2020 年正式发布 Corvid 平台\`: a product's name a verb of launching governs, made by the subject of its clause
    // (\`推出了基于 Nova 的 Vega 平台\`: what it is built on may stand between the verb and the name)
    const governing = sentence.slice(0, governs ? match.index + governed : at - span.start)
    const based = governs ? null : basisBeforeName.exec(governing)
    // (a name a few words of what it serves after the verb: \`推出了面向物流企业的 Tidewater 供应链金融平台\`, \`推出自主研发的乙链\`)
    const objectText = based ? governing.slice(0, based.index) : governing
    const object = !existing && !clause && !given && launched && readsAsProductName(written) && !holdsPredicate(written) && (execAtEnd(launchedObject, objectText) !== null || execAtEnd(launchedThenDescribed, objectText) !== null)
    // (\`基于 Corvo 的 Tessel 项目遭到攻击\`: a Latin name of a kind with makers, built on a record of the text, is one too)
    const builtOnRecord = !existing && !object && launched && based !== null && latinNameStart.test(written) && !isTradeWord(written) && book.find(based.groups!.base!.trim()) !== undefined
    if (!existing && aliases.length === 0 && !clause && !given && !object && !builtOnRecord && !joiner && !crowdJoined && !madeAfter(state, sentence, at - span.start, match.index + match[0].length, written)) {
      // (\`Wickerbay 项目走了另一条路线。它由…创建\`: a name the sentence opens with is what a pointer in the next one may mean)
      if (at - span.start !== subjectStart(sentence)) continue
      // (\`长河链已吸引 300 家企业入驻，该链由长河集团于 2019 年推出\`: or a pointer in a later clause of its own sentence, the agent
      // of its making right after it)
      const pointed = state.apply({type: 'record', kind, name: written, aliases, offset: text.toSource(at), rule: 'pointed-at', description: sentence})
      readPointedMakers(state, text, span, pointed, match.index + match[0].length)
      if (pointed.leads.length > 0) continue
      state.apply({type: 'withdrawn', record: pointed})
      state.noteUnrecorded({kind, name: written, aliases, offset: text.toSource(at), description: sentence})
      continue
    }
    const record = existing ?? state.apply({type: 'record', kind, name: written, aliases, offset: text.toSource(at), rule: given ? 'given-to' : object ? 'object' : 'mention', description: sentence})
    if (joiner) {
      for (const party of readParties(joiner.text)) state.apply({type: 'party', record, role: 'joiners', party: state.locate(text, span.start + joiner.start + party.start, party, 'joined')})
    }
    if (object) {
      readMakersBefore(state, text, span, record, based ? based.index : at - span.start)
      // (a name that declares its short name or Latin name is one, whoever made it)
      if (record.leads.length === 0 && aliases.length === 0) {
        state.apply({type: 'withdrawn', record})
        continue
      }
      if (based && readsAsBase(based.groups!.base!)) state.apply({type: 'base', record, name: based.groups!.base!.trim(), offset: text.toSource(span.start + based.indices!.groups!.base![0]), rule: 'basis'})
    }
    if (builtOnRecord) state.apply({type: 'base', record, name: based!.groups!.base!.trim(), offset: text.toSource(span.start + based!.indices!.groups!.base![0]), rule: 'basis'})
    // the host a project is given to is no subject of the sentence: what it says is of the project
    if (given && !existing) continue
    found.push({record, start: at - span.start})
    for (const alias of aliases) state.apply({type: 'alias', record, alias, offset: text.toSource(at)})
    // (\`（以下简称“联盟”）\`: the bare word means it in every section after)
    if (declaresPointer(match.groups!.parens ?? '')) state.holdPointer(record)
    if (clause) {
      if (clause.date && clause.role === 'founders' && !namesVersion(sentence, at - span.start)) state.apply({type: 'start', record, date: clause.date, offset: text.toSource(span.start + clause.start), rule: 'relative-clause'})
      const role = clause.role === 'founders' ? 'leads' : 'joiners'
      const {organisationEntry} = state
      if (clause.parties === '' && !clause.crowd && organisationEntry) {
        state.apply({type: 'party', record, role, party: namedParty(organisationEntry.name, [], organisationEntry.offset, 'organisation-entry')})
      }
      for (const party of readParties(clause.parties)) state.apply({type: 'party', record, role, party: state.locate(text, span.start + clause.start + party.start, party, 'relative-clause')})
      if (clause.base && isSpecificName(clause.base.name)) state.apply({type: 'base', record, name: clause.base.name, offset: text.toSource(span.start + clause.base.start), rule: 'relative-clause'})
    }
    state.pointAt(record)
  }
  pointAtLastNamed(state, sentence)
  return found
}

/**
 * \`社区随后进行了硬分叉，未接受分叉的链成为 Larch Classic\`: what came of a
 * fork the sentence tells, a Latin name or a name glossed in Latin, is a chain
 * of its own, of the launched kind, started when the sentence says.
 */
function readForks(state: Extraction, text: Passage, span: Span) {
  const {book, grammar, entryNames} = state
  const sentence = text.text.slice(span.start, span.end)
  if (!grammar.launchedKind || !forkFrame.words.some((word) => sentence.includes(word))) return
  for (const match of sentence.matchAll(forkedName)) {
    const {latin, name: written, gloss} = match.groups!
    const name = (latin ?? written)!.trim()
    const aliases = gloss ? [gloss.trim()] : []
    if (!isSpecificName(name) || isTradeWord(name) || entryNames.has(squeeze(name)) || book.findAny(name, aliases)) continue
    const at = match.index + match[0].indexOf(name)
    const record = state.apply({type: 'record', kind: grammar.launchedKind, name, aliases, offset: text.toSource(span.start + at), rule: 'fork', description: sentence})
    // (\`2016 年 6 月，…遭到攻击，社区随后进行了硬分叉\`: a date a word of later comes after is of what came before the fork)
    const [date] = findDates(sentence.slice(0, at), state.yearBefore).filter((found) => !isAsOf(sentence, found.start))
    const later = date !== undefined && clauseLinks.filter((word) => !sameSubjectLinks.includes(word)).some((word) => sentence.slice(date.end, at).includes(word))
    if (date && !later) state.apply({type: 'start', record, date: date.date, offset: text.toSource(span.start + date.start), rule: 'fork'})
  }
}

/**
 * \`我们于 2019 年 3 月发布了 Kestrel 的第一个稳定版本\`: the first release of a record a verb of launching governs is the
 * record's start (the last date before the verb), made by the subject of the verb's clause when the text named no maker.
 */
function readFirstRelease(state: Extraction, text: Passage, span: Span) {
  const sentence = text.text.slice(span.start, span.end)
  for (const match of sentence.matchAll(firstReleaseOf)) {
    const record = state.book.find(match.groups!.name!.trim())
    if (!record || state.grammar.registry[record.kind]?.leads !== 'developers') continue
    const date = findDates(sentence.slice(0, match.index), state.yearBefore).filter((found) => !isAsOf(sentence, found.start)).pop()
    if (date && record.started === null) state.apply({type: 'start', record, date: date.date, offset: text.toSource(span.start + date.start), rule: 'first-release'})
    const from = clauseStart(sentence, match.index)
    const subject = record.leads.length === 0 ? clauseSubject(sentence.slice(from, match.index)) : undefined
    for (const party of subject ? readParties(subject.text) : []) state.apply({type: 'party', record, role: 'leads', party: state.locate(text, span.start + from + subject!.start + party.start, party, 'first-release')})
  }
}

/**
 * Readers point at the records they find in their own order; of each kind, what
 * \`该系统\` in a later clause points at is the record the sentence names last
 * (\`基于甲链搭建了“乙”，该系统…\`: 乙).
 */
function pointAtLastNamed(state: Extraction, sentence: string) {
  const last = new Map<string, {at: number; record: RecordDraft}>()
  for (const record of state.pointedInSentence) {
    const at = Math.max(...[record.name, ...record.aliases].map((name) => sentence.lastIndexOf(name)))
    const before = last.get(record.kind)
    if (at >= 0 && (!before || at > before.at)) last.set(record.kind, {at, record})
  }
  for (const {record} of last.values()) {
    if (state.lastMentioned[record.kind] !== record) state.pointAt(record)
  }
}

/**
 * \`甲链是乙科技于 2018 年推出的区块链服务平台\`, \`Alpha 是丙基金会发起的开源项目\`:
 * a sentence that says what its subject is, with who made it and when. The
 * subject is a record of the kind the phrase after \`的\` names; the parties
 * before the verb are its founders or developers. Without a maker
 * (\`星海（Xinghai）是一个面向全球的公有区块链平台，于…上线\`) the subject must
 * read as a name: a Latin name or alias, or a kind word of its own.
 */
function readCopula(state: Extraction, text: Passage, span: Span): Mention | undefined {
  const {book, grammar} = state
  const sentence = text.text.slice(span.start, span.end)
  const at = subjectStart(sentence)
  // a head only names set apart take (\`支付网络\`) names a kind only with the makers
  const subject = sentence.slice(at)
  if (readListDefinition(state, text, span, at)) return undefined
  const match = copula.exec(subject) ?? bareCopula.exec(subject) ?? grammar.copulaSetApart.exec(subject) ?? grammar.bareCopulaSetApart.exec(subject)
  if (!match) return undefined
  // (\`Keystone 和 Orchid 是两个身份钱包，前者由…开发\`: two names are no one name)
  if (readPair(state, text, span, at, match)) return undefined
  // without makers, only a subject whose own last word, or a short name's declared beside it, is a kind word
  // (\`星河链是一个区块链基础设施\`, \`Meridian（子午链）是一条联盟链\`)
  const setApart = grammar.setApartKind(match.groups!.head!)
  const {name, aliases} = readName(match.groups!.name!)
  const named = kindOf(name, grammar) !== null || aliases.some((alias) => kindOf(alias, grammar) !== null)
  // or with its makers in a later clause of the sentence (\`X 是一个支付网络，由甲公司于 2018 年推出\`)
  const later = match.groups!.parties === undefined ? founding.exec(subject.slice(match[0].length)) : null
  const madeLater = later !== null && launchVerb.test(later.groups!.verb!)
  // (a Latin name, or one of the script with its Latin name in parentheses, that is no word of the trade)
  const latin = [name, ...aliases].some((each) => latinNameStart.test(each) && !isTradeWord(each))
  // (or a Latin name whose start a later clause tells: \`Sovrane 是一个公共许可的身份网络，于 2017 年正式上线\`)
  // (or a name with its Latin name in parentheses: \`星币（Starcoin）是一种…现金系统，于 2009 年上线\`)
  const startedLater = !madeLater && match.groups!.parties === undefined && latin && startedOn.test(subject.slice(match[0].length))
  // (or a Latin name a later clause says is built on another: \`Nova 是一条公链，基于 Vega 开发\`)
  const rest = subject.slice(match[0].length)
  const basedLater = !madeLater && match.groups!.parties === undefined && latin && clauses(rest, {start: 0, end: rest.length}).some((part) => readsAsBase(basisClause.exec(rest.slice(part.start, part.end))?.groups!.base!.trim() ?? ''))
  // (or a Latin name with its name in the script in parentheses, or the other way round: \`Iotan（埃欧坦）是一种…分布式账本\`)
  const glossed = aliases.length > 0 && latin && [name, ...aliases].some((each) => startsInScript.test(each))
  // (or a Latin name a later clause says who keeps running: \`Halcyon 是一个公有链，由 Halcyon 基金会维护\`, which names no maker)
  const keptLater = !madeLater && match.groups!.parties === undefined && latin && clauses(rest, {start: 0, end: rest.length}).some((part) => keptBy.test(rest.slice(part.start, part.end)))
  const kind = kindOf(match.groups!.head!, grammar) ?? (match.groups!.parties !== undefined || named || madeLater || startedLater || basedLater || glossed || keptLater ? setApart : null)
  const known = book.findAny(name, aliases)
  // a name in the script whose own last word is such a head reads as one when its makers follow (\`星云网络是…支付网络，由甲推出\`)
  const headed = (madeLater || match.groups!.parties !== undefined) && grammar.setApartKind(name) !== null && !genericSetApart(name, match.groups!.head!, grammar)
  // or a short name of the script of its own, its makers and its kind's phrase given (\`链融通是由甲银行自主研发的…服务平台\`)
  const defined = match.groups!.parties !== undefined && kindOf(match.groups!.head!, grammar) !== null && ownShortName(state, name)
  if (!kind || !(known || readsAsName(name, aliases, grammar) || headed || defined) || !isSpecificName(name) || name.length > maxListedName || holdsPredicate(name)) return undefined
  // (\`Kauri 的前身是…\`: a word after \`的\` for what a named thing was or has, no name nor kind word, names no record)
  const own = afterLastRelative(name)
  if (!known && own !== name.trim() && kindOf(own, grammar) === null && !isLatinName(own)) return undefined
  // (\`甲科技的金梧链是一个联盟链平台\`: the organisation a made thing's name says it is of made it, and is no part of its name)
  const possessor = !known && grammar.registry[kind]?.leads === 'developers' ? possessorOf(name) : undefined
  const ownAt = possessor ? name.length - own.length : 0
  const record = known ?? state.apply({type: 'record', kind, name: possessor ? own : name, aliases, offset: text.toSource(span.start + at + ownAt), rule: 'copula'})
  if (possessor) state.apply({type: 'party', record, role: 'leads', party: state.locate(text, span.start + at + possessor.start, possessor, 'possessive')})
  state.apply({type: 'description', record, text: sentence, how: 'unless-described'})
  // \`是由甲在乙基础上研发的\`: an agent's sentence, which the founding pattern reads with its basis;
  // \`星海（Xinghai）是一个面向全球的公有区块链平台\`: no maker at all
  if (match.groups!.parties !== undefined && !founding.test(sentence)) readMakers(state, text, match, span.start + at, record)
  // \`星云链是甲科技旗下的区块链服务平台\`: the organisation the definition says it is of made it
  if (match.groups!.parties === undefined && record.leads.length === 0) readDefinitionOwners(state, text, span.start + at, subject, match.groups!.name!.length, record)
  return {record, start: at}
}

/** The organisations a definition's predicate says its subject is of (\`是甲科技（旗下）的…平台\`), as its makers, when each reads as one. */
function readDefinitionOwners(state: Extraction, text: Passage, offset: number, subject: string, nameEnd: number, record: RecordDraft) {
  const copulaAt = Math.min(...copulas.map((word) => subject.indexOf(word, nameEnd)).filter((at) => at >= 0), Infinity)
  if (!Number.isFinite(copulaAt)) return
  const from = copulaAt + (copulas.find((word) => subject.startsWith(word, copulaAt))?.length ?? 0)
  const owned = possessedDefinition.exec(subject.slice(from))
  if (!owned || (kindOf(owned.groups!.head!, state.grammar) ?? state.grammar.setApartKind(owned.groups!.head!)) !== record.kind) return
  // (\`Larchon 是 Hyperion 的一个子项目\`: what a part is of holds it, no maker of it)
  if (partWords.some((word) => owned.groups!.head!.includes(word))) return
  const written = owned.groups!.parties!
  const ownership = ownershipWords.find((word) => written.trimEnd().endsWith(word))
  const parties = organisationsOnly(ownership ? written.trimEnd().slice(0, -ownership.length) : written)
  const at = offset + from + owned.indices!.groups!.parties![0]
  for (const party of parties) {
    // (\`Nova 是 Hyperion 旗下的一个子项目\`: a record of a made kind the text named before holds the thing, no maker of it)
    const holder = state.book.find(party.name)
    if (holder && holder !== record && state.grammar.registry[holder.kind]?.leads === 'developers') continue
    state.apply({type: 'party', record, role: 'leads', party: state.locate(text, at + party.start, party, 'owner')})
  }
}

/**
 * \`甲科技先后推出了云栈链和云梯链\`: two names a verb of launching governs, each a product's (a head products are named
 * with, or words of its own before its kind word), made by the subject of the verb's clause, when it reads as an
 * organisation; the date the clause or the sentence opens with is their start.
 */
function readLaunchedPair(state: Extraction, text: Passage, span: Span) {
  const {grammar} = state
  const sentence = text.text.slice(span.start, span.end)
  const match = grammar.launchedPair.exec(sentence)
  if (!match) return
  const names = (['first', 'second'] as const).map((group) => ({...readName(match.groups![group]!.trim()), at: match.indices!.groups![group]![0]}))
  const kinds = names.map((name) => kindOf(name.name, grammar))
  if (!names.every((name, index) => kinds[index] && grammar.registry[kinds[index]!]?.leads === 'developers' && isSpecificName(name.name) && namesProduct(name.name, grammar))) return
  const clause = foundedBySubject(sentence.slice(0, match.indices!.groups!.first![0]), state.organisationEntry?.name, true, state.yearBefore)
  const makers = clause?.role === 'founders' ? readParties(clause.parties) : []
  if (makers.length === 0) return
  for (const [index, name] of names.entries()) {
    const record = state.book.findAny(name.name, name.aliases) ?? state.apply({type: 'record', kind: kinds[index]!, name: name.name, aliases: name.aliases, offset: text.toSource(span.start + name.at), rule: 'launched-pair', description: sentence})
    if (record.leads.length > 0) continue
    for (const party of makers) state.apply({type: 'party', record, role: 'leads', party: state.locate(text, span.start + clause!.start + party.start, party, 'makers-before')})
    if (clause!.date && record.started === null) state.apply({type: 'start', record, date: clause!.date, offset: text.toSource(span.start + clause!.start), rule: 'launched-pair'})
  }
}

/**
 * \`Keystone 和 Orchid 是两个主流的身份钱包，前者由甲开发，后者由乙于 2018 年推出\`:
 * a definition whose subject is two names, each a Latin name or one with a kind
 * word; a later clause that opens with the word for the first or the second
 * gives that one's makers and start. A name no clause gives makers of is no
 * record here. Returns whether the subject was two names.
 */
function readPair(state: Extraction, text: Passage, span: Span, at: number, match: RegExpExecArray): boolean {
  const {grammar} = state
  const written = match.groups!.name!
  const kind = kindOf(match.groups!.head ?? '', grammar) ?? grammar.setApartKind(match.groups!.head ?? '')
  const items = namesIn(written).map((item) => withoutPossessor(item, kind !== null && grammar.registry[kind]?.leads === 'developers'))
  // (\`甲币和乙坊是市值最大的两条公链\`: a count of two before the head says each is one of its kind, a short name of the script too)
  const counted = pairCounts.some((word) => match[0].slice(match[0].indexOf(written) + written.length).includes(word))
  if (items.length !== 2 || !items.every(({text: item}) => item !== '' && (isLatinName(item) || kindOf(item, grammar) !== null || (counted && ownShortName(state, item))))) return false
  const given = new Set<{text: string; start: number}>()
  // (the clauses of the first and the second are parts of the sentence read alone: the whole sentence is read here)
  const sentence = text.text.slice(span.start, span.start + (sentences(text.text.slice(span.start))[0]?.end ?? span.end - span.start))
  for (const part of clauses(sentence, {start: at + match[0].length, end: sentence.length})) {
    const clause = sentence.slice(part.start, part.end)
    const lead = clause.length - clause.trimStart().length
    const word = [...formerLatter.former, ...formerLatter.latter].find((each) => clause.trimStart().startsWith(each))
    const made = word === undefined ? null : makersIn(clause.slice(lead + word.length))
    if (!word || !made || made.index !== 0 || !kind) continue
    const item = items[(formerLatter.former as readonly string[]).includes(word) ? 0 : 1]!
    const {name, aliases} = item
    if (isTradeWord(name) || !isSpecificName(name)) continue
    given.add(item)
    const record = state.book.findAny(name, aliases) ?? state.apply({type: 'record', kind, name, aliases, offset: text.toSource(span.start + at + item.start), rule: 'copula', description: sentence})
    const madeAt = part.start + lead + word.length
    for (const party of readParties(made.groups!.parties!)) state.apply({type: 'party', record, role: 'leads', party: state.locate(text, span.start + madeAt + made.indices!.groups!.parties![0] + party.start, party, 'former-latter')})
    const date = made.groups!.date === undefined ? undefined : findDates(made.groups!.date)[0]
    if (date) state.apply({type: 'start', record, date: date.date, offset: text.toSource(span.start + madeAt + made.indices!.groups!.date![0]), rule: 'former-latter'})
  }
  for (const item of counted && kind ? items.filter((each) => !given.has(each)) : []) {
    const {name, aliases} = item
    if (isTradeWord(name) || !isSpecificName(name) || state.book.findAny(name, aliases)) continue
    state.apply({type: 'record', kind: kind!, name, aliases, offset: text.toSource(span.start + at + item.start), rule: 'copula', description: sentence})
  }
  for (const item of items) {
    // (\`Vega 的 Nova\`, a record's own part: no maker)
    const record = item.possessor && !state.book.find(item.possessor.name) ? state.book.findAny(item.name, item.aliases) : undefined
    if (record && record.leads.length === 0) state.apply({type: 'party', record, role: 'leads', party: state.locate(text, span.start + at + item.itemStart + item.possessor!.start, item.possessor!, 'possessive')})
  }
  return true
}

/**
 * \`金梧链、银杏链和红枫链都是国内较有代表性的联盟链平台\`, \`甲科技的金梧链和乙银行的银杏链是两个联盟链平台\`: a
 * definition whose subject is a list of names, all of which it says are of a kind (an adverb for all before the
 * copula, or a count after it). Each is a record of that kind when every item reads as a name (a Latin one, or one
 * ending in a kind word); the organisation an item says its name is of made it. A pair a later clause tells apart
 * (\`前者…，后者…\`) is \`readPair\`'s. Returns whether the subject was such a list.
 */
function readListDefinition(state: Extraction, text: Passage, span: Span, at: number): boolean {
  const {grammar} = state
  const sentence = text.text.slice(span.start, span.end)
  const match = listCopula.exec(sentence.slice(at))
  if (!match || (match.groups!.all === undefined && match.groups!.count === undefined)) return false
  const kind = kindOf(match.groups!.head!, grammar)
  const rest = sentence.slice(at + match[0].length)
  if (!kind || [...formerLatter.former, ...formerLatter.latter].some((word) => rest.includes(word))) return false
  const made = grammar.registry[kind]?.leads === 'developers'
  const read = namesIn(match.groups!.names!).map((item) => withoutPossessor(item, made))
  const named = (name: string) => (isLatinName(name) && !isTradeWord(name)) || (kindOf(name, grammar) !== null && isSpecificName(name) && !holdsPredicate(name))
  if (read.length < 2 || !read.every((item) => named(item.name) && item.name.length <= maxListedName)) return false
  for (const item of read) {
    const record = state.book.findAny(item.name, item.aliases) ?? state.apply({type: 'record', kind, name: item.name, aliases: item.aliases, offset: text.toSource(span.start + at + item.start), rule: 'list-definition', description: sentence})
    if (item.possessor) state.apply({type: 'party', record, role: 'leads', party: state.locate(text, span.start + at + item.itemStart + item.possessor.start, item.possessor, 'possessive')})
  }
  return true
}

/** The names a definition's subject lists (\`甲链、乙链和丙链\`), each without the space around it and with where it starts. */
function namesIn(written: string): Array<{text: string; start: number}> {
  const items: Array<{text: string; start: number}> = []
  for (let from = 0; from <= written.length; ) {
    const separator = itemSeparator.exec(written.slice(from))
    const end = separator ? from + separator.index : written.length
    const item = written.slice(from, end)
    items.push({text: item.trim(), start: from + item.length - item.trimStart().length})
    from = separator ? end + separator[0].length : written.length + 1
  }
  return items
}

/** Longest name of the script, in characters, a definition makes a record with no kind word of its own. */
const maxDefinedName = 8

/** Whether words are a short name of the script of their own: no pointer, no relative clause, a part of their own that is no description. */
function ownShortName(state: Extraction, name: string): boolean {
  const length = [...name].length
  return length >= 2 && length <= maxDefinedName && startsInScript.test(name) && !/[A-Za-z0-9\s]/u.test(name) && state.grammar.pointerAt(name) === undefined && !relativeMarkers.some((marker) => name.includes(marker)) && hasOwnPart(name)
}

/** The words of the clause a verb of joining (or of becoming) ends, up to the verb, with where they start; none without one. */
function clauseBeforeVerb(before: string, verbs: RegExp): {text: string; start: number} | undefined {
  const verb = execAtEnd(verbs, before)
  if (!verb) return undefined
  const from = clauseStart(before, verb.index)
  return {text: before.slice(from, verb.index), start: from}
}

/** Whether the clause a verb of joining ends (\`已有超过 50 家企业加入\`) holds a count of those who join. */
function countedBefore(before: string, verbs: RegExp): boolean {
  const clause = clauseBeforeVerb(before, verbs)
  return clause !== undefined && findCounts(clause.text).length > 0
}

/**
 * \`2018 年，东岚银行宣布加入 TELA\`: a record of a kind whose members join it, named without the word for its kind (by a
 * short name), after a verb of joining: the subject of the clause joins it. (Names with their kind word are the mention
 * reader's.)
 */
function readJoinedByName(state: Extraction, text: Passage, span: Span) {
  const {book, grammar} = state
  const sentence = text.text.slice(span.start, span.end)
  for (const verb of sentence.matchAll(joiningVerbsAnywhere)) {
    const end = verb.index + verb[0].length
    const lead = sentence.slice(end).length - sentence.slice(end).trimStart().length
    const known = book.knownAtStart(sentence.slice(end + lead))
    if (!known || grammar.registry[known.record.kind]?.joiners !== 'members') continue
    const written = sentence.slice(end + lead, end + lead + known.length + 8)
    if (grammar.mentionWord.test(written.slice(0, Math.min(written.length, known.length + 4)))) continue
    const joiner = joinerBefore(sentence.slice(0, end + lead), joinedObject)
    if (!joiner) continue
    for (const party of readParties(joiner.text)) state.apply({type: 'party', record: known.record, role: 'joiners', party: state.locate(text, span.start + joiner.start + party.start, party, 'joined')})
  }
}

/**
 * \`联盟与东屿区块链产业联盟签署战略合作协议\`: a body of a kind its members found, named in the script with words of its
 * own, that a clause says the subject signs or works with: a record, named only (rule \`partner\`).
 */
function readPartnerBodies(state: Extraction, text: Passage, span: Span) {
  const {book, grammar} = state
  const sentence = text.text.slice(span.start, span.end)
  if (!partnerFrame.before.some((word) => sentence.includes(word))) return
  for (const match of sentence.matchAll(grammar.partnerBody)) {
    const name = match.groups!.name!
    const kind = kindOf(name, grammar)
    const own = ownPartOfBody(name.slice(0, name.length - match.groups!.head!.length))
    if (!kind || grammar.registry[kind]?.leads !== 'founders' || !isSpecificName(name) || own === undefined || grammar.pointerAt(name) !== undefined || anyVerb.test(name)) continue
    if (book.find(name)) continue
    state.apply({type: 'record', kind, name, aliases: [], offset: text.toSource(span.start + match.indices!.groups!.name![0]), rule: 'partner', description: sentence})
  }
}

/** The words of a body's name before what it works on (\`东屿\` of \`东屿区块链产业\`), when they are its own: two characters or more, no verb, nothing general. */
function ownPartOfBody(words: string): string | undefined {
  let own = words.trim()
  for (let word = bodyWordAtEnd(own); word !== undefined; word = bodyWordAtEnd(own)) own = own.slice(0, own.length - word.length).trim()
  const general = genericModifiers.some((word) => own.startsWith(word)) || vagueItem.test(own)
  return [...own].length >= 2 && !general && !anyVerb.test(own) && isSpecificName(own) ? own : undefined
}

function bodyWordAtEnd(words: string): string | undefined {
  return bodyWords.find((word) => words.endsWith(word) && words.length > word.length)
}

/** What a body works on and the technologies, longest first: the words \`bodyWordAtEnd\` takes off. */
let bodyWords: readonly string[]


/** The organisations that open the clause a verb of joining (or of becoming) ends (\`2019 年，癸银行宣布加入\`): who joins what follows; none without one. */
function joinerBefore(before: string, verbs: RegExp): {text: string; start: number} | undefined {
  const clause = clauseBeforeVerb(before, verbs)
  // (\`甲银行、乙证券等 12 家单位当选为…\`: the words that close a list are none of its subject)
  const subject = clause ? clauseSubject(clause.text.slice(0, listTailAt(clause.text))) : undefined
  return subject ? {text: subject.text, start: clause!.start + subject.start} : undefined
}

/** \`甲科技开发的区块链服务平台\` opening a sentence of an entry's text: who made the entry, and when. */
export function readEntryMakers(state: Extraction, text: Passage, span: Span, entry: RecordDraft) {
  const sentence = text.text.slice(span.start, span.end)
  const at = subjectStart(sentence)
  // the phrase may end in a head only names set apart take (\`…开发的许可链框架\`), of the entry's kind
  const match = madeBy.exec(sentence.slice(at)) ?? state.grammar.madeBySetApart.exec(sentence.slice(at))
  const head = match?.groups!.head ?? ''
  if (match && headKind(head, state.grammar) === entry.kind) readMakers(state, text, match, span.start + at, entry)
  // \`乙：甲公司开发，主要面向…\`: makers and the verb alone, when each reads as an organisation, or the one name the
  // text opens with when a date follows it (\`乙：北岸云于 2016 年推出\`)
  // (\`乙已在多家银行投入使用\`: the entry itself opening the words before the verb is their subject, no maker)
  const aloneMatch = match ? null : madeAlone.exec(sentence.slice(at))
  const alone = aloneMatch && !opensWithName(aloneMatch.groups!.parties!, entry) ? aloneMatch : null
  const dated = alone ? clauseDate.exec(alone.groups!.parties!) : null
  const maker = dated ? alone!.groups!.parties!.slice(0, dated.index).trim() : ''
  const named = maker !== '' && [...maker].length <= maxDatedMaker && isSpecificName(maker) && readParties(maker).length === 1
  if (alone && span.start === 0 && (organisationsOnly(alone.groups!.parties!).length > 0 || named)) readMakers(state, text, alone, span.start + at, entry)
  // (\`乙：甲公司 2018 年发布的企业级服务\`: makers, a verb of launching and the phrase for what the entry is, whatever it is)
  const made = match || alone ? null : madeOfEntry.exec(sentence.slice(at))
  if (made && span.start === 0 && organisationsOnly(made.groups!.parties!).length > 0) readMakers(state, text, made, span.start + at, entry)
  // (\`Cirrus BaaS：由 Cirrus Cloud 提供\`: the agent that provides the service an entry names)
  const provided = match || alone || made ? null : providedBy.exec(sentence.slice(at))
  if (provided && span.start === 0 && agentMarkers.some((marker) => provided.groups!.parties!.trimStart().startsWith(marker))) readMakers(state, text, provided, span.start + at, entry)
}

/** Whether a text opens with a record's name or one of its aliases. */
function opensWithName(text: string, record: RecordDraft): boolean {
  const opening = squeeze(text)
  return [record.name, ...record.aliases].some((name) => squeeze(name) !== '' && opening.startsWith(squeeze(name)))
}

/** Longest name, in characters, an entry's text opens with as its maker when a date follows it. */
const maxDatedMaker = 8

/**
 * \`甲：日本央行与欧洲央行的联合研究项目，…\`: an entry's text that opens by
 * saying whose it is. The owners are its makers when each reads as an
 * organisation (its name ends as organisations' names do, or is Latin), and
 * the phrase is of the entry's kind.
 */
export function readEntryOwners(state: Extraction, text: Passage, span: Span, entry: RecordDraft) {
  if (entry.leads.length > 0) return
  const sentence = text.text.slice(span.start, span.end)
  const match = possessedDefinition.exec(sentence)
  if (!match || kindOf(match.groups!.head!, state.grammar) !== entry.kind) return
  const parties = organisationsOnly(match.groups!.parties!)
  if (parties.length === 0) return
  const at = span.start + match.indices!.groups!.parties![0]
  for (const party of parties) state.apply({type: 'party', record: entry, role: 'leads', party: state.locate(text, at + party.start, party, 'owner')})
}

/** Any quotation mark: a sentence without one quotes no name. */
let quoteMarks: RegExp
/** Words that say what a thing is built on, before it: \`基于\`, \`采用\`. */
let basisWords: readonly string[]
/** The date a sentence opens with, before the clause that starts at \`clause\` and the clauses that only say who led, as a record's start. */
function readOpeningStart(state: Extraction, text: Passage, span: Span, record: RecordDraft, clause: number, rule = 'set-apart') {
  const sentence = text.text.slice(span.start, span.end)
  const date = openingDate(sentence.slice(0, clause), state.yearBefore)
  const written = date === null ? undefined : findDates(sentence.slice(0, clause), state.yearBefore)[0]
  if (date !== null && written) state.apply({type: 'start', record, date, offset: text.toSource(span.start + written.start), rule})
}
/** A verb of launching alone, ending its clause: \`正式启动\`, \`上线运行\`. */
let launchedAlone: RegExp

onLanguage(() => {
  bodyWords = longestFirst([...fieldsOfBodies, ...technologyWords])
  launchedAlone = new RegExp(`^\\s{0,3}(?:${longestFirst(verbAdverbs).join('|')})*\\s{0,3}(?:${longestFirst(launchVerbs).join('|')})(?:${longestFirst(launchedTails).join('|')})?(?:${perfectiveMarkers.join('|')})?\\s{0,3}(?:[${commas}${fullStop}${semicolons}]|$)`, 'u')
  quoteMarks = new RegExp(`[${closingQuotes}"]`, 'u')
  basisWords = [basisOf.before, ...basisUses.verbs]
})

/**
 * Names set apart by quotes: \`推出了“星票”产品\`, \`“Nova”区块链金融平台是…\`
 * (the phrase for its kind after the quotes), by a dash after a head only
 * such names take (\`推出了全球支付解决方案——Nova\`), by their script before
 * such a head or in apposition to an article and the phrase for what they are
 * (\`发布了 Lumen 网络\`, \`推出了 Wattle，一个…联盟链平台\`), or in bold in
 * Markdown, when the sentence says who made it: before the name as for a
 * name in apposition, or after it (\`“Nova”区块链金融平台是由甲和乙共同推出的\`).
 * One that lacks its maker is a candidate.
 */
function readSetApartNames(state: Extraction, text: Passage, span: Span) {
  const {book, grammar, entryNames} = state
  const sentence = text.text.slice(span.start, span.end)
  // (each pattern only where its marks can be: a quote, a dash, a capital letter; most sentences have none)
  const latin = /[A-Z]/u.test(sentence)
  const launching = launchingVerbAnywhere.test(sentence)
  const found = [
    ...(quoteMarks.test(sentence) ? sentence.matchAll(grammar.quotedName) : []),
    ...(/—|--/u.test(sentence) ? sentence.matchAll(grammar.dashedName) : []),
    ...(latin ? sentence.matchAll(grammar.latinHeaded) : []),
    ...(latin && launching ? sentence.matchAll(grammar.latinAfterHead) : []),
    ...(latin && launching ? sentence.matchAll(grammar.latinAfterMaking) : []),
    ...(launching ? sentence.matchAll(grammar.launchedHeaded) : []),
    ...(latin ? sentence.matchAll(grammar.latinAppositive) : []),
    ...boldNames(state, text, span),
    // (last: a name in apposition after it says more, \`开发了 Zenith，这是一种基于 Corvex 的许可链\`)
    ...(latin && launching ? sentence.matchAll(grammar.latinObject) : [])
  ]
  for (const match of found) {
    const made = match.groups!.made
    const name = (match.groups!.quoted ?? match.groups!.dashed ?? match.groups!.latin ?? made ?? match.groups!.han ?? match.groups!.bold!).trim()
    if (match.groups!.han !== undefined && !ownNamed(state, sentence, match, name)) continue
    // the phrase for its kind after the name, or right before it (in apposition: \`推出了存储网络“溪流”\`)
    // or the name's own last words, when they are a kind word (\`推出了“星汇中小企业金融服务平台”\`)
    const quoted = match.groups!.quoted
    // in apposition only when nothing it would modify follows (\`星河联盟“链上金融”计划\` names a plan of the alliance)
    const apposed = quoted !== undefined && match.groups!.head === undefined && grammar.appositionEnd.test(sentence.slice(match.index + match[0].length))
    const head = match.groups!.head ?? (quoted === undefined ? undefined : ((apposed ? grammar.headBefore.exec(sentence.slice(0, match.index))?.groups!.head : undefined) ?? (kindOf(name, grammar) && !inParentheses(sentence, match.index) ? name : undefined)))
    // (a quoted name alone right after a clause of launching, before its predicate, is the thing made: \`由甲公司开发的“Tessera”于…\`)
    const madeQuoted = quoted !== undefined && head === undefined && apposed && madeJustBefore.test(sentence.slice(0, match.index))
    if (head === undefined && match.groups!.bold === undefined && made === undefined && !madeQuoted) continue
    const kind = head === undefined ? (kindOf(name, grammar) ?? grammar.launchedKind) : headKind(head, grammar)
    if (!kind || name.length < 2 || !isSpecificName(name) || entryNames.has(squeeze(name)) || book.findAny(name, [])) continue
    // a Latin name is set apart by its script alone: a word of the trade before the head (\`TCP 协议\`) is none
    const latin = match.groups!.latin !== undefined || made !== undefined
    if (latin && isTradeWord(name)) continue
    // (\`Corvex 区块链联盟\`: a Latin name and a head that a kind's word goes on from are part of a longer name)
    if (match.groups!.latin !== undefined && grammar.kinds.some(([, entry]) => entry.words.heads.some((word) => sentence.startsWith(word, match.index + match[0].length)))) continue
    // (\`北辰链（Beichen Chain）\`: a Latin name opening the parentheses after a name of the script glosses that name)
    if (match.groups!.latin !== undefined && glossesName(sentence, match.index + match[0].indexOf(match.groups!.latin))) continue
    // (\`甲银行基于开源的 Pyxis 框架搭建了乙链\`: what a thing is said to be built on is its base, nothing made here)
    // (\`推出了基于区块链的 JPM Coin\` names the thing built: the base is one a verb of building follows)
    const basisAt = sentence.lastIndexOf(basisOf.before, match.index)
    const builtOnIt = basisAt >= 0 ? basisClause.exec(sentence.slice(basisAt)) : null
    if (builtOnIt && basisAt + builtOnIt.indices!.groups!.base![1] >= match.index && plainBase(builtOnIt.groups!.base!).name.startsWith(name)) continue
    // (\`Nova Chain\`: a Latin name is also found as written with the Latin head after it)
    const headed = latinWithHead(match)
    // (and by the short name its parentheses declare: \`星岚区块链服务（XBS）\`)
    const aliases = [...(headed ? [headed] : []), ...(match.groups!.han !== undefined && match.groups!.parens ? declaredAliases(match.groups!.parens) : [])]
    // precision first: a quoted phrase is a name only when the sentence says who made it, before it or after it
    const record = state.apply({type: 'record', kind, name, aliases, offset: text.toSource(span.start + match.index + match[0].indexOf(name)), rule: 'set-apart', description: sentence})
    readMakersBefore(state, text, span, record, match.index, launchedWellBefore, true)
    const end = match.index + match[0].length
    const after = madeBy.exec(sentence.slice(end))
    if (record.leads.length === 0 && after?.groups!.parties !== undefined) readMakers(state, text, after, span.start + end, record)
    // (\`介绍 Quillon，一种由 Quillon Labs 开发的分布式账本\`: or inside the phrase in apposition, which the match holds)
    const phraseAt = match.groups!.head === undefined || match.groups!.latin === undefined ? -1 : match.index + match[0].lastIndexOf(match.groups!.head)
    const within = phraseAt < 0 || record.leads.length > 0 ? null : (madeBy.exec(sentence.slice(phraseAt, end)) ?? grammar.madeBySetApart.exec(sentence.slice(phraseAt, end)))
    if (within?.groups!.parties !== undefined) readMakers(state, text, within, span.start + phraseAt, record)
    if (record.leads.length === 0 && after === null) readMakersAfter(state, text, span, record, end)
    // (\`推出了 Nova 系统，并于 2021 年 3 月正式上线\`: a start the next clause tells of what the clause before made)
    else if (record.leads.length > 0 && record.started === null) {
      readStartAfter(state, text, span, record, end, 'set-apart')
      // (\`2019 年 11 月，由甲牵头…共同建设的“乙”正式启动\`: a verb of launching alone after the name, the date the sentence opens with)
      if (record.started === null && launchedAlone.test(sentence.slice(end))) readOpeningStart(state, text, span, record, clauseStart(sentence, match.index))
    }
    if (record.leads.length === 0) {
      state.apply({type: 'withdrawn', record})
      // a Latin name before such a head without its makers is too common a sight (\`Nova 系统\`) to be a candidate
      if (!latin) state.apply({type: 'candidate', name, kind, offset: record.offset, why: 'set apart in the text, but no sentence says who made it'})
      continue
    }
    // (\`推出了基于 Larch 的贸易融资网络 Aspen Trade\`: what the phrase before it says it is built on)
    // (\`推出基于 Tessaly 的 Quorra 清算网络\`: or before the Latin name the head follows)
    const based = match.groups!.latin !== undefined ? basisBeforeName.exec(sentence.slice(0, match.groups!.phrase !== undefined ? match.index : match.index + match[0].indexOf(match.groups!.latin))) : null
    if (based && readsAsBase(based.groups!.base!)) state.apply({type: 'base', record, name: based.groups!.base!.trim(), offset: text.toSource(span.start + based.indices!.groups!.base![0]), rule: 'basis'})
    // (\`推出了 Zenith，这是一种基于 Corvex 的许可链\`: or the phrase in apposition after it)
    if (match.groups!.head !== undefined) readPhraseBase(state, text, record, match.groups!.head, span.start + match.index + match[0].lastIndexOf(match.groups!.head))
    // (\`Interledger 协议（ILP）\`: the parentheses right after the head declare its short name)
    const parens = leadingParenthesis(sentence.slice(end))
    for (const alias of declaredAliases(parens)) state.apply({type: 'alias', record, alias, offset: text.toSource(span.start + end + parens.indexOf(alias))})
    // what \`该网络\` points at next
    state.pointAt(record)
    // \`——Nova，该网络使用 Stellar 协议\`: what the rest of the sentence says it runs on
    const used = basisUse.exec(sentence.slice(end))
    if (used && !isTradeWord(used.groups!.base!)) state.apply({type: 'base', record, name: used.groups!.base!, offset: text.toSource(span.start + end + used.indices!.groups!.base![0]), rule: 'basis-use'})
  }
}

/**
 * Whether a name in the script before a head only names set apart take, right
 * after a verb of launching, names one thing (\`打造了星桥清算系统\`): it opens
 * with a part of its own, two characters at least, before the words that say
 * what it does (\`清算\`; \`跨境支付网络\` has none), and the text names it
 * again or the next clause points back at it (\`，该系统…\`).
 */
function ownNamed(state: Extraction, sentence: string, match: RegExpExecArray, name: string): boolean {
  // (a description is none: \`一个基于以太坊的企业级区块链\`)
  if (/^[A-Za-z]/u.test(name) || relativeMarkers.some((marker) => name.includes(marker)) || indefiniteArticles.some((article) => name.startsWith(article))) return false
  if (!hasOwnPart(name.slice(0, name.length - match.groups!.head!.length))) return false
  const rest = sentence.slice(match.index + match[0].length)
  const after = rest.slice(openingComma.exec(rest)?.[0].length ?? 0)
  const pointed = state.grammar.pointerAt(after)
  const text = String(state.file.value)
  // (named again, whole or by its own part: \`比特币网络\`, then \`比特币\`)
  const own = name.slice(0, name.length - match.groups!.head!.length).trim()
  // (or given a short name: \`星岚区块链服务（XBS）\`)
  const declared = match.groups!.parens !== undefined && declaredAliases(match.groups!.parens).length > 0
  return declared || (pointed !== undefined && pointed[0].endsWith(match.groups!.head!)) || text.indexOf(name) !== text.lastIndexOf(name) || text.indexOf(own) !== text.lastIndexOf(own)
}

/** A Latin name as written with the Latin head right after it (\`Nova Chain\`), if it has one. */
function latinWithHead(match: RegExpExecArray): string | undefined {
  const {latin, head} = match.groups!
  if (latin === undefined || head === undefined || !/^[A-Za-z]/u.test(head)) return undefined
  const start = match[0].indexOf(latin)
  const end = match[0].lastIndexOf(head)
  return match[0].slice(start + latin.length, end).trim() === '' ? match[0].slice(start, end + head.length) : undefined
}

/** Whether the text at \`at\` opens parentheses right after a letter of the script (\`北辰链（Beichen Chain）\`): a gloss of the name before. */
function glossesName(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at).trimEnd()
  if (![...openParens].some((mark) => before.endsWith(mark))) return false
  return isIdeograph(lastChar(before.slice(0, -1).trimEnd()))
}

/** Whether a place of a sentence is inside parentheses (a short name declared there: \`（简称“河链”）\`). */
function inParentheses(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at)
  const opened = Math.max(...[...openParens].map((mark) => before.lastIndexOf(mark)))
  return opened >= 0 && ![...closeParens].some((mark) => before.indexOf(mark, opened) >= 0)
}

/** Whether a text opens with a name set apart (quoted, or Latin) that is a record. */
/** Most characters a quoted name and the kind word after it take. */
const maxQuotedNameWindow = 64

function namesSetApartNext(state: Extraction, after: string): boolean {
  // (a quoted name is short: looked for in the first characters only, so that a long text after each name costs no look over it)
  const next = after.trimStart()
  const quoted = next.slice(0, maxQuotedNameWindow).matchAll(state.grammar.quotedName).next().value
  if (quoted?.index === 0) return state.book.findAny(quoted.groups!.quoted!.trim(), []) !== undefined
  // (\`推出了学历认证平台 CertaChain\`: or a Latin name)
  const latin = latinNameStart.exec(next)?.[0]
  return latin !== undefined && state.book.findAny(readName(latin).name, []) !== undefined
}

/** Whether what a verb of launching is followed by in a run of name characters is the name it governs: a Latin name, or a specific name in the script with a head products are named with. */
function governsName(after: string, grammar: Extraction['grammar']): boolean {
  if (latinNameStart.test(after)) return true
  const kind = kindOf(after, grammar)
  return kind !== null && grammar.registry[kind]?.leads === 'developers' && after.length >= 3 && isSpecificName(after) && namesProduct(after, grammar)
}

/**
 * Whether a specific name reads as a product's: Latin, or a head products are named with, or words of its own before
 * its kind word (\`碧水区块链平台\`, \`远山平台\`), not only what the thing does (\`电子证照共享平台\`).
 */
function namesProduct(name: string, grammar: Extraction['grammar']): boolean {
  return readsAsProductName(name) || ownedBeforeKind(name, grammar)
}

/** Longest name, in characters, read from words set in bold. */
const maxBoldName = 30

/**
 * Words a Markdown source sets in bold within a sentence, as matches of a
 * name (group \`bold\`): \`推出了基于区块链的 **Nova Coin**\`. They are read
 * as names set apart, when the sentence says who made them.
 */
function boldNames(state: Extraction, text: Passage, span: Span): RegExpExecArray[] {
  const strong = state.file.data.strong ?? []
  if (strong.length === 0) return []
  const sentence = text.text.slice(span.start, span.end)
  const from = text.toSource(span.start)
  const to = text.toSource(Math.max(span.start, span.end - 1))
  const value = String(state.file.value)
  const found: RegExpExecArray[] = []
  for (const range of strong) {
    if (range.start < from || range.end > to + 1) continue
    const bold = value.slice(range.start, range.end)
    const at = sentence.indexOf(bold)
    if (at < 0 || bold.length > maxBoldName || /[\p{P}]$/u.test(bold.trim())) continue
    const match = Object.assign([bold], {index: at, input: sentence, groups: {bold}}) as unknown as RegExpExecArray
    found.push(match)
  }
  return found
}

/**
 * \`乙公司于 2019 年推出了名为 Nova 的区块链平台\`: a name the text gives
 * (\`名为\`, \`称为\`…) before \`的\` and the phrase for its kind, a record of
 * that kind; who launched it, where the sentence says so before it.
 */
function readNamedAs(state: Extraction, text: Passage, span: Span): Mention[] {
  const {book, grammar, entryNames} = state
  const sentence = text.text.slice(span.start, span.end)
  const found: Mention[] = []
  // (a naming phrase that opens the sentence, after an article, is its subject: \`一个名为 Nova 的平台于…推出\`)
  const opening = subjectStart(sentence)
  const article = indefiniteArticles.find((word) => sentence.startsWith(word, opening))?.length ?? 0
  for (const match of sentence.matchAll(grammar.namedAs)) {
    const kind = kindOf(match.groups!.head!, grammar)
    const {name, aliases} = readName(match.groups!.name!)
    if (!kind || name.length < 2 || name.length > maxListedName || !isSpecificName(name) || entryNames.has(squeeze(name))) continue
    const known = book.findAny(name, aliases)
    const record = known ?? state.apply({type: 'record', kind, name, aliases, offset: text.toSource(span.start + match.indices!.groups!.name![0]), rule: 'named-as', description: sentence})
    if (!known) readMakersBefore(state, text, span, record, match.index)
    state.pointAt(record)
    if (match.index === opening + article) found.push({record, start: match.indices!.groups!.name![0]})
  }
  // \`另一个值得关注的项目是 Corvane\`: a name the phrase for its kind is said to be, the phrase described before it
  for (const match of sentence.matchAll(grammar.namedByCopula)) {
    const head = match.groups!.head!
    const kind = grammar.kinds.find(([, entry]) => entry.words.inProse.includes(head))?.[0] ?? grammar.setApartKind(head)
    const name = (match.groups!.quoted ?? match.groups!.latin!).trim()
    const described = relativeMarkers.some((marker) => match.groups!.before!.trimEnd().endsWith(marker))
    if (!kind || !described || !isSpecificName(name) || isTradeWord(name) || entryNames.has(squeeze(name))) continue
    const group = match.groups!.quoted === undefined ? 'latin' : 'quoted'
    const record = book.findAny(name, []) ?? state.apply({type: 'record', kind, name, aliases: [], offset: text.toSource(span.start + match.indices!.groups![group]![0]), rule: 'named-as', description: sentence})
    state.pointAt(record)
  }
  return found
}

/**
 * \`星河开源项目也发起了 Vega 项目\`: a clause in which a record of a kind
 * starts another. Both are records of the kinds their words give; the one
 * that started the other is its maker.
 */
function readStartedBy(state: Extraction, text: Passage, span: Span) {
  const {grammar} = state
  const sentence = text.text.slice(span.start, span.end)
  for (const clause of clauses(sentence, {start: 0, end: sentence.length})) {
    const match = grammar.startsAnother.exec(sentence.slice(clause.start, clause.end))
    if (!match) continue
    // (\`发布开源平台云梯链\`: the phrase for the made thing's kind before its name is none of it)
    const maker = match.groups!.maker!.slice(lastBoundary(match.groups!.maker!)).trim()
    const made = match.groups!.made!.slice(afterPhrase(match.groups!.made!, lastBoundary(match.groups!.made!))).trim()
    // \`甲银行基于乙链搭建了X\`: a record named after a word of building on it is the base, no maker
    const run = match.groups!.maker!
    if (basisWords.some((word) => run.slice(0, run.lastIndexOf(maker!)).trimEnd().endsWith(word))) continue
    const makerKind = kindOf(maker!, grammar)
    const madeKind = kindOf(made!, grammar)
    if (!makerKind || !madeKind || !isSpecificName(maker!) || !isSpecificName(made!) || squeeze(maker!) === squeeze(made!)) continue
    const at = (group: 'maker' | 'made', written: string) => span.start + clause.start + match.indices!.groups![group]![0] + match.groups![group]!.indexOf(written)
    const {name: makerName, aliases: makerAliases} = readName(maker!)
    const {name: madeName, aliases: madeAliases} = readName(made!)
    state.apply({type: 'record', kind: makerKind, name: makerName, aliases: makerAliases, offset: text.toSource(at('maker', maker!)), rule: 'starts-another'})
    const record = state.apply({type: 'record', kind: madeKind, name: madeName, aliases: madeAliases, offset: text.toSource(at('made', made!)), rule: 'starts-another'})
    state.apply({type: 'description', record, text: sentence, how: 'unless-described'})
    // (\`2017 年 7 月，甲联盟发布开源平台乙链\`: the date the sentence opens with, before the clause, is when it started)
    readOpeningStart(state, text, span, record, clause.start + match.index, 'starts-another')
    if (record.leads.some((party) => squeeze(party.name) === squeeze(makerName))) continue
    const [party] = readParties(makerName)
    if (party) state.apply({type: 'party', record, role: 'leads', party: state.locate(text, at('maker', maker!), {...party, start: 0}, 'starts-another')})
  }
}


/** A name without the phrase for a sort of organisation before its Latin part: \`国际区块链组织 Hexa 联盟\` is \`Hexa 联盟\`. */
/** A name without the phrase for a sort before it (\`withoutSortBefore\`), unless a Latin expansion of it has a word before the Latin name it holds, the sort's. */
function sortInExpansion(name: string, parens: string): string {
  const bare = withoutSortBefore(name)
  const own = /[A-Za-z][A-Za-z0-9]*/u.exec(bare)?.[0]
  const expansion: string[] = parens.match(/[A-Za-z][A-Za-z0-9]*/gu) ?? []
  return bare !== name && own !== undefined && expansion.indexOf(own) > 0 ? name : bare
}

function withoutSortBefore(name: string): string {
  const match = /^(\S+)\s+(?=[A-Z])/u.exec(name)
  const sort = match?.[1]
  const head = sort === undefined || /[A-Za-z0-9]/u.test(sort) ? undefined : categoryHeads.find((word) => sort.endsWith(word))
  // (only a sort in general: \`甲银行 Acme 联盟\` may name the bank)
  return head === undefined || hasOwnPart(sort!.slice(0, sort!.length - head.length)) ? name : name.slice(match![0].length)
}

