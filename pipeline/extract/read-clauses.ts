/**
 * Read clauses: where a sentence's subject starts, what a clause before a
 * name says of it (its founders by a relative clause, its subject, a date),
 * where a name starts in a run of name characters, the short names its
 * parentheses declare, the items of a list. Pure readers over a sentence's
 * text, which the mention and list stages share.
 */
import {agentMarkers, anyVerb, sameSubjectLinks, closeParens, founding, keptBy, openParens, basisOpening, categoryHeads, kindWords, basisFrame, basisOf, basisUses, colons, commas, fullStop, memberBodyEndings, publicBodyEndings, semicolons, launchVerbs, ownershipWords, groupEndings, listMarkerLength, representativeOpening, aliasIntroductions, aliasWrapping, asOfWords, boundaries, clauseDate, clauseDateAnywhere, clauseEnds, clausePlace, comma, datePrepositions, declarationSeparators, enumerationComma, foundingClause, genericNames, givenTo, itemSeparators, joinedBy, joiningClause, joiningWords as joiningWordList, launchingClause, leadingClause, listEndings, listIntroductions, longestFirst, notOfKind, notSubjects, openingComma, organisationEndings, parentheses, peopleOf, predicate, relativeMarkers, scriptCharacters, selfOrganisations, sentenceOpeners, startsInScript, subjectFounding, subjectLaunching, topicClause, trailingAdverbs, vagueItem, verbNouns, onLanguage, closingQuotes, basisTails, technologyWords} from '../lexicon/language.ts'
import type {Span} from '../clean/passages.ts'
import {dateSpans, findDates, withoutDateSpans} from './read-dates.ts'
import {eachAnOrganisation, includedParties, listTailAt, organisationsOnly, type PartyMatch, readParties} from './read-parties.ts'
import {isSpecificName} from './decide-kind.ts'
import {isLatinName, readName} from './read-names.ts'

/** Longest name, in characters, an item of a list in running text may have. */
export const maxListedName = 30
/** A list with more items than this is no list of names. */
const maxListItems = 1000
let introductions: string[]

let endings: string[]

let openers: string[]

let asOfMarkers: string[]

/** What is left of a clause that only holds a date: \`在\`, \`于\`. */
let colon: RegExp
let representative: RegExp
let onlyPrepositions: RegExp

/** A short name that may be a subject: a few characters of names. */
let shortName: RegExp
/** Longest short name of an organisation, in characters, that may be a technology's or a kind's phrase without saying so. */
const maxShortName = 4
/** A word of two to six characters of the script names are written in: a short name of an organisation. */
let shortScriptWord: RegExp
let unitName: RegExp

let separators: RegExp

/** Generic phrases for a kind that end in its head word (\`区块链平台\`, \`联盟\`), the longest first: a name may follow one. */
let kindPhrases: string[]

/** Words between parties that join them: a boundary of a name, not of a list of parties. */
let joiningWords: Set<string>
/** What a clause's subject built something on, closing the words before the verb: \`基于乙链\` in \`甲银行基于乙链\`. */
let basisInParties: RegExp
/** Quotes around a name: none of it. */
let quotesAround: RegExp
/** A word after a base that says it is a technology (\`区块链技术\`), at the end of the words named as one. */
let basisTailAtEnd: RegExp
/** A parenthesis right where a text starts: \`（ILP）\` after a name. */
let leadingParentheses: RegExp

/** The last sentence asked about, for the pack it was read with, and where its subject starts. */
let lastSubject: {sentence: string; pack: number; at: number} = {sentence: '', pack: -1, at: 0}
/** Which pack is in use: counted up whenever another comes into use, so no answer outlives its pack. */
let packInUse = 0

