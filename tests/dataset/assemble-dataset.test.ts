import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Alliance} from '../../schemas/dataset.ts'
import {assembleDataset} from '../../pipeline/dataset/assemble-dataset.ts'
import {runPipeline} from '../helpers/pipeline.ts'

const seed = readFileSync(path.join(import.meta.dirname, '../../sources/iot-blockchain-whitepaper.txt'), 'utf8')

/** Two papers of our own that name one alliance: the second adds a founder and gives another member count. */
const first = '# 区块链联盟\n## 星河联盟：该联盟由甲银行发起成立，会员超过 30 家。\n'
const second = '# 区块链联盟\n## 星河联盟：该联盟由乙证券发起成立，会员超过 50 家。\n'

async function assembled(...sources: Array<[string, string]>) {
  const files = await Promise.all(sources.map(([name, text]) => runPipeline(text, name, path.basename(name, '.txt'))))
  return {...assembleDataset(files.map(({file}) => file)), files: files.map(({file}) => file)}
}

describe('assembling the dataset of several sources', () => {
  it('keeps one record per entity however many sources name it, and warns of nothing when they agree', async () => {
    const {dataset, files} = await assembled(['sources/a.txt', seed], ['sources/b.txt', seed], ['sources/c.txt', seed])
    expect([...dataset.alliances, ...dataset.platforms]).toHaveLength(19)
    expect(dataset.sources.map((source) => source.path)).toEqual(['sources/a.txt', 'sources/b.txt', 'sources/c.txt'])
    expect(dataset.alliances.every((record) => record.conflicts.length === 0 && record.source.source === 'a')).toBe(true)
    expect(files.flatMap((file) => file.messages.filter((message) => message.ruleId === 'conflicting-facts'))).toEqual([])
  })

  it('merges the facts of two sources, each party placed in its own source, and keeps the other count in conflicts with one warning', async () => {
    const {dataset, positions, files} = await assembled(['sources/first.txt', first], ['sources/second.txt', second])
    expect(dataset.alliances).toHaveLength(1)
    const alliance = dataset.alliances[0] as Alliance
    expect(alliance.founders.map((party) => party.name)).toEqual(['乙证券', '甲银行'])
    // a tie: the larger count is kept, the other is a conflict
    expect(alliance.memberCount).toMatchObject({value: 50, qualifier: 'over'})
    expect(alliance.conflicts).toEqual([{field: 'memberCount', value: {value: 30, qualifier: 'over', asOf: null, text: '超过 30 家'}, source: 'first', page: null}])
    const facts = positions.alliances[alliance.id]!.facts!
    expect(facts['/founders/0']).toMatchObject({source: 'second', line: 2, column: 13})
    expect(facts['/founders/1']).toMatchObject({source: 'first', line: 2, column: 13})
    const warnings = files.flatMap((file) => file.messages.filter((message) => message.ruleId === 'conflicting-facts').map((message) => `${file.path}:${message.line}:${message.column} ${message.reason} ${message.note}`))
    expect(warnings).toEqual([
      'sources/first.txt:2:4 Unexpected memberCount `超过 30 家` for `星河联盟`, expected `超过 50 家` as another source gives it; kept `超过 50 家` `超过 50 家` is read from sources/second.txt:2:4.'
    ])
  })

  it('keeps a fact only a later source gives, placed in that source', async () => {
    const silent = '# 区块链联盟\n## 星河联盟：该联盟由甲银行发起成立。\n'
    const {dataset, positions} = await assembled(['sources/first.txt', silent], ['sources/second.txt', second])
    const alliance = dataset.alliances[0] as Alliance
    expect(alliance.memberCount).toMatchObject({value: 50, qualifier: 'over'})
    expect(alliance.conflicts).toEqual([])
    expect(positions.alliances[alliance.id]!.facts!['/memberCount']).toMatchObject({source: 'second', line: 2})
  })

  it('gives the same records, ids and facts whatever order the sources are read in', async () => {
    const one = await assembled(['sources/first.txt', first], ['sources/second.txt', second])
    const other = await assembled(['sources/second.txt', second], ['sources/first.txt', first])
    const facts = (dataset: typeof one.dataset) =>
      dataset.alliances.map(({source: _source, conflicts, description: _description, ...record}) => ({...record, conflicts: conflicts.map(({field, value}) => ({field, value}))}))
    expect(facts(other.dataset)).toEqual(facts(one.dataset))
  })

  it('names a merged record by the longest name its sources give, whatever source comes first', async () => {
    const full = '# 区块链联盟\n## 星河区块链联盟（星盟）：该联盟由甲银行发起成立。\n'
    const short = '# 区块链联盟\n## 星盟：该联盟由乙证券发起成立。\n'
    for (const order of [[['sources/a.txt', full], ['sources/b.txt', short]], [['sources/a.txt', short], ['sources/b.txt', full]]] as Array<Array<[string, string]>>) {
      const {dataset, positions} = await assembled(...order)
      expect(dataset.alliances.map((record) => [record.name, record.aliases, record.founders.map((party) => party.name)])).toEqual([['星河区块链联盟', ['星盟'], ['乙证券', '甲银行']]])
      const id = dataset.alliances[0]!.id
      expect(Object.keys(positions.alliances)).toEqual([id])
      expect(dataset.relations.every((relation) => relation.subject === id)).toBe(true)
    }
  })
})
