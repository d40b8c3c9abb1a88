import type {KnownEntity} from '../lexicon/zh/index.ts'
import {createHash} from 'node:crypto'
import {lstat, realpath, stat} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import pMap from 'p-map'
import {VFile} from 'vfile'
import type {Dataset, Positions} from '../../schemas/dataset.ts'
import type {Row} from '../write/write-csv.ts'
import {cellLimit} from '../write/write-xlsx.ts'
import {orphanCorrections, refuseCorrections} from '../dataset/corrections/find-corrections.ts'
import {readCorrections} from '../dataset/corrections/read-corrections.ts'
import type {SourceText} from '../clean/source-text.ts'
import {type Changes, compareDatasets} from '../diff/compare-datasets.ts'
import {loadOutputFolder} from '../diff/load-snapshot.ts'
import {addMessages, processFile, processSource, type SourceResult, toVFile} from './process-source.ts'
import type {BuildOptions, ProcessSettings} from './options.ts'

export type {BuildOptions} from './options.ts'
import {listSources, type Source, sourceExtensions} from '../read/list-sources.ts'
import {formatByName} from '../read/document-formats.ts'
import {assembleCandidates} from '../dataset/candidates.ts'
import {kinds, type Registry} from '../dataset/kinds.ts'
import {namesAcrossSources} from './across-sources.ts'
import {defaultLanguage} from '../lexicon/default.ts'
import {useLanguage} from '../lexicon/language.ts'
import {knownFileName, readKnownFile} from './known-file.ts'
import {refuseOutput} from './output-guard.ts'
import {outputClash} from './output-paths.ts'
import {lockOutput} from './output-lock.ts'
import {readSource} from '../read/read-sources.ts'
import {messagesJson} from '../write/report.ts'
import {cacheKey, isCached, manifestKey, readCached, sweepCache, upToDate, writeCached, writeManifest} from './source-cache.ts'
import {processInPool} from './worker-pool.ts'
import {defaultMemoryLimit, isolateFrom, processIsolated} from './isolated-source.ts'
import {fileConcurrency, OutputFolder} from './write-out.ts'

export interface BuildResult {
  /** 0 when all went well, 1 when a source has an error, another build holds the output folder or `--check` found a difference, 2 for a usage error. */
  code: number
  /** Why the build did not start, in one line naming the argument or files (a usage error, or the output folder held by another build). */
  refused?: string
  files: VFile[]
  /** How many output files the build wrote or checked. */
  outputCount: number
  /** With `check`: the output files that differ from what the build would write. */
  differing: string[]
  /** The built dataset, when the build got that far. */
  dataset?: Dataset
  /** What changed in the facts against the output folder the build replaced, when it had a dataset. */
  changes?: Changes
  /** No source changed since the build that wrote the output folder, which is as that build left it: nothing was written. */
  upToDate?: boolean
}

