import {execFile} from 'node:child_process'
import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {promisify} from 'node:util'
import type {Dataset, Positions} from '../schemas/dataset.ts'
import type {Snapshot} from './compare-datasets.ts'

const run = promisify(execFile)

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

/** The dataset an output folder holds, if it holds one: never a git revision, whatever the folder's name. */
export async function loadOutputFolder(outDir: string): Promise<Snapshot | undefined> {
  return fromFiles(path.join(outDir, 'dataset.json'), path.join(outDir, 'positions.json')).catch(() => undefined)
}

async function fromFiles(datasetFile: string, positionsFile: string): Promise<Snapshot> {
  const dataset = JSON.parse(await readFile(datasetFile, 'utf8')) as Dataset
  const positions = await readFile(positionsFile, 'utf8').then((text) => JSON.parse(text) as Positions, () => null)
  return {dataset, positions}
}

