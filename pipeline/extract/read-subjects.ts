/**
 * Read subjects: a name a sentence opens with, made a record by what the
 * sentence goes on to say of it: its makers right after it (\`X由甲开发\`) or
 * in a later clause (\`X 运行在 Y 上，由甲开发\`), what it is built on
 * (\`X基于Y构建\`), the phrase that says what it is before it
 * (\`作为…平台，X…\`), or those who hand it to a host (\`甲将 X 提交到…\`).
 * The mention reader (\`find-mentions.ts\`) asks for one of these first.
 */
import type {KindGrammar} from '../lexicon/zh/grammar.ts'
import {agentMarkers, forkedFrom, representativeOpening, scriptCharacters, codeWords, proposingVerbs, appositionOpening, closingQuotes, timeAdverbs, commas, datePrepositions, dateSource, fullStop, semicolons, startsInScript, setApartKindWords, startedOn, bareSubjectMade, bareCopula, copula, fieldWords, founding, functionWords, genericModifiers, handedOver, keptBy, latinNameStart, relativeMarkers, latinSubjectMade, launchVerb, longestFirst, onLanguage, predicate, techniqueModifiers, technicalTerms, technologyWords} from '../lexicon/language.ts'
import {clauses, type Passage, type Span} from '../clean/passages.ts'
import {findDates, isAsOf} from './read-dates.ts'
import {readName} from './read-names.ts'
import {organisationsOnly, readParties} from './read-parties.ts'
import {headKind, isSpecificName, isTradeWord, kindOf} from './decide-kind.ts'
import {afterLastRelative, declaredAliases, makersIn, possessorOf, plainBase, maxListedName, subjectStart} from './read-clauses.ts'
import {type Extraction, type RecordDraft, squeeze} from './record-book.ts'

/** A record a sentence names, and where in the sentence. */
export interface Mention {
  record: RecordDraft
  start: number
}

/** The record a sentence opens with, by the first of the subject readers that reads one. */
export function readOpeningSubject(state: Extraction, text: Passage, span: Span): Mention | undefined {
  return readSubjectMade(state, text, span) ?? readSubjectBasis(state, text, span) ?? readForkedFrom(state, text, span) ?? readApposition(state, text, span) ?? readSubjectMadeLater(state, text, span) ?? readHandedOver(state, text, span)
}

/**
 * \`Quoll 由 Bilby 分叉而来，于 2017 年 8 月上线\`: a name opening its sentence that came of a fork of another chain: a
 * record (a Latin name, or one with a kind word), based on the chain it came of.
 */
function readForkedFrom(state: Extraction, text: Passage, span: Span): Mention | undefined {
  const opening = openingMatch(text, span, forkedFrom)
  if (!opening) return undefined
  const {at, match} = opening
  const {name, aliases} = readName(match.groups!.name!.trim())
  const latin = latinNameStart.test(name) && !isTradeWord(name)
  const kind = kindOf(name, state.grammar) ?? (latin ? state.grammar.launchedKind : null)
  const base = plainBase(match.groups!.base!)
  if (!kind || !isSpecificName(name) || name.length < 2 || !isSpecificName(base.name)) return undefined
  const mention = subjectRecord(state, text, span, {kind, name, aliases, at, rule: 'forked-from'})
  state.apply({type: 'base', record: mention.record, name: base.name, offset: text.toSource(span.start + at + match.indices!.groups!.base![0] + base.start), rule: 'fork'})
  return mention
}

/**
 * \`北斗账本由乙公司牵头研发，于 2018 年发布\`: a name that opens its sentence
 * and is followed at once by its makers (\`由…\` and a verb of founding or
 * making). Not inside the entry of a name it starts with: \`甲：甲商业级区块链平台由乙推出\`
 * speaks of the entry.
 */
