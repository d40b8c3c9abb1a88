import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {parse} from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import {Ajv2020} from 'ajv/dist/2020.js'
import {parse as parseYaml} from 'yaml'
import {describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build/build.ts'
import {compareDatasets} from '../../pipeline/diff/compare-datasets.ts'
import {buildInto} from '../helpers/review-build.ts'

const seed = await readFile('sources/iot-blockchain-whitepaper.txt', 'utf8')

/** A curator's file of our own for the seed: reject a record, add a fact the text states, rename an organisation. */
const corrections = `# corrections of the seed, by hand
- action: reject
  kind: alliance
  name: 供应链区块链联盟
  note: a list item, not an alliance the text tells of

- action: add
  kind: alliance
  name: 可信物联网联盟
  field: members
  value: 甲银行
  quote: 致力于构建基于区块链的、可信赖的物联网生态系统

- action: rename
  kind: organization
  name: 软银集团
  to: 日本软银集团
`
const files = {'seed.txt': seed, 'seed.corrections.yaml': corrections}

describe('corrections', () => {
  it('show in the dataset, its positions, the CSVs, the workbook and the review page, marked as corrections', async () => {
    const {out, dataset, positions, result} = await buildInto(files)
    expect(result.code).toBe(0)
    expect(dataset.alliances.map((record) => record.name)).not.toContain('供应链区块链联盟')
    const iot = dataset.alliances.find((record) => record.name === '可信物联网联盟')!
    expect(iot.members.map((party) => party.name)).toEqual(['甲银行'])
    expect(iot.corrected).toEqual(['/members/0'])
    // the added fact's place is the quoted sentence's, by correction
    const place = positions.alliances[iot.id]!.facts!['/members/0']!
    expect(place).toMatchObject({source: 'seed', by: 'correction', line: seed.split('\n').findIndex((line) => line.includes('致力于构建基于区块链的')) + 1})
    const cbsg = dataset.alliances.find((record) => record.aliases.includes('CBSG'))!
    expect(cbsg.founders.map((party) => party.name)).toContain('日本软银集团')
    expect(cbsg.corrected).toEqual([`/founders/${cbsg.founders.findIndex((party) => party.name === '日本软银集团')}`])
    expect(dataset.organizations.find((organization) => organization.name === '日本软银集团')?.corrected).toEqual(['/name'])
    expect(dataset.organizations.map((organization) => organization.name)).not.toContain('软银集团')
    expect(dataset.relations.some((relation) => relation.subject === iot.id && relation.predicate === 'hasMember')).toBe(true)
    expect(dataset.corrections.map((entry) => [entry.line, entry.action, entry.status])).toEqual([[2, 'reject', 'applied'], [7, 'add', 'applied'], [14, 'rename', 'applied']])

    const rows = parse(await readFile(path.join(out, 'alliances.csv'), 'utf8'), {columns: true}) as Array<Record<string, string>>
    expect(rows.find((row) => row.name === '可信物联网联盟')?.corrected).toBe('/members/0')
    const organizations = parse(await readFile(path.join(out, 'organizations.csv'), 'utf8'), {columns: true}) as Array<Record<string, string>>
    expect(organizations.find((row) => row.name === '日本软银集团')?.corrected).toBe('/name')

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(path.join(out, 'dataset.xlsx'))
    const sheet = workbook.getWorksheet('alliances')!
    const header = (sheet.getRow(1).values as unknown[]).map(String)
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((candidate) => candidate.getCell(header.indexOf('name')).value === '可信物联网联盟')!
    expect(row.getCell(header.indexOf('corrected')).value).toBe('/members/0')

    const page = await readFile(path.join(out, 'review/sources/seed.html'), 'utf8')
    expect(page).toContain('<li data-f="/members/0" class="corrected"><span class="field">members</span>甲银行</li>')
    expect(page).toMatch(/<mark class="k-alliances fact corrected" data-h="[0-9 ]+">致力于构建基于区块链的/u)
    expect(await readFile(path.join(out, 'review/index.html'), 'utf8')).toContain('<td>3 applied</td>')
  })

  it('that no longer find their words warn once at their own line, and change nothing', async () => {
    // the quoted words are cut by a line break in the source: the edit takes out the words on both lines
    const edited = seed.replace('致力于构建基于区块链的、可信赖的物联\n网生态系统，', '致力于物联网安全，\n')
    expect(edited).not.toBe(seed)
    const {dataset, result, out} = await buildInto({...files, 'seed.txt': edited})
    expect(result.code).toBe(0)
    const stale = result.files.flatMap((file) => file.messages.filter((message) => message.ruleId === 'stale-correction').map((message) => ({file: file.path, line: message.line, column: message.column})))
    expect(stale).toEqual([{file: 'seed.corrections.yaml', line: 7, column: 3}])
    expect(dataset.alliances.find((record) => record.name === '可信物联网联盟')!.members).toEqual([])
    // the other corrections still apply
    expect(dataset.corrections.map((entry) => entry.status)).toEqual(['applied', 'stale', 'applied'])
    const page = await readFile(path.join(out, 'review/sources/seed.html'), 'utf8')
    expect(page).toMatch(/<section id="stale">.*seed\.corrections\.yaml:7:3 warning: .*\[stale-correction\]/u)
  })

  it('never apply to something else: a record gone, a fact not there, words found twice', async () => {
    const wrong = `- action: reject
  kind: platform
  name: 没有这个平台
- action: reject
  kind: alliance
  name: 可信物联网联盟
  field: founders
  value: 甲银行
- action: add
  kind: alliance
  name: 可信物联网联盟
  field: founded
  value: '2017'
  quote: 联盟
`
    const {dataset, result} = await buildInto({'seed.txt': seed, 'seed.corrections.yaml': wrong})
    const plain = await buildInto({'seed.txt': seed})
    expect(dataset.alliances).toEqual(plain.dataset.alliances)
    expect(result.files.flatMap((file) => file.messages.map((message) => `${message.line} ${message.ruleId}`)).filter((line) => !line.includes('suspicious'))).toEqual([
      '1 stale-correction',
      '4 stale-correction',
      '9 ambiguous-correction'
    ])
  })

  it('in a file that does not fit their schema stop the build before it writes anything, at the line', async () => {
    const {cwd, out} = await buildInto({'seed.txt': seed})
    const before = await readFile(path.join(out, 'dataset.json'), 'utf8')
    await writeFile(path.join(cwd, 'seed.corrections.yaml'), '- action: add\n  kind: alliance\n  name: 可信物联网联盟\n  field: members\n  value: 甲银行\n- action: rename\n  kind: platform\n  name: X\n  into: Y\n')
    const result = await build({inputs: ['seed.txt'], outDir: 'out', check: false, cwd, cache: false})
    expect(result.code).toBe(1)
    expect(result.files.flatMap((file) => file.messages.map((message) => `${file.path}:${message.line} ${message.fatal} ${message.ruleId}`))).toEqual([
      'seed.corrections.yaml:1 true invalid-correction',
      'seed.corrections.yaml:6 true invalid-correction',
      'seed.corrections.yaml:9 true invalid-correction'
    ])
    expect(await readFile(path.join(out, 'dataset.json'), 'utf8')).toBe(before)
  })

  it('are read from a folder given with --corrections, decide whether the build is up to date, and show apart in the diff', async () => {
    const {cwd, out, dataset: plain, positions: plainPositions} = await buildInto({'seed.txt': seed})
    await writeFile(path.join(cwd, 'seed.corrections.yaml'), '')
    const {mkdir} = await import('node:fs/promises')
    await mkdir(path.join(cwd, 'curated'))
    await writeFile(path.join(cwd, 'curated', 'seed.corrections.yaml'), corrections)
    const first = await build({inputs: ['seed.txt'], outDir: 'out', check: false, cwd, corrections: 'curated'})
    expect(first.code).toBe(0)
    expect(first.upToDate).toBeFalsy()
    expect(first.dataset!.corrections).toHaveLength(3)
    const again = await build({inputs: ['seed.txt'], outDir: 'out', check: false, cwd, corrections: 'curated'})
    expect(again.upToDate).toBe(true)
    // an edited corrections file is a reason to build again
    await writeFile(path.join(cwd, 'curated', 'seed.corrections.yaml'), corrections.split('\n- action: rename')[0]!)
    const edited = await build({inputs: ['seed.txt'], outDir: 'out', check: false, cwd, corrections: 'curated'})
    expect(edited.upToDate).toBeFalsy()
    expect(edited.dataset!.corrections).toHaveLength(2)

    const after = JSON.parse(await readFile(path.join(out, 'dataset.json'), 'utf8'))
    const changes = compareDatasets({dataset: plain, positions: plainPositions}, {dataset: after, positions: JSON.parse(await readFile(path.join(out, 'positions.json'), 'utf8'))})
    expect([changes.added, changes.removed, changes.changed, changes.renamed]).toEqual([[], [], [], []])
    expect(changes.corrected.map((change) => `${change.kind} ${change.name}`)).toEqual(expect.arrayContaining(['alliances 可信物联网联盟', 'alliances 供应链区块链联盟', 'organizations 甲银行']))
  })

  it('merge two records into one and set a kind, carrying places, ties and names', async () => {
    const text = `# 概况
近年来，甲银行、乙证券等共同发起成立的星河链联盟（简称“星链盟”）逐步壮大。
此后，丙保险、丁信托等共同发起成立的北辰合作联盟（简称“北辰盟”）于 2018 年成立。
另外，戊科技、己集团等共同发起成立的云帆区块链联盟（简称“云帆盟”）发布了开源代码。
`
    const merge = `- action: merge
  kind: alliance
  name: 北辰盟
  into: 星链盟
- action: set-kind
  kind: alliance
  name: 云帆区块链联盟
  to: platform
`
    const {dataset, positions} = await buildInto({'prose.txt': text, 'prose.corrections.yaml': merge})
    expect(dataset.corrections.map((entry) => entry.status)).toEqual(['applied', 'applied'])
    const [star] = dataset.alliances
    expect(dataset.alliances).toHaveLength(1)
    expect(star).toMatchObject({name: '星河链联盟', aliases: ['星链盟', '北辰合作联盟', '北辰盟'], founded: '2018', corrected: ['/aliases/1']})
    expect(star!.founders.map((party) => party.name)).toEqual(['甲银行', '乙证券', '丙保险', '丁信托'])
    // each merged fact keeps the place it was read at
    const facts = positions.alliances[star!.id]!.facts!
    expect(facts['/founders/2']!.line).toBe(3)
    expect(facts['/founded']!.line).toBe(3)
    expect(dataset.relations.filter((relation) => relation.subject === star!.id).map((relation) => relation.predicate)).toEqual(['foundedBy', 'foundedBy', 'foundedBy', 'foundedBy'])
    const [sail] = dataset.platforms
    expect(sail).toMatchObject({name: '云帆区块链联盟', corrected: ['']})
    expect(sail!.developers.map((party) => party.name)).toEqual(['戊科技', '己集团'])
    expect(Object.keys(positions.platforms[sail!.id]!.facts!)).toEqual(['/aliases/0', '/developers/0', '/developers/1'])
    expect(dataset.relations.filter((relation) => relation.subject === sail!.id).map((relation) => relation.predicate)).toEqual(['developedBy', 'developedBy'])
  })

  it('have a JSON Schema of their own that a file of ours fits', async () => {
    const schema = JSON.parse(await readFile('schemas/corrections.schema.json', 'utf8'))
    const validate = new Ajv2020({strict: false}).compile(schema)
    expect(validate(parseYaml(corrections))).toBe(true)
    expect(validate([{action: 'reject', kind: 'company', name: 'X'}])).toBe(false)
  })
})