// compiled from the language pack in use, and again whenever another comes into use
onLanguage(() => {
  packInUse++
  introductions = longestFirst(listIntroductions)
  endings = longestFirst(listEndings)
  openers = longestFirst(sentenceOpeners)
  asOfMarkers = longestFirst(asOfWords)
  onlyPrepositions = new RegExp(`^(?:\\s|${datePrepositions.join('|')})*$`, 'u')
  colon = new RegExp(`[${colons}]`, 'u')
  const {before, modifiers, nouns, partitives, copulas} = representativeOpening
  // (\`另一个例子是\`: a noun after the article alone says it too)
  const [articles, modifier, noun] = [before, modifiers, nouns].map((words) => longestFirst(words).join('|'))
  representative = new RegExp(`^(?:(?:${articles})?(?:${modifier})(?:${noun})?|(?:${articles})(?:${noun}))(?:${longestFirst(partitives).join('|')})?(?:${longestFirst(copulas).join('|')})`, 'u')
  shortName = new RegExp(`^[${scriptCharacters}A-Za-z0-9·&.\\- ]{2,12}$`, 'u')
  // (\`东岭电子口岸推出了…\`: six letters at most, a name with no organisation's ending the words of none of a crowd or a verb)
  shortScriptWord = new RegExp(`^${scriptCharacters}{2,6}$`, 'u')
  unitName = new RegExp(`^${scriptCharacters}{2,6}$`, 'u')
  separators = new RegExp(longestFirst(itemSeparators.filter((word) => !comma.test(word[0] ?? ''))).join('|'), 'gu')
  kindPhrases = longestFirst(genericNames.filter((phrase) => !notOfKind.includes(phrase)))
  joiningWords = new Set(joiningWordList)
  leadingParentheses = new RegExp(`^\\s{0,2}[${openParens}][^${openParens}${closeParens}]{1,80}[${closeParens}]`, 'u')
  // (the base within its clause: \`基于分布式账本同几家城商行合作，一起\` says no base before the verb)
  const stops = `${enumerationComma}${commas}${semicolons}${colons}${fullStop}`
  // (or the frame around it: \`在乙链的基础上\`)
  quotesAround = new RegExp(`^[${closingQuotes}]+|[${closingQuotes}]+$`, 'gu')
  basisTailAtEnd = new RegExp(`(?:${longestFirst(basisTails).join('|')})$`, 'u')
  basisInParties = new RegExp(`(?:(?:${longestFirst([basisOf.before, ...basisUses.verbs]).join('|')})\\s{0,3}(?<base>[^\\s${stops}][^${stops}]{0,30}?)|(?:${longestFirst(basisFrame.before).join('|')})\\s{0,3}(?<framed>[^\\s${stops}][^${stops}]{0,30}?)\\s{0,3}(?:${relativeMarkers.join('|')})?(?:${longestFirst(basisFrame.after).join('|')}))\\s*$`, 'du')
})

/**
 * What the words before a verb of making say it was built on, at their end
 * (\`甲银行基于乙链\` gives \`乙链\`): the base, where it starts, and where
 * the words that say so start (\`at\`).
 */
export function builtOn(words: string): {name: string; start: number; at: number} | undefined {
  const basis = basisInParties.exec(words)
  const group = basis?.groups!.base === undefined ? 'framed' : 'base'
  if (!basis) return undefined
  // (\`基于开源的 Pyxis 框架搭建了\`: the base's own name)
  const {name, start} = plainBase(basis.groups![group]!)
  return name === '' ? undefined : {name, start: basis.indices!.groups![group]![0] + start, at: basis.index}
}

/**
 * A base's own name in the words that name it, and where it starts in them: without the words that describe it before
 * \`的\` (\`自研的星桥链\`, \`开源的 Pyxis 框架\`), those that say it is a technology (\`区块链技术\`, \`框架\`) and the quotes
 * that set it apart (\`“云栈链”\`).
 */
export function plainBase(written: string): {name: string; start: number} {
  const name = afterLastRelative(written).replace(basisTailAtEnd, '').trim().replace(quotesAround, '')
  return {name, start: Math.max(0, written.lastIndexOf(name))}
}

/** Where a name starts in a run of name characters: after the last word that no name goes on past (but those `except`). */
export function lastBoundary(run: string, except: ReadonlySet<string> = new Set()): number {
  let cut = 0
  for (const word of boundaries) {
    if (except.has(word)) continue
    const at = run.lastIndexOf(word)
    // a one-character word second in the run is part of a two-character name: 为 in \`丰为联合…\`
    if (at === 1 && word.length === 1 && startsInScript.test(run)) continue
    // a verb a noun's ending follows is part of that noun, no boundary: \`发起人\`, \`开发者\`
    if (at >= 0 && verbNouns.some((noun) => noun.length === 1 && run.startsWith(noun, at + word.length))) continue
    if (at >= 0 && at + word.length > cut && at + word.length < run.length) cut = at + word.length
  }
  return cut
}

