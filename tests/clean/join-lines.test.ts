import {describe, expect, it} from 'vitest'
import {joiner} from '../../pipeline/clean/join-lines.ts'
import {runPipeline} from '../helpers/pipeline.ts'

describe('joining lines', () => {
  it('puts nothing between two CJK characters or next to CJK punctuation', () => {
    expect(joiner('物', '联', true)).toBe('')
    expect(joiner('，', 'R', true)).toBe('')
    expect(joiner('3', '。', true)).toBe('')
  })

  it('keeps the source’s habit between CJK and Latin letters or digits', () => {
    expect(joiner('6', '年', true)).toBe(' ')
    expect(joiner('6', '年', false)).toBe('')
    expect(joiner('的', 'A', true)).toBe(' ')
  })

  it('never glues two Latin words', () => {
    expect(joiner('e', 'E', false)).toBe(' ')
  })

  it('goes on with a Latin word broken at a hyphen, its hyphen kept, and keeps the space after a hyphen before a capital', async () => {
    const broken = await runPipeline('该联盟由甲银行发起成立，成员包括 Nova Led-\nger 与 peer-to-\npeer 网络的开发者，还有 Vega -\nAlpha 两家，数目很多很多。\n')
    expect(broken.markdown).toContain('Nova Led-ger 与 peer-to-peer 网络')
    expect(broken.markdown).toContain('Vega - Alpha')
  })

  it('learns the habit from the text and joins across removed furniture', async () => {
    const spaced = await runPipeline('该联盟于 2017 年成立，成员包括 Enterprise\nEthereum 等，会员数目 2016\n年达到高峰，此后一直增长很快，数目很多很多。\n')
    expect(spaced.markdown).toContain('Enterprise Ethereum')
    expect(spaced.markdown).toContain('2016 年')
    const tight = await runPipeline('该联盟于2017年成立，成员包括Enterprise\nEthereum等，会员数目2016\n年达到高峰，此后一直增长很快，数目很多很多。\n')
    expect(tight.markdown).toContain('2016年')
    expect(tight.markdown).toContain('Enterprise Ethereum')
  })
})