export function madeAfter(state: Extraction, sentence: string, start: number, end: number, written: string): boolean {
  if (start !== subjectStart(sentence)) return false
  if (state.scope.some((record) => record.entry && squeeze(written).startsWith(squeeze(record.name)))) return false
  const made = founding.exec(sentence)
  return made !== null && sentence.slice(end, made.index).trim() === ''
}

/**
 * \`曙光链由甲大学区块链实验室研发，2021 年上线\`: a name ending in a kind
 * word that opens its sentence, its agent and a verb of founding or making
 * right after it, where the run of name characters goes on into the agent's
 * name (which ends in a kind word of its own). The sentence's facts are read
 * for it as for any subject.
 */
function readSubjectMade(state: Extraction, text: Passage, span: Span): Mention | undefined {
  const {grammar} = state
  const sentence = text.text.slice(span.start, span.end)
  let at = subjectStart(sentence)
  const bare = bareSubjectMade.exec(sentence.slice(at))
  // (a head alone, \`## 客户端\`, names none)
  const headed = bare !== null && state.isHeading(bare.groups!.name!) && grammar.setApartKind(bare.groups!.name!) === null
  // (or a quoted name, set apart by its quotes: \`“票易通”由青松集团于 2020 年推出\`)
  const quotedMatch = quotedSubject.exec(sentence.slice(at))
  // (\`跨链协议 Bridgeon 由…推出\`: the phrase for its sort before a Latin name is none of it)
  const sort = sortBeforeLatin.exec(sentence.slice(at))?.[0].length ?? 0
  const sorted = sort > 0 ? latinSubjectMade.exec(sentence.slice(at + sort)) : null
  if (sorted) at += sort
  const match = sorted ?? grammar.subjectMade.exec(sentence.slice(at)) ?? latinSubjectMade.exec(sentence.slice(at)) ?? (headed ? bare : null) ?? quotedMatch
  if (!match) return readSortedPointedStart(state, text, span, at, sort) ?? readSubjectMadeSetApart(state, text, span)
  const written = match.groups!.name!.trim()
  // (a phrase with a relative clause describes what it names: \`一个名为 Nova 的平台\`)
  if (relativeMarkers.some((marker) => written.includes(marker))) return undefined
  // a Latin name without a kind word: of the launched kind when the verb launches (\`Zephyr 由甲公司开发\`), of none when it founds
  const made = makersIn(sentence.slice(at + match[0].length))
  // (or a name in the script a heading of the document gives alone: \`## 以太坊\` over \`以太坊由甲团队开发\`)
  const launches = made?.index === 0 && launchVerb.test(made.groups!.verb!)
  // (a quoted name only when it is launched, not put forward: \`“链上金融”由甲提出\` may name an idea)
  const quotedLaunched = match === quotedMatch && launches && !proposingVerbs.includes(made!.groups!.verb!)
  // (or one kept running by someone, its keeper no maker, when the sentence goes on to its start: \`Sovrin 网络由乙基金会运营，
  // 2017 年上线\`, a Latin name by the head only names set apart take; its keeper alone says too little, \`由乙负责维护\`)
  const keeper = made?.index === 0 ? null : keptBy.exec(sentence.slice(at + match[0].length))
  const kept = keeper !== null && startedOn.test(sentence.slice(at + match[0].length + keeper[0].length))
  const read = readName(written)
  // (a phrase of what it is before a Latin name in parentheses, \`区块链服务网络（BSX）\`: the Latin name is the name)
  const latin = isSpecificName(read.name) ? undefined : read.aliases.find((alias) => latinNameStart.test(alias))
  const {name, aliases} = latin ? {name: latin, aliases: [read.name, ...read.aliases.filter((alias) => alias !== latin)]} : read
  // (\`BSX（区块链服务网络）由…发起\`: or the kind word of the name in the script its parenthesis gives)
  // (\`星联网（StarNet）由…发布\`: a name in the script its Latin name glosses is a name as a Latin one is)
  const glossed = match !== quotedMatch && startsInScript.test(written) && aliases.some((alias) => latinNameStart.test(alias))
  const kind = kindOf(written, grammar) ?? aliases.map((alias) => kindOf(alias, grammar)).find(Boolean) ?? (launches && (latinNameStart.test(written) || state.isHeading(written) || quotedLaunched || glossed) ? grammar.launchedKind : null) ?? (kept && latinNameStart.test(written) ? grammar.setApartKind(written) : null)
  // (two characters when its makers follow: \`寅链由卯大学研发\`, a name and its one-character kind word)
  if (!kind || !isSpecificName(name) || [...written].length < (made?.index === 0 ? 2 : 3)) return undefined
  // a word of the trade or a tool made by someone (\`Raft 由…提出\`, \`Docker 由…开源\`) is no platform
  if (isTradeWord(written)) return undefined
  if (!kept && !madeAfter(state, sentence, sorted ? at - sort : at, at + match[0].length, written)) return undefined
  return subjectRecord(state, text, span, {kind, name, aliases, at, rule: 'subject-made'})
}

