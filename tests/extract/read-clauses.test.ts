import {describe, expect, it} from 'vitest'
import {records} from '../helpers/records.ts'
import {declaredAliases, lastBoundary, listItems, relativeClause, sentenceSubject, subjectStart} from '../../pipeline/extract/read-clauses.ts'
import {isAsOf} from '../../pipeline/extract/read-dates.ts'

/** The clause reader (`pipeline/extract/read-clauses.ts`): pure readers over a sentence's text, on sentences of our own. */
describe('the clauses of a sentence', () => {
  it('start their subject after openers and clauses that only hold a date', () => {
    const sentence = '2018 年 6 月，星河联盟由甲公司发起成立。'
    expect(sentence.slice(subjectStart(sentence))).toBe('星河联盟由甲公司发起成立。')
    expect(subjectStart('星河联盟由甲公司发起成立。')).toBe(0)
    // a clause that says only where or how what follows holds
    for (const opening of ['国际上，', '例如，', '与此同时，', '在国内，']) expect(`${opening}星河联盟由甲公司发起成立。`.slice(subjectStart(`${opening}星河联盟由甲公司发起成立。`)), opening).toBe('星河联盟由甲公司发起成立。')
    expect(subjectStart('国际合作，星河联盟由甲公司发起成立。')).toBe(0)
    // (a clause that sets what follows against something else: \`与这些网络不同，\`, \`和甲链相比，\`, \`相比之下，\`)
    for (const opening of ['与这些银行主导的网络不同，', '和甲链相比，', '相比之下，']) expect(`${opening}星河联盟由甲公司发起成立。`.slice(subjectStart(`${opening}星河联盟由甲公司发起成立。`)), opening).toBe('星河联盟由甲公司发起成立。')
    expect(subjectStart('与甲银行合作，乙公司推出了星云链。')).toBe(0)
    // the organisation a sentence opens with, as the subject of its clauses
    expect(sentenceSubject('例如，甲控股于 2015 年成立了乙联盟。')?.text).toBe('甲控股')
    // a unit named right after its group's name, with no word between
    expect(sentenceSubject('2020 年 3 月，丙集团数科丁通在上海推出了“戊链”平台。')?.text).toBe('丙集团数科丁通')
    // not when what follows the group's name is a crowd or a predicate, or too long to be a unit's name
    expect(sentenceSubject('丙集团旗下企业推出了“戊链”平台。')).toBeUndefined()
    // an adverb before the verb (\`相继\`, \`率先\`) is no unit's name: the group is the subject
    expect(sentenceSubject('丙集团相继推出了“戊链”平台。')?.text).toBe('丙集团')
    expect(sentenceSubject('丙集团下属的数字科技研究部门推出了“戊链”平台。')).toBeUndefined()
    // a name of five or six letters with no organisation's ending, but no technology nor a kind's phrase
    expect(sentenceSubject('此外，东岭电子口岸搭建了“岭贸通”平台。')?.text).toBe('东岭电子口岸')
    for (const sentence of ['区块链技术推出了“岭贸通”平台。', '东岭联盟链平台推出了“岭贸通”。']) expect(sentenceSubject(sentence), sentence).toBeUndefined()
    // organisations joined, each one, the last a Latin name before the adverb and the verb
    expect(sentenceSubject('甲委员会与 QRB 共同建设了“岭贸通”平台。')?.text).toBe('甲委员会与 QRB')
    expect(sentenceSubject('区块链与 QRB 共同建设了“岭贸通”平台。')).toBeUndefined()
  })

  it('give the founders and the date of a relative clause before a name, and nothing for a clause of another sort', () => {
    expect(relativeClause('甲银行、乙证券等共同发起成立的')).toMatchObject({role: 'founders', parties: '甲银行、乙证券等'})
    expect(relativeClause('丙公司、丁大学等参加的')).toMatchObject({role: 'members'})
    expect(relativeClause('由戊基金会于 2014 年发起的')).toMatchObject({role: 'founders', date: '2014'})
    expect(relativeClause('大家熟悉的')).toBeUndefined()
  })

  it('find where a name starts in a run of name characters, after the last word no name goes on past', () => {
    const run = '成员包括星河账本联盟'
    expect(run.slice(lastBoundary(run))).toBe('星河账本联盟')
    expect(lastBoundary('星河账本联盟')).toBe(0)
  })

  it('read the short names a parenthesis declares, and none from one that explains', () => {
    expect(declaredAliases('（简称“星链盟”）')).toEqual(['星链盟'])
    expect(declaredAliases('（Star Ledger Alliance）')).toEqual(['Star Ledger Alliance'])
    expect(declaredAliases('（Star Ledger Alliance，以下简称“星链盟”）')).toEqual(['Star Ledger Alliance', '星链盟'])
    expect(declaredAliases('（成立于 2018 年）')).toEqual([])
  })

  it('split a list on its separators, and tell a date a state is given as of from a date of an event', () => {
    const text = '成员包括甲银行、乙证券和丙保险'
    expect(listItems(text, {start: 4, end: text.length}).map((item) => item.text)).toEqual(['甲银行', '乙证券', '丙保险'])
    const asOf = '截至 2020 年，成员已有 40 家。'
    expect(isAsOf(asOf, asOf.indexOf('2020'))).toBe(true)
    const event = '2020 年，星河联盟成立。'
    expect(isAsOf(event, 0)).toBe(false)
  })
})

describe('a subject joined by others before its verb', () => {
  it('is each organisation the subject joins with (甲银行联合乙科技推出…), no crowd', async () => {
    const found = await records('# 平台\n2020 年 5 月，甲银行联合乙科技推出“星贸岭”平台。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['星贸岭', ['甲银行', '乙科技'], '2020-05']])
    // (a body its members form launches too, whatever its name's length: \`星河账本联盟推出了\`)
    const body = await records('# 平台\n星河分布式账本联盟推出了开源项目 Rivulet，由其技术委员会负责维护。\n')
    expect(body.map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([
      ['Rivulet', ['星河分布式账本联盟']],
      ['星河分布式账本联盟', []]
    ])
    const crowd = await records('# 平台\n甲银行联合多家机构推出了“星贸岭”平台。\n')
    expect(crowd.map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([['星贸岭', ['甲银行']]])
  })
})

describe('a later clause with no subject of its own', () => {
  it('goes on with the organisations the sentence opens with (…签署协议，共同成立了X), none when it opens with no organisation; a verb of taking part is no part of a name', async () => {
    const found = await records('# 概况\n甲银行与乙证券于 2016 年 8 月签署协议，共同成立了岚湾联盟。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([['岚湾联盟', ['甲银行', '乙证券']]])
    expect(await records('# 概况\n根据规划，共同成立岚湾联盟。\n')).toEqual([])
    const part = await records('# 概况\n作为发起单位之一，丙银行于 2016 年参与组建了岚湾联盟。\n')
    expect(part.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['岚湾联盟', ['丙银行'], '2016']])
  })
})

describe('the people of an organisation as a subject', () => {
  it('are the organisation (甲实验室的工程师在 2016 年启动了…), not the word for its people', async () => {
    const found = await records('# 概况\nTessaly Labs 的工程师在 2016 年启动了 Quorra 项目。甲大学的研究团队于 2017 年发布了星岚链。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([
      ['Quorra 项目', ['Tessaly Labs'], '2016'],
      ['星岚链', ['甲大学'], '2017']
    ])
  })
})
