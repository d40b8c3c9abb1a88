import {createHash} from 'node:crypto'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {Candidate, Positions} from '../../schemas/dataset.ts'
import type {ApartKind} from '../clean/outline.ts'
import type {DocumentInfo, PageSpan} from '../clean/page-furniture.ts'
import {fileId, type Source} from '../read/list-sources.ts'
import {readSource} from '../read/read-sources.ts'
import type {TextBlock} from '../clean/text-blocks.ts'
import type {SourceRecords} from '../extract/to-records.ts'
import {type StageError, stageOf} from './stage.ts'
import type {ProcessSettings} from './options.ts'
import {defaultLanguage} from '../lexicon/default.ts'

/** A message as plain data, to cross a worker boundary or sit in the cache. */
export interface MessageData {
  reason: string
  line: number | undefined
  column: number | undefined
  ruleId: string | undefined
  source: string | undefined
  fatal: boolean | null | undefined
  note: string | undefined
  cause: {reason: string; line: number | undefined; column: number | undefined} | undefined
  /** Where in the build's code an internal error was thrown (shown with `--verbose` only). */
  stack?: string
}

/** Everything the build needs of one processed source, as plain data. */
export interface SourceResult {
  path: string
  id: string
  markdown: string
  sha256: string
  encoding: string | undefined
  document: DocumentInfo | undefined
  dataset: SourceRecords | undefined
  positions: Positions | undefined
  /** Names that look like entities and are no records, with their mentions. */
  candidates: Array<Omit<Candidate, 'id'>>
  /** The cleaned text, block by block, with the way back to the raw source (for the review pages and corrections). */
  blocks: TextBlock[]
  /** Offset in the raw source where each line starts, and the pages of the raw source: to place what a correction quotes. */
  lineStarts: number[]
  pageMap: PageSpan[]
  /** Lines of each kind set apart from the prose (contents, captions, figure debris…). */
  setApart: Partial<Record<ApartKind, number>>
  messages: MessageData[]
}

export type {ProcessSettings} from './options.ts'

export const defaultSettings: ProcessSettings = {known: true}

type Processor = ReturnType<typeof import('../index.ts').createProcessor>

/** Loaded on first use: a build whose sources all come from the cache never loads the pipeline's stages. */
let stages: {processors: Map<string, Processor>; create: typeof import('../index.ts').createProcessor; textBlocks: typeof import('../clean/text-blocks.ts').textBlocks} | undefined

/** Read one source and run the whole pipeline over it. */
export async function processSource(source: Source | string, cwd: string, settings: ProcessSettings = defaultSettings): Promise<SourceResult> {
  const {absolute, id} = typeof source === 'string' ? {absolute: source, id: fileId(source)} : source
  return processFile(await readSource(absolute, cwd), id, settings)
}

/** Run the whole pipeline over a source already read (by `readSource`). */
export async function processFile(file: VFile, id = fileId(file.path), settings: ProcessSettings = defaultSettings): Promise<SourceResult> {
  file.data.id = id
  let blocks: TextBlock[] = []
  if (!file.messages.some((message) => message.fatal === true)) {
    stages ??= {processors: new Map(), create: (await import('../index.ts')).createProcessor, textBlocks: (await import('../clean/text-blocks.ts')).textBlocks}
    const {textBlocks} = stages
    const key = JSON.stringify(settings)
    let processor = stages.processors.get(key)
    if (!processor) {
      const kinds = settings.kinds ? {kinds: settings.kinds} : {}
      const language = {language: defaultLanguage}
      const across = {across: settings.acrossSources ?? []}
      processor = settings.known ? stages.create({extraKnown: settings.extraKnown ?? [], ...across, ...kinds, ...language}) : stages.create({known: [], ...across, ...kinds, ...language})
      stages.processors.set(key, processor)
    }
    let step = 'parse'
    try {
      const tree = await processor.run(processor.parse(file), file)
      step = 'stringify'
      file.value = processor.stringify(tree, file)
      step = 'text-blocks'
      if (!file.messages.some((message) => message.fatal === true)) blocks = textBlocks(tree, file)
    } catch (error) {
      internalError(file, stageOf(error, step))
    }
  }
  return {
    path: file.path,
    id: file.data.id,
    markdown: file.messages.some((message) => message.fatal === true) ? '' : String(file.value),
    sha256: createHash('sha256').update(file.data.bytes ?? new Uint8Array()).digest('hex'),
    encoding: file.data.encoding,
    document: file.data.document,
    dataset: file.data.dataset,
    positions: file.data.positions,
    candidates: file.data.candidateList ?? [],
    blocks,
    lineStarts: (file.data.lines ?? []).map((line) => line.start),
    pageMap: file.data.pageMap ?? [],
    setApart: file.data.setApart ?? {},
    messages: file.messages.map(messageData)
  }
}

/**
 * A stage broke on this source: said as an error at the source, naming the
 * stage and what went wrong, the stack kept for `--verbose`; the build goes
 * on with the other sources and writes nothing.
 */
function internalError(file: VFile, error: StageError) {
  const what = error.error instanceof Error ? `${error.error.name}: ${error.error.message}` : String(error.error)
  const message = file.message(
    `Unexpected failure in the \`${error.stage}\` stage on this source (${what.slice(0, 300)}), expected it to be read: this is a bug of the build, please report it with the source`,
    {place: {line: 1, column: 1}, ruleId: 'internal-error', source: error.stage}
  )
  message.fatal = true
  message.stack = error.stack ?? ''
}

/** A processed source as a vfile again, for assembling the dataset and reporting its messages. */
export function toVFile(result: SourceResult, cwd: string): VFile {
  const file = new VFile({path: result.path, cwd, value: result.markdown})
  file.data.id = result.id
  file.data.sha256 = result.sha256
  if (result.encoding) file.data.encoding = result.encoding
  if (result.document) file.data.document = result.document
  if (result.dataset) file.data.dataset = result.dataset
  if (result.positions) file.data.positions = result.positions
  file.data.candidateList = result.candidates ?? []
  file.data.setApart = result.setApart ?? {}
  addMessages(file, result.messages)
  return file
}

/** A message as plain data. */
export function messageData(message: VFileMessage): MessageData {
  const cause = message.cause as VFileMessage | undefined
  return {
    reason: message.reason,
    line: message.line,
    column: message.column,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    note: message.note,
    cause: cause?.reason ? {reason: cause.reason, line: cause.line, column: cause.column} : undefined,
    ...(message.ruleId === 'internal-error' && message.stack ? {stack: message.stack} : {})
  }
}

/** Messages kept as plain data, put back on a file. */
export function addMessages(file: VFile, messages: readonly MessageData[]): void {
  for (const data of messages) {
    const place = data.line === undefined ? undefined : {line: data.line, column: data.column ?? 1}
    const message = file.message(data.reason, {place, ruleId: data.ruleId, source: data.source})
    message.fatal = data.fatal
    if (data.note) message.note = data.note
    message.stack = data.stack ?? ''
    if (data.cause) {
      const causePlace = data.cause.line === undefined ? undefined : {line: data.cause.line, column: data.cause.column ?? 1}
      message.cause = new VFileMessage(data.cause.reason, {place: causePlace, ruleId: data.ruleId, source: data.source})
    }
  }
}

declare module 'vfile' {
  interface DataMap {
    /** SHA-256 of the source's bytes. */
    sha256: string
  }
}
