import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {Heading, Paragraph} from 'mdast'
import {describe, expect, it} from 'vitest'
import {assembleDataset} from '../../pipeline/dataset/assemble-dataset.ts'
import {runPipeline} from '../helpers/pipeline.ts'
import {needsCorpus} from '../helpers/temporary.ts'

/**
 * Whole documents of the development corpus (`../shared/corpus`, read in
 * place: they are third-party texts), in both `pdftotext` modes: the table of
 * contents becomes the outline, and nothing of it is left in the prose.
 */
const corpus = path.join(import.meta.dirname, '../../../shared/corpus')
const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '')
const textOf = (node: Heading | Paragraph) => node.children.map((child) => ('value' in child ? child.value : '')).join('')

describe.skipIf(!existsSync(corpus))(needsCorpus('a whole white paper', existsSync(corpus)), {timeout: 30_000}, () => {
  for (const mode of ['pdftotext', 'pdftotext-layout']) {
    it(`${mode}: its contents entries are headings at the levels of their numbering, and no contents line is in a paragraph`, async () => {
      const input = readFileSync(path.join(corpus, 'miit-2016-whitepaper', `${mode}.txt`), 'utf8')
      const {file, tree} = await runPipeline(input, `miit/${mode}.txt`)
      const contents = file.data.contents ?? []
      expect(contents.length).toBeGreaterThan(70)
      const headings = tree.children.filter((node): node is Heading => node.type === 'heading')
      const byText = new Map(headings.map((node) => [squeeze(textOf(node)), node.depth]))
      const found = contents.filter((entry) => {
        const number = entry.number?.replace(/^[a-z-]+:/, '')
        const written = squeeze(entry.style === 'cn' ? `${number}、${entry.title}` : `${number ?? ''}${entry.title}`)
        const depth = byText.get(written)
        if (depth === undefined) return false
        const expected = entry.style === 'cn' || entry.style === 'unnumbered' ? 1 : Number(entry.style!.slice('arabic-'.length))
        return depth === expected
      })
      expect(found.length / contents.length).toBeGreaterThanOrEqual(0.85)
      const prose = tree.children.filter((node): node is Paragraph => node.type === 'paragraph' && !node.data?.role).map(textOf)
      expect(prose.filter((text) => /(?:…|\.{3,}|·{3,})\s*\d{1,3}(?:$|\s)/u.test(text))).toEqual([])
    })
  }

  for (const document of ['miit-2016-whitepaper', 'fisco-2017-platform-survey']) {
    for (const mode of ['pdftotext', 'pdftotext-layout']) {
      it(`${document}, ${mode}: every place is on the physical page its form feeds say`, async () => {
        const input = readFileSync(path.join(corpus, document, `${mode}.txt`), 'utf8')
        const {file} = await runPipeline(input, `${document}/${mode}.txt`)
        const {positions} = assembleDataset([file])
        const places = Object.values(positions).flatMap((byKey) => Object.values(byKey))
        expect(places.length).toBeGreaterThan(0)
        for (const place of places) {
          const formFeeds = input.slice(0, place.offset).split('\f').length
          expect(place.physicalPage, `${place.line}:${place.column}`).toBe(formFeeds)
        }
      })
    }
  }
})
