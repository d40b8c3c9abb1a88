import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {buildWith, smallProject, snapshot} from '../helpers/cli.ts'

/**
 * Hostile input as a user's `npm run build` meets it: a process whose heap
 * is bounded to 1 GB (`--max-old-space-size`), so a case that needed more
 * would crash it rather than pass. How long each takes is for the bench; the
 * timeouts only stop a test that hangs.
 */
const bounded = {NODE_OPTIONS: '--max-old-space-size=1024'}

async function built(): Promise<string> {
  const cwd = await smallProject('bounds-')
  expect((await buildWith(bounded, cwd)).code).toBe(0)
  return cwd
}

describe('hostile input, in a process of 1 GB', {timeout: 120_000}, () => {
  it('a 30 MB line in a converter text builds', async () => {
    const cwd = await built()
    await writeFile(path.join(cwd, 'sources/line.txt'), `${'甲'.repeat(10_000_000)}\n`)
    const result = await buildWith(bounded, cwd, '--no-cache')
    expect(result.stderr).not.toContain('internal-error')
    expect(result.code).toBe(0)
    expect((await readFile(path.join(cwd, 'out/line.md'), 'utf8')).length).toBe(10_000_001)
  })

  it('a 50 MB corrections file is refused unread, and out/ is as it was', async () => {
    const cwd = await built()
    const before = await snapshot(path.join(cwd, 'out'))
    await writeFile(path.join(cwd, 'sources/paper.corrections.yaml'), '- action: reject\n  kind: alliance\n  name: 甲联盟\n'.repeat(1_000_000))
    const result = await buildWith(bounded, cwd)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('[corrections-too-large]')
    expect(await snapshot(path.join(cwd, 'out'))).toEqual(before)
  })

  it('a large source that needs more memory than its thread may have is an error about it, and out/ is as it was', async () => {
    const cwd = await built()
    const before = await snapshot(path.join(cwd, 'out'))
    const seed = await readFile('sources/iot-blockchain-whitepaper.txt', 'utf8')
    await writeFile(path.join(cwd, 'sources/large.txt'), seed.repeat(Math.ceil((3 * 1024 * 1024) / Buffer.byteLength(seed))))
    // without --max-old-space-size, which V8 applies to every thread over their own limits; not from the cache, where
    // an earlier build may have put the source's result
    const result = await buildWith({}, cwd, '--memory-limit', '32', '--no-cache')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('sources/large.txt:1:1: error: Unexpected source that needs more than 32 MB of memory to process, expected a white paper: it was stopped there; split it into smaller files [out-of-memory]')
    expect(await snapshot(path.join(cwd, 'out'))).toEqual(before)
    // with the default limit the same source builds
    expect((await buildWith(bounded, cwd, '--no-cache')).code).toBe(0)
  })
})
