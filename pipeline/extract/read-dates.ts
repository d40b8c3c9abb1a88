import {asOfWords, dateSource, relativeYears, yearMarker, onLanguage} from '../lexicon/language.ts'
import {halfWidth, readNumber} from './read-numbers.ts'

export interface DateMatch {
  /** ISO 8601 date or prefix: `2016`, `2017-02`, `2016-05-31`. */
  date: string
  start: number
  end: number
}

let datePattern: RegExp

// compiled from the language pack in use, and again whenever another comes into use
onLanguage(() => {
  datePattern = new RegExp(dateSource, 'gu')
})
const figuresDate = /(?:19|20)\d{2}[./-]\d/u

/**
 * Every date written `2017 年 2 月`, `二〇一七年二月` or with full-width digits, as an ISO prefix; and a date told from
 * the year of the event given last (`同年 9 月`, `次年`), in the text before it or else `yearBefore` (none without either).
 */
export function findDates(text: string, yearBefore?: number): DateMatch[] {
  const dates: DateMatch[] = []
  // every date is written with the year's word or in figures: most sentences have neither
  if (!text.includes(yearMarker) && !figuresDate.test(text)) return dates
  let lastYear = yearBefore
  for (const match of halfWidth(text).matchAll(datePattern)) {
    const figures = match[4] !== undefined
    const relative = match[7] === undefined ? undefined : relativeYears.find(({word}) => word === match[7])
    if (match[7] !== undefined && (relative === undefined || lastYear === undefined)) continue
    const year = relative ? lastYear! + relative.years : readNumber((figures ? match[4] : match[1])!)
    const monthText = figures ? match[5] : relative ? match[8] : match[2]
    const dayText = figures ? match[6] : relative ? match[9] : match[3]
    const month = monthText ? readNumber(monthText) : undefined
    const day = dayText ? readNumber(dayText) : undefined
    if (!Number.isFinite(year) || (month !== undefined && !(month >= 1 && month <= 12))) continue
    let date = String(year).padStart(4, '0')
    if (month !== undefined) date += `-${String(month).padStart(2, '0')}`
    if (month !== undefined && day !== undefined && day >= 1 && day <= 31) date += `-${String(day).padStart(2, '0')}`
    dates.push({date, start: match.index, end: match.index + match[0].length})
    // (the year of an event, not one a count is given as of: \`截至 2020 年 6 月…。同年 12 月\` is the year of the event before)
    if (!isAsOf(text, match.index)) lastYear = year
  }
  return dates
}

/** Where a text writes dates, those told from the year before (\`同年 9 月\`) too, whatever that year is. */
export function dateSpans(text: string): Array<{start: number; end: number}> {
  return findDates(text, 0).map(({start, end}) => ({start, end}))
}

/** A text without its dates (\`dates\`, found in it: all of them unless given). */
export function withoutDateSpans(text: string, dates: ReadonlyArray<{start: number; end: number}> = dateSpans(text)): string {
  let rest = text
  for (const date of [...dates].reverse()) rest = rest.slice(0, date.start) + rest.slice(date.end)
  return rest
}

/** Whether the date at \`index\` is the date a count or state is given as of (\`截至 2019 年\`), not that of an event. */
export function isAsOf(sentence: string, index: number): boolean {
  const before = sentence.slice(Math.max(0, index - 4), index).trim()
  return asOfWords.some((word) => before.endsWith(word))
}
