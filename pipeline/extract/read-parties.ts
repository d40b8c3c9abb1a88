import {sourceWords, memberWords, commas, fullStop, semicolons, categoryHeads, categoryModifiers, inclusionFrame, longestFirst, peopleAfterList, chineseNumber, countUnits, etcetera, guidanceVerbs, kindQuantifiers, leadingCountry, listEndings, nationalPrefixes, notInPartyName, notOrganisationEndings, notOrganisations, onLanguage, organisationEndings, ownershipWords, partySeparators, peopleOf, personTitles, publicBodyEndings, purposeWords, relativeMarkers, researchEndings, scriptCharacters, selfOrganisations, sortsAfterList, studyFields, technologyWords, trailingAdverbs, trailingKinds, vagueItem, verbAdverbs} from '../lexicon/language.ts'
import {readName} from './read-names.ts'

/** An organisation as a list names it, with where its name stands in the text searched. */
export interface PartyMatch {
  name: string
  aliases: string[]
  country: string | null
  kind: string | null
  start: number
  /** Whether the name reads as a technology rather than an organisation. */
  suspicious: boolean
  /** Whether the words are the document's own for the organisation that wrote it (\`本公司\`): its publisher, once known. */
  self?: boolean
  /**
   * The party as written, when the organisation's name was read out of longer words that open with it (\`Nebula 团队\`,
   * \`Ripplon 公司\` of \`Ripplon\`): the party, when its name alone is the very record it is a party of.
   */
  written?: string
}

let separators: RegExp
/** `Acme 公司`: a Latin name, then its kind. */
let latinNameThenKind: RegExp

/**
 * Split `美国电信运营商 Acme、美国 Globex、日本某某集团` into its organisations,
 * descriptors taken off and kept: a foreign country, a kind before a Latin
 * name or after `等`. Items that only count (`20 多家其他企业`) name nobody.
 */
/** An item without the phrase that says whom the maker's product is for, after an organisation's name (\`丙科技面向金融机构\` gives \`丙科技\`). */
function forWhom(item: string): string {
  // (the word that starts first, the longest of those: \`专门面向\` before \`面向\`)
  const word = purposeWords.filter((each) => item.includes(each)).sort((a, b) => item.indexOf(a) - item.indexOf(b) || b.length - a.length)[0]
  const at = word === undefined ? -1 : item.indexOf(word)
  // (an organisation's name before it, by its ending or two characters at least: \`北岸金科面向金融行业\`; not \`面向未来研究院\`)
  if (at > 0 && (organisationEndings.some((ending) => item.slice(0, at).trimEnd().endsWith(ending)) || [...item.slice(0, at).trim()].length >= 2)) return item.slice(0, at)
  return item
}

export function readParties(text: string, offset = 0): PartyMatch[] {
  // (\`包括甲银行、乙证券在内的 60 多家机构\`: the parties are those the frame names; the crowd around them names no one more)
  const frame = included.exec(text)
  if (frame) return readParties(frame.groups!.inner!, offset + frame.indices!.groups!.inner![0])
  // (\`来自金融、电信等行业的甲电信、乙银行\`: where the parties come from, described before them, names none of them)
  const described = describedList.exec(text)
  if (described) return readParties(text.slice(described[0].length), offset + described[0].length)
  const parties: PartyMatch[] = []
  let from = 0
  const found = [...text.matchAll(separators)]
  // (a conjunction inside a name is none: \`泰和银行\`, where what follows it alone is an organisation's ending and what
  // comes before it none)
  const inName = (separator: RegExpExecArray, index: number) => {
    const after = text.slice(separator.index + separator[0].length, found[index + 1]?.index ?? text.length).trim()
    const before = text.slice(found[index - 1] ? found[index - 1]!.index + found[index - 1]![0].length : 0, separator.index).trim()
    if (organisationEndings.some((ending) => before.endsWith(ending))) return false
    // (\`甲区块链与边缘计算研究院\`: nor one between two fields a research body studies, the second before its ending)
    return organisationEndings.includes(after) || (studyFields.some((field) => before.endsWith(field)) && researchEndings.some((ending) => after.endsWith(ending) && studyFields.includes(after.slice(0, -ending.length))))
  }
  for (const separator of [...found.filter((separator, index) => !inName(separator, index)), undefined]) {
    const to = separator ? separator.index : text.length
    // \`甲研究所牵头联合乙大学\`: an adverb before the joining word is no part of the name before it
    const item = beforeVerbPhrase(forWhom(text.slice(from, to))).replace(trailingAdverbs, '')
    const lead = item.length - item.trimStart().length
    // \`甲部门指导\`: who guided the makers is none of them
    const guiding = guidanceVerbs.some((verb) => item.trim().endsWith(verb) && item.trim().length > verb.length)
    // (\`甲中心下属的乙研究所\`: a unit an organisation owns, named after it, is the party)
    // (\`联盟成员北辰数据\`: or the organisation named after the word for a member)
    const owned = ownedUnit(item.trim()) ?? afterMemberWord(item.trim())
    const named = guiding ? undefined : (owned?.name ?? organisationOfPeople(item.trim()))
    const read = named === undefined ? undefined : readParty(named, offset + from + lead + (owned?.at ?? 0))
    const whole = item.trim()
    const party = read && !owned && read.name !== whole && whole.startsWith(read.name) ? {...read, written: whole} : read
    // (\`甲基金会维护的\`, \`接受的项目从\`: a name that still holds a relative clause's particle describes, it names no party)
    // (nor one with a dash: it sets a name apart from what is said of it)
    if (party && !relativeMarkers.some((marker) => party.name.includes(marker)) && !notInPartyName.test(party.name)) parties.push(party)
    // \`A、B等十余家银行和科技公司\`: a count after \`等\` describes the whole list, and what follows it names no one more
    const after = listEndings.map((word) => item.split(word)[1]).find((rest) => rest !== undefined)
    // \`银行、证券、保险等六大类行业的…\`: the items were sorts of organisation, none of them one
    if (after !== undefined && sortsAfterList.test(after)) return []
    // \`Hollis 等人\`: the items were persons, none an organisation
    if (after !== undefined && peopleAfterList.includes(after.trim())) return []
    if (after !== undefined && kindQuantifiers.test(after.trim())) break
    from = separator ? separator.index + separator[0].length : text.length
  }
  return parties
}