/**
 * Read every source, run the pipeline over each, and write (or check) the
 * outputs. Each source's Markdown is written as soon as the source is done
 * and its records join the dataset, so its text does not stay in memory.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  // the pack the review pages and corrections read with, whether or not a source is processed
  useLanguage(defaultLanguage)
  const files: VFile[] = []
  const refused = await refuseOutput(options.outDir, options.cwd, options.inputs, options.check)
  if (refused) return {code: 2, refused, files, outputCount: 0, differing: []}
  // an output folder that is a symbolic link is written where it points: the link stays as it is
  const named = path.resolve(options.cwd, options.outDir)
  const outDir = (await lstat(named).catch(() => undefined))?.isSymbolicLink() ? await realpath(named).catch(() => named) : named
  const listed = await listSources(options.inputs, options.cwd)
  if ('clash' in listed) {
    const [first, second] = listed.clash.map((file) => path.relative(options.cwd, file))
    const refused = `${first} and ${second} both have the id \`${listed.id}\`: rename one of them [duplicate-source-id]`
    return {code: 2, refused, files, outputCount: 0, differing: []}
  }
  const {sources} = listed
  // documents among the sources that are not read: each said, with what to do, on every build
  const unread = [...listed.unread.map((absolute) => unreadDocument(absolute, sources, options.cwd)), ...listed.converted.map(([text, pdf]) => convertedText(text, pdf, options.cwd))]
  const clash = outputClash(sources, options.kinds ?? kinds)
  if (clash) {
    const refused = `${path.relative(options.cwd, clash.source.absolute)}: its output ${options.outDir}/${clash.output} cannot be written, ${options.outDir}/${clash.taken} takes its place: rename the source or its folder [output-path-taken]`
    return {code: 2, refused, files, outputCount: 0, differing: []}
  }
  if (sources.length === 0) {
    const file = new VFile({path: options.inputs.join(' '), cwd: options.cwd})
    const endings = sourceExtensions.map((ending) => `\`${ending}\``).join(', ')
    fail(file, `No source found in \`${options.inputs.join(' ')}\`, expected files ending in ${endings} (hidden files are skipped)`, 'no-sources')
    return {code: 1, files: [file], outputCount: 0, differing: []}
  }
  if (options.corrections !== undefined) {
    const refused = await refuseCorrections(options.corrections, options.cwd, options.outDir, options.inputs)
    if (refused) return {code: 2, refused, files, outputCount: 0, differing: []}
  }
  if (options.check) return buildLocked(sources, outDir, options, unread)
  let lock
  try {
    lock = await lockOutput(outDir, {wait: options.lockWait})
  } catch (error) {
    return unwritable(error, options, files)
  }
  if ('heldBy' in lock) {
    return {code: 1, refused: `another build (pid ${lock.heldBy}) is writing ${options.outDir}; this build wrote nothing`, files, outputCount: 0, differing: []}
  }
  try {
    return await buildLocked(sources, outDir, options, unread)
  } finally {
    await lock.release()
  }
}

/** The build itself, once the output folder is this build's alone (or only checked). */
async function buildLocked(sources: Source[], outDir: string, options: BuildOptions, unread: readonly VFile[]): Promise<BuildResult> {
  const files: VFile[] = [...unread]
  const useCache = options.cache ?? true
  // a curator's corrections: read first, so a file that is not right stops the build before it writes anything
  const correctionsFolder = options.corrections === undefined ? undefined : path.resolve(options.cwd, options.corrections)
  const registry = options.kinds ?? kinds
  const corrections = (await pMap(sources, (source) => readCorrections(source, correctionsFolder, options.cwd, registry), {concurrency: fileConcurrency})).filter((found) => found !== undefined)
  if (corrections.some(({file}) => failed(file))) return {code: 1, files: corrections.map(({file}) => file), outputCount: 0, differing: []}
  const orphans = await orphanCorrections(sources, options.inputs, correctionsFolder, options.cwd)
  const known = await userKnown(options)
  if (known && failed(known.file)) return {code: 1, files: [known.file], outputCount: 0, differing: []}
  const settings: ProcessSettings = {known: options.known ?? true, ...(known && known.entities.length > 0 ? {extraKnown: known.entities} : {}), ...(options.kinds ? {kinds: options.kinds} : {})}
  const keys = useCache ? await pMap(sources, (source) => cacheKey(source, options.cwd, settings), {concurrency: fileConcurrency}) : []
  // the corrections decide the outputs as much as the sources do, and a corrections file of no source is warned of on every build
  const correctionKeys = [
    ...corrections.map(({sourceId, file}) => `${sourceId}\0${createHash('sha256').update(String(file.value)).digest('hex')}`),
    ...orphans.map((file) => `orphan\0${file.path}`),
    ...unread.map((file) => `unread\0${file.path}`)
  ]
  const manifest = useCache && keys.every(Boolean) ? await manifestKey([...(keys as string[]), ...correctionKeys], outDir) : undefined
  const recorded = manifest && !options.check ? await upToDate(manifest, outDir) : undefined
  if (recorded) {
    // the manifest holds every message of the build that wrote the folder, those of documents not read included
    files.length = 0
    for (const source of recorded) {
      const file = new VFile({path: source.path, cwd: options.cwd})
      addMessages(file, source.messages)
      files.push(file)
    }
    return {code: 0, files, outputCount: 0, differing: [], upToDate: true}
  }

  let folder: OutputFolder | undefined
  try {
    folder = await OutputFolder.open(outDir, options.check)
    const {DatasetAssembly, datasetTables, writeCsv, writeDatapackage, writeJson, writeXlsx, writeReview, applyCorrections, SourceText, validateDataset} = await loadWriters()
    const assembly = new DatasetAssembly(registry)
    /** Each source's cleaned text, block by block, for its review page and its corrections (used once the dataset is whole). */
    const texts = new Map<string, SourceText>()
    let failures = 0
    /** Each source's candidates, merged once the dataset is whole. */
    const candidateLists: Array<NonNullable<VFile['data']['candidateList']>> = []
    await processAcrossSources(sources, keys, options, settings, registry, async (result) => {
      const file = toVFile(result, options.cwd)
      files.push(file)
      if (failed(file)) failures++
      if (failures > 0) return
      assembly.add(file)
      texts.set(result.id, new SourceText({id: result.id, blocks: result.blocks ?? [], lineStarts: result.lineStarts ?? [], pageMap: result.pageMap ?? []}))
      await folder!.add(`${file.data.id}.md`, String(file.value))
      // the dataset holds what it keeps of the source; the build needs no more of it than its messages
      file.value = ''
      candidateLists.push(file.data.candidateList ?? [])
      file.data = {id: file.data.id, setApart: file.data.setApart}
    })
    if (failures > 0) {
      await folder.discard()
      return {code: 1, files, outputCount: 0, differing: []}
    }

    const {dataset, positions} = assembly.finish()
    applyCorrections(dataset, positions, corrections, texts, registry)
    files.push(...corrections.map(({file}) => file), ...orphans)
    if (corrections.length > 0) {
      // a correction may give a name the dataset's schema does not take (a line break in it): said at the file, and nothing is written
      const {valid, errors} = await validateDataset(dataset, registry)
      if (!valid) {
        for (const error of errors.slice(0, 5)) fail(corrections[0]!.file, `Unexpected dataset after the corrections: \`${error.instancePath}\` ${error.message ?? 'is not valid'}`, 'invalid-correction')
        await folder.discard()
        return {code: 1, files, outputCount: 0, differing: []}
      }
    }
    await folder.add('dataset.json', writeJson(dataset))
    await folder.add('positions.json', writeJson(positions))
    const tables = datasetTables(dataset, registry)
    for (const [name, content] of writeCsv(tables)) await folder.add(name, content)
    await folder.add('dataset.xlsx', await writeXlsx(tables, (table, row, column, length) => warnCut(files, positions, table, row, column, length)))
    await folder.add('datapackage.json', writeDatapackage(tables, registry))
    await folder.add('candidates.json', writeJson(assembleCandidates(candidateLists, dataset, registry)))
    const reviewSources = files.flatMap((file) => {
      const text = file.data.id === undefined ? undefined : texts.get(file.data.id)
      if (!text) return []
      const own = corrections.find(({sourceId}) => sourceId === text.data.id)
      return [{
        ...text.data,
        path: file.path,
        title: file.data.document?.title ?? null,
        messages: file.messages,
        stale: (own?.file.messages ?? []).map(({reason, line, column, ruleId, fatal}) => ({reason, line, column, ruleId, fatal, file: own!.file.path})),
        applied: dataset.corrections.filter((entry) => entry.source === text.data.id && entry.status === 'applied').length
      }]
    })
    for (const [name, content] of writeReview(reviewSources, dataset, positions, registry)) await folder.add(name, content)
    await folder.add('messages.json', messagesJson(files))

    if (options.check) {
      const differing = await folder.differences()
      return {code: differing.length > 0 ? 1 : 0, files, outputCount: folder.size, differing}
    }
    const previous = await loadOutputFolder(outDir)
    const changes = previous ? compareDatasets(previous, {dataset, positions}) : undefined
    const left = await folder.commit()
    if (manifest) {
      await writeManifest(manifest, folder.hashes, files)
      await sweepCache()
    }
    // said once, by this build: not part of what a later build with nothing to do says again
    if (left.length > 0) {
      const [aside, ...others] = left
      const file = new VFile({path: path.join(path.dirname(options.outDir), aside!), cwd: options.cwd})
      file.message(`Unexpected files no build wrote in the previous output (${others.slice(0, 5).join(', ')}${others.length > 5 ? ` and ${others.length - 5} more` : ''}), added while this build ran: they were kept in this folder; move them and remove it`, {
        place: {line: 1, column: 1},
        ruleId: 'kept-files',
        source: 'build'
      })
      files.push(file)
    }
    return {code: 0, files, outputCount: folder.size, differing: [], dataset, changes}
  } catch (error) {
    await folder?.discard().catch(() => undefined)
    return unwritable(error, options, files)
  }
}

