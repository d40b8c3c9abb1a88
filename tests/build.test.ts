import {cp, readFile, readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {build, project, root} from './helpers/cli.ts'

describe('npm run build', {timeout: 30_000}, () => {
  it('writes the same bytes on every run, with no absolute path in them', async () => {
    const cwd = await project()
    expect((await build(cwd)).code).toBe(0)
    const first = await readFile(path.join(cwd, 'out/iot-blockchain-whitepaper.md'), 'utf8')
    expect((await build(cwd)).code).toBe(0)
    expect(await readFile(path.join(cwd, 'out/iot-blockchain-whitepaper.md'), 'utf8')).toBe(first)
    expect(first).not.toContain(cwd)
    expect(await readdir(cwd)).toEqual(['out', 'sources'])
  })

  it('checks out/ without writing, and lists the files that differ', async () => {
    const cwd = await project()
    await build(cwd)
    expect((await build(cwd, '--check')).code).toBe(0)
    await writeFile(path.join(cwd, 'out/iot-blockchain-whitepaper.md'), 'edited\n')
    const check = await build(cwd, '--check')
    expect(check.code).toBe(1)
    expect(check.stderr).toContain('iot-blockchain-whitepaper.md')
    expect(await readFile(path.join(cwd, 'out/iot-blockchain-whitepaper.md'), 'utf8')).toBe('edited\n')
  })

  it('builds other paths into another folder', async () => {
    const cwd = await project()
    await cp(path.join(root, 'tests/fixtures/dash-footer/input.txt'), path.join(cwd, 'dash.txt'))
    expect((await build(cwd, 'dash.txt', '--out', 'elsewhere')).code).toBe(0)
    expect(await readdir(path.join(cwd, 'elsewhere'))).toContain('dash.md')
  })

  it('exits 2 on an unknown option', async () => {
    const result = await build(await project(), '--frobnicate')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--frobnicate')
  })
})
