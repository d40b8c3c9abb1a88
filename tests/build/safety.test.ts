import {spawn} from 'node:child_process'
import {mkdir, readFile, readdir, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import iconv from 'iconv-lite'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {decode} from '../../pipeline/read/decode-text.ts'
import {lockOutput, lockPath} from '../../pipeline/build/output-lock.ts'
import {processSource} from '../../pipeline/build/process-source.ts'
import {report} from '../../pipeline/write/report.ts'
import {cellLimit, writeXlsx} from '../../pipeline/write/write-xlsx.ts'
import {build, buildWith, diff, project, snapshot} from '../helpers/cli.ts'

/** Every file under a project folder, to show that a refused build touched nothing. */
const everything = (cwd: string) => snapshot(cwd)

describe('--out', {timeout: 30_000}, () => {
  it('refuses, touching nothing, any folder the build did not write', async () => {
    const cwd = await project()
    await writeFile(path.join(cwd, 'notes.txt'), 'my own file')
    await mkdir(path.join(cwd, 'mine'))
    await writeFile(path.join(cwd, 'mine/keep.txt'), 'my own file')
    const before = await everything(cwd)
    const refusals: Array<[string, string]> = [
      ['', '--out "": an empty path is not an output folder'],
      ['.', '--out ".": refused, it is the current folder or a folder above it'],
      ['..', '--out "..": refused, it is the current folder or a folder above it'],
      ['sources', '--out "sources": refused, it is or holds the source "sources"'],
      ['sources/out', '--out "sources/out": refused, it lies inside the source folder "sources"'],
      ['notes.txt', '--out "notes.txt": refused, it is a file, not a folder'],
      ['mine', '--out "mine": refused, the folder holds files no build wrote (no .whitepaper-datasets in it); name a new or empty folder']
    ]
    for (const [out, line] of refusals) {
      const result = await build(cwd, '--out', out)
      expect(result.code, out).toBe(2)
      expect(result.stderr, out).toBe(`${line}\n`)
    }
    expect(await everything(cwd)).toEqual(before)
  })

  it('takes a new folder, an empty one, or one an earlier build wrote', async () => {
    const cwd = await project()
    await mkdir(path.join(cwd, 'empty'))
    expect((await build(cwd, '--out', 'empty')).code).toBe(0)
    expect((await build(cwd, '--out', 'empty', '--no-cache')).code).toBe(0)
    expect(await readdir(path.join(cwd, 'empty'))).toContain('.whitepaper-datasets')
  })
})

describe('source ids', {timeout: 30_000}, () => {
  const text = (name: string) => `# ${name}区块链联盟\n## ${name}联盟：该联盟由${name}公司发起成立。\n`

  it('are paths under the folder given, so papers of the same name in two folders are two sources', async () => {
    const cwd = await project()
    for (const year of ['2017', '2018']) {
      await mkdir(path.join(cwd, 'sources', year))
      await writeFile(path.join(cwd, 'sources', year, 'paper.txt'), text(year === '2017' ? '甲' : '乙'))
    }
    expect((await build(cwd)).code).toBe(0)
    expect(await readFile(path.join(cwd, 'out/2017/paper.md'), 'utf8')).toContain('甲联盟')
    expect(await readFile(path.join(cwd, 'out/2018/paper.md'), 'utf8')).toContain('乙联盟')
    const dataset = JSON.parse(await readFile(path.join(cwd, 'out/dataset.json'), 'utf8'))
    expect(dataset.sources.map((source: {id: string}) => source.id)).toEqual(['2017/paper', '2018/paper', 'iot-blockchain-whitepaper'])
  })

  it('that clash stop the build with both files named', async () => {
    const cwd = await project()
    for (const folder of ['a', 'b']) {
      await mkdir(path.join(cwd, folder))
      await writeFile(path.join(cwd, folder, 'paper.txt'), text('甲'))
    }
    await writeFile(path.join(cwd, 'sources/iot-blockchain-whitepaper.md'), text('乙'))
    const direct = await build(cwd, 'a/paper.txt', 'b/paper.txt')
    expect(direct.code).toBe(2)
    expect(direct.stderr).toBe('a/paper.txt and b/paper.txt both have the id `paper`: rename one of them [duplicate-source-id]\n')
    const beside = await build(cwd)
    expect(beside.code).toBe(2)
    expect(beside.stderr).toContain('sources/iot-blockchain-whitepaper.md and sources/iot-blockchain-whitepaper.txt both have the id')
    expect(await readdir(cwd)).not.toContain('out')
  })

  it('follow symbolic links, skip hidden files, and say which endings are read', async () => {
    const cwd = await project()
    await mkdir(path.join(cwd, 'elsewhere'))
    await writeFile(path.join(cwd, 'elsewhere/linked.txt'), text('丙'))
    await symlink(path.join(cwd, 'elsewhere/linked.txt'), path.join(cwd, 'sources/linked.txt'))
    await writeFile(path.join(cwd, 'sources/.hidden.txt'), text('丁'))
    await mkdir(path.join(cwd, 'sources/.drafts'))
    await writeFile(path.join(cwd, 'sources/.drafts/draft.txt'), text('戊'))
    expect((await build(cwd)).code).toBe(0)
    expect((await readdir(path.join(cwd, 'out'))).filter((name) => name.endsWith('.md')).sort()).toEqual(['iot-blockchain-whitepaper.md', 'linked.md'])
    await mkdir(path.join(cwd, 'nothing'))
    const none = await build(cwd, 'nothing', '--out', 'other')
    expect(none.code).toBe(1)
    expect(none.stderr).toContain('expected files ending in `.txt`, `.text`, `.md`, `.markdown`, `.pdf` (hidden files are skipped) [no-sources]')
  })
})

describe('encodings', () => {
  // a text of our own in traditional characters, which Big5 holds
  const traditional = '區塊鏈產業聯盟\n\n本聯盟由多家銀行與科技公司發起成立，旨在推動區塊鏈技術在金融領域的應用。截至目前，聯盟成員已經超過五十家。\n'
  const japanese = 'ブロックチェーン推進協会は、日本の企業が設立した団体です。会員は二百社を超えています。\n'

  it('decode Big5, Shift_JIS and UTF-16 without a BOM to the text their UTF-8 twins hold', () => {
    const cases: Array<[string, string, Uint8Array]> = [
      ['big5', traditional, iconv.encode(traditional.repeat(3), 'big5')],
      ['shift_jis', japanese, iconv.encode(japanese.repeat(3), 'shift_jis')],
      ['utf-16le-no-bom', traditional, Buffer.from(traditional.repeat(3), 'utf16le')],
      ['utf-16be-no-bom', traditional, Buffer.from(traditional.repeat(3), 'utf16le').swap16()]
    ]
    for (const [encoding, text, bytes] of cases) expect(decode(bytes), encoding).toEqual({text: text.repeat(3), encoding})
  })

  it('give a Big5 source the same cleaned Markdown as its UTF-8 twin', async () => {
    const cwd = await project()
    await writeFile(path.join(cwd, 'utf8.txt'), traditional.repeat(3))
    await writeFile(path.join(cwd, 'big5.txt'), iconv.encode(traditional.repeat(3), 'big5'))
    const utf8 = await processSource(path.join(cwd, 'utf8.txt'), cwd)
    const big5 = await processSource(path.join(cwd, 'big5.txt'), cwd)
    expect(big5.encoding).toBe('big5')
    expect(big5.markdown).toBe(utf8.markdown)
  })

  it('read Chinese UTF-16 without a BOM in both byte orders, with no NUL byte at all or with NULs on both sides of the pairs', () => {
    // no character of this text has a zero byte: no space, digit or line end in ASCII, no character such as U+4E00
    const noNul = '区块链联盟由甲公司发起成立。该联盟的成员超过百家。'
    const le = Buffer.from(noNul, 'utf16le')
    expect(le.indexOf(0)).toBe(-1)
    expect(decode(le)).toEqual({text: noNul, encoding: 'utf-16le-no-bom'})
    expect(decode(Buffer.from(le).swap16())).toEqual({text: noNul, encoding: 'utf-16be-no-bom'})
    // 一 (U+4E00) puts its zero byte on the other side of the pair from the line ends' and digits'
    const bothSides = '一个联盟\n成员 12 家\n'
    const mixed = Buffer.from(bothSides, 'utf16le')
    expect(mixed.indexOf(0) % 2).toBe(0)
    expect(decode(mixed)).toEqual({text: bothSides, encoding: 'utf-16le-no-bom'})
    expect(decode(Buffer.from(mixed).swap16())).toEqual({text: bothSides, encoding: 'utf-16be-no-bom'})
  })

  it('read a file of a few GBK or Big5 characters, which chardet takes for a single-byte encoding', () => {
    expect(decode(iconv.encode('区块链联', 'gbk'))).toEqual({text: '区块链联', encoding: 'gb18030'})
    expect(decode(iconv.encode('區塊鏈聯', 'big5'))).toEqual({text: '區塊鏈聯', encoding: 'big5'})
    // a short Latin text with accents stays refused: mostly ASCII bytes
    expect(decode(iconv.encode('café élève', 'windows-1252'))).toMatchObject({ruleId: 'invalid-encoding'})
  })

  it('refuse a single-byte encoding instead of guessing it, and name it', () => {
    const latin = iconv.encode('Les consortiums réunissent des sociétés: café, élève, garçon, déjà vu. '.repeat(20), 'windows-1252')
    const decoded = decode(latin)
    expect(decoded).toMatchObject({ruleId: 'unsupported-encoding'})
    expect('error' in decoded && decoded.error).toMatch(/^Unexpected (windows-1252|ISO-8859-1) text/)
  })
})

describe('one build at a time per output folder', {timeout: 30_000}, () => {
  it('waits for the build holding the lock, then says who holds it and writes nothing', async () => {
    const cwd = await project()
    expect((await build(cwd)).code).toBe(0)
    const before = await snapshot(path.join(cwd, 'out'))
    const lock = await lockOutput(path.join(cwd, 'out'))
    if ('heldBy' in lock) throw new Error('the lock is held')
    const {buildCommand} = await import('../../pipeline/build/build-command.ts')
    const {build: buildFunction} = await import('../../pipeline/build/build.ts')
    expect(buildCommand).toBeTypeOf('function')
    const waited = await buildFunction({inputs: ['sources'], outDir: 'out', check: false, cwd, lockWait: 200, cache: false})
    expect(waited.code).toBe(1)
    expect(waited.refused).toBe(`another build (pid ${process.pid}) is writing out; this build wrote nothing`)
    expect(await snapshot(path.join(cwd, 'out'))).toEqual(before)
    await lock.release()
    expect((await build(cwd, '--no-cache')).code).toBe(0)
  })

  it('takes over at once the lock of a build that died', async () => {
    const cwd = await project()
    const child = spawn(process.execPath, ['-e', ''])
    await new Promise((resolve) => child.on('exit', resolve))
    await writeFile(lockPath(path.join(cwd, 'out')), `${child.pid}\n`)
    await writeFile(`${lockPath(path.join(cwd, 'out'))}.${child.pid}.tmp`, `${child.pid}\n`)
    expect((await build(cwd)).code).toBe(0)
    expect((await readdir(cwd)).sort()).toEqual(['out', 'sources'])
  })
})

describe('npm run diff', {timeout: 30_000}, () => {
  it('exits 2 with one clear line on anything that is not a dataset, and 1 only when facts changed', async () => {
    const cwd = await project()
    expect((await build(cwd)).code).toBe(0)
    await writeFile(path.join(cwd, 'empty.json'), '{}')
    await writeFile(path.join(cwd, 'broken.json'), '{"sources": [')
    await writeFile(path.join(cwd, 'future.json'), '{"schemaVersion": 9}')
    const cases: Array<[string[], string]> = [
      [['empty.json'], 'not a dataset: empty.json (no `sources` list)'],
      [['broken.json'], 'not a dataset: broken.json (not JSON)'],
      [['future.json'], 'not a dataset: future.json (schemaVersion 9 is not one this diff reads)'],
      [['missing.json'], 'no such file, folder or git revision: missing.json'],
      [['--', '--output=x'], 'no such file, folder or git revision: --output=x'],
      [['out', '--format', 'xml'], '--format "xml": expected one of text, md, json'],
      [['out', 'out', 'out'], 'unexpected "out": at most OLD and NEW']
    ]
    for (const [args, line] of cases) {
      const result = await diff(cwd, ...args)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr.split('\n')[0], args.join(' ')).toBe(line)
    }
    expect(await readdir(cwd)).not.toContain('x')
    const help = await diff(cwd, '--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: npm run diff/)
    expect((await diff(cwd, 'out')).code).toBe(0)
    // a dataset written before schemaVersion existed is version 1
    const dataset = JSON.parse(await readFile(path.join(cwd, 'out/dataset.json'), 'utf8'))
    delete dataset.schemaVersion
    await writeFile(path.join(cwd, 'v1.json'), JSON.stringify(dataset))
    expect((await diff(cwd, 'v1.json')).code).toBe(0)
  })

  it('writes names as code in Markdown, so no name runs as HTML or breaks out of its span', async () => {
    const cwd = await project()
    expect((await build(cwd)).code).toBe(0)
    const dataset = JSON.parse(await readFile(path.join(cwd, 'out/dataset.json'), 'utf8'))
    dataset.alliances[0].name = '<script>alert(1)</script> `x`'
    dataset.alliances[0].founded = '1999'
    await writeFile(path.join(cwd, 'edited.json'), JSON.stringify(dataset))
    const result = await diff(cwd, 'out', 'edited.json', '--format', 'md')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('`` <script>alert(1)</script> `x` ``')
    expect(result.stdout.replaceAll(/``[^\n]*?``|`[^`\n]*`/g, '')).not.toContain('<script>')
  })
})

describe('bounded output', () => {
  it('shows five messages of a rule per source, then counts the rest; --verbose shows all', () => {
    const file = new VFile({path: 'sources/long.txt'})
    for (let line = 1; line <= 12; line++) file.message('Unexpected thing', {place: {line, column: 1}, ruleId: 'some-rule', source: 'test'})
    const short = report([file]).split('\n')
    expect(short).toHaveLength(6)
    expect(short[5]).toBe('sources/long.txt: … and 7 more [some-rule] (--verbose shows them all; out/messages.json lists them)')
    expect(report([file], {verbose: true}).split('\n')).toHaveLength(12)
  })

  it('cuts a cell the workbook cannot hold, says so, and keeps it whole elsewhere', async () => {
    const long = '甲'.repeat(cellLimit + 100)
    const cut: string[] = []
    const bytes = await writeXlsx([{name: 'alliances', columns: ['id', 'founders'], rows: [{id: 'alliance-x', founders: long}]}], (table, row, column, length) =>
      cut.push(`${table} ${row.id} ${column} ${length}`)
    )
    expect(cut).toEqual([`alliances alliance-x founders ${cellLimit + 100}`])
    const {default: ExcelJS} = await import('exceljs')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
    const value = String(workbook.getWorksheet('alliances')!.getCell('B2').value)
    expect(value).toHaveLength(cellLimit)
    expect(value.endsWith('…')).toBe(true)
  })

  it('names each founder once however often a sentence repeats it', async () => {
    const cwd = await project()
    const repeated = Array.from({length: 40}, () => '乙公司').join('、')
    await writeFile(path.join(cwd, 'long.txt'), `# 区块链联盟\n## 甲联盟：该联盟由${repeated}等发起成立。\n`)
    const result = await processSource(path.join(cwd, 'long.txt'), cwd)
    const [alliance] = result.dataset!.alliances as Array<{founders: Array<{name: string}>}>
    expect(alliance!.founders.map((party) => party.name)).toEqual(['乙公司'])
  })
})

describe('the command line, as a user types it', {timeout: 60_000}, () => {
  it('refuses an empty --out before touching anything', async () => {
    const cwd = await project()
    const before = await everything(cwd)
    const result = await buildWith({}, cwd, '--out', '')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('--out "": an empty path is not an output folder\n')
    expect(await everything(cwd)).toEqual(before)
  })
})