/**
 * A failed system call is the output folder's fault, said as such with the
 * path it failed on; anything else is a bug of the build, said as an
 * `internal-error` (its stack shown with `--verbose`), never a crash.
 */
function unwritable(error: unknown, options: BuildOptions, files: VFile[]): BuildResult {
  const {code, syscall, path: at} = error as NodeJS.ErrnoException
  const file = new VFile({path: options.outDir, cwd: options.cwd})
  if (syscall) {
    fail(file, `Cannot write the output folder: ${code ?? syscall}${at ? ` at ${path.relative(options.cwd, at)}` : ''}`, 'unwritable-output')
  } else {
    fail(file, `Unexpected failure while writing the outputs (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}), expected them written: this is a bug of the build, please report it`, 'internal-error')
    file.messages.at(-1)!.stack = (error as Error).stack ?? ''
  }
  return {code: 1, files: [...files, file], outputCount: 0, differing: []}
}

/**
 * A PDF, Word file or HTML page found among the sources, which the build
 * does not read: a warning saying what it is and what to do, or that its
 * converted text beside it is read instead.
 */
function unreadDocument(absolute: string, sources: readonly Source[], cwd: string): VFile {
  const file = new VFile({path: path.relative(cwd, absolute), cwd})
  const format = formatByName(absolute)!
  const stem = absolute.slice(0, absolute.length - path.extname(absolute).length)
  const converted = sources.find((source) => source.absolute.slice(0, source.absolute.length - path.extname(source.absolute).length) === stem)
  const reason = converted
    ? `Unexpected ${format.what} among the sources, expected text: it is left out, and its converted text \`${path.relative(cwd, converted.absolute)}\` is read`
    : `Unexpected ${format.what} among the sources, expected text: it is left out; ${format.todo}`
  file.message(reason, {place: {line: 1, column: 1}, ruleId: 'unsupported-source', source: 'list-sources'})
  return file
}

