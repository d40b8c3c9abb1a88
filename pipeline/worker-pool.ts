import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {Worker} from 'node:worker_threads'
import {processSource, type SourceResult} from './process-source.ts'
import {bundleFolder} from './bundle-pipeline.js'

/** Sources sent ahead to each worker, so it never waits for this thread, busy with a source of its own, to send the next. */
const queueDepth = 4

/**
 * Process sources on `size` threads: this one and `size - 1` workers. Each
 * takes the next source when it is done with one; results land at their
 * source's index, so the order of the outputs never depends on which thread
 * finished first.
 */
export async function processInPool(
  sources: readonly string[],
  cwd: string,
  size: number,
  onDone: (index: number) => void = () => {}
): Promise<SourceResult[]> {
  const results = new Array<SourceResult>(sources.length)
  let next = 0
  const script = pathToFileURL(path.join(await bundleFolder(), 'source-worker.js'))
  const workers = Array.from({length: Math.min(size - 1, sources.length - 1)}, () => new Worker(script))
  const onThisThread = async () => {
    while (next < sources.length) {
      const index = next++
      results[index] = await processSource(sources[index]!, cwd)
      onDone(index)
      // let the workers' messages through before the next source
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  try {
    await Promise.all([
      onThisThread(),
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
              worker.postMessage({index, absolute: sources[index], cwd})
            }
            worker.on('message', (message: {index: number; result?: SourceResult; error?: string}) => {
              inFlight--
              if (message.error !== undefined || !message.result) return reject(new Error(message.error))
              results[message.index] = message.result
              onDone(message.index)
              send()
            })
            worker.on('error', reject)
            for (let queued = 0; queued < queueDepth; queued++) send()
          })
      )
    ])
  } finally {
    next = sources.length
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return results
}
