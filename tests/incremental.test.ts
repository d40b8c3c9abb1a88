import {appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {projectVersion} from '../pipeline/bundle-pipeline.js'
import {describe, expect, it} from 'vitest'
import {build, buildWith, project, root, snapshot} from './helpers/cli.ts'

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
    await writeFile(path.join(cwd, 'sources/copy.txt'), seed)
    const first = await build(cwd)
    expect(first.stderr).toContain('[duplicate-record]')
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
    const copy = await mkdtemp(path.join(tmpdir(), 'version-'))
    await cp(path.join(root, 'pipeline'), path.join(copy, 'pipeline'), {recursive: true})
    await mkdir(path.join(copy, 'schemas'))
    await cp(path.join(root, 'schemas/dataset.ts'), path.join(copy, 'schemas/dataset.ts'))
    await cp(path.join(root, 'package-lock.json'), path.join(copy, 'package-lock.json'))
    const versions = [await projectVersion(copy)]
    await writeFile(path.join(copy, 'README.md'), 'not part of the pipeline')
    await mkdir(path.join(copy, 'tests'))
    await writeFile(path.join(copy, 'tests/x.test.ts'), 'not part of the pipeline')
    expect(await projectVersion(copy)).toBe(versions[0])
    for (const file of ['pipeline/lexicon/countries.ts', 'schemas/dataset.ts', 'package-lock.json']) {
      await appendFile(path.join(copy, file), '\n')
      versions.push(await projectVersion(copy))
    }
    expect(new Set(versions).size).toBe(4)
  })

  it('remove, at most once a day, the cache entries that no build used for a week', async () => {
    const cwd = await project()
    const cache = path.join(cwd, 'cache')
    expect((await buildWith({WHITEPAPER_DATASETS_CACHE: cache}, cwd)).code).toBe(0)
    const [version] = await readdir(cache)
    const sources = path.join(cache, version!, 'sources')
    const [used] = await readdir(sources)
    const weekAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000)
    // an entry of an earlier edit of the source, and files of a person's own that the sweep must never touch
    const earlier = `${'e'.repeat(64)}.json`
    await writeFile(path.join(sources, 'notes.txt'), 'mine')
    await mkdir(path.join(cache, '.git'))
    await utimes(path.join(sources, 'notes.txt'), weekAgo, weekAgo)
    await utimes(path.join(cache, '.git'), weekAgo, weekAgo)
    await writeFile(path.join(sources, earlier), '{}')
    for (const name of [used!, earlier]) await utimes(path.join(sources, name), weekAgo, weekAgo)
    // the first build swept an empty cache a moment ago: none before tomorrow
    await rm(path.join(cwd, 'out'), {recursive: true})
    expect((await buildWith({WHITEPAPER_DATASETS_CACHE: cache}, cwd)).code).toBe(0)
    expect((await readdir(sources)).sort()).toEqual([used!, earlier, 'notes.txt'].sort())

    await utimes(path.join(cache, version!, 'swept'), weekAgo, weekAgo)
    await rm(path.join(cwd, 'out'), {recursive: true})
    const swept = await buildWith({WHITEPAPER_DATASETS_CACHE: cache}, cwd)
    expect(swept.code).toBe(0)
    // the source this build read from the cache is kept; the entry no build used is gone
    expect((await readdir(sources)).sort()).toEqual(['notes.txt', used!].sort())
    expect(await readdir(cache)).toContain('.git')
    expect((await stat(path.join(sources, used!))).mtimeMs).toBeGreaterThan(weekAgo.getTime() + 24 * 60 * 60 * 1000)
  })

  it('build without a cache, from the TypeScript, when the cache cannot be written', async () => {
    const cwd = await project()
    await writeFile(path.join(cwd, 'blocker'), 'a file, not a folder')
    const cacheless = await buildWith({WHITEPAPER_DATASETS_CACHE: path.join(cwd, 'blocker/cache')}, cwd)
    expect(cacheless.code).toBe(0)
    expect(cacheless.stderr).toContain('Cannot bundle the pipeline into its cache (ENOTDIR')
    const again = await buildWith({WHITEPAPER_DATASETS_CACHE: path.join(cwd, 'blocker/cache')}, cwd)
    expect(again.stdout).not.toContain('up to date')
    const reference = await project()
    expect((await build(reference)).code).toBe(0)
    expect(await snapshot(path.join(cwd, 'out'))).toEqual(await snapshot(path.join(reference, 'out')))
  })
})
