/**
 * Decide kind: what kind of record a name, a heading or an entry is of, from
 * the head word it ends with (Chinese puts the head last), and whether a name
 * names something in particular at all.
 */
import {agentMarkers, alsoAdverbs, collaborationFrame, longestFirst, techniqueEndings, techniqueModifiers, anyVerb, qualityEndings, partEndings, founding, launchVerb, proposingVerbs, startedOn, notBases, clauseEnds, closeParens, closingQuotes, colons, comma, semicolons, descriptionEnd, fieldWords, functionWords, genericModifiers, genericNames, leadingNumbering, nameLikeHeads, nameSuffixes, suffixModifiers, notOrganisations, organisationEndings, technicalTerms, memberList, notNameStarts, notOfKind, openParens, relativeMarkers, technologyWords, topicSuffixes, onLanguage} from '../lexicon/language.ts'
import type {KindGrammar} from '../lexicon/zh/grammar.ts'
import {sentences} from '../clean/passages.ts'

/** A quote, a space or a colon, one of those at the end of a heading or name that are no part of its head. */
let trailingMark: RegExp
/** Where the clause an entry's text may open with to define it ends: a comma, or the semicolon that ends a list's item. */
let definitionEnd: RegExp
/** What \`isGeneric\` said of words, for the pack in use: the same names come back sentence after sentence. */
const generic = new Map<string, boolean>()
const maxRemembered = 10_000

// compiled from the language pack in use, and again whenever another comes into use
/** An adverb, then a word of working with: a clause's words (\`联盟还与其他联盟\`), in no name. */
let clauseWords: RegExp
onLanguage(() => {
  generic.clear()
  clauseWords = alsoAdverbs.length === 0 || collaborationFrame.before.length === 0 ? /(?!)/u : new RegExp(`(?:${longestFirst(alsoAdverbs).join('|')})\\s{0,2}(?:${longestFirst(collaborationFrame.before).join('|')})`, 'u')
  trailingMark = new RegExp(`[\\s${colons}${closingQuotes}]`, 'u')
  definitionEnd = new RegExp(`${comma.source}|[${semicolons}]`, 'u')
})

/**
 * The kind a heading or name is of, from its head: the kind word it ends with
 * (brackets, quotes and a list's colon aside), unless the word that ends it
 * only looks like one (链 in 区块链); or a Latin kind word it opens with.
 */
export function kindOf(text: string, grammar: KindGrammar): string | null {
  const head = withoutTrailingMarks(withoutTrailingParenthesis(text)).trim()
  if (head === '' || notOfKind.some((word) => head.endsWith(word))) return null
  for (const [kind, {words}] of grammar.kinds) {
    for (const word of words.heads) {
      if (!head.endsWith(word)) continue
      // a Latin kind word is a word of its own: \`NovaLedger\` is a name, \`Open Ledger\` a ledger
      if (/^[A-Za-z]/u.test(word) && /[A-Za-z]$/u.test(head.slice(0, head.length - word.length))) continue
      // a kind word alone is a section about its kind (\`# 联盟\`) only when it is one of the words that can head one
      if (head.length > word.length || words.alone.includes(word)) return kind
    }
  }
  return kindLeading(head, grammar)
}

/**
 * A text without the parenthesis it ends with (\`星河联盟（XBA）\`), read from the end: a pattern anchored at the end
 * would try every opening mark of a long text, and a long run of them would take quadratic time.
 */
function withoutTrailingParenthesis(text: string): string {
  const trimmed = text.trimEnd()
  if (trimmed === '' || !closeParens.includes(trimmed[trimmed.length - 1]!)) return text
  const open = Math.max(...[...openParens].map((mark) => trimmed.lastIndexOf(mark)))
  const inner = trimmed.slice(open + 1, -1)
  if (open < 0 || [...closeParens].some((mark) => inner.includes(mark))) return text
  return trimmed.slice(0, open)
}

/** A text without the quotes, spaces and colons it ends with, read from the end (in linear time, whatever the run). */
function withoutTrailingMarks(text: string): string {
  let end = text.length
  while (end > 0 && trailingMark.test(text[end - 1]!)) end--
  return text.slice(0, end)
}

