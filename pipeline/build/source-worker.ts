import {parentPort} from 'node:worker_threads'
import type {Source} from '../read/list-sources.ts'
import {type ProcessSettings, processSource} from './process-source.ts'

/** A worker of the pool: processes the sources it is sent, one at a time, and sends back plain data. */
export function serveSources(): void {
  parentPort?.on('message', async (task: {index: number; source: Source; cwd: string; settings?: ProcessSettings}) => {
    try {
      parentPort!.postMessage({index: task.index, result: await processSource(task.source, task.cwd, task.settings)})
    } catch (error) {
      parentPort!.postMessage({index: task.index, error: String((error as Error).stack ?? error)})
    }
  })
}
