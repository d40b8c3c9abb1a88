/**
 * Find mentions: the records a sentence names, where the text says who they
 * are: a short name it declares, a relative clause that gives their parties,
 * a copula that says what its subject is, a list of a kind, a dash apposition.
 * A mention alone makes no record.
 */
import {
  agentMarkers,
  aliasIntroductions,
  aliasWrapping,
  asOfWords,
  datePrepositions,
  genericNames,
  indefiniteArticles,
  itemSeparators,
  joiningWords as joiningWordList,
  listEndings,
  listIntroductions,
  notOfKind,
  notSubjects,
  organisationEndings,
  relativeMarkers,
  representativeFrame,
  sentenceOpeners,
  technologyWords
} from '../lexicon/zh/index.ts'
import {clauses, type Passage, sentences, type Span} from '../passages.ts'
import {findDates} from '../read-dates.ts'
import {readName} from '../read-names.ts'
import {readParties} from '../read-parties.ts'
import {endsWithKind, isSpecificName, kindOf, kindWordCount, readsAsName} from './decide-kind.ts'
import {
  apposition,
  bareCopula,
  boundaries,
  clauseDate,
  clauseDateAnywhere,
  clauseEnds,
  clausePlace,
  copula,
  founding,
  foundingClause,
  joinedBy,
  joiningClause,
  kindHeadAtEnd,
  kindList,
  kindListAfter,
  kindListEnd,
  launchedBefore,
  launchingClause,
  leadingClause,
  longestFirst,
  madeBy,
  possessedBefore,
  predicate,
  subjectFounding,
  subjectLaunching,
  trailingAdverbs,
  trailingPredicate
} from './grammar.ts'
import {type Extraction, type RecordDraft, squeeze} from './record-book.ts'

/** A record a sentence names, and where in the sentence. */
export interface Mention {
  record: RecordDraft
  start: number
}

/** Longest name, in characters, an item of a list in running text may have. */
const maxListedName = 30
/** A list with more items than this is no list of names. */
const maxListItems = 1000
const introductions = longestFirst(listIntroductions)
const endings = longestFirst(listEndings)
const openers = longestFirst(sentenceOpeners)
const asOfMarkers = longestFirst(asOfWords)
/** What is left of a clause that only holds a date: \`在\`, \`于\`. */
const onlyPrepositions = new RegExp(`^(?:\\s|${datePrepositions.join('|')})*$`, 'u')
const separators = new RegExp(longestFirst(itemSeparators.filter((word) => !/^[，,]/u.test(word))).join('|'), 'gu')

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
  if (!grammar.mentionWord.test(sentence)) return found
  readKindList(state, text, span)
  for (const match of sentence.matchAll(grammar.mention)) {
    const run = match.groups!.run!
    const boundary = lastBoundary(run)
    const cut = afterPhrase(run, boundary)
    const written = run.slice(cut).trim()
    const kind = kindOf(written, grammar)
    if (!kind || !isSpecificName(written) || written.length < 3) continue
    const aliases = declaredAliases(match.groups!.parens ?? '')
    // the clause that gives the parties ends before the phrase for the kind, if the name follows one
    const before = sentence.slice(0, match.index + boundary)
    const launched = grammar.registry[kind]?.leads === 'developers'
    const clause = relativeClause(before) ?? foundedBySubject(before, state.organisationEntry?.name, launched)
    const existing = book.findAny(written, aliases)
    const at = span.start + match.index + cut + (run.slice(cut).length - run.slice(cut).trimStart().length)
    if (!existing && aliases.length === 0 && !clause && !madeAfter(state, sentence, at - span.start, match.index + match[0].length, written)) continue
    const record = existing ?? book.create(kind, written, aliases, text.toSource(at), false)
    found.push({record, start: at - span.start})
    if (!existing) record.description = sentence
    for (const alias of aliases) book.addAlias(record, alias, text.toSource(at))
    if (clause) {
      if (clause.date && clause.role === 'founders' && record.started === null) {
        record.started = clause.date
        record.placed.started = text.toSource(span.start + clause.start)
      }
      const into = clause.role === 'founders' ? record.leads : record.joiners
      if (clause.parties === '' && state.organisationEntry) {
        into.push({name: state.organisationEntry.name, aliases: [], country: null, kind: null, start: 0, suspicious: false, offset: state.organisationEntry.offset})
      }
      for (const party of readParties(clause.parties)) into.push(state.locate(text, span.start + clause.start + party.start, party))
    }
    state.lastMentioned[kind] = record
  }
  return found
}

