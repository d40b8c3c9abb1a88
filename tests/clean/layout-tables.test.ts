import {describe, expect, it} from 'vitest'
import {runPipeline} from '../helpers/pipeline.ts'
import {summary} from '../helpers/records.ts'

const prose = '上述联盟在推动产业发展方面发挥了重要作用，成员单位覆盖金融、物流和政务等多个行业。'

/** A table as `pdftotext -layout` sets one, of our own: a heading row of column words, rows of cells far apart, a cell that wraps. */
const table = [
  '表 3-1 国内主要区块链联盟',
  '',
  '    联盟名称                 成立时间          发起单位                 成员数量',
  '    星河区块链联盟           2016 年 4 月      甲银行、乙证券           80 余家',
  '    东海金融链联盟           2017 年 3 月      丙科技、丁研究院、       35 家',
  '                                               戊大学',
  '    西山区块链产业联盟       2018 年 1 月      己集团                   120 家',
  '',
  prose,
  ''
].join('\n')

describe('a table pdftotext -layout set', () => {
  it('is a table of the cleaned text, a wrapped cell joined to its row, and its rows are records', async () => {
    const {markdown, file} = await runPipeline(table, 'sources/report.txt')
    expect(markdown).toContain('| 联盟名称 | 成立时间 | 发起单位 | 成员数量 |\n| - | - | - | - |\n| 星河区块链联盟 | 2016 年 4 月 | 甲银行、乙证券 | 80 余家 |')
    expect(markdown).toContain(prose)
    expect((file.data.records ?? []).map(summary).map(({name, leads, started, count}) => [name, leads, started, count])).toEqual([
      ['星河区块链联盟', ['甲银行', '乙证券'], '2016-04', 80],
      ['东海金融链联盟', ['丙科技', '丁研究院', '戊大学'], '2017-03', 35],
      ['西山区块链产业联盟', ['己集团'], '2018-01', 120]
    ])
  })

  it('reads narrow columns a converter set one space apart, by where their headings start, with rows two blank lines apart', async () => {
    const narrow = ['表 2-1 典型区块链平台', '', '', '平台名称   发布机构 发布时间 底层技术', '', '', '云梭链     己科技  2018 年 Nimbus', '', '', '青松 BaaS  辛科技  2019 年 Kestrel', '', prose, ''].join('\n')
    const {markdown, file} = await runPipeline(narrow, 'sources/report.txt')
    expect(markdown).toContain('| 平台名称 | 发布机构 | 发布时间 | 底层技术 |\n| - | - | - | - |\n| 云梭链 | 己科技 | 2018 年 | Nimbus |\n| 青松 BaaS | 辛科技 | 2019 年 | Kestrel |')
    expect((file.data.records ?? []).map((record) => [record.name, record.leads.map((party) => party.name), record.started, record.basedOn])).toEqual([
      ['云梭链', ['己科技'], '2018', ['Nimbus']],
      ['青松 BaaS', ['辛科技'], '2019', ['Kestrel']]
    ])
  })

  it('places the cells by the first row that has one in every column, when the headings are centred over their columns', async () => {
    const centred = [
      '表 4 主要项目比较',
      '',
      '   项目     发布时间      开发方         共识',
      '',
      'Tessel   2020   Lumen 基金会 NPoS',
      '',
      'Quill 网络 2019    Quill 基金会 Tendermint',
      '',
      'Sable 桥   2021   Sable Labs   多重签名',
      '',
      prose,
      ''
    ].join('\n')
    const {markdown} = await runPipeline(centred, 'sources/report.txt')
    expect(markdown).toContain(
      '| 项目 | 发布时间 | 开发方 | 共识 |\n| - | - | - | - |\n| Tessel | 2020 | Lumen 基金会 | NPoS |\n| Quill 网络 | 2019 | Quill 基金会 | Tendermint |\n| Sable 桥 | 2021 | Sable Labs | 多重签名 |'
    )
  })

  it('keeps three cells far apart as one row, not as two columns of prose', async () => {
    const platforms = ['    平台名称           开发者              发布时间', '    云梭链             己科技              2018 年', '    Kestrel            庚集团              2019 年 6 月', '    青松链             辛银行              2020 年', ''].join('\n')
    const {file} = await runPipeline(platforms, 'sources/report.txt')
    expect((file.data.records ?? []).map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([
      ['云梭链', ['己科技'], '2018'],
      ['Kestrel', ['庚集团'], '2019-06'],
      ['青松链', ['辛银行'], '2020']
    ])
  })

  it('takes a kind\'s word alone as the heading of a column of names (平台), of that kind', async () => {
    const kindHeading = ['       平台           研发机构           发布时间', '', '云杉链               甲科技             2018 年 4 月', '', '星桥链               乙科技             2019 年', '', prose, ''].join('\n')
    const {markdown, file} = await runPipeline(kindHeading, 'sources/report.txt')
    expect(markdown).toContain('| 平台 | 研发机构 | 发布时间 |\n| - | - | - |\n| 云杉链 | 甲科技 | 2018 年 4 月 |')
    expect((file.data.records ?? []).map(summary).map(({kind, name, leads, started}) => [kind, name, leads, started])).toEqual([
      ['platform', '云杉链', ['甲科技'], '2018-04'],
      ['platform', '星桥链', ['乙科技'], '2019']
    ])
  })

  it('reads a row whose taller cells a converter centred on the lines above and below its others, rows a blank line apart', async () => {
    const centred = [
      '       平台           研发机构           发布时间           应用情况',
      '',
      '云杉链                 甲科技 2018 年 4 月 已商用',
      '',
      '星槎 BaaS 平',
      '                    乙银行 2018 年 9 月 试运行',
      '台',
      '',
      '                                 2017 年 12',
      'Quillon             丙证券                         已商用',
      '                                 月',
      '',
      prose,
      ''
    ].join('\n')
    const {markdown, file} = await runPipeline(centred, 'sources/report.txt')
    expect(markdown).toContain('| 云杉链 | 甲科技 | 2018 年 4 月 | 已商用 |\n| 星槎 BaaS 平台 | 乙银行 | 2018 年 9 月 | 试运行 |\n| Quillon | 丙证券 | 2017 年 12 月 | 已商用 |')
    expect((file.data.records ?? []).map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([
      ['云杉链', ['甲科技'], '2018-04'],
      ['星槎 BaaS 平台', ['乙银行'], '2018-09'],
      ['Quillon', ['丙证券'], '2017-12']
    ])
    // a kind's word run together with the next cell, in a table with a column of kinds
    const typed = ['    名称   类型      主要开发者     首次发布      特点', '', '', 'Quokka   许可链 —            2018 年    隐私保护', '', prose, ''].join('\n')
    expect((await runPipeline(typed, 'sources/report.txt')).markdown).toContain('| Quokka | 许可链 | — | 2018 年 | 隐私保护 |')
  })

  it('reads a row whose date the converter centred over and under its other cells, too close to tell apart by place', async () => {
    const close = ['平台名称 建设单位 上线时间', '', '             2019 年 3', '云杉链   甲数科', '             月', '', '             2020 年 1', '星桥链   乙集团', '             月', '', prose, ''].join('\n')
    const {markdown, file} = await runPipeline(close, 'sources/report.txt')
    expect(markdown).toContain('| 云杉链 | 甲数科 | 2019 年 3 月 |\n| 星桥链 | 乙集团 | 2020 年 1 月 |')
    expect((file.data.records ?? []).map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([
      ['云杉链', ['甲数科'], '2019-03'],
      ['星桥链', ['乙集团'], '2020-01']
    ])
  })

  it('is none without a column of names, nor before prose', async () => {
    const {markdown} = await runPipeline(table.replace('联盟名称', '序号    '), 'sources/report.txt')
    expect(markdown).not.toContain('| - |')
    const prose = ['    联盟名称      成立时间            发起单位', '这些联盟 在过去几年中 发展 十分 迅速，成员单位 覆盖 金融、物流 和 政务 等 多个 行业。', ''].join('\n')
    expect((await runPipeline(prose, 'sources/report.txt')).markdown).not.toContain('| - |')
  })

  it('places each word of a row whose spaces ran together in the column whose heading it overlaps or lies nearest', async () => {
    // a converter drew wide cells close: one space between some or all of them, none where the headings start
    const together = ['    联盟名称      成立时间            发起单位', '星河金融联盟      2016 年 5 月 甲银行、乙证券', ''].join('\n')
    expect((await runPipeline(together, 'sources/report.txt')).markdown).toContain('| 联盟名称 | 成立时间 | 发起单位 |\n| - | - | - |\n| 星河金融联盟 | 2016 年 5 月 | 甲银行、乙证券 |')
    const five = ['    名称   类型      主要开发者     首次发布      特点', '', '', 'Tamarind 公有链 Tamarind 基金会 2015 年    智能合约', '', '', 'Orrery   联盟链 甲科技、乙银行      2017.03   高性能', ''].join('\n')
    expect((await runPipeline(five, 'sources/report.txt')).markdown).toContain('| Tamarind | 公有链 | Tamarind 基金会 | 2015 年 | 智能合约 |\n| Orrery | 联盟链 | 甲科技、乙银行 | 2017.03 | 高性能 |')
    const narrow = ['表 2 星城市重点区块链平台', '', '平台名称      运营单位       上线时间', '', '', '链上星岭 星岭大数据集团 2020 年', '', '', '星票岭    甲银行          2021 年 5 月', ''].join('\n')
    const {markdown, file} = await runPipeline(narrow, 'sources/report.txt')
    expect(markdown).toContain('| 链上星岭 | 星岭大数据集团 | 2020 年 |\n| 星票岭 | 甲银行 | 2021 年 5 月 |')
    expect((file.data.records ?? []).map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([
      ['链上星岭', ['星岭大数据集团'], '2020'],
      ['星票岭', ['甲银行'], '2021-05']
    ])
  })
})

describe('a table pdftotext -layout set with headings one space apart', () => {
  it('splits a heading cell of the script where one of its words is a heading of ours, and ends at the caption under it', async () => {
    const text = [
      '上文介绍的两种系统各有侧重，下表比较它们的共识算法与开源时间。',
      '',
      '   系统      共识算法 开源时间',
      '',
      '',
      'Hyperion    PBFT       2018 年',
      '',
      '',
      'Tern        Raft       2019 年',
      '                表 2-1 两种系统的比较',
      '',
      prose,
      ''
    ].join('\n')
    const {markdown} = await runPipeline(text, 'sources/paper.txt')
    expect(markdown).toContain('| 系统 | 共识算法 | 开源时间 |\n| - | - | - |\n| Hyperion | PBFT | 2018 年 |\n| Tern | Raft | 2019 年 |\n\n表 2-1 两种系统的比较')
  })
})

describe('a numbered table pdftotext -layout set', () => {
  it('reads its numbered rows as rows, not headings, and a count at a column\'s heading with its unit (45 家)', async () => {
    const numbered = [
      '表 3-1 部分产业组织',
      '',
      '序号          名称           成立时间          牵头单位      成员数量',
      '',
      '1     澄江区块链产业联盟        2018 年 3 月   南屏大学         120 余家',
      '',
      '2     滨海能源区块链联盟        2019 年 8 月   滨海电网公司 45 家',
      '',
      '3     北岭金融科技区块链联盟 2020 年 11 月 北岭银行               60 余家',
      '',
      prose,
      ''
    ].join('\n')
    const {markdown, file} = await runPipeline(numbered, 'sources/report.txt')
    expect(markdown).toContain('| 序号 | 名称 | 成立时间 | 牵头单位 | 成员数量 |\n| - | - | - | - | - |\n| 1 | 澄江区块链产业联盟 | 2018 年 3 月 | 南屏大学 | 120 余家 |\n| 2 | 滨海能源区块链联盟 | 2019 年 8 月 | 滨海电网公司 | 45 家 |')
    expect((file.data.records ?? []).map(summary).map(({name, leads, started, count}) => [name, leads, started, count])).toEqual([
      ['澄江区块链产业联盟', ['南屏大学'], '2018-03', 120],
      ['滨海能源区块链联盟', ['滨海电网公司'], '2019-08', 45],
      ['北岭金融科技区块链联盟', ['北岭银行'], '2020-11', 60]
    ])
  })
})
