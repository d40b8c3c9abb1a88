import {readFile, readdir} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {build} from '../../pipeline/build.ts'

/**
 * One measurement in a process of its own, so its peak memory is its own:
 * `parse` (remark-parse alone, one core), `one-core` and `all-cores` (the
 * whole build, no cache), `no-op` (a rebuild with a warm cache). Prints
 * milliseconds and peak resident memory as JSON.
 */
const [mode, cwd] = process.argv.slice(2) as [string, string]
const sources = path.join(cwd, 'sources')
let milliseconds: number

if (mode === 'parse') {
  const files = (await readdir(sources)).sort()
  const parser = unified().use(remarkParse)
  parser.parse(await readFile(path.join(sources, files[0]!), 'utf8'))
  const started = performance.now()
  for (const file of files) parser.parse(await readFile(path.join(sources, file), 'utf8'))
  milliseconds = performance.now() - started
} else {
  const options = {inputs: ['sources'], outDir: 'out', check: false, cwd}
  // load what a build loads lazily, so the timing is of the work and not of reading modules
  await Promise.all([import('../../pipeline/index.ts'), import('../../pipeline/assemble-dataset.ts'), import('../../pipeline/write-xlsx.ts'), import('exceljs'), import('jszip')])
  if (mode === 'no-op') await build({...options, cache: true})
  const started = performance.now()
  const result = await build(
    mode === 'one-core' ? {...options, workers: 0, cache: false} : mode === 'all-cores' ? {...options, cache: false, workers: availableParallelism()} : {...options, cache: true}
  )
  milliseconds = performance.now() - started
  if (result.code !== 0) throw new Error(`build failed in ${cwd}`)
}
process.stdout.write(`${JSON.stringify({milliseconds, peakRss: process.resourceUsage().maxRSS * 1024})}\n`)
