import {mkdir, readdir, rm, stat, utimes, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {build, buildWith, project, snapshot} from '../helpers/cli.ts'

/** Builds as a user runs them, each in a process of its own: the cache's place comes from the environment when the process starts. */
describe('incremental builds, as processes', {timeout: 60_000}, () => {
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

  it('keep the code V8 compiled from the bundle, and compile again past a cache it rejects', async () => {
    const cwd = await project()
    const cache = path.join(cwd, 'cache')
    expect((await buildWith({WHITEPAPER_DATASETS_CACHE: cache}, cwd)).code).toBe(0)
    const first = await snapshot(path.join(cwd, 'out'))
    const [version] = (await readdir(cache, {withFileTypes: true})).filter((entry) => entry.isDirectory()).map((entry) => entry.name)
    const bundle = path.join(cache, version!, 'bundle')
    expect((await readdir(bundle)).sort()).toEqual(['done', 'pipeline.cjs', 'pipeline.code-cache'])
    // a cache of another Node, or a damaged one: V8 rejects it, the build compiles the bundle and keeps its own
    await writeFile(path.join(bundle, 'pipeline.code-cache'), 'not compiled code')
    await rm(path.join(cwd, 'out'), {recursive: true})
    const rebuilt = await buildWith({WHITEPAPER_DATASETS_CACHE: cache}, cwd)
    expect(rebuilt.code).toBe(0)
    expect(rebuilt.stderr).not.toContain('Cannot bundle')
    expect(await snapshot(path.join(cwd, 'out'))).toEqual(first)
    expect((await stat(path.join(bundle, 'pipeline.code-cache'))).size).toBeGreaterThan(100_000)
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
