import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {knownEntities} from '../pipeline/lexicon/zh/index.ts'
import {build} from './helpers/cli.ts'
import {runPipeline} from './helpers/pipeline.ts'
import {temporaryFolder} from './helpers/temporary.ts'

/** A text of our own that compares its subject with widely known chains, and cites one in its references. */
const text = [
  '一、概况',
  '',
  '与以太坊、Hyperledger Fabric 相比，星桥的交易确认更快。Fabrication 是另一回事。',
  '',
  '参考文献',
  '',
  '[1] Nakamoto S. Bitcoin: A Peer-to-Peer Electronic Cash System. 2008.',
  '[2] Wood G. Ethereum: a secure decentralised generalised transaction ledger. 2014.',
  ''
].join('\n')

const names = async (known?: readonly never[]) => ((await runPipeline(text, 'sources/paper.txt', 'paper', undefined, known)).file.data.records ?? []).map((record) => [record.kind, record.name])

describe('widely known names', () => {
  it('are records where prose mentions them, a Latin name as a word of its own, never from the references', async () => {
    expect(await names()).toEqual([
      ['platform', '以太坊'],
      ['platform', 'Hyperledger Fabric']
    ])
  })

  it('are nothing without the list', async () => {
    expect(await names([])).toEqual([])
  })

  it('each have a public reference', () => {
    for (const entity of knownEntities) expect(entity.reference, entity.names[0]).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//u)
  })

  it('are turned off by --known none, which the build says when it is not understood', {timeout: 30_000}, async () => {
    const cwd = await temporaryFolder('known-')
    await mkdir(path.join(cwd, 'sources'))
    await writeFile(path.join(cwd, 'sources/paper.txt'), text)
    const platforms = async () => (JSON.parse(await readFile(path.join(cwd, 'out/dataset.json'), 'utf8')) as {platforms: Array<{name: string}>}).platforms.map((record) => record.name)
    expect((await build(cwd)).code).toBe(0)
    expect(await platforms()).toEqual(['以太坊', 'Hyperledger Fabric'])
    expect((await build(cwd, '--known', 'none')).code).toBe(0)
    expect(await platforms()).toEqual([])
    const wrong = await build(cwd, '--known', 'mine.yaml')
    expect(wrong.code).toBe(2)
    expect(wrong.stderr.split('\n')[0]).toBe('--known takes `none` (read without the language pack\'s widely known names) or `default`, not mine.yaml')
  })
})