/**
 * \`预言机网络 Oraclis 为…提供…，该网络于 2020 年主网上线\`: a Latin name after the phrase for its sort that opens the
 * sentence, a later clause pointing back at it by the head of that phrase and telling its start: a record of the kind the
 * head is a word of, the subject of the sentence (who made it unsaid).
 */
function readSortedPointedStart(state: Extraction, text: Passage, span: Span, at: number, sort: number): Mention | undefined {
  if (sort === 0) return undefined
  const sentence = text.text.slice(span.start, span.end)
  const head = setApartHeads.find((word) => sentence.slice(at, at + sort).trimEnd().endsWith(word))
  const kind = head === undefined ? null : state.grammar.setApartKind(head)
  const name = latinNameStart.exec(sentence.slice(at + sort))?.[0].trim()
  if (!head || !kind || !name || !isSpecificName(name) || isTradeWord(name) || state.book.findAny(name, [])) return undefined
  const pointedStart = clauses(sentence, {start: at + sort + name.length, end: sentence.length}).slice(1).some((part) => {
    const clause = sentence.slice(part.start, part.end).trimStart()
    const pointer = state.grammar.pointerAt(clause)
    return pointer !== undefined && pointer[0].endsWith(head) && startedOn.test(clause.slice(pointer[0].length))
  })
  return pointedStart ? subjectRecord(state, text, span, {kind, name, aliases: [], at: at + sort, rule: 'subject-made'}) : undefined
}

/**
 * \`2016 年 12 月，辛公司将 Kowari 项目提交到 Hyperion 社区\`: organisations
 * that give a project to a body that hosts it made the project; it is the
 * subject of the sentence (the date its start), the host a record of its own.
 */
function readHandedOver(state: Extraction, text: Passage, span: Span): Mention | undefined {
  const {grammar} = state
  const opening = openingMatch(text, span, handedOver)
  if (!opening) return undefined
  const {sentence, at, match} = opening
  // the giver of a moved object is an agent, with an organisation's ending or not (\`泊舟物流将…\`); a clause is none
  const makers = readParties(match.groups!.makers!).filter((party) => !holdsPredicate(party.name) && party.name.length <= maxListedName)
  const read = readName(match.groups!.project!)
  // (\`将 Wren 代码贡献给…\`: the code given is the project, named without the word for code)
  const code = codeWords.find((word) => read.name.endsWith(word) && read.name.length > word.length)
  const {name, aliases} = code ? {name: read.name.slice(0, -code.length).trim(), aliases: read.aliases} : read
  const kind = kindOf(name, grammar) ?? (latinNameStart.test(name) && !isTradeWord(name) ? grammar.launchedKind : null)
  if (makers.length === 0 || !kind || !isSpecificName(name) || name.length < 3) return undefined
  const mention = subjectRecord(state, text, span, {kind, name, aliases, at: at + match.indices!.groups!.project![0], rule: 'handed-over'})
  const [makersAt] = match.indices!.groups!.makers!
  for (const party of makers) state.apply({type: 'party', record: mention.record, role: 'leads', party: state.locate(text, span.start + at + makersAt + party.start, party, 'handed-over')})
  // the date it was given, in the sentence's opening or the givers' clause, is its start
  const [date] = findDates(sentence.slice(0, at + match[0].length)).filter((each) => !isAsOf(sentence, each.start))
  if (date) state.apply({type: 'start', record: mention.record, date: date.date, offset: text.toSource(span.start + date.start), rule: 'handed-over'})
  return {record: mention.record, start: at}
}

