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
