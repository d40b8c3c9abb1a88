import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {assembleDataset} from '../pipeline/dataset/assemble-dataset.ts'
import {placeOf} from '../pipeline/read/source-lines.ts'
import {readSource} from '../pipeline/read/read-sources.ts'
import {entryPages, runFile, runPipeline} from './helpers/pipeline.ts'

/**
 * Every folder under tests/fixtures is a case: `input.txt` is the raw text
 * (`input.md` a Markdown source, `input.pdf` a PDF, whose text as read is
 * `extracted.txt`),
 * `output.md` the cleaned Markdown and `document.json` the document facts and
 * entry pages the pipeline must give. `UPDATE=1` rewrites the expectations:
 * read them in the diff before committing.
 */
const root = path.join(import.meta.dirname, 'fixtures')
const update = Boolean(process.env.UPDATE)

function expectFile(file: string, actual: string) {
  if (update || !existsSync(file)) writeFileSync(file, actual)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

describe('fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, async () => {
      const folder = path.join(root, name)
      const inputName = ['input.pdf', 'input.md', 'input.txt'].find((candidate) => existsSync(path.join(folder, candidate)))!
      const {file, tree, markdown} = inputName === 'input.pdf' ? await runPdf(folder) : await runPipeline(readFileSync(path.join(folder, inputName), 'utf8'), `tests/fixtures/${name}/${inputName}`)
      expectFile(path.join(folder, 'output.md'), markdown)
      // lines of the raw source: a line read as two columns is still one raw line
      const rawLine = (index: number) => placeOf(file).toPoint(file.data.lines![index]!.start)!.line
      const furnitureLines = [...new Set([...(file.data.furnitureLines ?? [])].map(rawLine))].sort((a, b) => a - b)
      const messages = file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)
      const setApart = file.data.setApart ?? {}
      // what the cleaned text leaves out or writes otherwise (the contents become a list): raw lines, as furnitureLines
      const leftOut = [...(file.data.outline ?? new Map())]
        .filter(([, read]) => read.kind === 'apart' && (read.what === 'debris' || read.what === 'cover' || read.what === 'contents'))
        .map(([index]) => rawLine(index))
      const leftOutLines = [...new Set(leftOut)].sort((a, b) => a - b)
      const document = {...file.data.document, furnitureLines, leftOutLines, entries: entryPages(tree, file), setApart, messages}
      expectFile(path.join(folder, 'document.json'), `${JSON.stringify(document, null, 2)}\n`)
      const {dataset, positions} = assembleDataset([file])
      const {alliances, platforms, organizations, relations} = dataset
      expectFile(path.join(folder, 'dataset.json'), `${JSON.stringify({alliances, platforms, organizations, relations, positions}, null, 2)}\n`)
    })
  }
})

/** A PDF fixture read as the build reads it: its text is an expectation too. */
async function runPdf(folder: string) {
  const file = await readSource(path.join(folder, 'input.pdf'), path.join(import.meta.dirname, '..'))
  file.data.id = 'test'
  expect(file.messages.filter((message) => message.fatal).map(String)).toEqual([])
  expectFile(path.join(folder, 'extracted.txt'), String(file.value))
  return runFile(file)
}
