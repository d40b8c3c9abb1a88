import {readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {assembleDataset} from '../../pipeline/dataset/assemble-dataset.ts'
import {createProcessor} from '../../pipeline/index.ts'
import {decode} from '../../pipeline/read/decode-text.ts'
import {validateDataset} from '../../pipeline/dataset/validate.ts'

const seed = readFileSync(path.join(import.meta.dirname, '../../sources/iot-blockchain-whitepaper.txt'), 'utf8')
const processor = createProcessor()

/** The whole pipeline over bytes, as the build runs it: decode, clean, extract, assemble. */
async function pipeline(bytes: Uint8Array) {
  const decoded = decode(bytes)
  if ('error' in decoded) return {messages: [], lines: 1}
  const value = decoded.text.replace(/\r\n?/g, '\n')
  const file = new VFile({path: 'sources/fuzz.txt', value})
  file.data.id = 'fuzz'
  await processor.process(file)
  if (!file.messages.some((message) => message.fatal)) {
    const {dataset} = assembleDataset([file])
    const {valid, errors} = await validateDataset(dataset)
    expect(valid, JSON.stringify(errors)).toBe(true)
  }
  return {messages: file.messages, lines: value.split('\n').length}
}

function positionsInside({messages, lines}: Awaited<ReturnType<typeof pipeline>>) {
  for (const message of messages) {
    expect(message.line).toBeGreaterThanOrEqual(1)
    expect(message.line).toBeLessThanOrEqual(lines)
    expect(message.column).toBeGreaterThanOrEqual(1)
  }
}

/** Text built from the pieces this kind of source is made of. */
const piece = fc.constantFrom(
  '\n', '# ', '## ', '——', '●', '1. ', '（二）', '：', ':', '，', '。', '、', '由', '发起', '联合成立', '推出', '联盟', '平台',
  '超过', '多', '家', '会员', '2017 年', '二〇一八年三月', '截至', '该联盟', '美国', '日本', 'Sprint', '（', '）', '(', ')',
  '49', '- 7 -', '第 3 页', '“白皮书” 协会', ' ', '等公司', '和', '及', '基础上', '研发', '吸引了', '参与', '<b>', '*', '`'
)

describe('the pipeline under fuzzing', () => {
  it('never throws, never writes an invalid dataset, and places every message inside the file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({unit: 'grapheme', maxLength: 400}).map((text) => new TextEncoder().encode(text)),
          fc.uint8Array({maxLength: 400}),
          fc.array(piece, {maxLength: 120}).map((pieces) => new TextEncoder().encode(pieces.join(''))),
          fc
            .tuple(fc.nat(seed.length), fc.nat(seed.length), fc.string({maxLength: 20}))
            .map(([from, to, insert]) => new TextEncoder().encode(seed.slice(0, Math.min(from, to)) + insert + seed.slice(Math.max(from, to))))
        ),
        async (bytes) => positionsInside(await pipeline(bytes))
      ),
      {numRuns: 120}
    )
  }, 120_000)
})