/** A Latin kind word heading a Latin name, as English writes it: \`Project Nova\`, \`Alliance Vega\`. */
function kindLeading(name: string, grammar: KindGrammar): string | null {
  const match = /^([A-Z][a-z]+) +[A-Z][A-Za-z0-9]*(?: +[A-Z][A-Za-z0-9]*)?$/u.exec(name)
  if (!match) return null
  return grammar.kinds.find(([, {words}]) => words.heads.includes(match[1]!))?.[0] ?? null
}

/**
 * The kind of a name from its use: its own kind word, else the kind word the
 * text writes right after it most often (\`星河链平台\` makes 星河链 a
 * platform); none when the text never says.
 */
export function kindByUse(name: string, text: string, grammar: KindGrammar): string | null {
  const own = kindOf(name, grammar)
  if (own) return own
  let best: {kind: string; count: number} | null = null
  for (const [kind, {words}] of grammar.kinds) {
    let count = 0
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const after = text.slice(at + name.length, at + name.length + 12).trimStart()
      if (words.heads.some((head) => after.startsWith(head))) count++
    }
    if (count > 0 && (!best || count > best.count)) best = {kind, count}
  }
  return best?.kind ?? null
}

/**
 * The kind an entry's first sentence gives it: a kind word ending a clause
 * after \`的\` (\`总部设在伦敦的银行联盟组织，\`), or members listed (\`成员包括…\`).
 */
export function kindFromDescription(body: string, grammar: KindGrammar): string | null {
  const defined = definedKind(body, grammar)
  if (defined) return defined
  const first = body.slice(0, body.search(descriptionEnd))
  const afterRelative = (at: number) => relativeMarkers.some((marker) => first.lastIndexOf(marker, at) >= 0)
  for (const [kind, {words}] of grammar.kinds) {
    for (const word of words.inDescription) {
      for (let at = first.indexOf(word); at >= 0; at = first.indexOf(word, at + 1)) {
        const end = at + word.length
        if (afterRelative(at) && (end === first.length || clauseEnds.test(first[end]!))) return kind
      }
    }
  }
  if (memberList.test(first)) return grammar.memberKind
  // \`链税通：由甲局联合乙数科打造，2021 年 1 月上线\`: a text that opens with its makers and a verb of launching, and tells when it
  // started, tells a launched thing (its makers alone, \`由甲公司开发，支持多种资产\`, may tell of a tool)
  const made = founding.exec(first)
  if (made === null || made.index !== 0 || !launchVerb.test(made.groups!.verb!) || proposingVerbs.includes(made.groups!.verb!)) return null
  return startedOn.test(body.slice(0, sentences(body)[0]?.end ?? body.length)) ? grammar.launchedKind : null
}

/** Longest definition, in characters, an entry's text may open with. */
const maxDefinition = 30

/**
 * The kind an entry's text defines it as with its first words, a noun phrase
 * alone in its clause: \`星薪：基于星币区块链的跨境薪酬结算平台，可以…\`,
 * \`星钱包：区块链数字钱包，…\` (no verb in it: \`由甲推出，…\` tells, not defines).
 */
function definedKind(body: string, grammar: KindGrammar): string | null {
  // the definition is a clause of its own that the sentence goes on after (\`…平台，可以…\`): a whole sentence tells what the entry does
  // (or that ends an item of a list, \`；\`: \`Kiwi：官方维护的客户端；\`)
  const end = body.search(definitionEnd)
  const clause = end < 0 ? '' : body.slice(0, end).trim()
  // a verb in a relative clause before the phrase defines no less (\`由甲开发的客户端\`); one in the phrase itself tells
  const phrase = clause.slice(Math.max(0, ...relativeMarkers.map((marker) => clause.lastIndexOf(marker) + marker.length)))
  if (clause.length === 0 || clause.length > maxDefinition || anyVerb.test(phrase) || (phrase === clause && agentMarkers.some((marker) => clause.startsWith(marker)))) return null
  return headKind(phrase, grammar) && headKind(clause, grammar)
}

/** The kind a kind word is the word of, alone as it is (\`项目\`), whether or not it names a section alone. */
export function wordKind(word: string, grammar: KindGrammar): string | null {
  return grammar.kinds.find(([, entry]) => entry.words.heads.includes(word))?.[0] ?? null
}

