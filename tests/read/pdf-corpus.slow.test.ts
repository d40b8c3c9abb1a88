import {execFile} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {promisify} from 'node:util'
import type {Heading} from 'mdast'
import {describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build/build.ts'
import {readSource} from '../../pipeline/read/read-sources.ts'
import {runFile} from '../helpers/pipeline.ts'
import {corpusFolder, needsCorpus, temporaryFolder} from '../helpers/temporary.ts'

const run = promisify(execFile)
const present = existsSync(corpusFolder)
const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '')

/** A build of one file into a fresh folder: its dataset and positions. */
async function built(file: string) {
  const cwd = await temporaryFolder('pdf-corpus-')
  const result = await build({inputs: [file], outDir: 'out', check: false, cwd, workers: 0, cache: false})
  expect(result.code, result.files.flatMap((one) => one.messages.filter((message) => message.fatal).map(String)).join('\n')).toBe(0)
  return {out: path.join(cwd, 'out'), positions: JSON.parse(readFileSync(path.join(cwd, 'out/positions.json'), 'utf8')) as Record<string, Record<string, Place>>}
}

interface Place {
  page: number | null
  physicalPage: number | null
  facts?: Record<string, Place>
}

/** The F1 the scorer of the development corpus gives a dataset. */
async function score(out: string, gold: string): Promise<number> {
  const {stdout} = await run('python3', [path.join(corpusFolder, '../tools/score.py'), path.join(out, 'dataset.json'), gold])
  return Number(/F1 ([\d.]+)/u.exec(stdout)![1])
}

/**
 * The development corpus's PDFs built from the PDF itself: each scores at
 * least what the better of its `pdftotext` texts scores, and every fact is on
 * the same printed and physical page as the text pipeline places it.
 */
describe.skipIf(!present)(needsCorpus('a development PDF read directly', present), {timeout: 120_000}, () => {
  for (const document of ['miit-2016-whitepaper', 'fisco-2017-platform-survey', 'bubi-2016-product-whitepaper']) {
    it(`${document}: scores as its better pdftotext text does, with the same pages for every fact`, async () => {
      const folder = path.join(corpusFolder, document)
      const gold = path.join(folder, 'gold.json')
      const fromPdf = await built(path.join(folder, 'source.pdf'))
      const texts = await Promise.all(['pdftotext.txt', 'pdftotext-layout.txt'].map((name) => built(path.join(folder, name))))
      const scores = await Promise.all(texts.map((text) => score(text.out, gold)))
      expect(await score(fromPdf.out, gold)).toBeGreaterThanOrEqual(Math.max(...scores))
      const text = texts[0]!
      let compared = 0
      for (const [table, places] of Object.entries(fromPdf.positions)) {
        for (const [id, place] of Object.entries(places)) {
          const other = text.positions[table]?.[id]
          if (!other) continue
          for (const [pointer, at] of [['', place] as const, ...Object.entries(place.facts ?? {})]) {
            const there = pointer === '' ? other : other.facts?.[pointer]
            if (!there) continue
            expect([at.page, at.physicalPage], `${table} ${id} ${pointer}`).toEqual([there.page, there.physicalPage])
            compared++
          }
        }
      }
      expect(compared).toBeGreaterThan(0)
    })
  }

  for (const [document, entries] of [['miit-2016-whitepaper', 70], ['fisco-2017-platform-survey', 10]] as const) {
  it(`${document}: its contents entries are headings at the levels of their numbering`, async () => {
    const file = await readSource(path.join(corpusFolder, document, 'source.pdf'), corpusFolder)
    file.data.id = document
    const {tree} = await runFile(file)
    const contents = file.data.contents ?? []
    expect(contents.length).toBeGreaterThan(entries)
    const headings = tree.children.filter((node): node is Heading => node.type === 'heading')
    const byText = new Map(headings.map((node) => [squeeze(node.children.map((child) => ('value' in child ? child.value : '')).join('')), node.depth]))
    const found = contents.filter((entry) => {
      const number = entry.number?.replace(/^[a-z-]+:/, '')
      const depth = byText.get(squeeze(entry.style === 'cn' ? `${number}、${entry.title}` : `${number ?? ''}${entry.title}`))
      const expected = entry.style === 'cn' || entry.style === 'unnumbered' ? 1 : Number(entry.style?.slice('arabic-'.length))
      return depth === expected
    })
    expect(found.length / contents.length).toBeGreaterThanOrEqual(0.85)
  })
  }
})