/**
 * \`金融级区块链平台甲链\`: a name right after the phrase for its kind starts
 * after the phrase, when what follows it reads as a name of its own. Returns
 * where the name starts in the run, from \`cut\` on.
 */
export function afterPhrase(run: string, cut: number): number {
  const text = run.slice(cut)
  for (const phrase of kindPhrases) {
    const at = text.lastIndexOf(phrase)
    // \`联盟\` in \`联盟链平台\` is the start of a longer word, no phrase of its own
    if (at < 0 || genericNames.some((word) => word.length > phrase.length && word.startsWith(phrase) && text.startsWith(word, at))) continue
    const rest = text.slice(at + phrase.length).trim()
    // (a phrase of another kind than the name's modifies it: \`区块链服务网络发展联盟\` is one name)
    if ([...rest].length >= 2 && isSpecificName(rest) && !genericNames.some((word) => rest === word) && headOf(rest) === headOf(phrase)) return cut + at + phrase.length + (text.slice(at + phrase.length).length - text.slice(at + phrase.length).trimStart().length)
  }
  return cut
}

/** The kind a phrase's last kind word gives, by the pack's kind words (undefined with none). */
function headOf(phrase: string): string | undefined {
  return Object.entries(kindWords).find(([, words]) => (words as readonly string[]).some((word) => phrase.endsWith(word)))?.[0]
}

/**
 * The first clause of makers in a text (\`由甲开发\`), unless its verb is in the
 * phrase of one who keeps the thing running and founds that one
 * (\`由甲与乙合资成立的丙负责运营\`: 丙 keeps it; no one here made it).
 */
export function makersIn(text: string): RegExpExecArray | null {
  const made = founding.exec(text)
  if (!made) return null
  const after = text.slice(made.index + made[0].length).trimStart()
  if (!relativeMarkers.some((marker) => after.startsWith(marker))) return made
  const kept = keptBy.exec(text.slice(made.index))
  return kept && kept[0].length > made[0].length ? null : made
}

/** The parenthesis a text opens with (\`（Open Bill Alliance，OBA）…\` after a name), spaces before it included: '' when it opens with none. */
export function leadingParenthesis(text: string): string {
  return leadingParentheses.exec(text)?.[0] ?? ''
}

/** The short names a name's parentheses declare: introduced as such (\`简称：X\`), or a Latin name (\`XYZ\`). */
export function declaredAliases(parens: string): string[] {
  // a generic word declared as a short name (\`以下简称“联盟”\`) names nothing
  return declaredParts(parens).filter(({word, introduced}) => word && (introduced || /^[A-Za-z][A-Za-z0-9 .&-]{0,60}$/u.test(word)) && isSpecificName(word)).map(({word}) => word)
}

/**
 * The parts of a name's parentheses, each the words it declares without the words that introduce them (\`以下简称\`) and
 * the quotes around them, and whether such words did: \`（East Sea Alliance，以下简称“东海盟”）\` declares two.
 */
function declaredParts(parens: string): Array<{word: string; introduced: boolean}> {
  return [...parens.matchAll(parentheses)].flatMap((group) => group[1]!.split(declarationSeparators)).map((part) => {
    const inner = part.trim()
    const introduced = longestFirst(aliasIntroductions).find((word) => inner.startsWith(word))
    return {word: (introduced ? inner.slice(introduced.length) : inner).replace(aliasWrapping, ''), introduced: introduced !== undefined}
  })
}

/**
 * Whether a name's parenthesis declares a kind's bare word its short name (\`（以下简称“联盟”）\`): the text means that
 * record wherever it says the word, in any section after.
 */
export function declaresPointer(parens: string): boolean {
  return declaredParts(parens).some(({word, introduced}) => introduced && word !== '' && !isSpecificName(word) && Object.values(kindWords).some((words) => (words as readonly string[]).includes(word)))
}

interface Clause {
  role: 'founders' | 'members'
  parties: string
  start: number
  date: string | null
  /** The subject is a crowd (\`30 家企业联合成立了X\`): the clause tells the founding, not who founded. */
  crowd?: boolean
  /** What the subject built it on, between the subject and the verb (\`甲银行基于乙链搭建了X\`): its base, and where. */
  base?: {name: string; start: number}
}