/**
 * \`北斗账本由乙公司牵头研发，于 2018 年发布\`: a name that opens its sentence
 * and is followed at once by its makers (\`由…\` and a verb of founding or
 * making). Not inside the entry of a name it starts with: \`甲：甲商业级区块链平台由乙推出\`
 * speaks of the entry.
 */
function madeAfter(state: Extraction, sentence: string, start: number, end: number, written: string): boolean {
  if (start !== subjectStart(sentence)) return false
  if (state.scope.some((record) => record.entry && squeeze(written).startsWith(squeeze(record.name)))) return false
  const made = founding.exec(sentence)
  return made !== null && sentence.slice(end, made.index).trim() === ''
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
  const match = copula.exec(sentence.slice(at)) ?? bareCopula.exec(sentence.slice(at))
  if (!match) return undefined
  const kind = kindOf(match.groups!.head!, grammar)
  const {name, aliases} = readName(match.groups!.name!)
  const known = book.findAny(name, aliases)
  if (!kind || !(known || readsAsName(name, aliases, grammar)) || !isSpecificName(name) || name.length > maxListedName) return undefined
  const record = known ?? book.create(kind, name, aliases, text.toSource(span.start + at), false)
  if (!record.description) record.description = sentence
  // \`是由甲在乙基础上研发的\`: an agent's sentence, which the founding pattern reads with its basis;
  // \`星海（Xinghai）是一个面向全球的公有区块链平台\`: no maker at all
  if (match.groups!.parties !== undefined && !founding.test(sentence)) readMakers(state, text, match, span.start + at, record)
  return {record, start: at}
}

/** \`甲科技开发的区块链服务平台\` opening a sentence of an entry's text: who made the entry, and when. */
export function readEntryMakers(state: Extraction, text: Passage, span: Span, entry: RecordDraft) {
  const sentence = text.text.slice(span.start, span.end)
  const at = subjectStart(sentence)
  const match = madeBy.exec(sentence.slice(at))
  if (match && kindOf(match.groups!.head!, state.grammar) === entry.kind) readMakers(state, text, match, span.start + at, entry)
}

/** The parties and date of a phrase of makers (\`由甲于 2018 年推出的\`), matched at \`offset\`, for its record. */
function readMakers(state: Extraction, text: Passage, match: RegExpExecArray, offset: number, record: RecordDraft) {
  const agent = longestFirst(agentMarkers).find((word) => match.groups!.parties!.trimStart().startsWith(word))
  const skip = agent ? match.groups!.parties!.indexOf(agent) + agent.length : 0
  let parties = match.groups!.parties!.slice(skip)
  const partiesStart = offset + match.indices!.groups!.parties![0] + skip
  const dated = clauseDate.exec(parties)
  if (dated) {
    const date = findDates(dated[0])[0]
    if (date && record.started === null) {
      record.started = date.date
      record.placed.started = text.toSource(partiesStart + dated.index)
    }
    parties = parties.slice(0, dated.index)
  }
  for (const party of readParties(parties.replace(trailingPredicate, ''))) record.leads.push(state.locate(text, partiesStart + party.start, party))
}

/**
 * \`主流的区块链平台主要有A(Alpha)、B、C等\`: a phrase that names a kind in
 * general, then a list of its members. Each item that reads as a name (a
 * Latin name, a declared Latin alias, or a kind word at its end) is a
 * record of that kind.
 */
