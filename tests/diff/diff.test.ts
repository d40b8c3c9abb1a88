import {execFile} from 'node:child_process'
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {promisify} from 'node:util'
import {beforeAll, describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build/build.ts'
import {compareDatasets, factsChanged, type Snapshot} from '../../pipeline/diff/compare-datasets.ts'
import {loadSnapshot} from '../../pipeline/diff/load-snapshot.ts'
import {command, diffArgs, project, root} from '../helpers/cli.ts'

const git = promisify(execFile)
const seed = await readFile(path.join(root, 'sources/iot-blockchain-whitepaper.txt'), 'utf8')

/** Build one text in a project of its own and read its dataset and positions back. */
async function datasetOf(text: string): Promise<Snapshot> {
  const cwd = await project()
  await writeFile(path.join(cwd, 'sources/iot-blockchain-whitepaper.txt'), text)
  expect((await build({inputs: ['sources'], outDir: 'out', check: false, cwd})).code).toBe(0)
  return loadSnapshot('out', cwd)
}

function edit(text: string, edits: Array<[string, string]>): string {
  for (const [from, to] of edits) {
    expect(text, `the seed holds ${from}`).toContain(from)
    text = text.replace(from, to)
  }
  return text
}

const summary = (changes: ReturnType<typeof compareDatasets>, kind: string) =>
  Object.fromEntries(
    (['added', 'removed', 'changed', 'reworded', 'moved'] as const).map((group) => [
      group,
      changes[group].filter((change) => change.kind === kind).map((change) => (group === 'changed' ? [change.name, change.fields.map((field) => field.field)] : change.name))
    ])
  )

describe('npm run diff', {timeout: 60_000}, () => {
  let before: Snapshot
  beforeAll(async () => {
    before = await datasetOf(seed)
  }, 60_000)

  it('reports exactly the facts a maintainer edited, and the records below an insertion as moved', async () => {
    const edited = edit(seed, [
      ['数目超过 60 家', '数目逾七十家'],
      ['该平台由小米于 2018 年 5 月推出', '该平台由小米于 2018 年 6 月推出'],
      ['上海酒类区块链联盟、石化区块链联盟、版权区', '上海酒类区块链联盟、版权区'],
      ['## ——可信物联网联盟', '## ——数字资产联盟：该联盟由甲科技公司发起，现有成员约三十家。\n## ——可信物联网联盟'],
      ['## 以太坊（Ethereum）', '## 长安链（ChainMaker）：该平台由乙研究院于 2021 年 1 月推出。\n## 以太坊（Ethereum）']
    ])
    const changes = compareDatasets(before, await datasetOf(edited))
    expect(summary(changes, 'alliances')).toEqual({
      added: ['数字资产联盟'],
      removed: ['石化区块链联盟'],
      changed: [['R3 区块链联盟', ['memberCount']]],
      reworded: ['金融区块链合作联盟', '供应链区块链联盟', 'MBFA 医疗区块链金融联盟', '上海酒类区块链联盟', '版权区块链联盟'],
      moved: ['可信物联网联盟', '中关村区块链产业联盟', '企业以太坊联盟']
    })
    expect(summary(changes, 'platforms')).toEqual({
      added: ['长安链'],
      removed: [],
      changed: [['铂链', ['launched']]],
      reworded: [],
      moved: ['比特币体系', '超级账本', '以太坊', '企业以太坊', 'FISCO BCOS', 'BaaS']
    })
    const r3 = changes.changed.find((change) => change.name === 'R3 区块链联盟')!
    expect(r3.fields[0]).toEqual({field: 'memberCount', old: {value: 60, qualifier: 'over', asOf: null}, new: {value: 70, qualifier: 'over', asOf: null}})
    expect(r3.old).toEqual({source: 'iot-blockchain-whitepaper', page: 49, line: 8, column: 6})
    expect(factsChanged(changes)).toBe(true)
  })

  it('reports a record whose canonical name changed as renamed, with its ties, not as removed and added', async () => {
    const old = await datasetOf('# 区块链联盟\n## 星河联盟（Galaxy Alliance）：该联盟由甲银行发起成立。\n')
    const now = await datasetOf('# 区块链联盟\n## 银河联盟（Galaxy Alliance）：该联盟由甲银行发起成立。\n')
    const changes = compareDatasets(old, now)
    expect(changes.added).toEqual([])
    expect(changes.removed).toEqual([])
    expect(changes.renamed.map((change) => [change.was?.name, change.name, change.fields.map((field) => field.field)])).toEqual([['星河联盟', '银河联盟', ['name']]])
    expect(factsChanged(changes)).toBe(true)
  })

  it('reports a fact read from another page as moved, and one whose value changed as changed', async () => {
    const moved = structuredClone(before)
    const [id, place] = Object.entries(moved.positions!.alliances)[0]!
    const [pointer] = Object.keys(place.facts!)
    place.facts![pointer!]!.page = 99
    const changes = compareDatasets(before, moved)
    expect(factsChanged(changes)).toBe(false)
    expect(changes.moved.map((change) => [change.id, change.movedFacts])).toEqual([[id, [pointer]]])
  })

  it('sees no fact change in a change of wording that keeps the fact', async () => {
    const changes = compareDatasets(before, await datasetOf(edit(seed, [['已经有超过 200 家会员单位', '已经有两百余家会员单位']])))
    expect(factsChanged(changes)).toBe(false)
    expect(changes.reworded.map((change) => [change.name, change.reworded])).toEqual([['超级账本', ['description', 'memberCount.text']]])
  })

  it('compares a git revision with the working tree, exits 1 on a fact change, and speaks Markdown and JSON', async () => {
    const cwd = await project()
    expect((await build({inputs: ['sources'], outDir: 'out', check: false, cwd})).code).toBe(0)
    await git('git', ['init', '-q'], {cwd})
    await git('git', ['add', '.'], {cwd})
    await git('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'seed'], {cwd})
    await writeFile(path.join(cwd, 'sources/iot-blockchain-whitepaper.txt'), edit(seed, [['数目超过 60 家', '数目逾七十家']]))
    expect((await build({inputs: ['sources'], outDir: 'out', check: false, cwd})).code).toBe(0)
    const diff = (...args: string[]) =>
      git(command, [...diffArgs, ...args], {cwd}).then(
        ({stdout}) => ({code: 0, stdout}),
        (error: {code: number; stdout: string}) => ({code: error.code, stdout: error.stdout})
      )
    const text = await diff('HEAD')
    expect(text.code).toBe(1)
    expect(text.stdout).toContain('memberCount: {"value":60,"qualifier":"over","asOf":null} → {"value":70,"qualifier":"over","asOf":null}')
    const markdown = await diff('HEAD', 'out', '--format', 'md')
    expect(markdown.stdout).toMatch(/^## Changes in the facts\n\n### Changed \(1\)\n\n- alliance `alliance-r3-/)
    const json = JSON.parse((await diff('HEAD', '--format', 'json')).stdout)
    expect(json.changed).toHaveLength(1)
    expect((await diff('out', 'out')).code).toBe(0)
    expect((await diff('out', 'out', '--format', 'yaml')).code).toBe(2)
  })
})