/**
 * \`2016 年，甲银行牵头成立“乙联盟”\`: the clause's subject founds the name
 * that follows its verb. The subject is what the clause holds before the
 * verb, its date and adverbs taken off.
 */
/** Parties without a crowd they joined with (\`由甲联合十二家单位\`, \`甲联合多家机构\`): such a crowd names no one more. */
function withoutJoinedCrowd(parties: string): string {
  let kept = parties
  for (const word of joiningWords) {
    const at = kept.lastIndexOf(word)
    const after = kept.slice(at + word.length)
    // (\`甲联合乙等 30 余家单位\`: a crowd a named party opens is that party and more)
    if (at > 0 && isCrowd(after) && !listEndings.some((ending) => after.includes(ending))) kept = kept.slice(0, at).replace(trailingAdverbs, '')
  }
  return kept
}

/** How far back from the end of a text a pattern anchored at its end is looked for: farther than any verb and the words before it. */
const endWindow = 64

/**
 * A pattern anchored at the end of a text (\`…推出了$\`), looked for in its last characters only: tried at every place of a
 * long text, it would cost a look over the rest of the text at each, and texts before every name of a long sentence grow.
 */
export function execAtEnd(pattern: RegExp, text: string): RegExpExecArray | null {
  const from = Math.max(0, text.length - endWindow)
  const match = pattern.exec(text.slice(from))
  if (match) match.index += from
  return match
}

export function foundedBySubject(before: string, entry?: string, launched = false, yearBefore?: number): Clause | undefined {
  // \`甲团队贡献到X社区\`: what a project is given to hosts it, no one made it
  if (givenTo.test(before)) return undefined
  const verb = execAtEnd(launched ? subjectLaunching : subjectFounding, before)
  if (!verb) return undefined
  const start = clauseStart(before, verb.index)
  let parties = before.slice(start, verb.index)
  const dated = clauseDateAnywhere.exec(parties)
  // (\`同年 9 月\`: told from the year given before it, in the text before the clause or the sentences before)
  let date = dated ? (findDates(before.slice(0, start + dated.index + dated[0].length), yearBefore).pop()?.date ?? null) : null
  if (dated) parties = parties.slice(0, dated.index) + parties.slice(dated.index + dated[0].length)
  parties = parties.replace(trailingAdverbs, '')
  // (\`…，并基于乙链上线了X\`: a link word that goes on with the subject before it is none of the subject)
  const link = longestFirst(sameSubjectLinks).find((word) => parties.trimStart().startsWith(word))
  if (link) parties = ' '.repeat(parties.length - parties.trimStart().length + link.length) + parties.trimStart().slice(link.length)
  // \`甲银行基于乙链搭建了X\`, \`甲银行在乙链的基础上搭建了X\`: what it was built on, after the subject, is no party but X's base
  const basis = launched ? builtOn(parties) : undefined
  // (\`基于 Nova，甲银行推出了X\`: or in a clause opening the sentence)
  const opened = launched && !basis ? openingBase(before) : undefined
  const base = basis ? {name: basis.name, start: start + basis.start} : opened
  if (basis) parties = parties.slice(0, basis.at)
  // \`甲、乙在上海共同发起成立了\`: the place is no party
  parties = parties.replace(clausePlace, '')
  parties = withoutJoinedCrowd(parties)
  // \`30 家企业联合成立了X\`, \`来自甲行业的多家单位共同组建了X\`: a crowd founds it, no founder named
  // (\`包括甲、乙在内的 30 余家机构\`: the parties it is said to include found it)
  const inner = includedParties(parties)
  if (inner) return {role: 'founders', parties: inner.text, start: start + inner.start, date: date ?? openingDate(before.slice(0, start), yearBefore)}
  const crowd = isCrowd(parties)
  // the subject starts after the last word no name goes on past, before its first item
  // (\`甲银行、乙证券等 12 家机构\` is a list; \`丁集团联合戊大学\`: a joining word is no boundary;
  // \`丁研究院联合戊科技等单位\`: the words that close the list are no boundary, the party reader reads them)
  const listed = parties.slice(0, listTailAt(parties))
  const firstItem = listed.search(separators)
  // (\`甲实验室的工程师在 2016 年启动了…\`: the \`的\` before the people of an organisation is no boundary, the party reader reads them)
  const ofPeople = relativeMarkers.some((marker) => listed.lastIndexOf(marker) > 0 && peopleOf.includes(listed.slice(listed.lastIndexOf(marker) + marker.length).trim()))
  const kept = ofPeople ? new Set([...joiningWords, ...relativeMarkers]) : joiningWords
  const cut = firstItem > 0 ? lastBoundary(listed.slice(0, firstItem), kept) : lastBoundary(listed, kept)
  const party = parties.slice(cut).trim()
  // \`2018 年 6 月，丁集团…成立了X\`: a date the sentence opens with is the founding's
  date ??= openingDate(before.slice(0, start), yearBefore)
  // no subject written: the company whose entry this is (\`丙科技：2016 年牵头成立“星河盟”\`)
  if (party === '' && entry) return {role: 'founders', parties: '', start, date, ...(base && {base})}
  // (\`甲银行与乙证券于…签署协议，共同成立了X\`: a later clause with no subject goes on with the sentence's)
  const shared = party === '' && !crowd && start > 0 ? sentenceSubject(before) : undefined
  if (shared && shared.start + shared.text.length <= start && eachAnOrganisation(shared.text)) return {role: 'founders', parties: shared.text, start: shared.start, date}
  if (crowd) return {role: 'founders', parties: '', start, date, crowd: true}
  // the subject must read as an organisation: \`推动成立\` has a verb where it would stand
  const first = readParties(party)[0]
  if (!first || !readsAsSubject(first.name)) return undefined
  return {role: 'founders', parties: party, start: start + cut + (parties.slice(cut).length - parties.slice(cut).trimStart().length), date, ...(base && {base})}
}