/** A text beside the PDF it was converted from: left out, said on every build, since the PDF is read. */
function convertedText(text: string, pdf: string, cwd: string): VFile {
  const file = new VFile({path: path.relative(cwd, text), cwd})
  file.message(`Unexpected text beside the PDF \`${path.relative(cwd, pdf)}\` it was converted from, expected one source of a document: the PDF is read and this text left out; remove it, or move it elsewhere to build it alone`, {
    place: {line: 1, column: 1},
    ruleId: 'converted-text-ignored',
    source: 'list-sources'
  })
  return file
}

/**
 * The user's list of known entities: the file \`--known\` names, else
 * \`known-entities.yaml\` in the first source folder given; none with
 * \`--known none\` or when there is no such file.
 */
async function userKnown(options: BuildOptions): Promise<{file: VFile; entities: KnownEntity[]} | undefined> {
  if (options.known === false) return undefined
  if (options.knownFile !== undefined) return readKnownFile(path.resolve(options.cwd, options.knownFile), options.cwd, options.kinds)
  for (const input of options.inputs) {
    const folder = path.resolve(options.cwd, input)
    if (!(await stat(folder).catch(() => undefined))?.isDirectory()) continue
    const beside = path.join(folder, knownFileName)
    return (await stat(beside).catch(() => undefined)) ? readKnownFile(beside, options.cwd, options.kinds) : undefined
  }
  return undefined
}

