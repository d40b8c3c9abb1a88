import {describe, expect, it} from 'vitest'
import {readParties} from '../../pipeline/extract/read-parties.ts'
import {purposeWords} from '../../pipeline/lexicon/zh/parties.ts'
import {records} from '../helpers/records.ts'

/** The party reader (`pipeline/extract/read-parties.ts`): the organisations a list of parties names, descriptors taken off as data. */
describe('readParties', () => {
  const read = (text: string) => readParties(text).map((party) => [party.name, party.country, party.kind])
  it('reads no organisation from a list of sorts of them, nor from a sort alone', () => {
    const names = (text: string) => readParties(text).map((party) => party.name)
    expect(names('银行、保险、证券、期货交易所、科技公司等五大类行业的六十余家机构')).toEqual([])
    expect(names('甲银行、乙证券等领域')).toEqual([])
    expect(names('甲银行、乙证券等各类机构')).toEqual(['甲银行', '乙证券'])
    expect(names('证券、保险、丙交易所')).toEqual(['丙交易所'])
    // a sort told by where its members are
    expect(names('硅谷公司与全球金融机构')).toEqual([])
    // a clause that describes the sort names no one either: \`作者带领的研发团队\`
    expect(names('作者带领的研发团队、丙科技')).toEqual(['丙科技'])
    expect(names('多家知名的金融机构')).toEqual([])
    // the people of an organisation stand for it; those of no organisation for no one
    expect(names('华夏大学的研究者、丙科技的开发团队')).toEqual(['华夏大学', '丙科技'])
    expect(names('一群热心的开发者')).toEqual([])
    expect(names('Acme、Globex 等企业的开发者')).toEqual(['Acme', 'Globex'])
    // words that still hold a relative clause's particle, or a dash, name no one
    expect(names('甲基金会维护的')).toEqual([])
    expect(names('Murray —— 丙公司')).toEqual([])
  })

  it('splits on 、 和 及 与 and takes descriptors off as data', () => {
    expect(read('美国电信运营商 Sprint、美国 TBCASoft、日本软银集团')).toEqual([
      ['Sprint', 'US', '电信运营商'],
      ['TBCASoft', 'US', null],
      ['软银集团', 'JP', null]
    ])
    expect(read('星海大学、北辰邮电大学等高校，及丙科与丁星网络等公司')).toEqual([
      ['星海大学', null, null],
      ['北辰邮电大学', null, '高校'],
      ['丙科', null, null],
      ['丁星网络', null, '公司']
    ])
    expect(read('R3CEV 公司')).toEqual([['R3CEV', null, '公司']])
  })
  it('takes off the phrase that says whom a maker’s product is for', () => {
    for (const word of purposeWords) expect(readParties(`丙科技${word}金融机构`).map((party) => party.name), word).toEqual(['丙科技'])
    // a name that holds the word with no organisation's ending before it stays whole
    expect(readParties('面向未来研究院').map((party) => party.name)).toEqual(['面向未来研究院'])
  })

  it('keeps the home country in a name', () => {
    expect(read('中国通信学会')).toEqual([['中国通信学会', null, null]])
  })
  it('keeps a foreign country in the name of a body of that country (国立, 国家), and the organisation of a person named', () => {
    expect(read('新加坡国立大学')).toEqual([['新加坡国立大学', 'SG', null]])
    expect(read('日本软银集团')).toEqual([['软银集团', 'JP', null]])
    expect(readParties('Wombat 公司的 Leemon Baird').map((party) => party.name)).toEqual(['Wombat'])
    // one word after the organisation is no person's name
    expect(readParties('Wombat 公司的 Numbat').map((party) => party.name)).toEqual([])
  })
  it('names nobody for a count or a crowd', () => {
    expect(read('摩根大通、微软和 20 多家其他企业')).toEqual([
      ['摩根大通', null, null],
      ['微软', null, null]
    ])
    expect(read('众多金融机构')).toEqual([])
    expect(read('乙银行等 11 家机构')).toEqual([['乙银行', null, '机构']])
  })
  it('marks a technology named among the organisations', () => {
    expect(readParties('思科、物联网等公司').map((party) => party.suspicious)).toEqual([false, true])
  })
})

describe('a supervisor among the makers', () => {
  it('is none of them: who guided is not who founded', () => {
    expect(readParties('甲部门指导、乙研究院、丙大学等').map((party) => party.name)).toEqual(['乙研究院', '丙大学'])
    // a name that is only the verb is kept as it is read
    expect(readParties('指导').map((party) => party.name)).toEqual(['指导'])
  })
})

