import {describe, expect, it} from 'vitest'
import type {RecordDraft} from '../../pipeline/extract/record-book.ts'
import {givingVerbs} from '../../pipeline/lexicon/zh/relations.ts'
import {runPipeline} from '../helpers/pipeline.ts'
import {records, summary} from '../helpers/records.ts'

/**
 * The mention reader (`pipeline/extract/find-mentions.ts`) on sentences of
 * our own: the frames that make a record of a name, and the sentences of the
 * same shape that must not. Read without the list of widely known names.
 */
async function read(sentence: string) {
  const {file} = await runPipeline(`# 概况\n\n${sentence}\n`, 'sources/own.txt', 'own', undefined, [])
  const records: RecordDraft[] = file.data.records ?? []
  return {
    records: records.map((record) => ({kind: record.kind, name: record.name, leads: record.leads.map((party) => party.name), started: record.started, basedOn: record.basedOn})),
    candidates: (file.data.candidates ?? []).map((candidate) => candidate.name)
  }
}

describe('a mention', () => {
  it('is the host a project is given to, with a kind word, made by no one and no subject of the sentence', async () => {
    for (const verb of givingVerbs) {
      const {records} = await read(`Vega 项目由甲团队于 2017 年 1 月${verb}星海社区。`)
      expect(records, verb).toEqual([
        {kind: 'platform', name: 'Vega 项目', leads: ['甲团队'], started: '2017-01', basedOn: []},
        {kind: 'platform', name: '星海社区', leads: [], started: null, basedOn: []}
      ])
    }
    // a generic host names no one
    expect((await read('甲公司把代码提交到开源社区。')).records).toEqual([])
  })

  it('opens a sentence and is followed by its agent, however far the name characters run on', async () => {
    expect((await read('曙光链由华夏大学区块链实验室研发，2021 年 3 月上线主网。')).records).toEqual([
      {kind: 'platform', name: '曙光链', leads: ['华夏大学区块链实验室'], started: '2021-03', basedOn: []}
    ])
    expect((await read('青岚金融区块链联盟由三家城商行于 2018 年联合发起。')).records).toMatchObject([{kind: 'alliance', name: '青岚金融区块链联盟', started: '2018'}])
    // an agent with no verb of making after it names no maker: no record
    expect((await read('曙光链由华夏大学区块链实验室负责维护。')).records).toEqual([])
    // a Latin name is of the launched kind when the verb launches (an adverb of time between name and agent aside), of none when it founds
    expect((await read('Zephyr 最初由 Windmill 公司内部开发。')).records).toEqual([{kind: 'platform', name: 'Zephyr', leads: ['Windmill'], started: null, basedOn: []}])
    expect((await read('Zephyr 由 Windmill 公司发起成立。')).records).toEqual([])
  })

  it('is a Latin name with its expansion in parentheses before its kind word, when a clause before it tells its start', async () => {
    const {file} = await runPipeline('# 概况\n\n2016 年 4 月 30 日上线的 Zeta（Zero Trust Exchange Alliance）项目，试图打造众筹平台。\n', 'sources/own.txt', 'own', undefined, [])
    expect((file.data.records ?? []).map((record) => [record.kind, record.name, record.aliases, record.started])).toEqual([
      ['platform', 'Zeta', ['Zero Trust Exchange Alliance', 'Zeta项目'], '2016-04-30']
    ])
  })

  it('is a name set apart by quotes right after the phrase for its kind, when the sentence says who made it', async () => {
    expect((await read('2020 年，百川基金会推出了去中心化存储网络“溪流”，为应用提供存储服务。')).records).toEqual([
      {kind: 'platform', name: '溪流', leads: ['百川基金会'], started: '2020', basedOn: []}
    ])
    // a quoted name that ends in a kind word of its own needs no phrase before it; not a short name declared in parentheses
    expect((await read('2019 年 5 月，丙科技在杭州推出了连接银行和小微企业的“丁信中小企业金融服务平台”。')).records).toMatchObject([
      {kind: 'platform', name: '丁信中小企业金融服务平台', leads: ['丙科技'], started: '2019-05'}
    ])
    expect((await read('甲基金会于 2014 年发起的星河链平台（简称“河链”）已有多个版本。')).records).toMatchObject([{name: '星河链平台'}])
    // without a maker it is only a candidate
    const unmade = await read('这是一种新的存储网络“溪流”。')
    expect(unmade.records).toEqual([])
    expect(unmade.candidates).toEqual(['溪流'])
  })

  it('is the subject of a copula whose phrase ends in a head names set apart take, with its makers, or with a kind word of its own', async () => {
    expect((await read('Lumen Network 是由 Lumen Labs 于 2018 年推出的支付网络。')).records).toEqual([
      {kind: 'platform', name: 'Lumen Network', leads: ['Lumen Labs'], started: '2018', basedOn: []}
    ])
    expect((await read('辰星链是一个企业级区块链基础设施，由辰星数科于 2021 年 6 月正式发布。')).records).toEqual([
      {kind: 'platform', name: '辰星链', leads: ['辰星数科'], started: '2021-06', basedOn: []}
    ])
    // a sort of chain is such a head; a name with a short name declared beside it that ends in a kind word is named enough
    expect((await read('Meridian（子午链）是国内首个支持国密算法的联盟链，由子午科技和南方大学联合研发。')).records).toEqual([
      {kind: 'platform', name: 'Meridian', leads: ['子午科技', '南方大学'], started: null, basedOn: []}
    ])
    // no maker and no kind word of its own; a pointer back; a Latin word alone: no record
    for (const sentence of ['星汇是一个跨境支付网络，由甲银行运营。', '这是一个开放的网络。', '它是由甲公司推出的支付系统。', '这是一条公有链。', 'TCP 是一种网络协议。']) {
      expect((await read(sentence)).records, sentence).toEqual([])
    }
  })

  it('is the subject a sentence opens by saying the kind of (作为…，X)', async () => {
    expect((await read('作为国内首个开源的许可链平台，启明链已吸引多家企业参与。')).records).toMatchObject([{kind: 'platform', name: '启明链'}])
    expect((await read('作为一个开源的联盟链平台，Nova 正在吸引更多开发者。')).records).toMatchObject([{kind: 'platform', name: 'Nova'}])
    // a pointer back, a generic phrase, a phrase of no kind: no record
    for (const sentence of ['作为行业组织，该联盟已有多家会员。', '作为一个开源平台，它已经有很多用户。', '作为一家科技公司，丁科技长期投入研发。', '作为区块链平台，平台的性能很重要。']) {
      expect((await read(sentence)).records, sentence).toEqual([])
    }
  })

  it('opens a sentence and says what it is built on (X 基于 Y 构建)', async () => {
    expect((await read('远山链基于启明链构建，支持多种智能合约语言。')).records).toEqual([
      {kind: 'platform', name: '远山链', leads: [], started: null, basedOn: ['启明链']}
    ])
    // or what its technology is, the clause ending there
    expect((await read('庚数据平台基于青岚账本技术，服务贸易企业。')).records).toMatchObject([{kind: 'platform', name: '庚数据平台', basedOn: ['青岚账本']}])
    // a pointer back or a generic phrase is no subject; nor is a basis the clause goes on after without a verb of making
    for (const sentence of ['该平台基于启明链开发。', '区块链平台基于密码学构建。', '远山链基于启明链的经验，改进了共识。']) {
      expect((await read(sentence)).records, sentence).toEqual([])
    }
  })

  it('opens a sentence and says what its lower layer is built on, or uses it in the role of a base (X 采用 Y 作为底层框架)', async () => {
    for (const sentence of ['星梭链底层基于启明链进行开发。', '星梭链采用 Hyperledger Fabric 作为底层框架。', '星梭链以启明链为基础。']) {
      expect((await read(sentence)).records.map((record) => [record.name, record.basedOn]), sentence).toEqual([['星梭链', [sentence.includes('Fabric') ? 'Hyperledger Fabric' : '启明链']]])
    }
    // a verb of use with no role says what it uses, no base
    for (const sentence of ['星梭链采用 PBFT 共识。', '星梭链采用 Go 语言编写。']) expect((await read(sentence)).records, sentence).toEqual([])
  })

  it('is given by a word of naming before 的 and the phrase for its kind (推出了名为 X 的平台), with who launched it', async () => {
    expect((await read('丁公司在 2019 年推出了名为 Quasar 的区块链平台。')).records).toEqual([{kind: 'platform', name: 'Quasar', leads: ['丁公司'], started: '2019', basedOn: []}])
    expect((await read('一个称为“星桥”的跨链项目已在测试中。')).records).toEqual([{kind: 'platform', name: '星桥', leads: [], started: null, basedOn: []}])
    // the phrase must end in a kind word, and the name must name one
    expect((await read('丁公司推出了名为 Quasar 的区块链技术。')).records).toEqual([])
    expect((await read('一种称为共识的区块链平台机制。')).records).toEqual([])
  })

  it('is the subject of a copula whose phrase ends in 框架, when its own name ends in a kind word', async () => {
    expect((await read('Nimbus Ledger 是一个模块化的许可区块链框架。')).records).toEqual([{kind: 'platform', name: 'Nimbus Ledger', leads: [], started: null, basedOn: []}])
    expect((await read('Nimbus 是一个模块化的许可区块链框架。')).records).toEqual([])
  })

  it('is built by its makers: 建设 and 搭建 launch as the other verbs of making do', async () => {
    expect((await read('云帆平台由甲集团牵头建设，已覆盖十余个部门。')).records).toEqual([{kind: 'platform', name: '云帆平台', leads: ['甲集团'], started: null, basedOn: []}])
    expect((await read('甲集团于 2020 年搭建了云帆区块链服务平台。')).records).toMatchObject([{name: '云帆区块链服务平台', leads: ['甲集团'], started: '2020'}])
    // building in general names nothing
    expect((await read('各地积极推进区块链基础设施建设。')).records).toEqual([])
  })

  it('starts no name inside a noun a verb forms with the character after it (发起人, 开发者)', async () => {
    expect((await read('想进入孵化阶段的项目，均需由发起人书面说明项目范围。')).records).toEqual([])
    expect((await read('该工具由开发者社区维护。')).records).toEqual([])
  })

  it('follows a clause of launching when its name reads as a product’s (a Latin name, or one headed 链), not as a description', async () => {
    expect((await read('丁公司自主研发的云梭链已在多家银行落地。')).records).toEqual([{kind: 'platform', name: '云梭链', leads: ['丁公司'], started: null, basedOn: []}])
    expect((await read('丁公司开发的 Shuttle 平台已在多家银行落地。')).records).toMatchObject([{name: 'Shuttle 平台', leads: ['丁公司']}])
    expect((await read('丁公司推出的企业级区块链服务平台已在多家银行落地。')).records).toEqual([])
    expect((await read('丁公司开发的高性能联盟链已在多家银行落地。')).records).toEqual([])
  })

  it('governed by a verb of launching with no particle after it is the name the verb launches, when it reads as a product’s', async () => {
    expect((await read('2021 年，白鹭科技推出白鹭链，已接入多家法院。')).records).toEqual([{kind: 'platform', name: '白鹭链', leads: ['白鹭科技'], started: '2021', basedOn: []}])
    expect((await read('白鹭科技于 2021 年发布白鹭链。')).records).toEqual([{kind: 'platform', name: '白鹭链', leads: ['白鹭科技'], started: '2021', basedOn: []}])
    // a generic phrase after the verb, or a verb inside a longer word, launches nothing
    expect((await read('白鹭科技开发平台。')).records).toEqual([])
    expect((await read('该公司推出区块链服务平台。')).records).toEqual([])
    expect((await read('甲公司研发中心平台上线。')).records).toEqual([])
    // the phrase for its kind between the verb and the name is no part of the name
    expect((await read('2017 年 7 月，壬金融上线区块链开放平台癸星链。')).records).toEqual([{kind: 'platform', name: '癸星链', leads: ['壬金融'], started: '2017-07', basedOn: []}])
  })

  it('opening its sentence, is made by the agent of a later clause that points back at it (长河链已吸引…，该链由长河集团于 2019 年推出)', async () => {
    expect((await read('截至 2021 年底，长河链已吸引超过 300 家企业入驻，该链由长河集团于 2019 年推出。')).records).toEqual([
      {kind: 'platform', name: '长河链', leads: ['长河集团'], started: '2019', basedOn: []}
    ])
    // (a later clause that says no maker, or none at all, makes none)
    for (const sentence of ['长河链已吸引超过 300 家企业入驻，该链运行稳定。', '长河链已吸引超过 300 家企业入驻。']) expect((await read(sentence)).records, sentence).toEqual([])
  })

  it('is made by the agent of a later clause that points back at it by a word for its kind (…“链上北岭”平台的机构…，该平台由…推出)', async () => {
    expect((await read('据统计，接入“链上北岭”平台的机构已超过 200 家，该平台由北岭市政府于 2020 年推出。')).records).toEqual([
      {kind: 'platform', name: '链上北岭', leads: ['北岭市政府'], started: '2020', basedOn: []}
    ])
    // (of two named before it, the pointer points at the last; a pointer at another kind at none)
    expect((await read('接入“链上北岭”平台和“链上南岭”平台的机构已超过 200 家，该平台由北岭市政府于 2020 年推出。')).records).toEqual([
      {kind: 'platform', name: '链上南岭', leads: ['北岭市政府'], started: '2020', basedOn: []}
    ])
    expect((await read('接入“链上北岭”平台的机构已超过 200 家，该联盟由北岭市政府于 2020 年发起。')).records).toEqual([])
  })

  it('is no record when it is the phrase for a kind right before a name set apart that is one (it says what that name is)', async () => {
    expect((await read('2020 年 3 月，蓝鲸科技发布了司法存证平台“鲸证链”。')).records).toEqual([{kind: 'platform', name: '鲸证链', leads: ['蓝鲸科技'], started: '2020-03', basedOn: []}])
    // a quoted phrase that modifies the word after it is no name in apposition: the name before it stands
    expect((await read('蓝鲸科技发布了鲸证平台“数字存证”服务。')).records).toEqual([{kind: 'platform', name: '鲸证平台', leads: ['蓝鲸科技'], started: null, basedOn: []}])
    expect((await read('丁公司推出了存储网络“溪流”并开源。')).records).toMatchObject([{name: '溪流', leads: ['丁公司']}])
    // (a Latin name too; one word of it ending in a Latin kind word is the whole name, no other name of it)
    expect((await read('戌大学推出了学历认证平台 CertaChain。')).records).toEqual([{kind: 'platform', name: 'CertaChain', leads: ['戌大学'], started: null, basedOn: []}])
  })

  it('starts with its first release a verb of launching governs, made by the subject of the verb (发布了 X 的第一个稳定版本)', async () => {
    const started = async (then: string) => (await read(`Quenda 是一个许可型分布式账本平台。${then}`)).records
    expect(await started('戌公司于 2019 年 3 月发布了 Quenda 的第一个稳定版本。')).toEqual([{kind: 'platform', name: 'Quenda', leads: ['戌公司'], started: '2019-03', basedOn: []}])
    expect(await started('2019 年 3 月，戌公司发布了 Quenda 的首个正式版本。')).toEqual([{kind: 'platform', name: 'Quenda', leads: ['戌公司'], started: '2019-03', basedOn: []}])
    // (a later version is none; nor is a first release of a name the text made no record of)
    expect(await started('戌公司于 2021 年发布了 Quenda 的 2.0 版本。')).toEqual([{kind: 'platform', name: 'Quenda', leads: [], started: null, basedOn: []}])
    expect((await read('戌公司于 2019 年 3 月发布了亥协议的第一个版本。')).records).toEqual([])
  })

  it('is launched by the subject of 建成 (青岭市于 2019 年建成了青岭链), a verb of making', async () => {
    expect((await read('在政府的支持下，青岭市于 2019 年建成了青岭链。')).records).toEqual([{kind: 'platform', name: '青岭链', leads: ['青岭市'], started: '2019', basedOn: []}])
    expect((await read('该市建成了 5 个区块链应用场景。')).records).toEqual([])
  })

  it('is launched by a subject an adverb of addition follows (甲公司还推出了 X 平台)', async () => {
    expect((await read('丁公司还推出了 Loom 协作平台。')).records).toEqual([{kind: 'platform', name: 'Loom 协作平台', leads: ['丁公司'], started: null, basedOn: []}])
    expect((await read('丁公司随后发布了 Loom 协作平台。')).records).toMatchObject([{name: 'Loom 协作平台', leads: ['丁公司']}])
    // or an adverb of a time before, with one of addition after it: none of the subject's name
    expect((await read('Tarn 公司此前还牵头组建了 Tarn 联盟，该联盟成立于 2015 年 9 月。')).records).toMatchObject([{name: 'Tarn 联盟', leads: ['Tarn'], started: '2015-09'}])
    expect((await read('丁公司曾经发起成立了溪岸联盟。')).records).toMatchObject([{name: '溪岸联盟', leads: ['丁公司']}])
  })

  it('is no word of the trade nor a tool made by someone, and its makers are the organisation whose people made it', async () => {
    expect((await read('Raft 由某大学的研究者于 2013 年提出。')).records).toEqual([])
    expect((await read('Kubernetes 最初由某公司设计并开源。')).records).toEqual([])
    expect((await read('Zephyr 由华夏大学的研究者于 2013 年提出。')).records).toEqual([{kind: 'platform', name: 'Zephyr', leads: ['华夏大学'], started: '2013', basedOn: []}])
  })

  it('set apart by a dash may run on from a Latin name into words of the script, up to the punctuation', async () => {
    expect((await read('2016 年，丁公司发布了一种开源协议——Nimbus开放标准。')).records).toEqual([{kind: 'platform', name: 'Nimbus开放标准', leads: ['丁公司'], started: '2016', basedOn: []}])
    // a space ends it: what follows is the sentence going on
    expect((await read('2016 年，丁公司发布了一种开源协议——Nimbus 已经被多家银行采用。')).records).toMatchObject([{name: 'Nimbus'}])
  })
})

