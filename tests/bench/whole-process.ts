import {execFile} from 'node:child_process'
import {existsSync, readdirSync} from 'node:fs'
import {mkdir, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {promisify} from 'node:util'

const run = promisify(execFile)

/** Wall time of a command, median of five, in milliseconds. */
async function wall(args: string[], cwd: string, before?: () => Promise<unknown>): Promise<number> {
  const times: number[] = []
  for (let round = 0; round < 5; round++) {
    await before?.()
    const started = performance.now()
    await run(process.execPath, args, {cwd, maxBuffer: 1 << 26})
    times.push(performance.now() - started)
  }
  return times.sort((a, b) => a - b)[2]!
}

/**
 * Whole processes side by side, as a user at a terminal waits for them:
 * remark-parse alone over a text (\`tests/bench/remark-alone.mjs\`) against a
 * build of it with nothing cached, for a one-line source, each text of the
 * development corpus, and a folder of many small documents. Rows of a
 * Markdown table.
 */
export async function wholeProcess(root: string, base: string, small: string): Promise<string[]> {
  const alone = path.join(root, 'tests/bench/remark-alone.mjs')
  const build = path.join(root, 'pipeline/build/run.js')
  const folder = path.join(base, 'whole')
  await mkdir(folder, {recursive: true})
  const oneLine = path.join(folder, 'one-line.txt')
  await writeFile(oneLine, '这是一行文字。\n')
  const documents: Array<[string, string]> = [['a one-line source', oneLine]]
  const corpus = path.join(root, '../shared/corpus')
  if (existsSync(corpus)) {
    for (const name of readdirSync(corpus).sort()) {
      if (!existsSync(path.join(corpus, name)) || name.includes('.')) continue
      for (const file of readdirSync(path.join(corpus, name)).filter((each) => /\.(txt|md)$/u.test(each) && !each.startsWith('gold')).sort()) {
        documents.push([`${name}/${file}`, path.join(corpus, name, file)])
      }
    }
  }
  documents.push([`${readdirSync(small).length} small documents`, small])
  const rows = ['| source | remark-parse alone, s | build, s | build ÷ remark-parse |', '| --- | --- | --- | --- |']
  for (const [name, source] of documents) {
    const out = path.join(folder, 'out')
    const parse = await wall([alone, source], root)
    const whole = await wall([build, 'cli', source, '--out', out, '--no-cache'], root, () => rm(out, {recursive: true, force: true}))
    rows.push(`| ${name} | ${(parse / 1000).toFixed(2)} | ${(whole / 1000).toFixed(2)} | ${(whole / parse).toFixed(2)} |`)
  }
  return rows
}
