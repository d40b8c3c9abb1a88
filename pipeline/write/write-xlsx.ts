import {zipSync} from 'fflate'
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
/** Excel's limit on a sheet's name. */
const sheetNameLimit = 31

/** The cell styles of `styles.xml`, by their index in its `cellXfs`. */
const style = {top: 1, wrapped: 2, header: 3} as const

/**
 * `dataset.xlsx`: one sheet per record kind, the header row bold and frozen,
 * an auto-filter, columns sized to their content, list cells one item a line.
 * Cells hold values only, never formulas, so a name starting with `=` stays text.
 * A value longer than a cell holds is cut to fit, ending in `…`, and
 * `onCut` is told (the JSON and CSV keep it whole).
 *
 * The workbook is Office Open XML written here (its parts are a few fixed
 * files and one sheet a table) and zipped with fflate: a workbook library
 * (exceljs) cost a build a fifth of a second to load for the one thing it did.
 */
export async function writeXlsx(
  tables: readonly Table[],
  onCut: (table: string, row: Row, column: string, length: number) => void = () => undefined
): Promise<Uint8Array> {
  const strings = new SharedStrings()
  const sheets = tables.map((table) => sheetXml(table, strings, onCut))
  const names = tables.map((table) => sheetName(table.name))
  const text = (xml: string) => [new TextEncoder().encode(xml), {mtime: epoch}] as const
  const files: Record<string, readonly [Uint8Array, {mtime: Date}]> = {
    '[Content_Types].xml': text(contentTypes(tables.length)),
    '_rels/.rels': text(relationships([['officeDocument', 'xl/workbook.xml'], ['metadata/core-properties', 'docProps/core.xml', 'http://schemas.openxmlformats.org/package/2006/relationships']])),
    'docProps/core.xml': text(coreProperties),
    'xl/workbook.xml': text(workbookXml(names, tables)),
    'xl/_rels/workbook.xml.rels': text(relationships([...names.map((_, index) => ['worksheet', `worksheets/sheet${index + 1}.xml`] as [string, string]), ['styles', 'styles.xml'], ['sharedStrings', 'sharedStrings.xml']])),
    'xl/styles.xml': text(stylesXml),
    'xl/sharedStrings.xml': text(strings.xml()),
    ...Object.fromEntries(sheets.map((sheet, index) => [`xl/worksheets/sheet${index + 1}.xml`, text(sheet)]))
  }
  return zipSync(files as Parameters<typeof zipSync>[0], {level: 6, mtime: epoch})
}

/** One sheet: its columns' widths, the header row, a row a record, the auto-filter over them. */
function sheetXml(table: Table, strings: SharedStrings, onCut: (table: string, row: Row, column: string, length: number) => void): string {
  const last = columnLetters(Math.max(1, table.columns.length))
  const cols = table.columns.map((column, index) => `<col min="${index + 1}" max="${index + 1}" width="${columnWidth(column, table.rows.map((row) => row[column]))}" customWidth="1"/>`)
  const header = table.columns.map((column, index) => `<c r="${columnLetters(index + 1)}1" s="${style.header}" t="s"><v>${strings.index(column)}</v></c>`)
  const rows = [`<row r="1" s="${style.header}" customFormat="1">${header.join('')}</row>`]
  for (const [at, row] of table.rows.entries()) {
    const number = at + 2
    const cells: string[] = []
    for (const [index, column] of table.columns.entries()) {
      const reference = `${columnLetters(index + 1)}${number}`
      let value = row[column] ?? null
      if (value === null || value === '') {
        cells.push(`<c r="${reference}" s="${style.top}"/>`)
        continue
      }
      if (typeof value === 'number') {
        cells.push(`<c r="${reference}" s="${style.top}"><v>${value}</v></c>`)
        continue
      }
      if (value.length > cellLimit) {
        onCut(table.name, row, column, value.length)
        value = value.slice(0, cellLimit - cutMark.length) + cutMark
      }
      cells.push(`<c r="${reference}" s="${value.includes('\n') ? style.wrapped : style.top}" t="s"><v>${strings.index(value)}</v></c>`)
    }
    rows.push(`<row r="${number}">${cells.join('')}</row>`)
  }
  return (
    `${declaration}<worksheet xmlns="${mainNamespace}" xmlns:r="${relationshipNamespace}">` +
    `<dimension ref="A1:${last}${table.rows.length + 1}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    `<autoFilter ref="A1:${last}${Math.max(1, table.rows.length + 1)}"/>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  )
}