/**
 * An item without the phrase of a verb that follows an organisation's name in it (\`甲基金会负责维护\`, its verb
 * \`开发\` after \`和\`): the organisation's name alone; the item itself when there is none.
 */
function beforeVerbPhrase(item: string): string {
  for (const ending of organisationEndings) {
    for (let at = item.indexOf(ending, 1); at >= 0; at = item.indexOf(ending, at + 1)) {
      const end = at + ending.length
      const rest = item.slice(end).trimStart()
      if (rest !== '' && verbAdverbs.some((word) => rest.startsWith(word))) return item.slice(0, end)
    }
  }
  return item
}

/** \`甲大学的研究者\`: the organisation whose people a text names, where it reads as one, no one where it does not (\`一群热心的开发者\`); else the words as they are. */
function organisationOfPeople(item: string): string | undefined {
  for (const marker of relativeMarkers) {
    const at = item.lastIndexOf(marker)
    // (or a person of it, named as a translated text names one: \`Swirlds 公司的 Leemon Baird\`)
    const people = item.slice(at + marker.length).trim()
    if (at <= 0 || !(peopleOf.includes(people) || personName.test(people))) continue
    const organisation = item.slice(0, at).trim()
    if (readsAsOrganisation(organisation)) return organisation
    // \`甲等企业的开发者\`: a list's end, which the party reader takes off
    return listEndings.some((word) => organisation.includes(word)) ? item : undefined
  }
  // (\`IBM 团队\`, \`甲公司开发团队\`: the word for its people right after an organisation's name)
  const people = longestFirst(peopleOf).find((word) => item.endsWith(word) && item.length > word.length)
  const organisation = people === undefined ? '' : item.slice(0, item.length - people.length).trim()
  return organisation !== '' && readsAsOrganisation(organisation) ? organisation : item
}

/** The unit an item names after the organisation that owns it (\`甲中心下属的乙研究所\`), with where it starts in the item. */
function ownedUnit(item: string): {name: string; at: number} | undefined {
  for (const word of ownershipWords) {
    for (const marker of relativeMarkers) {
      const at = item.indexOf(word + marker)
      if (at <= 0) continue
      const unit = item.slice(at + word.length + marker.length)
      const start = at + word.length + marker.length + (unit.length - unit.trimStart().length)
      if (readsAsOrganisation(unit.trim())) return {name: unit.trim(), at: start}
    }
  }
  return undefined
}

/** The organisation an item names after the word for a member, a body's word before it (\`联盟成员北辰数据\`, \`会员单位甲公司\`), with where it starts in the item. */
function afterMemberWord(item: string): {name: string; at: number} | undefined {
  const prefix = memberPrefix.exec(item)
  if (!prefix) return undefined
  const unit = item.slice(prefix[0].length)
  return unit.trim() !== '' && readsAsOrganisation(unit.trim()) ? {name: unit.trim(), at: prefix[0].length + (unit.length - unit.trimStart().length)} : undefined
}

