import {describe, expect, it} from 'vitest'
import type {RecordDraft} from '../../pipeline/extract/record-book.ts'
import {findDates} from '../../pipeline/extract/read-dates.ts'
import {hasObject, startAfter} from '../../pipeline/extract/read-starts.ts'
import {records} from '../helpers/records.ts'

/** What a dated verb says of a subject's start (\`pipeline/extract/read-starts.ts\`), on sentences of our own. */
const subject = {name: '星河链', aliases: []} as unknown as RecordDraft
const start = (sentence: string, from = 0) => startAfter(sentence, from, subject, findDates(sentence))?.date

describe('the start a sentence tells', () => {
  it('is the first dated verb that tells one, past a version released and an idea put forward', () => {
    expect(start('星河链于 2019 年上线。')).toBe('2019')
    expect(start('星河链于 2019 年发布了 2.0 版本。')).toBeUndefined()
    expect(start('星河链在 2013 年提出设想，并于 2015 年 7 月发布第一个版本。')).toBe('2015-07')
    // from a place on: what comes before it is not read
    expect(start('星河链于 2016 年提出，2018 年 3 月正式上线。', '星河链于 2016 年提出'.length)).toBe('2018-03')
  })

  it('tells an object of the verb from the subject itself, its first version, or a word of being in use', () => {
    const after = (sentence: string, verb: string) => hasObject(sentence, sentence.indexOf(verb) + verb.length, subject)
    expect(after('甲公司于 2019 年推出了乙钱包。', '推出')).toBe(true)
    expect(after('甲公司于 2019 年推出了星河链。', '推出')).toBe(false)
    expect(after('星河链于 2019 年发布其首个正式版本。', '发布')).toBe(false)
    expect(after('星河链于 2019 年上线试运行。', '上线')).toBe(false)
    // a version of the subject is another release of it; its first version is its start
    expect(after('甲公司于 2018 年发布了星河链 V2。', '发布')).toBe(true)
    expect(after('甲公司于 2018 年发布了星河链的 2.0 版本。', '发布')).toBe(true)
    expect(after('甲公司于 2018 年发布了星河链的首个版本。', '发布')).toBe(false)
  })
})

describe('a body its members form', () => {
  it('does not go live: a verb by which a system goes live (投产, 上线) in its sentence tells the start of what it made, not its own', async () => {
    const found = await records('# 概况\n南湾跨境账本联盟（简称“湾链盟”）是一个行业组织。\n\n湾链盟自主研发了底层平台“湾岭链”，于 2020 年 1 月正式投产。\n\n北港账本联盟于 2019 年 3 月正式成立。\n')
    expect(found.map((record) => [record.name, record.started])).toEqual([
      ['南湾跨境账本联盟', null],
      ['湾岭链', '2020-01'],
      ['北港账本联盟', '2019-03']
    ])
  })

  it('is what a sentence opening with its agent and no subject speaks of, the one before it in its paragraph (2019 年 6 月，由甲、乙和丙联合发起。)', async () => {
    const found = await records('# 概况\n南湾跨境账本联盟（简称“湾链盟”）是一个行业组织。2019 年 6 月 18 日，由南湾银行、海澄证券和云帆保险三家机构联合发起。\n\n星桥链是一个区块链平台。由甲公司开发的“Tessil”于 2018 年发布。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([
      ['南湾跨境账本联盟', ['南湾银行', '海澄证券', '云帆保险'], '2019-06-18'],
      ['星桥链', [], null],
      ['Tessil', ['甲公司'], '2018']
    ])
  })
})

describe('a version after a name', () => {
  it('is no part of the name, and its release no start of the thing (a 1.0 may follow earlier versions)', async () => {
    const first = await records('# 平台\n星渚链 1.0 于 2018 年 3 月发布。\n')
    expect(first.map((record) => [record.name, record.started])).toEqual([['星渚链', null]])
    const worded = await records('# 平台\n星渚链 V2.0 版本于 2020 年 3 月正式发布。\n')
    expect(worded.map((record) => [record.name, record.started])).toEqual([['星渚链', null]])
    const made = await records('# 平台\n云汐科技自主研发的 Tidewater Chain 是一条面向企业的联盟链，2019 年 5 月发布 1.0 版本。\n')
    expect(made.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['Tidewater', ['云汐科技'], null]])
  })
})

