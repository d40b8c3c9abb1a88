import {dateSource, yearMarker, onLanguage} from '../lexicon/language.ts'
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

/** Every date written `2017 年 2 月`, `二〇一七年二月` or with full-width digits, as an ISO prefix. */
export function findDates(text: string): DateMatch[] {
  const dates: DateMatch[] = []
  // every date is written with the year's word or in figures: most sentences have neither
  if (!text.includes(yearMarker) && !figuresDate.test(text)) return dates
  for (const match of halfWidth(text).matchAll(datePattern)) {
    const figures = match[4] !== undefined
    const year = readNumber((figures ? match[4] : match[1])!)
    const monthText = figures ? match[5] : match[2]
    const dayText = figures ? match[6] : match[3]
    const month = monthText ? readNumber(monthText) : undefined
    const day = dayText ? readNumber(dayText) : undefined
    if (!Number.isFinite(year) || (month !== undefined && !(month >= 1 && month <= 12))) continue
    let date = String(year).padStart(4, '0')
    if (month !== undefined) date += `-${String(month).padStart(2, '0')}`
    if (month !== undefined && day !== undefined && day >= 1 && day <= 31) date += `-${String(day).padStart(2, '0')}`
    dates.push({date, start: match.index, end: match.index + match[0].length})
  }
  return dates
}
