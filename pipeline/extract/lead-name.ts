/**
 * A paragraph that opens with a name alone (\`（1）星河联盟。\`), or with a
 * name and a colon (\`星河联盟：成立于…\`), speaks of that name in the
 * sentences after it, as an entry's text does.
 */
import {anyVerb, clauseEnds, comma, entrySeparator, genericNames, listMarkerLength, predicate, trailingPunctuation} from '../lexicon/language.ts'
import type {KindGrammar} from '../lexicon/zh/grammar.ts'
import type {Passage, Span} from '../clean/passages.ts'
import {isSpecificName, isTradeWord, kindFromDescription, kindOf} from './decide-kind.ts'
import {isLatinName, readName} from './read-names.ts'
import {lastBoundary} from './read-clauses.ts'
import type {Extraction, RecordDraft} from './record-book.ts'

/** The mention pattern of a grammar as the whole of a text. */
const wholeMentions = new WeakMap<KindGrammar, RegExp>()
function wholeMention(grammar: KindGrammar): RegExp {
  let pattern = wholeMentions.get(grammar)
  if (!pattern) {
    pattern = new RegExp(`^(?:${grammar.mention.source})$`, 'u')
    wholeMentions.set(grammar, pattern)
  }
  return pattern
}

/** Longest sentence, in characters, read as a name alone opening a paragraph. */
const maxLeadName = 30

/**
 * A first sentence that is a name alone (after a list's marker), ending in a
 * kind word (\`（1）星河联盟。\`), when sentences follow it; or a first
 * sentence that opens with such a name and a colon (\`星河联盟：成立于…\`,
 * the line of an entry a converter gave no list marker): the record the rest
 * of its paragraph speaks of, and the rest of the first sentence, if any.
 */
export function leadName(state: Extraction, text: Passage, span: Span, followed: boolean): {record: RecordDraft; body: Span | null} | null {
  const sentence = text.text.slice(span.start, span.end)
  const marker = listMarkerLength(sentence)
  const separator = entrySeparator.exec(sentence.slice(marker, marker + maxLeadName + 1))
  const named = separator ? sentence.slice(marker, marker + separator.index) : followed ? sentence.slice(marker).replace(trailingPunctuation, '') : ''
  const written = named.trim()
  if (written === '' || [...written].length > maxLeadName) return null
  // the whole sentence one name: a run of a name's characters ending in a kind word, its parentheses after it
  // (no word a name starts after inside it: \`是\`, \`的\`, \`由\`…)
  const body = separator ? {start: span.start + marker + separator.index + separator[0].length, end: span.end} : null
  // (or a name with no kind word before a colon, of the kind its text tells, as an entry's: \`链税通：由甲局联合乙数科打造，2021 年 1 月上线\`)
  const mention = wholeMention(state.grammar).test(written)
  const described = !mention && body ? kindFromDescription(text.text.slice(body.start, text.text.length), state.grammar) : null
  if ((!mention && !described) || predicate.test(written) || lastBoundary(written) > 0) return null
  const {name, aliases} = readName(written)
  const kind = kindOf(name, state.grammar) ?? described
  if (!kind || !isSpecificName(name) || genericNames.includes(name) || comma.test(name)) return null
  // after a colon, words that tell facts (\`成立于…\`), not a phrase that says what it is (a title's \`X：一种…账本\`)
  if (body && !anyVerb.test(text.text.slice(body.start, body.end))) return null
  const at = span.start + marker + (named.length - named.trimStart().length)
  return {record: leadRecord(state, text, {kind, name, aliases, at, rule: 'lead-name'}), body}
}

/** The record a paragraph leads with, at \`at\`: what its next sentences speak of and point back at. */
function leadRecord(state: Extraction, text: Passage, lead: {kind: string; name: string; aliases: string[]; at: number; rule: string}): RecordDraft {
  const {kind, name, aliases, at, rule} = lead
  const record = state.apply({type: 'record', kind, name, aliases, offset: text.toSource(at), rule, description: text.text})
  state.pointAt(record)
  state.bringIntoScope(record)
  return record
}

/** Longest name, in characters, an item of a list opens with before its first punctuation. */
const maxItemName = 40

/**
 * An item of a list a sentence introduces (\`例如：\` then \`- 乙云 BaaS 平台，支持…\`) that opens with a name before
 * its first punctuation: a name with a kind word of its own, or a Latin name when the introducing sentence names a
 * kind. The record the rest of the item speaks of, and that rest.
 */
export function itemLead(state: Extraction, text: Passage, introduced: string | null): {record: RecordDraft; body: Span | null} | null {
  const end = text.text.search(clauseEnds)
  const written = (end < 0 ? text.text : text.text.slice(0, end)).replace(trailingPunctuation, '').trim()
  if (written === '' || [...written].length > maxItemName || predicate.test(written) || lastBoundary(written) > 0) return null
  const {name, aliases} = readName(written)
  const latin = isLatinName(name) && !isTradeWord(name)
  const kind = kindOf(name, state.grammar) ?? (latin ? introduced : null)
  if (!kind || !isSpecificName(name) || genericNames.includes(name) || state.book.findAny(name, aliases)) return null
  const record = leadRecord(state, text, {kind, name, aliases, at: text.text.indexOf(written), rule: 'list-item'})
  return {record, body: end < 0 ? null : {start: end + 1, end: text.text.length}}
}
