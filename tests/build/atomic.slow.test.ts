import {readdir} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {build, buildWith, project, snapshot} from '../helpers/cli.ts'

/**
 * A build killed at any point leaves out/ as it was before, and the next
 * build finishes the job. The build kills itself at each point through its
 * fault hook (`WHITEPAPER_DATASETS_KILL_AT`), so no timer decides where.
 */
describe('a build killed half-way', {timeout: 60_000}, () => {
  it.each(['writing', 'staged', 'set-aside'])('at %s leaves the previous out/ byte for byte', async (point) => {
    const cwd = await project()
    expect((await build(cwd)).code).toBe(0)
    const before = await snapshot(path.join(cwd, 'out'))
    const killed = await buildWith({WHITEPAPER_DATASETS_KILL_AT: point}, cwd, '--no-cache')
    expect(killed.code).not.toBe(0)
    // killed while its previous output was set aside, the build left out/ missing: the next build puts it back first
    if (point !== 'set-aside') expect(await snapshot(path.join(cwd, 'out'))).toEqual(before)
    expect((await readdir(cwd)).some((name) => name.startsWith('.out-'))).toBe(true)
    expect((await build(cwd, '--check')).code).toBe(point === 'set-aside' ? 1 : 0)
    expect((await build(cwd, '--no-cache')).code).toBe(0)
    expect(await snapshot(path.join(cwd, 'out'))).toEqual(before)
    expect((await readdir(cwd)).sort()).toEqual(['out', 'sources'])
  })
})
