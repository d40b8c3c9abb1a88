import {displayWidth} from '../lexicon/characters.ts'
import type {Row, Table} from './write-csv.ts'

/** A fixed time for the workbook's properties and its zip entries, so the same dataset gives the same bytes. */
const epoch = new Date(Date.UTC(1980, 0, 1))
/** The most characters a spreadsheet cell holds (Excel's limit; LibreOffice's is larger). */
export const cellLimit = 32_767
/** What ends a cell that was cut to fit. */
const cutMark = '…'
const widest = 60
const narrowest = 8

/**
 * `dataset.xlsx`: one sheet per record kind, the header row bold and frozen,
 * an auto-filter, columns sized to their content, list cells one item a line.
 * Cells hold values only, never formulas, so a name starting with `=` stays text.
 * A value longer than a cell holds is cut to fit, ending in `…`, and
 * `onCut` is told (the JSON and CSV keep it whole).
 */
export async function writeXlsx(
  tables: readonly Table[],
  onCut: (table: string, row: Row, column: string, length: number) => void = () => undefined
): Promise<Uint8Array> {
  const {default: ExcelJS} = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'whitepaper-datasets'
  workbook.created = epoch
  workbook.modified = epoch
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, {views: [{state: 'frozen', ySplit: 1}]})
    sheet.columns = table.columns.map((column) => ({header: column, key: column, width: columnWidth(column, table.rows.map((row) => row[column]))}))
    for (const row of table.rows) {
      const added = sheet.addRow(
        table.columns.map((column) => {
          const value = row[column] ?? null
          if (typeof value !== 'string' || value.length <= cellLimit) return value
          onCut(table.name, row, column, value.length)
          return value.slice(0, cellLimit - cutMark.length) + cutMark
        })
      )
      added.eachCell((cell) => {
        if (typeof cell.value === 'string' && cell.value.includes('\n')) cell.alignment = {wrapText: true, vertical: 'top'}
        else cell.alignment = {vertical: 'top'}
      })
    }
    sheet.getRow(1).font = {bold: true}
    sheet.autoFilter = {from: {row: 1, column: 1}, to: {row: Math.max(1, table.rows.length + 1), column: table.columns.length}}
  }
  return deterministic(new Uint8Array(await workbook.xlsx.writeBuffer()))
}

function columnWidth(header: string, values: ReadonlyArray<string | number | null | undefined>): number {
  let width = displayWidth(header)
  for (const value of values) {
    for (const line of String(value ?? '').split('\n')) width = Math.max(width, displayWidth(line))
  }
  return Math.min(widest, Math.max(narrowest, width + 2))
}

/**
 * The same zip with every entry dated `epoch`: exceljs stamps them with the
 * time of writing. The entries keep their compressed bytes (JSZip reuses them
 * when the compression does not change), so nothing is compressed twice.
 */
async function deterministic(bytes: Uint8Array): Promise<Uint8Array> {
  const {default: JSZip} = await import('jszip')
  const zip = await JSZip.loadAsync(bytes)
  for (const entry of Object.values(zip.files)) entry.date = epoch
  return zip.generateAsync({type: 'uint8array', compression: 'DEFLATE'})
}