/** A person's name in Latin letters: a given name and a family name, capitalised (\`Leemon Baird\`). */
const personName = /^[A-Z][a-z]+(?:\s[A-Z]\.)?\s[A-Z][a-z]+$/u

/** Whether a name is only a category noun and words that narrow it, or a clause that describes it: \`传统企业\` names no one. */
function isCategory(name: string): boolean {
  let rest = name.replace(/\s+/gu, '')
  const head = categoryHeads.find((word) => rest.endsWith(word))
  if (!head) return false
  rest = rest.slice(0, rest.length - head.length)
  // \`作者带领的研发团队\`: a clause before the category describes whom, and names no one
  if (relativeMarkers.some((marker) => rest.includes(marker))) return true
  for (let changed = true; changed && rest !== ''; ) {
    const modifier = categoryModifiers.find((word) => rest.startsWith(word))
    changed = Boolean(modifier)
    if (modifier) rest = rest.slice(modifier.length)
  }
  return rest === ''
}

/** One or two characters of the script names are written in: a name of its own after a country (\`美国银行\`). */
let shortScriptName: RegExp
/** Words of the script before a Latin name: a description of what the name names (\`美国 IBM\`). */
/** A person's title before a short name of the script: \`程序员林远\`. */
let titledPerson: RegExp
let describedLatin: RegExp
/** The word for a member opening an item, a few words of the body before it: \`联盟成员\`, \`会员单位\`. */
let memberPrefix: RegExp

/** A party written with the word that ends a list and what it says of the list after it: \`甲等科技企业\`. */
let groupAfter: RegExp
/** The last party of a list written with the list's count and what it says of the list: \`丙研究院三家机构\`. */
let countAfter: RegExp
/** The parties a crowd is said to include, in the frame around them: \`包括甲、乙在内的 60 多家机构\` (group \`inner\`). */
let included: RegExp
/** Where the parties of a list come from, before them: \`来自金融、电信等行业的\`. */
let describedList: RegExp

// compiled from the language pack in use, and again whenever another comes into use
onLanguage(() => {
  separators = new RegExp(partySeparators.source, 'gu')
  latinNameThenKind = new RegExp(`^([A-Za-z0-9].*?)\\s{1,3}(${trailingKinds.join('|')})$`, 'u')
  shortScriptName = new RegExp(`^${scriptCharacters}{1,2}$`, 'u')
  // (no space needed after a sort of organisation: \`账本服务提供商Tessel\`)
  memberPrefix = new RegExp(`^${scriptCharacters}{0,4}?(?:${longestFirst(memberWords).join('|')})\\s{0,2}`, 'u')
  describedLatin = new RegExp(`^(${scriptCharacters}+?(?:${longestFirst(categoryHeads).join('|')})(?=\\s*[A-Za-z])|${scriptCharacters}+(?=\\s))\\s*([A-Za-z].*)$`, 'u')
  titledPerson = personTitles.length === 0 ? /(?!)/u : new RegExp(`^(?:${longestFirst(personTitles).join('|')})\\s{0,2}${scriptCharacters}{2,4}$`, 'u')
  groupAfter = new RegExp(`^(.+?)\\s{0,3}${etcetera}\\s{0,3}(.*)$`, 'u')
  included = inclusionFrame.before.length === 0 || inclusionFrame.after.length === 0
    ? /(?!)/du
    : new RegExp(`^\\s{0,3}(?:${longestFirst(inclusionFrame.before).join('|')})\\s{0,3}(?<inner>.+?)\\s{0,3}(?:${longestFirst(inclusionFrame.after).join('|')})`, 'du')
  describedList = sourceWords.length === 0 ? /(?!)/u : new RegExp(`^\\s{0,3}(?:${longestFirst(sourceWords).join('|')})[^${commas}${fullStop}${semicolons}]{1,24}?(?:${relativeMarkers.join('|')})\\s{0,2}(?=\\S)`, 'u')
  countAfter = new RegExp(`^(.+?)\\s{0,3}(?:\\d+|${chineseNumber})\\s{0,2}(?:${countUnits.join('|')})\\s{0,2}(.{1,8})$`, 'u')
})

/** The parties a crowd is said to include (\`包括甲、乙在内的 60 多家机构\` gives \`甲、乙\`), and where they start; none when the text names none so. */
export function includedParties(text: string): {text: string; start: number} | undefined {
  const frame = included.exec(text)
  return frame ? {text: frame.groups!.inner!, start: frame.indices!.groups!.inner![0]} : undefined
}

