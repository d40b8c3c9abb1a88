import {describe, expect, it} from 'vitest'
import {runPipeline} from '../helpers/pipeline.ts'
import {records, summary} from '../helpers/records.ts'

/** The lead-name reader (\`pipeline/extract/lead-name.ts\`), on paragraphs of our own. */
describe('a paragraph that opens with a name alone', () => {
  it('reads a paragraph that opens with a name alone as speaking of it, as an entry’s text does', async () => {
    const text = '三、主要联盟\n\n（1）星河联盟。2016 年 5 月由甲银行、乙证券等 25 家机构发起成立，目前成员超过 100 家。\n\n（2）白鹭联盟。该联盟由丙集团于 2017 年牵头成立，成员包括丁科技、戊银行等。\n'
    const {file} = await runPipeline(text, 'sources/own.txt', 'test', undefined, [])
    expect((file.data.records ?? []).map(summary).map(({name, leads, joiners, started, count}) => [name, leads, joiners, started, count])).toEqual([
      ['星河联盟', ['甲银行', '乙证券'], [], '2016-05', 100],
      ['白鹭联盟', ['丙集团'], ['丁科技', '戊银行'], '2017', null]
    ])
    // a first sentence that says something of a name is no name alone
    const said = await records('# 概况\n星兑是某地最大的区块链兑换平台。2016 年由甲银行发起。\n')
    expect(said.map((record) => record.name)).toEqual([])
  })

  it('reads a paragraph that opens with a name and a colon (an entry’s line a converter gave no list marker) as speaking of it', async () => {
    const text = '2.1 产业联盟\n戊链联盟：成立于 2015 年 9 月，由戊资本公司牵头，成员包括己证券、庚银行等 40 多家金融机构。\n'
    const {file} = await runPipeline(text, 'sources/own.txt', 'test', undefined, [])
    expect((file.data.records ?? []).map(summary).map(({name, leads, joiners, started, count}) => [name, leads, joiners, started, count])).toEqual([
      ['戊链联盟', ['戊资本公司'], ['己证券', '庚银行'], '2015-09', 40]
    ])
    // words of a kind in general before the colon name nothing
    expect(await records('# 概况\n主要联盟：成立于 2015 年 9 月，由戊资本公司牵头。\n')).toEqual([])
  })


  it('reads an item of a list a sentence introduces that opens with a name of a kind, or a Latin name when the sentence names the kind, as speaking of it', async () => {
    const text = '# 平台\n\n目前，主流厂商都推出了区块链服务，例如：\n\n- 乙云 BaaS 平台，2017 年 10 月发布；\n- Nimbus，性能较高；\n- 性能较高的托管服务。\n\n常见的区块链平台包括：\n\n- Cirrus，2018 年开源，性能较高。\n'
    const {file} = await runPipeline(text, 'sources/own.md', 'test', undefined, [])
    // a Latin name alone is a record only where the sentence names the kind
    expect((file.data.records ?? []).map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([
      ['乙云 BaaS 平台', [], '2017-10'],
      ['Cirrus', [], '2018']
    ])
  })

  it('reads the entries of a list whose sentence counts things of a kind in an earlier clause (多个客户端，常见的包括：) as of that kind', async () => {
    const text = '# 概述\n\n## 主要实现\n\n社区维护着多个客户端，常见的包括：\n\n- Ceth：使用 Go 语言实现，由甲基金会维护。\n- Parallax：使用 Rust 语言实现，最初由 Parallax Works 公司开发。\n\n## 工具\n\n社区还有很多工具，常见的包括：\n\n- Remo：一款调试工具。\n'
    const {file} = await runPipeline(text, 'sources/own.md', 'test', undefined, [])
    expect((file.data.records ?? []).map(summary).map(({name, leads}) => [name, leads])).toEqual([
      ['Ceth', []],
      ['Parallax', ['Parallax Works']]
    ])
  })

  it('reads no entries from a list whose sentence says its items are points of the text (遵循以下原则：)', async () => {
    for (const intro of ['建议遵循以下原则：', '主要特点如下：', '应注意以下几点：']) {
      const text = `# 平台\n\n## 主要平台\n\n${intro}\n\n- 安全可控：核心技术自主研发。\n- 开放协同：鼓励跨机构合作。\n`
      const {file} = await runPipeline(text, 'sources/own.md', 'test', undefined, [])
      expect(file.data.records ?? [], intro).toEqual([])
    }
  })
})
