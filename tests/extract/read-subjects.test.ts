import {describe, expect, it} from 'vitest'
import {alsoAdverbs} from '../../pipeline/lexicon/zh/relations.ts'
import {records, summary} from '../helpers/records.ts'

/** The subject readers (\`pipeline/extract/read-subjects.ts\`): a name a sentence opens with, made a record by what the sentence says of it, on sentences of our own. */
describe('a subject', () => {
  it('reads a Latin name that opens a sentence whose later clause gives its makers, with its base', async () => {
    const found = await records('# 平台\nLumen 钱包运行在 Quasar 网络上，由戊公司开发。Tarn 支付网络使用 Orbit 协议，由己集团于 2018 年推出。Delta开放标准，由庚科技和辛银行合作开发。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started, record.basedOn])).toEqual([
      ['Lumen', ['戊公司'], null, ['Quasar']],
      ['Tarn', ['己集团'], '2018', ['Orbit']],
      ['Delta开放标准', ['庚科技', '辛银行'], null, []],
      // what they run on, named with the word for a network or a protocol
      ['Quasar', [], null, []],
      ['Orbit', [], null, []]
    ])
    // a copula is the copula's reader's; a later clause that founds, or none, makes no record here
    expect(await records('# 平台\nLumen 钱包运行在 Quasar 网络上，由戊公司发起成立。Tarn 支付网络使用 Orbit 协议，速度很快。\n')).toEqual([])
  })

  it('reads a Latin name after the phrase for its sort that a later clause points back at by the head of that phrase and starts (预言机网络 Oraclis…，该网络于…上线)', async () => {
    const found = await records('# 平台\n预言机网络 Oraclis 为借贷协议提供链下价格数据，该网络于 2020 年主网上线。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['Oraclis', [], '2020']])
    // (not a pointer by another head, nor a clause that tells no start)
    for (const sentence of ['预言机网络 Oraclis 为借贷协议提供链下价格数据，该平台于 2020 年上线。', '预言机网络 Oraclis 为借贷协议提供链下价格数据，该网络速度很快。']) {
      expect(await records(`# 平台\n${sentence}\n`), sentence).toEqual([])
    }
  })

  it('reads a name in the script its Latin name glosses, its agent after it, as a Latin name (星联网（StarNet）于…由星联公司发布)', async () => {
    const found = await records('# 平台\n星联网（StarNet）于 2020 年 4 月由星联公司发布。\n')
    expect(found.map((record) => [record.name, record.aliases, record.leads.map((party) => party.name), record.started])).toEqual([['星联网', ['StarNet'], ['星联公司'], '2020-04']])
    // (founded so it is no thing launched; a gloss in the script is none)
    for (const sentence of ['星联网（StarNet）由星联公司发起成立。', '星联网（星联）由星联公司发布。']) expect(await records(`# 平台\n${sentence}\n`), sentence).toEqual([])
  })

  it('reads the deployer of a protocol as its maker (由 Hale Ventures 于 2018 年 11 月在链上部署)', async () => {
    const found = await records('# 平台\nCorvid Swap 是一个去中心化交易协议，由 Hale Ventures 于 2018 年 11 月在公链上部署。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['Corvid Swap', ['Hale Ventures'], '2018-11']])
  })

  it('reads a name its makers follow after an adverb that ties the sentence to the one before (则, 也)', async () => {
    for (const adverb of alsoAdverbs) {
      const latin = await records(`# 平台\nCedar ${adverb}由丁公司开发，2016 年上线。\n`)
      expect(latin.map(summary).map(({name, leads, started}) => [name, leads, started]), adverb).toEqual([['Cedar', ['丁公司'], '2016']])
      const han = await records(`# 平台\n云杉链${adverb}由丁公司于 2016 年开发。\n`)
      expect(han.map(summary).map(({name, leads, started}) => [name, leads, started]), adverb).toEqual([['云杉链', ['丁公司'], '2016']])
    }
    // what follows the agent must still be a verb of making
    expect(await records('# 平台\nCedar 后来由丁公司接手。\n')).toEqual([])
  })

  it('reads a Latin name with the words for what it is, its makers after it, as the Latin name’s record; no term of the trade, no maker that is none', async () => {
    const found = await records('# 平台\nIris 支付网络由虹膜科技于 2018 年推出。Sable 身份钱包由黑貂公司开发。\n')
    expect(found.map((record) => [record.name, record.aliases, record.leads.map((party) => party.name), record.started])).toEqual([
      ['Iris', ['Iris 支付网络'], ['虹膜科技'], '2018'],
      ['Sable', ['Sable 身份钱包'], ['黑貂公司'], null]
    ])
    expect(await records('# 平台\nTCP 协议由甲公司提出。Iris 协议由某机构提出。Iris 支付网络由虹膜科技维护。\n')).toEqual([])
  })

  it('reads a name after the words that introduce an example, its makers in a later clause that points back at it', async () => {
    for (const opener of ['典型的应用案例是', '例如', '比如']) {
      const found = await records(`# 平台\n${opener} Iris 身份网络，它由虹膜科技于 2018 年推出。\n`)
      expect(found.map(summary).map(({name, leads, started}) => [name, leads, started]), opener).toEqual([['Iris', ['虹膜科技'], '2018']])
    }
    // an example no sentence says who made is no record
    expect(await records('# 平台\n典型的应用案例是 Iris 身份网络，它已接入多家银行。\n')).toEqual([])
  })

  it('reads a project organisations give to a host as theirs, started when given, the host made by no one', async () => {
    const found = await records('# 历史\n2016 年 12 月，辛公司将 Kowari 项目提交到 Hyperion 社区。壬银行于 2018 年把 Quoll 捐赠给癸基金会。\n')
    expect(found.map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([
      ['Kowari 项目', ['辛公司'], '2016-12'],
      ['Hyperion 社区', [], null],
      ['Quoll', ['壬银行'], '2018']
    ])
    // a giver with no organisation's ending is an agent all the same
    const [given] = await records('# 历史\n2016 年 12 月，泊舟物流将 Kowari 项目提交到 Hyperion 社区。\n')
    expect(given && summary(given)).toMatchObject({name: 'Kowari 项目', leads: ['泊舟物流']})
    // no organisation gives it: nothing of the kind
    expect(await records('# 历史\n随后将 Kowari 项目提交到 Hyperion 社区。\n')).toEqual([expect.objectContaining({name: 'Hyperion 社区', leads: []})])
  })

  it('reads a name in the script ending in a head only names set apart take, opening a sentence with its makers, its parentheses its aliases', async () => {
    const [made] = await records('# 平台\n新星服务基础设施（NSI，Nova Service Infrastructure）由庚研究院牵头建设，2020 年 4 月启动公测。\n')
    expect(made && summary(made)).toMatchObject({name: '新星服务基础设施', aliases: ['NSI', 'Nova Service Infrastructure'], leads: ['庚研究院'], started: '2020-04'})
    // words that only say what it does, or makers of a body rather than a product: none
    expect(await records('# 平台\n跨境支付网络由庚研究院牵头建设。新星服务基础设施由庚研究院发起成立。\n')).toEqual([])
  })

  it('reads an abbreviation whose parenthesis gives the name in the script with its kind word, and a phrase of what it is whose parenthesis gives the Latin name, each its makers after it', async () => {
    const found = await records('# 平台\nQRN（青岚服务网络）由甲数据中心、乙移动等单位联合发起，于 2020 年 4 月正式投入商用。东岚清算平台（ECP）由丙银行发起。区块链服务平台（BSP）由戊银行发起。TPA（潮汐支付联盟）由丁集团发起。\n')
    expect(found.map((record) => [record.kind, record.name, record.aliases, record.leads.map((party) => party.name), record.started])).toEqual([
      ['platform', 'QRN', ['青岚服务网络'], ['甲数据中心', '乙移动'], '2020-04'],
      ['platform', '东岚清算平台', ['ECP', '东岚清算'], ['丙银行'], null],
      // (a phrase of what it is: the Latin name is the name)
      ['platform', 'BSP', ['区块链服务平台'], ['戊银行'], null],
      ['alliance', 'TPA', ['潮汐支付联盟'], ['丁集团'], null]
    ])
    // a phrase of what it is, its parenthesis giving no Latin name, names nothing
    expect(await records('# 平台\n区块链服务网络（试点）由甲数据中心发起。\n')).toEqual([])
  })
})

describe('a name kept running by someone', () => {
  it('is a record of the kind its head says, its keeper no maker, its start read from the clause after', async () => {
    const found = await records('# 平台\nWombat 网络由 Numbat 基金会运营，2017 年上线。\n\n云杉平台由丁公司负责运营，于 2020 年上线。\n')
    expect(found.map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([
      ['Wombat 网络', [], '2017'],
      ['云杉平台', [], '2020']
    ])
    // a Latin name with no head, a pointer, a phrase that only says what it does, or a keeper with no start told: none
    expect(await records('# 平台\nWombat 由 Numbat 基金会运营。该平台由丁公司负责运营，于 2020 年上线。区块链服务网络由丁公司运营，于 2020 年上线。云杉链由丁公司负责维护。\n')).toEqual([])
  })
})

describe('a Latin name before a head only names set apart take, built on another (Lumen 网络基于 Larch 构建)', () => {
  it('is a record of the head’s kind, named by its Latin name, when what it is built on is a name too', async () => {
    const found = await records('# 概况\nQuenda 网络基于 Larch 构建，于 2019 年 3 月上线。Corvo 支付网络基于星河链开发。\n')
    expect(found.map((record) => [record.kind, record.name, record.aliases, record.started, record.basedOn])).toEqual([
      ['platform', 'Quenda', ['Quenda 网络'], '2019-03', ['Larch']],
      ['platform', 'Corvo', ['Corvo 支付网络'], null, ['星河链']]
    ])
    // (built on a technique, or a term of the trade: none)
    expect(await records('# 概况\nCorvo 协议基于状态机复制构建。TCP 协议基于 Larch 设计。\n')).toEqual([])
  })
})

describe('a name built on another, after words of its own', () => {
  it('leaves a possessor or a clause before the name out of it, the possessor its maker', async () => {
    const found = await records('# 概况\n甲公司的星河链基于 Wombat 构建。\n\n由乙公司开发的白桦链基于 Numbat 构建。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.basedOn])).toEqual([
      ['星河链', ['甲公司'], ['Wombat']],
      ['白桦链', ['乙公司'], ['Numbat']]
    ])
  })
})

describe('a name a heading gives alone', () => {
  it('is a name when the section’s sentence opens with it and its makers; a heading that is a head word names none', async () => {
    const found = await records('# 平台历史\n\n## 以太链\n\n以太链由甲团队开发，主网于 2015 年 7 月 30 日上线。\n\n## 月坛\n\n月坛由乙实验室开发。\n\n## 客户端\n\n客户端由丙公司开发。\n\n丁坛由戊公司开发。\n', 'sources/history.md')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([
      ['以太链', ['甲团队'], '2015-07-30'],
      ['月坛', ['乙实验室'], null]
    ])
  })
})

describe('a heading with an introduction below it', () => {
  it('is the entry of the paragraph under its introduction’s heading (## X 项目, ### 简介), which opens with the name and a parenthesis before the suffix', async () => {
    const found = await records('## Aurel 项目\n\n### 简介\n\nAurel（奥瑞）项目的最初目标，是打造一个运行智能合约的通用平台。该项目由 Kade Works 在 2014 年提出，并于 2015 年 8 月正式发布了第一个版本。\n')
    expect(found.map((record) => [record.kind, record.name, record.rule, record.started])).toEqual([['platform', 'Aurel 项目', 'entry', '2015-08']])
  })

  it('takes the Latin names in the parenthesis after the name its paragraph opens with as the entry’s (## 星币项目, then 星币（Starcoin，STC）是…), where they stand', async () => {
    const [record] = await records('## 梧桐币项目\n\n### 简介\n\n梧桐币（Wutcoin，WTC）是基于区块链技术的一种数字现金。2009 年 1 月，梧桐币网络上线。\n')
    expect(record && [record.name, record.aliases, record.started]).toEqual(['梧桐币项目', ['Wutcoin', 'WTC', '梧桐币'], '2009-01'])
    expect(record?.placed.aliases).toEqual({Wutcoin: 22, WTC: 30, 梧桐币: 3})
    // a parenthesis of words in the script gives no Latin name
    const [other] = await records('## 梧桐币项目\n\n梧桐币（一种数字现金）由甲团队开发。\n')
    expect(other?.aliases).toEqual(['梧桐币'])
  })
})

describe('the makers an entry’s text opens with', () => {
  it('reads one name dated before its verb of launching (北岸云于 2016 年推出), makers before a verb and 的 whatever the phrase after, and a name whose parentheses hold a comma', async () => {
    const found = await records('## 其他 BaaS 平台\n\n* **Astra 区块链服务**：北岸云于 2016 年推出，支持多种底层框架。\n* 星淮区块链服务（Nebulon Blockchain Service，NBLS）：星淮科技 2018 年发布的企业级服务，基于 Fabrik 构建。\n* 星湾区块链服务：面向金融业的服务，性能很高。\n', 'sources/own.md')
    expect(found.map((record) => [record.name, record.aliases, record.leads.map((party) => party.name), record.started, record.basedOn])).toEqual([
      ['Astra 区块链服务', [], ['北岸云'], '2016', []],
      ['星淮区块链服务', ['Nebulon Blockchain Service', 'NBLS'], ['星淮科技'], '2018', ['Fabrik']],
      ['星湾区块链服务', [], [], null, []]
    ])
    // (the agent that provides a service, after its marker; a service's text that only says what it provides names none)
    const provided = await records('## 其他 BaaS 平台\n\n* Cirrol BaaS：由 Cirrol Cloud 提供，2017 年 10 月上线。\n* 星湾服务平台：提供存证功能，性能很高。\n', 'sources/own.md')
    expect(provided.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['Cirrol BaaS', ['Cirrol Cloud'], '2017-10'], ['星湾服务平台', [], null]])
  })
})

describe('a point under a heading of projects', () => {
  it('is no entry when it names a quality (安全性, 透明度), while the projects beside it are', async () => {
    const found = await records('## 代表项目\n\n* Novaq：一个跨链协议，2018 年由 Novaq Labs 发布。\n* 安全性：采用多重签名。\n* 透明度：所有交易公开可查。\n', 'sources/own.md')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['Novaq', ['Novaq Labs'], '2018']])
  })
})

