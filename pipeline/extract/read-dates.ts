import {amountUnits, monthParts, yearParts} from '../lexicon/zh/index.ts'
import {chineseNumber, halfWidth, readNumber} from './read-numbers.ts'

export interface DateMatch {
  /** ISO 8601 date or prefix: `2016`, `2017-02`, `2016-05-31`. */
  date: string
  start: number
  end: number
}

/**
 * A written date, as a regular expression source with the year, month and day captured (and the part of a
 * year or month it names); or in figures, \`2016.5.31\`, \`2016/5\`, \`2016-05-31\` (a year of this or the last
 * century, a month that exists, and no more figures nor a unit after it: \`2019.5 亿元\` is an amount).
 */
export const dateSource =
  `(?:(\\d{4}|[〇零一二三四五六七八九]{4})\\s{0,3}年(?:\\s{0,3}(\\d{1,2}|${chineseNumber})\\s{0,3}月(?:\\s{0,3}(\\d{1,2}|${chineseNumber})\\s{0,3}[日号]|(?:${monthParts.join('|')}))?|(?:${yearParts.join('|')}))?` +
  `|((?:19|20)\\d{2})[./-](0?[1-9]|1[0-2])(?:[./-](0?[1-9]|[12]\\d|3[01]))?(?![\\d.]|\\s{0,2}(?:${amountUnits.join('|')})))`
const datePattern = new RegExp(dateSource, 'gu')
const figuresDate = /(?:19|20)\d{2}[./-]\d/u

/** Every date written `2017 年 2 月`, `二〇一七年二月` or with full-width digits, as an ISO prefix. */
export function findDates(text: string): DateMatch[] {
  const dates: DateMatch[] = []
  // every date is written with 年 or in figures: most sentences have neither
  if (!text.includes('年') && !figuresDate.test(text)) return dates
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
