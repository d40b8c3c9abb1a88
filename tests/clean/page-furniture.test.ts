import {describe, expect, it} from 'vitest'
import {pageAt} from '../../pipeline/clean/page-furniture.ts'
import {runPipeline} from '../helpers/pipeline.ts'

let counter = 0
const body = (n: number) =>
  Array.from({length: n}, () => `这是第${++counter}行正文，内容用来填满一整行的宽度而已`).join('\n')

describe('page furniture', () => {
  for (const [style, format] of [
    ['bare number', (page: number) => String(page)],
    ['dashes', (page: number) => `- ${page} -`],
    ['第 N 页', (page: number) => `第 ${page} 页`],
    ['N / total', (page: number) => `${page} / 60`],
    ['full-width digits', (page: number) => String(page).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))]
  ] as const) {
    it(`finds page numbers written as ${style}, starting anywhere, and not lines that differ in a number`, async () => {
      const input = `${body(4)}\n${format(12)}\n${body(4)}\n${format(13)}\n${body(3)}\n`
      const {file, markdown} = await runPipeline(input)
      expect([...file.data.furnitureLines!].sort((a, b) => a - b)).toEqual([4, 9])
      expect(file.data.document).toEqual({title: null, publisher: null, firstPage: 12, lastPage: 14})
      expect(markdown).not.toContain(format(12))
    })
  }

  it('takes title and publisher from a running header that swaps its parts on even pages', async () => {
    const input = `${body(3)}\n开源软件年度报告 某某软件协会\n7\n${body(3)}\n某某软件协会 开源软件年度报告\n8\n${body(2)}\n`
    const {file} = await runPipeline(input)
    expect(file.data.document).toEqual({title: '开源软件年度报告', publisher: '某某软件协会', firstPage: 7, lastPage: 9})
    expect(file.data.furniture?.map((block) => block.page)).toEqual([7, 8])
  })

  it('takes the title over odd pages and the publisher over even ones, each alone', async () => {
    const input = `${body(3)}\n开源软件年度报告\n7\n${body(3)}\n某某软件协会\n8\n${body(3)}\n开源软件年度报告\n9\n${body(1)}\n`
    const {file, markdown} = await runPipeline(input)
    expect(file.data.document).toEqual({title: '开源软件年度报告', publisher: '某某软件协会', firstPage: 7, lastPage: 10})
    expect(markdown).not.toContain('某某软件协会')
  })

  it('removes a footer that carries the page number in its own words', async () => {
    const input = `${body(3)}\n行业观察 · 第 3 页\n${body(3)}\n行业观察 · 第 4 页\n${body(1)}\n`
    const {file, markdown} = await runPipeline(input)
    expect(file.data.document?.firstPage).toBe(3)
    expect(markdown).not.toContain('行业观察')
  })

  it('reads a lone number that ends the text as the footer of its last page', async () => {
    const {file, markdown} = await runPipeline(`${body(3)}\n37\n`)
    expect(file.data.document).toMatchObject({firstPage: 37, lastPage: 37})
    expect(markdown).not.toContain('37')
  })

  it('keeps a sentence a text without page numbers says twice (no running header ends a sentence), and removes a header it repeats', async () => {
    const line = '区块链技术在各个行业中都有广泛的应用前景和价值，'
    const text = `星河观察报告\n${line}${line}\n${line}${line}\n这是本段的结尾。\n星河观察报告\n${line}${line}\n${line}${line}\n这是本段的结尾。\n`
    const {markdown} = await runPipeline(text, 'sources/report.txt')
    expect(markdown.split('这是本段的结尾。')).toHaveLength(3)
    expect(markdown).not.toContain('星河观察报告')
    // nor a line that ends in a comma, its sentence going on in the next line, said twice lines apart
    const twice = `${line}${line}\n这是开头。\n承建单位：北岸信息公司\n启用日期：2018 年\n${line}${line}\n这是结尾。\n`
    expect((await runPipeline(twice, 'sources/report.txt')).markdown.split(`${line}${line}`)).toHaveLength(3)
  })

  it('leaves a lone number in the text alone when nothing counts up with it', async () => {
    const input = `${body(3)}\n2016\n${body(3)}\n`
    const {file, markdown} = await runPipeline(input)
    expect(file.data.furnitureLines?.size).toBe(0)
    expect(markdown).toContain('2016')
    expect(file.data.document?.firstPage).toBeNull()
    expect(file.messages.map((message) => message.ruleId)).toEqual(['no-page-numbers'])
  })

  it('maps offsets to pages: a block carrying N closes page N, text after the last is on N + 1', () => {
    const map = [
      {page: 4, physicalPage: 1, start: 0, end: 10},
      {page: 5, physicalPage: 2, start: 20, end: 30},
      {page: 6, physicalPage: 3, start: 40, end: 50}
    ]
    expect([0, 9, 15, 20, 35, 49, 60].map((offset) => pageAt(map, offset))).toEqual([4, 4, 5, 5, 6, 6, 6])
    expect(pageAt([], 5)).toBeNull()
  })
})

describe('lines at the edges of pages split by form feeds', () => {
  it('are no furniture when they only share a shape and their numbers do not count the pages (dates ending two pages)', async () => {
    const pages = [body(4), `${body(3)}\n2021 年 6 月`, body(4), `${body(3)}\n2020 年 11 月`, body(4)]
    const {file, markdown} = await runPipeline(`${pages.join('\n\f')}\n`)
    expect([...file.data.furnitureLines!]).toEqual([])
    expect(markdown).toContain('2021 年 6 月')
    expect(markdown).toContain('2020 年 11 月')
  })

  it('are furniture when the same words end every page, or a number in them counts the pages', async () => {
    const pages = [1, 2, 3, 4, 5].map((page) => `${body(3)}\n星河研究院  版权所有  ${page + 2}`)
    const {markdown} = await runPipeline(`${pages.join('\n\f')}\n`)
    expect(markdown).not.toContain('版权所有')
  })
})
