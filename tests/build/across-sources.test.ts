import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../helpers/cli.ts'
import {temporaryFolder} from '../helpers/temporary.ts'

/** Two papers of our own: one describes Solen, the other only compares itself with it and says one thing of it. */
const papers = {
  'a.md': '# 平台\n\nSolen 是甲银行开发的企业级区块链平台，于 2017 年发布。\n',
  'b.md': '# 比较\n\n与 Solen 相比，星河链的吞吐量更高。星河链是乙公司推出的区块链平台。截至 2019 年，Solen 参与机构已超过 50 家。\n'
}

async function projectOf(files: Record<string, string>) {
  const cwd = await temporaryFolder('across-')
  await mkdir(path.join(cwd, 'sources'))
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(cwd, 'sources', name), text)
  return cwd
}

async function solen(cwd: string, ...args: string[]) {
  expect((await build(cwd, ...args)).code).toBe(0)
  const dataset = JSON.parse(await readFile(path.join(cwd, 'out/dataset.json'), 'utf8'))
  const positions = JSON.parse(await readFile(path.join(cwd, 'out/positions.json'), 'utf8'))
  const record = dataset.platforms.find((each: {name: string}) => each.name === 'Solen')
  return {record, places: positions.platforms[record.id]}
}

describe('names known across the sources of a build', {timeout: 30_000}, () => {
  it('are records wherever another source mentions them, and what that source says of them is theirs', async () => {
    const cwd = await projectOf(papers)
    const {record, places} = await solen(cwd, '--no-cache')
    expect(record.developers.map((party: {name: string}) => party.name)).toEqual(['甲银行'])
    expect(record.launched).toBe('2017')
    expect(record.memberCount).toMatchObject({value: 50, qualifier: 'over', asOf: '2019'})
    expect(places.facts['/memberCount'].source).toBe('b')
    // with the widely known names off too: they come from the reading
    expect((await solen(cwd, '--no-cache', '--known', 'none')).record.memberCount).toMatchObject({value: 50})
    // and from the cache, the same
    const first = await readFile(path.join(cwd, 'out/dataset.json'), 'utf8')
    await solen(cwd)
    await solen(cwd)
    expect(await readFile(path.join(cwd, 'out/dataset.json'), 'utf8')).toBe(first.replace(/x/u, 'x'))
  })

  it('do not reach a source read alone, nor a name inside a longer word of another language', async () => {
    const alone = await projectOf({'b.md': papers['b.md']})
    expect((await build(alone, '--no-cache', 'sources/b.md')).code).toBe(0)
    const dataset = JSON.parse(await readFile(path.join(alone, 'out/dataset.json'), 'utf8'))
    expect(dataset.platforms.map((each: {name: string}) => each.name)).toEqual(['星河链'])
    const words = await projectOf({...papers, 'b.md': '# 比较\n\nSolenoid 是一种器件。星河链是乙公司推出的区块链平台。\n'})
    const {places} = await solen(words, '--no-cache')
    expect(places.source).toBe('a')
    const built = JSON.parse(await readFile(path.join(words, 'out/positions.json'), 'utf8'))
    expect(Object.values(built.platforms).map((place) => (place as {rule: string}).rule)).not.toContain('across-sources')
  })
})
