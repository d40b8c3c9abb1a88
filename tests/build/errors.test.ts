import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {build, project, snapshot} from '../helpers/cli.ts'

/**
 * Bad input gets a message that says where, errors exit 1 and change nothing
 * in out/, warnings do not stop the build, usage errors exit 2.
 */
let baseline: string
let before: Record<string, string>

beforeAll(async () => {
  baseline = await project()
  expect((await build(baseline)).code).toBe(0)
  before = await snapshot(path.join(baseline, 'out'))
}, 60_000)

async function withSource(name: string, content: string | Uint8Array) {
  const cwd = await project({out: path.join(baseline, 'out')})
  await writeFile(path.join(cwd, 'sources', name), content)
  return {cwd, result: await build(cwd)}
}

async function expectUnchanged(cwd: string) {
  expect(await snapshot(path.join(cwd, 'out'))).toEqual(before)
}

const seedEntry = '# 区块链联盟\n## 甲联盟：该联盟由乙公司发起。\n'

describe('a build that fails', {timeout: 30_000}, () => {
  it('names an empty file', async () => {
    const {cwd, result} = await withSource('empty.txt', '')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('sources/empty.txt:1:1: error: Unexpected empty source, expected the text of a white paper [empty-source]')
    await expectUnchanged(cwd)
  })

  it('names a binary file', async () => {
    const {cwd, result} = await withSource('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('sources/image.txt:1:1: error: Unexpected NUL byte at byte offset 8, expected text: this looks like a binary file [binary-source]')
    await expectUnchanged(cwd)
  })

  it('names the byte that is valid in no supported encoding', async () => {
    const bytes = Buffer.concat([Buffer.from('# 区块链联盟\n## 甲联盟：该联盟由乙公司发起'), Buffer.from([0xff]), Buffer.from('。\n')])
    const {cwd, result} = await withSource('broken.txt', bytes)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/sources\/broken\.txt:1:1: error: Unexpected byte 0xff at byte offset \d+, expected UTF-8/)
    await expectUnchanged(cwd)
  })

  it('names a file that is only page furniture', async () => {
    const {cwd, result} = await withSource('furniture.txt', '某某白皮书 某某协会\n1\n某某协会 某某白皮书\n2\n')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('sources/furniture.txt:1:1: error: Unexpected source made only of page furniture')
    await expectUnchanged(cwd)
  })

  it('names a source that cannot be read', async () => {
    const cwd = await project({out: path.join(baseline, 'out')})
    const result = await build(cwd, 'sources', 'missing.txt')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('missing.txt:1:1: error: Cannot read the source: ENOENT [unreadable-source]')
    await expectUnchanged(cwd)
  })

  it('names an output folder that cannot be written', async () => {
    const cwd = await project()
    await writeFile(path.join(cwd, 'blocker'), 'a file, not a folder')
    const result = await build(cwd, '--out', 'blocker/out')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/blocker\/out:1:1: error: Cannot write the output folder: (ENOTDIR|EEXIST) at blocker(\/out)? \[unwritable-output\]/)
  })

  it('exits 2 on an unknown option, before reading anything', async () => {
    const cwd = await project({out: path.join(baseline, 'out')})
    const result = await build(cwd, '--frobnicate')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("Unknown option '--frobnicate'")
    await expectUnchanged(cwd)
  })
})

describe('a build that warns', {timeout: 30_000}, () => {
  it('goes on past a file cut off in the middle of an entry', async () => {
    const {result} = await withSource('cut.txt', '# 区块链联盟\n## 甲联盟：该联盟由乙公司发起，会员超过\n')
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('sources/cut.txt:2:22: warning: Unexpected end of the source in the middle of entry `甲联盟`')
    expect(result.stderr).toContain('[truncated-entry]')
  })

  it('keeps the text of an entry with no name before its separator', async () => {
    const {cwd, result} = await withSource('nameless.txt', `${seedEntry}## ——：该联盟由丙公司发起。\n`)
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('sources/nameless.txt:3:6: warning: Unexpected entry without a name before its separator')
    expect((await snapshot(path.join(cwd, 'out')))['nameless.md']).toBeDefined()
  })

  it('points a second entity of the same name at the first', async () => {
    const {result} = await withSource('twice.txt', `${seedEntry}## 甲联盟：该联盟由丙公司发起。\n`)
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('sources/twice.txt:3:4: warning: Unexpected second alliance named `甲联盟`, expected each name once in a source [duplicate-name]')
    expect(result.stderr).toContain('  sources/twice.txt:2:4: First `甲联盟` is here')
  })

  it('names a section with no entries', async () => {
    const {result} = await withSource('empty-section.txt', `# 区块链开源平台\n本节暂无内容。\n${seedEntry}`)
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('sources/empty-section.txt:1:3: warning: Unexpected section `区块链开源平台` without entries')
  })
})

describe('an output folder', () => {
  it('is created where it did not exist', async () => {
    const cwd = await project()
    await mkdir(path.join(cwd, 'nested'))
    expect((await build(cwd, '--out', 'nested/deeper/out')).code).toBe(0)
  }, 30_000)
})
