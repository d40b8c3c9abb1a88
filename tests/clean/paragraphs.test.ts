import {describe, expect, it} from 'vitest'
import {runPipeline} from '../helpers/pipeline.ts'

const line = '区块链技术在各个行业中都有广泛的应用前景和价值，'

describe('paragraphs', () => {
  it('ends a paragraph at a short line that ends a sentence', async () => {
    const {markdown} = await runPipeline(`${line}\n${line}\n这是结尾。\n${line}\n${line}\n最后。\n`)
    expect(markdown.trim().split('\n\n')).toHaveLength(2)
  })

  it('does not end a paragraph at a full line that happens to end a sentence', async () => {
    const {markdown} = await runPipeline(`${line}\n${line.slice(0, -1)}。\n${line}\n${line}\n最后。\n`)
    expect(markdown.trim().split('\n\n')).toHaveLength(1)
  })

  it('ends a paragraph at a full line that ends a sentence when the next opens with a list item\'s marker, and reads the item as an entry', async () => {
    const {markdown, file} = await runPipeline(`# 一、联盟\n${line}${line.slice(0, -1)}。\n（1）星岚账本联盟。该联盟于 2016 年 2 月在北京成立，由甲大学、乙集团等单位共同\n发起。\n`)
    expect(markdown.trim().split('\n\n').slice(1, 2)).toEqual([`${line}${line.slice(0, -1)}。`])
    expect((file.data.records ?? []).map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['星岚账本联盟', ['甲大学', '乙集团'], '2016-02']])
    // a line that opens with no marker goes on with the paragraph
    expect((await runPipeline(`${line}${line.slice(0, -1)}。\n星岚账本联盟于 2016 年成立。\n`)).markdown.trim().split('\n\n')).toHaveLength(1)
  })

  it('ends a paragraph at a line far short of the margin that ends no clause, before the first heading only (a title page\'s author, translator, date)', async () => {
    const page = `Quillet Labs 研究团队\n译者：某翻译组\n摘要 ${line}${line}\n${line}${line}\n这是摘要的结尾。\n# 1 引言\n${line}${line}\n${line}\n${line}${line}\n这是引言的结尾。\n`
    const {markdown, file} = await runPipeline(page)
    expect(markdown.trim().split('\n\n').slice(0, 3)).toEqual(['Quillet Labs 研究团队', '译者：某翻译组', `摘要 ${line}${line}${line}${line}这是摘要的结尾。`])
    expect(file.data.records ?? []).toEqual([])
    // after a heading, a short line goes on with its paragraph (a narrow column's line)
    expect(markdown).toContain(`${line}${line}${line}${line}${line}这是引言的结尾。`)
  })

  it('puts every paragraph on one line', async () => {
    const {markdown} = await runPipeline(`${line}\n${line}\n${line}\n结尾。\n`)
    expect(markdown.trim().split('\n')).toHaveLength(1)
  })

  it('goes on across a blank line after a full line of prose that ends no sentence, as wide line spacing sets it', async () => {
    const full = '在国际上，以星河和远山为代表的开源项目持续活跃，星河最早于二〇一五年由澄湖基'
    const {markdown} = await runPipeline(`${full}\n\n金会发起。\n\n${line}${line}\n\n结尾。\n`)
    expect(markdown.trim().split('\n\n')[0]).toBe(`${full}金会发起。`)
    // (a line short of the margin by the long word that opens the next one, which would not have fitted on it)
    const wrapped = `${line}区块链开发者可以使用 Rust、Go 或`
    const spaced = await runPipeline(`${line}${line}\n\n${line}${line}\n\n${wrapped}\n\nAssemblyScript 编写合约。${line}\n\n${line}${line}\n\n结尾。\n`)
    expect(spaced.markdown.trim().split('\n\n')[0]).toBe(`${line}${line}${line}${line}${wrapped} AssemblyScript 编写合约。${line}`)
    // a short line, or one that ends a sentence, ends its paragraph at the blank
    expect((await runPipeline('短的一行，\n\n另一段。\n')).markdown.trim().split('\n\n')).toHaveLength(2)
  })

  it('ends a paragraph at a short line that is a field or a numbered label, or comes before one, and keeps a narrow box\'s short lines together', async () => {
    const other = '数据在各个参与方之间按照约定的规则共享，并由各方共同维护其一致与完整，'
    // (most lines full, as a page of prose has them: the usual line is a full one)
    const full = Array.from({length: 8}, (_, index) => (index % 2 === 0 ? `${line}${other}` : `${other}${line}`))
    const page = `二、应用\n${full.join('\n')}\n这是开头。\n承建单位：北岸信息公司\n启用日期：2018 年\n${other}${line}\n这是简介的结尾。\n2、数据结构\n${other}${line}\n这是结尾。\n`
    const {markdown} = await runPipeline(page)
    expect(markdown.trim().split('\n\n').slice(1)).toEqual([`${full.join('')}这是开头。`, '承建单位：北岸信息公司', '启用日期：2018 年', `${other}${line}这是简介的结尾。`, '2、数据结构', `${other}${line}这是结尾。`])
    // a label far further in than the lines beside it is another column's, as \`-layout\` sets two it did not tell apart
    const columns = `二、应用\n${full.join('\n')}\n这是开头。\n${line}\n                         （3）产业联盟\n${other}\n这是结尾。\n`
    expect((await runPipeline(columns)).markdown).toContain(`${line}（3）产业联盟${other}这是结尾。`)
    // (fields that outnumber the full lines of prose: the margin is where the full lines end, not the usual line's width)
    const fieldsFirst = `二、案例\n${full.slice(0, 3).join('\n')}\n这是开头。\n${['项目名称：青檀溯源平台', '申报单位：北岸信息公司', '合作单位：丙银行', '上线时间：2019 年 8 月', '技术支持单位：戊科技', '应用领域：农产品溯源', '服务对象：种植合作社'].join('\n')}\n`
    expect((await runPipeline(fieldsFirst)).markdown.trim().split('\n\n').slice(1)).toEqual([`${full.slice(0, 3).join('')}这是开头。`, '项目名称：青檀溯源平台', '申报单位：北岸信息公司', '合作单位：丙银行', '上线时间：2019 年 8 月', '技术支持单位：戊科技', '应用领域：农产品溯源', '服务对象：种植合作社'])
    // lines all short, none a field nor a label, wrapped in a box
    const box = `二、应用\n${line}${other}\n这是开头。\n节点之间的消息经过\n签名校验，各方都能\n追溯每一笔交易记录。\n`
    expect((await runPipeline(box)).markdown.trim().split('\n\n').slice(1)).toEqual([`${line}${other}这是开头。`, '节点之间的消息经过签名校验，各方都能追溯每一笔交易记录。'])
  })
  it('makes a list of the lines a converter opened with bullets, an item each, whatever the line before ends with, and reads a name over fields as their record', async () => {
    const page = `# 二、组织\n澄江区块链联盟\n• 成立时间：2017 年 12 月\n• 指导单位：澄江市信息中心\n• 发起单位：南屏大学、北岸科技\n# 三、历程\n• 2016.05：甲联盟在深圳成立\n• 2017.07：甲联盟发布开源平台\n乙链，面向供应链金融\n`
    const {markdown, file} = await runPipeline(page)
    expect(markdown.trim().split('\n\n').filter((block) => !block.startsWith('#'))).toEqual([
      '澄江区块链联盟',
      '- 成立时间：2017 年 12 月\n- 指导单位：澄江市信息中心\n- 发起单位：南屏大学、北岸科技',
      '- 2016.05：甲联盟在深圳成立\n- 2017.07：甲联盟发布开源平台乙链，面向供应链金融'
    ])
    // (a bullet after lines the cleaning set apart, a table's scattered cells, starts its item all the same)
    const scattered = await runPipeline(`# 二、历程\n甲联盟于 2016 年在深圳成立，随后发布了开源平台\n乙链 北岸科技\n\n2018 年 联盟链\n\n丙链 丙基金会\n\n2019 年 公有链\n\n• 2017.07：甲联盟发布开源平台乙链\n`)
    expect(scattered.markdown.trim().split('\n\n').slice(1)).toEqual(['甲联盟于 2016 年在深圳成立，随后发布了开源平台乙链 北岸科技', '- 2017.07：甲联盟发布开源平台乙链'])
    const fielded = (file.data.records ?? []).find((record) => record.name === '澄江区块链联盟')
    expect(fielded && [fielded.started, fielded.leads.map((party) => party.name)]).toEqual(['2017-12', ['南屏大学', '北岸科技']])
  })
})
