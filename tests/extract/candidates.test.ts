import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {jsonSchema} from '../../schemas/dataset.ts'
import {build} from '../helpers/cli.ts'
import {temporaryFolder} from '../helpers/temporary.ts'
import {runPipeline} from '../helpers/pipeline.ts'

/** Two texts of our own: names with a hint of an entity and no evidence enough, one named in both, one a record in the second. */
const first = '一、概况\n\n甲网站推出了“星零”平台，面向企业。乙公司推出了 Vega，还提到了 Nova 平台。\n'
const second = '一、概况\n\n丙公司也在测试 Nova 平台。Vega（织女）是丁科技于 2019 年推出的区块链平台。\n'

describe('candidates.json', () => {
  it('lists the names with a hint of an entity that no source made a record of, merged across sources, valid against its schema', {timeout: 30_000}, async () => {
    const cwd = await temporaryFolder('candidates-')
    await mkdir(path.join(cwd, 'sources'))
    await writeFile(path.join(cwd, 'sources/a.txt'), first)
    await writeFile(path.join(cwd, 'sources/b.txt'), second)
    expect((await build(cwd)).code).toBe(0)
    const candidates = JSON.parse(await readFile(path.join(cwd, 'out/candidates.json'), 'utf8'))
    const validate = new Ajv2020({strict: false}).compile(jsonSchema('candidates'))
    expect(validate(candidates), JSON.stringify(validate.errors)).toBe(true)
    expect(candidates.candidates.map((candidate: {id: string; name: string; kind: string; mentions: Array<{source: string; line: number}>}) => [candidate.id, candidate.name, candidate.kind, candidate.mentions.map((mention) => `${mention.source}:${mention.line}`)])).toEqual([
      ['candidate-nova', 'Nova', 'platform', ['a:3', 'b:3']]
    ])
    // Vega is a record of the second source, so a candidate of neither; “星零” has its maker, so it is a record
    const dataset = JSON.parse(await readFile(path.join(cwd, 'out/dataset.json'), 'utf8'))
    expect(dataset.platforms.map((record: {name: string}) => record.name).sort()).toEqual(['Vega', '星零'])
    expect(await readFile(path.join(cwd, 'out/.whitepaper-datasets'), 'utf8')).toContain('\ncandidates.json\n')
  })
})

describe('a Latin name as a candidate', () => {
  const candidates = async (text: string) => ((await runPipeline(`# 概况\n\n${text}\n`, 'sources/own.txt', 'own', undefined, [])).file.data.candidates ?? []).map((candidate) => candidate.name)

  it('is a name something was launched as, not a word of the trade, a language, a gloss or part of an English phrase', async () => {
    expect(await candidates('丙公司推出了基于 JAVA 的 Orbit 工具。')).toEqual(['Orbit'])
    expect(await candidates('合作伙伴之间先建立互信（Trust），丙公司随后推出了 Vela 系列。')).toEqual(['Vela'])
    expect(await candidates('丁公司开发了 Proof of Elapsed Time 共识。')).toEqual([])
    expect(await candidates('丁公司开发了 Byzantine Raft 共识。')).toEqual([])
    // an acronym of four letters or fewer is no name: \`ARM\`, \`MIPS\`
    expect(await candidates('可移植到 ARM、MIPS 平台。')).toEqual([])
  })

  it('is a name glossed with a Latin name that no sentence says more of, with words of its own before its head', async () => {
    expect(await candidates('彩色币（Colored Coins）协议尝试在星币上发行资产。点对点网络（Peer Network）很常见。')).toEqual(['彩色币'])
  })

  it('is a Latin name in a list of examples in its clause', async () => {
    expect(await candidates('公证人机制的典型实现包括 Nova 协议与 Vega 的公证节点。')).toEqual(['Nova', 'Vega'])
    // not after the clause that introduced the list ends, nor after \`如\` alone
    expect(await candidates('典型实现包括多种方案，Vega 的节点较多。')).toEqual([])
    expect(await candidates('如 Vega 所示，节点较多。')).toEqual([])
  })

  it('is a name written in both scripts among examples, noted by its name in the script', async () => {
    expect(await candidates('早期较有名的如丁币 Dingbit 和戊坊 Wufang 先后完成了众筹。')).toEqual(['丁币', '戊坊'])
    // \`如果\` introduces no list, and no comma or \`的\` before \`如\` makes it no list's either
    expect(await candidates('其次，如果再引入 Orbit 组件会更慢。')).toEqual([])
    // (with no comma before it, the list names no pair: its Latin name is a candidate of its own)
    expect(await candidates('例如丁币 Dingbit 已经停止。')).toEqual(['Dingbit'])
  })

  it('is listed after a head only names set apart take that words before it make a technique’s, or stands right after one: such a head alone makes no record', async () => {
    expect(await candidates('常见的共识协议包括 Nimbus、Orbit 等。')).toEqual(['Nimbus', 'Orbit'])
    // (a head of no technique lists records: \`结算协议包括…\`, \`钱包包括…\`)
    const settled = await runPipeline('# 概况\n\n常见的结算协议包括 Nimbus、Orbit 等，钱包包括 Quill 等。\n', 'sources/own.txt', 'own', undefined, [])
    expect((settled.file.data.records ?? []).map((record) => [record.name, record.rule])).toEqual([['Nimbus', 'list'], ['Orbit', 'list'], ['Quill', 'list']])
    expect(await candidates('它是跨账本协议 Tessera 的一种实现。')).toEqual(['Tessera'])
    // not a word of the trade, not a Han name, and not a head of a kind's own (that list makes records)
    expect(await candidates('常见的共识协议包括 PBFT、权益证明等。')).toEqual([])
    const {file} = await runPipeline('# 概况\n\n常见的开源平台包括 Nimbus、Orbit 等。\n', 'sources/own.txt', 'own', undefined, [])
    expect((file.data.records ?? []).map((record) => record.name)).toEqual(['Nimbus', 'Orbit'])
  })

  it('is not the bare name of a record named with its kind word', async () => {
    // \`Orion\` before \`联盟\` is a candidate until a sentence says more of the alliance
    expect(await candidates('另有 Orion 联盟。')).toEqual(['Orion'])
    expect(await candidates('另有 Orion 联盟。国际上，Orion 联盟于 2017 年 2 月成立，创始成员包括 Acme 和 Beta Corp。')).toEqual([])
  })
})

describe('a Latin name before an organisation\'s ending', () => {
  it('is no candidate (贡献给 Open Ledger 基金会)', async () => {
    const {file} = await runPipeline('# 概况\n\nCorvid 由 Marlow 公司开发，并于 2019 年贡献给 Open Ledger 基金会。\n', 'sources/own.txt', 'own', undefined, [])
    expect(file.data.candidates?.map((candidate) => candidate.name)).toEqual([])
  })
})