/** The strings of every sheet, each written once and referred to by its index. */
class SharedStrings {
  private readonly indices = new Map<string, number>()
  private count = 0

  index(value: string): number {
    this.count++
    let index = this.indices.get(value)
    if (index === undefined) {
      index = this.indices.size
      this.indices.set(value, index)
    }
    return index
  }

  xml(): string {
    const items = [...this.indices.keys()].map((value) => `<si><t xml:space="preserve">${escapeText(value)}</t></si>`)
    return `${declaration}<sst xmlns="${mainNamespace}" count="${this.count}" uniqueCount="${this.indices.size}">${items.join('')}</sst>`
  }
}

function workbookXml(names: readonly string[], tables: readonly Table[]): string {
  const sheets = names.map((name, index) => `<sheet name="${escapeText(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
  // the auto-filter's range, as Excel keeps it beside the sheet's own
  const filters = tables.map((table, index) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">'${escapeText(names[index]!.replace(/'/g, "''"))}'!$A$1:$${columnLetters(Math.max(1, table.columns.length))}$${Math.max(1, table.rows.length + 1)}</definedName>`)
  return (
    `${declaration}<workbook xmlns="${mainNamespace}" xmlns:r="${relationshipNamespace}">` +
    '<bookViews><workbookView/></bookViews>' +
    `<sheets>${sheets.join('')}</sheets>` +
    (filters.length > 0 ? `<definedNames>${filters.join('')}</definedNames>` : '') +
    '</workbook>'
  )
}

function contentTypes(sheets: number): string {
  const overrides = [
    ['/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
    ...Array.from({length: sheets}, (_, index) => [`/xl/worksheets/sheet${index + 1}.xml`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml']),
    ['/xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml'],
    ['/xl/sharedStrings.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml'],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml']
  ]
  return (
    `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('') +
    '</Types>'
  )
}

/** A part's relationships: each a type (under the office document's relationships unless a base is given) and a target. */
function relationships(targets: ReadonlyArray<readonly [string, string, string?]>): string {
  const items = targets.map(([type, target, base], index) => `<Relationship Id="rId${index + 1}" Type="${base ?? 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}/${type}" Target="${target}"/>`)
  return `${declaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`
}

const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const mainNamespace = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const relationshipNamespace = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

const coreProperties =
  `${declaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
  '<dc:creator>whitepaper-datasets</dc:creator>' +
  `<dcterms:created xsi:type="dcterms:W3CDTF">${epoch.toISOString().replace(/\.\d+Z$/, 'Z')}</dcterms:created>` +
  `<dcterms:modified xsi:type="dcterms:W3CDTF">${epoch.toISOString().replace(/\.\d+Z$/, 'Z')}</dcterms:modified>` +
  '</cp:coreProperties>'

/** Fonts: the default, and bold; cell styles: the default, top-aligned, top-aligned wrapping, the bold header. */
const stylesXml =
  `${declaration}<styleSheet xmlns="${mainNamespace}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>'

/** A sheet's name as spreadsheets take it: no `[]:*?/\`, at most 31 characters. */
function sheetName(name: string): string {
  return [...name.replace(/[[\]:*?/\\]/g, '_')].slice(0, sheetNameLimit).join('') || 'sheet'
}

/** `1` → `A`, `27` → `AA`. */
function columnLetters(number: number): string {
  let letters = ''
  for (let rest = number; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters
  return letters
}

/**
 * Text as XML holds it: `&`, `<`, `>`, `"` as entities; characters XML 1.0
 * cannot hold (controls, lone surrogates) in the spreadsheet's own `_xHHHH_`
 * escape, and a written `_xHHHH_` escaped so it reads back as written.
 */
function escapeText(value: string): string {
  return value
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/[&<>"]/g, (character) => entities[character]!)
    // eslint-disable-next-line no-control-regex -- these are the characters to escape
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (character) => `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
}
const entities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}

function columnWidth(header: string, values: ReadonlyArray<string | number | null | undefined>): number {
  let width = displayWidth(header)
  for (const value of values) {
    for (const line of String(value ?? '').split('\n')) width = Math.max(width, displayWidth(line))
  }
  return Math.min(widest, Math.max(narrowest, width + 2))
}
