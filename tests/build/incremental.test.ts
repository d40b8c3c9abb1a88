import {appendFile, cp, mkdir, readFile, stat, utimes, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {projectVersion} from '../../pipeline/build/cache-folder.js'
import {describe, expect, it} from 'vitest'
import {build, project, root, snapshot} from '../helpers/cli.ts'
import {temporaryFolder} from '../helpers/temporary.ts'

/** A folder holding what a project's version is made of: its pipeline, its schemas, its lock file. */
async function pipelineCopy(prefix: string): Promise<string> {
  const copy = await temporaryFolder(prefix)
    await cp(path.join(root, 'pipeline'), path.join(copy, 'pipeline'), {recursive: true})
    await mkdir(path.join(copy, 'schemas'))
    await cp(path.join(root, 'schemas/dataset.ts'), path.join(copy, 'schemas/dataset.ts'))
    await cp(path.join(root, 'package-lock.json'), path.join(copy, 'package-lock.json'))
  return copy
}

const seed = await readFile(path.join(root, 'sources/iot-blockchain-whitepaper.txt'), 'utf8')

describe('incremental builds', {timeout: 60_000}, () => {
  it('skip a rebuild when no source changed, and still report the warnings', async () => {
    const cwd = await project()
    expect((await build(cwd)).code).toBe(0)
    const before = await snapshot(path.join(cwd, 'out'))
    const again = await build(cwd)
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('out/ is up to date: no source changed')
    expect(again.stderr).toContain('[suspicious-party]')
    expect(await snapshot(path.join(cwd, 'out'))).toEqual(before)
  })

  it('report again, when nothing changed, the warnings made across sources', async () => {
    const cwd = await project()
    await writeFile(path.join(cwd, 'sources/copy.txt'), seed.replace('数目超过 60 家', '数目逾七十家'))
    const first = await build(cwd)
    expect(first.stderr).toContain('[conflicting-facts]')
    const again = await build(cwd)
    expect(again.stdout).toContain('out/ is up to date: no source changed')
    expect(again.stderr).toBe(first.stderr)
  })

  it('rebuild what changed, and everything with --no-cache', async () => {
    const cwd = await project()
    expect((await build(cwd)).code).toBe(0)
    await writeFile(path.join(cwd, 'sources/iot-blockchain-whitepaper.txt'), seed.replace('数目超过 60 家', '数目逾七十家'))
    const changed = await build(cwd)
    expect(changed.stdout).toContain('memberCount: {"value":60,"qualifier":"over","asOf":null} → {"value":70,"qualifier":"over","asOf":null}')
    const uncached = await build(cwd, '--no-cache')
    expect(uncached.stdout).toContain('No fact changed.')
  })

  it('write the same outputs from worker threads as from one thread, in source order, with no progress line off a terminal', async () => {
    const one = await project()
    const many = await project()
    for (const cwd of [one, many]) {
      for (let copy = 1; copy <= 4; copy++) {
        const renumbered = seed.replace(/^(49|50|51)$/gm, (page) => String(Number(page) + copy * 100))
        await writeFile(path.join(cwd, 'sources', `copy-${copy}.txt`), renumbered.replaceAll('R3 区块链联盟', `R${copy} 区块链联盟`))
      }
    }
    const single = await build(one, '--workers', '0', '--no-cache')
    const pooled = await build(many, '--workers', '2', '--no-cache')
    expect(pooled.code).toBe(0)
    expect(await snapshot(path.join(many, 'out'))).toEqual(await snapshot(path.join(one, 'out')))
    expect(pooled.stderr).toBe(single.stderr)
    expect(pooled.stderr).not.toContain('\r')
  })

  it('are invalidated by a change to the pipeline, its schemas or its locked dependencies, and by nothing else', async () => {
    const copy = await pipelineCopy('version-')
    const versions = [await projectVersion(copy)]
    await writeFile(path.join(copy, 'README.md'), 'not part of the pipeline')
    await mkdir(path.join(copy, 'tests'))
    await writeFile(path.join(copy, 'tests/x.test.ts'), 'not part of the pipeline')
    expect(await projectVersion(copy)).toBe(versions[0])
    for (const file of ['pipeline/lexicon/zh/countries.ts', 'schemas/dataset.ts', 'package-lock.json']) {
      await appendFile(path.join(copy, file), '\n')
      versions.push(await projectVersion(copy))
    }
    expect(new Set(versions).size).toBe(4)
  })

  it('keep the version between starts, and hash again when a file is rewritten, even to the same size and modification time', async () => {
    const copy = await pipelineCopy('version-memo-')
    const memo = path.join(copy, 'memo/version.json')
    const first = await projectVersion(copy, memo)
    expect(first).toBe(await projectVersion(copy))
    expect(JSON.parse(await readFile(memo, 'utf8')).version).toBe(first)
    expect(await projectVersion(copy, memo)).toBe(first)
    // the same number of bytes, the modification time set back: only the change time tells
    const file = path.join(copy, 'pipeline/lexicon/zh/countries.ts')
    const {mtime, atime} = await stat(file)
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace('export', 'EXPORT'))
    await utimes(file, atime, mtime)
    const second = await projectVersion(copy, memo)
    expect(second).not.toBe(first)
    expect(second).toBe(await projectVersion(copy))
  })
})