describe('a Latin name of a kind built on a record of the text (基于 Corvo 的 Tessel 项目)', () => {
  it('is a record with its base, whatever the sentence says it did; built on a name the text makes no record of, a candidate', async () => {
    const found = await records('# 概况\nCorvo 平台于 2015 年上线。2016 年 6 月，基于 Corvo 的 Tessel 项目遭到攻击。\n')
    expect(found.map((record) => [record.name, record.started, record.basedOn])).toEqual([
      ['Corvo 平台', '2015', []],
      ['Tessel 项目', null, ['Corvo']]
    ])
    expect(await records('# 概况\n2016 年 6 月，基于 Corvo 的 Tessel 项目遭到攻击。\n')).toEqual([])
  })
})

describe('a Latin name after the phrase for a sort of organisation', () => {
  it('is named without the phrase, which only says what it is', async () => {
    const found = await records('# 概况\n辰银行加入了国际区块链组织 Hexa 联盟，成为其首个中国会员。\n\n午银行加入了星河银行 Acme 联盟。\n')
    expect(found.map((record) => [record.name, record.joiners.map((party) => party.name)])).toEqual([
      ['Hexa 联盟', ['辰银行']],
      ['星河银行 Acme 联盟', ['午银行']]
    ])
  })

  it('keeps the phrase when the name’s Latin expansion translates it too (企业 Velta 联盟（Enterprise Velta Alliance）), and notes no candidate of the Latin word inside the name', async () => {
    const {file} = await runPipeline('# 概况\n企业 Velta 联盟（Enterprise Velta Alliance，EVA）于 2017 年 2 月成立，由甲公司、乙银行等机构共同发起。\n\n辰银行加入了国际区块链组织 Hexa 联盟（HXA）。\n', 'sources/own.txt', 'own', undefined, [])
    expect((file.data.records ?? []).map((record) => [record.name, record.aliases])).toEqual([
      ['企业 Velta 联盟', ['Enterprise Velta Alliance', 'EVA']],
      ['Hexa 联盟', ['HXA']]
    ])
    expect(file.data.candidates ?? []).toEqual([])
  })
})