/**
 * The organisation a sentence opens with, as the subject of its clauses: what
 * its first clause holds before a date, a preposition or a verb, when that
 * reads as an organisation (\`例如，甲控股于 2015 年成立了…\` gives \`甲控股\`),
 * or as a short name when it is the \`owner\` a possessive points back at.
 */
export function sentenceSubject(sentence: string, owner = false): {text: string; start: number} | undefined {
  let at = subjectStart(sentence)
  const introduction = introductions.find((word) => sentence.startsWith(word, at))
  if (introduction) at += introduction.length + (openingComma.exec(sentence.slice(at + introduction.length))?.[0].length ?? 0)
  const stop = sentence.slice(at).search(clauseEnds)
  const clause = sentence.slice(at, stop < 0 ? undefined : at + stop)
  const end = clause.search(predicate)
  // (\`苏湾集团还推出了…\`: an adverb before the verb is none of the subject)
  const party = (end < 0 ? clause : clause.slice(0, end)).trim().replace(trailingAdverbs, '').trimEnd()
  // the owner a possessive points back at needs no organisation's ending: a short name with no word that ends one
  const named = owner && shortName.test(party) && lastBoundary(party) === 0 && isSpecificName(party)
  if (!named && !readsAsSubject(party)) return undefined
  // (\`甲银行联合乙科技推出…\`: the organisations the subject joins with before the verb are subjects too)
  const rest = end < 0 ? '' : clause.slice(end)
  const joining = joiningWordList.find((word) => rest.startsWith(word))
  if (joining !== undefined) {
    const after = rest.slice(joining.length)
    const joinedEnd = after.search(predicate)
    const joined = (joinedEnd < 0 ? after : after.slice(0, joinedEnd)).trim()
    if (joined !== '' && joinedEnd > 0 && eachAnOrganisation(joined)) return {text: clause.slice(0, end + joining.length + after.indexOf(joined) + joined.length).trim(), start: at}
  }
  return {text: party, start: at}
}

/** The subject of a clause within a sentence, only when it reads as an organisation by its ending or script (\`丙集团推出了\`, not \`一起推出\`). */
export function clauseSubject(clause: string): {text: string; start: number} | undefined {
  const subject = sentenceSubject(clause)
  // (\`我行还加入了…\`: or the document's own words for the organisation that wrote it)
  return subject && (readsAsOrganisation(subject.text) || groupUnit(subject.text) || selfOrganisations.includes(subject.text)) ? subject : undefined
}

