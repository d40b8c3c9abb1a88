import {spawn} from 'node:child_process'
import {readFile, readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {build, command, commandArgs, project, root, snapshot} from './helpers/cli.ts'

/** A build killed at any moment leaves out/ as it was before, or as a finished build leaves it: never half. */
describe('a build killed half-way', {timeout: 120_000}, () => {
  it('leaves the previous out/ byte for byte', async () => {
    const cwd = await project()
    expect((await build(cwd)).code).toBe(0)
    const before = await snapshot(path.join(cwd, 'out'))
    const seed = await readFile(path.join(root, 'sources/iot-blockchain-whitepaper.txt'), 'utf8')
    for (let copy = 0; copy < 60; copy++) await writeFile(path.join(cwd, 'sources', `copy-${copy}.txt`), seed)

    const finished = await project()
    for (let copy = 0; copy < 60; copy++) await writeFile(path.join(finished, 'sources', `copy-${copy}.txt`), seed)
    const started = Date.now()
    expect((await build(finished)).code).toBe(0)
    const duration = Date.now() - started
    const after = await snapshot(path.join(finished, 'out'))

    for (const fraction of [0.3, 0.6, 0.9]) {
      const child = spawn(command, commandArgs, {cwd, stdio: 'ignore'})
      const exited = new Promise((resolve) => child.on('exit', resolve))
      await new Promise((resolve) => setTimeout(resolve, duration * fraction))
      child.kill('SIGKILL')
      await exited
      const now = await snapshot(path.join(cwd, 'out'))
      expect([before, after]).toContainEqual(now)
    }
    expect((await build(cwd)).code).toBe(0)
    expect(await snapshot(path.join(cwd, 'out'))).toEqual(after)
    expect((await readdir(cwd)).sort()).toEqual(['out', 'sources'])
  })
})
