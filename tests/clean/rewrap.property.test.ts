import {readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {entryPages, runPipeline} from '../helpers/pipeline.ts'
import {rewrap} from '../helpers/rewrap.ts'

const seed = readFileSync(path.join(import.meta.dirname, '../fixtures/seed/output.md'), 'utf8')
const header: [string, string] = ['“物联网+区块链”应用与发展白皮书', '中国通信标准化协会']
const squeeze = (text: string) => text.replace(/\s+/g, '')
const headings = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('#'))

describe('rewrapping the seed', () => {
  it('at any width from 15 to 60, with two or more page breaks anywhere, leaves the cleaned text unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({min: 15, max: 60}),
        fc.uniqueArray(fc.double({min: 0, max: 0.95, noNaN: true}), {minLength: 2, maxLength: 6}),
        fc.integer({min: 1, max: 400}),
        async (width, breaks, firstPage) => {
          const input = rewrap(seed, {width, breaks, firstPage, header})
          const {markdown, file, tree} = await runPipeline(input)
          expect(squeeze(markdown)).toBe(squeeze(seed))
          expect(headings(markdown)).toEqual(headings(seed))
          expect(file.data.document?.title).toBe(header[0])
          expect(file.data.document?.publisher).toBe(header[1])
          expect(entryPages(tree, file)).toHaveLength(11)
        }
      ),
      {numRuns: 40}
    )
  })

  it('restores every paragraph exactly at the usual widths', async () => {
    for (const width of [15, 20, 25, 30, 40, 50, 60]) {
      const {markdown} = await runPipeline(rewrap(seed, {width, breaks: [0.3, 0.6], firstPage: 1, header}))
      expect(markdown, `width ${width}`).toBe(seed)
    }
  })

  it('keeps the page of every entry when the layout is the seed’s own width', async () => {
    const input = rewrap(seed, {width: 30, breaks: [0.3, 0.6], firstPage: 7, header})
    const {tree, file} = await runPipeline(input)
    const pages = entryPages(tree, file).map((entry) => entry.page)
    expect(pages[0]).toBe(7)
    expect(pages[pages.length - 1]).toBe(9)
    expect(file.data.document).toMatchObject({firstPage: 7, lastPage: 9})
  })
})