/**
 * Whether the subject of a clause reads as an organisation: as a name with an organisation's ending, or
 * as a short name (\`腾星\`, \`丰为\`) with none of the words of a pronoun, a crowd or a predicate.
 */
function readsAsSubject(party: string): boolean {
  // (\`本公司于 2018 年推出了…\`: the document's own words for the organisation that wrote it)
  if (selfOrganisations.includes(party)) return true
  // (\`金融科技公司 Corvex\`, \`账本服务提供商Tessel\`: a Latin name that a sort of organisation describes)
  const described = /[A-Za-z]/u.test(party) ? readParties(party) : []
  if (described.length === 1 && /^[A-Za-z]/u.test(described[0]!.name) && categoryHeads.some((head) => described[0]!.kind?.endsWith(head))) return true
  if (notSubjects.includes(party) || !isSpecificName(party)) return false
  // (\`Lumen 预计 2017 年推出\`: a word of a predicate after a Latin name is none of it)
  // (an organisation's ending after it is none: \`Marlow 公司\`)
  if (/^[A-Za-z]/u.test(party) && notSubjects.some((word) => party.endsWith(word) && party.length > word.length) && !organisationEndings.some((ending) => party.endsWith(ending))) return false
  // (or a public body, \`北岸市政府建设了…\`, or a body its members form, \`星河账本联盟推出了…\`)
  if (readsAsOrganisation(party) || groupUnit(party) || ([...party].length >= 3 && [...publicBodyEndings, ...memberBodyEndings].some((ending) => party.endsWith(ending)))) return true
  // (\`甲委员会与 QRB\`: or organisations joined, each one, the last a Latin name)
  if (/[A-Za-z]/u.test(party) && organisationsOnly(party).length > 1) return true
  // (one of five or six letters no technology, \`区块链技术\`, nor the phrase for a kind, \`联盟链平台\`)
  const thing = [...party].length > maxShortName && (technologyWords.some((word) => party.includes(word)) || basisTails.some((word) => party.endsWith(word)) || headOf(party) !== undefined)
  return shortScriptWord.test(party) && !thing && !notSubjects.some((word) => party.includes(word)) && lastBoundary(party) === 0 && readParties(party).length === 1
}

/** Whether a clause's subject is a crowd: a count or a vague quantity of organisations, after what it says of them (\`来自甲行业的\`). */
function isCrowd(subject: string): boolean {
  const crowd = afterLastRelative(subject.trim())
  if (crowd.search(separators) >= 0) return false
  if (vagueItem.test(crowd)) return true
  // (\`国内多家企业\`: a few words of where or what before a crowd of a sort of organisation)
  const sort = categoryHeads.some((head) => crowd.endsWith(head))
  return sort && Array.from({length: Math.min(maxCrowdModifier, crowd.length - 1)}, (_, index) => index + 1).some((at) => vagueItem.test(crowd.slice(at)))
}

/** Most characters of where or what before a crowd: \`国内\`, \`金融行业\`. */
const maxCrowdModifier = 6

/**
 * The organisation a name's run says the name is of, with its place in the
 * run: \`甲公司\` in \`甲公司的 Nova 平台\` (or \`甲集团旗下的乙链\`, a word
 * that says the product is its own after the organisation); none when the
 * words before \`的\` are a clause (\`由甲开发的乙链\`) or not one organisation.
 */
export function possessorOf(run: string): PartyMatch | undefined {
  const possessor = run.slice(0, run.length - afterLastRelative(run).length).trimEnd()
  const marker = relativeMarkers.find((word) => possessor.endsWith(word))
  const owned = marker === undefined ? '' : possessor.slice(0, possessor.length - marker.length).trim()
  const ownership = ownershipWords.find((word) => owned.endsWith(word) && owned.length > word.length)
  const of = ownership ? owned.slice(0, owned.length - ownership.length).trim() : owned
  const [party] = of !== '' && !anyVerb.test(of) && !launchVerbs.some((verb) => of.includes(verb)) ? organisationsOnly(of) : []
  return party && party.name === of ? {...party, start: run.indexOf(of) + party.start} : undefined
}

