import {describe, expect, it} from 'vitest'
import {records} from '../helpers/records.ts'
import {dateSpans, findDates} from '../../pipeline/extract/read-dates.ts'

/** The date reader (`pipeline/extract/read-dates.ts`): dates as ISO prefixes as precise as the text, in words of our own. */
describe('findDates', () => {
  const read = (text: string) => findDates(text).map((found) => found.date)
  it('gives ISO prefixes as precise as the text', () => {
    expect(read('2016 年，')).toEqual(['2016'])
    expect(read('于 2017 年 2 月由')).toEqual(['2017-02'])
    expect(read('2016年5月31日')).toEqual(['2016-05-31'])
    expect(read('二〇一七年二月')).toEqual(['2017-02'])
    expect(read('２０１８年５月')).toEqual(['2018-05'])
  })
  it('tells a year from the one given before it, in the text or the year given (同年 9 月, 次年), and none without either', () => {
    expect(read('2018 年 3 月成立，同年 9 月揭牌，次年上线')).toEqual(['2018-03', '2018-09', '2019'])
    expect(findDates('同年 9 月揭牌', 2020).map((found) => found.date)).toEqual(['2020-09'])
    expect(findDates('翌年底上线', 2020).map((found) => found.date)).toEqual(['2021'])
    // from the year of an event, not one a count is given as of
    expect(read('2019 年成立，截至 2020 年 6 月成员 85 家。同年 12 月发布')).toEqual(['2019', '2020-06', '2019-12'])
    expect(read('同年 9 月揭牌')).toEqual([])
    // where one is written, whatever the year
    expect(dateSpans('同年 9 月，')).toEqual([{start: 0, end: 6}])
    // a word that also means "in those days" is a date only with its month
    expect(findDates('当年的比特币', 2020)).toEqual([])
    expect(findDates('当年 5 月', 2020).map((found) => found.date)).toEqual(['2020-05'])
  })
  it('takes the part of a year or month a date names as part of it, at the precision of the year or month', () => {
    const spans = (text: string) => findDates(text).map((found) => text.slice(found.start, found.end))
    expect(spans('2009 年初，')).toEqual(['2009 年初'])
    expect(read('2016 年底，')).toEqual(['2016'])
    expect(spans('2017 年上半年发布')).toEqual(['2017 年上半年'])
    expect(spans('2017 年 3 月下旬，')).toEqual(['2017 年 3 月下旬'])
    expect(read('2017 年 3 月下旬，')).toEqual(['2017-03'])
    expect(spans('2018 年第三季度成立')).toEqual(['2018 年第三季度'])
    expect(read('2018 年四季度，')).toEqual(['2018'])
    // words that start with a part's character are no part: 初步, 底层, and 中 of 中国
    expect(spans('2016 年初步形成')).toEqual(['2016 年'])
    expect(spans('2016 年底层技术')).toEqual(['2016 年'])
    expect(spans('2016 年中国')).toEqual(['2016 年'])
  })
  it('reads a date written in figures, but no amount, range or version', () => {
    expect(read('成立于 2016.5.31，')).toEqual(['2016-05-31'])
    expect(read('2016/5 发布')).toEqual(['2016-05'])
    expect(read('于2018-04-09在北京')).toEqual(['2018-04-09'])
    expect(read('市场规模达到 2019.5 亿元')).toEqual([])
    expect(read('版本 1.2.3，节点 2016.13')).toEqual([])
  })
  it('refuses a month that does not exist', () => {
    expect(read('2017 年 13 月')).toEqual([])
  })
})

describe('dates as converters and authors write them', () => {
  it('reads full-width figures (２０１８年６月), a date in figures with dots (2018.6.8, which is no version) and a part of a year after its word (2018 年年初)', async () => {
    for (const [written, date] of [['于２０１８年６月', '2018-06'], ['于 2018.6.8', '2018-06-08'], ['于 2018.06', '2018-06'], ['于 2018 年年初', '2018']] as const) {
      const found = await records(`# 组织\n星沙联盟${written}成立。\n`)
      expect(found.map((record) => [record.name, record.started]), written).toEqual([['星沙联盟', date]])
    }
  })
})

describe('a season of a year', () => {
  it('is part of the date, the year, between it and its verb (于 2016 年春成立)', async () => {
    for (const season of ['春', '夏天', '秋季']) expect((await records(`# 概况\n星海联盟于 2016 年${season}成立。\n`)).map((record) => record.started), season).toEqual(['2016'])
  })
})
