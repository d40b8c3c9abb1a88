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
    // a short line, or one that ends a sentence, ends its paragraph at the blank
    expect((await runPipeline('短的一行，\n\n另一段。\n')).markdown.trim().split('\n\n')).toHaveLength(2)
  })
})
