import {stat} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import pMap from 'p-map'
import {VFile} from 'vfile'
import type {Dataset} from '../schemas/dataset.ts'
import {type Changes, compareDatasets} from './compare-datasets.ts'
import {loadSnapshot} from './load-snapshot.ts'
import {addMessages, processFile, type SourceResult, toVFile} from './process-source.ts'
import {listSources, readSource} from './read-sources.ts'
import {cacheKey, manifestKey, readCached, upToDate, writeCached, writeManifest} from './source-cache.ts'
import {processInPool} from './worker-pool.ts'
import {differingOutputs, fileConcurrency, type Outputs, writeOutputs} from './write-out.ts'

export interface BuildOptions {
  /** Source files or folders, relative to `cwd`. */
  inputs: string[]
  /** Output folder, relative to `cwd`. */
  outDir: string
  /** Compare with the output folder instead of writing it. */
  check: boolean
  cwd: string
  /** Threads for the sources: 0 or 1 processes them on the main thread; by default one per core past 8 MB to process, else 0. */
  workers?: number
  /** Reuse sources processed before by the same pipeline (default true). */
  cache?: boolean
  /** Called when a source is done, with how many are done and the bytes read so far. */
  onProgress?: (done: number, total: number, bytes: number) => void
}

export interface BuildResult {
  /** 0 when all went well, 1 when a source has an error or `--check` found a difference. */
  code: number
  files: VFile[]
  outputs: Outputs
  /** With `check`: the output files that differ from what the build would write. */
  differing: string[]
  /** The built dataset, when the build got that far. */
  dataset?: Dataset
  /** What changed in the facts against the output folder the build replaced, when it had a dataset. */
  changes?: Changes
  /** No source changed since the build that wrote the output folder, which is as that build left it: nothing was written. */
  upToDate?: boolean
}

/** Read every source, run the pipeline over each, and write (or check) the outputs. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const files: VFile[] = []
  const outputs: Outputs = new Map()
  const outDir = path.resolve(options.cwd, options.outDir)
  const sources = await listSources(options.inputs, options.cwd)
  if (sources.length === 0) {
    const file = new VFile({path: options.inputs.join(' '), cwd: options.cwd})
    fail(file, `No source found in \`${options.inputs.join(' ')}\`, expected \`.txt\` files`, 'no-sources')
    return {code: 1, files: [file], outputs, differing: []}
  }
  const useCache = options.cache ?? true
  const keys = useCache ? await pMap(sources, (source) => cacheKey(source, options.cwd), {concurrency: fileConcurrency}) : []
  const manifest = useCache && keys.every(Boolean) ? await manifestKey(keys as string[], outDir) : undefined
  const recorded = manifest && !options.check ? await upToDate(manifest, outDir) : undefined
  if (recorded) {
    for (const source of recorded) {
      const file = new VFile({path: source.path, cwd: options.cwd})
      addMessages(file, source.messages)
      files.push(file)
    }
    return {code: 0, files, outputs, differing: [], upToDate: true}
  }
  const results = await processSources(sources, keys, options)
  for (const result of results) files.push(toVFile(result, options.cwd))
  if (files.some(failed)) return {code: 1, files, outputs, differing: []}

  const {assembleDataset, datasetTables, writeCsv, writeDatapackage, writeJson, writeXlsx} = await loadWriters()
  const {dataset, positions} = assembleDataset(files)
  for (const file of files) outputs.set(`${file.data.id}.md`, String(file.value))
  outputs.set('dataset.json', writeJson(dataset))
  outputs.set('positions.json', writeJson(positions))
  const tables = datasetTables(dataset)
  for (const [name, content] of writeCsv(tables)) outputs.set(name, content)
  outputs.set('dataset.xlsx', await writeXlsx(tables))
  outputs.set('datapackage.json', writeDatapackage(tables))

  if (options.check) {
    const differing = await differingOutputs(outDir, outputs)
    return {code: differing.length > 0 ? 1 : 0, files, outputs, differing}
  }
  const previous = await loadSnapshot(outDir, options.cwd).catch(() => undefined)
  const changes = previous ? compareDatasets(previous, {dataset, positions}) : undefined
  try {
    await writeOutputs(outDir, outputs)
    if (manifest) await writeManifest(manifest, outputs, files)
  } catch (error) {
    const file = new VFile({path: options.outDir, cwd: options.cwd})
    fail(file, `Cannot write the output folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'unwritable-output')
    return {code: 1, files: [...files, file], outputs, differing: []}
  }
  return {code: 0, files, outputs, differing: [], dataset, changes}
}

/** Sources read ahead of the one being processed. */
const readAhead = 8