/** Below this many bytes to process, starting worker threads costs more than it saves. */
const poolWorthwhile = 8_000_000

/**
 * Every source processed and handed to `consume` one at a time, in the order
 * of `sources`: from the cache when the same pipeline processed the same
 * bytes before, on worker threads when there is much to process and more
 * than one core, else here.
 */
/**
 * Every source read, then read again with the names of other sources' records
 * it mentions and has no record of (\`across-sources.ts\`), and handed to
 * \`consume\` in order. A build of one source reads it once and hands it on
 * as soon as it is read.
 */
async function processAcrossSources(
  sources: readonly Source[],
  keys: ReadonlyArray<string | undefined>,
  options: BuildOptions,
  settings: ProcessSettings,
  registry: Registry,
  consume: (result: SourceResult) => Promise<void>
): Promise<void> {
  if (sources.length < 2) return processSources(sources, keys, options, settings, consume)
  const results: SourceResult[] = []
  await processSources(sources, keys, options, settings, async (result) => {
    results.push(result)
  })
  const across = namesAcrossSources(results, registry)
  for (const [index, result] of results.entries()) {
    const names = across[index]!
    if (names.length === 0 || result.messages.some((message) => message.fatal === true)) {
      await consume(result)
      continue
    }
    // read again the way it was read first (from the cache, in a worker or a process of its own), under a key of its own
    const again: ProcessSettings = {...settings, acrossSources: names}
    const key = keys[index] === undefined ? undefined : await cacheKey(sources[index]!, options.cwd, again)
    await processSources([sources[index]!], [key], options, again, consume)
  }
}

