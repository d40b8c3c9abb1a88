import {describe, expect, it} from 'vitest'
import {runPipeline} from '../helpers/pipeline.ts'

/** A Markdown source's blocks (`pipeline/clean/markdown-blocks.ts`): what its own structure keeps, on documents of our own. */
describe('a Markdown source', () => {
  it('keeps its code as code in the cleaned Markdown, and reads no record from it', async () => {
    const source = '# 上手\n\nWombat 是甲基金会于 2016 年发起的开源项目。\n\n```bash\n# 星河联盟成立于 2015 年，由乙银行发起\ndocker run wombat/peer\n```\n\n    星海联盟于 2017 年成立，由丙银行发起\n'
    const {markdown, file} = await runPipeline(source, 'sources/own.md', 'own', undefined, [])
    expect(markdown).toContain('```bash\n# 星河联盟成立于 2015 年，由乙银行发起\ndocker run wombat/peer\n```')
    expect(markdown).toContain('星海联盟于 2017 年成立，由丙银行发起')
    expect((file.data.records ?? []).map((record) => record.name)).toEqual(['Wombat'])
  })

  it('keeps raw HTML as text, a paragraph a line, so that no line runs into the next', async () => {
    const {markdown, file} = await runPipeline('# 概况\n\n<div>\n甲方案\n星河联盟成立于 2015 年，由乙银行发起。\n</div>\n', 'sources/own.md', 'own', undefined, [])
    expect(markdown).toContain('\\<div>\n\n甲方案\n\n星河联盟成立于 2015 年，由乙银行发起。\n\n\\</div>')
    expect((file.data.records ?? []).map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([['星河联盟', ['乙银行']]])
  })

  it('keeps an HTML comment in the cleaned Markdown, set apart, and reads nothing from it', async () => {
    const {markdown, file} = await runPipeline('# 概况\n\n<!-- 星海联盟成立于 2016 年，由甲银行发起 -->\n\n星河联盟成立于 2017 年，由乙银行发起。\n', 'sources/own.md', 'own', undefined, [])
    expect(markdown).toContain('\\<!-- 星海联盟成立于 2016 年，由甲银行发起 -->')
    expect((file.data.records ?? []).map((record) => record.name)).toEqual(['星河联盟'])
  })

  it('keeps what CommonMark reads as a link’s definition (a footnote written with no space, an address), set apart, and reads nothing from it', async () => {
    const {markdown, file} = await runPipeline('# 概况\n\n星河联盟成立于 2017 年，由乙银行发起[^1]。\n\n[^1]: 资料来源：白鹭联盟官网。\n\n[site]: https://example.org\n', 'sources/own.md', 'own', undefined, [])
    expect(markdown).toContain('资料来源：白鹭联盟官网。')
    expect(markdown).toContain('https://example.org')
    expect((file.data.records ?? []).map((record) => record.name)).toEqual(['星河联盟'])
  })

  it('reads a note’s sentence after its label', async () => {
    const {file} = await runPipeline('# 概况\n\n> 注：Potoroo 联盟于 2018 年成立，由戊银行牵头。\n', 'sources/own.md', 'own', undefined, [])
    expect((file.data.records ?? []).map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['Potoroo 联盟', ['戊银行'], '2018']])
  })
})