function readKindList(state: Extraction, text: Passage, span: Span) {
  const {book, grammar, entryNames} = state
  const sentence = text.text.slice(span.start, span.end)
  for (const match of sentence.matchAll(apposition)) {
    const kind = kindOf(match.groups!.head!, grammar)
    // a quoted name is the name as written (\`“甲云 BaaS”\`), with what its parentheses add
    const {quoted, latin} = match.groups!
    const {name, aliases} = latin !== undefined ? {name: latin, aliases: []} : quoted === undefined ? readName(match.groups!.dashed!) : {name: quoted.trim(), aliases: declaredAliases(match.groups!.parens ?? '')}
    if (!kind || !isSpecificName(name) || entryNames.has(squeeze(name)) || book.findAny(name, aliases)) continue
    // \`交易平台——一个去中心化的交易平台\`: a description after the dash, no name
    if (relativeMarkers.some((marker) => name.includes(marker)) || indefiniteArticles.some((article) => name.startsWith(article))) continue
    const nameAt = span.start + match.index + match[0].indexOf(match.groups!.dashed ?? match.groups!.quoted ?? latin!)
    const record = book.create(kind, name, aliases, text.toSource(nameAt), false)
    record.description = sentence
    const before = sentence.slice(0, match.index)
    // \`甲科技发布的区块链平台“乙链”\`: the relative clause before the phrase gives its makers
    const clause = relativeClause(before, true)
    if (clause?.role === 'founders') {
      for (const party of readParties(clause.parties)) record.leads.push(state.locate(text, span.start + clause.start + party.start, party))
    } else if (launchedBefore.test(before)) {
      // \`甲公司于 2017 年…，并推出了首个区块链服务平台——乙链\`: what the sentence's subject launched is its
      const subject = sentenceSubject(sentence)
      for (const party of subject ? readParties(subject.text) : []) record.leads.push(state.locate(text, span.start + subject!.start + party.start, party))
      // and a date in the verb's clause (\`甲于 2017 年推出了\`), or the sentence's opening one, is its launch
      const verbAt = launchedBefore.exec(before)!.index
      const from = clauseStart(before, verbAt)
      const dated = findDates(before.slice(from, verbAt)).filter((date) => !isAsOf(before, from + date.start)).pop()
      const opening = dated ? undefined : findDates(sentence.slice(0, subjectStart(sentence)))[0]
      const date = dated ? {date: dated.date, at: from + dated.start} : opening ? {date: opening.date, at: opening.start} : null
      if (date && record.started === null) {
        record.started = date.date
        record.placed.started = text.toSource(span.start + date.at)
      }
    } else if (possessedBefore.test(before)) {
      // \`甲宣布通过其基于区块链的交易平台乙完成了交易\`: the phrase is the subject's, whatever its name ends with
      const subject = sentenceSubject(sentence, true)
      for (const party of subject ? readParties(subject.text) : []) record.leads.push(state.locate(text, span.start + subject!.start + party.start, party))
    }
  }
  readRepresentatives(state, text, span)
  // the list-after pattern is slow to fail: look for its end first
  const lists = [...sentence.matchAll(kindList), ...(kindListEnd.test(sentence) ? sentence.matchAll(kindListAfter) : [])]
  for (const match of lists) {
    const kind = kindOf(match.groups!.head!, grammar)
    if (!kind) continue
    const listStart = match.index + match[0].indexOf(match.groups!.list!)
    for (const listed of listItems(sentence, {start: listStart, end: listStart + match.groups!.list!.length})) {
      // the words before the first item are no part of it: \`支持基于甲、乙等开源平台\`
      const cut = lastBoundary(listed.text)
      const item = {text: listed.text.slice(cut), start: listed.start + cut}
      const {name, aliases} = readName(item.text)
      if (!readsAsName(name, aliases, grammar) || name.length > maxListedName || !isSpecificName(name) || entryNames.has(squeeze(name))) continue
      const known = book.findAny(name, aliases)
      // a name met before: what this mention adds is its aliases (\`星币(Xingbi)\`)
      if (known) {
        for (const alias of aliases) book.addAlias(known, alias, text.toSource(span.start + item.start))
        continue
      }
      const record = book.create(kind, name, aliases, text.toSource(span.start + item.start), false)
      record.description = sentence
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
      const phrase = sentence.slice(end + after.length, clause.end < 0 ? undefined : end + clause.end)
      const kind = kindOf(phrase, grammar)
      if (!kind || !kindHeadAtEnd.test(phrase)) continue
      const opening = frameStart(sentence.slice(clause.start, end))
      if (opening < 0) continue
      for (const item of listItems(sentence, {start: clause.start + opening, end})) {
        const read = readName(item.text)
        const {name} = read
        // \`辰坊（以下简称 Chenfang）\`: what the parentheses declare
        const aliases = read.aliases.flatMap((alias) => declaredAliases(`（${alias}）`))
        if (name.length > maxListedName || !isSpecificName(name) || technologyWords.includes(name) || entryNames.has(squeeze(name)) || book.findAny(name, aliases)) continue
        const record = book.create(kind, name, aliases, text.toSource(span.start + item.start), false)
        record.description = sentence
      }
    }
  }
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
        const record = book.create(kind, name, aliases, text.toSource(item.start), false)
        record.description = text.text.slice(sentence.start, sentence.end)
        created.push(record)
      }
    }
  }
  return created
}

/** Generic phrases for a kind that end in its head word (\`区块链平台\`, \`联盟\`), the longest first: a name may follow one. */
const kindPhrases = longestFirst(genericNames.filter((phrase) => !notOfKind.includes(phrase)))

/** Words between parties that join them: a boundary of a name, not of a list of parties. */
const joiningWords = new Set(joiningWordList)

