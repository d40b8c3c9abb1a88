import {describe, expect, it} from 'vitest'
import {runPipeline} from '../helpers/pipeline.ts'

const headings = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('#'))

describe('entries', () => {
  for (const marker of ['——', '—', '-', '●', '•', '1.', '（二）', '3）', '(4)', '']) {
    it(`takes the marker ${JSON.stringify(marker)} and the separator off an entry heading`, async () => {
      const {markdown} = await runPipeline(`# 联盟\n## ${marker}某某联盟(Some Alliance): 该联盟由甲公司发起。\n`)
      expect(headings(markdown)).toEqual(['# 联盟', '## 某某联盟(Some Alliance)'])
      expect(markdown).toContain('\n该联盟由甲公司发起。\n')
    })
  }

  it('reads a marked line without `#` as an entry after a sentence end', async () => {
    const {markdown} = await runPipeline('# 平台\n常见的平台如下：\n● 甲平台：由乙公司推出。\n')
    expect(headings(markdown)).toEqual(['# 平台', '## 甲平台'])
  })

  it('keeps a section number in a section heading', async () => {
    const {markdown} = await runPipeline('# 一、区块链联盟\n## 甲联盟：正文。\n')
    expect(headings(markdown)).toEqual(['# 一、区块链联盟', '## 甲联盟'])
  })

  it('warns about an entry with no name before its separator and keeps its text', async () => {
    const {markdown, file} = await runPipeline('# 联盟\n## ——：该联盟由甲公司发起。\n')
    const [message] = file.messages
    expect(message?.ruleId).toBe('entry-without-name')
    expect(message?.line).toBe(2)
    expect(markdown).toContain('该联盟由甲公司发起')
  })
})

describe('sections about one record', () => {
  const summary = (file: Awaited<ReturnType<typeof runPipeline>>['file']) =>
    (file.data.records ?? []).map((record) => ({name: record.name, aliases: record.aliases, leads: record.leads.map((party) => party.name), count: record.memberCount?.value ?? null}))

  it('reads a Markdown heading that names a record as its entry, in the section around it', async () => {
    const {file} = await runPipeline('# 指南\n\n## 联盟\n\n### 星河金融联盟\n\n星河金融联盟（Galaxy Alliance）成立于 2016 年 5 月，由甲银行、乙证券等 25 家机构发起。目前成员超过 100 家。\n', 'sources/guide.md')
    expect(summary(file)).toEqual([{name: '星河金融联盟', aliases: ['Galaxy Alliance'], leads: ['甲银行', '乙证券'], count: 100}])
    expect(file.messages.map((message) => message.ruleId)).not.toContain('empty-section')
  })

  it('reads a numbered heading without its number, and no generic phrase its paragraph does not open with', async () => {
    const {file} = await runPipeline('3 技术平台\n\n3.2 星河链（Nova）\n\n星河链由甲科技于 2017 年发布。该平台目前参与机构超过 80 家。\n\n3.3 金融区块链平台\n\n当前的金融区块链平台多由银行主导，成员超过 30 家。\n')
    expect(summary(file)).toEqual([{name: '星河链', aliases: ['Nova'], leads: ['甲科技'], count: 80}])
  })

  it('reads a heading with no kind word as an entry when its paragraph opens with it and gives its kind or Latin name', async () => {
    const own = await runPipeline('# 指南\n\n## 以太坊\n\n以太坊（Ethereum）项目的最初目标，是打造一个平台。该平台由甲先生于 2013 年底提出。\n', 'sources/guide.md')
    expect(summary(own.file)).toEqual([{name: '以太坊', aliases: ['Ethereum'], leads: ['甲先生'], count: null}])
    const inSection = await runPipeline('# 指南\n\n## 平台\n\n### 星币\n\n星币（Xingbi）是一种数字现金，目前参与机构超过 30 家。\n', 'sources/guide.md')
    expect(summary(inSection.file)).toEqual([{name: '星币', aliases: ['Xingbi'], leads: [], count: 30}])
    const latin = await runPipeline('# 指南\n\n## 联盟\n\n### Nova\n\nNova 是一家总部位于纽约的组织，目前成员超过 40 家。\n', 'sources/guide.md')
    expect(summary(latin.file)).toEqual([{name: 'Nova', aliases: [], leads: [], count: 40}])
    // a topic the paragraph opens with is no record: no Latin name, no kind word of its own
    const topic = await runPipeline('# 指南\n\n## 平台\n\n### 性能\n\n性能方面，甲平台每秒处理 1000 笔交易。\n', 'sources/guide.md')
    expect(topic.file.data.records).toEqual([])
    // nor is a technical term
    const term = await runPipeline('# 指南\n\n## 平台\n\n### API\n\nAPI 是平台对外提供的接口。\n', 'sources/guide.md')
    expect(term.file.data.records).toEqual([])
  })

  it('reads a numbered heading whose paragraph opens with the word that points back at its kind', async () => {
    const {file} = await runPipeline('二、主要联盟\n\n（一）星河金融联盟\n\n星河金融联盟成立于 2016 年 5 月，目前成员超过 100 家。\n\n（二）北辰产业联盟\n\n该联盟由丙科技牵头，于 2017 年 3 月成立。\n\n三、展望\n\n未来，区块链联盟将继续发展。\n')
    expect(summary(file)).toEqual([
      {name: '星河金融联盟', aliases: [], leads: [], count: 100},
      {name: '北辰产业联盟', aliases: [], leads: ['丙科技'], count: null}
    ])
  })

  it('takes no heading as a record that its paragraph does not open with', async () => {
    const {file} = await runPipeline('# 指南\n\n## 联盟\n\n### 星河金融联盟\n\n近年来，各类组织不断涌现。\n', 'sources/guide.md')
    expect(file.data.records).toEqual([])
    // named in passing: a section about a sort of record, whose entries follow
    const listed = await runPipeline('# 指南\n\n## 核心项目\n\n目前，星海社区主要包括以下核心项目：\n\n- 天帆：最早由甲科技于 2015 年底发起。\n', 'sources/guide.md')
    expect(summary(listed.file)).toEqual([{name: '天帆', aliases: [], leads: ['甲科技'], count: null}])
  })
})

describe('empty sections', () => {
  it('warns of a section about a kind with no record before a heading of its level, not of one whose subsections hold them', async () => {
    const {file} = await runPipeline('# 指南\n\n## 联盟\n\n### 国内联盟\n\n甲银行、乙证券等发起成立的星河链联盟逐步壮大。\n\n### 国际联盟\n\n近年来发展很快。\n\n## 平台\n\n暂无。\n', 'sources/guide.md')
    expect(file.messages.filter((message) => message.ruleId === 'empty-section').map((message) => [message.line, /`(.+?)`/u.exec(message.reason)?.[1]])).toEqual([
      [9, '国际联盟'],
      [13, '平台']
    ])
    // a section whose prose tells facts of a record named before it is not empty
    const told = await runPipeline('# 指南\n\n星河链是甲科技推出的区块链平台。\n\n## 星河链项目简介\n\n星河链于 2016 年正式上线。\n', 'sources/guide.md')
    expect(told.file.messages.map((message) => message.ruleId)).not.toContain('empty-section')
    // a numbered overview of a kind word alone is about no kind: \`1 项目概述\` warns of nothing
    const overview = await runPipeline('# 白皮书\n\n## 1 项目概述\n\n本项目是一个去中心化应用。\n', 'sources/guide.md')
    expect(overview.file.messages.map((message) => message.ruleId)).not.toContain('empty-section')
  })
})
