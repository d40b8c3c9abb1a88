import {describe, expect, it} from 'vitest'
import {readName} from '../../pipeline/extract/read-names.ts'
import {citationWords} from '../../pipeline/lexicon/zh/entities.ts'

/** The name reader (`pipeline/extract/read-names.ts`): a name and the aliases its parentheses declare. */
describe('readName', () => {
  it('takes no pointer at a reference in parentheses as an alias', () => {
    for (const word of citationWords) expect(readName(`Quorra（${word}文献 9）`), word).toEqual({name: 'Quorra', aliases: []})
  })

  it('takes a version off a Latin name, and keeps a number of the name’s own', () => {
    expect(readName('Quenda 2.0')).toEqual({name: 'Quenda', aliases: []})
    expect(readName('Quenda V2')).toEqual({name: 'Quenda', aliases: []})
    expect(readName('R3')).toEqual({name: 'R3', aliases: []})
    expect(readName('Web 3')).toEqual({name: 'Web 3', aliases: []})
  })

  it('takes a Latin expansion and the short name after 简称 in one parenthesis as two aliases', () => {
    expect(readName('星联结算桥（Star Settlement Bridge，简称 sBridge）')).toEqual({name: '星联结算桥', aliases: ['Star Settlement Bridge', 'sBridge']})
  })

  it('takes aliases out of the name', () => {
    expect(readName('比特币体系（BitCoin）')).toEqual({name: '比特币体系', aliases: ['BitCoin']})
    expect(readName('企业以太坊(Enterprise Ethereum)')).toEqual({name: '企业以太坊', aliases: ['Enterprise Ethereum']})
    expect(readName('供应链区块链联盟 S League')).toEqual({name: '供应链区块链联盟', aliases: ['S League']})
    expect(readName('CBSG 运营商区块链联盟')).toEqual({name: 'CBSG 运营商区块链联盟', aliases: ['CBSG']})
    expect(readName('FISCO BCOS')).toEqual({name: 'FISCO BCOS', aliases: []})
    // a suffix that does not change whom the name names, after the parentheses
    expect(readName('超级账本（Hyperledger）项目')).toEqual({name: '超级账本', aliases: ['Hyperledger', '超级账本项目']})
    expect(readName('星河（Nova）联盟')).toEqual({name: '星河（Nova）联盟', aliases: []})
    // an adverb a Latin name leaves at the end of a subject; not the end of a name in the script
    expect(readName('Meridian 则')).toEqual({name: 'Meridian', aliases: []})
    expect(readName('Acme也')).toEqual({name: 'Acme', aliases: []})
    expect(readName('星河准则')).toEqual({name: '星河准则', aliases: []})
  })

  it('keeps a term of the trade after a name in the name (what it offers), not as another name of it', () => {
    for (const term of ['BaaS', 'SaaS', 'API']) expect(readName(`云梯 ${term}`), term).toEqual({name: `云梯 ${term}`, aliases: []})
    expect(readName('云梯 Ladder')).toEqual({name: '云梯', aliases: ['Ladder']})
  })
})

describe('a former name', () => {
  it('in parentheses is an alias, without the word that says it was the name', () => {
    expect(readName('天穹链（原天穹区块链）')).toEqual({name: '天穹链', aliases: ['天穹区块链']})
    expect(readName('天穹链（曾用名：“天穹账本”）').aliases).toEqual(['天穹账本'])
  })
  it('but words of the script in parentheses that share no character with the name say where it is (（南京）), no name of it', () => {
    expect(readName('星海区块链合作联盟（南京）')).toEqual({name: '星海区块链合作联盟', aliases: []})
    expect(readName('星海区块链合作联盟（星海盟）')).toEqual({name: '星海区块链合作联盟', aliases: ['星海盟']})
  })
  it('but an organisation in parentheses after a thing\'s name is whose it is (owner), no name of it', () => {
    expect(readName('青檀溯源平台（南屿数科）')).toEqual({name: '青檀溯源平台', aliases: [], owner: '南屿数科'})
    expect(readName('深圳南屿银行（南屿银行）')).toEqual({name: '深圳南屿银行', aliases: ['南屿银行']})
  })
  it('and so is a short name in parentheses, without the word that declares it (简称)', () => {
    expect(readName('屿汇跨境结算系统（简称“屿汇”）')).toEqual({name: '屿汇跨境结算系统', aliases: ['屿汇']})
    expect(readName('青檀平台（以下简称：青檀）').aliases).toEqual(['青檀'])
  })
})

describe('a status', () => {
  it('in brackets or, in the script’s words, in parentheses is no alias; a Latin word in parentheses still is', () => {
    expect(readName('Nimbus [Archived]')).toEqual({name: 'Nimbus', aliases: []})
    expect(readName('Nimbus（已归档）')).toEqual({name: 'Nimbus', aliases: []})
    expect(readName('甲平台（Alpha）')).toEqual({name: '甲平台', aliases: ['Alpha']})
  })
})
