import {alternatives, organisationEndings, colons, commas, fullStop, semicolons, itemSeparators, launchedWellBefore, listIntroductions, notListIntroductions, onLanguage, openParens, relativeMarkers, scriptCharacters, technicalTerms} from '../lexicon/language.ts'
import {isSpecificName, isTradeWord, kindOf} from './decide-kind.ts'
import {type Extraction, squeeze} from './record-book.ts'
import {glossesOf} from './read-facts.ts'
import {ownedBeforeHead} from './read-subjects.ts'

/** A Latin name: capitalised words or a CamelCase word, as a word of its own. */
const latinName = /(?<![A-Za-z0-9.])[A-Z][A-Za-z0-9]*(?:[ .&-][A-Z][A-Za-z0-9]*){0,2}(?![A-Za-z0-9])/gu
/** Shortest Latin name noted: one or two letters are initials or units. */
const shortest = 3

/**
 * Latin names in prose that no reader made a record of, and that are no
 * organisation a record names, where the text hints at an entity: the word
 * for a kind after them (\`Nova 平台\`), or a verb of launching before them
 * (\`推出了 Nova\`). Candidates for a person to decide on; words of the trade
 * (\`Docker\`, \`Merkle\`) are left alone.
 */
export function noteLatinCandidates(state: Extraction) {
  const {book, grammar, proseSentences} = state
  // (an organisation's Latin name before the word for what it does is one too: \`Fjord\` of \`Fjord 电信\`; not before a
  // kind's word, \`R3 联盟\`, which may be a record of its own)
  const latinOf = (name: string) => {
    const latin = /^[A-Za-z][A-Za-z0-9 .&-]*/u.exec(name)?.[0].trim()
    return latin === undefined || kindOf(name, grammar) !== null ? name : latin
  }
  const parties = new Set(book.records.flatMap((record) => [...record.leads, ...record.joiners].flatMap((party) => [party.name, ...party.aliases, latinOf(party.name)].map(squeeze))))
  const recordNames = book.records.flatMap((record) => [record.name, ...record.aliases])
  // (\`Corona\` of \`企业 Corona 联盟\` where a record's name holds it, there: part of that name)
  const inRecordName = (sentence: string, at: number, name: string) =>
    recordNames.some((written) => {
      if (written.length <= name.length || !written.includes(name)) return false
      for (let found = sentence.indexOf(written); found >= 0 && found <= at; found = sentence.indexOf(written, found + 1)) if (found + written.length >= at + name.length) return true
      return false
    })
  for (const {text, span} of proseSentences) {
    const sentence = text.text.slice(span.start, span.end)
    if (!/[A-Z]/u.test(sentence)) continue
    for (const match of sentence.matchAll(latinName)) {
      const name = match[0].trim()
      if (name.length < shortest || /^[A-Z0-9]+$/u.test(name) && name.length <= 4 || !readsAsLatinName(sentence, match.index, name)) continue
      if (book.find(name) || parties.has(squeeze(name)) || inRecordName(sentence, match.index, name)) continue
      const after = sentence.slice(match.index + match[0].length, match.index + match[0].length + 6).trimStart()
      // (\`Open Ledger 基金会\`: the name of an organisation, with its ending)
      if (organisationEndings.some((ending) => after.startsWith(ending))) continue
      const headBefore = grammar.headBefore.exec(sentence.slice(0, match.index))?.groups!.head
      const kind = grammar.kinds.find(([, {words}]) => words.heads.some((head) => after.startsWith(head)))?.[0] ?? (headBefore ? grammar.setApartKind(headBefore) : null)
      // a word of the trade is no candidate: only a name the phrase for a kind follows, or that something was launched as
      const launched = launchedWellBefore.test(sentence.slice(0, match.index))
      // \`如丁币 Dingbit 和戊坊 Wufang\`: a name written in both scripts, an example of a list
      const pair = kind === null && !launched ? namePair(sentence, match.index) : undefined
      if (pair) {
        if (!book.find(pair.name) && !book.find(name) && !parties.has(squeeze(pair.name))) {
          state.apply({type: 'candidate', name: pair.name, kind: null, offset: text.toSource(span.start + pair.at), why: 'a name written in both scripts among examples, in no sentence that says what it is'})
        }
        continue
      }
      // (\`典型实现包括 Nova 与 Vega 的节点\`: a Latin name in a list of examples)
      const listed = kind === null && !launched && exampleListBefore.test(sentence.slice(0, match.index))
      if (kind === null && !launched && !listed) continue
      const why = headBefore && kind ? `a name after \`${headBefore}\`, a word that names no record alone` : kind ? 'a name before the word for its kind, in no sentence that says more of it' : listed ? 'a Latin name in a list of examples, in no sentence that says what it is' : 'a name something was launched as, with no maker named'
      state.apply({type: 'candidate', name, kind: kind ?? grammar.launchedKind, offset: text.toSource(span.start + match.index), why})
    }
  }
}

