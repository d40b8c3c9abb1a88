import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {createProcessor} from '../../pipeline/index.ts'
import {knownEntities} from '../../pipeline/lexicon/zh/index.ts'
import {build} from '../helpers/cli.ts'
import {runPipeline} from '../helpers/pipeline.ts'
import {temporaryFolder} from '../helpers/temporary.ts'

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

  it('are no records where they are part of the name of a record the text gives', async () => {
    const {file} = await runPipeline('一、概况\n\nPulsar Fabric 是 Pulsar 项目中最早的框架，最初由甲公司和乙公司贡献。以太坊企业联盟由甲公司于 2017 年发起成立。\n', 'sources/paper.txt', 'paper')
    expect((file.data.records ?? []).map((record) => record.name)).toEqual(['Pulsar Fabric', '以太坊企业联盟'])
  })

  it('have what the sentences say of them read, in the sentences before the mention that makes them records too', async () => {
    const said = '一、概况\n\n此后，以太坊 [2] 于 2015 年上线。星桥采用了与以太坊不同的设计。\n'
    const {file} = await runPipeline(said, 'sources/paper.txt', 'paper', undefined)
    expect((file.data.records ?? []).map((record) => [record.name, record.started, record.rule])).toEqual([['以太坊', '2015', 'known-name']])
    // placed where the first reading placed it: its first mention
    expect((file.data.records ?? [])[0]!.offset).toBe(said.indexOf('以太坊'))
  })

  it('are records at one mention the words of a predicate follow (于, 正式), not one that goes on into a longer word', async () => {
    const {file} = await runPipeline('一、概况\n\n2009 年 1 月，比特币网络正式运行；此后以太坊于 2015 年 7 月上线。\n', 'sources/paper.txt', 'paper', undefined)
    expect((file.data.records ?? []).map((record) => [record.name, record.started])).toEqual([['比特币', '2009-01'], ['以太坊', '2015-07']])
    // (an adverb or a verb after the name leaves it a word of its own: \`以太坊仍是\`, \`比特币采用\`)
    const adverbs = await runPipeline('一、概况\n\n在公链方面，比特币和以太坊仍是规模最大的两条公链。比特币采用工作量证明。\n', 'sources/paper.txt', 'paper', undefined)
    expect((adverbs.file.data.records ?? []).map((record) => record.name)).toEqual(['比特币', '以太坊'])
    const longer = await runPipeline('一、概况\n\n以太坊钱包于 2016 年上线。\n', 'sources/paper.txt', 'paper', undefined)
    expect(longer.file.data.records ?? []).toEqual([])
  })

  it('read again with the document, its messages said once', async () => {
    const said = '一、概况\n\n此后，以太坊于 2015 年上线。星桥采用了与以太坊不同的设计。\n\n- 模块设计：各模块可独立替换。\n'
    const {file} = await runPipeline(said, 'sources/paper.md', 'paper', undefined)
    expect((file.data.records ?? []).map((record) => record.name)).toEqual(['以太坊'])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['entry-without-kind'])
  })

  it('are nothing without the list', async () => {
    expect(await names([])).toEqual([])
  })

  it('each have a public reference', () => {
    for (const entity of knownEntities) expect(entity.reference, entity.names[0]).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//u)
  })

  it('are turned off by --known none, with a user’s list beside the sources, which is checked against its schema', {timeout: 30_000}, async () => {
    const cwd = await temporaryFolder('known-')
    await mkdir(path.join(cwd, 'sources'))
    await writeFile(path.join(cwd, 'sources/paper.txt'), text.replace('星桥的交易', '星桥（Xingqiao）的交易'))
    const platforms = async () => (JSON.parse(await readFile(path.join(cwd, 'out/dataset.json'), 'utf8')) as {platforms: Array<{name: string}>}).platforms.map((record) => record.name)
    expect((await build(cwd)).code).toBe(0)
    expect(await platforms()).toEqual(['以太坊', 'Hyperledger Fabric'])
    // a user's list beside the sources: its names are records wherever prose mentions them
    await writeFile(path.join(cwd, 'sources/known-entities.yaml'), '- name: 星桥\n  kind: platform\n  aliases: [Xingqiao]\n  reference: https://example.org/xingqiao\n')
    expect((await build(cwd)).code).toBe(0)
    expect(await platforms()).toEqual(['以太坊', 'Hyperledger Fabric', '星桥'])
    expect((await build(cwd, '--known', 'none')).code).toBe(0)
    expect(await platforms()).toEqual([])
    const before = await readFile(path.join(cwd, 'out/dataset.json'), 'utf8')
    const missing = await build(cwd, '--known', 'mine.yaml')
    expect(missing.code).toBe(1)
    expect(missing.stderr.split('\n')[0]).toBe('mine.yaml:1:1: error: Cannot read the list of known entities: ENOENT [unreadable-known-entities]')
    await writeFile(path.join(cwd, 'sources/known-entities.yaml'), '- name: 星桥\n  kind: exchange\n')
    const invalid = await build(cwd)
    expect(invalid.code).toBe(1)
    expect(invalid.stderr).toMatch(/^sources\/known-entities\.yaml:2:9: error: Unexpected known entity `0\/kind`: .*\[invalid-known-entities\]/mu)
    expect(await readFile(path.join(cwd, 'out/dataset.json'), 'utf8')).toBe(before)
  })
})