/** Longest word for what a thing is, in characters, looked for right after a Latin name. */
const maxHead = 4

/** A date that opens a clause, with its preposition: \`于 2019 年\` of \`于 2019 年由甲发起\`. */
let leadingDate: RegExp
/** A name in quotes, alone: \`“湖票通”\`. */
let quotedAlone: RegExp
/** A name in quotes opening a sentence, its agent right after: \`“票易通”由…\`. */
let quotedSubject: RegExp
onLanguage(() => {
  leadingDate = new RegExp(`^(?:${datePrepositions.join('|')})\\s{0,3}${dateSource}\\s{0,3}`, 'u')
  quotedAlone = new RegExp(`^[${closingQuotes}](?<quoted>[^${closingQuotes}${commas}${fullStop}${semicolons}]{2,30})[${closingQuotes}]$`, 'u')
  quotedSubject = new RegExp(`^[${closingQuotes}](?<name>[^${closingQuotes}${commas}${fullStop}${semicolons}]{2,30})[${closingQuotes}]\\s{0,3}(?:(?:${timeAdverbs.join('|')})\\s{0,3})?(?=${agentMarkers.join('|')})`, 'u')
})

/**
 * \`Lumen 钱包运行在 Quasar 网络上，由戊公司开发\`: a Latin name that opens
 * its sentence, with the word for what it is or none, whose first clause is
 * no copula and a later clause opens with its makers and a verb of launching.
 * A record of the kind the word says (the launched kind without one); the
 * sentence's readers then read its makers, date and base.
 */
