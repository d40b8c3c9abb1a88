import type {Processor} from 'unified'
import {stageFault} from './fault-points.ts'

/** An error thrown inside one stage of the pipeline, with the name of that stage, so the message can say where the build broke. */
export class StageError extends Error {
  constructor(
    readonly stage: string,
    readonly error: unknown
  ) {
    super(error instanceof Error ? error.message : String(error))
    this.name = 'StageError'
    if (error instanceof Error && error.stack) this.stack = error.stack
  }
}

/** Whatever `error` is, the stage it was thrown in (`fallback` when no stage said). */
export function stageOf(error: unknown, fallback: string): StageError {
  return error instanceof StageError ? error : new StageError(fallback, error)
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Attacher = (this: Processor, ...parameters: any[]) => unknown

/**
 * A plugin whose transformer, when it throws or rejects, throws a
 * `StageError` naming `name`: unified itself only passes the error on.
 */
export function stage<P extends Attacher>(name: string, plugin: P): P {
  return function (this: Processor, ...parameters: unknown[]) {
    const transformer = plugin.apply(this, parameters)
    if (typeof transformer !== 'function') return transformer
    return function (this: unknown, ...args: unknown[]) {
      let result: unknown
      try {
        stageFault(name)
        result = (transformer as (...args: unknown[]) => unknown).apply(this, args)
      } catch (error) {
        throw stageOf(error, name)
      }
      if (result instanceof Promise) return result.catch((error: unknown) => Promise.reject(stageOf(error, name)))
      return result
    }
  } as P
}