describe('a widely known name as the first word of a longer phrase', () => {
  const platforms = async (text: string) => ((await runPipeline(text, 'sources/paper.txt', 'paper')).file.data.records ?? []).map((record) => record.name)

  it('is no mention of it, unless the text names it again', async () => {
    expect(await platforms('一、概况\n\n星兑是某地最大的比特币兑换平台。\n')).toEqual([])
    expect(await platforms('一、概况\n\n星兑是某地最大的比特币兑换平台。它也支持比特币的链上提现。\n')).toEqual(['比特币'])
    expect(await platforms('一、概况\n\n与以太坊相比，星桥的确认更快。\n')).toEqual(['以太坊'])
    // (a noun of what it has after it: its code, its main network)
    expect(await platforms('一、概况\n\n星桥是在以太坊代码基础上修改而成的。\n')).toEqual(['以太坊'])
  })
})

describe('a name another source of the build makes a record of', () => {
  const read = async (text: string) => {
    const file = new VFile({path: 'sources/b.md', value: text})
    file.data.id = 'b'
    const processor = createProcessor({known: [], across: [{kind: 'platform', names: ['Solen', 'Solen Ledger'], reference: 'another source of this build'}]})
    await processor.run(processor.parse(file), file)
    return (file.data.records ?? []).map((record) => ({name: record.name, rule: record.rule, count: record.memberCount?.value ?? null}))
  }

  it('is a record of this source before its sentences are read, so what they say of it is its', async () => {
    expect(await read('# 比较\n\n截至 2019 年，Solen 参与机构已超过 50 家。\n')).toEqual([{name: 'Solen', rule: 'across-sources', count: 50}])
  })

  it('is none where the text does not name it', async () => {
    expect(await read('# 比较\n\nSolenoid 是一种器件。\n')).toEqual([])
  })
})

describe('a widely known name before a verb of appearing or a word of comparison', () => {
  it('is a word of its own, a citation after it no matter (随比特币[1]出现), unlike the first word of a phrase', async () => {
    const read = async (sentence: string) => ((await runPipeline(`# 引言\n\n${sentence}\n`, 'sources/paper.txt', 'paper')).file.data.records ?? []).map((record) => record.name)
    expect(await read('分布式账本最初随比特币[1]出现，但公开网络难以满足企业的要求。')).toEqual(['比特币'])
    expect(await read('与比特币不同，星环链支持图灵完备的合约。')).toEqual(['比特币'])
    expect(await read('某地最大的比特币兑换平台关闭了。')).toEqual([])
  })
})