/** Where a name starts in a run of name characters: after the last word that no name goes on past (but those `except`). */
function lastBoundary(run: string, except: ReadonlySet<string> = new Set()): number {
  let cut = 0
  for (const word of boundaries) {
    if (except.has(word)) continue
    const at = run.lastIndexOf(word)
    // a one-character word second in the run is part of a two-character name: 为 in \`丰为联合…\`
    if (at === 1 && word.length === 1 && /^\p{Script=Han}/u.test(run)) continue
    if (at >= 0 && at + word.length > cut && at + word.length < run.length) cut = at + word.length
  }
  return cut
}

/**
 * \`金融级区块链平台甲链\`: a name right after the phrase for its kind starts
 * after the phrase, when what follows it reads as a name of its own. Returns
 * where the name starts in the run, from \`cut\` on.
 */
function afterPhrase(run: string, cut: number): number {
  const text = run.slice(cut)
  for (const phrase of kindPhrases) {
    const at = text.lastIndexOf(phrase)
    // \`联盟\` in \`联盟链平台\` is the start of a longer word, no phrase of its own
    if (at < 0 || genericNames.some((word) => word.length > phrase.length && word.startsWith(phrase) && text.startsWith(word, at))) continue
    const rest = text.slice(at + phrase.length).trim()
    if ([...rest].length >= 2 && isSpecificName(rest) && !genericNames.some((word) => rest === word)) return cut + at + phrase.length + (text.slice(at + phrase.length).length - text.slice(at + phrase.length).trimStart().length)
  }
  return cut
}

/** The short names a name's parentheses declare: introduced as such (\`简称：X\`), or a Latin name (\`XYZ\`). */
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

interface Clause {
  role: 'founders' | 'members'
  parties: string
  start: number
  date: string | null
}

/**
 * \`2016 年，甲银行牵头成立“乙联盟”\`: the clause's subject founds the name
 * that follows its verb. The subject is what the clause holds before the
 * verb, its date and adverbs taken off.
 */
function foundedBySubject(before: string, entry?: string, launched = false): Clause | undefined {
  const verb = (launched ? subjectLaunching : subjectFounding).exec(before)
  if (!verb) return undefined
  const start = clauseStart(before, verb.index)
  let parties = before.slice(start, verb.index)
  const dated = clauseDateAnywhere.exec(parties)
  let date = dated ? (findDates(dated[0])[0]?.date ?? null) : null
  if (dated) parties = parties.slice(0, dated.index) + parties.slice(dated.index + dated[0].length)
  // \`甲、乙在上海共同发起成立了\`: the place is no party
  parties = parties.replace(trailingAdverbs, '').replace(clausePlace, '')
  // the subject starts after the last word no name goes on past, before its first item
  // (\`甲银行、乙证券等 12 家机构\` is a list; \`丁集团联合戊大学\`: a joining word is no boundary)
  const firstItem = parties.search(separators)
  const cut = firstItem > 0 ? lastBoundary(parties.slice(0, firstItem), joiningWords) : lastBoundary(parties, joiningWords)
  const party = parties.slice(cut).trim()
  // \`2018 年 6 月，丁集团…成立了X\`: a date the sentence opens with is the founding's
  date ??= openingDate(before.slice(0, start))
  // no subject written: the company whose entry this is (\`丙科技：2016 年牵头成立“星河盟”\`)
  if (party === '' && entry) return {role: 'founders', parties: '', start, date}
  // the subject must read as an organisation: \`推动成立\` has a verb where it would stand
  const first = readParties(party)[0]
  if (!first || !readsAsSubject(first.name)) return undefined
  return {role: 'founders', parties: party, start: start + cut + (parties.slice(cut).length - parties.slice(cut).trimStart().length), date}
}

/**
 * The organisation a sentence opens with, as the subject of its clauses: what
 * its first clause holds before a date, a preposition or a verb, when that
 * reads as an organisation (\`例如，甲控股于 2015 年成立了…\` gives \`甲控股\`),
 * or as a short name when it is the \`owner\` a possessive points back at.
 */
function sentenceSubject(sentence: string, owner = false): {text: string; start: number} | undefined {
  let at = subjectStart(sentence)
  const introduction = introductions.find((word) => sentence.startsWith(word, at))
  if (introduction) at += introduction.length + (/^\s*[，,]?\s*/u.exec(sentence.slice(at + introduction.length))?.[0].length ?? 0)
  const stop = sentence.slice(at).search(clauseEnds)
  const clause = sentence.slice(at, stop < 0 ? undefined : at + stop)
  const end = clause.search(predicate)
  const party = (end < 0 ? clause : clause.slice(0, end)).trim()
  // the owner a possessive points back at needs no organisation's ending: a short name with no word that ends one
  const named = owner && /^[\p{Script=Han}A-Za-z0-9·&.\- ]{2,12}$/u.test(party) && lastBoundary(party) === 0 && isSpecificName(party)
  if (!named && !readsAsSubject(party)) return undefined
  return {text: party, start: at}
}

