import {lstat, mkdir, readFile, readdir, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {outputMarker, readMarker} from '../../pipeline/build/output-marker.ts'
import {OutputFolder} from '../../pipeline/build/write-out.ts'
import {build, smallProject, snapshot} from '../helpers/cli.ts'
import {temporaryFolder} from '../helpers/temporary.ts'

/** The marker builds wrote before markers listed their files. */
const legacyMarker = 'This folder is written by `npm run build` (whitepaper-datasets): every build replaces it whole.\nKeep no files of your own here.\n'

const small = () => smallProject('output-folder-')

/** A process id no process has here: a build that had it is gone. */
const deadPid = 2 ** 22 + 12_345

describe('an output folder a build did not write', {timeout: 30_000}, () => {
  it('is refused, exit 2, whatever marker was put in it, and nothing in it is touched', async () => {
    const cwd = await small()
    expect((await build(cwd, '--out', 'real')).code).toBe(0)
    const copied = await readFile(path.join(cwd, 'real/.whitepaper-datasets'))
    const cases: Array<[string, (folder: string) => Promise<unknown>, string]> = [
      ['touched', (folder) => writeFile(path.join(folder, '.whitepaper-datasets'), ''), 'its .whitepaper-datasets is empty, not one a build wrote; name a new or empty folder'],
      ['folder', (folder) => mkdir(path.join(folder, '.whitepaper-datasets')), 'its .whitepaper-datasets is a folder, not a file a build wrote; name a new or empty folder'],
      ['text', (folder) => writeFile(path.join(folder, '.whitepaper-datasets'), 'mine\n'), 'its .whitepaper-datasets is not one a build wrote (its first line is not the format line a build writes); name a new or empty folder'],
      ['copied', (folder) => writeFile(path.join(folder, '.whitepaper-datasets'), copied), 'it holds files no build wrote (thesis.docx); move them elsewhere or name another folder'],
      ['legacy', (folder) => writeFile(path.join(folder, '.whitepaper-datasets'), legacyMarker), 'it holds files no build wrote (thesis.docx); move them elsewhere or name another folder']
    ]
    for (const [name, forge, why] of cases) {
      const folder = path.join(cwd, name)
      await mkdir(folder)
      await writeFile(path.join(folder, 'thesis.docx'), 'my thesis')
      await forge(folder)
      const before = await snapshot(cwd)
      const result = await build(cwd, '--out', name)
      expect(result.code, name).toBe(2)
      expect(result.stderr, name).toBe(`--out "${name}": refused, ${why}\n`)
      expect(await snapshot(cwd), name).toEqual(before)
    }
  })

  it('names at most five of the files no build wrote, and counts the rest', async () => {
    const cwd = await small()
    expect((await build(cwd)).code).toBe(0)
    for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt']) await writeFile(path.join(cwd, 'out', name), name)
    await mkdir(path.join(cwd, 'out/empty'))
    const result = await build(cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('--out "out": refused, it holds files no build wrote (a.txt, b.txt, c.txt, d.txt, e.txt and 2 more); move them elsewhere or name another folder\n')
  })
})

describe('an empty folder named as the output', {timeout: 30_000}, () => {
  it('is written and nothing is left beside it, no warning', async () => {
    const cwd = await small()
    await mkdir(path.join(cwd, 'fresh'))
    const result = await build(cwd, '--out', 'fresh')
    expect(result.code).toBe(0)
    expect(result.stderr).not.toContain('kept-files')
    expect((await readdir(cwd)).sort()).toEqual(['fresh', 'sources'])
    expect(await readdir(path.join(cwd, 'fresh'))).toContain('dataset.json')
  })
})

describe('a folder a build wrote', {timeout: 30_000}, () => {
  it('lists what the build wrote in its marker, the same bytes on every build, and a file edited by hand is replaced', async () => {
    const cwd = await small()
    expect((await build(cwd)).code).toBe(0)
    const marker = await readFile(path.join(cwd, 'out/.whitepaper-datasets'), 'utf8')
    expect(marker.split('\n').slice(4)).toEqual([
      'alliances.csv',
      'candidates.json',
      'datapackage.json',
      'dataset.json',
      'dataset.xlsx',
      'messages.json',
      'organizations.csv',
      'paper.md',
      'platforms.csv',
      'positions.json',
      'relations.csv',
      'review/index.html',
      'review/sources/paper.html',
      ''
    ])
    const dataset = await readFile(path.join(cwd, 'out/dataset.json'), 'utf8')
    await writeFile(path.join(cwd, 'out/dataset.json'), '{"edited": true}')
    expect((await build(cwd, '--no-cache')).code).toBe(0)
    expect(await readFile(path.join(cwd, 'out/dataset.json'), 'utf8')).toBe(dataset)
    expect(await readFile(path.join(cwd, 'out/.whitepaper-datasets'), 'utf8')).toBe(marker)
  })

  it('with the marker of before the lists, is read as holding the files a build writes by name, and gets a list', async () => {
    const cwd = await small()
    expect((await build(cwd)).code).toBe(0)
    await writeFile(path.join(cwd, 'out/.whitepaper-datasets'), legacyMarker)
    await writeFile(path.join(cwd, 'out/old-source.md'), 'a source since removed')
    const result = await build(cwd, '--no-cache')
    expect(result.code).toBe(0)
    expect(await readMarker(path.join(cwd, 'out'))).toMatchObject({kind: 'output'})
    expect(await readdir(path.join(cwd, 'out'))).not.toContain('old-source.md')
  })

  it('that is a symbolic link is written where it points, and stays a link', async () => {
    const cwd = await small()
    await mkdir(path.join(cwd, 'target'))
    await symlink(path.join(cwd, 'target'), path.join(cwd, 'link'))
    expect((await build(cwd, '--out', 'link')).code).toBe(0)
    expect((await build(cwd, '--out', 'link', '--no-cache')).code).toBe(0)
    expect((await lstat(path.join(cwd, 'link'))).isSymbolicLink()).toBe(true)
    expect(await readdir(path.join(cwd, 'target'))).toContain('dataset.json')
    expect((await readdir(cwd)).sort()).toEqual(['link', 'sources', 'target'])
  })
})

describe('the folders a build works in beside the output', {timeout: 30_000}, () => {
  it('are its own: folders of those names a user made, or a running build holds, are never renamed or removed', async () => {
    const cwd = await small()
    // a user's folders that happen to have the names of a build's working folders, `out/` missing
    for (const name of ['.out-previous-x', `.out-previous-${deadPid}`, `.out-staging-${deadPid}`]) {
      await mkdir(path.join(cwd, name))
      await writeFile(path.join(cwd, name, 'mine.txt'), 'my own file')
    }
    // a staging folder of a build still running (this test's parent process)
    await mkdir(path.join(cwd, `.out-staging-${process.ppid}`))
    await writeFile(path.join(cwd, `.out-staging-${process.ppid}`, '.whitepaper-datasets'), `whitepaper-datasets staging folder, format 2\npid ${process.ppid}\n`)
    await writeFile(path.join(cwd, `.out-staging-${process.ppid}`, 'dataset.json'), '{}')
    const before = await snapshot(cwd)
    expect((await build(cwd)).code).toBe(0)
    const after = await snapshot(cwd)
    for (const [file, bytes] of Object.entries(before)) expect(after[file], file).toBe(bytes)
    expect(await readdir(path.join(cwd, 'out'))).toContain('dataset.json')
  })

  it('left by a build that died are removed, file by file as their marker lists them, keeping anything else', async () => {
    const cwd = await small()
    expect((await build(cwd)).code).toBe(0)
    const aside = path.join(cwd, `.out-previous-${deadPid}`)
    await mkdir(path.join(aside, 'review'), {recursive: true})
    await writeFile(path.join(aside, 'dataset.json'), '{}')
    await writeFile(path.join(aside, 'review/index.html'), '<p>')
    await writeFile(path.join(aside, '.whitepaper-datasets'), outputMarker(['dataset.json', 'review/index.html']))
    const staging = path.join(cwd, `.out-staging-${deadPid}`)
    await mkdir(staging)
    await writeFile(path.join(staging, '.whitepaper-datasets'), `whitepaper-datasets staging folder, format 2\npid ${deadPid}\n`)
    await writeFile(path.join(staging, 'paper.md'), '# 甲联盟\n')
    await writeFile(path.join(staging, 'notes.txt'), 'put here by a user')
    expect((await build(cwd, '--no-cache')).code).toBe(0)
    expect(await readdir(cwd)).not.toContain(path.basename(aside))
    expect(await readdir(staging)).toEqual(['.whitepaper-datasets', 'notes.txt'])
  })

  it('keep, and name, files a user put in the old output while the build ran', async () => {
    const cwd = await temporaryFolder('output-folder-')
    const outDir = path.join(cwd, 'out')
    const first = await OutputFolder.open(outDir, false)
    await first.add('dataset.json', '{}')
    expect(await first.commit()).toEqual([])
    const second = await OutputFolder.open(outDir, false)
    await second.add('dataset.json', '{"second": true}')
    await writeFile(path.join(outDir, 'thesis.docx'), 'my thesis')
    expect(await second.commit()).toEqual([`.out-previous-${process.pid}`, 'thesis.docx'])
    expect(await readFile(path.join(cwd, `.out-previous-${process.pid}`, 'thesis.docx'), 'utf8')).toBe('my thesis')
    expect(await readdir(path.join(cwd, `.out-previous-${process.pid}`))).toEqual(['.whitepaper-datasets', 'thesis.docx'])
  })
})

describe('a build never removes a file it did not write', () => {
  // names of a user's files: never a name a build gives its outputs (a marker written by hand that lists
  // `dataset.json` is trusted with a file of that name)
  const userName = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/), fc.constantFrom('.docx', '.txt', '.png', '', '.yaml')).map(([stem, ending]) => `${stem}${ending}`)
  const userFile = fc.tuple(fc.array(fc.constantFrom('review', 'notes', 'sub'), {maxLength: 2}), userName).map(([folders, name]) => [...folders, name].join('/'))
  const forged = fc.oneof(
    fc.constant(''),
    fc.string({maxLength: 40}),
    fc.constant(legacyMarker),
    fc.constant('folder'),
    fc.array(userFile, {maxLength: 4}).map((files) => outputMarker(['dataset.json', ...files])),
    fc.array(userFile, {maxLength: 4}).map((files) => `whitepaper-datasets staging folder, format 2\npid 1\n${files.join('\n')}`)
  )

  it('for random folders of files and a random forged marker', {timeout: 60_000}, async () => {
    const cwd = await small()
    let round = 0
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(userFile, {minLength: 1, maxLength: 6, comparator: (a, b) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`)}), forged, async (files, marker) => {
        const out = `out-${round++}`
        const folder = path.join(cwd, out)
        for (const file of files) {
          await mkdir(path.dirname(path.join(folder, file)), {recursive: true})
          await writeFile(path.join(folder, file), file)
        }
        if (marker === 'folder') await mkdir(path.join(folder, '.whitepaper-datasets'))
        else await writeFile(path.join(folder, '.whitepaper-datasets'), marker)
        const result = await build(cwd, 'sources', '--out', out)
        expect(result.code).toBe(2)
        for (const file of files) expect(await readFile(path.join(folder, file), 'utf8')).toBe(file)
      }),
      {numRuns: 25, seed: 18}
    )
  })
})