/** The kind the phrase for what something is gives: its kind word (\`…平台\`), or a head only names set apart take (\`…钱包\`, \`…框架\`). */
export function headKind(phrase: string, grammar: KindGrammar): string | null {
  return kindOf(phrase, grammar) ?? grammar.setApartKind(phrase)
}

/** A section heading without the word that makes it an overview: \`物联网平台概览\` is about \`物联网平台\`. */
export function withoutTopicSuffix(heading: string): string {
  const trimmed = heading.trim()
  const suffix = topicSuffixes.find((word) => trimmed.endsWith(word) && trimmed.length > word.length)
  return suffix ? trimmed.slice(0, trimmed.length - suffix.length) : trimmed
}

/**
 * Whether a name names something in particular: not a generic phrase
 * (\`区块链联盟\`, \`产业联盟\`), nor one behind a word no name starts with (\`其\`, \`该\`).
 */
export function isSpecificName(name: string): boolean {
  const bare = name.replace(leadingNumbering, '').trim()
  // (a version alone, \`V2\`, \`2.0\`, is of a name, none of its own)
  return !(notNameStarts.some((word) => bare.startsWith(word)) || versionAlone.test(bare) || isQuality(bare) || clauseWords.test(bare) || isGeneric(bare))
}

/** Whether words in the script alone name a quality (\`安全性\`, \`透明度\`) or a part of a system (\`共识模块\`), no record. */
export function isQuality(words: string): boolean {
  const bare = words.trim()
  return !/[A-Za-z0-9]/u.test(bare) && [...qualityEndings, ...partEndings].some((ending) => bare.endsWith(ending))
}

/** A version number alone: \`V2\`, \`v1.4\`, \`2.0\`. */
const versionAlone = /^(?:[Vv]\d+(?:\.\d+)*|\d+(?:\.\d+)+)$/u


/** Whether words are generic phrases and the words that narrow them without naming anyone: \`联盟链平台\`, \`国内外区块链联盟\`. */
function isGeneric(words: string): boolean {
  let said = generic.get(words)
  if (said === undefined) {
    // (kept small: a build of thousands of documents meets many names once)
    if (generic.size >= maxRemembered) generic.clear()
    generic.set(words, (said = readsAsGeneric(words)))
  }
  return said
}

function readsAsGeneric(words: string): boolean {
  if (fieldWords.includes(words)) return false
  // (a term of the trade narrows a phrase without naming anyone: \`BaaS 平台\`)
  if (words === '' || genericNames.includes(words) || genericModifiers.includes(words) || isTradeWord(words)) return true
  // a generic name after words that narrow it (\`企业级区块链平台\`), or narrowing words before one (\`高性能企业级\`)
  return genericNames.some((word) => words.endsWith(word) && words.length > word.length && isGeneric(words.slice(0, words.length - word.length).trim())) ||
    genericModifiers.some((word) => words.startsWith(word) && words.length > word.length && isGeneric(words.slice(word.length).trim()))
}

/** Whether a name found where a kind is named reads as a name: a Latin name or alias, or a kind word at its end. */
export function readsAsName(name: string, aliases: readonly string[], grammar: KindGrammar): boolean {
  return [name, ...aliases].some((written) => /[A-Za-z]/u.test(written)) || kindOf(name, grammar) !== null
}

/** How many of a kind's words a text holds. */
export function kindWordCount(text: string, heads: readonly string[]): number {
  let count = 0
  for (const word of heads) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count++
  }
  return count
}

export function endsWithKind(name: string, heads: readonly string[]): boolean {
  return heads.some((word) => name.endsWith(word))
}

/** Whether a name reads as a product's rather than a description: a Latin name, or one headed as products are named (\`云梭链\`, not \`高性能联盟链\`). */
export function readsAsProductName(name: string): boolean {
  // (\`丁岳链开放平台\`: or such a name before words that leave it whom it names)
  return /[A-Za-z]/u.test(name) || [name, bareName(name)].some((written) => nameLikeHeads.some((head) => written.endsWith(head) && !genericNames.some((word) => written.endsWith(word))))
}

