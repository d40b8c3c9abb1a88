import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {maxCorrectionsBytes} from '../../pipeline/dataset/corrections/read-corrections.ts'
import {build, builtSmallProject, snapshot} from '../helpers/cli.ts'

/** A project of one small source of our own, built once into `out/`. */
const built = () => builtSmallProject('corrections-safety-')

const reject = '- action: reject\n  kind: alliance\n  name: 甲联盟\n'

describe('--corrections', {timeout: 30_000}, () => {
  it('refuses, exit 2, a folder that is missing, a file, inside the output folder or inside a source folder', async () => {
    const cwd = await built()
    await writeFile(path.join(cwd, 'corrections.yaml'), reject)
    await mkdir(path.join(cwd, 'out-corrections'))
    await mkdir(path.join(cwd, 'sources/corrections'))
    const before = await snapshot(cwd)
    const cases: Array<[string[], string]> = [
      [['--corrections', 'typo'], '--corrections "typo": no such folder; name the folder that holds the corrections files (<source-id>.corrections.yaml)'],
      [['--corrections', 'corrections.yaml'], '--corrections "corrections.yaml": refused, it is a file, not a folder of corrections files (<source-id>.corrections.yaml)'],
      [['--corrections', 'out'], '--corrections "out": refused, it lies inside the output folder "out", which every build replaces: keep corrections beside the sources or in a folder of their own'],
      [['--corrections', 'sources/corrections'], '--corrections "sources/corrections": refused, it lies inside the source folder "sources": keep corrections beside their sources (the default) or in a folder of their own']
    ]
    for (const [args, line] of cases) {
      const result = await build(cwd, ...args)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr, args.join(' ')).toBe(`${line}\n`)
    }
    expect(await snapshot(cwd)).toEqual(before)
  })

  it('warns of a corrections file that names no source, with the source it most likely meant', async () => {
    const cwd = await built()
    await mkdir(path.join(cwd, 'corrections'))
    await writeFile(path.join(cwd, 'corrections/Paper.corrections.yaml'), reject)
    await writeFile(path.join(cwd, 'corrections/paperr.corrections.yaml'), reject)
    await writeFile(path.join(cwd, 'corrections/other.corrections.yaml'), reject)
    const result = await build(cwd, '--corrections', 'corrections')
    expect(result.code).toBe(0)
    const expected = 'Unexpected corrections file that names no source of this build, expected `<source-id>.corrections.yaml` in the corrections folder: its corrections were not applied'
    expect(result.stderr).toContain(`corrections/Paper.corrections.yaml:1:1: warning: ${expected}; did you mean \`paper.corrections.yaml\` (source \`paper\`)? [orphan-correction]`)
    expect(result.stderr).toContain(`corrections/paperr.corrections.yaml:1:1: warning: ${expected}; did you mean \`paper.corrections.yaml\` (source \`paper\`)? [orphan-correction]`)
    expect(result.stderr).toContain(`corrections/other.corrections.yaml:1:1: warning: ${expected} [orphan-correction]`)
    // beside the sources too, and again on a build with nothing else to do
    await writeFile(path.join(cwd, 'sources/Paper.corrections.yaml'), reject)
    for (let round = 0; round < 2; round++) {
      const beside = await build(cwd)
      expect(beside.code).toBe(0)
      expect(beside.stderr).toContain(
        'sources/Paper.corrections.yaml:1:1: warning: Unexpected corrections file that names no source of this build, expected `<source-id>.corrections.yaml` beside its source: its corrections were not applied; did you mean `sources/paper.corrections.yaml`? [orphan-correction]'
      )
    }
    const dataset = JSON.parse(await readFile(path.join(cwd, 'out/dataset.json'), 'utf8'))
    expect(dataset.alliances.map((record: {name: string}) => record.name)).toEqual(['甲联盟'])
  })
})