/** Below this many bytes to process, starting worker threads costs more than it saves. */
const poolWorthwhile = 8_000_000

/**
 * Every source processed, in the order of `sources`: from the cache when the
 * same pipeline processed the same bytes before, on worker threads when there
 * is more than one source to process and more than one core, else here.
 */
async function processSources(sources: readonly string[], keys: ReadonlyArray<string | undefined>, options: BuildOptions): Promise<SourceResult[]> {
  const useCache = keys.length > 0
  const results: Array<SourceResult | undefined> = useCache
    ? await pMap(keys, (key) => (key ? readCached(key) : undefined), {concurrency: fileConcurrency})
    : sources.map(() => undefined)
  const missing = sources.map((_, index) => index).filter((index) => !results[index])
  const total = sources.length
  let done = total - missing.length
  let bytes = 0
  const progress = (index: number) => {
    done++
    bytes += Buffer.byteLength(results[index]?.markdown ?? '')
    options.onProgress?.(done, total, bytes)
  }
  const sizes = await pMap(missing, (index) => stat(sources[index]!).then((info) => info.size, () => 0), {concurrency: fileConcurrency})
  const missingBytes = sizes.reduce((a, b) => a + b, 0)
  const workers = Math.min(options.workers ?? (missingBytes >= poolWorthwhile ? availableParallelism() : 0), missing.length)
  const pooled =
    workers > 1 &&
    (await processInPool(missing.map((index) => sources[index]!), options.cwd, workers, (position) => progress(missing[position]!)).then(
      (fresh) => {
        fresh.forEach((result, position) => (results[missing[position]!] = result))
        return true
      },
      // a pool that cannot start or breaks down leaves the work to this thread
      () => false
    ))
  if (!pooled) {
    // read a few sources ahead, so the disk works while this thread processes
    const reads = new Map<number, Promise<VFile>>()
    for (const [position, index] of missing.entries()) {
      for (let ahead = position; ahead < Math.min(position + readAhead, missing.length); ahead++) {
        if (!reads.has(ahead)) reads.set(ahead, readSource(sources[missing[ahead]!]!, options.cwd))
      }
      const file = await reads.get(position)!
      reads.delete(position)
      results[index] = await processFile(file)
      progress(index)
    }
  }
  if (useCache) {
    await pMap(missing, (index) => (keys[index] ? writeCached(keys[index]!, results[index]!) : undefined), {concurrency: fileConcurrency})
  }
  return results as SourceResult[]
}

/** The assembly and the writers, loaded only by a build that has something to write or check. */
async function loadWriters() {
  const [{assembleDataset}, {datasetTables, writeCsv}, {writeDatapackage}, {writeJson}, {writeXlsx}] = await Promise.all([
    import('./assemble-dataset.ts'),
    import('./write-csv.ts'),
    import('./write-datapackage.ts'),
    import('./write-json.ts'),
    import('./write-xlsx.ts')
  ])
  return {assembleDataset, datasetTables, writeCsv, writeDatapackage, writeJson, writeXlsx}
}

function failed(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true)
}

function fail(file: VFile, reason: string, ruleId: string) {
  const message = file.message(reason, {place: {line: 1, column: 1}, ruleId, source: 'build'})
  message.fatal = true
}

declare module 'vfile' {
  interface DataMap {
    /** The source's id, from its file name. */
    id: string
  }
}