/**
 * An item of a list without the organisation it says its name is of (\`甲公司的 Nova\`), which made it when the kind
 * has makers (\`made\`); or without any words before \`的\` when a Latin name follows (\`Tarn 的 Nova\`: whose, it does not
 * say). Its name as \`readName\` reads it, the words it is read from, and where they start.
 */
export function withoutPossessor(item: {text: string; start: number}, made: boolean) {
  const possessor = made ? possessorOf(item.text) : undefined
  const after = afterLastRelative(item.text)
  const own = possessor || (after !== item.text && isLatinName(after)) ? after : item.text
  return {...readName(own), text: own, possessor, itemStart: item.start, start: item.start + (item.text.length - own.length)}
}

/** What a text holds after the last relative marker in it (\`来自甲行业的多家单位\` gives \`多家单位\`), all of it if none. */
export function afterLastRelative(text: string): string {
  const after = Math.max(...relativeMarkers.map((marker) => text.lastIndexOf(marker) + marker.length))
  return text.slice(Math.max(0, after)).trim()
}

/** \`甲集团金融乙通\`: a unit named right after its group's name (a group's ending, then a short name of two to six characters). */
function groupUnit(party: string): boolean {
  return groupEndings.some((word) => {
    const at = party.indexOf(word)
    const unit = party.slice(at + word.length)
    return at > 0 && unitName.test(unit) && !notSubjects.some((other) => unit.includes(other)) && isSpecificName(unit)
  })
}

/** Whether words read as an organisation's name: a Latin name, or a word organisations' names end with. */
function readsAsOrganisation(party: string): boolean {
  return party.length <= 30 && (/^[A-Za-z]/u.test(party) || organisationEndings.some((word) => party.endsWith(word) && party.length > word.length))
}

/** The date of a sentence's opening clause when it holds nothing but the date: \`2018 年 6 月，\`. */
export function openingDate(opening: string, yearBefore?: number): string | null {
  if (opening.trim() === '') return null
  // \`2016 年 2 月，由甲银行牵头，\`: clauses that only say who led may stand between the date and the verb's clause
  const at = subjectStart(opening)
  const leads = opening.slice(at).split(clauseEnds).filter((clause) => clause.trim() !== '')
  if (at === 0 || !leads.every((clause) => leadingClause.test(clause))) return null
  return findDates(opening.slice(0, at), yearBefore)[0]?.date ?? null
}

/** Where the clause that ends at \`end\` starts: after the last comma, colon or sentence end before it. */
export function clauseStart(text: string, end: number): number {
  let at = end - 1
  while (at >= 0 && !clauseEnds.test(text[at]!)) at--
  return at + 1
}

/** What a clause opening a sentence says the thing the sentence goes on to launch is built on (\`基于 Nova，\`, \`在 Nova 的基础上，\`), with where it starts. */
export function openingBase(sentence: string): {name: string; start: number} | undefined {
  const opened = basisOpening.exec(sentence)
  const group = opened?.groups!.base === undefined ? 'framed' : 'base'
  return opened ? {name: opened.groups![group]!.trim(), start: opened.indices!.groups![group]![0]} : undefined
}

/**
 * The parties of a relative clause that ends where a name starts: \`A、B等
 * 共同发起成立的\` (founders, or developers when \`launched\`: \`甲发布的\`) or
 * \`A、B等参加的\` (members), from the clause's start (after the last comma) to the verb.
 */
export function relativeClause(before: string, launched = false): Clause | undefined {
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
    parties = `${leading.groups!.party!}${enumerationComma}${parties.replace(joinedBy, '')}`
  }
  // \`甲基金会于 2014 年发起的\`: the date is the record's, not part of a party
  const dated = clauseDate.exec(parties)
  const date = dated ? (findDates(dated[0])[0]?.date ?? null) : null
  if (dated) parties = parties.slice(0, dated.index)
  // a list's introduction is no party: \`例如，\` has gone with the comma, \`例如\` before the first item has not;
  // nor is the agent's marker (\`由甲、乙等共同发起的\`) nor the adverbs before the verb
  const introduction = [...introductions, ...agentMarkers].find((word) => parties.startsWith(word))
  let skip = introduction?.length ?? 0
  parties = parties.slice(skip).replace(trailingAdverbs, '')
  parties = withoutJoinedCrowd(parties)
  // (\`由 32 家单位联合发起的X联盟\`: a crowd founds it, no founder named)
  if (founded && isCrowd(parties)) return {role: 'founders', parties: '', start: start + skip, date, crowd: true}
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
  // the global pattern's place set back, for whoever uses it next
  separators.lastIndex = 0
  return items
}

