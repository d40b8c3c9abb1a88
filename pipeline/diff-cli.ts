import {execFile} from 'node:child_process'
import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs, promisify} from 'node:util'
import type {Dataset, Positions} from '../schemas/dataset.ts'
import {compareDatasets, factsChanged, type Snapshot} from './compare-datasets.ts'
import {type Format, formatChanges} from './format-changes.ts'

const run = promisify(execFile)
const usage = 'Usage: npm run diff -- OLD [NEW] [--format text|md|json]\n  OLD, NEW: a dataset.json, an output folder, or a git revision (its out/); NEW defaults to out/'

/** A dataset and its positions from a `dataset.json`, an output folder, or a git revision's `out/`. */
export async function loadSnapshot(where: string, cwd: string): Promise<Snapshot> {
  const target = path.resolve(cwd, where)
  const info = await stat(target).catch(() => undefined)
  if (info?.isFile()) return fromFiles(target, path.join(path.dirname(target), 'positions.json'))
  if (info?.isDirectory()) return fromFiles(path.join(target, 'dataset.json'), path.join(target, 'positions.json'))
  const show = (file: string) => run('git', ['show', `${where}:./out/${file}`], {cwd, maxBuffer: 256 * 1024 * 1024}).then(({stdout}) => stdout)
  const dataset = JSON.parse(await show('dataset.json')) as Dataset
  const positions = await show('positions.json').then((text) => JSON.parse(text) as Positions, () => null)
  return {dataset, positions}
}

async function fromFiles(datasetFile: string, positionsFile: string): Promise<Snapshot> {
  const dataset = JSON.parse(await readFile(datasetFile, 'utf8')) as Dataset
  const positions = await readFile(positionsFile, 'utf8').then((text) => JSON.parse(text) as Positions, () => null)
  return {dataset, positions}
}

async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({args: argv, allowPositionals: true, options: {format: {type: 'string', default: 'text'}}})
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`)
    return 2
  }
  const format = parsed.values.format as Format
  const [old, now = 'out', ...rest] = parsed.positionals
  if (!old || rest.length > 0 || !['text', 'md', 'json'].includes(format)) {
    process.stderr.write(`${usage}\n`)
    return 2
  }
  let before: Snapshot
  let after: Snapshot
  try {
    before = await loadSnapshot(old, process.cwd())
    after = await loadSnapshot(now, process.cwd())
  } catch (error) {
    process.stderr.write(`Cannot read a dataset: ${(error as Error).message.split('\n')[0]}\n${usage}\n`)
    return 2
  }
  const changes = compareDatasets(before, after)
  process.stdout.write(formatChanges(changes, format))
  return factsChanged(changes) ? 1 : 0
}

process.exitCode = await main(process.argv.slice(2))
