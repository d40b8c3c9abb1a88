import {toString} from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {assembleDataset} from '../../pipeline/dataset/assemble-dataset.ts'
import {readSource} from '../../pipeline/read/read-sources.ts'
import {runPipeline} from '../helpers/pipeline.ts'
import {temporaryFolder} from '../helpers/temporary.ts'

/**
 * Input built to make a careless pipeline go quadratic. Each case must finish
 * within the default timeout with a result or a clear message; how fast is for
 * the benchmark to say.
 */
const megabyte = 1_000_000

async function write(text: string): Promise<string> {
  const file = path.join(await temporaryFolder('hostile-'), 'input.txt')
  await writeFile(file, text)
  return file
}

async function survives(input: string) {
  const {file, markdown} = await runPipeline(input)
  const {dataset} = assembleDataset([file])
  return {file, markdown, dataset}
}

describe('hostile text', () => {
  it('a 1 MB line of 、', async () => {
    const {markdown} = await survives(`# 联盟\n## 甲联盟：该联盟由${'、'.repeat(megabyte)}发起。\n`)
    expect(markdown.length).toBeGreaterThan(megabyte)
  })

  it('a 1 MB line of ，', async () => {
    const {markdown} = await survives(`# 平台\n${'，'.repeat(megabyte)}\n`)
    expect(markdown.length).toBeGreaterThan(megabyte)
  })

  it('a 1 MB run of digits, of spaces and of 由', async () => {
    await survives(`# 联盟\n## 甲联盟：${'1'.repeat(megabyte / 4)}家\n`)
    await survives(`# 联盟\n## 甲联盟：由${' '.repeat(megabyte / 4)}x\n`)
    await survives(`# 联盟\n## 甲联盟：${'由'.repeat(megabyte / 4)}\n`)
  })

  it('a sentence of 40,000 clauses, each naming a record after a verb', async () => {
    // (the text before each name grows with the sentence: what ends it is looked for at its end only)
    const {dataset} = await survives(`# 概况\n甲研究院发布了身份服务平台“星证”${'，该平台采用自研的星桥链作为底层'.repeat(40_000)}。\n`)
    expect(dataset.platforms.map((platform) => [platform.name, platform.developers.map((party) => party.name)])).toEqual([['星证', ['甲研究院']], ['星桥链', ['甲研究院']]])
  })

  it('a sentence of 40,000 lists closed by 等 and no comma', async () => {
    // (the list before each 等 is looked for within the characters a list may run over, not back to the sentence's start)
    const {dataset} = await survives(`# 概况\n${'星云联盟、星海联盟等'.repeat(40_000)}。\n`)
    expect(dataset.alliances.map((alliance) => alliance.name).slice(0, 2)).toEqual(['星云联盟', '星海联盟'])
  })

  it('the same runs in a Markdown source', async () => {
    for (const body of ['1'.repeat(megabyte / 4) + '家', `由${' '.repeat(megabyte / 4)}x`, '由'.repeat(megabyte / 4)]) {
      const {file} = await runPipeline(`# 联盟\n## 甲联盟：${body}\n`, 'sources/test.md')
      expect(file.data.markdown).toBe(true)
    }
  })

  it('100,000 headings: refused up front with a clear error', async () => {
    const lines = ['# 区块链联盟']
    for (let index = 0; index < 100_000; index++) lines.push(`## 第${index}联盟：该联盟由甲公司发起，会员超过 ${index} 家。`)
    const file = await readSource(await write(`${lines.join('\n')}\n`), tmpdir())
    const [message] = file.messages
    expect(message?.fatal).toBe(true)
    expect(message?.ruleId).toBe('too-many-headings')
    expect(message?.reason).toContain('100001 headings')
  })

  it('thousands of headings: a result', async () => {
    const lines = ['# 区块链联盟']
    for (let index = 0; index < 3000; index++) lines.push(`## 第${index}联盟：该联盟由甲公司发起，会员超过 ${index} 家。`)
    const {dataset} = await survives(`${lines.join('\n')}\n`)
    expect(dataset.alliances).toHaveLength(3000)
    expect(dataset.organizations).toHaveLength(1)
  })

  it('a 50,000-character name', async () => {
    const name = `${'长'.repeat(50_000)}联盟`
    const {dataset} = await survives(`# 联盟\n## ${name}：该联盟由甲公司发起。\n`)
    expect(dataset.alliances).toHaveLength(1)
  })

  it('keeps raw HTML and Markdown syntax as the text it was', async () => {
    const body = '由<script>alert(1)</script>和 *乙* 与 [x](y) 及 `丙` 推出。'
    const {markdown} = await survives(`# 平台\n## 甲平台：${body}\n`)
    const tree = unified().use(remarkParse).parse(markdown)
    const kinds = new Set<string>()
    visit(tree, (node) => {
      kinds.add(node.type)
    })
    expect([...kinds].sort()).toEqual(['heading', 'paragraph', 'root', 'text'])
    expect(toString(tree.children[2])).toBe(body)
  })
})
