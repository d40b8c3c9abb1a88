/**
 * Places where a test can stop the build dead, as a power cut would: with
 * `WHITEPAPER_DATASETS_KILL_AT=<point>` in its environment the build kills
 * its own process with SIGKILL on reaching that point. Tests of what a killed
 * build leaves behind use it instead of racing a timer against the build.
 */
export type FaultPoint = 'writing' | 'staged' | 'set-aside'

export function faultPoint(point: FaultPoint): void {
  if (process.env.WHITEPAPER_DATASETS_KILL_AT === point) process.kill(process.pid, 'SIGKILL')
}

/**
 * A stage that fails as a bug would: with `WHITEPAPER_DATASETS_FAIL_IN=<stage>`
 * in its environment, that stage throws on every source, so a test can see
 * how a build reports an error it did not foresee.
 */
export function stageFault(stage: string): void {
  if (process.env.WHITEPAPER_DATASETS_FAIL_IN === stage) throw new TypeError(`a fault injected into the \`${stage}\` stage`)
}