describe('a product its makers built on something', () => {
  it('reads what the clause’s subject built it on as its base, not as its maker; a public body may build one', async () => {
    const found = await records('# 概况\n星河银行基于云杉链搭建了星融通平台。\n\n北岸市政府采用云杉链建设了星证通平台。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.basedOn])).toEqual([
      ['星融通平台', ['星河银行'], ['云杉链']],
      ['星证通平台', ['北岸市政府'], ['云杉链']],
      // named twice as what records run on: a record of its own
      ['云杉链', [], []]
    ])
  })

  it('is a Latin name right after a verb of launching and the phrase for what it is, ending in a head names set apart take, when its makers are said', async () => {
    expect((await read('2022 年 5 月，卯大学、辰实验室与巳科技联合发布了开源隐私计算协议 Quenda，该协议支持多方计算。')).records).toEqual([
      {kind: 'platform', name: 'Quenda', leads: ['卯大学', '辰实验室', '巳科技'], started: '2022-05', basedOn: []}
    ])
    expect((await read('午公司推出了硬件钱包 Tallow。')).records).toMatchObject([{name: 'Tallow', leads: ['午公司']}])
    // a Latin name after a coin's word is its ticker; one a verb of use governs is no launch
    expect((await read('午公司发行了稳定币 WUSD。')).records).toEqual([])
    expect((await read('该系统采用了共识协议 Raft。')).records).toEqual([])
    // (a name of words after a coin's word is no ticker, capitals and all)
    expect((await read('未银行于 2019 年推出了用于机构之间结算的数字货币 WEB Coin。')).records).toMatchObject([{name: 'WEB Coin', leads: ['未银行'], started: '2019'}])
  })

  it('is what a copula says a maker made, of the kind of the whole word its phrase ends in (联盟链 is a platform), built on what the frame around a base says', async () => {
    expect((await read('Quenda 是戌公司开发的联盟链。')).records).toEqual([{kind: 'platform', name: 'Quenda', leads: ['戌公司'], started: null, basedOn: []}])
    for (const frame of ['在 Wombat 基础上', '在 Wombat 的基础上', '基于 Wombat ']) {
      expect((await read(`Quenda 是戌公司${frame}开发的联盟链平台。`)).records, frame).toEqual([{kind: 'platform', name: 'Quenda', leads: ['戌公司'], started: null, basedOn: ['Wombat']}])
    }
    expect((await read('亥川银行在云杉链的基础上搭建了亥川票据平台。')).records).toEqual([{kind: 'platform', name: '亥川票据平台', leads: ['亥川银行'], started: null, basedOn: ['云杉链']}])
    // a verb governs a name after the phrase of what it is built on
    expect((await read('戌公司于 2019 年推出了基于 Wombat 的 Quenda 平台。')).records).toEqual([{kind: 'platform', name: 'Quenda 平台', leads: ['戌公司'], started: '2019', basedOn: ['Wombat']}])
    expect((await read('戌公司推出了基于区块链的 Quenda 平台。')).records).toEqual([{kind: 'platform', name: 'Quenda 平台', leads: ['戌公司'], started: null, basedOn: []}])
  })

  it('is a name alone in its sentence’s first clause, after words that introduce a representative one, its makers in a later clause', async () => {
    for (const opener of ['比较有代表性的是', '其中最具代表性的是', '最典型的是', '另一个代表性的项目是', '典型的平台为', '另一个值得关注的项目是']) {
      expect((await read(`${opener}午未链，由戌公司于 2019 年推出。`)).records, opener).toEqual([{kind: 'platform', name: '午未链', leads: ['戌公司'], started: '2019', basedOn: []}])
    }
    expect((await read('最具代表性的是 Quenda 项目，它由亥基金会于 2020 年推出。')).records).toEqual([{kind: 'platform', name: 'Quenda 项目', leads: ['亥基金会'], started: '2020', basedOn: []}])
    // a quoted name too, made in a later clause that points back at it; a Latin alliance's name, founded so after a date
    expect((await read('另一个代表性的产品是“申酉通”，一个面向小微企业的票据平台，它由戌银行和亥集团共同建设，2021 年 3 月投入使用。')).records).toEqual([
      {kind: 'platform', name: '申酉通', leads: ['戌银行', '亥集团'], started: '2021-03', basedOn: []}
    ])
    expect((await read('例如 Wattle Consortium，它于 2019 年由戌银行与 Banksia Labs 联合发起。')).records).toEqual([
      {kind: 'alliance', name: 'Wattle Consortium', leads: ['戌银行', 'Banksia Labs'], started: '2019', basedOn: []}
    ])
    // (\`另一个例子是\`: the article and the noun say it with no modifier; a clause of making before the name set apart)
    expect((await read('另一个例子是戌大学开发的学历认证系统 Quenda，它构建于 Wombat 之上，于 2021 年 2 月上线。')).records).toEqual([
      {kind: 'platform', name: 'Quenda', leads: ['戌大学'], started: '2021-02', basedOn: ['Wombat']}
    ])
    expect((await read('“申酉通”，一个票据平台。')).records).toEqual([])
    // a description is no name; a generic phrase neither
    expect((await read('面向物联网场景的轻量级账本，由丙研究院在 2017 年发起。')).records).toEqual([])
    expect((await read('区块链平台，由于性能有限，难以普及。')).records).toEqual([])
  })

  it('is no version: a later release of a product tells no start of it, and a version alone names nothing', async () => {
    expect((await read('2019 年，戌公司发布了 Quenda 平台 2.0 版本。')).records).toEqual([{kind: 'platform', name: 'Quenda 平台', leads: ['戌公司'], started: null, basedOn: []}])
    expect((await read('戌公司于 2018 年发布了 Quenda 平台 V2。')).records).toEqual([{kind: 'platform', name: 'Quenda 平台', leads: ['戌公司'], started: null, basedOn: []}])
    expect((await read('Quenda 2.0 于 2020 年 1 月发布。')).records).toEqual([{kind: 'platform', name: 'Quenda', leads: [], started: null, basedOn: []}])
    expect((await read('2019 年，戌公司发布了 Quenda 平台。')).records).toEqual([{kind: 'platform', name: 'Quenda 平台', leads: ['戌公司'], started: '2019', basedOn: []}])
  })

  it('is a short name of the script a copula defines with its makers and kind, or a quoted name an agent launched', async () => {
    expect((await read('融申通是由戌银行自主研发的供应链金融服务平台，2018 年 9 月正式上线。')).records).toEqual([{kind: 'platform', name: '融申通', leads: ['戌银行'], started: '2018-09', basedOn: []}])
    for (const subject of ['本系统', '该平台', '另一类则', '区块链']) expect((await read(`${subject}是由戌公司开发的区块链平台。`)).records, subject).toEqual([])
    expect((await read('其中，“票酉通”由亥集团于 2020 年推出，主要面向票据场景。')).records).toEqual([{kind: 'platform', name: '票酉通', leads: ['亥集团'], started: '2020', basedOn: []}])
    // (an idea put forward may be quoted too)
    expect((await read('“链上金融”由亥集团提出。')).records).toEqual([])
  })

  it('is a Latin name right after a clause of making, whatever its predicate, made by the clause’s parties', async () => {
    expect((await read('亥科技打造的 Quenda ID 也在政务领域得到应用。')).records).toEqual([{kind: 'platform', name: 'Quenda ID', leads: ['亥科技'], started: null, basedOn: []}])
    expect((await read('戌公司和乙大学联合研发的 Quenda 已在多个城市落地。')).records).toEqual([{kind: 'platform', name: 'Quenda', leads: ['戌公司', '乙大学'], started: null, basedOn: []}])
    // a clause of another verb makes none; a word of the trade is none
    expect((await read('亥科技投资的 Quenda 也在政务领域得到应用。')).records).toEqual([])
    expect((await read('亥科技开发的 PBFT 算法效率较高。')).records).toEqual([])
  })

  it('makes no record of a phrase in the script whose words only say what the thing does', async () => {
    expect(await records('# 概况\n北岸市政府采用云杉链建设了电子证照共享平台。\n')).toEqual([])
    // (a field the platform serves only says what it does: \`不动产登记区块链平台\`)
    expect(await records('# 概况\n此外，南湖区推出了不动产登记区块链平台，实现了数据共享。\n')).toEqual([])
    // a name of one character of its own is still one
    expect((await records('# 概况\n甲公司于 2016 年推出了乙平台。\n')).map((record) => record.name)).toEqual(['乙平台'])
  })

  it('keeps a phrase for another kind before a name as part of the name', async () => {
    const found = await records('# 概况\n2018 年 5 月，东湖银行、北斗科技等单位共同发起成立了区块链服务网络发展联盟。\n')
    expect(found.map((record) => [record.kind, record.name])).toEqual([['alliance', '区块链服务网络发展联盟']])
  })
})

describe('a name ending in a head names set apart take, after a relative clause of launching', () => {
  it('is a record when the text names it, or its own part, again; a description is none', async () => {
    const found = await records('# 概况\n甲实验室于 2009 年 1 月启动的云杉网络，第一次实现了跨境结算。此后人们尝试在云杉上构建应用。\n\n乙公司于 2018 年推出的星河网络，已接入 30 家机构。\n\nQuill 是丙银行开发的一个基于云杉的企业级区块链。Quell 是丙银行开发的一个基于云杉的企业级区块链。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([
      ['云杉网络', ['甲实验室'], '2009-01'],
      ['Quill', ['丙银行'], null],
      ['Quell', ['丙银行'], null]
    ])
  })
})

describe('a name set apart after a clause of launching', () => {
  it('is a quoted name alone right before its predicate, made by the clause’s agent, a court an organisation', async () => {
    const found = await records('# 概况\n由丁市中级人民法院牵头建设的“丁市司法链”于 2019 年 12 月上线运行。由甲公司开发的“Tessera”于 2018 年发布。\n')
    expect(found.map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([
      ['丁市司法链', ['丁市中级人民法院'], '2019-12'],
      ['Tessera', ['甲公司'], '2018']
    ])
    // an idea put forward, or a quoted word that modifies the noun after it: none
    expect(await records('# 概况\n甲公司提出的“链上金融”于 2018 年发布。甲公司打造的“链上金融”模式于 2018 年推广。\n')).toEqual([])
  })
})

describe('what a clause opening the sentence says', () => {
  it('names the base of what the sentence goes on to launch (基于 X，…上线了 Y), no technology', async () => {
    const found = await records('# 概况\n基于 Wombat，甲银行于 2020 年 9 月上线了跨境保理平台“云链融”。基于区块链技术，乙银行于 2021 年上线了票据平台“云票通”。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started, record.basedOn])).toEqual([
      ['云链融', ['甲银行'], '2020-09', ['Wombat']],
      ['云票通', ['乙银行'], '2021', []]
    ])
    const [named] = await records('# 概况\n基于 Wombat，丙公司推出了 Quenda 平台。\n')
    expect(named && [named.name, named.basedOn]).toEqual(['Quenda 平台', ['Wombat']])
  })
})

