import {describe, expect, it} from 'vitest'
import {assembleDataset} from '../../pipeline/dataset/assemble-dataset.ts'
import {factEnd} from '../../pipeline/extract/fact-extent.ts'
import {runPipeline} from '../helpers/pipeline.ts'

describe('the end of a fact’s words', () => {
  it('is where its value ends as written: across white space, a line break and an interrupting line', () => {
    const text = '甲公司与星河\n数字科技公司合作。'
    expect(text.slice(4, factEnd(text, 4, ['星河数字科技公司']))).toBe('星河\n数字科技公司')
    const broken = '成员包括星河数\n\n  12\n\n字科技公司等。'
    expect(broken.slice(4, factEnd(broken, 4, ['星河数字科技公司']))).toBe('星河数\n\n  12\n\n字科技公司')
    // the first of several names that is written there
    expect(factEnd('由 Nova Labs 发起', 2, ['新星实验室', 'Nova Labs'])).toBe(11)
  })

  it('is a date’s words for a date, else the next stop, when the value is not written where it was read', () => {
    expect('于 2019 年 6 月成立'.slice(2, factEnd('于 2019 年 6 月成立', 2, [], true))).toBe('2019 年 6 月')
    expect('国际主流平台，包括甲'.slice(0, factEnd('国际主流平台，包括甲', 0, ['international']))).toBe('国际主流平台')
    // never empty, never past the text
    expect(factEnd('，甲', 0, [])).toBe(1)
    expect(factEnd('甲乙', 1, ['丙'])).toBe(2)
  })

  it('is in positions.json for every record and fact, so the words from start to end are the name as the text writes it, with the rule that read it', async () => {
    const raw = '# 概况\n\n2018 年，丙公司与丁\n大学共同发起成立了星河账本\n联盟，成员已超过 30 家。\n'
    const {file} = await runPipeline(raw, 'sources/own.txt')
    const {dataset, positions} = assembleDataset([file])
    const [alliance] = dataset.alliances
    const place = positions.alliances[alliance!.id]!
    expect(raw.slice(place.offset, place.endOffset)).toBe('星河账本\n联盟')
    expect([place.line, place.column, place.endLine, place.endColumn]).toEqual([4, 10, 5, 3])
    const words = Object.fromEntries(Object.entries(place.facts ?? {}).map(([pointer, at]) => [pointer, raw.slice(at.offset, at.endOffset)]))
    expect(words).toMatchObject({'/founders/0': '丙公司', '/founders/1': '丁\n大学', '/memberCount': '超过 30 家'})
    // the founding's date is placed at the clause that states it, not at its words (the readers keep no place of a clause's date): its extent is the loose one
    expect(words['/founded']).toBe('丙公司与丁\n大学共同发起成立了星河账本\n联盟')
    // and every place names the rule that read it
    expect(place.rule).toBe('mention')
    expect(Object.fromEntries(Object.entries(place.facts ?? {}).map(([pointer, at]) => [pointer, at.rule]))).toEqual({
      '/founded': 'relative-clause',
      '/memberCount': 'count',
      '/events/0': 'dated-sentence',
      '/founders/0': 'relative-clause',
      '/founders/1': 'relative-clause'
    })
  })
})
