import {readdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {fileConcurrency, OutputFolder} from '../../pipeline/build/write-out.ts'
import {temporaryFolder} from '../helpers/temporary.ts'

/** More files than may be open at once, so some wait for a place. */
const count = fileConcurrency * 8
const name = (index: number) => `part-${String(index).padStart(3, '0')}.md`

describe('the output folder', () => {
  it('writes every file given, however many wait for the disk, and swaps them in whole', async () => {
    const outDir = path.join(await temporaryFolder('write-out-'), 'out')
    const folder = await OutputFolder.open(outDir, false)
    for (let index = 0; index < count; index++) await folder.add(name(index), `第 ${index} 份\n`)
    await expect(readdir(outDir)).rejects.toThrow()
    await folder.commit()
    const written = (await readdir(outDir)).sort()
    expect(written).toEqual(['.whitepaper-datasets', ...Array.from({length: count}, (_, index) => name(index))])
    expect(await readFile(path.join(outDir, name(count - 1)), 'utf8')).toBe(`第 ${count - 1} 份\n`)
    // the marker lists every file written, after its format line and two lines for a person
    const marker = (await readFile(path.join(outDir, '.whitepaper-datasets'), 'utf8')).split('\n')
    expect(marker[0]).toBe('whitepaper-datasets output folder, format 2')
    expect(marker.slice(4)).toEqual([...Array.from({length: count}, (_, index) => name(index)), ''])
    expect(folder.size).toBe(count + 1)
  })

  it('with check, writes nothing and names the files that differ, are missing or are extra', async () => {
    const outDir = path.join(await temporaryFolder('write-out-'), 'out')
    const first = await OutputFolder.open(outDir, false)
    for (let index = 0; index < count; index++) await first.add(name(index), `第 ${index} 份\n`)
    await first.commit()
    await writeFile(path.join(outDir, 'extra.md'), 'x')

    const check = await OutputFolder.open(outDir, true)
    for (let index = 0; index < count; index++) await check.add(name(index), index === 7 ? 'changed\n' : `第 ${index} 份\n`)
    await check.add('missing.md', 'y')
    // the marker differs too: it would list missing.md
    expect(await check.differences()).toEqual(['.whitepaper-datasets', 'extra.md', 'missing.md', name(7)].sort())
    expect(await readFile(path.join(outDir, name(7)), 'utf8')).toBe('第 7 份\n')
  })
})
