import path from 'node:path'
import {VFile} from 'vfile'
import type {Dataset} from '../schemas/dataset.ts'
import {assembleDataset} from './assemble-dataset.ts'
import {type Changes, compareDatasets} from './compare-datasets.ts'
import {createProcessor} from './index.ts'
import {loadSnapshot} from './load-snapshot.ts'
import {listSources, readSource, sourceId} from './read-sources.ts'
import {datasetTables, writeCsv} from './write-csv.ts'
import {writeDatapackage} from './write-datapackage.ts'
import {writeJson} from './write-json.ts'
import {writeXlsx} from './write-xlsx.ts'
import {differingOutputs, type Outputs, writeOutputs} from './write-out.ts'

export interface BuildOptions {
  /** Source files or folders, relative to `cwd`. */
  inputs: string[]
  /** Output folder, relative to `cwd`. */
  outDir: string
  /** Compare with the output folder instead of writing it. */
  check: boolean
  cwd: string
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
}

/** Read every source, run the pipeline over each, and write (or check) the outputs. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const processor = createProcessor()
  const files: VFile[] = []
  const outputs: Outputs = new Map()
  const outDir = path.resolve(options.cwd, options.outDir)
  const sources = await listSources(options.inputs, options.cwd)
  if (sources.length === 0) {
    const file = new VFile({path: options.inputs.join(' '), cwd: options.cwd})
    fail(file, `No source found in \`${options.inputs.join(' ')}\`, expected \`.txt\` files`, 'no-sources')
    return {code: 1, files: [file], outputs, differing: []}
  }
  for (const absolute of sources) {
    const file = await readSource(absolute, options.cwd)
    file.data.id = sourceId(file.path)
    if (!failed(file)) await processor.process(file)
    files.push(file)
  }
  if (files.some(failed)) return {code: 1, files, outputs, differing: []}

  const {dataset, positions} = assembleDataset(files)
  for (const file of files) outputs.set(`${file.data.id}.md`, String(file.value))
  outputs.set('dataset.json', writeJson(dataset))
  outputs.set('positions.json', writeJson(positions))
  for (const [name, content] of writeCsv(dataset)) outputs.set(name, content)
  outputs.set('dataset.xlsx', await writeXlsx(dataset))
  outputs.set('datapackage.json', writeDatapackage(datasetTables(dataset)))

  if (options.check) {
    const differing = await differingOutputs(outDir, outputs)
    return {code: differing.length > 0 ? 1 : 0, files, outputs, differing}
  }
  const previous = await loadSnapshot(outDir, options.cwd).catch(() => undefined)
  const changes = previous ? compareDatasets(previous, {dataset, positions}) : undefined
  try {
    await writeOutputs(outDir, outputs)
  } catch (error) {
    const file = new VFile({path: options.outDir, cwd: options.cwd})
    fail(file, `Cannot write the output folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'unwritable-output')
    return {code: 1, files: [...files, file], outputs, differing: []}
  }
  return {code: 0, files, outputs, differing: [], dataset, changes}
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
