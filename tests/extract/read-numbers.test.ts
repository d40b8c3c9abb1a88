import {describe, expect, it} from 'vitest'
import {qualifierWords} from '../../pipeline/lexicon/zh/numbers.ts'
import {findCounts, readNumber} from '../../pipeline/extract/read-numbers.ts'

/** The number reader (`pipeline/extract/read-numbers.ts`): numerals and counts with their qualifiers, in words of our own. */
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
    // every word of the pack before a count (\`突破 300 家\`)
    for (const [qualifier, words] of Object.entries(qualifierWords)) {
      for (const word of words.before) expect(read(`${word} 60 家`), word).toEqual([[60, qualifier]])
    }
  })
  it('leaves years and bare numbers alone', () => {
    expect(read('2016 年发布')).toEqual([])
  })
})

describe('counts written otherwise', () => {
  it('reads digits grouped by thousands (1,200 家), and no vague quantity (数十家, 几十个)', () => {
    expect(findCounts('会员单位达到 1,200 家').map(({value, qualifier}) => [value, qualifier])).toEqual([[1200, 'exact']])
    expect(findCounts('目前有数十家成员')).toEqual([])
    expect(findCounts('成员有几十个')).toEqual([])
  })
})
