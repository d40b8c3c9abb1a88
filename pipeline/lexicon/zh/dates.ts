import {chineseNumber} from './numbers.ts'

/** Words that make a date the time a count holds at, not an event. */
export const asOfWords: readonly string[] = ['截至', '截止', '截止到', '截至到', '到']

/** Words before the date of a founding or launch: \`由甲于 2016 年发起\`, \`由乙在 2009 年提出\`. */
export const datePrepositions: readonly string[] = ['于', '在', '自']
/** Words that say how a thing was done, between a date and its verb: \`于 2013 年通过众筹启动\`. */
export const mannerPrepositions: readonly string[] = ['通过', '借助', '凭借', '依托', '作为', '以']

/**
 * Words after a year or a month that name a part of it (\`2016 年底\`, \`2018 年第三季度\`, \`2018 年年初\`, \`2017 年 3 月初\`): part of the
 * date as written, which keeps the precision of the year or month. Written as patterns, since
 * some start longer words (\`初步\`, and \`中\` of \`年中国\` is left out for that).
 */
export const yearParts: readonly string[] = ['上半年', '下半年', '初(?!步|期|始)', '底(?!层)', '末', '第?[一二三四1-4]\\s{0,2}季度', '年初', '年底', '年末', '年中(?!国)', '春季', '夏季', '秋季', '冬季', '春天', '夏天', '秋天', '冬天', '春', '夏', '秋', '冬']
export const monthParts: readonly string[] = ['上旬', '中旬', '下旬', '初(?!步|期|始)', '底(?!层)', '末']

/** Units after a number that make it an amount, never a date in figures: \`2019.5 亿元\`. */
export const amountUnits: readonly string[] = ['亿', '万', '元', '%', '％', '倍', '个', '家', '人', '美元']

/**
 * Words for a year told from the one the text gave last (\`同年 9 月\`: that year; \`次年\`: the one after), with how many
 * years on. \`alone\`: the word is a date without a month after it (\`当年\` alone also means \`in those days\`).
 */
export const relativeYears: ReadonlyArray<{word: string; years: number; alone: boolean}> = [
  {word: '同一年', years: 0, alone: true},
  {word: '同年', years: 0, alone: true},
  {word: '当年', years: 0, alone: false},
  {word: '次年', years: 1, alone: true},
  {word: '翌年', years: 1, alone: true},
  {word: '第二年', years: 1, alone: false}
]

/** The word every date written in words has: \`2017 年\`. */
export const yearMarker = '年'

/** A figure of a written date, in ASCII or full width as some converters give it (\`２０１８年６月\`). */
const figure = '[0-9０-９]'

/**
 * A written date, as a regular expression source with the year, month and day captured (and the part of a
 * year or month it names); or in figures, \`2016.5.31\`, \`2016/5\`, \`2016-05-31\` (a year of this or the last
 * century, a month that exists, and no more figures nor a unit after it: \`2019.5 亿元\` is an amount).
 */
export const dateSource =
  `(?:(${figure}{4}|[〇零一二三四五六七八九]{4})\\s{0,3}年(?:\\s{0,3}(${figure}{1,2}|${chineseNumber})\\s{0,3}月(?:\\s{0,3}(${figure}{1,2}|${chineseNumber})\\s{0,3}[日号]|(?:${monthParts.join('|')}))?|(?:${yearParts.join('|')}))?` +
  `|((?:19|20)\\d{2})[./-](0?[1-9]|1[0-2])(?:[./-](0?[1-9]|[12]\\d|3[01]))?(?![\\d.]|\\s{0,2}(?:${amountUnits.join('|')}))` +
  // (a year told from the last one: its word, then the month and day as above; a word that is no date alone needs its month)
  `|(${relativeYears.map(({word, alone}) => (alone ? word : `${word}(?=\\s{0,3}(?:\\d{1,2}|${chineseNumber})\\s{0,3}月)`)).join('|')})(?:\\s{0,3}(\\d{1,2}|${chineseNumber})\\s{0,3}月(?:\\s{0,3}(\\d{1,2}|${chineseNumber})\\s{0,3}[日号]|(?:${monthParts.join('|')}))?|(?:${yearParts.join('|')}))?)`
