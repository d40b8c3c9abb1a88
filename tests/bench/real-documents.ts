import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {createProcessor} from '../../pipeline/index.ts'

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
 * pipeline over the same text. Rows of a Markdown table.
 */
export function realDocuments(root: string): string[] {
  const corpus = path.join(root, '../shared/corpus')
  if (!existsSync(corpus)) return []
  const rows: string[] = []
  const parser = unified().use(remarkParse)
  const processor = createProcessor()
  for (const folder of readdirSync(corpus, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    for (const name of readdirSync(path.join(corpus, folder)).filter((file) => /\.(txt|md)$/u.test(file)).sort()) {
      const text = readFileSync(path.join(corpus, folder, name), 'utf8')
      const parse = median(() => parser.parse(text))
      const whole = median(() => {
        const file = new VFile({path: name, value: text})
        file.data.id = 'bench'
        processor.stringify(processor.runSync(processor.parse(file), file), file)
      })
      rows.push(`| ${folder}/${name} | ${(Buffer.byteLength(text) / 1e3).toFixed(0)} | ${parse.toFixed(0)} | ${whole.toFixed(0)} | ${(whole / parse).toFixed(2)} |`)
    }
  }
  return ['| document | KB | remark-parse ms | whole pipeline ms | pipeline ÷ parse |', '| --- | --- | --- | --- | --- |', ...rows]
}