/**
 * Names the document glosses with a Latin name in parentheses
 * (\`彩色币（Colored Coins）协议\`), ending in a head only names set apart
 * take, with words of their own before it, that no reading made a record of:
 * candidates of the kind their head says.
 */
export function noteGlossedCandidates(state: Extraction) {
  const {book, grammar} = state
  for (const {name, gloss, offset} of glossesOf(state).values()) {
    const kind = grammar.setApartKind(name)
    if (!kind || !ownedBeforeHead(name) || book.findAny(name, [gloss])) continue
    state.apply({type: 'candidate', name, kind, offset, why: `a name glossed with a Latin name (\`${gloss}\`), in no sentence that says what it is`})
  }
}

/** Script characters right before a Latin name, after a list's introduction or separator: the same name in the script (\`如丁币 Dingbit\`). */
function namePair(sentence: string, at: number): {name: string; at: number} | undefined {
  const before = sentence.slice(0, at)
  const match = pairBefore.exec(before)
  if (!match) return undefined
  const name = match.groups!.name!
  if (!isSpecificName(name)) return undefined
  return {name, at: before.length - match[0].length + match[0].lastIndexOf(name)}
}
let pairBefore: RegExp
/** A list of examples open before a name, in its clause. */
let exampleListBefore: RegExp

// compiled from the language pack in use, and again whenever another comes into use
onLanguage(() => {
  // a list's introduction after a comma or \`的\` (not \`如\` of \`如果\`), or a separator after the Latin name of the item before
  const introduced = `(?:[${commas}${colons}]\\s{0,2}|${alternatives(relativeMarkers)})(?!${alternatives(notListIntroductions)})(?:${alternatives(listIntroductions)})[${commas}${colons}]?`
  const separated = `[A-Za-z0-9]\\s{0,2}(?:${alternatives(itemSeparators)})`
  // a list's introduction of two characters or more (\`包括\`, \`例如\`; not \`如\` alone), in the clause before a name
  const introductions = listIntroductions.filter((word) => word.length >= 2 && !notListIntroductions.includes(word))
  exampleListBefore = introductions.length === 0 ? /(?!)/u : new RegExp(`(?:${alternatives(introductions)})[${colons}]?[^${commas}${colons}${semicolons}${fullStop}]{0,40}$`, 'u')
  pairBefore = new RegExp(`(?:${introduced}|${separated})\\s{0,2}(?<name>${scriptCharacters}{2,6})\\s+$`, 'u')
})

/**
 * Whether a Latin name in a sentence reads as a name of its own: not a word
 * of the trade (nor made of one: \`Byzantine Raft\`), not a language or tool
 * (\`JAVA\`), not a gloss in parentheses after the words it translates
 * (\`信任（Trust）\`), and no part of an English phrase or title that runs on
 * in lower case (\`Proof of Stake\`).
 */
function readsAsLatinName(sentence: string, at: number, name: string): boolean {
  if (name.split(/[ .&-]/u).some((word) => technicalTerms.includes(word))) return false
  if (isTradeWord(name)) return false
  const before = sentence.slice(0, at).trimEnd()
  if ([...openParens].some((mark) => before.endsWith(mark))) return false
  const after = sentence.slice(at + name.length)
  return !/^ [a-z]/u.test(after) && !/[a-z] $/u.test(sentence.slice(Math.max(0, at - 2), at))
}

/**
 * The candidates left once every record is known: none that became a record
 * on the way, nor the bare name of a record named with its kind word
 * (\`Orion\` of \`Orion 联盟\`).
 */
export function remainingCandidates(state: Extraction) {
  const {book, grammar} = state
  const withKindWord = book.records.map((record) => squeeze(record.name))
  return [...state.candidates.values()].filter((candidate) => {
    if (book.find(candidate.name)) return false
    const key = squeeze(candidate.name)
    return !withKindWord.some((name) => name.length > key.length && name.startsWith(key) && kindOf(name.slice(key.length), grammar) !== null)
  })
}
