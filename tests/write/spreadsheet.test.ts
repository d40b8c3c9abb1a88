import {readFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import {parse} from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import {beforeAll, describe, expect, it} from 'vitest'
import type {Dataset} from '../../schemas/dataset.ts'
import {formulaStart, hostileWorkbook} from '../helpers/hostile-workbook.ts'
import {listSeparator} from '../../pipeline/write/write-csv.ts'
import {writeXlsx} from '../../pipeline/write/write-xlsx.ts'

let out: string
let dataset: Dataset

beforeAll(async () => {
  ;({out, dataset} = await hostileWorkbook())
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
})

describe('the workbook’s text', () => {
  it('reads back as written: markup characters, a written escape, a control character, an emoji; a lone surrogate becomes U+FFFD', async () => {
    const written = 'a&b<c>"d" _x0041_ v\u000bt 😀 \ud800x'
    const bytes = await writeXlsx([{name: 'things', columns: ['name', 'count', 'note'], rows: [{name: written, count: 3, note: null}]}])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('things')!
    expect(sheet.getCell('A2').value).toBe('a&b<c>"d" _x0041_ v\u000bt 😀 \ufffdx')
    expect(sheet.getCell('B2').value).toBe(3)
    expect(sheet.getCell('C2').value).toBeNull()
  })

  it('gives the same bytes for the same tables', async () => {
    const tables = [{name: 'things', columns: ['name'], rows: [{name: '甲'}, {name: '乙'}]}]
    expect(Buffer.from(await writeXlsx(tables)).equals(Buffer.from(await writeXlsx(tables)))).toBe(true)
  })
})
