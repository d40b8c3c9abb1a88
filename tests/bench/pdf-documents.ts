import {execFile} from 'node:child_process'
import {copyFile, mkdir} from 'node:fs/promises'
import {existsSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {promisify} from 'node:util'

const run = promisify(execFile)

/** Wall time of a command, median of three, in milliseconds. */
async function wall(command: string, args: string[], cwd: string): Promise<number> {
  const times: number[] = []
  for (let round = 0; round < 3; round++) {
    const started = performance.now()
    await run(command, args, {cwd, maxBuffer: 1 << 26})
    times.push(performance.now() - started)
  }
  return times.sort((a, b) => a - b)[1]!
}

/** Whether a command of poppler-utils is on the path. */
async function has(command: string): Promise<boolean> {
  return run(command, ['-v']).then(() => true, () => false)
}

/**
 * The development corpus's PDFs (`../shared/corpus/*\/source.pdf`), and MIIT
 * joined to itself (over 150 pages, with `pdfunite`): a build of the PDF
 * against `pdftotext` and a build of its text, whole processes with nothing
 * cached. Rows of a Markdown table; none without the corpus or poppler-utils.
 */
export async function pdfDocuments(root: string, base: string): Promise<string[]> {
  const corpus = path.join(root, '../shared/corpus')
  if (!existsSync(corpus) || !(await has('pdftotext'))) return []
  const folder = path.join(base, 'pdf')
  await mkdir(folder, {recursive: true})
  const documents: Array<[string, string]> = []
  for (const name of readdirSync(corpus).sort()) {
    const pdf = path.join(corpus, name, 'source.pdf')
    if (existsSync(pdf)) documents.push([name, pdf])
  }
  const miit = documents.find(([name]) => name.startsWith('miit'))
  if (miit && (await has('pdfunite'))) {
    const joined = path.join(folder, 'miit-twice.pdf')
    await run('pdfunite', [miit[1], miit[1], joined])
    documents.push([`${miit[0]} ×2`, joined])
  }
  const build = path.join(root, 'pipeline/build/run.js')
  const rows = ['| PDF | pages | `pdftotext` + build of its text, s | build of the PDF, s | PDF ÷ text |', '| --- | --- | --- | --- | --- |']
  for (const [name, pdf] of documents) {
    const stem = path.join(folder, name.replace(/\W+/gu, '-'))
    await copyFile(pdf, `${stem}.pdf`)
    const {stdout} = await run('pdfinfo', [pdf])
    const pages = /Pages:\s+(\d+)/u.exec(stdout)?.[1] ?? '?'
    const converted = await wall('sh', ['-c', `pdftotext "$1" "$2.txt" && node "$3" cli "$2.txt" --out "$2-text-out" --no-cache`, 'sh', pdf, stem, build], root)
    const direct = await wall(process.execPath, [build, 'cli', `${stem}.pdf`, '--out', `${stem}-pdf-out`, '--no-cache'], root)
    rows.push(`| ${name} | ${pages} | ${(converted / 1000).toFixed(2)} | ${(direct / 1000).toFixed(2)} | ${(direct / converted).toFixed(2)} |`)
  }
  return rows
}
