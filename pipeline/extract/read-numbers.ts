import {approximateMarkers, chineseDigits, chineseNumber, chineseUnits, countUnits, ordinalMarkers, qualifierWords, vagueMultipliers, onLanguage} from '../lexicon/language.ts'
import {halfWidth} from '../lexicon/characters.ts'


/** The value of an Arabic or Chinese numeral (`150`, `一百五十`, `两百`, `二〇一七`), or NaN. */
export function readNumber(text: string): number {
  const plain = halfWidth(text).trim()
  if (/^\d+$/.test(plain)) return Number(plain)
  // (\`1,200\`: digits grouped by thousands)
  if (/^\d{1,3}(?:,\d{3})+$/.test(plain)) return Number(plain.replace(/,/gu, ''))
  if (![...plain].every((char) => char in chineseDigits || char in chineseUnits)) return Number.NaN
  if (![...plain].some((char) => char in chineseUnits)) {
    return Number([...plain].map((char) => chineseDigits[char]).join(''))
  }
  let total = 0
  let section = 0
  let digit = 0
  for (const char of plain) {
    if (char in chineseDigits) {
      digit = chineseDigits[char]!
    } else {
      const unit = chineseUnits[char]!
      if (unit === 10000) {
        total += (section + digit) * unit
        section = 0
      } else {
        section += (digit === 0 ? 1 : digit) * unit
      }
      digit = 0
    }
  }
  return total + section + digit
}

export type Qualifier = 'exact' | 'over' | 'under' | 'about'

export interface CountMatch {
  value: number
  qualifier: Qualifier
  /** Offsets of the words the count was read from, in the text searched. */
  start: number
  end: number
}

let before: string[]
let after: string[]
let countPattern: RegExp

// compiled from the language pack in use, and again whenever another comes into use
onLanguage(() => {
  before = Object.values(qualifierWords).flatMap((words) => words.before).sort((a, b) => b.length - a.length)
  after = Object.values(qualifierWords).flatMap((words) => words.after).sort((a, b) => b.length - a.length)
  countPattern = new RegExp(
  `(${before.join('|')})?\\s{0,3}(\\d{1,3}(?:,\\d{3})+|\\d{1,9}|${chineseNumber})\\s{0,3}(${approximateMarkers.join('|')})?\\s{0,3}(${countUnits.join('|')})(${after.filter((word) => !approximateMarkers.includes(word)).join('|')})?`,
  'gu'
)
})

/** Every count of things (`超过 150 多家`, `两百余家`, `约 40 个`) in a text, with its qualifier. */
export function findCounts(text: string): CountMatch[] {
  const counts: CountMatch[] = []
  const written = halfWidth(text)
  for (const match of written.matchAll(countPattern)) {
    // (\`第 100 家\`: an ordinal counts nothing)
    if (match[1] === undefined && ordinalMarkers.some((marker) => written.slice(0, match.index).trimEnd().endsWith(marker))) continue
    // (\`数十家\`: a vague quantity counts nothing)
    if (match[1] === undefined && vagueMultipliers.some((word) => written.slice(0, match.index).endsWith(word))) continue
    const value = readNumber(match[2]!)
    if (!Number.isFinite(value)) continue
    const words = [match[1], match[3], match[5]].filter(Boolean) as string[]
    counts.push({value, qualifier: qualifierOf(words), start: match.index, end: match.index + match[0].length})
  }
  return counts
}

function qualifierOf(words: readonly string[]): Qualifier {
  for (const [qualifier, {before: pre, after: post}] of Object.entries(qualifierWords)) {
    if (words.some((word) => (pre as readonly string[]).includes(word) || (post as readonly string[]).includes(word))) {
      return qualifier as Qualifier
    }
  }
  return 'exact'
}

export {halfWidth}
