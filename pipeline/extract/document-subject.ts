import {authorshipMarkers, commas, copyrightWords, definingTitle, namingTitle, fullStop, organisationEndings, semicolons, subjectAspects, subjectDocumentWords, coverDocumentWords, titleMarks, onLanguage} from '../lexicon/language.ts'
import {genericSetApart, headKind, isSpecificName, isTradeWord, kindByUse, kindOf} from './decide-kind.ts'
import type {KindGrammar} from '../lexicon/zh/grammar.ts'
import type {VFile} from 'vfile'
import type {Extraction} from './record-book.ts'
import {readParties} from './read-parties.ts'

/** Longest title, in characters, read as the document's own. */
const maxTitle = 40
/** Marks of a line that cites a document or is a sentence, not a title: title marks, clause and sentence ends. */
let citation: RegExp

// compiled from the language pack in use, and again whenever another comes into use
onLanguage(() => {
  citation = new RegExp(`[${titleMarks}${commas}${fullStop}${semicolons}]`, 'u')
})

/** Lines from the start of the source a title is looked for in: the cover, the contents, the first pages. */
const titleLines = 400
/** How often the text must name the subject, besides the title, for it to be the document's subject. */
const leastMentions = 3

/**
 * The document's own subject: a product white paper names its product in
 * its title (\`星河链产品白皮书\`, \`星河平台技术白皮书\`) and then mostly as
 * the bare subject of its sentences, never with the sentence shapes the
 * other readers know. The name of the title, without the document word and
 * the side it covers, becomes a record when the text names it often and
 * says what it is: its own kind word (\`星河平台\`), or the kind word the
 * text puts after it most (\`星河链平台\`). The publisher of the running
 * header, the copyright line or the cover (an organisation's name on a line
 * of its own after the title) is its developer, unless the text names one.
 */
export function readDocumentSubject(state: Extraction): void {
  const {file, book, grammar} = state
  const text = String(file.value)
  const title = documentTitle(text, file.data.document?.title ?? null) ?? definedTitle(text, grammar)
  if (!title) return
  const titled = title.name ?? subjectOf(title.text)
  if (!titled) return
  // \`Nebula 区块链产品白皮书\`: a Latin name the title heads with a word of the script, named bare in the text
  const latinPart = /^(?<latin>[A-Za-z][A-Za-z0-9 .-]*?)\s+\P{Script=Latin}+$/u.exec(titled)?.groups!.latin
  const name = latinPart && countOf(text, titled) < leastMentions + 1 ? latinPart : titled
  if (name.length < 2 || !isSpecificName(name)) return
  const mentions = countOf(text, name)
  if (mentions < leastMentions + 1) return
  const existing = book.find(name)
  const kind = existing?.kind ?? title.kind ?? kindByUse(name, text, grammar) ?? titleKind(name, grammar)
  if (!kind) return
  const record = existing ?? state.apply({type: 'record', kind, name, aliases: [], offset: title.offset + title.text.indexOf(name), rule: 'document-subject'})
  const publisher = publisherAfter(file, text, title.offset)
  if (!publisher || record.leads.length > 0) return
  const at = text.indexOf(publisher)
  const [party] = readParties(publisher)
  if (party && at >= 0) state.apply({type: 'party', record, role: 'leads', party: {...party, offset: at, rule: 'publisher'}})
}

const publishers = new WeakMap<VFile, string | undefined>()

/**
 * The organisation that wrote a document, as its running header, its copyright lines or its cover (the lines after its
 * title) name it: what its own words for itself (\`本公司\`) mean. Undefined when it names none.
 */
export function documentPublisher(file: VFile): string | undefined {
  if (publishers.has(file)) return publishers.get(file)
  const text = String(file.value)
  // (a report's cover names its publisher under the title as a white paper's does)
  const title = documentTitle(text, file.data.document?.title ?? null, coverDocumentWords)
  const publisher = publisherAfter(file, text, title?.offset)
  publishers.set(file, publisher)
  return publisher
}

/** The publisher the running header names, else the copyright lines, else the cover after the title at \`titleOffset\`. */
function publisherAfter(file: VFile, text: string, titleOffset: number | undefined): string | undefined {
  return publisherOf(file.data.document?.publisher ?? null) ?? copyrightHolder(text) ?? (titleOffset === undefined ? undefined : coverPublisher(text, titleOffset))
}

/**
 * The kind a title's name gives a product the text puts no kind word after:
 * its last word a head only names set apart take, with a part of its own
 * (\`星图区块链\`, \`云岭支付网络\`), or a Latin name that is no word of the
 * trade (\`Nebula\`): the kind launched, as products are.
 */
function titleKind(name: string, grammar: KindGrammar): string | null {
  const headed = grammar.setApartKind(name)
  if (headed) return genericSetApart(name, '', grammar) ? null : headed
  return latinProduct.test(name) && !isTradeWord(name) ? grammar.launchedKind : null
}

/** Lines of text (not counting empty ones) from the start of the source a title that says what its subject is is looked for in. */
const definingTitleLines = 5
/** Characters from the start of the source those lines are looked for in. */
const maxDefiningTitleStart = 2000

/**
 * A title that names its subject and says what it is, as translated papers
 * are titled (\`Sorrel：一种可扩展的拜占庭容错账本\`): one of the first
 * lines of text, when the phrase after the colon ends in a kind word or a
 * head only names set apart take.
 */
