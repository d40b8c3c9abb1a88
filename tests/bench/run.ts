import {execFile} from 'node:child_process'
import {mkdir, mkdtemp, readdir, rm, writeFile} from 'node:fs/promises'
import {availableParallelism, cpus, tmpdir, totalmem} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import {processSource} from '../../pipeline/build/process-source.ts'
import {rewrap} from '../helpers/rewrap.ts'
import {realDocuments} from './real-documents.ts'
import {pdfDocuments} from './pdf-documents.ts'
import {wholeProcess} from './whole-process.ts'

/**
 * `npm run bench [-- --quick]`: builds corpora from `sources/` (every source
 * rewrapped at several widths and renumbered; scale k has k times as many
 * documents of the same sizes, and one very long document apart) and measures
 * on the same files remark-parse alone, the whole build on one core and on all
 * cores, and a no-op rebuild. Prints a Markdown table.
 */
const run = promisify(execFile)
const quick = process.argv.includes('--quick')
/** `--keep`: leave the generated corpora in place (their folder is printed) to profile them. */
const keep = process.argv.includes('--keep')
const root = path.join(import.meta.dirname, '../..')
const scales = quick ? [1, 4] : [1, 4, 16]
const documentsAt1 = quick ? 8 : 32
const longBytes = quick ? 1_000_000 : 10_000_000
const widths = [18, 26, 34, 48]
const loader = pathToFileURL(path.join(root, 'node_modules/tsx/dist/esm/index.mjs')).href

interface Seed {
  markdown: string
  header: [string, string]
}

async function seeds(): Promise<Seed[]> {
  const folder = path.join(root, 'sources')
  const found: Seed[] = []
  for (const name of (await readdir(folder)).sort()) {
    const result = await processSource(path.join(folder, name), root)
    const {title, publisher} = result.document ?? {title: null, publisher: null}
    found.push({markdown: result.markdown, header: [title ?? 'White paper', publisher ?? 'Publisher']})
  }
  return found
}

/** Document `index` of a corpus: a seed laid out at one of the widths, its pages numbered from where the last left off. */
function document(seed: Seed, index: number, firstPage: number): string {
  const breaks = Array.from({length: 6}, (_, page) => (page + 1) / 7)
  return rewrap(seed.markdown, {width: widths[index % widths.length]!, breaks, firstPage, header: seed.header})
}

async function corpus(folder: string, texts: string[]) {
  await mkdir(path.join(folder, 'sources'), {recursive: true})
  await Promise.all(texts.map((text, index) => writeFile(path.join(folder, 'sources', `doc-${String(index).padStart(5, '0')}.txt`), text)))
  return texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
}

async function measure(mode: string, folder: string): Promise<{milliseconds: number; peakRss: number; alone?: number}> {
  await rm(path.join(folder, 'out'), {recursive: true, force: true})
  const {stdout} = await run(process.execPath, ['--import', loader, path.join(import.meta.dirname, 'measure.ts'), mode, folder], {maxBuffer: 1 << 26})
  return JSON.parse(stdout.trim().split('\n').pop()!)
}