describe('how long the making took', () => {
  it('is none of the makers’ names (甲公司历时三年自主研发的, 历经三年多研发)', async () => {
    const found = await records('# 概况\n岚山链是一款由甲公司历时三年自主研发的高性能联盟链。北屿链由乙集团历经 2 年多研发。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([['岚山链', ['甲公司']], ['北屿链', ['乙集团']]])
  })
})

describe('a Latin name a sort of organisation describes', () => {
  it('is the party, with or without a space after the sort, and the subject of what the sentence launches', async () => {
    expect(readParties('账本服务提供商Tessel、金融科技公司 Corvex').map((party) => [party.name, party.kind])).toEqual([['Tessel', '账本服务提供商'], ['Corvex', '金融科技公司']])
    const [record] = await records('# 概况\n2018 年 3 月，账本服务提供商Tessel正式推出开源协议——Tessel开放标准。\n')
    expect(record && [record.name, record.leads.map((party) => party.name), record.started]).toEqual(['Tessel开放标准', ['Tessel'], '2018-03'])
    // (the Latin name and the head a kind's word goes on from are part of the longer name: no platform \`Corvex\`)
    const founded = await records('# 概况\n2015 年 9 月，金融科技公司 Corvex 联合甲银行、乙银行等 9 家银行成立了 Corvex 区块链联盟。\n')
    expect(founded.map((each) => [each.kind, each.name, each.leads.map((party) => party.name)])).toEqual([['alliance', 'Corvex 区块链联盟', ['Corvex', '甲银行', '乙银行']]])
    // a description that is no sort of organisation stays with the name written without a space
    expect(readParties('笔者领导的 Acme 技术团队').map((party) => [party.name, party.kind])).toEqual([['Acme 技术团队', '笔者领导的']])
  })
})

describe('a person among the parties', () => {
  it('is no party when a word for a person stands before a Latin name', async () => {
    const [record] = await records('# 概况\nQuokka 由创始人 Vale 和甲公司共同开发。\n')
    expect(record?.leads.map((party) => party.name)).toEqual(['甲公司'])
    expect(readParties('程序员 Wren、美国 Acme').map((party) => party.name)).toEqual(['Acme'])
  })

  it('is no party when a word for a person stands before a short name of the script (程序员林远), an organisation named so still one', async () => {
    const [record] = await records('# 概况\n星穹（Starvel）是一个开源的公有区块链平台。星穹最初由程序员林远在 2014 年初提出，并于 2015 年 7 月上线。\n')
    expect(record && [record.name, record.leads.map((party) => party.name), record.started]).toEqual(['星穹', [], '2015-07'])
    expect(readParties('研究员王岚、林远科技').map((party) => party.name)).toEqual(['林远科技'])
  })
})

describe('a verb phrase after an organisation’s name', () => {
  it('is none of the party (由甲基金会负责维护和开发)', async () => {
    expect(readParties('Kestril 基金会负责维护和').map((party) => party.name)).toEqual(['Kestril 基金会'])
    const [record] = await records('# 概况\nKestril 是一个区块链平台，由 Kestril 基金会负责维护和开发。\n')
    expect(record && [record.name, record.leads.map((party) => party.name)]).toEqual(['Kestril', ['Kestril 基金会']])
  })
})

describe('a conjunction inside a name', () => {
  it('splits no party where what follows it alone is an organisation’s ending', () => {
    expect(readParties('泰和银行、乙证券').map((party) => party.name)).toEqual(['泰和银行', '乙证券'])
    expect(readParties('甲银行和乙银行').map((party) => party.name)).toEqual(['甲银行', '乙银行'])
    // (an organisation before it: the ending after it is a sort, no name of its own)
    expect(readParties('甲公司和银行').map((party) => party.name)).toEqual(['甲公司'])
  })
  it('splits none between two fields a research body studies, the second before the body’s ending (区块链与边缘计算研究院)', () => {
    expect(readParties('青禾区块链与边缘计算研究院、乙银行').map((party) => party.name)).toEqual(['青禾区块链与边缘计算研究院', '乙银行'])
    expect(readParties('丙大学计算机科学与技术学院和丁公司').map((party) => party.name)).toEqual(['丙大学计算机科学与技术学院', '丁公司'])
    // (a body named after a place after the conjunction is a party of its own; so is one after a name of no field)
    expect(readParties('青禾区块链与星城信息通信研究院').map((party) => party.name)).toEqual(['青禾区块链', '星城信息通信研究院'])
    expect(readParties('青禾与边缘计算研究院').map((party) => party.name)).toEqual(['青禾', '边缘计算研究院'])
  })
})

describe('a vague quantity of organisations', () => {
  it('names no party (几十家, 数十个, 上百家)', () => {
    for (const crowd of ['几十家', '数十个', '上百家']) expect(readParties(crowd), crowd).toEqual([])
  })
  it('names none where the crowd comes from either (全球 200 多家成员, 国内外 80 余家机构), though a name may open with such a word', () => {
    for (const crowd of ['全球 200 多家成员', '国内外 80 余家机构', '国内数十家银行', '南屿市二十余家区块链企业']) expect(readParties(crowd), crowd).toEqual([])
    // (sorts of organisation listed, \`行业协会\` too, name none; an organisation after the word for a member is one)
    expect(readParties('高校、金融机构、科技企业和行业协会')).toEqual([])
    expect(readParties('中国银行业协会、联盟成员北辰数据、会员单位甲公司').map((party) => party.name)).toEqual(['中国银行业协会', '北辰数据', '甲公司'])
    // (a place's name before an organisation, no count after it, is the organisation's)
    expect(readParties('北湖市甲银行').map((party) => party.name)).toEqual(['北湖市甲银行'])
    expect(readParties('国际清算银行、全球金融协会').map((party) => party.name)).toEqual(['国际清算银行', '全球金融协会'])
  })
})

describe('an organisation and the word for its people', () => {
  it('is the organisation (IBM 团队, 甲公司开发团队), the words as written kept for the team of a record itself', () => {
    expect(readParties('IBM 团队、甲公司开发团队').map((party) => [party.name, party.written])).toEqual([['IBM', 'IBM 团队'], ['甲公司', '甲公司开发团队']])
    // (words that read as no organisation before it leave the item as it is)
    expect(readParties('核心团队').map((party) => party.name)).toEqual(['核心团队'])
  })
})