function readParty(item: string, start: number): PartyMatch | undefined {
  let text = item
  let kind: string | null = null
  const group = groupAfter.exec(text)
  if (group) {
    text = group[1]!.trim()
    kind = group[2]!.replace(kindQuantifiers, '').trim() || null
  }
  if (text === '' || vagueItem.test(text)) return undefined
  const counted = group ? undefined : countedTail(text)
  if (counted) {
    text = counted.name.trim()
    kind = counted.category.trim()
  }
  let country: string | null = null
  const foreign = leadingCountry(text)
  let skipped = 0
  if (foreign) {
    country = foreign.code
    // \`德国银行\`-like names (a country and one or two characters) are a bank's name, not a bank in that country: a country before one or two characters stays in the name
    // \`新加坡金融管理局\`: a public body of that country is named with it, its rest is no name of its own
    // (\`新加坡国立大学\`: so is one whose rest opens with a word that says it is the country's)
    const publicBody = publicBodyEndings.some((ending) => readName(foreign.rest).name.endsWith(ending)) || nationalPrefixes.some((word) => foreign.rest.trimStart().startsWith(word))
    if (!shortScriptName.test(foreign.rest.trim()) && !publicBody) {
      skipped = text.length - foreign.rest.length
      text = foreign.rest
    }
  }
  const described = describedLatin.exec(text)
  // (\`程序员 Wren\`, \`程序员林远\`: a person, no organisation)
  if ((described && personTitles.some((title) => described[1]!.endsWith(title))) || titledPerson.test(text.trim())) return undefined
  if (described) {
    kind ??= described[1]!
    skipped += text.length - described[2]!.length
    text = described[2]!
  }
  const kindAfter = latinNameThenKind.exec(text)
  if (kindAfter) {
    kind ??= kindAfter[2]!
    text = kindAfter[1]!
  }
  const {name, aliases} = readName(text)
  // (\`本公司\`: the organisation that wrote the document, which the reading names by its publisher)
  if (selfOrganisations.includes(name)) return {name, aliases: [], country: null, kind: null, start: start + skipped, suspicious: false, self: true}
  if (name === '' || notOrganisations.some((word) => word.toLowerCase() === name.toLowerCase()) || notOrganisationEndings.some((word) => name.endsWith(word)) || isCategory(name)) return undefined
  return {name, aliases, country, kind, start: start + skipped, suspicious: technologyWords.includes(name)}
}

/**
 * Where the words that close a list start, when a text ends with them: the word that ends a list and what it says of
 * the list (\`甲、乙等单位\`, \`甲等 20 家机构\`), or the list's count and category (\`甲、乙两家企业\`); the text's length if not.
 */
export function listTailAt(text: string): number {
  const at = text.lastIndexOf(etcetera)
  if (at > 0) {
    const rest = text.slice(at + etcetera.length).trim().replace(kindQuantifiers, '').trim()
    if (rest === '' || isCategory(rest)) return at
  }
  return countedTail(text)?.name.length ?? text.length
}

/** \`丙研究院三家机构\`: a text that ends with a list's count and the category it counts, split there. */
function countedTail(text: string): {name: string; category: string} | undefined {
  const counted = countAfter.exec(text)
  return counted && isCategory(counted[2]!) ? {name: counted[1]!, category: counted[2]!} : undefined
}

/** Whether a name reads as an organisation's: it ends as organisations' names do, or is Latin. */
export function readsAsOrganisation(name: string): boolean {
  return organisationEndings.some((ending) => name.endsWith(ending)) || /^[A-Z][A-Za-z0-9&. -]*$/u.test(name)
}

/** Whether each party a text names reads as an organisation (and so of a text that names none). */
export function eachAnOrganisation(text: string): boolean {
  return readParties(text).every((party) => readsAsOrganisation(party.name))
}

/** The organisations a list names, when it names some and each reads as one (\`甲银行、乙证券\`); none otherwise (\`多方\`, \`现有系统\`). */
export function organisationsOnly(text: string): PartyMatch[] {
  const parties = readParties(text)
  // (\`澄海市大数据局\`: a public body, three characters at least, is one too)
  const publicBody = (name: string) => [...name].length >= 3 && publicBodyEndings.some((ending) => name.endsWith(ending))
  return parties.length > 0 && parties.every((party) => readsAsOrganisation(party.name) || publicBody(party.name)) ? parties : []
}