/**
 * A name without the words after it that say what it is without changing
 * whom it names: \`星河账本项目\` is \`星河账本\`, \`丁岳链开放平台\` is
 * \`丁岳链\`; the name itself when it ends in no such word.
 */
export function bareName(name: string): string {
  const suffix = nameSuffixes.find((word) => name.endsWith(word) && !gluedToLatin(name, word))
  if (!suffix) return name
  let bare = name.slice(0, name.length - suffix.length).trim()
  for (let modifier = modifierAtEnd(bare); modifier !== undefined; modifier = modifierAtEnd(bare)) bare = bare.slice(0, bare.length - modifier.length).trim()
  return bare
}

/** Whether a Latin word ends a name as part of its last word (\`CertaChain\`), not as a word of its own (\`Certa Chain\`). */
export function gluedToLatin(name: string, word: string): boolean {
  return /^[A-Za-z]/u.test(word) && /[A-Za-z0-9]$/u.test(name.slice(0, name.length - word.length))
}

/** The modifier a name's words end with, when two characters at least come before it. */
function modifierAtEnd(words: string): string | undefined {
  return suffixModifiers.find((word) => words.endsWith(word) && [...words].length >= [...word].length + 2)
}

/** Longest phrase for a product, in characters, after the organisation that owns it. */
const maxOwnedPhrase = 10

/**
 * The organisation a product's name opens with, when the rest only says what
 * the product is (\`甲科技票据服务平台\`: \`甲科技\`): a name with an
 * organisation's ending, a character before it at least, then a phrase of
 * the kind with no organisation in it. Undefined for any other name.
 */
export function ownerOf(name: string, grammar: KindGrammar): string | undefined {
  for (const ending of organisationEndings) {
    for (let at = name.indexOf(ending, 1); at >= 0; at = name.indexOf(ending, at + 1)) {
      const owner = name.slice(0, at + ending.length).trim()
      const rest = name.slice(at + ending.length).trim()
      // (counted without the spaces a converter sets around Latin words: \`区块链 BaaS 平台\`)
      const length = rest.replace(/\s+/gu, '').length
      if (length < 2 || length > maxOwnedPhrase || kindOf(rest, grammar) === null) continue
      // one organisation: no other's ending inside it (\`甲科技乙银行\`), one right before its own is part of it (\`甲科技集团\`)
      const inner = name.slice(0, at)
      if (organisationEndings.some((word) => rest.includes(word) || (inner.includes(word) && !inner.endsWith(word))) || !isSpecificName(owner)) continue
      return owner
    }
  }
  return undefined
}

/** Whether what a text says a record runs on names one: no word of the trade (\`PBFT\`), no technology in general (\`区块链\`), a name of its own. */
export function readsAsBase(name: string): boolean {
  // (\`基于哈希锁定的…工具\`: a technique's name in the script is none)
  const technique = !/[A-Za-z]/u.test(name) && (techniqueModifiers.some((word) => name.trim().startsWith(word)) || techniqueEndings.some((word) => name.trim().endsWith(word)))
  return !technique && !isTradeWord(name) && !technologyWords.includes(name) && !notBases.includes(name.trim()) && isSpecificName(name)
}

/** Whether a Latin name is a word of the trade or a tool (\`PBFT\`, \`Docker\`, in any case): no platform, no base, no maker. */
export function isTradeWord(name: string): boolean {
  const lower = name.toLowerCase()
  return [...technicalTerms, ...notOrganisations].some((word) => word.toLowerCase() === lower)
}

/**
 * Whether a name is no more than words of description before a head only names set apart take (\`支付网络\`,
 * \`去中心化系统\`): a name needs a part of its own, two characters at least before the head, none of the words
 * the copula's phrase describes it with, no technology's name, no word of what a thing does, no word that makes a phrase general.
 */
export function genericSetApart(name: string, phrase: string, grammar: KindGrammar): boolean {
  const head = grammar.headBefore.exec(name)?.groups!.head ?? ''
  const rest = name.slice(0, name.length - head.length).trim()
  return [...rest].length < 2 || phrase.includes(rest) || relativeMarkers.some((marker) => rest.includes(marker)) ||
    [...genericModifiers, ...technologyWords, ...functionWords].some((word) => rest.includes(word))
}
