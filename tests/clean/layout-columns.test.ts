import {describe, expect, it} from 'vitest'
import {runPipeline} from '../helpers/pipeline.ts'
import {summary} from '../helpers/records.ts'

/** `pdftotext -layout` of a page in two columns whose baselines differ, of our own: each line holds one column, the right one indented, in turns. */
const staggered = [
  '                                    另据公开资料，Quokka 联盟（Quokka Alliance）',
  '2020 年 3 月，西岭区块链应用联盟在四川成都正式成立。该联',
  '                                    于 2017 年 9 月由 Moss 银行、Fern 证券等',
  '盟由甲大学、乙软件、丙保险等 12 家单位联合发起，目前',
  '                                    机构共同发起，现有成员超过 90 家。',
  '已有成员 40 余家。',
  ''
].join('\n')

describe('layout columns', () => {
  it('reads a page whose two columns take turns line by line left column first', async () => {
    const {markdown, file} = await runPipeline(staggered, 'sources/report.txt')
    expect(markdown).toContain('2020 年 3 月，西岭区块链应用联盟在四川成都正式成立。该联盟由甲大学、乙软件、丙保险等 12 家单位联合发起')
    expect(markdown).toContain('Quokka 联盟（Quokka Alliance）于 2017 年 9 月由 Moss 银行、Fern 证券等机构共同发起')
    expect((file.data.records ?? []).map(summary).map(({name, leads, started, count}) => [name, leads, started, count])).toEqual([
      ['西岭区块链应用联盟', ['甲大学', '乙软件', '丙保险'], '2020-03', 40],
      ['Quokka 联盟', ['Moss 银行', 'Fern 证券'], '2017-09', 90]
    ])
  })

  it('reads each column down every block of the page, the right column’s start a little apart in each', async () => {
    const second = [
      '                                 此外，戊集团于 2020 年 6 月推出了供应链金',
      '同年 12 月，丁公司发布了自主研发的区块链底层平台“云杉链”，',
      '                                 融平台“Lyra”，已接入上下游企业 600 余',
      '该平台支持国密算法，单链性能达到每秒一万笔交易。',
      '                                 家。Lyra 平台基于云杉链构建。',
      ''
    ].join('\n')
    const {markdown, file} = await runPipeline(`${staggered}\n${second}`, 'sources/report.txt')
    const order = ['西岭区块链应用联盟', '同年 12 月', 'Quokka 联盟', '此外，戊集团'].map((words) => markdown.indexOf(words))
    expect(order.every((at, index) => at >= 0 && (index === 0 || at > order[index - 1]!))).toBe(true)
    // (the year the next paragraph of its column tells from is its own column's)
    expect((file.data.records ?? []).map(summary).find(({name}) => name === '云杉链')?.started).toBe('2020-12')
  })

  it('reads columns side by side down a page spaced out by blank lines, the right one starting at the same count of characters', async () => {
    // (as \`-layout\` sets a page of two columns with wide line spacing: a blank line between any two rows, a left column of
    // wide letters ending well before the count of characters where the right one starts, a heading beside a line of prose)
    const rows: Array<[string, string]> = [
      ['一、国际平台', '二、国内平台'],
      ['Marlin 贸易网络由北海航运和 Corvin Systems 于', '在国内，海港银行于 2020 年 6 月推出了“港融链”，'],
      ['2018 年 8 月联合推出，是较早投入商用的航运贸易', '这是一个面向进出口企业的贸易金融服务平台，于'],
      ['平台，目前已有超过 150 家港口和航运公司接入。', '2021 年扩展到跨境结算业务。'],
      ['', '此外，东岭电子口岸联合多家商业银行搭建了“岭贸']
    ]
    const lines = rows.flatMap(([left, right]) => [`${left}${' '.repeat(38 - left.length)}${right}`.trimEnd(), ''])
    const {markdown, file} = await runPipeline([...lines, '                                      通”平台，于 2021 年 3 月正式上线运行。', ''].join('\n'), 'sources/report.txt')
    expect(markdown).toContain('Marlin 贸易网络由北海航运和 Corvin Systems 于 2018 年 8 月联合推出，是较早投入商用的航运贸易平台，目前已有超过 150 家港口和航运公司接入。')
    expect(markdown).toContain('在国内，海港银行于 2020 年 6 月推出了“港融链”，这是一个面向进出口企业的贸易金融服务平台，于 2021 年扩展到跨境结算业务。')
    expect(markdown.indexOf('航运公司接入')).toBeLessThan(markdown.indexOf('二、国内平台'))
    expect((file.data.records ?? []).map(summary).map(({name, leads, started}) => [name, leads, started]).slice(0, 2)).toEqual([
      ['Marlin', ['北海航运', 'Corvin Systems'], '2018-08'],
      ['港融链', ['海港银行'], '2020-06']
    ])
  })

  it('keeps an indented quotation, and lines that do not take turns, in their order', async () => {
    const quoted = ['甲联盟秘书长在年会上说：', '                    区块链的价值在于让多方在没有中心的', '                    情况下也能共享同一份可信的账本。', '会后，与会单位签署了合作倡议。', ''].join('\n')
    const {markdown} = await runPipeline(quoted, 'sources/report.txt')
    expect(markdown.indexOf('秘书长')).toBeLessThan(markdown.indexOf('区块链的价值'))
    expect(markdown.indexOf('可信的账本')).toBeLessThan(markdown.indexOf('会后'))
  })
})
