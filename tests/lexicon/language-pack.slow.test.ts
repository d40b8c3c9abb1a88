import {execFile} from 'node:child_process'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {temporaryFolder} from '../helpers/temporary.ts'

const run = promisify(execFile)
const root = path.join(import.meta.dirname, '../..')
/** A process in which importing the Chinese pack fails, running TypeScript. */
const withoutChinese = async (...args: string[]) => {
  const TMPDIR = await temporaryFolder('language-pack-')
  return run(process.execPath, ['--import', 'tsx', '--import', './tests/scripts/no-chinese-pack.mjs', ...args], {cwd: root, env: {...process.env, TMPDIR}})
}

describe('a language pack of our own', {timeout: 60_000}, () => {
  it('reads a record with two kind words and one clause frame, in a run where the Chinese pack cannot be imported', async () => {
    const {stdout} = await withoutChinese('tests/scripts/tiny-pack.ts')
    const result = JSON.parse(stdout) as {records: unknown[]; messages: string[]}
    expect(result.records).toEqual([{kind: 'platform', name: 'Nova', leads: ['Vega Labs']}])
    expect(result.messages.filter((message) => /error/iu.test(message))).toEqual([])
  })

  it('is what that run has: importing the Chinese pack there fails', async () => {
    const failed = await withoutChinese('--input-type=module', '-e', "await import('./pipeline/lexicon/default.ts')").then(() => undefined, (error: {stderr: string}) => error.stderr)
    expect(failed).toMatch(/the Chinese pack may not be imported in this run: file:.*\/pipeline\/lexicon\/zh\/pack\.ts/u)
  })
})
