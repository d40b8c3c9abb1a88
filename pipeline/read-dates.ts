import {monthParts, yearParts} from './lexicon/zh/index.ts'
import {chineseNumber, halfWidth, readNumber} from './read-numbers.ts'

export interface DateMatch {
  /** ISO 8601 date or prefix: `2016`, `2017-02`, `2016-05-31`. */
  date: string
  start: number
  end: number
}

/** A written date, as a regular expression source with the year, month and day captured (and the part of a year or month it names). */
export const dateSource = `(\\d{4}|[〇零一二三四五六七八九]{4})\\s{0,3}年(?:\\s{0,3}(\\d{1,2}|${chineseNumber})\\s{0,3}月(?:\\s{0,3}(\\d{1,2}|${chineseNumber})\\s{0,3}[日号]|(?:${monthParts.join('|')}))?|(?:${yearParts.join('|')}))?`
const datePattern = new RegExp(dateSource, 'gu')

/** Every date written `2017 年 2 月`, `二〇一七年二月` or with full-width digits, as an ISO prefix. */
export function findDates(text: string): DateMatch[] {
  const dates: DateMatch[] = []
  // every date is written with 年: most sentences have none
  if (!text.includes('年')) return dates
  for (const match of halfWidth(text).matchAll(datePattern)) {
    const year = readNumber(match[1]!)
    const month = match[2] ? readNumber(match[2]) : undefined
    const day = match[3] ? readNumber(match[3]) : undefined
    if (!Number.isFinite(year) || (month !== undefined && !(month >= 1 && month <= 12))) continue
    let date = String(year).padStart(4, '0')
    if (month !== undefined) date += `-${String(month).padStart(2, '0')}`
    if (month !== undefined && day !== undefined && day >= 1 && day <= 31) date += `-${String(day).padStart(2, '0')}`
    dates.push({date, start: match.index, end: match.index + match[0].length})
  }
  return dates
}
