import {describe, expect, it} from 'vitest'
import {runPipeline} from '../helpers/pipeline.ts'

const line = '区块链技术在各个行业中都有广泛的应用前景和价值，'

describe('paragraphs', () => {
  it('ends a paragraph at a short line that ends a sentence', async () => {
    const {markdown} = await runPipeline(`${line}\n${line}\n这是结尾。\n${line}\n${line}\n最后。\n`)
    expect(markdown.trim().split('\n\n')).toHaveLength(2)
  })

  it('does not end a paragraph at a full line that happens to end a sentence', async () => {
    const {markdown} = await runPipeline(`${line}\n${line.slice(0, -1)}。\n${line}\n${line}\n最后。\n`)
    expect(markdown.trim().split('\n\n')).toHaveLength(1)
  })

  it('puts every paragraph on one line', async () => {
    const {markdown} = await runPipeline(`${line}\n${line}\n${line}\n结尾。\n`)
    expect(markdown.trim().split('\n')).toHaveLength(1)
  })
})
