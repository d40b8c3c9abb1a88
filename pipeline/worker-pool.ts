import {Worker} from 'node:worker_threads'
import type {SourceResult} from './process-source.ts'

const workerUrl = new URL('./source-worker.ts', import.meta.url).href
/** Workers load the TypeScript sources through tsx, as the main thread does. */
const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({register}) => { register(); return import(${JSON.stringify(workerUrl)}) })`

/**
 * Process sources in `size` worker threads. Each worker takes the next source
 * when it is done with one; results land at their source's index, so the order
 * of the outputs never depends on which worker finished first.
 */
export async function processInPool(
  sources: readonly string[],
  cwd: string,
  size: number,
  onDone: (index: number) => void = () => {}
): Promise<SourceResult[]> {
  const results = new Array<SourceResult>(sources.length)
  let next = 0
  const workers = Array.from({length: Math.min(size, sources.length)}, () => new Worker(bootstrap, {eval: true}))
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= sources.length) return resolve()
              const index = next++
              worker.postMessage({index, absolute: sources[index], cwd})
            }
            worker.on('message', (message: {index: number; result?: SourceResult; error?: string}) => {
              if (message.error !== undefined || !message.result) return reject(new Error(message.error))
              results[message.index] = message.result
              onDone(message.index)
              send()
            })
            worker.on('error', reject)
            send()
          })
      )
    )
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return results
}