function readSubjectMadeLater(state: Extraction, text: Passage, span: Span): Mention | undefined {
  const {grammar} = state
  const sentence = text.text.slice(span.start, span.end)
  const at = subjectStart(sentence)
  const rest = sentence.slice(at)
  const latin = latinNameStart.exec(rest)
  const parts = clauses(rest, {start: 0, end: rest.length})
  const first = rest.slice(0, parts[0]?.end ?? rest.length)
  if (parts.length < 2 || copula.test(first) || bareCopula.test(first)) return undefined
  // (\`，它由戊公司开发\`: after a word that points back at the subject)
  // (\`，它于 2019 年由甲发起\`: and a date before the agent)
  const later = (verbs: (verb: string) => boolean) => parts.slice(1).some((part) => {
    const clause = rest.slice(part.start, part.end).trimStart()
    const after = clause.slice(grammar.pointerAt(clause)?.[0].length ?? 0).trimStart()
    const made = founding.exec(after.slice(leadingDate.exec(after)?.[0].length ?? 0))
    return made?.index === 0 && verbs(made.groups!.verb!)
  })
  // \`比较有代表性的是星河链，由甲公司于 2019 年推出\`: a first clause that is a name of the script with its kind word, alone
  // (or a quoted name, of the launched kind when a later clause launches it: \`代表性的产品是“湖票通”，…它由甲建设\`)
  if (!latin) {
    const quoted = quotedAlone.exec(first.trim())?.groups!.quoted
    const name = quoted ?? first.trim()
    const kind = kindOf(name, grammar) ?? (quoted !== undefined && later((verb) => launchVerb.test(verb)) ? grammar.launchedKind : null)
    if (!kind || !nameAlone(name) || holdsPredicate(name) || predicate.test(name)) return undefined
    if (!later(() => true)) return undefined
    return subjectRecord(state, text, span, {kind, name, aliases: [], at, rule: 'subject-made'})
  }
  // (a Latin name of a kind founders found, founded in a later clause: \`例如 Open Ledger Consortium，它于 2019 年由甲发起\`)
  const founded = kindOf(latin[0], grammar)
  if (founded && grammar.registry[founded]?.leads === 'founders' && first.trim() === latin[0].trim() && later(() => true)) {
    const {name, aliases} = readName(latin[0])
    return subjectRecord(state, text, span, {kind: founded, name, aliases, at, rule: 'subject-made'})
  }
  if (!later((verb) => launchVerb.test(verb))) return undefined
  const after = first.slice(latin[0].length).trimStart()
  // the word for what it is, as a name's last word (\`Helios 项目\`) or alone (\`钱包\`)
  const headed = (words: string) => kindOf(`${latin[0]} ${words}`, grammar) ?? headKind(words, grammar)
  const head = Array.from({length: maxHead}, (_, index) => after.slice(0, maxHead - index)).find((words) => !/[A-Za-z\s]/u.test(words) && headed(words) !== null)
  const kind = head ? headed(head) : grammar.launchedKind
  // \`Chain开放标准，由…开发\`: a first clause that is all name, Latin and words of the script
  const whole = !head && after !== '' && [...after].length <= maxHead * 2 && !holdsPredicate(after) && !predicate.test(after)
  const {name, aliases} = readName(whole ? first.trim() : latin[0])
  if (!kind || isTradeWord(name) || !isSpecificName(name) || name.length < 3) return undefined
  // named with its kind word as mentions are (\`Helios 项目\`), without a head only names set apart take (\`Lumen\` of \`Lumen 钱包\`)
  const withHead = `${name} ${head ?? ''}`.trim()
  const kindWord = head !== undefined && kindOf(withHead, grammar) !== null
  return subjectRecord(state, text, span, {kind, name: kindWord ? withHead : name, aliases: kindWord ? [...aliases, name] : head ? [...aliases, withHead] : aliases, at, rule: 'subject-made'})
}

/**
 * Whether words alone may be a name: no longer than a listed name, specific,
 * and no phrase with a relative clause, which describes (\`面向物联网场景的轻量级账本，由…发起\`
 * is what an entry's name is).
 */
export function nameAlone(name: string): boolean {
  return isSpecificName(name) && [...name].length <= maxListedName && !relativeMarkers.some((marker) => name.includes(marker))
}

/**
 * \`新星服务基础设施（NBSI，Nova Service Infrastructure）由庚研究院牵头建设\`:
 * a name in the script ending in a head only names set apart take, with a
 * part of its own, opening its sentence and followed by its makers and a verb
 * of launching: a record of the kind the head says, its parentheses its aliases.
 */
function readSubjectMadeSetApart(state: Extraction, text: Passage, span: Span): Mention | undefined {
  const {grammar} = state
  const opening = openingMatch(text, span, grammar.subjectMadeSetApart)
  if (!opening) return undefined
  const {sentence, at, match} = opening
  const name = match.groups!.name!.trim()
  const kind = grammar.setApartKind(match.groups!.head!)
  const made = founding.exec(sentence.slice(at + match[0].length))
  if (!kind || made?.index !== 0 || !launchVerb.test(made.groups!.verb!)) return undefined
  const aliases = match.groups!.parens ? declaredAliases(match.groups!.parens) : []
  // \`Iris 支付网络由虹膜科技推出\`: a Latin name and the words for what it is, the record the Latin name's (as when its makers come later)
  const latin = latinNameStart.exec(name)
  if (latin) {
    const words = name.slice(latin[0].length).trim()
    const own = latin[0].trim()
    // precision first: its makers named as organisations (\`由某机构提出\` names none)
    // (nor a technique: \`Helix 共识协议\`)
    if ([...words].length > maxHead || /[A-Za-z]/u.test(words) || techniqueModifiers.some((word) => words.startsWith(word)) || isTradeWord(own) || !isSpecificName(own) || own.length < 3 || organisationsOnly(made.groups!.parties ?? '').length === 0) return undefined
    return subjectRecord(state, text, span, {kind, name: own, aliases: [...aliases, name], at, rule: 'subject-made'})
  }
  if (!hasOwnPart(name.slice(0, name.length - match.groups!.head!.length))) return undefined
  return subjectRecord(state, text, span, {kind, name, aliases, at, rule: 'subject-made'})
}

