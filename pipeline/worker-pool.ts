import {Worker} from 'node:worker_threads'
import {processSource, type SourceResult} from './process-source.ts'

const workerUrl = new URL('./source-worker.ts', import.meta.url).href
/** Workers load the TypeScript sources through tsx, as the main thread does. */
const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({register}) => { register(); return import(${JSON.stringify(workerUrl)}) })`

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
  const workers = Array.from({length: Math.min(size - 1, sources.length - 1)}, () => new Worker(bootstrap, {eval: true}))
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
    ])
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return results
}
