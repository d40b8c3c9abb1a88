import {describe, expect, it} from 'vitest'
import {mentionKindWords} from '../../pipeline/lexicon/zh/entities.ts'
import {runPipeline} from '../helpers/pipeline.ts'
import {records} from '../helpers/records.ts'

/** The records facts name (\`pipeline/extract/records-from-facts.ts\`), on sentences of our own. */
describe('records that facts name', () => {
  it('makes a record of an organisation named as an alliance among the parties of another', async () => {
    for (const word of mentionKindWords.alliance.filter((each) => /\p{Script=Han}/u.test(each) && each.length > 1)) {
      const found = await records(`# 平台\n## 星链平台：星链平台由 Acme CEV ${word}开发，成员来自金融领域。\n`)
      expect(found.map((record) => [record.kind, record.name]), word).toEqual([['platform', '星链平台'], ['alliance', `Acme CEV ${word}`]])
    }
    // an association is no alliance in running text
    const found = await records('# 平台\n## 星链平台：星链平台由深圳市金融科技协会开发。\n')
    expect(found.map((record) => record.name)).toEqual(['星链平台'])
  })

  it('names the record of an alliance among the parties by a widely known name of it, and makes none where one has it already', async () => {
    const known = [{kind: 'alliance', names: ['星海区块链合作联盟', '星海盟'], reference: 'https://example.org/'}]
    const read = async (text: string, list: typeof known) => ((await runPipeline(text, 'sources/own.md', 'own', undefined, list)).file.data.records ?? []).filter((record) => record.kind === 'alliance').map((record) => [record.name, record.aliases])
    expect(await read('# 概况\n\nTessel 平台由星海盟开发。\n', known)).toEqual([['星海区块链合作联盟', ['星海盟']]])
    expect(await read('# 概况\n\n星海区块链合作联盟于 2016 年 5 月成立。Tessel 平台由星海盟开发。\n', known)).toEqual([['星海区块链合作联盟', []]])
    // (without the list, the short name is a record of its own)
    expect(await read('# 概况\n\nTessel 平台由星海盟开发。\n', [])).toEqual([['星海盟', []]])
  })

  it('makes records of what records run on, when their names read as names', async () => {
    const found = await records('# 概况\nSolen 是甲银行开发的一个基于星币区块链的企业级区块链。Tarn 是乙科技开发的一个基于星海账本的许可链平台。Vire 是丙公司开发的一个基于区块链的支付平台。星币和星海账本都很常见。\n')
    expect(found.map((record) => [record.name, record.aliases, record.rule])).toEqual([
      ['Solen', [], 'copula'],
      ['Tarn', [], 'copula'],
      ['Vire', [], 'copula'],
      ['星币', ['星币区块链'], 'base-of'],
      ['星海账本', [], 'base-of']
    ])
    // named once, as a base only, or inside a longer name a record has: no record
    const once = await records('# 概况\nSolen 是甲银行开发的一个基于星币区块链的企业级区块链。Nova Core 是乙科技在 Core 基础上研发的平台。\n')
    expect(once.map((record) => record.name)).toEqual(['Solen', 'Nova Core'])
  })

  it('makes a record of a Latin name run on once, when the word for a thing of its kind follows it, not a tool’s', async () => {
    const found = await records('# 概况\nTessel 主网于 2020 年上线，使用 Wombat 协议。Quill 于 2021 年上线，基于 Numbat 构建。Lark 于 2022 年上线，基于 Dingo 框架构建。\n')
    // (a framework's word follows a tool's name as often as a platform's: \`Dingo 框架\` makes no record)
    expect(found.map((record) => [record.name, record.basedOn, record.rule])).toEqual([
      ['Tessel', ['Wombat'], 'subject-launched'],
      ['Quill', ['Numbat'], 'subject-launched'],
      ['Lark', ['Dingo'], 'subject-launched'],
      ['Wombat', [], 'base-of']
    ])
  })

  it('makes a record of what a record\'s makers made themselves to run it on, named once, made by them (自主研发的)', async () => {
    const cases = '# 典型案例\n\n## 案例 1：屿汇跨境结算系统\n\n申报单位：南汀支付公司\n\n底层技术：自主研发的南汀链\n\n## 案例 2：青檀溯源平台\n\n青檀溯源平台由戊科技于 2021 年推出，采用自研的青檀链作为底层。\n'
    const found = await records(cases, 'sources/own.md')
    expect(found.map((record) => [record.name, record.leads.map((party) => [party.name, party.rule]), record.basedOn, record.rule])).toEqual([
      ['屿汇跨境结算系统', [['南汀支付公司', 'field']], ['南汀链'], 'entry'],
      ['青檀溯源平台', [['戊科技', 'founding']], ['青檀链'], 'entry'],
      ['南汀链', [['南汀支付公司', 'self-made']], [], 'base-of'],
      ['青檀链', [['戊科技', 'self-made']], [], 'base-of']
    ])
    // (a base another made, or one named once with no word that the makers made it: theirs, no record)
    const other = await records('# 典型案例\n\n## 案例 1：屿汇跨境结算系统\n\n申报单位：南汀支付公司\n\n底层技术：甲科技研发的南汀链\n\n## 案例 2：青檀溯源平台\n\n申报单位：戊科技\n\n底层技术：青檀链\n', 'sources/own.md')
    expect(other.map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([['屿汇跨境结算系统', ['南汀支付公司']], ['青檀溯源平台', ['戊科技']]])
  })
})

describe('makers a record\'s own name gives', () => {
  it('are the organisation a launched record\'s name opens with, when the text names no maker', async () => {
    const text = '# 概况\n乙公司区块链服务平台（YBS）于 2018 年 10 月正式商用。\n'
    const [named] = await records(text)
    expect(named && [named.name, named.leads.map((party) => [party.name, party.rule, party.offset])]).toEqual(['乙公司区块链服务平台', [['乙公司', 'owner', text.indexOf('乙公司')]]])
    // a maker the text gives stays the only one; a founded kind's name gives none
    const [made] = await records('# 概况\n乙公司区块链服务平台（YBS）由丙科技开发。\n')
    expect(made?.leads.map((party) => party.name)).toEqual(['丙科技'])
    expect((await records('# 概况\n乙公司区块链联盟（YBA）于 2018 年成立。\n'))[0]?.leads).toEqual([])
  })
})