/** Wall time of a whole command, median of `runs`, as a user at a terminal sees it (node's start and npm's included). */
async function wall(command: string, args: string[], runs = 3): Promise<number> {
  const times: number[] = []
  for (let round = 0; round < runs; round++) {
    const started = performance.now()
    await run(command, args, {cwd: root, maxBuffer: 1 << 26})
    times.push(performance.now() - started)
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
/** `npm run build` over a corpus, with its output folder beside it. */
const npmBuild = (folder: string, ...options: string[]) => wall(npm, ['run', '--silent', 'build', '--', path.join(folder, 'sources'), '--out', path.join(folder, 'out'), ...options])

const mb = (bytes: number) => bytes / 1e6
const fixed = (value: number, digits = 2) => value.toFixed(digits)

const base = await mkdtemp(path.join(tmpdir(), 'bench-'))
const found = await seeds()
const rows: string[] = []
const results: Record<number, {bytes: number; parse: number; oneCore: number; rss: number}> = {}
for (const scale of scales) {
  const texts = Array.from({length: documentsAt1 * scale}, (_, index) => document(found[index % found.length]!, index, 1 + index * 7))
  const folder = path.join(base, `scale-${scale}`)
  const bytes = await corpus(folder, texts)
  const parse = await measure('parse', folder)
  const oneCore = await measure('one-core', folder)
  const allCores = await measure('all-cores', folder)
  const noOp = await measure('no-op', folder)
  await npmBuild(folder, '--workers', '0') // the cache and out/ as this command leaves them
  const noOpCommand = await npmBuild(folder)
  results[scale] = {bytes, parse: parse.milliseconds, oneCore: oneCore.milliseconds, rss: oneCore.peakRss}
  rows.push(
    `| ${scale}× | ${texts.length} | ${fixed(mb(bytes))} | ${fixed(mb(bytes) / (parse.milliseconds / 1000))} | ` +
      `${fixed(oneCore.milliseconds / parse.milliseconds)} | ${fixed(allCores.milliseconds / parse.milliseconds)} | ` +
      `${fixed(mb(bytes) / (allCores.milliseconds / 1000))} | ${Math.round(noOp.milliseconds)} | ${fixed(noOpCommand / 1000)} | ${Math.round(mb(oneCore.peakRss))} |`
  )
}

const longTexts: string[] = []
let longSize = 0
for (let index = 0, page = 1; longSize < longBytes; index++, page += 7) {
  const text = document(found[index % found.length]!, index, page)
  longTexts.push(text)
  longSize += Buffer.byteLength(text)
}
const longFolder = path.join(base, 'long')
await mkdir(path.join(longFolder, 'sources'), {recursive: true})
await writeFile(path.join(longFolder, 'sources', 'long.txt'), longTexts.join(''))
const longParse = await measure('parse', longFolder)
const longBuild = await measure('one-core', longFolder)

const largest = path.join(base, `scale-${scales[scales.length - 1]}`)
const threads = await measure('parse-two-threads', largest)
const threadsAlone = threads.alone ?? Number.NaN

const seedOut = path.join(base, 'seed-out')
const seedCold = await wall(npm, ['run', '--silent', 'build', '--', '--no-cache', '--out', seedOut])
await wall(npm, ['run', '--silent', 'build', '--', '--out', seedOut], 1)
const seedNoOp = await wall(npm, ['run', '--silent', 'build', '--', '--out', seedOut])

const first = results[scales[0]!]!
const last = results[scales[scales.length - 1]!]!
const lines = [
  `Machine: ${cpus()[0]?.model ?? 'unknown'}, ${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}${quick ? ' (--quick)' : ''}`,
  '',
  '| corpus | documents | MB | remark-parse MB/s | one core ÷ parse | all cores ÷ parse | all cores MB/s | no-op rebuild ms | no-op `npm run build` s | peak MB (one core) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
  '',
  `Growth ${scales[0]}× → ${scales[scales.length - 1]}×: time ${fixed(last.oneCore / first.oneCore, 1)}× for ${fixed(last.bytes / first.bytes, 1)}× the text; peak memory ${fixed(last.rss / first.rss)}×.`,
  `Two threads parsing the ${scales[scales.length - 1]}× corpus at once: each at ${Math.round((100 * threadsAlone) / threads.milliseconds)}% of its speed alone, ${fixed((2 * threadsAlone) / threads.milliseconds)}× the throughput of one; work that takes one core t seconds cannot take less than ${fixed(threads.milliseconds / (2 * threadsAlone))} t on both here.`,
  `\`npm run build\` on sources/ (wall time, median of 3): ${fixed(seedCold / 1000)} s with nothing cached (\`--no-cache\`), ${fixed(seedNoOp / 1000)} s when nothing changed.`,
  `One long document of ${fixed(mb(longSize), 1)} MB (${longTexts.length * 7} pages): remark-parse ${fixed(longParse.milliseconds / 1000, 1)} s, whole build ${fixed(longBuild.milliseconds / 1000, 1)} s (${fixed(longBuild.milliseconds / longParse.milliseconds)}× parse), peak ${Math.round(mb(longBuild.peakRss))} MB with the default heap.`
]
const real = realDocuments(root)
if (real.length > 0) lines.push('', 'Whole real white papers (`../shared/corpus`), in process, warm, median of 5:', '', ...real)
const smallFolder = path.join(base, 'small', 'sources')
await corpus(path.join(base, 'small'), Array.from({length: quick ? 40 : 400}, (_, index) => document(found[index % found.length]!, index, 1 + index * 7)))
const whole = await wholeProcess(root, base, smallFolder)
lines.push('', 'Whole processes side by side (nothing cached, median of 5): remark-parse alone against a build of the same text:', '', ...whole)
const pdfs = await pdfDocuments(root, base)
if (pdfs.length > 0) lines.push('', 'PDFs read directly against `pdftotext` and a build of its text (whole processes, nothing cached, median of 3):', '', ...pdfs)
process.stdout.write(`${lines.join('\n')}\n`)
if (keep) process.stdout.write(`Corpora kept in ${base}\n`)
else await rm(base, {recursive: true, force: true})
