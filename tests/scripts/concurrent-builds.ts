/**
 * Two builds started together into one folder, 20 times (issue: one build at
 * a time per output folder). Run by hand: `npx tsx tests/scripts/concurrent-builds.ts`.
 * Each time: both exit 0 (the second waited for the first) or the second says
 * who held the folder; out/ is one complete build (`--check` passes); no
 * staging, previous or lock file is left beside it.
 */
import {execFile} from 'node:child_process'
import {readdir} from 'node:fs/promises'
import {promisify} from 'node:util'
import {commandArgs, project} from '../helpers/cli.ts'

const run = promisify(execFile)
const launch = (cwd: string, ...args: string[]) =>
  run(process.execPath, [...commandArgs, ...args], {cwd}).then(
    ({stdout, stderr}) => ({code: 0, stdout, stderr}),
    (error: {code: number; stdout: string; stderr: string}) => ({code: error.code, stdout: error.stdout, stderr: error.stderr})
  )

let failures = 0
for (let round = 1; round <= 20; round++) {
  const cwd = await project()
  const results = await Promise.all([launch(cwd, '--no-cache'), launch(cwd, '--no-cache')])
  const check = await launch(cwd, '--check')
  const left = (await readdir(cwd)).sort()
  const ok =
    results.every((result) => result.code === 0 && /^Built 1 source into out\//.test(result.stdout)) &&
    check.code === 0 &&
    left.join(' ') === 'out sources'
  if (!ok) failures++
  console.log(`round ${round}: exits ${results.map((result) => result.code).join(', ')}; check ${check.code}; left ${left.join(' ')}${ok ? '' : '  FAILED'}`)
  if (!ok) for (const result of results) console.log(result.stdout, result.stderr)
}
console.log(failures === 0 ? 'all 20 rounds: one complete build, two true messages' : `${failures} rounds failed`)
process.exitCode = failures === 0 ? 0 : 1
