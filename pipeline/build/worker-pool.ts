import path from 'node:path'
import {Worker} from 'node:worker_threads'
import type {Source} from '../read/list-sources.ts'
import {defaultSettings, type ProcessSettings, processSource, type SourceResult} from './process-source.ts'

/** The script of a worker thread: it loads the pipeline's bundle and processes the sources it is sent (\`source-worker.ts\`). */
export const sourceWorkerScript = path.join(import.meta.dirname, 'worker.js')

/** Sources sent ahead to each worker, so it never waits for this thread, busy with a source of its own, to send the next. */
const queueDepth = 4

/**
 * Process sources on `size` threads: this one and `size - 1` workers. Each
 * takes the next source when it is done with one, and each result is handed
 * to `onResult` with its source's index as soon as it is done: the caller
 * puts them back in order, so the outputs never depend on which thread
 * finished first.
 */
export async function processInPool(
  sources: readonly Source[],
  cwd: string,
  size: number,
  onResult: (index: number, result: SourceResult) => void,
  settings: ProcessSettings = defaultSettings
): Promise<void> {
  let next = 0
  const workers = Array.from({length: Math.min(size - 1, sources.length - 1)}, () => new Worker(sourceWorkerScript))
  const onThisThread = async () => {
    while (next < sources.length) {
      const index = next++
      onResult(index, await processSource(sources[index]!, cwd, settings))
      // let the workers' messages through before the next source
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  const mine = onThisThread()
  try {
    await Promise.all([
      mine,
      ...workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0
            const send = () => {
              if (next >= sources.length) {
                if (inFlight === 0) resolve()
                return
              }
              const index = next++
              inFlight++
              worker.postMessage({index, source: sources[index], cwd, settings})
            }
            worker.on('message', (message: {index: number; result?: SourceResult; error?: string}) => {
              inFlight--
              if (message.error !== undefined || !message.result) return reject(new Error(message.error))
              onResult(message.index, message.result)
              send()
            })
            worker.on('error', reject)
            for (let queued = 0; queued < queueDepth; queued++) send()
          })
      )
    ])
  } finally {
    // nothing is handed out any more; this thread finishes the source it has, so no result comes after the pool is done
    next = sources.length
    await Promise.all([mine.catch(() => undefined), ...workers.map((worker) => worker.terminate())])
  }
}
