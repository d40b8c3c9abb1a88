import {describe, expect, it} from 'vitest'
import {runPipeline} from '../helpers/pipeline.ts'

/** The records a text of our own gives, read without the list of widely known names: what the reading alone decides. */
async function records(text: string) {
  const {file} = await runPipeline(text, 'sources/own.md', 'test', undefined, [])
  return (file.data.records ?? []).map((record) => [record.kind, record.name, record.rule])
}

const platforms = 'Solen 是一个开源的区块链平台。Tarn 是甲公司推出的联盟链平台。'

/** The list reader of the whole document (`pipeline/extract/list-company.ts`), on sentences of our own. */
describe('the company a name keeps', () => {
  it('gives a Latin name listed with two records of one kind, and nothing else, that kind', async () => {
    expect(await records(`# 概况\n\n${platforms}与 Solen、Tarn 和 Wirra 相比，Yarrow 的吞吐量更高。\n`)).toEqual([
      ['platform', 'Solen', 'copula'],
      ['platform', 'Tarn', 'copula'],
      ['platform', 'Wirra', 'list-company']
    ])
    // the records may be named after the list: the whole document decides
    expect(await records(`# 概况\n\nSolen、Tarn、Wirra 各有所长。\n\n# 平台\n\n${platforms}\n`)).toContainEqual(['platform', 'Wirra', 'list-company'])
  })

  it('decides nothing with one record in the list, a name in the script no record has, records of two kinds, or a word of the trade', async () => {
    const lists = [
      '与 Solen 和 Wirra 相比，Yarrow 更快。',
      '与 Solen、Tarn 和星桥相比，Wirra 更快。',
      '与 Solen、Tarn、丁联盟和 Wirra 相比，Yarrow 更快。',
      '与 Solen、Tarn 和 PBFT 相比，Yarrow 更快。'
    ]
    for (const list of lists) {
      const found = await records(`# 概况\n\n${platforms}丁联盟由乙银行发起成立。${list}\n`)
      expect(found.map(([, name]) => name), list).not.toContain('Wirra')
      expect(found.map(([, name]) => name), list).not.toContain('PBFT')
    }
  })

  it('takes no organisation a record names as its maker', async () => {
    const found = await records(`# 概况\n\nSolen 是 Acme Labs 推出的区块链平台。Tarn 是一个开源的区块链平台。Solen、Tarn 和 Acme Labs 都很活跃。\n`)
    expect(found.map(([, name]) => name)).toEqual(['Solen', 'Tarn'])
  })
})