/** A sentence whose subject, where it starts, a pattern matches: the sentence, that place, and the match. */
function openingMatch(text: Passage, span: Span, pattern: RegExp): {sentence: string; at: number; match: RegExpExecArray} | undefined {
  const sentence = text.text.slice(span.start, span.end)
  const at = subjectStart(sentence)
  const match = pattern.exec(sentence.slice(at))
  return match ? {sentence, at, match} : undefined
}

/** The record a sentence's subject names, at \`at\`: the one known by one of its names, else a new one found by \`rule\`; the record of its kind that the next sentences point back at. */
function subjectRecord(state: Extraction, text: Passage, span: Span, subject: {kind: string; name: string; aliases: string[]; at: number; rule: string}): Mention {
  const {kind, name, aliases, at, rule} = subject
  const record = state.apply({type: 'record', kind, name, aliases, offset: text.toSource(span.start + at), rule})
  state.apply({type: 'description', record, text: text.text.slice(span.start, span.end), how: 'unless-described'})
  state.pointAt(record)
  return {record, start: at}
}

/**
 * \`远山链基于启明链构建\`: a name ending in a kind word that opens its
 * sentence, then what it is built on and a verb of making: a record of the
 * kind, based on the other (whose own kind is not said here).
 */
function readSubjectBasis(state: Extraction, text: Passage, span: Span): Mention | undefined {
  const {grammar} = state
  const opening = openingMatch(text, span, grammar.subjectBasis)
  if (!opening || (opening.match.groups!.use !== undefined && opening.match.groups!.role === undefined)) return undefined
  const {at, match} = opening
  const run = match.groups!.name!.trim()
  const plain = plainBase(match.groups!.base!)
  // (a base described by a clause of its own, \`基于开源的 Hyperlane 框架\`, only before a verb of making: \`基于启明链的经验，\` names none)
  if (plain.start > 0 && match[0].slice(match.indices!.groups!.base![1]).trim() === '') return undefined
  const base = plain.name
  const baseAt = text.toSource(span.start + at + match.indices!.groups!.base![0] + plain.start)
  // \`Lumen 网络基于 Larch 构建\`: a Latin name before a head only names set apart take, the record the Latin name's
  const latin = match.groups!.latin
  if (latin !== undefined) {
    const kind = grammar.setApartKind(match.groups!.head!)
    // (precision first: what it is built on is a name too, \`基于状态机复制构建\` names a technique)
    const named = latinNameStart.test(base) || kindOf(base, grammar) !== null || grammar.setApartKind(base) !== null || state.book.find(base) !== undefined
    if (!kind || !named || isTradeWord(latin) || !isSpecificName(latin) || latin.length < 3 || technicalTerms.includes(latin) || !isSpecificName(base) || base.length < 2) return undefined
    const mention = subjectRecord(state, text, span, {kind, name: latin, aliases: [run], at, rule: 'subject-basis'})
    state.apply({type: 'base', record: mention.record, name: base, offset: baseAt, rule: 'subject-basis'})
    return mention
  }
  // \`Tessera 的核心链基于 Wombat 构建\`: a part of a record the text has named is built on the base, and the part is no record;
  // \`由甲公司开发的星河链基于…\`: else the clause before the name is none of it
  const written = afterLastRelative(run)
  const whole = written === run ? undefined : state.book.find(run.slice(0, run.length - written.length).replace(trailingRelative, '').trim())
  if (whole) {
    if (isSpecificName(base)) state.apply({type: 'base', record: whole, name: base, offset: baseAt, rule: 'subject-basis'})
    return {record: whole, start: at}
  }
  const kind = kindOf(written, grammar)
  if (!kind || !isSpecificName(written) || written.length < 3 || !isSpecificName(base) || base.length < 2) return undefined
  const {name, aliases} = readName(written)
  const mention = subjectRecord(state, text, span, {kind, name, aliases, at: at + match.groups!.name!.lastIndexOf(written), rule: 'subject-basis'})
  state.apply({type: 'base', record: mention.record, name: base, offset: baseAt, rule: 'subject-basis'})
  // (\`甲公司的星河链基于…\`: an organisation the name is said to be of made it)
  const owner = possessorOf(run)
  if (owner) state.apply({type: 'party', record: mention.record, role: 'leads', party: state.locate(text, span.start + at + owner.start, owner, 'owner')})
  return mention
}

