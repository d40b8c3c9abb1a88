import path from 'node:path'
import {Worker} from 'node:worker_threads'
import {VFile} from 'vfile'
import type {Source} from '../read/list-sources.ts'
import {defaultSettings, messageData, type ProcessSettings, type SourceResult} from './process-source.ts'
import {sourceWorkerScript} from './worker-pool.ts'

/** Sources from this size on are processed on a thread of their own, whose memory is bounded. */
export const isolateFrom = 2 * 1024 * 1024

/** The memory a source's thread may use, in megabytes: the longest white papers need a few hundred. */
export const defaultMemoryLimit = 1536

/**
 * Process large sources one after another on a worker thread whose heap is
 * bounded by `memoryLimit` megabytes: memory cannot be caught once it is
 * gone, so a source that needs more is stopped there, and becomes an error
 * about that source (`out-of-memory`) while the build goes on with the
 * others. A worker that ran out is replaced for the next source.
 */
export async function processIsolated(
  sources: readonly Source[],
  cwd: string,
  memoryLimit: number,
  onResult: (index: number, result: SourceResult) => void,
  settings: ProcessSettings = defaultSettings
): Promise<void> {
  let worker: Worker | undefined
  try {
    for (const [index, source] of sources.entries()) {
      worker ??= new Worker(sourceWorkerScript, {resourceLimits: {maxOldGenerationSizeMb: memoryLimit, maxYoungGenerationSizeMb: Math.min(64, memoryLimit / 4)}})
      const result = await new Promise<SourceResult | {crashed: Error}>((resolve, reject) => {
        const onMessage = (message: {result?: SourceResult; error?: string}) => {
          worker!.off('error', onError)
          if (message.result) resolve(message.result)
          else reject(new Error(message.error))
        }
        const onError = (error: Error) => {
          worker!.off('message', onMessage)
          resolve({crashed: error})
        }
        worker!.once('message', onMessage)
        worker!.once('error', onError)
        worker!.postMessage({index, source, cwd, settings})
      })
      if ('crashed' in result) {
        await worker.terminate()
        worker = undefined
        if ((result.crashed as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw result.crashed
        onResult(index, outOfMemory(source, cwd, memoryLimit))
      } else {
        onResult(index, result)
      }
    }
  } finally {
    await worker?.terminate()
  }
}

/** The result of a source that ran out of memory: an error about it, nothing read. */
function outOfMemory(source: Source, cwd: string, memoryLimit: number): SourceResult {
  const file = new VFile({path: path.relative(cwd, source.absolute).split(path.sep).join('/'), cwd})
  const message = file.message(`Unexpected source that needs more than ${memoryLimit} MB of memory to process, expected a white paper: it was stopped there; split it into smaller files`, {
    place: {line: 1, column: 1},
    ruleId: 'out-of-memory',
    source: 'build'
  })
  message.fatal = true
  return {path: file.path, id: source.id, markdown: '', sha256: '', encoding: undefined, document: undefined, dataset: undefined, positions: undefined, candidates: [], blocks: [], lineStarts: [], pageMap: [], setApart: {}, messages: [messageData(message)]}
}
