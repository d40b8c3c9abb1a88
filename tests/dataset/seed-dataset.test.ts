import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Alliance, Dataset, Platform} from '../../schemas/dataset.ts'

/** The facts the seed states, written down by hand from the text (issue 3), checked against the committed dataset. */
const dataset = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../out/dataset.json'), 'utf8')) as Dataset
const alliance = (name: string) => dataset.alliances.find((record) => record.name === name) as Alliance
const platform = (name: string) => dataset.platforms.find((record) => record.name === name) as Platform
const parties = (list: ReadonlyArray<{name: string; country: string | null; kind: string | null}>) =>
  list.map((party) => [party.name, party.country, party.kind])

describe('the seed’s dataset', () => {
  it('holds exactly the 11 alliances and 8 platforms, on their pages', () => {
    expect(dataset.alliances.map((record) => [record.name, record.source.page])).toEqual([
      ['R3 区块链联盟', 49],
      ['CBSG 运营商区块链联盟', 49],
      ['可信物联网联盟', 50],
      ['中关村区块链产业联盟', 50],
      ['金融区块链合作联盟', 50],
      ['供应链区块链联盟', 50],
      ['MBFA 医疗区块链金融联盟', 50],
      ['上海酒类区块链联盟', 51],
      ['石化区块链联盟', 51],
      ['版权区块链联盟', 51],
      ['企业以太坊联盟', 52]
    ])
    expect(dataset.platforms.map((record) => [record.name, record.source.page])).toEqual([
      ['Corda', 49],
      ['比特币体系', 51],
      ['超级账本', 51],
      ['以太坊', 51],
      ['企业以太坊', 52],
      ['FISCO BCOS', 52],
      ['BaaS', 52],
      ['铂链', 52]
    ])
  })

  it('knows the source’s title, publisher and pages', () => {
    expect(dataset.sources).toMatchObject([
      {id: 'iot-blockchain-whitepaper', path: 'sources/iot-blockchain-whitepaper.txt', title: '“物联网+区块链”应用与发展白皮书', publisher: '中国通信标准化协会', firstPage: 49, lastPage: 52}
    ])
  })

  it('reads the alliances’ founders, counts and events', () => {
    const r3 = alliance('R3 区块链联盟')
    expect(parties(r3.founders)).toEqual([['R3CEV', null, '公司']])
    expect(r3.memberCount).toMatchObject({value: 60, qualifier: 'over'})
    expect(r3.events.map((event) => event.date)).toEqual(['2016', '2017'])
    expect(r3.events[0]!.text).toContain('Corda')

    const cbsg = alliance('CBSG 运营商区块链联盟')
    expect(cbsg.aliases).toEqual(['CBSG'])
    expect(parties(cbsg.founders).map(([name, country]) => [name, country])).toEqual([['Sprint', 'US'], ['TBCASoft', 'US'], ['软银集团', 'JP']])

    expect(alliance('可信物联网联盟').founders.map((party) => party.name)).toEqual(['思科', 'Bosch', 'ConsenSys', '物联网'])

    const zgc = alliance('中关村区块链产业联盟')
    expect(zgc.founders.map((party) => party.name)).toEqual(['世纪互联公司', '清华大学', '北京邮电大学', '中国通信学会', '中国联通研究院', '集佳', '布比网络'])
    expect(zgc.founders.find((party) => party.name === '北京邮电大学')?.kind).toBe('高校')
    expect(zgc.memberCount).toMatchObject({value: 80, qualifier: 'over'})

    expect(alliance('供应链区块链联盟').aliases).toEqual(['S League'])
    expect(alliance('MBFA 医疗区块链金融联盟').aliases).toEqual(['MBFA'])

    const eea = alliance('企业以太坊联盟')
    expect(eea.aliases).toEqual(['Enterprise Ethereum Alliance'])
    expect(eea.founded).toBe('2017-02')
    expect(eea.founders.map((party) => party.name)).toEqual(['摩根大通', '微软', '英特尔'])
    expect(eea.memberCount).toMatchObject({value: 150, qualifier: 'over', asOf: '2018-02'})
  })

  it('reads the platforms’ aliases, origins, developers and launches', () => {
    expect(dataset.platforms.map((record) => [record.name, record.aliases, record.origin])).toEqual([
      ['Corda', [], null],
      ['比特币体系', ['BitCoin', '比特币'], 'international'],
      ['超级账本', ['Hyperledger'], 'international'],
      ['以太坊', ['Ethereum'], 'international'],
      ['企业以太坊', ['Enterprise Ethereum'], null],
      ['FISCO BCOS', [], 'domestic'],
      ['BaaS', [], null],
      ['铂链', ['Bottos'], null]
    ])
    const hyperledger = platform('超级账本')
    expect(hyperledger.participants.map((party) => party.name)).toEqual(['IBM', '英特尔', '华为'])
    expect(hyperledger.memberCount).toMatchObject({value: 200, qualifier: 'over'})
    expect(platform('企业以太坊').developers.map((party) => party.name)).toEqual(['企业以太坊联盟'])
    expect(platform('FISCO BCOS')).toMatchObject({developers: [{name: '微众银行'}], basedOn: ['BCOS']})
    expect(platform('BaaS').developers.map((party) => party.name)).toEqual(['百度'])
    expect(platform('铂链')).toMatchObject({developers: [{name: '小米'}], launched: '2018-05'})
    // named after the phrase for its kind, launched by the subject of its sentence
    expect(platform('Corda')).toMatchObject({developers: [{name: 'R3 区块链联盟'}], launched: '2016'})
  })

  it('invents nothing: no founders, counts or dates where the text gives none', () => {
    for (const name of ['金融区块链合作联盟', '上海酒类区块链联盟', '石化区块链联盟', '版权区块链联盟']) {
      expect(alliance(name)).toMatchObject({founders: [], members: [], founded: null, memberCount: null, events: []})
    }
    for (const name of ['比特币体系', '以太坊']) {
      expect(platform(name)).toMatchObject({developers: [], participants: [], launched: null, memberCount: null, events: []})
    }
  })

  it('ties every founder, developer and participant to its organisation', () => {
    const ids = new Set(dataset.organizations.map((record) => record.id))
    const names = new Set(dataset.organizations.map((record) => record.name))
    expect(names.size).toBe(dataset.organizations.length)
    for (const relation of dataset.relations) expect(ids.has(relation.object) || relation.predicate === 'basedOn').toBe(true)
    const founders = dataset.alliances.flatMap((record) => record.founders).length
    expect(dataset.relations.filter((relation) => relation.predicate === 'foundedBy')).toHaveLength(founders)
  })
})
