import {describe, expect, it} from 'vitest'
import {subjectOf} from '../../pipeline/extract/document-subject.ts'
import {runPipeline} from '../helpers/pipeline.ts'

/** The records a text gives, with their kind and their leads (developers or founders). */
async function records(text: string, path = 'sources/paper.txt') {
  const {file} = await runPipeline(text, path)
  return (file.data.records ?? []).map((record) => ({kind: record.kind, name: record.name, leads: record.leads.map((party) => party.name)}))
}

/** A product white paper of our own: the product named in the title and then as the bare subject of its sentences, a copyright footer on every page. */
const page = (number: number, body: string) => `${body}\n\n${number}    星河科技有限公司©版权所有\n\f`
const product = [
  page(1, '星河链产品白皮书\n\n目录'),
  page(2, '摘要\n\n星河链采用分层架构，面向企业提供可信的数据服务。星河链已经应用于贸易金融和供应链溯源。'),
  page(3, '一、产品架构\n\n星河链平台由账户中心、账本服务和管理工具三部分组成。星河链支持多种共识算法。'),
  page(4, '二、应用案例\n\n在供应链溯源中，星河链记录每一件商品的流转。')
].join('')

describe('the document’s own subject', () => {
  it('is the product its title names, of the kind the text puts after it, developed by the holder of the copyright', async () => {
    expect(await records(product)).toEqual([{kind: 'platform', name: '星河链', leads: ['星河科技有限公司']}])
  })

  it('is developed by the organisation its cover names on a line of its own after the title, where no copyright line says', async () => {
    const cover = ['云帆链技术白皮书\n\nV2.0\n\n天元数字科技有限公司\n\n2021 年 6 月\n\f']
    const body = '一、概述\n\n云帆链采用分层架构。云帆链支持国密算法。\n\n二、应用\n\n云帆链已用于政务数据共享。\n'
    expect(await records(cover + body)).toEqual([{kind: 'platform', name: '云帆链', leads: ['天元数字科技有限公司']}])
    // an organisation named past the cover's page break is none of the cover's
    expect(await records('云帆链技术白皮书\n\nV2.0\n\f' + body + '\n天元数字科技有限公司\n')).toEqual([{kind: 'platform', name: '云帆链', leads: []}])
  })

  it('is developed by the author its cover signs with a word of authorship (Nova Labs 著), a translator (译) none', async () => {
    const body = '摘要\n\n本文介绍 Sorrel 的设计。Sorrel 将排序与执行分离。\n\n1 引言\n\nSorrel 的节点分为两类，Sorrel 的性能很高。\n'
    expect(await records(`Sorrel：一种可扩展的拜占庭容错账本\nTarn Labs 著\n乙译者 译\n\f${body}`)).toEqual([{kind: 'platform', name: 'Sorrel', leads: ['Tarn Labs']}])
    // (side by side, as \`-layout\` sets them)
    expect(await records(`Sorrel：一种可扩展的拜占庭容错账本\n   丙研究院 编制        乙译者 译\n\f${body}`)).toEqual([{kind: 'platform', name: 'Sorrel', leads: ['丙研究院']}])
    expect(await records(`Sorrel：一种可扩展的拜占庭容错账本\n乙译者 译\n\f${body}`)).toEqual([{kind: 'platform', name: 'Sorrel', leads: []}])
  })

  it('is a product when the text puts no kind word after it: a Latin name, or one ending in a head only names set apart take', async () => {
    const paper = (name: string) => `${name}技术白皮书\n\n天元数字科技有限公司\n\f一、概述\n\n${name}采用分层架构。${name}支持国密算法。\n\n二、应用\n\n${name}已用于政务数据共享，${name}的性能很高。\n`
    expect(await records(paper('Nebula'))).toEqual([{kind: 'platform', name: 'Nebula', leads: ['天元数字科技有限公司']}])
    expect(await records(paper('星图区块链'))).toEqual([{kind: 'platform', name: '星图区块链', leads: ['天元数字科技有限公司']}])
    // a Latin name the title heads with a word of the script, named bare in the text; its start read where the text tells it
    const headed = `Nebula 区块链产品白皮书\n\n天元数字科技有限公司\n\f一、概述\n\nNebula 采用分层架构。2019 年 3 月，Nebula 正式上线。Nebula 支持国密算法，Nebula 的性能很高。\n`
    const {file} = await runPipeline(headed, 'sources/paper.txt')
    expect((file.data.records ?? []).map((record) => [record.name, record.started, record.leads.map((party) => party.name)])).toEqual([['Nebula', '2019-03', ['天元数字科技有限公司']]])
    // the document's word for its own subject (\`本平台\`) speaks of it, once the whole document says what it is
    const self = `Nebula 区块链产品白皮书\n\n天元数字科技有限公司\n\f一、概述\n\nNebula 采用分层架构。本平台于 2019 年 3 月正式上线。Nebula 支持国密算法，Nebula 的性能很高。\n`
    const selfRead = await runPipeline(self, 'sources/paper.txt')
    expect((selfRead.file.data.records ?? []).map((record) => [record.name, record.started])).toEqual([['Nebula', '2019-03']])
    // with no subject of its own, the words point at nothing (not at the last platform named)
    expect(await records('一、概述\n\n甲公司推出了星河链。本平台于 2019 年 3 月正式上线。\n')).toEqual([{kind: 'platform', name: '星河链', leads: ['甲公司']}])
    // a technology, a field's blockchain or a word of the trade is no product
    for (const subject of ['隐私计算', '金融区块链', '跨境支付网络', 'PBFT']) expect(await records(paper(subject)), subject).toEqual([])
  })

  it('is named by a title that says what it is after a colon, as translated papers are titled', async () => {
    const body = '摘要\n\n本文介绍 Sorrel 的设计。Sorrel 将排序与执行分离。\n\n1 引言\n\nSorrel 的节点分为两类，Sorrel 的性能很高。\n'
    expect(await records(`Sorrel：一种可扩展的拜占庭容错账本\n\n${body}`)).toEqual([{kind: 'platform', name: 'Sorrel', leads: []}])
    expect(await records(`Sorrel：一种点对点的电子现金系统\n\n${body}`)).toEqual([{kind: 'platform', name: 'Sorrel', leads: []}])
    // a phrase that describes its head says what it is without an article
    expect(await records(`Sorrel：面向许可区块链的分布式操作系统\n\n${body}`)).toEqual([{kind: 'platform', name: 'Sorrel', leads: []}])
    expect(await records(`# Sorrel：一种点对点的电子现金系统\n\n${body}`, 'sources/paper.md')).toEqual([{kind: 'platform', name: 'Sorrel', leads: []}])
    // placed at the name itself, past the heading's marks
    const {file} = await runPipeline(`# Sorrel：一种点对点的电子现金系统\n\n${body}`, 'sources/paper.md')
    expect(file.data.records?.[0]?.offset).toBe(2)
    // a phrase that ends in no kind word, a title further down, a generic name: nothing
    expect(await records(`Sorrel：一种新的信任机器\n\n${body}`)).toEqual([])
    expect(await records(`Sorrel：技术与应用\n\n${body}`)).toEqual([])
    // a kind word's own head says it without an article, of a Latin name only
    expect(await records(`Sorrel：下一代智能合约和去中心化应用平台\n\n${body}`)).toEqual([{kind: 'platform', name: 'Sorrel', leads: []}])
    expect(await records(`第三章：主流平台\n\n${body.replaceAll('Sorrel', '第三章')}`)).toEqual([])
    expect(await records(`目录\n\n前言\n\n概述\n\n引言\n\n摘要\n\nSorrel：一种可扩展的拜占庭容错账本\n\n${body}`)).toEqual([])
    expect(await records('联盟链：一种可扩展的账本\n\n联盟链很多。联盟链很好。联盟链很快。联盟链很稳。\n')).toEqual([])
  })

  it('is taken from the title without a version or the side of the subject the paper covers', () => {
    expect(subjectOf('星河链产品白皮书 V1.0')).toBe('星河链')
    expect(subjectOf('Nova 平台技术白皮书')).toBe('Nova 平台')
    expect(subjectOf('星河链解决方案白皮书')).toBe('星河链')
    expect(subjectOf('区块链发展报告')).toBeUndefined()
  })

  it('takes its own kind word when the title has one', async () => {
    const text = ['Nova 平台技术白皮书', '', 'Nova 平台是一个开放的账本。Nova 平台支持智能合约。开发者可以在 Nova 平台上部署应用，Nova 平台按调用计费。'].join('\n')
    expect(await records(text)).toEqual([{kind: 'platform', name: 'Nova 平台', leads: []}])
  })

  it('is nothing when the title names a field, not a product, or the text seldom names it', async () => {
    const field = ['区块链产业发展白皮书', '', '区块链产业发展迅速。区块链产业发展需要标准。区块链产业发展离不开人才。区块链产业发展前景广阔。'].join('\n')
    expect(await records(field)).toEqual([])
    const seldom = ['星河链产品白皮书', '', '星河链平台已经发布。本文介绍其架构。'].join('\n')
    expect(await records(seldom)).toEqual([])
  })
})

describe('a title cited, not held', () => {
  it('is no document subject', async () => {
    const text = ['据《星河链产品白皮书》介绍，星河链采用分层架构。', '', '星河链平台支持多种共识。星河链已经应用于金融。星河链记录每一件商品。星河链很快。'].join('\n')
    expect(await records(text)).toEqual([])
  })
})

describe('the document’s own words for the organisation that wrote it', () => {
  it('mean the publisher a report\'s cover names under its title (我行, 本行), as a white paper\'s cover does', async () => {
    const report = '# 澄海银行金融科技发展报告（2022）\n\n澄海银行股份有限公司\n\n## 区块链应用\n\n我行自主研发的区块链服务平台“海链”于 2019 年 6 月正式上线。此外，我行还加入了长江金融科技联盟。\n'
    expect(await records(report, 'sources/report.md')).toEqual([
      {kind: 'platform', name: '海链', leads: ['澄海银行股份有限公司']},
      {kind: 'alliance', name: '长江金融科技联盟', leads: []}
    ])
  })
})
