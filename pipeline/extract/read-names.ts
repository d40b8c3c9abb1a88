import {aliasIntroductions, alsoAdverbs, aliasWrapping, aspectAdverbs, citationWords, closeParens, declarationSeparators, longestFirst, nameSuffixes, openParens, organisationEndings, scriptCharacters, statusTagWords, technicalTerms, onLanguage} from '../lexicon/language.ts'
/** A name as written, split into the name and its aliases: `甲平台（Alpha）`, `乙联盟 B League`, `ABC 丙联盟`. */
export interface ReadName {
  name: string
  aliases: string[]
  /** The organisation a parenthesis after a thing's name says it is of (\`青檀溯源平台（南屿数科）\`): no name of it. */
  owner?: string
}

const latin = "[A-Za-z][A-Za-z0-9.&'-]*(?: [A-Za-z0-9][A-Za-z0-9.&'-]*)*"
let inParentheses: RegExp
let trailingLatin: RegExp
let leadingAcronym: RegExp
const address = /^(?:[a-z]+:\/\/|www\.)\S*$/iu
let suffixAfterParentheses: RegExp
let adverbAfterLatin: RegExp
/** A text of the script's letters only. */
let scriptOnly: RegExp

// compiled from the language pack in use, and again whenever another comes into use
onLanguage(() => {
  scriptOnly = new RegExp(`^${scriptCharacters}+$`, 'u')
  inParentheses = new RegExp(`^(.+?)\\s{0,3}[${openParens}]\\s{0,3}([^${openParens}${closeParens}]+?)\\s{0,3}[${closeParens}]$`, 'u')
  trailingLatin = new RegExp(`^(.*${scriptCharacters})\\s+(${latin})$`, 'u')
  leadingAcronym = new RegExp(`^([A-Z][A-Z]+)\\s+${scriptCharacters}`, 'u')
  // \`Meridian 则\`, \`IBM 也\`: an adverb a Latin name leaves at the end of a subject is no part of it
  adverbAfterLatin = new RegExp(`(?<=[A-Za-z0-9])\\s{0,2}(?:${longestFirst([...alsoAdverbs, ...aspectAdverbs]).join('|')})$`, 'u')
  suffixAfterParentheses = new RegExp(`^(.+?\\s{0,3}[${openParens}][^${openParens}${closeParens}]+[${closeParens}])\\s{0,3}(${scriptCharacters}{1,4}|[A-Z][a-z]+)$`, 'u')
})

/** Whether the words in a parenthesis after a name are an organisation's and the name is none: \`甲平台（乙集团）\`, not \`甲银行（乙银行）\`. */
function ownedBy(name: string, inParenthesis: string): boolean {
  const organisation = (words: string) => scriptOnly.test(words) && organisationEndings.some((ending) => words.endsWith(ending) && words.length > ending.length)
  return organisation(inParenthesis) && !organisation(name) && !organisationEndings.some((ending) => name.endsWith(ending))
}

/** A status tag in brackets ending a name: \`[Archived]\`, \`[Labs/Archived]\`. */
const statusTag = /\s*\[([^[\]]{1,40})\]$/u

/** Whether bracketed words are a status tag: each part, between slashes or commas, a status word. */
function isStatusTag(words: string): boolean {
  return words.split(/[/,|]/u).every((part) => statusTagWords.includes(part.trim().toLowerCase()))
}

/** A version number closing a name: \`2.0\`, \`V2\`, \`v1.4.2\` (a number with no point nor \`V\` may be the name's own: \`R3\`). */
const trailingVersion = /\s+(?:[Vv]\d+(?:\.\d+)*|\d+(?:\.\d+)+)$/u

/** Whether a name is written in Latin letters alone, with the digits, spaces and marks names take (\`Nova Pay\`, \`R3 Corda\`). */
export function isLatinName(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9 .&-]*$/u.test(name)
}