/** Where a sentence's subject starts, after openers and clauses that only hold a date. */
/** Longest opening clause, in characters, read as one that only says what a sentence is about. */
const maxTopicClause = 16
/** Longest clause, in characters, that says what a sentence's deed was for. */
const maxPurposeClause = 16
/** Longest clause, in characters, that says what a sentence is about with no preposition before it. */
const maxAboutClause = 6
/** Longest clause, in characters, that sets what follows against something else (\`与这些银行主导的网络不同\`). */
const maxComparisonClause = 24

export function subjectStart(sentence: string): number {
  // a sentence's readers ask again and again for the sentence they are reading
  if (sentence === lastSubject.sentence && lastSubject.pack === packInUse) return lastSubject.at
  const at = findSubjectStart(sentence)
  lastSubject = {sentence, pack: packInUse, at}
  return at
}

function findSubjectStart(sentence: string): number {
  // (after a list's marker a converter's text keeps in a paragraph, when a date opens what follows: \`- 2016 年 4 月：…\`)
  const marker = listMarkerLength(sentence)
  let at = marker > 0 && dateClauseEnd(sentence.slice(marker)) > 0 ? marker : 0
  for (let round = 0; round < 4; round++) {
    at += sentence.slice(at).length - sentence.slice(at).trimStart().length
    const opener = openers.find((word) => sentence.startsWith(word, at)) ?? representative.exec(sentence.slice(at))?.[0]
    if (opener) {
      at += opener.length
      at += openingComma.exec(sentence.slice(at))![0].length
      continue
    }
    const dated = dateClauseEnd(sentence.slice(at))
    if (dated > 0) {
      at += dated
      continue
    }
    // \`在开源平台方面，\`, \`国际上，\`: a clause that only says what the sentence is about, or where
    const clauseEnd = sentence.slice(at).search(comma)
    const topic = clauseEnd > 0 ? sentence.slice(at, at + clauseEnd).trim() : ''
    // (or what the deed was for: \`为推动标准统一，\`)
    const purpose = [...topic].length <= maxPurposeClause && topicClause.purposes.some((word) => topic.startsWith(word) && [...topic].length > [...word].length + 1)
    // (\`国内方面，\`: a short topic without its preposition)
    const about = [...topic].length <= maxAboutClause && topicClause.aboutAlone.some((word) => topic.endsWith(word) && topic.length > word.length)
    // (\`与这些网络不同，\`: or what it sets what follows against)
    const compared = [...topic].length <= maxComparisonClause && topicClause.comparison.before.some((word) => topic.startsWith(word)) && topicClause.comparison.after.some((word) => topic.endsWith(word) && topic.length > word.length + 1)
    if (topic !== '' && (purpose || about || compared || topicClause.whole.includes(topic) || ([...topic].length <= maxTopicClause && topicClause.before.some((word) => topic.startsWith(word)) && topicClause.after.some((word) => topic.endsWith(word))))) {
      at += clauseEnd + 1
      continue
    }
    break
  }
  return at + (sentence.slice(at).length - sentence.slice(at).trimStart().length)
}

/**
 * The length of a clause a text opens with that only gives a date, its comma
 * included (\`2018 年，\`, \`截至 2019 年底，\`), or its colon (\`2015 年 12 月：…\`,
 * a line of a timeline); 0 when none opens it.
 */
function dateClauseEnd(text: string): number {
  for (const mark of [colon, comma]) {
    const end = text.search(mark)
    if (end <= 0) continue
    const clause = text.slice(0, end)
    const dates = dateSpans(clause)
    if (dates.length > 0 && onlyPrepositions.test(withoutDates(clause, dates))) return end + 1
  }
  return 0
}

/** A clause without its dates (\`dates\`, found in it) and the words that give a date as of which (\`截至\`). */
function withoutDates(clause: string, dates: ReadonlyArray<{start: number; end: number}>): string {
  let rest = withoutDateSpans(clause, dates)
  for (const word of asOfMarkers) rest = rest.replace(word, '')
  return rest
}

