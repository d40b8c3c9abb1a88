import {cp, mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import {parse} from 'csv-parse/sync'
import {describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build/build.ts'
import {schemasOf} from '../../pipeline/dataset/kinds.ts'
import {diff} from '../helpers/cli.ts'
import {withExchanges} from '../helpers/exchange-kind.ts'
import {temporaryFolder} from '../helpers/temporary.ts'

/** Sentences of our own: an exchange founded by two parties, with a member count, beside an alliance. */
const text = `# 概况

2019 年，甲银行、乙证券等共同发起成立的星河数字资产交易所（简称“星交所”）开始运营。截至 2020 年底，该交易所会员已超过 40 家。

2018 年，丙公司发起成立了数字账本联盟。
`

async function buildExchanges(cwd: string, outDir = 'out') {
  return build({inputs: ['sources'], outDir, check: false, cwd, workers: 0, cache: false, kinds: withExchanges})
}

describe('a kind a caller registers', () => {
  it('is read, written to every output, corrected and diffed like the dataset’s own kinds', async () => {
    const cwd = await temporaryFolder('third-kind-')
    await mkdir(path.join(cwd, 'sources'))
    await writeFile(path.join(cwd, 'sources/market.txt'), text)
    // a curator adds a member the text names only elsewhere, quoting the words that say so
    await writeFile(path.join(cwd, 'sources/market.corrections.yaml'), '- action: add\n  kind: exchange\n  name: 星交所\n  field: members\n  value: 乙证券\n  quote: 乙证券等共同发起成立\n')
    const result = await buildExchanges(cwd)
    expect(result.files.flatMap((file) => file.messages.filter((message) => message.fatal)).map(String)).toEqual([])
    expect(result.code).toBe(0)
    const out = (name: string) => readFile(path.join(cwd, 'out', name), 'utf8')

    // dataset.json: its own table, valid against the registry's schema, the correction applied and logged
    const dataset = JSON.parse(await out('dataset.json'))
    expect(Object.keys(dataset)).toEqual(['schemaVersion', 'sources', 'alliances', 'platforms', 'exchanges', 'organizations', 'relations', 'corrections'])
    expect(dataset.exchanges).toHaveLength(1)
    const [exchange] = dataset.exchanges
    expect(exchange).toMatchObject({id: expect.stringMatching(/^exchange-/), name: '星河数字资产交易所', aliases: ['星交所'], founded: null, memberCount: {value: 40, qualifier: 'over'}})
    expect(exchange.founders.map((party: {name: string}) => party.name)).toEqual(['甲银行', '乙证券'])
    expect(exchange.members.map((party: {name: string}) => party.name)).toEqual(['乙证券'])
    expect(exchange.corrected).toEqual(['/members/0'])
    expect(dataset.alliances.map((record: {name: string}) => record.name)).toEqual(['数字账本联盟'])
    expect(dataset.corrections).toMatchObject([{kind: 'exchange', action: 'add', status: 'applied'}])
    expect(dataset.relations.filter((relation: {subject: string}) => relation.subject === exchange.id).map((relation: {predicate: string}) => relation.predicate)).toEqual(['foundedBy', 'foundedBy', 'hasMember'])
    const validate = new Ajv2020({strict: false}).compile(schemasOf(withExchanges).Dataset)
    expect(validate(dataset), JSON.stringify(validate.errors)).toBe(true)
    const positions = JSON.parse(await out('positions.json'))
    expect(positions.exchanges[exchange.id]).toMatchObject({source: 'market', line: 3})

    // the CSV: a file of its own, the relations' foreign key column for it
    const rows = parse(await out('exchanges.csv'), {columns: true}) as Array<Record<string, string>>
    expect(rows).toEqual([expect.objectContaining({id: exchange.id, name: '星河数字资产交易所', founders: '甲银行\n乙证券', members: '乙证券', memberCount: '40', memberCountQualifier: 'over', corrected: '/members/0', source: 'market'})])
    const relations = parse(await out('relations.csv'), {columns: true}) as Array<Record<string, string>>
    expect(relations.filter((row) => row.subject === exchange.id).map((row) => row.subjectExchange)).toEqual([exchange.id, exchange.id, exchange.id])

    // the Data Package: a resource described by the kind's schema, and a foreign key to it
    const datapackage = JSON.parse(await out('datapackage.json'))
    const resource = datapackage.resources.find((item: {name: string}) => item.name === 'exchanges')
    expect(resource).toMatchObject({path: 'exchanges.csv', title: 'Exchange'})
    expect(resource.schema.fields.find((field: {name: string}) => field.name === 'founders').description).toMatch(/^Who founded the exchange\./)
    expect(datapackage.resources.find((item: {name: string}) => item.name === 'relations').schema.foreignKeys).toContainEqual({fields: ['subjectExchange'], reference: {resource: 'exchanges', fields: ['id']}})
    expect(datapackage.title).toBe('Alliances, platforms and exchanges read from white papers')

    // the workbook: a sheet of its own with the same rows
    const {default: ExcelJS} = await import('exceljs')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(path.join(cwd, 'out/dataset.xlsx'))
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['alliances', 'platforms', 'exchanges', 'organizations', 'relations'])
    const sheet = workbook.getWorksheet('exchanges')!
    expect(sheet.getRow(2).getCell(2).value).toBe('星河数字资产交易所')

    // the review page: its records, its colour, its box to hide them
    const page = await out('review/sources/market.html')
    expect(page).toContain('<input type="checkbox" data-kind="exchanges" checked> exchanges</label>')
    expect(page).toContain(`<li class="rec k-exchanges" data-r="${exchange.id}"`)
    expect(page).toMatch(/<mark class="k-exchanges (mention|fact)[^"]*" data-h="[^"]+">星河数字资产交易所<\/mark>/u)
    expect(page).toContain('mark.k-exchanges { border-color: #8bd39a;')
    expect(await out('review/index.html')).toContain('<th>exchanges</th>')

    // a change of the text shows as exactly that change, in the exchange, through `npm run diff`
    await cp(path.join(cwd, 'out'), path.join(cwd, 'before'), {recursive: true})
    await writeFile(path.join(cwd, 'sources/market.txt'), text.replace('超过 40 家', '超过 60 家'))
    const again = await buildExchanges(cwd)
    expect(again.code).toBe(0)
    expect(again.changes?.changed).toMatchObject([{kind: 'exchanges', id: exchange.id, fields: [{field: 'memberCount', old: {value: 40}, new: {value: 60}}]}])
    const shown = await diff(cwd, 'before', 'out', '--format', 'json')
    expect(shown.code).toBe(1)
    expect(JSON.parse(shown.stdout).changed).toMatchObject([{kind: 'exchanges', name: '星河数字资产交易所', fields: [{field: 'memberCount'}]}])
  })

  it('is refused in a corrections file of a build that does not register it', async () => {
    const cwd = await temporaryFolder('third-kind-')
    await mkdir(path.join(cwd, 'sources'))
    await writeFile(path.join(cwd, 'sources/market.txt'), text)
    await writeFile(path.join(cwd, 'sources/market.corrections.yaml'), '- action: reject\n  kind: exchange\n  name: 星交所\n')
    const result = await build({inputs: ['sources'], outDir: 'out', check: false, cwd, workers: 0, cache: false})
    expect(result.code).toBe(1)
    expect(result.files.flatMap((file) => file.messages).map((message) => message.reason)).toContainEqual(expect.stringMatching(/^Unexpected reject correction whose `kind` is `exchange`, expected one of `alliance`, `platform`, `organization`/u))
  })
})
