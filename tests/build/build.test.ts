import {cp, readFile, readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {build, project, root, snapshot} from '../helpers/cli.ts'

describe('npm run build', {timeout: 30_000}, () => {
  it('writes the same bytes on every run, with no absolute path in them', async () => {
    const cwd = await project()
    expect((await build(cwd, '--no-cache')).code).toBe(0)
    const first = await snapshot(path.join(cwd, 'out'))
    expect(Object.keys(first).sort()).toEqual([
      '.whitepaper-datasets', 'alliances.csv', 'candidates.json', 'datapackage.json', 'dataset.json', 'dataset.xlsx', 'iot-blockchain-whitepaper.md',
      'messages.json', 'organizations.csv', 'platforms.csv', 'positions.json', 'relations.csv', 'review/index.html', 'review/sources/iot-blockchain-whitepaper.html'
    ])
    expect((await build(cwd, '--no-cache')).code).toBe(0)
    expect(await snapshot(path.join(cwd, 'out'))).toEqual(first)
    for (const [name, content] of Object.entries(first)) {
      if (!name.endsWith('.xlsx')) expect(Buffer.from(content, 'base64').toString('utf8'), name).not.toContain(cwd)
    }
    expect(await readdir(cwd)).toEqual(['out', 'sources'])
  })

  it('finds the committed out/ to be what the build writes from sources/ (what CI\'s --check asks, before CI)', async () => {
    // a copy of the project's sources and out/, so the check's working files stay in the temporary folder
    const cwd = await project({out: path.join(root, 'out')})
    const check = await build(cwd, '--check', '--no-cache')
    expect(check.stderr.split('\n').filter((line) => !line.includes('[suspicious-party]')).join('\n'), 'run npm run build and commit out/').not.toContain('differ')
    expect(check.code).toBe(0)
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
