import type {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {notBases} from '../../pipeline/lexicon/zh/parties.ts'
import {columnWords} from '../../pipeline/lexicon/zh/tables.ts'
import {textBlocks} from '../../pipeline/clean/text-blocks.ts'
import {runPipeline} from '../helpers/pipeline.ts'
import {summary as recordSummary} from '../helpers/records.ts'

const guide = (table: string) => `# 指南\n\n## 平台对比\n\n${table}\n`
/** The records a file gives, as the readers' tests compare them, without their aliases (a table's rows declare none). */
const summary = (file: VFile) =>
  (file.data.records ?? []).map((record) => {
    const {aliases: _aliases, ...compared} = recordSummary(record)
    return compared
  })

/** Tables of a Markdown source: kept as tables, and read a row per record. */
describe('tables', () => {
  it('take a row\'s kind from the verbs of the headings of its fact columns when nothing else says it, and a record of each Latin name a cell lists', async () => {
    const {file} = await runPipeline('# 概况\n\n| 名称 | 开发者 | 发布时间 |\n| --- | --- | --- |\n| Bilby、Quoll | 甲科技 | 2017 年 |\n\n| 名称 | 发起单位 |\n| --- | --- |\n| 星河 | 乙银行 |\n\n| 名称 | 备注 |\n| --- | --- |\n| 云岭 | 无 |\n', 'sources/own.md')
    expect(summary(file).map(({kind, name, leads, started}) => [kind, name, leads, started])).toEqual([
      ['platform', 'Bilby', ['甲科技'], '2017'],
      ['platform', 'Quoll', ['甲科技'], '2017'],
      ['alliance', '星河', ['乙银行'], null]
    ])
  })

  it('take what a row is built on from the phrase of a column that describes it (说明: 基于 X 的…平台)', async () => {
    const table = '| 项目 | 发起方 | 说明 |\n| --- | --- | --- |\n| Yarra | 甲科技 | 基于 Lachlan 的隐私计算平台 |\n| Murray | 乙大学 | 面向物联网的轻量级账本，兼容 Lachlan 的接口 |\n'
    const {file} = await runPipeline(`# 概况\n\n${table}`, 'sources/own.md')
    expect((file.data.records ?? []).map((record) => [record.name, record.basedOn])).toEqual([
      ['Yarra', ['Lachlan']],
      ['Murray', []],
      ['Lachlan', []]
    ])
  })

  it('take a row\'s kind from a heading that says its names are examples of a kind (代表项目, 典型代表 beside a column of kinds)', async () => {
    const {file} = await runPipeline('# 概况\n\n| 领域 | 代表项目 |\n| --- | --- |\n| 支付 | Yarra、Murray |\n\n| 类型 | 典型代表 |\n| --- | --- |\n| 联盟链 | Lachlan |\n\n| 会议 | 代表 |\n| --- | --- |\n| 年会 | 丁主任 |\n', 'sources/own.md')
    expect(summary(file).map(({kind, name}) => [kind, name])).toEqual([
      ['platform', 'Yarra'],
      ['platform', 'Murray'],
      ['platform', 'Lachlan']
    ])
  })

  it('take each name a cell lists, names of the script that end in a kind word or a head names are made with too (Tessel、星桥链), not a name that holds a separator word (甲和乙联盟)', async () => {
    const {file} = await runPipeline('# 概况\n\n| 类型 | 代表项目 |\n| --- | --- |\n| 联盟链 | Tessel、星桥链 |\n\n| 名称 | 成立时间 |\n| --- | --- |\n| 甲和乙联盟 | 2018 年 |\n', 'sources/own.md')
    expect(summary(file).map(({kind, name}) => [kind, name])).toEqual([
      ['platform', 'Tessel'],
      ['platform', '星桥链'],
      ['alliance', '甲和乙联盟']
    ])
  })

  it('take a row\'s kind from a column that says what each row is, when its name does not', async () => {
    const {file} = await runPipeline('# 概况\n\n| 项目 | 类型 | 发起方 |\n| --- | --- | --- |\n| 光年钱包 | 钱包 | 丁科技 |\n| 极光交易所 | 交易平台 | 戊集团 |\n| 甲证券 | 券商 | 己集团 |\n', 'sources/own.md')
    // a wallet is a head only names set apart take, a trading platform a kind word; a broker no kind
    expect(summary(file)).toEqual([
      {kind: 'platform', name: '光年钱包', leads: ['丁科技'], joiners: [], started: null, count: null},
      {kind: 'platform', name: '极光交易所', leads: ['戊集团'], joiners: [], started: null, count: null}
    ])
  })

  it('take the rows’ kind from a heading of names that is a kind word (项目) when other columns give makers or starts', async () => {
    const {file} = await runPipeline('# 成员\n\n| 项目 | 贡献者 | 时间 |\n| --- | --- | --- |\n| Yarra | 甲科技 | 2016 年 4 月 |\n| Lachlan | 庚大学 | 2018 年 1 月 |\n', 'sources/own.md')
    expect(summary(file)).toEqual([
      {kind: 'platform', name: 'Yarra', leads: ['甲科技'], joiners: [], started: '2016-04', count: null},
      {kind: 'platform', name: 'Lachlan', leads: ['庚大学'], joiners: [], started: '2018-01', count: null}
    ])
    // \`项目\` over items and their values is no column of names of a kind
    const items = await runPipeline('# 指标\n\n| 项目 | 说明 |\n| --- | --- |\n| 吞吐量 | 每秒万笔 |\n| 延迟 | 两秒 |\n', 'sources/own.md')
    expect(summary(items.file)).toEqual([])
  })

  it('read who published each row and what it runs on, and no technology in general as a base', async () => {
    const {file} = await runPipeline(guide('| 平台名称 | 发布机构 | 底层技术 |\n| --- | --- | --- |\n| 摇光链 | 癸科技 | Nimbus |\n| 天璇链 | 壬集团 | 联盟链 |'), 'sources/own.md')
    expect(summary(file).map(({name, leads}) => [name, leads])).toEqual([['摇光链', ['癸科技']], ['天璇链', ['壬集团']]])
    expect((file.data.records ?? []).map((record) => record.basedOn)).toEqual([['Nimbus'], []])
    // a platform built on nothing else (\`自研\`), or a cell left empty in words, names no base
    for (const word of notBases) {
      const own = await runPipeline(guide(`| 平台名称 | 发布机构 | 底层技术 |\n| --- | --- | --- |\n| 摇光链 | 癸科技 | ${word} |\n| 天璇链 | 壬集团 | Nimbus |`), 'sources/own.md')
      expect((own.file.data.records ?? []).map((record) => record.basedOn), word).toEqual([[], ['Nimbus']])
    }
  })

  it('take a year alone in a column of dates as the start, and no other number', async () => {
    const {file} = await runPipeline(guide('| 平台 | 开发商 | 发布年份 |\n| --- | --- | --- |\n| 玉衡 | 戊科技 | 2021 |\n| 开阳 | 己科技 | 第 3 版 |'), 'sources/own.md')
    expect(summary(file)).toEqual([
      {kind: 'platform', name: '玉衡', leads: ['戊科技'], joiners: [], started: '2021', count: null},
      {kind: 'platform', name: '开阳', leads: ['己科技'], joiners: [], started: null, count: null}
    ])
  })

  it('keeps a table as a table in the cleaned Markdown, unpadded, and each row as one block of the text', async () => {
    const source = guide('| 平台 | 开发者 | 发布时间 |\n| --- | --- | --- |\n| 摇光链 | 癸科技 | 2019 年 |\n| 天枢平台 |  | 2018 年 6 月 |')
    const {markdown, tree, file} = await runPipeline(source, 'sources/guide.md')
    expect(markdown).toContain('| 平台 | 开发者 | 发布时间 |\n| - | - | - |\n| 摇光链 | 癸科技 | 2019 年 |\n| 天枢平台 | | 2018 年 6 月 |\n')
    const rows = textBlocks(tree, file).filter((block) => block.type === 'row')
    expect(rows.map((row) => row.text)).toEqual(['平台 | 开发者 | 发布时间', '摇光链 | 癸科技 | 2019 年', '天枢平台 |  | 2018 年 6 月'])
    // every piece of a row points back at its own characters in the source
    for (const row of rows) {
      for (const [at, offset, length] of row.segments) expect(source.slice(offset, offset + length)).toBe(row.text.slice(at, at + length))
    }
  })

  it('reads a record per row, its kind from the heading of its names, its facts from the columns it knows', async () => {
    const {file} = await runPipeline(guide('| 平台 | 开发者 | 发布时间 |\n| --- | --- | --- |\n| 摇光链 | 癸科技、子大学 | 2019 年 |\n| 天枢平台 |  | 2018 年 6 月 |'), 'sources/guide.md')
    expect(summary(file)).toEqual([
      {kind: 'platform', name: '摇光链', leads: ['癸科技', '子大学'], joiners: [], started: '2019', count: null},
      {kind: 'platform', name: '天枢平台', leads: [], joiners: [], started: '2018-06', count: null}
    ])
    const [record] = file.data.records ?? []
    // the founder is placed at its cell
    expect(String(file.value).slice(record!.leads[1]!.offset, record!.leads[1]!.offset + 3)).toBe('子大学')
  })

  it('knows every heading of the language pack, and takes the kind from the words before a name word', async () => {
    for (const word of columnWords.leads) {
      const {file} = await runPipeline(guide(`| 联盟名称 | ${word} |\n| --- | --- |\n| 星河联盟 | 甲银行 |`), 'sources/guide.md')
      expect(summary(file), word).toEqual([{kind: 'alliance', name: '星河联盟', leads: ['甲银行'], joiners: [], started: null, count: null}])
    }
    for (const word of columnWords.joiners) {
      const {file} = await runPipeline(guide(`| 联盟 | ${word} |\n| --- | --- |\n| 星河联盟 | 甲银行、乙证券 |`), 'sources/guide.md')
      expect(summary(file)[0]?.joiners, word).toEqual(['甲银行', '乙证券'])
    }
    for (const word of columnWords.started) {
      const {file} = await runPipeline(guide(`| 联盟 | ${word} |\n| --- | --- |\n| 星河联盟 | 2016 年 5 月 |`), 'sources/guide.md')
      expect(summary(file)[0]?.started, word).toBe('2016-05')
    }
    for (const word of columnWords.memberCount) {
      const {file} = await runPipeline(guide(`| 联盟 | ${word} |\n| --- | --- |\n| 星河联盟 | 超过 120 家 |\n| 北辰联盟 | 45 |`), 'sources/guide.md')
      expect(summary(file).map((record) => record.count), word).toEqual([120, 45])
    }
    for (const word of columnWords.name) {
      // a name word alone gives no kind: the section's, or the name's own, does
      const {file} = await runPipeline(`# 指南\n\n## 联盟\n\n| ${word} | 发起方 |\n| --- | --- |\n| 星河合作组织 | 甲银行 |\n| 北辰链 | 乙证券 |\n`, 'sources/guide.md')
      expect(summary(file).map((record) => [record.kind, record.name]), word).toEqual([['alliance', '星河合作组织'], ['platform', '北辰链']])
    }
  })

  it('reads nothing of a table without a column of names, nor a generic phrase as a name', async () => {
    const none = await runPipeline(guide('| 指标 | 数值 |\n| --- | --- |\n| 吞吐量 | 1000 |'), 'sources/guide.md')
    expect(none.file.data.records).toEqual([])
    const generic = await runPipeline(guide('| 平台 | 开发者 |\n| --- | --- |\n| 区块链平台 | 甲科技 |'), 'sources/guide.md')
    expect(generic.file.data.records).toEqual([])
  })
})

/** Tables `pdftotext -layout` flattened: a row a line, after the caption (converted from a table of our own). */
describe('a column headed by a head only names set apart take', () => {
  it('is a column of names of that kind (框架, 系统), and a phrase ending in one is not', async () => {
    const {file} = await runPipeline('# 小结\n\n| 框架 | 主导机构 | 开源时间 |\n| --- | --- | --- |\n| Wombat | 甲实验室 | 2018 年 |\n| 溪岭账本 | 乙数科 | 2019 年 |\n', 'sources/own.md')
    expect(summary(file).map(({kind, name, leads, started}) => [kind, name, leads, started])).toEqual([
      ['platform', 'Wombat', ['甲实验室'], '2018'],
      ['platform', '溪岭账本', ['乙数科'], '2019']
    ])
    const phrase = await runPipeline('# 小结\n\n| 支付清算系统 | 主导机构 |\n| --- | --- |\n| 大额支付 | 甲银行 |\n', 'sources/own.md')
    expect(summary(phrase.file)).toEqual([])
  })
})

describe('flattened tables', () => {
  const layout = [
    '国内主要的区块链联盟如表 2-1 所示。',
    '',
    '表 2-1 国内主要区块链联盟',
    '',
    '   联盟名称      成立时间            发起单位',
    '',
    '星河金融联盟      2016 年 5 月 甲银行、乙证券',
    '',
    '北辰区块链产业联盟 2017 年 3 月 丙科技、丁大学、戊研究院',
    '',
    '上述联盟在推动产业发展方面发挥了重要作用。',
    '',
    '南海链联盟       2018 年 1 月 己集团',
    ''
  ].join('\n')

  it('reads a line of a name of the caption’s kind, a date and organisations as a row, up to the first line of prose', async () => {
    const {file} = await runPipeline(layout)
    expect(summary(file)).toEqual([
      {kind: 'alliance', name: '星河金融联盟', leads: ['甲银行', '乙证券'], joiners: [], started: '2016-05', count: null},
      {kind: 'alliance', name: '北辰区块链产业联盟', leads: ['丙科技', '丁大学', '戊研究院'], joiners: [], started: '2017-03', count: null}
    ])
    const [first] = file.data.records ?? []
    expect(layout.slice(first!.leads[0]!.offset, first!.leads[0]!.offset + 3)).toBe('甲银行')
  })

  it('reads rows of the kind their names give after a caption that names no kind, and keeps them out of the paragraph before', async () => {
    const text = layout.replace('国内主要的区块链联盟如表 2-1 所示。', '近年来各地的产业组织发展迅速，覆盖金融、物流和政务等多个行业。').replace('国内主要区块链联盟', '部分产业组织')
    const {file, markdown} = await runPipeline(text)
    expect(summary(file).map(({name, leads, started}) => [name, leads, started])).toEqual([
      ['星河金融联盟', ['甲银行', '乙证券'], '2016-05'],
      ['北辰区块链产业联盟', ['丙科技', '丁大学', '戊研究院'], '2017-03']
    ])
    expect(markdown).toContain('多个行业。\n\n表 2-1 部分产业组织')
  })

  it('reads the rows the default mode keeps on a line, each a paragraph of its own, past the cells it scatters', async () => {
    const scattered = ['表 3-1 国内主要区块链联盟', '联盟名称', '西岭数字资产联盟', '', '成立时间', '', '发起单位', '', '2016 年 11 月 西岭交易所、丰谷集团', '', '北港供应链金融联盟 2019 年 5 月 北港银行、泊舟物流', '', '35 家', '', '东湖区块链产业联盟 2018 年 3 月 东湖研究院', '', '120 家', '', '上述联盟在推动产业发展方面发挥了重要作用。', ''].join('\n')
    const {file, markdown} = await runPipeline(scattered)
    expect(summary(file).map(({name, leads, started}) => [name, leads, started])).toEqual([
      ['北港供应链金融联盟', ['北港银行', '泊舟物流'], '2019-05'],
      ['东湖区块链产业联盟', ['东湖研究院'], '2018-03']
    ])
    expect(markdown).toContain('东湖研究院\n\n上述联盟')
  })

  it('reads a row of a name with no kind word, the organisations that run it, then its date, after a caption of a kind', async () => {
    const scattered = ['表 2 星岭市重点区块链平台', '平台名称', '', '运营单位', '', '上线时间', '', '链上星岭 星岭大数据集团 2020 年', '链上云岭 数据共享 2021 年', '', '资料来源：星岭研究院整理', ''].join('\n')
    const {file} = await runPipeline(scattered)
    // (the organisations must each read as one: \`数据共享\` is none)
    expect(summary(file).map(({kind, name, leads, started}) => [kind, name, leads, started])).toEqual([['platform', '链上星岭', ['星岭大数据集团'], '2020']])
    expect((await runPipeline(scattered.replace('表 2 星岭市重点区块链平台', '表 2 星岭市重点工程清单'))).file.data.records).toEqual([])
  })

  it('reads a count of members that closes a flattened row, after its organisations', async () => {
    const {file} = await runPipeline(layout.replace('甲银行、乙证券', '甲银行、乙证券 60 余家'))
    expect(summary(file)[0]).toMatchObject({name: '星河金融联盟', leads: ['甲银行', '乙证券'], count: 60})
  })

  it('reads no flattened rows after the caption of a figure, nor names of another kind', async () => {
    // (without the line of headings: with it, the rows are a table's whatever the caption, each read as a table's row is)
    const flattened = layout.replace('   联盟名称      成立时间            发起单位\n\n', '')
    expect((await runPipeline(flattened.replace('表 2-1 国内', '图 2-1 国内'))).file.data.records).toEqual([])
    expect((await runPipeline(flattened.replace('国内主要区块链联盟', '国内主要区块链平台'))).file.data.records).toEqual([])
  })
})

/** A record's fields in a Markdown list under its heading (`- 发起方：甲基金会`): read as a table's cells are, never entries. */
describe('fields under a heading', () => {
  const fields = (text: string) => runPipeline(text, 'sources/own.md', 'own', undefined, [])

  it('give the facts their labels say to the record of the heading, named by its paragraph or by its fields', async () => {
    const {file} = await fields('# 概览\n\n## 主要项目\n\n### Wombat\n\nWombat 是一个模块化的许可链框架。\n\n- 发起方：甲基金会\n- 发布时间：2016 年 3 月\n- 主要语言：Go\n- 底层技术：Quasar\n\n### Numbat [Incubating]\n\n- 贡献者：乙科技、丙银行\n- 贡献时间：2017 年 8 月\n')
    expect((file.data.records ?? []).map((record) => [record.name, record.leads.map((party) => party.name), record.started, record.basedOn])).toEqual([
      ['Wombat', ['甲基金会'], '2016-03', ['Quasar']],
      ['Numbat', ['乙科技', '丙银行'], '2017-08', []]
    ])
    // each fact's place says a field read it
    const [wombat] = file.data.records ?? []
    expect([wombat?.placed.rules.started, wombat?.leads[0]?.rule]).toEqual(['field', 'field'])
  })

  it('are no entries, even in a section about a kind, and give nothing where no heading names a record', async () => {
    const {file} = await fields('# 概览\n\n## 主要平台\n\n- 发起方：甲基金会\n- 项目主页：https://example.org\n\n### 性能\n\n- 定位：许可链框架\n- 发起方：甲基金会\n')
    expect(file.data.records ?? []).toEqual([])
  })

  it('stand on lines of their own under a numbered case of converter text, its prose after a label of prose read as the case\'s text, where it names the case by a shorter name', async () => {
    const page = [
      '二、典型案例',
      '近年来，区块链在供应链金融、跨境贸易等领域加速落地，各地报送了一批具有代表性的案例，本章',
      '选取其中两个，分别介绍其承建单位、上线时间和应用成效，供各地在推进同类项目时参考借鉴。',
      '案例 4：岚桥供应链协同服务平台',
      '承建单位：北岸信息公司',
      '上线时间：2021 年 4 月',
      '项目概述：岚桥平台基于 Quasar 框架开发，连接核心企业、上下游供应商和金融机构，实现应收账款',
      '的拆分、流转和融资，已服务企业超过 800 家。',
      '案例 5：汀洲贸易数据网络',
      '牵头单位：汀洲港务集团',
      '案例简介：汀洲网络由汀洲港务集团建设，底层采用甲数科开发的“云杉链”，连接港口、船公司和货代',
      '企业，已覆盖进出口单证、物流跟踪等八类业务。',
      ''
    ].join('\n')
    const {file} = await runPipeline(page, 'sources/own.txt', 'own', undefined, [])
    expect((file.data.records ?? []).map((record) => [record.name, record.aliases, record.leads.map((party) => party.name), record.started, record.basedOn])).toEqual([
      ['岚桥供应链协同服务平台', ['岚桥平台', '岚桥供应链协同服务'], ['北岸信息公司'], '2021-04', ['Quasar']],
      // (a name a heading sets apart takes the heads a quoted one does: \`网络\`)
      ['汀洲贸易数据网络', ['汀洲网络', '汀洲贸易数据'], ['汀洲港务集团'], null, ['云杉链']],
      ['云杉链', [], ['甲数科'], null, []]
    ])
    // a field with a label of no fact, or no heading above, makes nothing
    const alone = await runPipeline('二、概况\n承建单位：北岸信息公司\n技术支持：甲数科\n', 'sources/own.txt', 'own', undefined, [])
    expect(alone.file.data.records ?? []).toEqual([])
  })

  it('of a timeline (时间 | 事件) are sentences each opened by its row\'s date', async () => {
    const {file} = await fields('# 大事记\n\n| 时间 | 事件 |\n| --- | --- |\n| 2016 年 4 月 | 星海分布式账本联盟（StarLedger）成立 |\n| 2018 年 6 月 | 甲科技发布了区块链平台“岚链” |\n| 2019 年 | 行业迎来快速发展 |\n')
    expect((file.data.records ?? []).map((record) => [record.name, record.aliases, record.leads.map((party) => party.name), record.started])).toEqual([
      ['星海分布式账本联盟', ['StarLedger'], [], '2016-04'],
      ['岚链', [], ['甲科技'], '2018-06']
    ])
    // (a table with a column of names is read by its columns, not as a timeline)
    const named = await fields('# 概况\n\n| 名称 | 时间 | 事件 |\n| --- | --- | --- |\n| 星海联盟 | 2016 年 4 月 | 甲科技发布了区块链平台“岚链” |\n')
    expect((named.file.data.records ?? []).map((record) => [record.name, record.started])).toEqual([['星海联盟', '2016-04']])
  })

  it('take the record\'s name from a field of its name (项目名称), the heading that only describes it another of its names', async () => {
    const cases = [
      '# 典型案例', '',
      '## 案例 1：跨境结算区块链系统', '',
      '项目名称：屿汇跨境结算系统（简称“屿汇”）', '',
      '申报单位：南汀支付公司', '',
      '合作单位：丙银行、丁证券', '',
      '上线时间：2020 年 3 月', '',
      '## 案例 2', '',
      '平台名称：青檀溯源平台', '',
      '技术支持单位：戊科技', ''
    ].join('\n')
    const {file} = await fields(cases)
    expect((file.data.records ?? []).map((record) => [record.name, record.aliases, record.leads.map((party) => party.name), record.joiners.map((party) => party.name), record.started])).toEqual([
      // (and the name without its kind word, as for every record)
      ['屿汇跨境结算系统', ['屿汇', '跨境结算区块链系统', '屿汇跨境结算'], ['南汀支付公司'], ['丙银行', '丁证券'], '2020-03'],
      ['青檀溯源平台', ['青檀溯源'], ['戊科技'], [], null]
    ])
    // (a field of a name of nothing specific names no record)
    const vague = await fields('# 典型案例\n\n## 案例 3\n\n项目名称：区块链平台\n\n申报单位：南汀支付公司\n')
    expect(vague.file.data.records ?? []).toEqual([])
  })
})