/**
 * \`作为国内首个开源的许可链平台，启明链已吸引超过 200 家企业参与\`: a sentence
 * that opens by saying what its subject is (the phrase ends in a kind word),
 * then names the subject after the comma, up to its predicate. The subject
 * must read as a name (not a pointer back, not a generic phrase).
 */
function readApposition(state: Extraction, text: Passage, span: Span): Mention | undefined {
  const {grammar} = state
  const sentence = text.text.slice(span.start, span.end)
  const match = appositionOpening.exec(sentence)
  if (!match) return undefined
  // (or a head only names set apart take: \`作为甲公司的核心产品，\`; one of many so, \`作为首批区块链服务网络之一，\`)
  const opening = match.groups!.phrase!.trim()
  const partitive = representativeOpening.partitives.find((word) => opening.endsWith(word) && opening.length > word.length)
  const phrase = partitive === undefined ? opening : opening.slice(0, opening.length - partitive.length).trim()
  const kind = kindOf(phrase, grammar) ?? grammar.setApartKind(phrase)
  if (!kind) return undefined
  const rest = match.groups!.rest!
  // the subject: a name ending in a kind word (\`启明链\`), or a Latin name (\`Nova\`), with its parentheses
  // the pattern is global (the mention reader runs it over whole sentences): its place is set back after this one use,
  // or every \`matchAll\` after it, in this document and the next, would start where it stopped
  grammar.mention.lastIndex = 0
  const named = grammar.mention.exec(rest)
  grammar.mention.lastIndex = 0
  const latin = latinNameStart.exec(rest)
  const written = (named?.index === 0 ? named[0] : latin?.[0])?.trim()
  if (!written || predicate.test(written)) return undefined
  const {name, aliases} = readName(written)
  if (name.length < 2 || name.length > maxListedName || !isSpecificName(name)) return undefined
  if (grammar.pointerAt(name)) return undefined
  const at = match.indices!.groups!.rest![0] + rest.indexOf(written)
  return subjectRecord(state, text, span, {kind, name, aliases, at, rule: 'apposition'})
}

/** Whether a subject's words in the script hold a predicate (\`甲银行基于 Nova 构建了乙\`): a clause, not a name; a Latin name's digits are no date. */
export function holdsPredicate(name: string): boolean {
  return name.replace(/[A-Za-z0-9][A-Za-z0-9 .-]*/gu, ' ').search(predicate) >= 0
}

/** Words that only say what a thing is like or does, the longest first. */
let descriptors: readonly string[]
/** A relative marker ending a text: \`Tessera 的\`. */
let trailingRelative: RegExp
/** The heads only names set apart take, of every kind, the longest first. */
let setApartHeads: readonly string[]
/** The phrase for a sort of thing, ending in such a head, right before a Latin name: \`跨链协议 \` of \`跨链协议 Bridgeon\`. */
let sortBeforeLatin: RegExp