describe('a translated paper’s protocols and projects', () => {
  it('takes the short name the parentheses after a head declare, a funder is no maker, and 数科 ends a company’s name', async () => {
    const found = await records('# 跨链\nWombat 于 2015 年提出的 Numbat 协议（NBP）即采用了这一思路。Quokka 则由 Quoll 基金会资助、Dunnart Labs 开发，2020 年 5 月主网上线。比较有代表性的是由青岚数科研发的“青岚跨链”平台。\n')
    expect(found.map((record) => [record.name, record.aliases, record.leads.map((party) => party.name), record.started])).toEqual([
      ['Numbat', ['NBP'], ['Wombat'], '2015'],
      ['Quokka', [], ['Dunnart Labs'], '2020-05'],
      ['青岚跨链', [], ['青岚数科'], null]
    ])
  })
})

describe('a Latin name after a verb of launching and the phrase for what it is', () => {
  it('is read with what the phrase says it is built on between the verb and the phrase, no technology a base', async () => {
    const found = await records('# 概况\nWombat 联盟于 2021 年推出了基于 Larch 的贸易融资网络 Numbat Trade。甲公司推出了基于区块链的贸易融资网络 Quenda。\n')
    expect(found.filter((record) => record.kind === 'platform').map((record) => [record.name, record.leads.map((party) => party.name), record.started, record.basedOn])).toEqual([
      ['Numbat Trade', ['Wombat 联盟'], '2021', ['Larch']],
      ['Quenda', ['甲公司'], null, []]
    ])
  })
})

