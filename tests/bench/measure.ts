import {readFile, readdir} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import {Worker} from 'node:worker_threads'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {build} from '../../pipeline/build/build.ts'

/**
 * One measurement in a process of its own, so its peak memory is its own:
 * `parse` (remark-parse alone, one core), `parse-two-threads` (remark-parse
 * on this thread and a worker at once, each over every file: how far this
 * machine's cores scale), `one-core` and `all-cores` (the whole build, no
 * cache), `no-op` (a rebuild with a warm cache). Prints milliseconds and peak
 * resident memory as JSON.
 */
const [mode, cwd] = process.argv.slice(2) as [string, string]
const sources = path.join(cwd, 'sources')
let milliseconds: number
const extra: Record<string, number> = {}

if (mode === 'parse-two-threads') {
  const files = (await readdir(sources)).sort().map((file) => path.join(sources, file))
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')))
  const parser = unified().use(remarkParse)
  const parseAll = () => texts.forEach((text) => parser.parse(text))
  const worker = new Worker(
    `const {parentPort, workerData} = require('node:worker_threads')
     const {readFileSync} = require('node:fs')
     Promise.all([import(workerData.unified), import(workerData.remarkParse)]).then(([{unified}, {default: remarkParse}]) => {
       const texts = workerData.files.map((file) => readFileSync(file, 'utf8'))
       const parser = unified().use(remarkParse)
       texts.forEach((text) => parser.parse(text))
       parentPort.postMessage('ready')
       parentPort.once('message', () => {
         texts.forEach((text) => parser.parse(text))
         parentPort.postMessage('done')
       })
     })`,
    {eval: true, workerData: {files, unified: import.meta.resolve('unified'), remarkParse: import.meta.resolve('remark-parse')}}
  )
  parseAll()
  await new Promise((resolve) => worker.once('message', resolve))
  const alone = performance.now()
  parseAll()
  extra.alone = performance.now() - alone
  const started = performance.now()
  const theirs = new Promise((resolve) => worker.once('message', resolve))
  worker.postMessage('go')
  parseAll()
  await theirs
  milliseconds = performance.now() - started
  await worker.terminate()
} else if (mode === 'parse') {
  const files = (await readdir(sources)).sort()
  const parser = unified().use(remarkParse)
  parser.parse(await readFile(path.join(sources, files[0]!), 'utf8'))
  const started = performance.now()
  for (const file of files) parser.parse(await readFile(path.join(sources, file), 'utf8'))
  milliseconds = performance.now() - started
} else {
  const options = {inputs: ['sources'], outDir: 'out', check: false, cwd}
  // load what a build loads lazily, so the timing is of the work and not of reading modules
  await Promise.all([import('../../pipeline/index.ts'), import('../../pipeline/dataset/assemble-dataset.ts'), import('../../pipeline/write/write-xlsx.ts'), import('fflate')])
  if (mode === 'no-op') await build({...options, cache: true})
  const started = performance.now()
  const result = await build(
    mode === 'one-core' ? {...options, workers: 0, cache: false} : mode === 'all-cores' ? {...options, cache: false, workers: availableParallelism()} : {...options, cache: true}
  )
  milliseconds = performance.now() - started
  if (result.code !== 0) throw new Error(`build failed in ${cwd}`)
}
process.stdout.write(`${JSON.stringify({milliseconds, peakRss: process.resourceUsage().maxRSS * 1024, ...extra})}\n`)