export function readName(text: string): ReadName {
  // (\`NovaChain®\`: a sign of a trade mark is no part of the name)
  let written = text.trim().replace(/[\u00ae\u2122\u2120]/gu, '').replace(adverbAfterLatin, '')
  // \`Nova [Archived]\`: the state of the project, not its name
  const tag = statusTag.exec(written)
  if (tag && tag.index > 0 && isStatusTag(tag[1]!)) written = written.slice(0, tag.index).trim()
  // \`Nova 2.0\`, \`Nova V2\`: a version of a Latin name is no part of it
  const version = trailingVersion.exec(written)
  if (version && /[A-Za-z]/u.test(written.slice(0, version.index))) written = written.slice(0, version.index).trim()
  // \`甲账本（Alpha）项目\`: a suffix that does not change whom the name names, after the parentheses
  const suffixed = suffixAfterParentheses.exec(written)
  if (suffixed && nameSuffixes.includes(suffixed[2]!)) {
    const inner = readName(suffixed[1]!)
    return {name: inner.name, aliases: [...inner.aliases, `${inner.name}${suffixed[2]!}`]}
  }
  const parenthesised = inParentheses.exec(written)
  if (parenthesised) {
    const inner = readName(parenthesised[1]!)
    // an address in parentheses (a link that lost its syntax) is no name
    // \`（原天穹区块链）\`: a former name, without the word that says it is one; so a short name (\`（简称“屿汇”）\`)
    const former = longestFirst(aliasIntroductions).find((word) => parenthesised[2]!.startsWith(word) && parenthesised[2]!.length > word.length + 1)
    const alias = former ? parenthesised[2]!.slice(former.length).replace(aliasWrapping, '') : parenthesised[2]!
    // \`Nova（已归档）\`: a status in the script's words in parentheses is no name either (a Latin one may be: \`（Alpha）\`)
    const status = isStatusTag(alias) && !/[A-Za-z]/u.test(alias)
    // \`Nova（见文献 9）\`: a pointer at a reference names nothing
    const cited = citationWords.some((word) => alias.startsWith(word))
    // (\`星海区块链合作联盟（南京）\`: words of the script that share no character with the name say where it is, no other name of it)
    // (\`星禾溯源服务（星禾集团）\`: an organisation's name after the name of no organisation says whose it is)
    if (ownedBy(inner.name, alias)) return {...inner, owner: alias}
    const qualifier = scriptOnly.test(alias) && scriptOnly.test(inner.name) && ![...alias].some((character) => inner.name.includes(character))
    if (qualifier) return inner
    // (\`（Nebula Blockchain Service，NBS）\`: a Latin expansion and its short name, two names)
    // (\`（Star Settlement Bridge，简称 sBridge）\`: the word that introduces the short name none of it)
    const parts = alias.split(declarationSeparators).map((part) => part.trim()).map((part) => part.slice(longestFirst(aliasIntroductions).find((word) => part.startsWith(word))?.length ?? 0).trim())
    const declared = parts.length > 1 && parts.every((part) => /^[A-Za-z][A-Za-z0-9 .&-]*$/u.test(part)) ? parts : [alias]
    return {name: inner.name, aliases: address.test(alias) || status || cited ? inner.aliases : [...inner.aliases, ...declared]}
  }
  const bracketed = /^\[([^[\]]+)\]$/u.exec(written)
  if (bracketed) return readName(bracketed[1]!)
  const trailing = trailingLatin.exec(written)
  // \`云梯 BaaS\`: a term of the trade after a name is part of it (what it offers), no other name of it
  if (trailing && !technicalTerms.some((term) => term.toLowerCase() === trailing[2]!.toLowerCase())) return {name: trailing[1]!, aliases: [trailing[2]!, ...readName(trailing[1]!).aliases]}
  const acronym = leadingAcronym.exec(written)
  return {name: written, aliases: acronym ? [acronym[1]!] : []}
}