describe('one name read by two readings', () => {
  it('is one record: a Latin name with the phrase for its sort and head is the Latin name the set-apart reading made', async () => {
    const found = await records('# 平台\n长风集团推出的 Zephyr 开放联盟链于 2020 年 4 月上线。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['Zephyr', ['长风集团'], '2020-04']])
  })
})

describe('a clause linked to the first', () => {
  it('shares the makers the first clause lists before its verb (…联合组建了X联盟，并推出了“Y”), none when they are a crowd or the clause has its own', async () => {
    const found = await records('# 组织\n甲银行、乙证券和丙保险等 9 家机构联合组建了丁链联盟，并推出了联盟链平台“丁链”。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([
      ['丁链', ['甲银行', '乙证券', '丙保险']],
      ['丁链联盟', ['甲银行', '乙证券', '丙保险']]
    ])
    expect((await records('# 组织\n多家机构联合组建了戊链联盟，并推出了联盟链平台“戊链”。\n')).map((record) => record.name)).toEqual(['戊链联盟'])
    const own = await records('# 组织\n甲银行、乙证券等机构联合组建了庚链联盟，辛集团推出了联盟链平台“辛链”。\n')
    expect(own.filter((record) => record.kind === 'platform').map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([['辛链', ['辛集团']]])
  })
})

describe('a translated report’s organisations and projects', () => {
  it('reads a name a representative opening with an adjective introduces (另一个重要组织是), its founding after a comma and a pointer', async () => {
    const found = await records('# 组织\n另一个重要组织是数字票据联合会，它于 2019 年由十余家金融机构联合组建，成员包括甲银行、乙证券和丙保险。\n')
    expect(found.map(summary)).toEqual([
      {kind: 'alliance', name: '数字票据联合会', aliases: [], leads: [], joiners: ['甲银行', '乙证券', '丙保险'], started: '2019', count: null}
    ])
    // no founding after the pointer: no record
    expect(await records('# 组织\n另一个重要组织是数字票据联合会，它关注票据标准。\n')).toEqual([])
  })

  it('takes a Latin expansion and its short name from one long parenthesis after a name', async () => {
    const found = await records('# 组织\n由 Quarry Labs 等机构共同发起的开放票据互通联盟（Open Bill Exchange Interoperability Alliance，OBEIA）于 2018 年成立。\n')
    expect(found.map((record) => [record.name, record.aliases, record.leads.map((party) => party.name)])).toEqual([
      ['开放票据互通联盟', ['Open Bill Exchange Interoperability Alliance', 'OBEIA'], ['Quarry Labs']]
    ])
  })

  it('reads no record in a kind word that an organisation’s name goes on from (捐赠给云杉账本基金会)', async () => {
    const found = await records('# 平台\nQuillet 最初由 Birch Labs 开发，并于 2017 年 6 月捐赠给云杉账本基金会。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['Quillet', ['Birch Labs'], '2017-06']])
  })

  it('reads the maker of a company whose form is abbreviated with a full stop (Pte. Ltd.), the sentence not ended there', async () => {
    const found = await records('# 平台\nMintel 由新加坡的 Heron Pte. Ltd. 于 2016 年推出，主要用于贸易融资。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['Mintel', ['Heron Pte. Ltd.'], '2016']])
  })

  it('reads what a definition says a thing is built on (是基于 X 构建的) as its base, not its maker', async () => {
    const found = await records('# 平台\nCorvel 则是基于 Quillet 构建的数字身份网络，2020 年 11 月上线。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started, record.basedOn])).toEqual([['Corvel', [], '2020-11', ['Quillet']]])
  })
})

describe('a government chapter’s alliances and platforms', () => {
  it('reads a consortium (联合体) with the short names its parenthesis declares, and no union of states', async () => {
    const found = await records('# 组织\n国际上，国际可信票据联合体（Trusted Bill Consortium，TBC）成立于 2018 年，现有会员 120 余家。欧盟、东盟等国际组织也在积极探索区块链的应用。\n')
    expect(found.map(summary)).toEqual([
      {kind: 'alliance', name: '国际可信票据联合体', aliases: ['Trusted Bill Consortium', 'TBC'], leads: [], joiners: [], started: '2018', count: 120}
    ])
  })

  it('reads the makers of a relative clause before a Latin name and a generic chain word (研发的 Meridon 底层链)', async () => {
    const found = await records('# 平台\n此外，由蓝湾研究所和北岸数科共同研发的 Meridon 底层链已开源。\n')
    expect(found.map((record) => [record.kind, record.name, record.leads.map((party) => party.name)])).toEqual([['platform', 'Meridon', ['蓝湾研究所', '北岸数科']]])
    // the generic word alone names none
    expect(await records('# 平台\n由蓝湾研究所研发的底层链已开源。\n')).toEqual([])
  })

  it('reads who built each row of a table of local projects (建设单位)', async () => {
    const found = await records('# 案例\n\n| 项目名称 | 建设单位 | 上线时间 |\n| --- | --- | --- |\n| 甬票链 | 东湖银行 | 2021 年 3 月 |\n| 关务通 | 临江海关 | 2020 年 |\n', 'sources/own.md')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([
      ['甬票链', ['东湖银行'], '2021-03'],
      ['关务通', ['临江海关'], '2020']
    ])
  })
})

describe('a research report’s participants', () => {
  it('reads an alliance a crowd founded in a relative clause before its name, no founder named', async () => {
    const found = await records('# 组织\n2019 年 11 月，在临江市工信局指导下，由 32 家单位联合发起的票据金融区块链联盟正式成立。\n')
    expect(found.map(summary)).toEqual([{kind: 'alliance', name: '票据金融区块链联盟', aliases: [], leads: [], joiners: [], started: '2019-11', count: null}])
  })

  it('reads the party that founded an alliance with a crowd in a relative clause before its name (由甲联合十二家单位发起的), not the crowd', async () => {
    const found = await records('# 组织\n2018 年 3 月，由临江数字研究中心联合十二家单位共同发起的“枫港账本联盟”在临江成立，目前成员已达 87 家。\n')
    expect(found.map(summary)).toEqual([{kind: 'alliance', name: '枫港账本联盟', aliases: [], leads: ['临江数字研究中心'], joiners: [], started: '2018-03', count: 87}])
    // parties joined with a named party stay parties
    const named = await records('# 组织\n由临江数字研究中心联合甲科技共同发起的枫港账本联盟于 2018 年成立。\n')
    expect(named.map(summary).map(({name, leads}) => [name, leads])).toEqual([['枫港账本联盟', ['甲科技', '临江数字研究中心']]])
  })

  it('reads a start told with 首次 before its verb, in the clause after a definition', async () => {
    const found = await records('# 平台\nNimbelt Ledger 是由 Cirrus Works 开发的开源分布式账本，2017 年首次发布。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['Nimbelt Ledger', ['Cirrus Works'], '2017']])
  })

  it('reads no maker in the relative clause that says who founded the one keeping a platform running (由甲与乙合资成立的丙负责运营)', async () => {
    const found = await records('# 平台\n其中，星屿供应链平台由星屿集团与北岸科技合资成立的星屿数科负责运营，于 2020 年 6 月正式上线。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['星屿供应链平台', [], '2020-06']])
    // makers joined to the keeping by a conjunction stay makers
    const both = await records('# 平台\nQuarrel 项目由甲科技发起并维护，2017 年 3 月贡献到社区。\n')
    expect(both.map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([['Quarrel 项目', ['甲科技']]])
  })
})

describe('a chapter on digital identity', () => {
  it('reads the makers of a quoted name after a verb whose phrase says what it is built on (推出了基于 Fabric 的…平台“星证”), its public test its start', async () => {
    const found = await records('# 平台\n在国内，星图数科推出了基于 Larchwood 的分布式身份平台“星契”，并于 2021 年 1 月开放测试。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started, record.basedOn])).toEqual([['星契', ['星图数科'], '2021-01', ['Larchwood']]])
  })

  it('reads a Latin name a definition says is a network, its start in a later clause, with no maker named; no term of the trade', async () => {
    const found = await records('# 平台\nSovrel 是一个公共许可的身份网络，由 Sovrel 基金会管理，于 2017 年正式上线主网。HTTP 是一种通信协议，于 1991 年发布。Sovrel 是一个身份网络，性能很好。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['Sovrel', [], '2017']])
    // (a name with its Latin name in parentheses too)
    const glossed = await records('# 平台\n星钱（Starcash）是一种点对点电子现金系统，于 2009 年上线。\n')
    expect(glossed.map((record) => [record.name, record.aliases, record.started])).toEqual([['星钱', ['Starcash'], '2009']])
    // (or what a later clause says it is built on: a name's, not a technology's)
    const based = await records('# 平台\nNovex 是一条高性能公链，基于 Vegan 开发。Tarrow 是一条公链，基于区块链技术开发。\n')
    expect(based.map((record) => [record.name, record.basedOn])).toEqual([['Novex', ['Vegan']]])
  })

  it('reads the makers and start of each of two names a definition opens with, from the clauses about the first and the second (前者, 后者)', async () => {
    const found = await records('# 平台\nKeyward 和 Orchil 是两个主流的身份钱包，前者由 Keyward Labs 开发，后者由 Orchil Inc. 于 2018 年推出。\n')
    expect(found.map((record) => [record.name, record.aliases, record.leads.map((party) => party.name), record.started])).toEqual([
      ['Keyward', [], ['Keyward Labs'], null],
      ['Orchil', [], ['Orchil Inc.'], '2018']
    ])
    // two names with no clause of their own make no one name, and no record unless the phrase counts two of a kind
    expect(await records('# 平台\nKeyward 和 Orchil 是主流的身份钱包。\n')).toEqual([])
    expect((await records('# 平台\nKeyward 和 Orchil 是两个主流的身份钱包。\n')).map((record) => [record.name, record.leads])).toEqual([['Keyward', []], ['Orchil', []]])
  })

  it('reads each of two names a definition counts as two of a kind without whose they are said to be (Tarn 的 Orchil), an organisation its maker', async () => {
    const found = await records('# 平台\n在企业场景中，Keyward 与甲公司的 Orchil 是应用最广的两个框架。Vexa 与 Tarn 的 Corvo 是两个常见的钱包。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([
      ['Keyward', []],
      ['Orchil', ['甲公司']],
      ['Vexa', []],
      ['Corvo', ['Tarn']]
    ])
    // (a record's own part, \`Vega 的 Corvo\`: no maker)
    const part = await records('# 平台\nVega 平台于 2019 年上线。Vexa 与 Vega 的 Corvo 是两个常见的钱包。\n')
    expect(part.map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([['Vega 平台', []], ['Vexa', []], ['Corvo', []]])
  })

  it('reads each of two short names of the script a definition counts as two of a kind (甲币和乙坊仍是…两条公链), an adverb before the copula none of the name', async () => {
    const found = await records('# 概况\n在公链方面，星币和云坊仍是市值最大的两条公链，其技术路线影响深远。\n\n星河和云杉是两种常见的共识算法。\n\n甲链和乙链是两个平台，前者更早。\n')
    expect(found.map((record) => [record.kind, record.name])).toEqual([['platform', '星币'], ['platform', '云坊'], ['platform', '甲链'], ['platform', '乙链']])
    // without the count, a pair of short names of the script names nothing
    expect(await records('# 概况\n星币和云坊是市值最大的公链。\n')).toEqual([])
  })
})

describe('a definition that says whose its subject is with a head only names set apart take (是甲公司旗下的一款企业级区块链产品)', () => {
  it('gives the organisation as its maker', async () => {
    const found = await records('# 概况\n星云链是甲公司旗下的一款企业级区块链产品。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([['星云链', ['甲公司']]])
  })
})

describe('a company white paper’s products', () => {
  it('are made by the organisation a definition says they are of (是甲科技旗下的…平台), never by the publisher speaking of itself (本公司)', async () => {
    const found = await records('# 概况\n星屿链是甲科技旗下的区块链服务平台，于 2018 年正式上线。\n\n云屿链是乙银行的区块链服务平台。\n\n本公司自主研发的雾屿链于 2019 年上线。\n\n风屿链是国内首个自主可控的区块链服务平台。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([
      ['星屿链', ['甲科技'], '2018'],
      ['云屿链', ['乙银行'], null],
      ['雾屿链', [], '2019'],
      ['风屿链', [], null]
    ])
    // a project the text named before holds its sub-projects: no maker of them
    const held = await records('# 概况\nHyperon 是一个由甲基金会发起的开源项目。Novus 是 Hyperon 旗下的一个子项目，最初由乙公司贡献。\n')
    expect(held.map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([['Hyperon', ['甲基金会']], ['Novus', ['乙公司']]])
  })
})

describe('a report’s platforms', () => {
  it('reads a Latin name a verb launches past a phrase of what it serves (还推出了面向物流企业的 X 供应链金融平台), made by the subject an adverb follows', async () => {
    const found = await records('# 概况\n苏岚集团还推出了面向物流企业的 Tidemark 供应链金融平台。\n\n甲公司开源技术已经宣布加入 Corvix 项目。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([['Tidemark 供应链金融平台', ['苏岚集团']]])
  })
})

describe('a report’s organisations', () => {
  it('reads an alliance a counted crowd joins (已有超过 50 家企业加入X联盟), its members counted; a crowd that uses a platform says nothing', async () => {
    const found = await records('# 概况\n截至目前，已有超过 50 家企业加入星屿区块链联盟。\n\n已有超过 50 家企业使用星屿区块链平台。\n')
    expect(found.map(summary).map(({kind, name, count}) => [kind, name, count])).toEqual([['alliance', '星屿区块链联盟', 50]])
    expect(found[0]!.memberCount?.qualifier).toBe('over')
  })
})

describe('a translated paper’s systems', () => {
  it('reads a Latin name with a few words of what it does before its head (Quorra 清算网络), its base before it, not a phrase with 的 between', async () => {
    const found = await records('# 概况\n2018 年 3 月，乙银行联合丙证券推出基于 Tessil 的 Quorra 清算网络。\n\n丁公司推出了名为 Quasil 的区块链技术。调度器会启动 Kestrel 节点中的区块链实例。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started, record.basedOn])).toEqual([['Quorra', ['乙银行', '丙证券'], '2018-03', ['Tessil']]])
  })

  it('reads the makers inside the phrase in apposition after a Latin name (介绍 X，一种由 Y 开发的分布式账本)', async () => {
    const found = await records('# 摘要\n本文介绍 Quillet，一种由 Quillet Labs 开发的许可型分布式账本。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([['Quillet', ['Quillet Labs']]])
  })

  it('reads a Latin name a verb launches, what it is said in apposition (这是一种基于 X 的许可链), its base and the start after', async () => {
    const found = await records('# 平台\nZenor Labs 与 Opal Institute 合作开发了 Zenor，这是一种基于 Corvel 的许可链，于 2018 年 9 月发布。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started, record.basedOn])).toEqual([['Zenor', ['Zenor Labs', 'Opal Institute'], '2018-09', ['Corvel']]])
  })

  it('reads no maker in persons (Hollis 等人), so a name only they put forward is a candidate', async () => {
    const {file} = await runPipeline('# 平台\n在此之前，Hollis 等人提出的 Kestrin 协议首次把拜占庭容错用于许可链。\n', undefined, 'test', undefined, [])
    expect(file.data.records).toEqual([])
    expect(file.data.candidates?.map((candidate) => candidate.name)).toEqual(['Kestrin'])
  })
})

describe('banks that form an alliance and launch a platform', () => {
  it('reads those who formed it (组成了) as founders, their count no member count, and a later clause opened by its date as theirs', async () => {
    const found = await records('# 组织\n国内方面，丁银行、戊银行等 8 家银行组成了贸易金融区块联盟（TFBA），2020 年 12 月发布了联盟链平台“贸金岭”。\n')
    expect(found.map(summary)).toEqual([
      {kind: 'platform', name: '贸金岭', aliases: [], leads: ['丁银行', '戊银行'], joiners: [], started: '2020-12', count: null},
      {kind: 'alliance', name: '贸易金融区块联盟', aliases: ['TFBA'], leads: ['丁银行', '戊银行'], joiners: [], started: null, count: null}
    ])
    // what a body consists of counts its members
    const members = await records('# 组织\n星沙联盟由 40 多家机构组成。\n')
    expect(members.map((record) => [record.name, record.leads.length, record.memberCount?.value])).toEqual([['星沙联盟', 0, 40]])
  })
})

describe('a name glossed in the other script that a definition calls a ledger', () => {
  it('is a record with no maker named (Iotan（埃欧坦）是一种…分布式账本), its keeper no maker; no term of the trade', async () => {
    const found = await records('# 平台\nIotan（埃欧坦）是一种面向物联网的分布式账本，由 Iotan 基金会维护。HTTP（超文本传输协议）是一种应用层协议。\n')
    expect(found.map((record) => [record.name, record.aliases, record.leads.map((party) => party.name)])).toEqual([['Iotan', ['埃欧坦'], []]])
  })
})

describe('an industry report’s products and their makers', () => {
  it('reads a product after a verb of launching and words that describe it (推出自主研发的…), and one that declares its Latin name', async () => {
    expect((await read('云岚集团推出了自主研发的云岚链。')).records).toEqual([{kind: 'platform', name: '云岚链', leads: ['云岚集团'], started: null, basedOn: []}])
    const glossed = await records('# 概况\n云岚集团推出自主研发的云岚链（Yunlan Chain），并于 2021 年 5 月正式上线。\n')
    expect(glossed.map(summary)).toEqual([{kind: 'platform', name: '云岚链', aliases: ['Yunlan Chain'], leads: ['云岚集团'], joiners: [], started: '2021-05', count: null}])
    // a phrase that only says what it serves is no name, whoever launched it
    expect((await read('云岚集团推出了面向中小企业的供应链金融平台。')).records).toEqual([])
  })

  it('takes a Latin name in the parentheses after a name of the script for that name’s gloss, no record of its own', async () => {
    const found = await records('# 概况\n云岚集团推出了云岚链（Yunlan Chain）。\n')
    expect(found.map((record) => [record.name, record.aliases])).toEqual([['云岚链', ['Yunlan Chain']]])
  })

  it('finds a Latin name set apart before a Latin head by the name with its head too', async () => {
    const found = await records('# 概况\n沐川科技推出了 Cobalt Chain（CBC），并于 2020 年上线。\n')
    expect(found.map((record) => [record.name, record.aliases, record.started])).toEqual([['Cobalt', ['Cobalt Chain', 'CBC'], '2020']])
  })

  it('reads a name whose maker’s relative clause opens the sentence before a copula, and the base a later clause gives', async () => {
    expect((await read('沐川数据推出的沐川链是一条面向政务场景的联盟链，基于 Quarry 框架构建。')).records).toEqual([
      {kind: 'platform', name: '沐川链', leads: ['沐川数据'], started: null, basedOn: ['Quarry']}
    ])
  })

  it('reads the organisation a subject joined with between its date and its verb as a maker, not a crowd it joined with', async () => {
    expect((await read('临江证券于 2018 年联合云岚集团搭建了清算平台 Brixa。')).records).toEqual([{kind: 'platform', name: 'Brixa', leads: ['临江证券', '云岚集团'], started: '2018', basedOn: []}])
    expect((await read('临江证券联合多家机构推出了 Brixa 平台。')).records.map((record) => [record.name, record.leads])).toEqual([['Brixa 平台', ['临江证券']]])
    // a phrase of the securities trade and its kind word is no name
    expect((await read('临江证券于 2018 年推出了证券清算平台。')).records).toEqual([])
  })
})

describe('a service a company launched under a name of its own', () => {
  it('reads a name ending in 区块链服务 after a verb of launching, words that describe it, and its short name', async () => {
    const found = await records('# 概况\n临江集团推出自主研发的临江区块链服务（LJBS），并于 2019 年 8 月正式商用。\n')
    expect(found.map(summary)).toEqual([{kind: 'platform', name: '临江区块链服务', aliases: ['LJBS'], leads: ['临江集团'], joiners: [], started: '2019-08', count: null}])
    // a name set apart that the text gives once is one when it declares its short name
    expect((await read('云岚集团推出了星桥清算系统（XQS）。')).records.map((record) => [record.name, record.leads])).toEqual([['星桥清算系统', ['云岚集团']]])
    // the service in general is none
    expect((await read('临江集团为企业提供区块链服务。')).records).toEqual([])
    expect((await read('临江集团推出了面向企业的区块链服务。')).records).toEqual([])
  })

  it('takes no word of a predicate after a Latin name for a maker (预计 2017 年推出的: a plan)', async () => {
    const {records: found, candidates} = await read('Lumen 预计 2017 年推出的星汇网络解决方案（Raider），可以使交易更快。')
    expect(found).toEqual([])
    expect(candidates).toEqual(['星汇网络解决方案'])
  })
})

describe('a Markdown chapter’s frameworks', () => {
  it('takes no entry that opens the words before a verb of going live for its maker (乙已在多家银行投入使用)', async () => {
    const found = await records('# 框架\n\n## 溪岭账本\n\n目前，溪岭账本已在多家城市商业银行投入使用。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([['溪岭账本', []]])
  })

  it('reads a base a pointer’s clause reworked (该项目基于 X 进行了大量改造), as a subject’s', async () => {
    expect((await read('甲银行发布了溪岭账本，该项目基于 Wombat 进行了大量改造。')).records).toEqual([{kind: 'platform', name: '溪岭账本', leads: ['甲银行'], started: null, basedOn: ['Wombat']}])
    expect((await read('溪岭账本基于 Wombat 进行了深度定制。')).records.map((record) => record.basedOn)).toEqual([['Wombat']])
  })

  it('reads no Latin name an organisation’s ending follows after a space as a record of a kind (Open Ledger 基金会)', async () => {
    expect((await read('2020 年，Wombat 被捐赠给 Open Ledger 基金会，成为其孵化项目之一。')).records).toEqual([])
  })
})

describe('a chain that came of a fork', () => {
  it('is a record of the launched kind, by a Latin name or a name glossed in Latin ending its clause, started when the sentence says', async () => {
    expect((await read('2019 年，社区在一次攻击事件后发生分歧，少数节点继续运行原链，形成了岚穹经典（Lanqiong Classic）。')).records).toEqual([
      {kind: 'platform', name: '岚穹经典', leads: [], started: '2019', basedOn: []}
    ])
    // (a date a word of later follows is of what came before the fork)
    expect((await read('2018 年 6 月，Larch 遭到攻击，社区随后进行了硬分叉，未接受分叉的链成为 Larch Classic。')).records).toEqual([
      {kind: 'platform', name: 'Larch Classic', leads: [], started: null, basedOn: []}
    ])
    // no fork told, or a name that does not end its clause: none
    expect((await read('该公司成为 Corvina 的合作伙伴。')).records).toEqual([])
    expect((await read('网络分裂成为 Corvina 面临的主要问题。')).records).toEqual([])
  })
})

describe('a network its founders define', () => {
  it('reads a copula’s makers past a comma before those they joined with, and a head after words that describe it (…的全球性公共基础设施网络)', async () => {
    const found = await records('# 概况\nQSN（星岚服务网络）是由北岸信息中心牵头，联合丰岭移动、南湾银联等单位共同发起的跨云服务、跨门户的全球性公共基础设施网络，于 2020 年 4 月正式商用。\n')
    expect(found.map(summary)).toEqual([{kind: 'platform', name: 'QSN', aliases: ['星岚服务网络'], leads: ['北岸信息中心', '丰岭移动', '南湾银联'], joiners: [], started: '2020-04', count: null}])
  })
})

describe('a name the phrase for its kind is said to be', () => {
  it('is a record of that kind when words describe the phrase (另一个值得关注的项目是 X), what the next sentence says of it its facts', async () => {
    const {records} = await read('另一个值得关注的项目是 Tamsin。该项目由甲科技和乙银行共同开发，2019 年正式开源，其底层基于 Quarl。')
    expect(records).toEqual([{kind: 'platform', name: 'Tamsin', leads: ['甲科技', '乙银行'], started: '2019', basedOn: ['Quarl']}])
  })

  it('is none after a phrase of no kind, a bare phrase, or a word of the trade', async () => {
    expect((await read('目前采用最多的共识协议是 PBFT。')).records).toEqual([])
    expect((await read('平台是 Nova。')).records).toEqual([])
    expect((await read('本章要介绍的技术是 Nova。')).records).toEqual([])
  })
})

describe('a name a sentence opens with that no reading made a record of', () => {
  it('is what a pointer in the next sentence means, a record when that sentence says who made it or when', async () => {
    const {records} = await read('Wickerbay 项目走了不同的路线。该项目由乙公司在 2020 年创建。')
    expect(records).toEqual([{kind: 'platform', name: 'Wickerbay 项目', leads: ['乙公司'], started: '2020', basedOn: []}])
    // (or after a colon in the same sentence, by a pointer of any kind)
    expect((await read('Wickerbay 项目走了不同的路线：它由乙公司在 2020 年创建。')).records).toEqual(records)
  })

  it('stays a candidate when the pointer says nothing that makes a record, and is none for a pointer ending in another word for the kind', async () => {
    const quiet = await read('Wickerbay 项目走了不同的路线。该项目非常成功。')
    expect(quiet.records).toEqual([])
    expect(quiet.candidates).toContain('Wickerbay 项目')
    // (\`该平台\` is the platform the sentence before spoke of building, not the project)
    expect((await read('Wickerbay 项目的目标是打造一个平台。该平台由乙公司于 2020 年推出。')).records).toEqual([])
  })
})

describe('an ordinal and the word for a kind', () => {
  it('names nothing (第三个项目)', async () => {
    expect((await read('第三个项目由甲公司在 2020 年创建。')).records).toEqual([])
  })
})

describe('what a name a verb governs is built on', () => {
  it('may be followed by a verb of building before 的 (基于 Nova 开发的 Vega 平台)', async () => {
    const {records} = await read('甲科技推出了基于 Nova 开发的 Vega 平台。')
    expect(records).toEqual([{kind: 'platform', name: 'Vega 平台', leads: ['甲科技'], started: null, basedOn: ['Nova']}])
  })
})

describe('a start in the clause after a name set apart', () => {
  it('is read after the bare word for its kind (平台于 2020 年 8 月正式上线), not after another noun', async () => {
    expect((await read('东篱供应链公司打造了“篱信”供应链金融平台，平台于 2020 年 8 月正式上线。')).records).toEqual([{kind: 'platform', name: '篱信', leads: ['东篱供应链公司'], started: '2020-08', basedOn: []}])
    expect((await read('东篱供应链公司打造了“篱信”供应链金融平台，专利于 2020 年 8 月获批。')).records).toEqual([{kind: 'platform', name: '篱信', leads: ['东篱供应链公司'], started: null, basedOn: []}])
    // (or after a part of it whose going live is its own: 首批节点)
    expect((await read('甲委员会与乙银行共同建设了篱海区块链服务基础设施（LHSI），首批节点于 2020 年上线。')).records).toMatchObject([{name: '篱海区块链服务基础设施', leads: ['甲委员会', '乙银行'], started: '2020'}])
  })
})

describe('a name set apart after a clause of its makers, then a verb of launching alone', () => {
  it('started on the date the sentence opens with, past clauses of guidance and of who led', async () => {
    const {records} = await read('2019 年 11 月，在青州市工信局指导下，由甲研究院牵头，联合乙数科、丙银行等单位共同建设的“澜岳·链网”正式启动。')
    expect(records).toEqual([{kind: 'platform', name: '澜岳·链网', leads: ['甲研究院', '乙数科', '丙银行'], started: '2019-11', basedOn: []}])
    // (not when something else follows the name: the date is of that)
    expect((await read('2019 年 11 月，由甲研究院牵头，联合乙数科、丙银行等单位共同建设的“澜岳·链网”，目前已接入 12 个超级节点。')).records.map((record) => record.started)).toEqual([null])
  })
})

describe('a long name after a long clause of its founders', () => {
  it('is found whole, not cut at a kind word inside it (开放账本互操作联盟 after Latin founders and a date)', async () => {
    const {records} = await read('甲基金会、Talon Systems 和丙大学于 2020 年 9 月共同成立了开放账本互操作联盟。')
    expect(records).toEqual([{kind: 'alliance', name: '开放账本互操作联盟', leads: ['甲基金会', 'Talon Systems', '丙大学'], started: '2020-09', basedOn: []}])
  })
})

describe('a record of members joined by its short name', () => {
  it('takes the subject of the clause as a member (东岚银行宣布加入 TELA)', async () => {
    const {records} = await read('星海联盟（TELA）成立于 2017 年。2018 年，东岚银行宣布加入 TELA，成为首家加入该联盟的亚洲银行。')
    expect(records).toEqual([{kind: 'alliance', name: '星海联盟', leads: [], started: '2017', basedOn: []}])
    const {file} = await runPipeline('# 概况\n\n星海联盟（TELA）成立于 2017 年。2018 年，东岚银行宣布加入 TELA。\n', 'sources/own.txt', 'own', undefined, [])
    expect(file.data.records?.map((record) => record.joiners.map((party) => party.name))).toEqual([['东岚银行']])
  })
})

describe('a pointer back at a name no reading made a record of', () => {
  it('keeps it a record when the sentence names its members', async () => {
    const {file} = await runPipeline('# 概况\n\n北海数字身份联盟致力于制定数字身份标准。联盟成员包括来自金融、电信等行业的 Fjord 电信、Nordlys 银行和 Skagen 保险。\n', 'sources/own.txt', 'own', undefined, [])
    expect(file.data.records?.map((record) => [record.name, record.joiners.map((party) => party.name)])).toEqual([['北海数字身份联盟', ['Fjord 电信', 'Nordlys 银行', 'Skagen 保险']]])
    // (the Latin names of the members are no candidates)
    expect(file.data.candidates?.map((candidate) => candidate.name)).toEqual([])
  })
})

describe('a Latin name alone a verb of launching governs', () => {
  it('is a record of the launched kind when an organisation is said to have made it, its date and base with it', async () => {
    expect((await read('Arden 实验室于 2018 年开发了 Ferrule。')).records).toEqual([{kind: 'platform', name: 'Ferrule', leads: ['Arden 实验室'], started: '2018', basedOn: []}])
    expect((await read('Arden 实验室基于 Quanta 开发了 Ferrule。')).records).toEqual([{kind: 'platform', name: 'Ferrule', leads: ['Arden 实验室'], started: null, basedOn: ['Quanta']}])
  })

  it('is a candidate when no organisation made it, and gives way to a phrase in apposition after it', async () => {
    const unmade = await read('该团队开发了 Ferrule。')
    expect(unmade.records).toEqual([])
    expect(unmade.candidates).toEqual(['Ferrule'])
    expect((await read('Zeal Labs 开发了 Zenvo，这是一种基于 Corvex 的许可链。')).records).toEqual([{kind: 'platform', name: 'Zenvo', leads: ['Zeal Labs'], started: null, basedOn: ['Corvex']}])
  })
})

describe('a product after words that describe it and the phrase for what it is', () => {
  it('is the object of the verb of launching (开源了其自研的区块链底层平台星云链), a phrase alone none', async () => {
    expect((await read('2018 年 4 月，甲公司开源了其自研的区块链底层平台星云链。')).records).toEqual([{kind: 'platform', name: '星云链', leads: ['甲公司'], started: '2018-04', basedOn: []}])
    expect((await read('甲公司推出了面向金融行业的区块链平台。')).records).toEqual([])
  })
})

describe('a Latin name and its kind word after a verb of launching, a Latin name and an organisation\'s ending its subject', () => {
  it('is made by the subject of the clause (Marlow 公司正式开源 Corvid 平台), when that reads as an organisation', async () => {
    expect((await read('2019 年，Marlow 公司正式开源 Corvid 平台。')).records).toEqual([{kind: 'platform', name: 'Corvid 平台', leads: ['Marlow'], started: '2019', basedOn: []}])
    expect((await read('近年来正式开源 Corvid 平台。')).records).toEqual([])
  })
})

describe('a name in the script with words of its own before its kind word, after a verb of launching with no particle', () => {
  it('is made by the subject of the clause (华云集团正式发布碧水区块链平台), or by that of a relative clause before it', async () => {
    expect((await read('2019 年 10 月 24 日，华云集团正式发布碧水区块链平台。')).records).toEqual([{kind: 'platform', name: '碧水区块链平台', leads: ['华云集团'], started: '2019-10-24', basedOn: []}])
    expect((await read('华云科技推出的远山区块链平台于 2018 年上线。')).records).toEqual([{kind: 'platform', name: '远山区块链平台', leads: ['华云科技'], started: '2018', basedOn: []}])
  })

  it('is none when the words before the kind word only say what the thing does, or the kind word is a bare one', async () => {
    for (const sentence of ['华云集团推出政务区块链平台。', '华云科技推出的溯源平台于 2018 年上线。', '华云科技自主研发的企业级区块链服务平台于 2018 年上线。', '华云科技推出众筹平台。']) {
      expect((await read(sentence)).records, sentence).toEqual([])
    }
  })
})

describe('a definition whose subject is a list of names all said to be of a kind', () => {
  it('makes a record of each (都是, or a count after the copula), the organisation an item says its name is of its maker', async () => {
    expect((await read('金梧链、银杏链和红枫链都是国内较有代表性的联盟链平台。')).records.map((record) => record.name)).toEqual(['金梧链', '银杏链', '红枫链'])
    expect((await read('Corvex、Quanta 和 Lyra 是三个开源的许可链平台。')).records.map((record) => record.name)).toEqual(['Corvex', 'Quanta', 'Lyra'])
    expect((await read('华云科技的金梧链、北辰银行的银杏链都是联盟链平台。')).records).toEqual([
      {kind: 'platform', name: '金梧链', leads: ['华云科技'], started: null, basedOn: []},
      {kind: 'platform', name: '银杏链', leads: ['北辰银行'], started: null, basedOn: []}
    ])
  })

  it('makes none when an item reads as no name, or nothing says all of them are of the kind', async () => {
    expect((await read('金融、物流和政务都是区块链的应用平台。')).records).toEqual([])
    expect((await read('金梧链、银杏链的共同点是联盟链平台。')).records).toEqual([])
  })
})

describe('a definition whose subject is a product and the organisation it is of', () => {
  it('is a record of the product alone, made by that organisation (华云科技的金梧链是一个联盟链平台)', async () => {
    expect((await read('华云科技的金梧链是一个联盟链平台，于 2018 年上线。')).records).toEqual([{kind: 'platform', name: '金梧链', leads: ['华云科技'], started: '2018', basedOn: []}])
  })
})

describe('organisations elected to a term of an alliance\'s members', () => {
  it('join it (甲银行、乙证券等 12 家单位当选为中原区块链联盟首届理事单位)', async () => {
    const {file} = await runPipeline('# 概况\n\n甲银行、乙证券等 12 家单位当选为中原区块链联盟首届理事单位。\n', 'sources/own.txt', 'own', undefined, [])
    expect((file.data.records ?? []).map((record) => summary(record))).toMatchObject([{kind: 'alliance', name: '中原区块链联盟', joiners: ['甲银行', '乙证券']}])
  })
})

describe('a team that made a record', () => {
  it('is its organisation (Arden 团队开发了 Corvo 链), or the team itself when named after the record', async () => {
    expect((await read('Arden 团队开发了 Corvo 链。')).records).toEqual([{kind: 'platform', name: 'Corvo 链', leads: ['Arden'], started: null, basedOn: []}])
    expect((await read('Nebula 是一个存储网络，由 Nebula 团队于 2019 年推出。')).records).toEqual([{kind: 'platform', name: 'Nebula', leads: ['Nebula 团队'], started: '2019', basedOn: []}])
  })
})

describe('a Latin name a definition calls a chain, and a later clause says who keeps it', () => {
  it('is a record with no maker, its base without the word for a technique (基于 Tendermint 共识的公有链)', async () => {
    expect((await read('Halcyon 是一个基于 Tendermint 共识的公有链，由 Halcyon 基金会维护。')).records).toEqual([{kind: 'platform', name: 'Halcyon', leads: [], started: null, basedOn: ['Tendermint']}])
    // (a technique named so is no base)
    expect((await read('Halcyon 是一个基于 PBFT 共识的联盟链，由 Arden 公司开发。')).records).toEqual([{kind: 'platform', name: 'Halcyon', leads: ['Arden'], started: null, basedOn: []}])
    // (nor is a name a definition calls a chain with nothing more said of it a record)
    expect((await read('Halcyon 是一个公有链。')).records).toEqual([])
  })
})

describe('what an opening clause says the product launched after it is built on', () => {
  it('is its base, in the frame of 在…的基础上 as after 基于', async () => {
    for (const sentence of ['在 Pyxis 的基础上，Arden 公司开发了 Corvo 链。', '基于 Pyxis，Arden 公司开发了 Corvo 链。']) {
      expect((await read(sentence)).records, sentence).toEqual([{kind: 'platform', name: 'Corvo 链', leads: ['Arden'], started: null, basedOn: ['Pyxis']}])
    }
  })
})

describe('a record of a kind that launches another under the phrase for its kind', () => {
  it('launches the name after the phrase, then, when the sentence opens with a date (2017 年 7 月，甲联盟发布开源平台乙链)', async () => {
    const {file} = await runPipeline('# 概况\n\n2017 年 7 月，凌云区块链联盟发布开源平台云梯链。\n', 'sources/own.txt', 'own', undefined, [])
    expect((file.data.records ?? []).map((record) => [record.kind, record.name, record.leads.map((party) => party.name), record.started])).toEqual([
      ['alliance', '凌云区块链联盟', [], null],
      ['platform', '云梯链', ['凌云区块链联盟'], '2017-07']
    ])
  })
})

describe('what a product is built on, set apart by its script and the word for a framework', () => {
  it('is its base, named without the words that describe it, and no record made there (基于开源的 Pyxis 框架搭建了“南岭金融链”)', async () => {
    expect((await read('南岭银行基于开源的 Pyxis 框架搭建了“南岭金融链”，于 2021 年 5 月正式投产。')).records).toEqual([
      {kind: 'platform', name: '南岭金融链', leads: ['南岭银行'], started: '2021-05', basedOn: ['Pyxis']}
    ])
    // (a name after 基于…的 is the thing built on it)
    expect((await read('2019 年 2 月，甲银行推出了基于区块链的 Quorra Coin 平台。')).records.map((record) => record.name)).toEqual(['Quorra Coin 平台'])
  })
})

describe('a product an alliance the sentence points at launched in a later clause', () => {
  it('is made by that alliance (该联盟先后发布了…，并推出了“青能链”; 联盟成立后…; 联盟推出了…)', async () => {
    const before = '滨江能源区块链联盟由滨江电网公司发起成立。'
    for (const sentence of ['该联盟先后发布了多项团体标准，并推出了能源交易平台“青能链”。', '联盟成立后，先后发布了多项团体标准，并推出了能源交易平台“青能链”。', '联盟推出了能源交易平台“青能链”。']) {
      const made = (await read(`${before}${sentence}`)).records.find((record) => record.name === '青能链')
      expect(made?.leads, sentence).toEqual(['滨江能源区块链联盟'])
    }
  })
})

describe('a record the text declares its kind\'s bare word the short name of', () => {
  it('is what the word means in a later section too (（以下简称“联盟”）, then under another heading 联盟组织成员单位联合研发了“青禾链”)', async () => {
    const text = '# 一、概况\n\n青禾区块链产业联盟（以下简称“联盟”）于 2018 年 5 月在青州成立，由青州银行等单位共同发起。\n\n# 二、工作\n\n2020 年，联盟组织成员单位联合研发了开源底层平台“青禾链”。\n'
    const {file} = await runPipeline(text, 'sources/own.txt', 'own', undefined, [])
    expect((file.data.records ?? []).map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([
      ['青禾区块链产业联盟', ['青州银行']],
      ['青禾链', ['青禾区块链产业联盟']]
    ])
    // (without the declaration, a new section's bare word points at nothing the sections before named)
    const undeclared = await runPipeline(text.replace('（以下简称“联盟”）', ''), 'sources/own.txt', 'own', undefined, [])
    expect((undeclared.file.data.records ?? []).map((record) => record.name)).toEqual(['青禾区块链产业联盟'])
  })

  it('is so when the name is read where it is mentioned (由…于…发起成立) too, and those who built what it launched found none of it', async () => {
    const text = '# 一、概况\n\n临溪区块链应用创新联盟（以下简称“联盟”）由临溪大学、江岸银行等 12 家单位于 2018 年 5 月发起成立。\n\n# 四、成果\n\n2019 年 11 月，联盟推出了联盟链底层平台“临溪链”，由青石科技承建。\n'
    const {file} = await runPipeline(text, 'sources/own.txt', 'own', undefined, [])
    expect((file.data.records ?? []).map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([
      ['临溪区块链应用创新联盟', ['临溪大学', '江岸银行'], '2018-05'],
      ['临溪链', ['临溪区块链应用创新联盟'], '2019-11']
    ])
  })
})

describe('a body of a kind its members found, that a clause says the subject signs or works with', () => {
  it('is a record by its name alone, when it has words of its own (与东屿区块链产业联盟签署…协议)', async () => {
    const found = await records('# 概况\n2020 年，星河联盟与东屿区块链产业联盟签署战略合作协议。\n')
    expect(found.map((record) => [record.name, record.rule])).toEqual([['东屿区块链产业联盟', 'partner']])
    // (a general phrase, a pointer, a crowd: none)
    for (const sentence of ['甲银行与产业联盟合作。', '甲银行与国内多家区块链联盟开展合作。', '甲银行与该联盟签署协议。', '甲银行与各地区块链联盟签署协议。']) {
      expect(await records(`# 概况\n${sentence}\n`), sentence).toEqual([])
    }
  })
})

describe('a clause the founding reader would take for a name', () => {
  it('is none: an adverb and a word of working with (联盟还与其他联盟建立了联系), or two names joined (甲联盟与乙联盟…共同成立了丙联盟)', async () => {
    expect(await records('# 概况\n联盟还与其他区块链联盟建立了联系。\n')).toEqual([])
    const found = await records('# 概况\n甲联盟与乙联盟于 2019 年共同成立了丙联盟。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([
      ['丙联盟', ['甲联盟', '乙联盟']],
      ['甲联盟', []],
      ['乙联盟', []]
    ])
  })
})

describe('a company or a team named after the record it made', () => {
  it('is its maker as written (由 Ripplon 公司于 2012 年推出), where the name alone would be the record itself', async () => {
    expect((await read('Ripplon 是一个开放的支付网络，由 Ripplon 公司于 2012 年推出。')).records).toEqual([{kind: 'platform', name: 'Ripplon', leads: ['Ripplon 公司'], started: '2012', basedOn: []}])
  })
})

describe('a Latin name after the phrase for its sort, opening a sentence with its makers', () => {
  it('is the record (跨链协议 Bridgeon 由 Arden Labs 于 2019 年推出), a word of the trade none', async () => {
    expect((await read('跨链协议 Bridgeon 由 Arden Labs 于 2019 年推出，支持资产转移。')).records).toEqual([{kind: 'platform', name: 'Bridgeon', leads: ['Arden Labs'], started: '2019', basedOn: []}])
    expect((await read('共识协议 Raft 由斯坦福大学提出。')).records).toEqual([])
  })
})

describe('the team a clause says developed a record', () => {
  it('is its maker (其研发团队为 Parity Works)', async () => {
    expect((await read('Polkadra 主网于 2020 年 5 月启动，其研发团队为 Parity Works。')).records).toEqual([{kind: 'platform', name: 'Polkadra', leads: ['Parity Works'], started: '2020-05', basedOn: []}])
  })
})

describe('a public body a maker worked with', () => {
  it('is a maker too (甲银行联合澄海市大数据局推出政务数据共享平台“澄政链”)', async () => {
    expect((await read('2021 年 3 月，甲银行联合澄海市大数据局推出政务数据共享平台“澄政链”。')).records).toEqual([{kind: 'platform', name: '澄政链', leads: ['甲银行', '澄海市大数据局'], started: '2021-03', basedOn: []}])
  })
})

describe('a base described by a clause of its own', () => {
  it('is named without the clause before a verb of making (星海链基于开源的 Hyperlane 框架构建), and names none before a clause\'s end', async () => {
    expect((await read('星海链基于开源的 Hyperlane 框架构建，支持国密算法。')).records).toEqual([{kind: 'platform', name: '星海链', leads: [], started: null, basedOn: ['Hyperlane']}])
    expect((await read('星海链基于启明链的经验，改进了共识。')).records).toEqual([])
  })
})

describe('a list of products after a clause of their making', () => {
  it('has each made by the clause\'s makers (华云科技推出的云栈链、云梯链等平台)', async () => {
    expect((await read('华云科技推出的云栈链、云梯链等平台已服务超过百家企业。')).records.map((record) => [record.name, record.leads])).toEqual([['云栈链', ['华云科技']], ['云梯链', ['华云科技']]])
    // (a list of chains of a sort after words that make none of them: no makers)
    expect((await read('国内外的比特币、以太坊等公有链。')).records.map((record) => [record.name, record.leads])).toEqual([['比特币', []], ['以太坊', []]])
  })
})

describe('news of the day', () => {
  it('opens with words of when or whence that name no maker (近日，据报道), and a time told by the day of writing is none of a maker\'s name', async () => {
    expect((await read('据报道，甲集团已于上月正式推出区块链底层平台“玄鸟链”。')).records).toEqual([{kind: 'platform', name: '玄鸟链', leads: ['甲集团'], started: null, basedOn: []}])
    expect((await read('日前，东湖区块链产业联盟在武汉成立，首批成员包括东湖大学、光谷科技等 30 家单位。')).records.map((record) => record.name)).toEqual(['东湖区块链产业联盟'])
  })

  it('has a clause of making whose subject points back at the sentence\'s own, after a verb of saying (北辰银行宣布其自主研发的…“辰链”)', async () => {
    for (const sentence of ['近日，北辰银行宣布其自主研发的区块链平台“辰链”正式上线。', '北辰银行表示，其自主研发的“辰链”已接入 50 家企业。']) {
      expect((await read(sentence)).records, sentence).toEqual([{kind: 'platform', name: '辰链', leads: ['北辰银行'], started: null, basedOn: []}])
    }
  })
})

describe('a chain that came of a fork of another, named first', () => {
  it('is a record based on the chain it came of (Quoll 由 Bilby 分叉而来), its start read as any subject\'s', async () => {
    expect((await read('Quoll 由 Bilby 分叉而来，于 2017 年 8 月上线。')).records).toEqual([{kind: 'platform', name: 'Quoll', leads: [], started: '2017-08', basedOn: ['Bilby']}])
    // (a word of the trade forked is none)
    expect((await read('PBFT 由 Paxos 分叉而来。')).records).toEqual([])
    // (or a definition says so: 是从…硬分叉出来的一条公链)
    expect((await read('星尘链是从星河链硬分叉出来的一条公链。')).records).toEqual([{kind: 'platform', name: '星尘链', leads: [], started: null, basedOn: ['星河链']}])
  })
})

describe('a definition that says a thing is a part of another', () => {
  it('makes no maker of what holds the part (Larchon 是 Hyperion 的一个子项目), an owner of a product still one', async () => {
    expect((await read('Larchon 最初是 Hyperion 的一个子项目，由 Arden 公司于 2016 年贡献。')).records).toEqual([{kind: 'platform', name: 'Larchon', leads: ['Arden'], started: '2016', basedOn: []}])
    expect((await read('星云链是甲科技旗下的区块链服务平台。')).records).toEqual([{kind: 'platform', name: '星云链', leads: ['甲科技'], started: null, basedOn: []}])
  })
})

describe('two names a verb of launching governs', () => {
  it('are records made by the subject of the verb\'s clause (华云科技先后推出了云栈链和云梯链)', async () => {
    expect((await read('华云科技先后推出了云栈链和云梯链。')).records).toEqual([
      {kind: 'platform', name: '云栈链', leads: ['华云科技'], started: null, basedOn: []},
      {kind: 'platform', name: '云梯链', leads: ['华云科技'], started: null, basedOn: []}
    ])
  })

  it('are none when a name only says what the thing does, or no organisation made them', async () => {
    for (const sentence of ['华云科技推出了政务平台和溯源平台。', '该公司推出了云栈链和云梯链。']) expect((await read(sentence)).records, sentence).toEqual([])
  })
})
