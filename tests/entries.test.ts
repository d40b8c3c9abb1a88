import {describe, expect, it} from 'vitest'
import {runPipeline} from './helpers/pipeline.ts'

const headings = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('#'))

describe('entries', () => {
  for (const marker of ['——', '—', '-', '●', '•', '1.', '（二）', '3）', '(4)', '']) {
    it(`takes the marker ${JSON.stringify(marker)} and the separator off an entry heading`, async () => {
      const {markdown} = await runPipeline(`# 联盟\n## ${marker}某某联盟(Some Alliance): 该联盟由甲公司发起。\n`)
      expect(headings(markdown)).toEqual(['# 联盟', '## 某某联盟(Some Alliance)'])
      expect(markdown).toContain('\n该联盟由甲公司发起。\n')
    })
  }

  it('reads a marked line without `#` as an entry after a sentence end', async () => {
    const {markdown} = await runPipeline('# 平台\n常见的平台如下：\n● 甲平台：由乙公司推出。\n')
    expect(headings(markdown)).toEqual(['# 平台', '## 甲平台'])
  })

  it('keeps a section number in a section heading', async () => {
    const {markdown} = await runPipeline('# 一、区块链联盟\n## 甲联盟：正文。\n')
    expect(headings(markdown)).toEqual(['# 一、区块链联盟', '## 甲联盟'])
  })

  it('warns about an entry with no name before its separator and keeps its text', async () => {
    const {markdown, file} = await runPipeline('# 联盟\n## ——：该联盟由甲公司发起。\n')
    const [message] = file.messages
    expect(message?.ruleId).toBe('entry-without-name')
    expect(message?.line).toBe(2)
    expect(markdown).toContain('该联盟由甲公司发起')
  })
})
