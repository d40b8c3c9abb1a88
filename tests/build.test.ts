import {execFile} from 'node:child_process'
import {cp, mkdtemp, readFile, readdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const run = promisify(execFile)
const root = path.join(import.meta.dirname, '..')
const cli = path.join(root, 'pipeline/cli.ts')
const tsx = path.join(root, 'node_modules/.bin/tsx')

async function build(cwd: string, ...args: string[]) {
  return run(tsx, [cli, ...args], {cwd}).then(
    ({stdout, stderr}) => ({code: 0, stdout, stderr}),
    (error: {code: number; stdout: string; stderr: string}) => ({code: error.code, stdout: error.stdout, stderr: error.stderr})
  )
}

async function project() {
  const cwd = await mkdtemp(path.join(tmpdir(), 'build-'))
  await cp(path.join(root, 'sources'), path.join(cwd, 'sources'), {recursive: true})
  return cwd
}

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
