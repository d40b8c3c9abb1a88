import {readFile, stat} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import {promisify} from 'node:util'
import {type Dataset, type Positions, schemaVersion} from '../../schemas/dataset.ts'
import {kindTables, type Snapshot} from './compare-datasets.ts'

/**
 * \`git\`, run for a snapshot of a commit. \`node:child_process\` is loaded on
 * first use: it brings the network and stream modules with it (~5 ms of every
 * build's start, which reads no commit). Required, not imported: the bundled
 * pipeline runs as a script, where \`import()\` has no loader.
 */
function run(file: string, args: string[], options: {cwd: string; maxBuffer: number}) {
  const {execFile} = createRequire(path.join(import.meta.dirname, 'load-snapshot.ts'))('node:child_process') as typeof import('node:child_process')
  return promisify(execFile)(file, args, options)
}

/** Why a path given to the diff cannot be compared: it is missing, or holds no dataset. */
export class SnapshotError extends Error {}

/**
 * A dataset and its positions from a `dataset.json`, an output folder, or a
 * git revision's `out/`. Throws a `SnapshotError` saying what is wrong when
 * `where` is none of these or holds something that is not a dataset.
 */
export async function loadSnapshot(where: string, cwd: string): Promise<Snapshot> {
  const target = path.resolve(cwd, where)
  const info = await stat(target).catch(() => undefined)
  if (info?.isFile()) return fromFiles(where, target, path.join(path.dirname(target), 'positions.json'))
  if (info?.isDirectory()) return fromFiles(where, path.join(target, 'dataset.json'), path.join(target, 'positions.json'))
  const git = (args: string[]) => run('git', args, {cwd, maxBuffer: 256 * 1024 * 1024}).then(({stdout}) => stdout)
  // after --end-of-options a revision that starts with `-` is a revision, never an option
  const revision = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${where}^{commit}`]).catch(() => undefined)
  if (!revision) throw new SnapshotError(`no such file, folder or git revision: ${where}`)
  const show = (file: string) => git(['show', '--end-of-options', `${revision.trim()}:./out/${file}`])
  const text = await show('dataset.json').catch(() => undefined)
  if (text === undefined) throw new SnapshotError(`not a dataset: ${where} (the revision has no out/dataset.json)`)
  const positions = await show('positions.json').then((found) => parseJson(found), () => null)
  return {dataset: checkDataset(parseJson(text), where), positions: checkPositions(positions)}
}

/** The dataset an output folder holds, if it holds one: never a git revision, whatever the folder's name. */
export async function loadOutputFolder(outDir: string): Promise<Snapshot | undefined> {
  return fromFiles(outDir, path.join(outDir, 'dataset.json'), path.join(outDir, 'positions.json')).catch(() => undefined)
}

async function fromFiles(where: string, datasetFile: string, positionsFile: string): Promise<Snapshot> {
  const text = await readFile(datasetFile, 'utf8').catch(() => undefined)
  if (text === undefined) throw new SnapshotError(`not a dataset: ${where} (no ${path.basename(datasetFile)} there)`)
  const dataset = checkDataset(parseJson(text), where)
  const positions = await readFile(positionsFile, 'utf8').then((found) => checkPositions(parseJson(found)), () => null)
  return {dataset, positions}
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** The record lists every dataset has had since version 1 besides its kinds' tables (which it has at least one of). */
const lists = ['sources', 'organizations', 'relations'] as const

/**
 * A parsed `dataset.json` checked for what the diff reads, so that a file of
 * another shape is said to be one instead of breaking the comparison. A
 * dataset without `schemaVersion` is version 1.
 */
export function checkDataset(value: unknown, where: string): Dataset {
  const why = (reason: string) => new SnapshotError(`not a dataset: ${where} (${reason})`)
  if (value === undefined) throw why('not JSON')
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw why('not a JSON object')
  const record = value as Record<string, unknown>
  const version = record.schemaVersion ?? 1
  if (!Number.isInteger(version) || (version as number) < 1 || (version as number) > schemaVersion) throw why(`schemaVersion ${JSON.stringify(version)} is not one this diff reads`)
  for (const list of lists) if (!Array.isArray(record[list])) throw why(`no \`${list}\` list`)
  const tables = kindTables(record)
  if (tables.length === 0) throw why('no list of records of a kind')
  for (const list of [...lists, ...tables]) {
    const items = record[list] as unknown[]
    const bad = items.findIndex((item) => typeof item !== 'object' || item === null || (list !== 'relations' && typeof (item as {id?: unknown}).id !== 'string'))
    if (bad >= 0) throw why(`\`${list}[${bad}]\` is not a record with an id`)
  }
  // a dataset before version 3 has no corrections: none were made
  if ((version as number) < 3) {
    const uncorrected = <T extends object>(items: T[]) => items.map((item) => ({...item, corrected: []}))
    const dataset = value as Record<string, unknown>
    return {...dataset, ...Object.fromEntries([...tables, 'organizations'].map((table) => [table, uncorrected(dataset[table] as object[])])), corrections: []} as unknown as Dataset
  }
  return value as Dataset
}

function checkPositions(value: unknown): Positions | null {
  if (typeof value !== 'object' || value === null) return null
  const record = value as Record<string, unknown>
  return ['organizations', 'relations'].every((list) => typeof record[list] === 'object' && record[list] !== null) ? (value as Positions) : null
}
