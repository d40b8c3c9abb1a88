import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdtemp, readFile, readdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parse} from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import {beforeAll, describe, expect, it} from 'vitest'
import type {Dataset} from '../schemas/dataset.ts'
import {build} from '../pipeline/build.ts'
import {listSeparator} from '../pipeline/write-csv.ts'

/** A source whose names would run as formulas in a spreadsheet that trusted them. */
const hostile = `# 区块链联盟
## =HYPERLINK("http://evil.example","点我")联盟：该联盟由+加号公司、-减号集团、@艾特银行联合发起，会员超过 10 家。
## 正常联盟：该联盟由甲公司发起。
`
const formulaStart = /^[=+\-@]/
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((file) => existsSync(file))

let out: string
let dataset: Dataset

beforeAll(async () => {
  const cwd = await mkdtemp(path.join(tmpdir(), 'sheet-'))
  await writeFile(path.join(cwd, 'hostile.txt'), hostile)
  expect((await build({inputs: ['hostile.txt'], outDir: 'out', check: false, cwd})).code).toBe(0)
  out = path.join(cwd, 'out')
  dataset = JSON.parse(await readFile(path.join(out, 'dataset.json'), 'utf8')) as Dataset
})

/** Undo the CSV's formula guard: a leading `'` before `=`, `+`, `-`, `@`. */
const unguard = (cell: string) => cell.replace(/^'(?=[=+\-@\t\r])/, '')

describe('CSV against formula injection', () => {
  it('reads the hostile names back from JSON as written', () => {
    expect(dataset.alliances[0]!.name).toBe('=HYPERLINK("http://evil.example","点我")联盟')
    expect(dataset.alliances[0]!.founders.map((party) => party.name)).toEqual(['+加号公司', '-减号集团', '@艾特银行'])
  })

  it('starts no cell of any CSV with a formula, and reads back to the JSON’s values once unguarded', async () => {
    for (const name of (await readdir(out)).filter((file) => file.endsWith('.csv'))) {
      const rows = parse(await readFile(path.join(out, name), 'utf8'), {columns: true}) as Array<Record<string, string>>
      for (const row of rows) for (const cell of Object.values(row)) expect(cell, `${name}: ${cell}`).not.toMatch(formulaStart)
    }
    const alliances = parse(await readFile(path.join(out, 'alliances.csv'), 'utf8'), {columns: true}) as Array<Record<string, string>>
    expect(unguard(alliances[0]!.name!)).toBe(dataset.alliances[0]!.name)
    expect(alliances[0]!.founders!.split(listSeparator).map(unguard)).toEqual(['+加号公司', '-减号集团', '@艾特银行'])
    const organizations = parse(await readFile(path.join(out, 'organizations.csv'), 'utf8'), {columns: true}) as Array<Record<string, string>>
    expect(organizations.map((row) => unguard(row.name!))).toEqual(dataset.organizations.map((record) => record.name))
  })
})

describe('the workbook', () => {
  it('has one sheet per record kind, bold frozen headers, an auto-filter, and values, never formulas', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(path.join(out, 'dataset.xlsx'))
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['alliances', 'platforms', 'organizations', 'relations'])
    const sheet = workbook.getWorksheet('alliances')!
    expect(sheet.getRow(1).font?.bold).toBe(true)
    expect(sheet.views[0]).toMatchObject({state: 'frozen', ySplit: 1})
    expect(sheet.autoFilter).toBeTruthy()
    expect(sheet.getCell('B2').value).toBe('=HYPERLINK("http://evil.example","点我")联盟')
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.String)
    expect(sheet.getCell('D2').value).toBe(['+加号公司', '-减号集团', '@艾特银行'].join(listSeparator))
    workbook.eachSheet((each) =>
      each.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)
        })
      )
    )
    // exceljs leaves out a width equal to the default (9)
    const widths = Array.from({length: sheet.columnCount}, (_, index) => sheet.getColumn(index + 1).width ?? 9)
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(8)
    const headers = Array.from({length: sheet.columnCount}, (_, index) => sheet.getRow(1).getCell(index + 1).value)
    expect(widths[headers.indexOf('description')]).toBe(60)
  })

  // CI installs LibreOffice (.ci/run), so there the test never skips
  it.skipIf(!soffice && !process.env.CI)('opens in LibreOffice with Chinese intact and the names as text', {timeout: 120_000}, async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'libreoffice-'))
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'
    execFileSync(soffice!, ['--headless', `-env:UserInstallation=file://${folder}/profile`, '--convert-to', filter, '--outdir', folder, path.join(out, 'dataset.xlsx')], {stdio: 'ignore'})
    const sheets = (await readdir(folder)).filter((file) => file.endsWith('.csv')).sort()
    expect(sheets).toEqual(['dataset-alliances.csv', 'dataset-organizations.csv', 'dataset-platforms.csv', 'dataset-relations.csv'])
    const alliances = parse(await readFile(path.join(folder, 'dataset-alliances.csv'), 'utf8'), {columns: true}) as Array<Record<string, string>>
    expect(alliances.map((row) => row.name)).toEqual(['=HYPERLINK("http://evil.example","点我")联盟', '正常联盟'])
    expect(alliances[0]!.memberCount).toBe('10')
  })
})
