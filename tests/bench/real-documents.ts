import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {Root} from 'mdast'
import {DatasetAssembly} from '../../pipeline/dataset/assemble-dataset.ts'
import {createProcessor} from '../../pipeline/index.ts'
import {defaultLanguage} from '../../pipeline/lexicon/default.ts'
import {writeReview} from '../../pipeline/write/review/write-review.ts'
import {textBlocks} from '../../pipeline/clean/text-blocks.ts'

/** Milliseconds of `work`, median of `runs`, after one warm-up run. */
function median(work: () => unknown, runs = 5): number {
  work()
  const times: number[] = []
  for (let round = 0; round < runs; round++) {
    const started = performance.now()
    work()
    times.push(performance.now() - started)
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!
}

/**
 * Whole real white papers of the development corpus (`../shared/corpus`),
 * in process, warm, median of 5: remark-parse alone against the whole
 * pipeline over the same text, and the review page of what it read
 * (with a paper of over 150 pages). Rows of a Markdown table.
 */
export function realDocuments(root: string): string[] {
  const corpus = path.join(root, '../shared/corpus')
  if (!existsSync(corpus)) return []
  const rows: string[] = []
  const parser = unified().use(remarkParse)
  const processor = createProcessor({language: defaultLanguage})
  const documents: Array<[string, string]> = []
  for (const folder of readdirSync(corpus, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    for (const name of readdirSync(path.join(corpus, folder)).filter((file) => /\.(txt|md)$/u.test(file) && !file.startsWith('gold')).sort()) {
      documents.push([`${folder}/${name}`, readFileSync(path.join(corpus, folder, name), 'utf8')])
    }
  }
  // a paper of 150 pages and more: the longest form-feed document, twice over
  const longest = documents.filter(([, text]) => text.includes('\f')).sort((a, b) => b[1].length - a[1].length)[0]
  if (longest) documents.push([`${longest[0]} ×2`, `${longest[1]}\f${longest[1]}`])
  for (const [name, text] of documents) {
    const parse = median(() => parser.parse(text))
    let file = new VFile()
    let tree: Root = {type: 'root', children: []}
    const whole = median(() => {
      file = new VFile({path: name, value: text})
      file.data.id = 'bench'
      tree = processor.runSync(processor.parse(file), file) as Root
      processor.stringify(tree, file)
    })
    // the review page of the same document, from what the build keeps of it
    const assembly = new DatasetAssembly()
    assembly.add(file)
    const {dataset, positions} = assembly.finish()
    const source = {
      id: 'bench', path: name, title: null, blocks: textBlocks(tree, file), lineStarts: (file.data.lines ?? []).map((line) => line.start), pageMap: file.data.pageMap ?? [],
      messages: file.messages, stale: [], applied: 0
    }
    const review = median(() => writeReview([source], dataset, positions))
    const pages = file.data.pageMap?.at(-1)?.physicalPage ?? 0
    rows.push(`| ${name} | ${(Buffer.byteLength(text) / 1e3).toFixed(0)} | ${pages} | ${parse.toFixed(0)} | ${whole.toFixed(0)} | ${(whole / parse).toFixed(2)} | ${review.toFixed(0)} |`)
  }
  return ['| document | KB | pages | remark-parse ms | whole pipeline ms | pipeline ÷ parse | review pages ms |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows]
}
