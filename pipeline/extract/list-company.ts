/**
 * The company a name keeps: a Latin name listed with two or more records of
 * one kind and nothing else (\`与 Solen、Tarn 和 Wirra 相比\`, where Solen and
 * Tarn are platforms the document names) is of that kind. Read once every
 * sentence has been read and the widely known names found, so that the
 * decision rests on the whole document: a list of one record and a new name,
 * or with a name in the script no record has, decides nothing.
 */
import {itemSeparators, longestFirst, onLanguage} from '../lexicon/language.ts'
import {clauses} from '../clean/passages.ts'
import {isTradeWord} from './decide-kind.ts'
import {type Extraction, type RecordDraft, squeeze} from './record-book.ts'

/** A Latin name, the whole of a list's item. */
const latinItem = /^[A-Z][A-Za-z0-9]*(?:[ .&-][A-Za-z0-9]+){0,3}$/u
/** Shortest Latin name read: one or two letters are initials or units. */
const shortest = 3
/** Fewest records of one kind a list must hold for its other names to be of that kind. */
const leastKnown = 2

let separators: RegExp

// compiled from the language pack in use, and again whenever another comes into use
onLanguage(() => {
  separators = new RegExp(longestFirst(itemSeparators).join('|'), 'gu')
})

export function readListCompany(state: Extraction) {
  const {book, proseSentences} = state
  const parties = new Set(book.records.flatMap((record) => [...record.leads, ...record.joiners].flatMap((party) => [party.name, ...party.aliases].map(squeeze))))
  const found: Array<{kind: string; name: string; offset: number}> = []
  for (const {text, span} of proseSentences) {
    for (const clause of clauses(text.text, span)) {
      const items = itemsOf(text.text.slice(clause.start, clause.end))
      if (items.length < leastKnown + 1) continue
      // every item a record of one kind or a Latin name, two records at least (the first item, whose every ending is looked up, last:
      // most lists fail on an item before it)
      const read = items.map((): ReturnType<typeof readItem> => undefined)
      let complete = true
      for (const index of [...items.keys()].slice(1).concat(0)) {
        read[index] = readItem(state, items[index]!.text, index === 0, index === items.length - 1)
        if (read[index] === undefined) {
          complete = false
          break
        }
      }
      if (!complete) continue
      const kinds = new Set(read.flatMap((item) => (item && 'record' in item ? [item.record.kind] : [])))
      const known = read.filter((item) => item && 'record' in item).length
      if (kinds.size !== 1 || known < leastKnown) continue
      const [kind] = kinds
      for (const [index, item] of read.entries()) {
        if (!item || !('name' in item) || parties.has(squeeze(item.name))) continue
        found.push({kind: kind!, name: item.name, offset: text.toSource(clause.start + items[index]!.start + item.at)})
      }
    }
  }
  for (const {kind, name, offset} of found) {
    if (!book.find(name)) state.apply({type: 'record', kind, name, aliases: [], offset, rule: 'list-company'})
  }
}

/** The items of a list in a clause, with where each starts in it. */
function itemsOf(clause: string): Array<{text: string; start: number}> {
  const items: Array<{text: string; start: number}> = []
  let from = 0
  for (const match of clause.matchAll(separators)) {
    items.push({text: clause.slice(from, match.index), start: from})
    from = match.index + match[0].length
  }
  items.push({text: clause.slice(from), start: from})
  return items.filter((item) => item.text.trim() !== '')
}

/**
 * What an item of a list names: a record (the first item may have words before the name, the last words after
 * it: \`与 Solen\`, \`Wirra 相比\`), or a Latin name no record has, with where it starts in the item.
 */
function readItem(state: Extraction, item: string, first: boolean, last: boolean): {record: RecordDraft} | {name: string; at: number} | undefined {
  const {book} = state
  const trimmed = item.trim()
  const whole = book.find(trimmed)
  if (whole) return {record: whole}
  if (last) {
    const start = book.knownAtStart(trimmed)
    if (start) return {record: start.record}
  }
  if (first) {
    for (let at = 1; at < trimmed.length - 1; at++) {
      const record = book.find(trimmed.slice(at))
      if (record) return {record}
    }
  }
  // a Latin name: the whole item, or its last words in the first item, its first words in the last
  const latin = (first ? /[A-Z][A-Za-z0-9]*(?:[ .&-][A-Za-z0-9]+){0,3}$/u : last ? /^[A-Z][A-Za-z0-9]*(?:[ .&-][A-Z0-9][A-Za-z0-9]*){0,3}/u : latinItem).exec(trimmed)
  if (!latin) return undefined
  const name = latin[0].trim()
  const rest = trimmed.slice(0, latin.index) + trimmed.slice(latin.index + latin[0].length)
  // the words around it are a few of the script, none a letter of another Latin word
  if (/[A-Za-z0-9]/u.test(rest) || [...rest.trim()].length > 4) return undefined
  if (name.length < shortest || (/^[A-Z0-9]+$/u.test(name) && name.length <= 3) || isTradeWord(name)) return undefined
  return {name, at: item.indexOf(trimmed) + latin.index}
}