function definedTitle(text: string, grammar: KindGrammar): {text: string; offset: number; name: string; kind: string} | undefined {
  let offset = 0
  let seen = 0
  // the first lines of text: a running header or a publisher may stand above the title
  for (const line of text.slice(0, maxDefiningTitleStart).split('\n')) {
    const trimmed = line.trim()
    if (trimmed !== '' && ++seen > definingTitleLines) break
    // a Markdown source's title is its first heading
    const heading = /^#{1,6}\s+/u.exec(trimmed)?.[0] ?? ''
    const defined = definingTitle.exec(trimmed.slice(heading.length))
    // (a Latin name: a chapter's number before a colon, \`第三章：主流平台\`, names no subject)
    const latin = /^[A-Za-z]/u.test(trimmed.slice(heading.length))
    const named = defined || !latin ? null : namingTitle.exec(trimmed.slice(heading.length))
    const match = defined ?? named
    const head = match?.groups!.head!.trim() ?? ''
    // without an article or a described head, only a kind word's own head says what the subject is
    const kind = defined ? headKind(head, grammar) : named ? kindOf(head, grammar) : null
    if (match && kind) return {text: trimmed.slice(heading.length), offset: offset + line.indexOf(trimmed) + heading.length, name: match.groups!.name!.trim(), kind}
    offset += line.length + 1
  }
  return undefined
}

/** A Latin product's name: capitalised words, a version's digits at most. */
const latinProduct = /^[A-Z][A-Za-z0-9]*(?:[ .-][A-Za-z0-9]+){0,3}$/u

/**
 * The title of the document: the first short line near its start that names
 * a document of its subject (on the cover, which the cleaned text sets apart,
 * or over the first section), else its running header's.
 */
function documentTitle(text: string, header: string | null, words = subjectDocumentWords): {text: string; offset: number; name?: string; kind?: string} | undefined {
  let offset = 0
  for (const [index, line] of text.split('\n').entries()) {
    if (index >= titleLines) break
    const trimmed = line.trim()
    // a title stands alone: a line that quotes one (\`据《…白皮书》\`) or goes on as a sentence cites another document
    if (trimmed.length <= maxTitle && words.some((word) => trimmed.includes(word)) && !citation.test(trimmed)) return {text: trimmed, offset: offset + line.indexOf(trimmed)}
    offset += line.length + 1
  }
  return header && words.some((word) => header.includes(word)) ? {text: header, offset: 0} : undefined
}

/** The subject a title names: what comes before its document word, without a version, a year or the side of it the document covers. */
export function subjectOf(title: string): string | undefined {
  const word = subjectDocumentWords.find((candidate) => title.includes(candidate))
  if (!word) return undefined
  let name = title.slice(0, title.indexOf(word)).replace(/[\s\p{P}]+$/u, '').trim()
  for (let changed = true; changed; ) {
    changed = false
    const aspect = subjectAspects.find((candidate) => name.endsWith(candidate) && name.length > candidate.length)
    if (aspect) {
      name = name.slice(0, name.length - aspect.length).trim()
      changed = true
    }
  }
  return name.replace(/^[\s\p{P}]+/u, '') || undefined
}

/** The organisation a publisher line names, without the words of copyright; none when it names no organisation. */
function publisherOf(line: string | null): string | undefined {
  if (!line) return undefined
  let name = line
  for (const word of copyrightWords) name = name.split(word).join(' ')
  name = name.replace(/\b(?:19|20)\d{2}\b/gu, ' ').replace(/\s+/gu, ' ').trim()
  return organisationEndings.some((ending) => name.endsWith(ending)) && !/\s/u.test(name) ? name : undefined
}

/** Longest line, in characters, read as a copyright line. */
const maxCopyrightLine = 120

/** The organisation the copyright lines of a text name most often (a footer on every page: \`7   星河公司©版权所有\`). */
function copyrightHolder(text: string): string | undefined {
  const counts = new Map<string, number>()
  for (const line of text.split('\n')) {
    if (line.length > maxCopyrightLine || !copyrightWords.some((word) => line.includes(word))) continue
    let rest = line
    for (const word of copyrightWords) rest = rest.split(word).join(' ')
    for (const token of rest.split(/\s+/u)) {
      const holder = publisherOf(token)
      if (holder) counts.set(holder, (counts.get(holder) ?? 0) + 1)
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0]
}

/** Lines after the title a cover holds, at most, when no page break ends it sooner. */
const coverLines = 12

/**
 * The organisation a cover names on a line of its own after the title
 * (\`星河链技术白皮书\`, \`V2.0\`, \`甲科技有限公司\`, a date): the cover ends
 * at the first page break, or a few lines on.
 */
function coverPublisher(text: string, titleOffset: number): string | undefined {
  const end = text.indexOf('\f', titleOffset)
  const cover = text.slice(titleOffset, end < 0 ? undefined : end).split('\n').slice(1, coverLines + 1)
  for (const line of cover) {
    // (\`-layout\` sets a cover's names side by side: \`Nova Labs 著      甲 译\`)
    for (const cell of line.trim().split(/\s{3,}/u)) {
      const holder = publisherOf(cell) ?? authorOf(cell)
      if (holder) return holder
    }
  }
  return undefined
}

/** A Latin name of one to five words, as an organisation signs a cover: \`Nova Labs\`. */
const latinSignature = /^[A-Z][A-Za-z0-9&.-]*(?: [A-Z][A-Za-z0-9&.-]*){0,4}$/u

/** The author a cover line names with the word that says it wrote the document (\`Nova Labs 著\`, \`星河研究院 编制\`): an organisation or a Latin name. */
function authorOf(cell: string): string | undefined {
  const marker = authorshipMarkers.find((word) => cell.endsWith(word))
  if (marker === undefined) return undefined
  const name = cell.slice(0, cell.length - marker.length).trim()
  return publisherOf(name) ?? (latinSignature.test(name) && !isTradeWord(name) ? name : undefined)
}

function countOf(text: string, name: string): number {
  let count = 0
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) count++
  return count
}