describe('a corrections file', {timeout: 30_000}, () => {
  /** Build with `text` as the source's corrections: exit code, output, and whether `out/` is unchanged. */
  async function withCorrections(text: string | Buffer | 'folder') {
    const cwd = await built()
    const before = await snapshot(path.join(cwd, 'out'))
    const at = path.join(cwd, 'sources/paper.corrections.yaml')
    if (text === 'folder') await mkdir(at)
    else await writeFile(at, text)
    const result = await build(cwd)
    return {...result, unchanged: JSON.stringify(await snapshot(path.join(cwd, 'out'))) === JSON.stringify(before)}
  }

  it('that is a folder is an error naming it, and nothing is written', async () => {
    const result = await withCorrections('folder')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('sources/paper.corrections.yaml:1:1: error: Cannot read the corrections file: it is a folder, not a file [unreadable-corrections]')
    expect(result.unchanged).toBe(true)
  })

  it(`over ${maxCorrectionsBytes} bytes is refused unread`, async () => {
    const result = await withCorrections(Buffer.alloc(maxCorrectionsBytes + 1, '#'))
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`error: Unexpected corrections file of ${maxCorrectionsBytes + 1} bytes, expected at most ${maxCorrectionsBytes}`)
    expect(result.stderr).toContain('[corrections-too-large]')
    expect(result.unchanged).toBe(true)
  })

  it('with aliases that expand past the bound (a "billion laughs") is a syntax error at the first alias', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let level = 1; level < 9; level++) levels.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${String.fromCharCode(96 + level)}`).join(',')}]`)
    const result = await withCorrections(`- action: reject\n  kind: alliance\n  name: 甲联盟\n  note:\n    ${levels.join('\n    ')}\n`)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/sources\/paper\.corrections\.yaml:6:\d+: error: Unexpected YAML aliases that expand to more than 1000 copies .*\[corrections-syntax\]/)
    expect(result.unchanged).toBe(true)
  })

  it('names the bad value and the values allowed, once a key, and refuses names of white space', async () => {
    const result = await withCorrections(
      [
        '- action: reject\n  kind: alliance\n  name: 甲联盟\n  field: foundrs\n  value: 乙公司',
        '- action: rename\n  kind: alliance\n  name: 甲联盟\n  to: "   "',
        '- action: reject\n  kind: exchange\n  name: "  "',
        '- action: remove\n  kind: alliance\n  name: 甲联盟'
      ].join('\n') + '\n'
    )
    expect(result.code).toBe(1)
    const errors = result.stderr.split('\n').filter((line) => line.includes(': error: '))
    expect(errors).toEqual([
      'sources/paper.corrections.yaml:4:10: error: Unexpected reject correction whose `field` is `foundrs`, expected one of `aliases`, `founders`, `members`, `developers`, `participants`, `basedOn`, `founded`, `launched`, `memberCount`, `origin` [invalid-correction]',
      'sources/paper.corrections.yaml:9:7: error: Unexpected rename correction whose `to` is only white space, expected a name or value [invalid-correction]',
      'sources/paper.corrections.yaml:11:9: error: Unexpected reject correction whose `kind` is `exchange`, expected one of `alliance`, `platform`, `organization` [invalid-correction]',
      'sources/paper.corrections.yaml:12:9: error: Unexpected reject correction whose `name` is only white space, expected a name or value [invalid-correction]',
      'sources/paper.corrections.yaml:13:3: error: Unexpected correction with `action: remove`, expected one of `reject`, `add`, `rename`, `merge`, `set-kind` [invalid-correction]'
    ])
    expect(result.unchanged).toBe(true)
  })

  it('with thousands of wrong corrections says fifty, then counts the rest', async () => {
    const result = await withCorrections('- action: remove\n  kind: alliance\n  name: 甲联盟\n'.repeat(5000))
    expect(result.code).toBe(1)
    const errors = result.stderr.split('\n').filter((line) => line.includes(': error: '))
    expect(errors).toHaveLength(51)
    expect(errors[0]).toBe('sources/paper.corrections.yaml:1:1: error: … and 4950 more corrections with errors, not checked one by one: fix the ones above first [invalid-correction]')
    expect(result.unchanged).toBe(true)
  })
})