describe('a main net launched with a name of its own', () => {
  it('tells the start a proposal gives way to (2015 年 7 月主网 Frontline 正式上线)', async () => {
    const found = await records('# 平台\nAethel 项目由 Rune Dalcor 等人于 2013 年底提出，2015 年 7 月主网 Frontline 正式上线。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['Aethel 项目', [], '2015-07']])
  })
})

describe('a first version named after its thing', () => {
  it('is the start when its release is dated (Corvel 的第一个版本于 2016 年 8 月发布), a new version none', async () => {
    const first = await records('# 平台\nCorvel 的第一个版本于 2016 年 8 月发布。\n')
    expect(first.map((record) => [record.name, record.started])).toEqual([['Corvel', '2016-08']])
    expect(await records('# 平台\nCorvel 的新版本于 2016 年 8 月发布。\n')).toEqual([])
    // (the part with its own name in parentheses after it: \`的首个版本（v0.6）\`, \`的主网（Mainnet）\`)
    const named = await records('# 平台\nCorvel 的首个版本（v0.6）于 2016 年 8 月发布。Tarrow 的主网（Mainnet）于 2018 年上线。\n')
    expect(named.map((record) => [record.name, record.started])).toEqual([['Corvel', '2016-08'], ['Tarrow', '2018']])
    // (or the thing releasing it, after a date that opens the sentence; a bare launch of a name may be a version's)
    const released = await records('# 平台\n2016 年 8 月，Corvel 正式发布了第一个版本。\n')
    expect(released.map((record) => [record.name, record.started])).toEqual([['Corvel', '2016-08']])
    expect(await records('# 平台\n2016 年 8 月，Corvel 发布了新版本。2016 年，Viren 正式上线。\n')).toEqual([])
  })
})

describe('a main net a thing puts in use', () => {
  it('tells the start of the subject (Cosmi 网络于 2019 年 3 月上线了其主网 Cosmi Hub), a new application none', async () => {
    const found = await records('# 平台\nCosmin 网络于 2019 年 3 月上线了其主网 Cosmin Hub。\n')
    expect(found.map((record) => [record.name, record.started])).toEqual([['Cosmin 网络', '2019-03']])
    expect(await records('# 平台\nCosmin 网络于 2019 年 3 月上线了一个新应用 Cosmin Pay。\n')).toEqual([])
  })
})

describe('a design, then a release', () => {
  it('dates the thing by the release the sentence goes on to, past a link word and how it was released (作为开源项目)', async () => {
    const found = await records('# 概况\nMerrow 由 Tallis Lab 与 Oakridge University 的研究人员于 2019 年共同设计，并于 2020 年 2 月作为开源项目发布。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['Merrow', ['Tallis Lab', 'Oakridge University'], '2020-02']])
    // a design alone dates it
    expect((await records('# 概况\nMerrow 由 Tallis Lab 于 2019 年设计。\n')).map((record) => record.started)).toEqual(['2019'])
    // a later clause with a subject of its own after a link word still starts a part of its own
    const two = await records('# 概况\nMerrow 由 Tallis Lab 于 2016 年提出，随后丙公司基于 Merrow 构建了 Quillet 平台，并于 2018 年开放主网。\n')
    expect(two.map((record) => [record.name, record.started])).toContainEqual(['Merrow', '2016'])
  })
})

describe('a coin launched', () => {
  it('is a record by a name of its own before 币 when the sentence tells its start, and no coin in general', async () => {
    expect((await records('# 概况\n星岚币于 2011 年 10 月上线，开创了新的支付方式。\n')).map((record) => [record.name, record.started])).toEqual([['星岚币', '2011-10']])
    expect(await records('# 概况\n稳定币于 2019 年兴起。数字币于 2011 年 10 月发布。\n')).toEqual([])
  })
})

describe('a deed of the subject between a date and its verb of launching', () => {
  it('leaves the date the start (于 2018 年更名为 X 并对外开源), a deed with no such verb none', async () => {
    const started = async (sentence: string) => (await records(`# 概况\n${sentence}\n`)).map((record) => [record.name, record.started])
    expect(await started('Brantley 项目于 2018 年更名并对外开源。')).toEqual([['Brantley 项目', '2018']])
    expect(await started('Brantley 项目于 2018 年更名并获得了融资。')).toEqual([])
  })
})

describe('a body its members form', () => {
  it('takes no start from a verb of making a thing (甲联盟于 2017 年发布了乙链，并于 2018 年开源), its founding still', async () => {
    const found = await records('# 概况\n甲联盟于 2017 年发布了星桥链，并于 2018 年开源。\n')
    expect(found.map((record) => [record.name, record.started])).toEqual([['星桥链', '2017'], ['甲联盟', null]])
    expect((await records('# 概况\n星海联盟于 2016 年 5 月正式启动。\n')).map((record) => record.started)).toEqual(['2016-05'])
  })
})

describe('the part of a Latin name\'s thing that went live, in a later clause', () => {
  it('tells the start of the name the sentence opens with (Tessara 采用…机制，主网于 2019 年 10 月上线)', async () => {
    expect((await records('# 概况\nTessara 采用权益证明机制，主网于 2019 年 10 月上线。\n')).map((record) => [record.name, record.started])).toEqual([['Tessara', '2019-10']])
    // (a clause about something else going live tells none)
    expect(await records('# 概况\nTessara 采用权益证明机制，交易于 2019 年 10 月上线。\n')).toEqual([])
  })

  it('after the possessive that points back at it (其主网), or after a name in the script with its Latin name in parentheses', async () => {
    const found = await records('# 概况\nTessara 采用权益证明机制，其主网于 2019 年 10 月上线。\n\n月坛（Moonchain）引入了智能合约，其主网于 2015 年 7 月上线。\n')
    expect(found.map((record) => [record.name, record.aliases, record.started])).toEqual([
      ['Tessara', [], '2019-10'],
      ['月坛', ['Moonchain'], '2015-07']
    ])
    // (its team founded, no part of it gone live: none)
    expect(await records('# 概况\n月坛（Moonchain）引入了智能合约，其团队于 2015 年成立。\n')).toEqual([])
  })
})

describe('a launch told with the part that went live after a light verb (于…完成主网上线)', () => {
  it('is the start, the makers of a clause before the name kept; a round of funding completed is none', async () => {
    const found = await records('# 概况\n由甲公司主导开发的星云链于 2019 年 1 月完成主网上线。星海链于 2020 年 3 月主网上线。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([
      ['星云链', ['甲公司'], '2019-01'],
      ['星海链', [], '2020-03']
    ])
    expect(await records('# 概况\n星云链于 2019 年 1 月完成了 A 轮融资。\n')).toEqual([])
  })
})

describe('a name in the script with its expansion and its short name in parentheses, a word after them (星联结算桥（…，简称 sBridge）项目于…启动)', () => {
  it('is a record of those names with its start and its makers; a camel-cased short name is a Latin name', async () => {
    const found = await records('# 概况\n星联结算桥（Star Settlement Bridge，简称 sBridge）项目于 2021 年 2 月启动，由甲清算中心牵头。\n')
    expect(found.map((record) => [record.name, record.aliases, record.leads.map((party) => party.name), record.started])).toEqual([
      ['星联结算桥', ['Star Settlement Bridge', 'sBridge', '星联结算桥项目'], ['甲清算中心'], '2021-02']
    ])
  })
})

describe('a verb of an early stage (开始研发) before a name it governs', () => {
  it('gives its date as the start only until a launch told after the name replaces it', async () => {
    const started = async (sentence: string) => (await records(`# 概况\n${sentence}\n`)).map((record) => [record.name, record.leads.map((party) => party.name), record.started])
    expect(await started('2016 年，甲公司开始研发星云链。')).toEqual([['星云链', ['甲公司'], '2016']])
    expect(await started('2016 年，甲公司开始研发星云链，2018 年正式发布。')).toEqual([['星云链', ['甲公司'], '2018']])
  })
})

describe('a phrase of what the name is taken as between it and its launch (星云链作为甲公司的核心产品，于 2019 年上线)', () => {
  it('leaves the start the name’s', async () => {
    expect((await records('# 概况\n星云链作为甲公司的核心产品，于 2019 年上线。\n')).map((record) => [record.name, record.started])).toEqual([['星云链', '2019']])
  })
})

describe('a name of its own before words that leave it whom it names (星币网络)', () => {
  it('is the bare name’s start, the longer name an alias; a phrase of what it does is none', async () => {
    const found = await records('# 概况\n星河币网络于 2009 年 1 月上线。\n')
    expect(found.map((record) => [record.name, record.aliases, record.started])).toEqual([['星河币', ['星河币网络'], '2009-01']])
    expect(await records('# 概况\n支付网络于 2009 年 1 月上线。\n')).toEqual([])
  })
})
