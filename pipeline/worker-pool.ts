import {mkdir, readdir, rename, rm, stat} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {Worker} from 'node:worker_threads'
import {processSource, type SourceResult} from './process-source.ts'
import {cacheDir, pipelineVersion} from './source-cache.ts'

/**
 * The worker's code as one JavaScript file, bundled by esbuild once per
 * pipeline version into the cache: a worker then starts without compiling
 * the TypeScript sources again. Packages stay outside the bundle and load
 * from node_modules as usual.
 */
async function workerScript(): Promise<string> {
  const file = path.join(cacheDir, `worker-${(await pipelineVersion()).slice(0, 16)}.mjs`)
  if (await stat(file).then(() => true, () => false)) return file
  const {build} = await import('esbuild')
  await mkdir(cacheDir, {recursive: true})
  const temporary = `${file}.${process.pid}.tmp.mjs`
  await build({
    entryPoints: [path.join(import.meta.dirname, 'source-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: temporary,
    logLevel: 'silent'
  })
  for (const old of await readdir(cacheDir)) {
    if (old.startsWith('worker-') && old.endsWith('.mjs') && old !== path.basename(file)) await rm(path.join(cacheDir, old), {force: true})
  }
  await rename(temporary, file)
  return file
}

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
  const script = pathToFileURL(await workerScript())
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