/**
 * Whether the subject of a clause reads as an organisation: as a name with an organisation's ending, or
 * as a short name (\`腾星\`, \`丰为\`) with none of the words of a pronoun, a crowd or a predicate.
 */
function readsAsSubject(party: string): boolean {
  if (notSubjects.includes(party) || !isSpecificName(party)) return false
  if (readsAsOrganisation(party)) return true
  return /^\p{Script=Han}{2,4}$/u.test(party) && !notSubjects.some((word) => party.includes(word)) && lastBoundary(party) === 0 && readParties(party).length === 1
}

/** Whether words read as an organisation's name: a Latin name, or a word organisations' names end with. */
function readsAsOrganisation(party: string): boolean {
  return party.length <= 30 && (/^[A-Za-z]/u.test(party) || organisationEndings.some((word) => party.endsWith(word) && party.length > word.length))
}

/** The date of a sentence's opening clause when it holds nothing but the date: \`2018 年 6 月，\`. */
function openingDate(opening: string): string | null {
  if (opening.trim() === '' || subjectStart(opening) < opening.length) return null
  return findDates(opening)[0]?.date ?? null
}

/** Where the clause that ends at \`end\` starts: after the last comma, colon or sentence end before it. */
function clauseStart(text: string, end: number): number {
  let at = end - 1
  while (at >= 0 && !clauseEnds.test(text[at]!)) at--
  return at + 1
}

/**
 * The parties of a relative clause that ends where a name starts: \`A、B等
 * 共同发起成立的\` (founders, or developers when \`launched\`: \`甲发布的\`) or
 * \`A、B等参加的\` (members), from the clause's start (after the last comma) to the verb.
 */
function relativeClause(before: string, launched = false): Clause | undefined {
  const founded = foundingClause.exec(before) ?? (launched ? launchingClause.exec(before) : null)
  const joined = founded ? null : joiningClause.exec(before)
  const verb = founded ?? joined
  if (!verb) return undefined
  const start = clauseStart(before, before.length)
  let parties = before.slice(start, verb.index)
  // \`由甲牵头，联合乙、丙等组建的X\`: the clause before, led by an agent, names a party too
  const previousStart = clauseStart(before, start - 1)
  const leading = start > 0 ? leadingClause.exec(before.slice(previousStart, start - 1)) : null
  if (leading) {
    parties = `${leading.groups!.party!}、${parties.replace(joinedBy, '')}`
  }
  // \`甲基金会于2015年发起的\`: the date is the record's, not part of a party
  const dated = clauseDate.exec(parties)
  const date = dated ? (findDates(dated[0])[0]?.date ?? null) : null
  if (dated) parties = parties.slice(0, dated.index)
  // a list's introduction is no party: \`例如，\` has gone with the comma, \`例如\` before the first item has not;
  // nor is the agent's marker (\`由甲、乙等共同发起的\`) nor the adverbs before the verb
  const introduction = [...introductions, ...agentMarkers].find((word) => parties.startsWith(word))
  let skip = introduction?.length ?? 0
  parties = parties.slice(skip).replace(trailingAdverbs, '')
  if (![...itemSeparators, ...listEndings].some((word) => parties.includes(word))) {
    // one party alone, after the words that lead to it (\`最具代表性的便是甲基金会\`), when it reads as an organisation
    const cut = lastBoundary(parties)
    const alone = parties.slice(cut).trim()
    if (!organisationEndings.some((word) => alone.endsWith(word) && alone.length > word.length)) return undefined
    skip += parties.length - parties.slice(cut).trimStart().length
    parties = alone
  }
  return {role: founded ? 'founders' : 'members', parties, start: start + skip, date}
}

/** The items of a list in a clause, introduction and \`等\` taken off. */
export function listItems(text: string, clause: Span): Array<{text: string; start: number}> {
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
  separators.lastIndex = 0
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
export function subjectStart(sentence: string): number {
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
      if (findDates(clause).length > 0 && onlyPrepositions.test(rest)) {
        at += clauseEnd + 1
        continue
      }
    }
    break
  }
  return at + (sentence.slice(at).length - sentence.slice(at).trimStart().length)
}

/** Whether the date at \`index\` is the date a count or state is given as of (\`截至 2019 年\`), not that of an event. */
export function isAsOf(sentence: string, index: number): boolean {
  const before = sentence.slice(Math.max(0, index - 4), index).trim()
  return asOfWords.some((word) => before.endsWith(word))
}
