import {describe, expect, it} from 'vitest'
import {findDates} from '../pipeline/extract/read-dates.ts'
import {readName} from '../pipeline/extract/read-names.ts'
import {findCounts, readNumber} from '../pipeline/extract/read-numbers.ts'
import {readParties} from '../pipeline/extract/read-parties.ts'

describe('readNumber', () => {
  it('reads Arabic, full-width and Chinese numerals', () => {
    expect(['150', '８０', '六十', '两百', '一百五十', '十二', '一百零五', '三万', '二〇一七'].map(readNumber)).toEqual([
      150, 80, 60, 200, 150, 12, 105, 30000, 2017
    ])
    expect(readNumber('许多')).toBeNaN()
  })
})

describe('findCounts', () => {
  const read = (text: string) => findCounts(text).map(({value, qualifier}) => [value, qualifier])
  it('gives every qualifier its meaning', () => {
    expect(read('超过 60 家')).toEqual([[60, 'over']])
    expect(read('逾七十家')).toEqual([[70, 'over']])
    expect(read('60 家以上')).toEqual([[60, 'over']])
    expect(read('80 多家')).toEqual([[80, 'over']])
    expect(read('两百余家')).toEqual([[200, 'over']])
    expect(read('超过 150 多家')).toEqual([[150, 'over']])
    expect(read('近五十家')).toEqual([[50, 'under']])
    expect(read('不到 30 家')).toEqual([[30, 'under']])
    expect(read('不足 30 家')).toEqual([[30, 'under']])
    expect(read('约 40 家')).toEqual([[40, 'about']])
    expect(read('40 家左右')).toEqual([[40, 'about']])
    expect(read('１２家')).toEqual([[12, 'exact']])
  })
  it('leaves years and bare numbers alone', () => {
    expect(read('2016 年发布')).toEqual([])
  })
})

describe('findDates', () => {
  const read = (text: string) => findDates(text).map((found) => found.date)
  it('gives ISO prefixes as precise as the text', () => {
    expect(read('2016 年，')).toEqual(['2016'])
    expect(read('于 2017 年 2 月由')).toEqual(['2017-02'])
    expect(read('2016年5月31日')).toEqual(['2016-05-31'])
    expect(read('二〇一七年二月')).toEqual(['2017-02'])
    expect(read('２０１８年５月')).toEqual(['2018-05'])
  })
  it('takes the part of a year or month a date names as part of it, at the precision of the year or month', () => {
    const spans = (text: string) => findDates(text).map((found) => text.slice(found.start, found.end))
    expect(spans('2009 年初，')).toEqual(['2009 年初'])
    expect(read('2016 年底，')).toEqual(['2016'])
    expect(spans('2017 年上半年发布')).toEqual(['2017 年上半年'])
    expect(spans('2017 年 3 月下旬，')).toEqual(['2017 年 3 月下旬'])
    expect(read('2017 年 3 月下旬，')).toEqual(['2017-03'])
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

describe('readName', () => {
  it('takes aliases out of the name', () => {
    expect(readName('比特币体系（BitCoin）')).toEqual({name: '比特币体系', aliases: ['BitCoin']})
    expect(readName('企业以太坊(Enterprise Ethereum)')).toEqual({name: '企业以太坊', aliases: ['Enterprise Ethereum']})
    expect(readName('供应链区块链联盟 S League')).toEqual({name: '供应链区块链联盟', aliases: ['S League']})
    expect(readName('CBSG 运营商区块链联盟')).toEqual({name: 'CBSG 运营商区块链联盟', aliases: ['CBSG']})
    expect(readName('FISCO BCOS')).toEqual({name: 'FISCO BCOS', aliases: []})
    // a suffix that does not change whom the name names, after the parentheses
    expect(readName('超级账本（Hyperledger）项目')).toEqual({name: '超级账本', aliases: ['Hyperledger', '超级账本项目']})
    expect(readName('星河（Nova）联盟')).toEqual({name: '星河（Nova）联盟', aliases: []})
  })
})

describe('readParties', () => {
  const read = (text: string) => readParties(text).map((party) => [party.name, party.country, party.kind])
  it('reads no organisation from a list of sorts of them, nor from a sort alone', () => {
    const names = (text: string) => readParties(text).map((party) => party.name)
    expect(names('银行、保险、证券、期货交易所、科技公司等五大类行业的六十余家机构')).toEqual([])
    expect(names('甲银行、乙证券等领域')).toEqual([])
    expect(names('甲银行、乙证券等各类机构')).toEqual(['甲银行', '乙证券'])
    expect(names('证券、保险、丙交易所')).toEqual(['丙交易所'])
  })

  it('splits on 、 和 及 与 and takes descriptors off as data', () => {
    expect(read('美国电信运营商 Sprint、美国 TBCASoft、日本软银集团')).toEqual([
      ['Sprint', 'US', '电信运营商'],
      ['TBCASoft', 'US', null],
      ['软银集团', 'JP', null]
    ])
    expect(read('星海大学、北辰邮电大学等高校，及丙科与丁星网络等公司')).toEqual([
      ['星海大学', null, null],
      ['北辰邮电大学', null, '高校'],
      ['丙科', null, null],
      ['丁星网络', null, '公司']
    ])
    expect(read('R3CEV 公司')).toEqual([['R3CEV', null, '公司']])
  })
  it('keeps the home country in a name', () => {
    expect(read('中国通信学会')).toEqual([['中国通信学会', null, null]])
  })
  it('names nobody for a count or a crowd', () => {
    expect(read('摩根大通、微软和 20 多家其他企业')).toEqual([
      ['摩根大通', null, null],
      ['微软', null, null]
    ])
    expect(read('众多金融机构')).toEqual([])
    expect(read('乙银行等 11 家机构')).toEqual([['乙银行', null, '机构']])
  })
  it('marks a technology named among the organisations', () => {
    expect(readParties('思科、物联网等公司').map((party) => party.suspicious)).toEqual([false, true])
  })
})
