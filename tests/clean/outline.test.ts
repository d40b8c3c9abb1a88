import {describe, expect, it} from 'vitest'
import {runPipeline} from '../helpers/pipeline.ts'

/** The outline (\`pipeline/clean/outline.ts\`) checked against a table of contents, on a converter's text of our own. */
const contents = [
  '目录',
  '第一章 概况……………………………………………… 2',
  '1.1 历程………………………………………………… 2',
  '1.2 组织………………………………………………… 2',
  '第二章 案例……………………………………………… 3',
  ''
].join('\n')

describe('the outline against the contents', () => {
  it('reads a numbered heading the contents do not list when they list none of its siblings, its text right under it', async () => {
    const body = ['第一章 概况', '', '1.1 历程', '甲联盟成立于 2018 年。', '', '1.2 组织', '乙联盟成立于 2019 年。', '', '第二章 案例', '', '2.1 贸易', '2020 年，丙公司上线了 Quenda 平台。', ''].join('\n')
    const {markdown} = await runPipeline(`${contents}\f${body}`)
    expect(markdown).toContain('## 2.1 贸易\n\n2020 年，丙公司上线了 Quenda 平台。')
  })

  it('reads one as text when the contents list its siblings but not it', async () => {
    const body = ['第一章 概况', '', '1.1 历程', '甲联盟成立于 2018 年。', '', '1.2 组织', '乙联盟成立于 2019 年。', '', '1.3 其他', '丙联盟成立于 2020 年。', '', '第二章 案例', ''].join('\n')
    const {markdown, file} = await runPipeline(`${contents}\f${body}`)
    expect(markdown).not.toContain('## 1.3')
    expect(file.messages.map((message) => message.ruleId)).toContain('heading-not-in-contents')
  })
})

describe('a numbered case of a chapter on applications', () => {
  it('is a heading of its own, not the opening of the paragraph under it, nor a party of what that paragraph says', async () => {
    const body = ['第二章 案例', '', '2.1 贸易', '案例一：丙银行结算平台', '丙银行与丁银行合作，于 2020 年上线了 Quenda 平台。', '场景 2 供应链金融', '戊公司推出了 Vessa 平台。', ''].join('\n')
    const {markdown, file} = await runPipeline(`${contents}\f${body}`)
    expect(markdown).toContain('案例一：丙银行结算平台\n\n丙银行与丁银行合作')
    expect(markdown).toContain('场景 2 供应链金融\n\n戊公司推出了 Vessa 平台。')
    // a numbered line in which a sentence ends is the opening of a paragraph, no heading
    const opening = await runPipeline(`${contents}\f第二章 案例\n\n（一）编程语言方面。甲客户端主要通过 Go 语言\n和 Rust 语言实现。\n`)
    expect(opening.markdown).toContain('\n（一）编程语言方面。甲客户端主要通过 Go 语言和 Rust 语言实现。')
    expect((file.data.records ?? []).map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([
      ['Quenda 平台', ['丙银行', '丁银行']],
      ['Vessa 平台', ['戊公司']]
    ])
  })
})

describe('a short document’s table as the default mode flattens it', () => {
  it('sets apart its caption and its source note, and cells run together between cells (a cover’s title between labels stays: fixture own-brief)', async () => {
    const prose = '其中，甲链是甲研究院自主研发的高性能联盟链，支持国密算法，已在政务、司法等领域落地多个应用。'
    const cells = ['平台名称', '', '推出机构', '', '甲链', '', '甲研究院 2019 年 5 月', '', '乙链', '', '乙银行', '']
    const {markdown} = await runPipeline(['1 概况', '表 1-1 国内主要联盟链平台', ...cells, '数据来源：丙研究院整理', prose, ''].join('\n'))
    expect(markdown).toBe(`# 1 概况\n\n表 1-1 国内主要联盟链平台\n\n数据来源：丙研究院整理\n\n${prose}\n`)
  })
})

describe('a title the table of contents lists', () => {
  it('is a heading where it opens a page, even after a line that ends no sentence (a table cell)', async () => {
    const contents = '目录\n1 概述 ........ 1\n2 合作 ........ 2\n附录 术语表 ........ 3\n'
    const input = `${contents}\f1 概述\n星河链是一个联盟链平台，面向政务场景。\n\f2 合作\n下表列出部分合作方：\n\n机构名称\n\n星河银行\n\n\f附录 术语表\n共识算法：节点之间达成一致的方法。\n`
    const {markdown} = await runPipeline(input)
    expect(markdown).toContain('# 附录 术语表')
  })
})

describe('the first page of a text with form feeds', () => {
  it('is no cover when a sentence runs on from it to the next page, or it holds a heading', async () => {
    const pages = [
      '年度报告\n\n一、产业组织\n近年来，各地纷纷成立产业组织。2016 年 5 月，由甲银行、乙证券等机构共同发起成立的星河区块\n\n第 1 页\n',
      '年度报告\n\n链联盟正式揭牌，目前成员已达 120 家。\n\n第 2 页\n',
      '年度报告\n\n二、平台\n丁集团于 2019 年推出了东岭链。\n\n第 3 页\n'
    ]
    const {markdown} = await runPipeline(pages.join('\f'))
    expect(markdown).toContain('# 一、产业组织\n\n近年来，各地纷纷成立产业组织。2016 年 5 月，由甲银行、乙证券等机构共同发起成立的星河区块链联盟正式揭牌，目前成员已达 120 家。')
  })
})

describe('a numbered title that opens with a unit (分, 个, 年)', () => {
  it('is a heading where the numbers around it make it the next section, a line of text where they do not', async () => {
    const body = ['2 相关工作', '2.1 分片账本', 'Quenda 是一种分片协议，由甲大学于 2017 年提出。', '2.2 共识', '乙引擎基于 BFT 设计。', ''].join('\n')
    const {markdown} = await runPipeline(body)
    expect(markdown).toContain('## 2.1 分片账本\n\nQuenda 是一种分片协议')
    // (a count that opens a line of prose, its number no next section: a line of the paragraph)
    const count = await runPipeline(['2 相关工作', '甲联盟的成员分布如下。', '12 个创始成员来自金融业', '和科技业。', '3 展望', '丙联盟将扩大规模。', ''].join('\n'))
    expect(count.markdown).toContain('甲联盟的成员分布如下。12 个创始成员来自金融业和科技业。')
  })
})
