import {copyFile, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {boxesOf} from '../../pipeline/extract/to-records.ts'
import {readPdf} from '../../pipeline/read/read-pdf.ts'
import {build, builtSmallProject, snapshot} from '../helpers/cli.ts'

/** PDFs of our own (`tests/documents/pdf/`: made with LibreOffice from the HTML beside them, see its README). */
const documents = path.join(import.meta.dirname, '../documents/pdf')
const pdf = async (name: string) => new Uint8Array(await readFile(path.join(documents, name)))

/**
 * A PDF whose font is a Type 3 font of twelve boxes named \`g1\`…\`g12\`, with
 * no map to Unicode: what a PDF drawn from outlines without text looks like
 * to a reader.
 */
function unmappedPdf(): Uint8Array {
  const glyph = '600 0 0 0 500 700 d1 0 0 500 700 re f'
  const content = 'BT /F1 12 Tf 20 100 Td <0102030405060708090a0b0c> Tj ET'
  const names = Array.from({length: 12}, (_, index) => `/g${index + 1}`)
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << ${names.map((name) => `${name} 6 0 R`).join(' ')} >> /Encoding << /Type /Encoding /Differences [1 ${names.join(' ')}] >> /FirstChar 1 /LastChar 12 /Widths [${names.map(() => '600').join(' ')}] >>`,
    `<< /Length ${glyph.length} >>\nstream\n${glyph}\nendstream`
  ]
  let out = '%PDF-1.4\n'
  const offsets = objects.map((object, index) => {
    const at = out.length
    out += `${index + 1} 0 obj\n${object}\nendobj\n`
    return at
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(out)
}

describe('a PDF read directly', {timeout: 30_000}, () => {
  it('gives its text, page by page, with a form feed after each page and a box for every line', async () => {
    const read = await readPdf(await pdf('part.pdf'))
    if ('ruleId' in read) throw new Error(read.reason)
    expect(read.text).toBe('星河账本联盟由甲公司于 2018 年发起成立。\n\n\f\n\f乙平台由丙公司开发。\n\n\f')
    expect(read.blankPages).toEqual([2])
    expect(read.lines.map(({start, end, physicalPage}) => [read.text.slice(start, end), physicalPage])).toEqual([
      ['星河账本联盟由甲公司于 2018 年发起成立。', 1],
      ['乙平台由丙公司开发。', 3]
    ])
    // in points from the top left of the page as shown: an A4 or Letter page, the text near its top
    const [first] = read.lines
    expect(first!.x).toBeGreaterThan(30)
    expect(first!.y).toBeGreaterThan(30)
    expect(first!.y).toBeLessThan(150)
    expect(first!.height).toBeGreaterThan(10)
    // a fact's words: the share of the line they take
    const [box] = boxesOf(read.lines, 0, 6)
    expect(box!.x).toBe(first!.x)
    expect(box!.width).toBeCloseTo((first!.width * 6) / (first!.end - first!.start), 1)
  })

  it('says in one message each what is wrong with a PDF it cannot read', async () => {
    const cases: Array<[Uint8Array, string]> = [
      [await pdf('locked.pdf'), 'pdf-encrypted'],
      [await pdf('blank.pdf'), 'pdf-no-text'],
      [unmappedPdf(), 'pdf-unmapped-font'],
      [new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'), 'pdf-unreadable'],
      [new TextEncoder().encode('星河账本联盟由甲公司发起成立。\n'), 'not-a-pdf']
    ]
    for (const [bytes, ruleId] of cases) {
      const read = await readPdf(bytes)
      expect('ruleId' in read ? read.ruleId : 'read', ruleId).toBe(ruleId)
    }
    // an owner password alone locks nothing a reader needs
    const owner = await readPdf(await pdf('owner.pdf'))
    expect('text' in owner && owner.text).toBe('星河账本联盟由甲公司于 2018 年发起成立。\n\n\f')
  })

  it('is a source of the build: its records, each place with boxes; a bad one stops the build and leaves out/ as it was', async () => {
    const cwd = await builtSmallProject('pdf-sources-')
    await copyFile(path.join(documents, 'part.pdf'), path.join(cwd, 'sources/part.pdf'))
    // the text a user kept beside the PDF it was converted from is left out, and said to be
    await writeFile(path.join(cwd, 'sources/part.txt'), '星河账本联盟由甲公司于 2018 年发起成立。\n')
    const built = await build(cwd)
    expect(built.code).toBe(0)
    expect(built.stderr).toContain('sources/part.txt:1:1: warning: Unexpected text beside the PDF `sources/part.pdf` it was converted from, expected one source of a document: the PDF is read and this text left out; remove it, or move it elsewhere to build it alone [converted-text-ignored]')
    const dataset = JSON.parse(await readFile(path.join(cwd, 'out/dataset.json'), 'utf8'))
    expect(dataset.sources.find((source: {id: string}) => source.id === 'part')).toMatchObject({path: 'sources/part.pdf', encoding: 'pdf'})
    const alliance = dataset.alliances.find((record: {name: string}) => record.name === '星河账本联盟')
    expect(alliance).toMatchObject({founded: '2018', source: {source: 'part'}})
    const positions = JSON.parse(await readFile(path.join(cwd, 'out/positions.json'), 'utf8'))
    const place = positions.alliances[alliance.id]
    expect(place).toMatchObject({line: 1, column: 1, physicalPage: 1, endOffset: 6, boxes: [{physicalPage: 1}]})
    expect(place.facts['/founders/0'].boxes).toHaveLength(1)
    expect(await readFile(path.join(cwd, 'out/part.md'), 'utf8')).toContain('星河账本联盟由甲公司于 2018 年发起成立。')
    const messages = JSON.parse(await readFile(path.join(cwd, 'out/messages.json'), 'utf8')) as Array<{ruleId: string; reason: string}>
    expect(messages.find((message) => message.ruleId === 'pdf-pages-without-text')?.reason).toBe('Pages without text (2), read as blank: images or scans, whose words OCR would give')

    const before = await snapshot(path.join(cwd, 'out'))
    await copyFile(path.join(documents, 'locked.pdf'), path.join(cwd, 'sources/locked.pdf'))
    const refused = await build(cwd)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('sources/locked.pdf:1:1: error: Unexpected PDF locked with a password, expected one that opens without: save it again without the password (an owner password alone is no obstacle) [pdf-encrypted]')
    expect(await snapshot(path.join(cwd, 'out'))).toEqual(before)
  })
})