// compiled from the language pack in use, and again whenever another comes into use
onLanguage(() => {
  descriptors = longestFirst([...functionWords, ...genericModifiers, ...technologyWords, ...fieldWords])
  trailingRelative = new RegExp(`(?:${relativeMarkers.join('|')})\\s*$`, 'u')
  setApartHeads = longestFirst(Object.values(setApartKindWords).flat())
  const scriptHeads = setApartHeads.filter((word) => startsInScript.test(word))
  sortBeforeLatin = scriptHeads.length === 0 ? /(?!)/u : new RegExp(`^${scriptCharacters}{0,8}?(?:${scriptHeads.join('|')})\\s{0,2}(?=[A-Z])`, 'u')
})

/** The words a name has before the longest of \`heads\` (longest first) it ends with, none when it ends with none or is only the head. */
export function wordsBeforeHead(name: string, heads: readonly string[]): string | undefined {
  const head = heads.find((word) => name.endsWith(word) && name.length > word.length)
  return head === undefined ? undefined : name.slice(0, name.length - head.length)
}

/** Whether a name ending in a head only names set apart take has words of its own before it (\`闪电网络\`, not \`点对点网络\`); any other name has. */
export function ownedBeforeHead(name: string): boolean {
  const words = wordsBeforeHead(name, setApartHeads)
  return words === undefined || hasOwnPart(words)
}

/**
 * Whether the words before a head only names set apart take open with a part
 * of their own, two characters at least, before the words that only say what
 * the thing does (\`星桥清算\`: \`星桥\`; \`跨境支付\` has none).
 */
export function hasOwnPart(words: string): boolean {
  let own = words.trim()
  for (let changed = true; changed; ) {
    changed = false
    const word = descriptors.find((each) => own.endsWith(each) && own.length > each.length)
    if (word) {
      own = own.slice(0, own.length - word.length)
      changed = true
    }
  }
  return [...own].length >= 2 && !descriptors.some((word) => own.includes(word)) && isSpecificName(own)
}

/** Whether a name in the script is its kind word after words that only say what the thing does (\`电子证照共享平台\`): a description, no name. */
export function describesOnly(name: string, grammar: KindGrammar): boolean {
  const words = scriptWordsBeforeKind(name, grammar) ?? ''
  return [...words].length >= 2 && !hasOwnPart(words)
}

/** The words a name wholly in the script (no Latin letter, no digit) has before its kind word in prose; none for any other name. */
function scriptWordsBeforeKind(name: string, grammar: KindGrammar): string | undefined {
  return startsInScript.test(name) && !/[A-Za-z0-9]/u.test(name) ? wordsBeforeHead(name, proseWordsOf(grammar)) : undefined
}

/**
 * Whether a name in the script has words of its own, then words of what the thing does, before its kind word
 * (\`碧水区块链平台\`): two words of the script alone before a kind word cannot be told from a sort of thing
 * (\`众筹平台\`, \`中心平台\`).
 */
export function ownedBeforeKind(name: string, grammar: KindGrammar): boolean {
  const words = scriptWordsBeforeKind(name, grammar)?.trim()
  return words !== undefined && descriptors.some((word) => words.endsWith(word) && words.length > word.length) && hasOwnPart(words)
}

/** Each grammar's kind words in prose, the longest first (gathered once: asked for every mention). */
const proseWords = new WeakMap<KindGrammar, readonly string[]>()
function proseWordsOf(grammar: KindGrammar): readonly string[] {
  const known = proseWords.get(grammar)
  if (known) return known
  const words = longestFirst(grammar.kinds.flatMap(([, entry]) => entry.words.inProse))
  proseWords.set(grammar, words)
  return words
}
