import {describe, expect, it} from 'vitest'
import {kinds} from '../../pipeline/dataset/kinds.ts'
import {bareName, isSpecificName, kindByUse, kindFromDescription, kindOf, ownerOf, readsAsName, readsAsProductName, withoutTopicSuffix} from '../../pipeline/extract/decide-kind.ts'
import {grammarOf} from '../../pipeline/lexicon/zh/grammar.ts'
import {records} from '../helpers/records.ts'

/** The kind decider (`pipeline/extract/decide-kind.ts`), on names and sentences of our own, with the dataset's registry. */
const grammar = grammarOf(kinds)

describe('the kind of a name', () => {
  it('is the kind word it ends with, Chinese putting the head last; a Latin kind word opens an English name', () => {
    expect(kindOf('星河账本联盟', grammar)).toBe('alliance')
    expect(kindOf('星河链平台', grammar)).toBe('platform')
    expect(kindOf('Project Nova', grammar)).toBe('platform')
    expect(kindOf('“星河联盟”', grammar)).toBe('alliance')
    // a word that only looks like a kind word at the end, and no kind word at all
    expect(kindOf('区块链', grammar)).toBeNull()
    expect(kindOf('星河科技', grammar)).toBeNull()
  })

  it('is, for a name without a kind word, the kind word the text writes after it most often', () => {
    expect(kindByUse('星河', '星河平台发布了新版。星河平台的用户很多。星河联盟也关注它。', grammar)).toBe('platform')
    expect(kindByUse('星河', '星河科技发布了新版。', grammar)).toBeNull()
  })

  it('is what an entry\'s first sentence says it is', () => {
    expect(kindFromDescription('总部设在深圳的金融联盟组织，成员包括多家银行。', grammar)).toBe('alliance')
    expect(kindFromDescription('成员包括甲银行和乙证券。', grammar)).toBe('alliance')
    expect(kindFromDescription('基于星币区块链的跨境结算平台，可以降低成本。', grammar)).toBe('platform')
    expect(kindFromDescription('由甲公司推出，广受欢迎。', grammar)).toBeNull()
    // its makers and a verb of launching, and when it started: a launched thing
    expect(kindFromDescription('由甲局联合乙数科打造，2021 年 1 月上线，主要用于开具发票。', grammar)).toBe('platform')
    expect(kindFromDescription('由甲公司于 2013 年提出，2015 年上线。', grammar)).toBeNull()
  })
})

describe('a name', () => {
  it('is no name when words of where or how widely it acts stand before its kind word (全球性区块链联盟), nor as the predicate of a definition', async () => {
    for (const phrase of ['全球性区块链联盟', '全国性区块链联盟', '跨境区块链平台']) expect(isSpecificName(phrase), phrase).toBe(false)
    const found = await records('# 概况\n星桥联盟（Starbridge Alliance）是由甲基金会发起的全球性区块链联盟，成员包括乙银行、丙证券等。\n')
    expect(found.map((record) => record.name)).toEqual(['星桥联盟'])
  })

  it('names something in particular, not a generic phrase nor one behind a pointer back', () => {
    expect(isSpecificName('星河账本联盟')).toBe(true)
    for (const generic of ['区块链联盟', '产业联盟', '联盟链平台', '该联盟', '其平台']) expect(isSpecificName(generic), generic).toBe(false)
    // words that say what a product is like, before a generic name or before each other
    for (const generic of ['企业级区块链平台', '高性能企业级区块链平台', '去中心化', '开源联盟链平台']) expect(isSpecificName(generic), generic).toBe(false)
    for (const named of ['星河企业级区块链平台', '开源星河平台']) expect(isSpecificName(named), named).toBe(true)
  })

  it('is known without the words after it that leave it whom it names (开放平台, 开源项目), and reads as a product\'s when that bare name ends in a chain\'s word', async () => {
    expect(bareName('丁岳链开放平台')).toBe('丁岳链')
    expect(bareName('星河开源项目')).toBe('星河')
    expect(bareName('星河账本项目')).toBe('星河账本')
    // a modifier with fewer than two characters before it stays, and so does a name with no suffix
    expect(bareName('开源平台')).toBe('开源')
    expect(bareName('星河服务平台')).toBe('星河服务')
    expect(bareName('丁岳链')).toBe('丁岳链')
    expect(readsAsProductName('丁岳链开放平台')).toBe(true)
    expect(readsAsProductName('电子证照共享平台')).toBe(false)
    const found = await records('# 平台\n丁集团于 2018 年推出丁岳链开放平台，面向中小企业。\n')
    expect(found.map((record) => [record.name, record.aliases, record.leads.map((party) => party.name), record.started])).toEqual([['丁岳链开放平台', ['丁岳链'], ['丁集团'], '2018']])
  })

  it('opens with the organisation that owns it when the rest only says what the product is', () => {
    expect(ownerOf('甲科技票据服务平台', grammar)).toBe('甲科技')
    expect(ownerOf('乙银行区块链平台', grammar)).toBe('乙银行')
    expect(ownerOf('丙科技集团区块链服务平台', grammar)).toBe('丙科技集团')
    // the spaces a converter sets around a Latin word are no part of the phrase's length
    expect(ownerOf('辛科技区块链 BaaS 平台', grammar)).toBe('辛科技')
    expect(ownerOf('辛科技区块链开放服务 BaaS 平台', grammar)).toBeUndefined()
    // no organisation before the phrase, an organisation in the phrase, or no kind at its end
    for (const name of ['星河票据服务平台', '甲科技乙银行联合平台', '甲科技票据服务', '科技金融平台']) expect(ownerOf(name, grammar), name).toBeUndefined()
  })

  it('reads as a name where a kind is named when it is Latin or ends in a kind word', () => {
    expect(readsAsName('Nova', [], grammar)).toBe(true)
    expect(readsAsName('星河链', [], grammar)).toBe(true)
    expect(readsAsName('星河', ['Xinghe'], grammar)).toBe(true)
    expect(readsAsName('星汇', [], grammar)).toBe(false)
  })

  it('of a section is its heading without the word that makes it an overview', () => {
    expect(withoutTopicSuffix('物联网平台概览')).toBe('物联网平台')
    expect(withoutTopicSuffix('星河联盟')).toBe('星河联盟')
  })
})

describe('an entry a list item defines', () => {
  it('is of the kind of the phrase its text opens with, after a relative clause, up to a comma or the item’s semicolon', async () => {
    const text = '## 工具一览\n\n目前有多种实现：\n\n* **Parrot**：由 Parrot Labs 开发的客户端，使用 Rust 语言编写；\n* **Kiwi**：官方维护的 Go 语言客户端；\n* **Ganet**：用于本地测试的私有链工具；\n* **Dingo**：由甲公司开发，支持多种资产；\n'
    const found = await records(text, 'sources/guide.md')
    expect(found.map((record) => [record.kind, record.name, record.leads.map((party) => party.name)])).toEqual([
      ['platform', 'Parrot', ['Parrot Labs']],
      ['platform', 'Kiwi', []]
    ])
  })
})

describe('a phrase a term of the trade narrows', () => {
  it('names no one (BaaS 平台), though a name that holds one does (云梯 BaaS 平台)', async () => {
    expect(isSpecificName('BaaS 平台')).toBe(false)
    expect(isSpecificName('云梯 BaaS 平台')).toBe(true)
    const found = await records('# 概况\n2018 年，甲公司发布了 BaaS 平台 Cirrus。\n')
    expect(found.map((record) => record.name)).toEqual(['Cirrus'])
  })
})
