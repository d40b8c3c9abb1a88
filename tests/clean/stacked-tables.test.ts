import {describe, expect, it} from 'vitest'
import {runPipeline} from '../helpers/pipeline.ts'

const prose = '上述平台在推动产业发展方面发挥了重要作用，应用覆盖金融、物流和政务等多个行业。'

/** What each record of a run says: name, makers, start. */
async function rows(text: string) {
  const {markdown, file} = await runPipeline(text, 'sources/report.txt')
  return {markdown, records: (file.data.records ?? []).map((record) => [record.name, record.leads.map((party) => party.name), record.started])}
}

/** A table of our own as `pdftotext` sets one in its default mode: a block per cell, cells run together, cells that wrap. */
const table = [
  '表 1 国内部分平台',
  '平台', '', '研发机构', '', '发布时间', '', '应用情况', '',
  '云杉链', '', '甲科技 2018 年 4 月 已商用', '',
  '星槎 BaaS 平', '台', '', '乙银行 2018 年 9 月 试运行', '',
  'Quillon', '', '丙证券', '', '2017 年 12', '月', '', '已商用', '',
  prose,
  ''
].join('\n')

describe('a table pdftotext set in its default mode', () => {
  it('is a table of the cleaned text whose rows are records: cells told apart by their dates, a wrapped cell joined, a heading of no word of ours kept', async () => {
    const {markdown, records} = await rows(table)
    expect(markdown).toContain(
      '| 平台 | 研发机构 | 发布时间 | 应用情况 |\n| - | - | - | - |\n| 云杉链 | 甲科技 | 2018 年 4 月 | 已商用 |\n| 星槎 BaaS 平台 | 乙银行 | 2018 年 9 月 | 试运行 |\n| Quillon | 丙证券 | 2017 年 12 月 | 已商用 |'
    )
    expect(markdown).toContain(prose)
    expect(records).toEqual([
      ['云杉链', ['甲科技'], '2018-04'],
      ['星槎 BaaS 平台', ['乙银行'], '2018-09'],
      ['Quillon', ['丙证券'], '2017-12']
    ])
  })

  it('tells apart the cells of a column of kinds by the kind words, and reads the cells column after column too', async () => {
    const typed = ['名称', '', '类型', '', '开发者', '', '首次发布', '', 'Tamwick 公有链 Tamwick 基金会 2015 年', '', 'Orrel', '', '联盟链 甲科技、乙银行', '', '2017.03', '', prose, ''].join('\n')
    expect((await rows(typed)).records).toEqual([
      ['Tamwick', ['Tamwick 基金会'], '2015'],
      ['Orrel', ['甲科技', '乙银行'], '2017-03']
    ])
    const byColumn = ['平台', '', '开发者', '', '发布时间', '', '云杉链', '', '星桥链', '', '甲科技', '', '乙科技', '', '2018 年', '', '2019 年 3 月', '', prose, ''].join('\n')
    expect((await rows(byColumn)).records).toEqual([
      ['云杉链', ['甲科技'], '2018'],
      ['星桥链', ['乙科技'], '2019-03']
    ])
  })

  it('reads headings on one line one space apart, and cells a line each with no blank line between', async () => {
    const close = ['表 2 部分平台', '平台 研发机构 发布时间', '云杉链', '甲科技', '2018 年 4 月', '星桥链', '乙科技', '2019 年', prose, ''].join('\n')
    const {markdown, records} = await rows(close)
    expect(markdown).toContain('| 平台 | 研发机构 | 发布时间 |\n| - | - | - |\n| 云杉链 | 甲科技 | 2018 年 4 月 |\n| 星桥链 | 乙科技 | 2019 年 |')
    expect(records).toEqual([
      ['云杉链', ['甲科技'], '2018-04'],
      ['星桥链', ['乙科技'], '2019']
    ])
  })

  it('is none when the cells do not fill the columns as the dates say, nor without a column of names and one of dates or counts', async () => {
    // a cell short: the dates fall out of their column
    const short = ['平台', '', '研发机构', '', '发布时间', '', '云杉链', '', '2018 年', '', '星桥链', '', '乙科技', '', '2019 年', '', prose, ''].join('\n')
    expect((await rows(short)).markdown).not.toContain('|')
    // no column of dates or counts to tell where the cells are
    const unchecked = ['平台', '', '研发机构', '', '云杉链', '', '甲科技', '', prose, ''].join('\n')
    expect((await rows(unchecked)).markdown).not.toContain('|')
  })
})

describe('a table pdftotext set in its default mode, with a heading of no word of ours between two that are', () => {
  it('keeps that column, and years counting up in its cells are no page numbers', async () => {
    const text = ['下表比较了两种系统：', '', '系统', '', '共识算法', '', '开源时间', '', 'Hyperion', '', 'PBFT', '', '2018 年', '', 'Tern', '', 'Raft', '', '2019 年', '', prose, ''].join('\n')
    const {markdown, records} = await rows(text)
    expect(markdown).toContain('| 系统 | 共识算法 | 开源时间 |\n| - | - | - |\n| Hyperion | PBFT | 2018 年 |\n| Tern | Raft | 2019 年 |')
    expect(records).toEqual([
      ['Hyperion', [], '2018'],
      ['Tern', [], '2019']
    ])
  })
})

describe('a numbered table pdftotext set in its default mode', () => {
  it('reads its cells run together told apart by their dates and counts, a line of three cells wider than one', async () => {
    const numbered = ['表 3-1 部分产业组织', '序号', '', '名称', '', '成立时间', '', '牵头单位', '', '成员数量', '', '1', '', '澄江区块链产业联盟', '', '2018 年 3 月', '', '南屏大学', '', '120 余家', '', '2', '', '滨海能源区块链联盟', '', '2019 年 8 月', '', '滨海电网公司 45 家', '', '3', '', '北岭金融科技区块链联盟 2020 年 11 月 北岭银行', '', '60 余家', '', prose, ''].join('\n')
    const {markdown, records} = await rows(numbered)
    // (the numbers alone on their lines, with no page break in the text, go as page numbers: the table is read without them)
    expect(markdown).toContain('| 滨海能源区块链联盟 | 2019 年 8 月 | 滨海电网公司 | 45 家 |\n| 北岭金融科技区块链联盟 | 2020 年 11 月 | 北岭银行 | 60 余家 |')
    expect(records).toEqual([
      ['澄江区块链产业联盟', ['南屏大学'], '2018-03'],
      ['滨海能源区块链联盟', ['滨海电网公司'], '2019-08'],
      ['北岭金融科技区块链联盟', ['北岭银行'], '2020-11']
    ])
  })
})