describe('a technique named by a Latin name', () => {
  it('is no record: a Latin name before a word of a technique and its head (共识协议) is no thing launched, whoever proposed it', async () => {
    expect(await records('# 概况\nKestrel 共识协议（Kestrel Consensus Protocol，KCP）由 Lyra 实验室于 2018 年提出，它在部分同步网络中保证安全性。\n')).toEqual([])
    // a Latin name before a head with words of its own is one
    const network = await records('# 概况\nKestrel 支付网络由 Lyra 实验室于 2018 年推出。\n')
    expect(network.map((record) => [record.name, record.started])).toEqual([['Kestrel', '2018']])
  })
})

describe('code handed over', () => {
  it('is the project, named without the word for code (将 Wren 代码贡献给…)', async () => {
    const found = await records('# 历史\n- 2016 年 4 月：甲科技将 Wrenna 代码贡献给 Hyperion 社区，形成 Wrenna 子项目。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([
      ['Wrenna', ['甲科技'], '2016-04'],
      ['Hyperion 社区', [], null]
    ])
  })
})

describe('an opening clause that says what the subject is', () => {
  it('takes the kind of the phrase of which it is one (作为国内首批区块链服务网络之一，…)', async () => {
    const found = await records('# 概况\n作为国内首批区块链服务网络之一，星联链于 2020 年 4 月由星联公司发布。\n')
    expect(found.map((record) => [record.kind, record.name, record.leads.map((party) => party.name), record.started])).toEqual([['platform', '星联链', ['星联公司'], '2020-04']])
    expect(await records('# 概况\n作为其成员之一，星联公司于 2020 年加入了该组织。\n')).toEqual([])
  })

  it('takes the kind of a head only names set apart take (作为甲公司的核心产品，…), and of no generic subject', async () => {
    const found = await records('# 概况\n作为甲公司的核心产品，星云链于 2018 年上线。\n')
    expect(found.map((record) => [record.kind, record.name, record.started])).toEqual([['platform', '星云链', '2018']])
    expect(await records('# 概况\n作为一种新的技术产品，区块链正在改变金融行业。\n')).toEqual([])
  })
})

describe('a thing its makers make public after 将', () => {
  it('is made by them, on the date before it (甲公司于 2019 年将 Corvid 开源), a technology none', async () => {
    const found = await records('# 概况\nMarlow 公司于 2019 年将 Corvid 开源。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['Corvid', ['Marlow'], '2019']])
    expect(await records('# 概况\n甲公司将区块链技术推出。\n')).toEqual([])
  })
})