async function processSources(
  sources: readonly Source[],
  keys: ReadonlyArray<string | undefined>,
  options: BuildOptions,
  settings: ProcessSettings,
  consume: (result: SourceResult) => Promise<void>
): Promise<void> {
  const cached = await pMap(sources, (_, index) => (keys[index] ? isCached(keys[index]!) : false), {concurrency: fileConcurrency})
  const missing = sources.map((_, index) => index).filter((index) => !cached[index])
  const total = sources.length
  let done = 0
  let bytes = 0
  const progress = (result: SourceResult) => {
    done++
    bytes += Buffer.byteLength(result.markdown)
    options.onProgress?.(done, total, bytes)
  }
  const fresh = async (index: number, result: SourceResult) => {
    // a source stopped for its memory is tried again on the next build (with another limit, it may pass)
    if (keys[index] && !result.messages.some((message) => message.ruleId === 'out-of-memory')) await writeCached(keys[index]!, result)
  }

  // results of sources processed elsewhere wait here until every source before them is consumed
  const ready = new Map<number, SourceResult>()
  let nextOut = 0
  let draining: Promise<void> = Promise.resolve()
  const drain = async () => {
    while (nextOut < total) {
      let result = ready.get(nextOut)
      if (!result && cached[nextOut]) {
        result = (await readCached(keys[nextOut]!)) ?? (await processSource(sources[nextOut]!, options.cwd, settings))
        progress(result)
      }
      if (!result) return
      ready.delete(nextOut)
      nextOut++
      await consume(result)
      // let finished writes be seen, so the disk goes on with the next ones while this thread works
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  const deliver = (index: number, result: SourceResult) => {
    ready.set(index, result)
    progress(result)
    draining = draining.then(() => fresh(index, result)).then(drain)
  }

  const sizes = await pMap(missing, (index) => stat(sources[index]!.absolute).then((info) => info.size, () => 0), {concurrency: fileConcurrency})
  // large sources on a thread whose memory is bounded, while the others are processed here or in the pool
  const received = new Set<number>()
  const large = missing.filter((_, position) => sizes[position]! >= isolateFrom)
  const small = missing.filter((_, position) => sizes[position]! < isolateFrom)
  const isolated = processIsolated(large.map((index) => sources[index]!), options.cwd, options.memoryLimit ?? defaultMemoryLimit, (position, result) => {
    received.add(large[position]!)
    deliver(large[position]!, result)
  }, settings).catch(
    // a thread that cannot start (no bundle) leaves its sources to this one
    () => undefined
  )
  const smallBytes = sizes.filter((size) => size < isolateFrom).reduce((a, b) => a + b, 0)
  const workers = Math.min(options.workers ?? (smallBytes >= poolWorthwhile ? availableParallelism() : 0), small.length)
  if (workers > 1) {
    await processInPool(small.map((index) => sources[index]!), options.cwd, workers, (position, result) => {
      received.add(small[position]!)
      deliver(small[position]!, result)
    }, settings).catch(
      // a pool that cannot start or breaks down leaves the rest of the work to this thread
      () => undefined
    )
  }
  const left = small.filter((index) => !received.has(index))
  const processHere = async (index: number) => {
    deliver(index, await processFile(await readSource(sources[index]!.absolute, options.cwd), sources[index]!.id, settings))
    // let the results before this one be consumed before the next source, so they do not pile up
    await draining
  }
  for (const index of left) await processHere(index)
  await isolated
  for (const index of large.filter((index) => !received.has(index))) await processHere(index)
  draining = draining.then(drain)
  await draining
}

/** The assembly and the writers, loaded only by a build that has something to write or check. */
async function loadWriters() {
  const [{DatasetAssembly}, {datasetTables, writeCsv}, {writeDatapackage}, {writeJson}, {writeXlsx}, {writeReview}] = await Promise.all([
    import('../dataset/assemble-dataset.ts'),
    import('../write/write-csv.ts'),
    import('../write/write-datapackage.ts'),
    import('../write/write-json.ts'),
    import('../write/write-xlsx.ts'),
    import('../write/review/write-review.ts')
  ])
  const [{applyCorrections}, {SourceText}, {validateDataset}] = await Promise.all([
    import('../dataset/corrections/apply-corrections.ts'),
    import('../clean/source-text.ts'),
    import('../dataset/validate.ts')
  ])
  return {DatasetAssembly, datasetTables, writeCsv, writeDatapackage, writeJson, writeXlsx, writeReview, applyCorrections, SourceText, validateDataset}
}

/** A warning, at the record's place in its source, that its cell in the workbook was cut. */
function warnCut(files: readonly VFile[], positions: Positions, table: string, row: Row, column: string, length: number) {
  const id = String(row.id ?? '')
  const kind = table as keyof Positions
  const at = positions[kind]?.[id] ?? Object.values(positions).map((byId) => byId[id]).find(Boolean)
  const file = files.find((candidate) => candidate.data.id === (at?.source ?? row.source)) ?? files[0]!
  file.message(
    `Unexpected ${length} characters in the \`${column}\` cell of \`${id}\` in the ${table} sheet, expected at most ${cellLimit}: the workbook holds it cut, the JSON and CSV whole`,
    {place: at ? {line: at.line, column: at.column} : undefined, ruleId: 'cell-too-long', source: 'write-xlsx'}
  )
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
