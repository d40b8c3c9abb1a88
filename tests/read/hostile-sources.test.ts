import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {maxBrackets, maxNesting, nestingProblem} from '../../pipeline/read/nesting.ts'
import {build, builtSmallProject, snapshot} from '../helpers/cli.ts'

/** A project of one small source of our own, built once into `out/`. */
const built = () => builtSmallProject('hostile-sources-')

/** Build with one more source: the exit code, what was said, and whether `out/` is as it was. */
async function withSource(name: string, content: string | Uint8Array, ...args: string[]) {
  const cwd = await built()
  const before = await snapshot(path.join(cwd, 'out'))
  await mkdir(path.dirname(path.join(cwd, 'sources', name)), {recursive: true})
  await writeFile(path.join(cwd, 'sources', name), content)
  const result = await build(cwd, ...args)
  return {...result, cwd, unchanged: JSON.stringify(await snapshot(path.join(cwd, 'out'))) === JSON.stringify(before)}
}

describe('nesting past the bound', {timeout: 30_000}, () => {
  const indented = Array.from({length: 3000}, (_, depth) => `${'  '.repeat(depth)}- 甲`).join('\n')
  const cases: Array<[string, string, string]> = [
    ['a Markdown list nested 4,000 deep on one line', 'nested.md', `${'- '.repeat(4000)}甲\n`],
    ['an indented list 3,000 deep', 'indented.md', `${indented}\n`],
    ['a line of 10,000 `>`', 'quotes.md', `${'>'.repeat(10_000)} 甲\n`],
    ['200,000 brackets inside one another', 'brackets.md', `${'['.repeat(200_000)}甲${']'.repeat(200_000)}\n`],
    ['a converter text with a fence and a list nested 4,000 deep', 'fenced.txt', `\`\`\`\n\`\`\`\n${'- '.repeat(4000)}甲\n`]
  ].map(([what, name, text]) => [what!, name!, text!])

  for (const [what, name, text] of cases) {
    it(`is refused before parsing: ${what}`, async () => {
      const result = await withSource(name, text)
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(new RegExp(`sources/${name.replace('.', '\\.')}:\\d+:\\d+: error: Unexpected (block quotes and list items|brackets) nested \\d+ deep, expected at most ${maxNesting}.*\\[too-deep\\]`))
      expect(result.unchanged).toBe(true)
    })
  }

  it('is refused for 200,000 links in one paragraph, and a paragraph of them may be split by blank lines', async () => {
    const result = await withSource('links.md', `${'[甲]'.repeat(200_000)}\n`)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`sources/links.md:1:${3 * maxBrackets + 1}: error: Unexpected ${maxBrackets + 1} brackets in one paragraph, expected at most ${maxBrackets}`)
    expect(result.unchanged).toBe(true)
    expect(nestingProblem(Array.from({length: 40}, () => '[甲]'.repeat(maxBrackets / 4)).join('\n\n'))).toBeUndefined()
  })

  it('is not reached by real nesting, indented converter text, or brackets that close', () => {
    const layout = Array.from({length: 500}, (_, line) => `${' '.repeat(line % 120)}- ${line} -`).join('\n')
    expect(nestingProblem(layout)).toBeUndefined()
    expect(nestingProblem(Array.from({length: 20}, (_, depth) => `${'  '.repeat(depth)}- 甲`).join('\n'))).toBeUndefined()
    expect(nestingProblem(`${'> '.repeat(maxNesting)}甲`)).toBeUndefined()
    expect(nestingProblem(`${'> '.repeat(maxNesting + 1)}甲`)).toMatchObject({ruleId: 'too-deep', line: 1})
    expect(nestingProblem('[1] [2] [[3]] \\[ \\[ \\['.repeat(1000))).toBeUndefined()
  })
})

describe('a stage that breaks', {timeout: 30_000}, () => {
  it('is an internal-error at the source naming the stage, the build writes nothing, and --verbose shows the stack', async () => {
    const cwd = await built()
    const before = await snapshot(path.join(cwd, 'out'))
    process.env.WHITEPAPER_DATASETS_FAIL_IN = 'outline'
    try {
      const result = await build(cwd, '--no-cache')
      expect(result.code).toBe(1)
      expect(result.stderr.split('\n')[0]).toBe(
        'sources/paper.txt:1:1: error: Unexpected failure in the `outline` stage on this source (TypeError: a fault injected into the `outline` stage), expected it to be read: this is a bug of the build, please report it with the source [internal-error]'
      )
      expect(result.stderr).not.toContain('stage.ts')
      const verbose = await build(cwd, '--no-cache', '--verbose')
      expect(verbose.stderr).toMatch(/\n {2}TypeError: a fault injected into the `outline` stage\n {6}at stageFault /)
    } finally {
      delete process.env.WHITEPAPER_DATASETS_FAIL_IN
    }
    expect(await snapshot(path.join(cwd, 'out'))).toEqual(before)
  })
})

describe('documents that are not text', {timeout: 30_000}, () => {
  it('found among the sources are said, with what to do, and left out', async () => {
    const cwd = await built()
    await writeFile(path.join(cwd, 'sources/notes.docx'), 'PK\x03\x04')
    await writeFile(path.join(cwd, 'sources/page.html'), '<!DOCTYPE html><p>甲联盟</p>')
    await writeFile(path.join(cwd, 'sources/picture.png'), 'not a document')
    for (let round = 0; round < 2; round++) {
      const result = await build(cwd)
      expect(result.code).toBe(0)
      const warnings = result.stderr.split('\n').filter((line) => line.includes('[unsupported-source]'))
      expect(warnings).toEqual([
        'sources/notes.docx:1:1: warning: Unexpected a word-processor document among the sources, expected text: it is left out; save it as PDF and build that, or save it as plain text (UTF-8) or Markdown [unsupported-source]',
        'sources/page.html:1:1: warning: Unexpected an HTML page among the sources, expected text: it is left out; save it as Markdown or plain text (UTF-8) and build that; its markup would be read as words [unsupported-source]'
      ])
    }
    const messages = JSON.parse(await readFile(path.join(cwd, 'out/messages.json'), 'utf8')) as Array<{ruleId: string}>
    expect(messages.filter((message) => message.ruleId === 'unsupported-source')).toHaveLength(2)
  })

  it('named directly are errors saying what they are; a PDF named as text is read as a PDF', async () => {
    const cwd = await built()
    await writeFile(path.join(cwd, 'page.html'), '<html><body>甲联盟</body></html>')
    await writeFile(path.join(cwd, 'renamed.txt'), '%PDF-1.4\n%âãÏÓ\n')
    const before = await snapshot(path.join(cwd, 'out'))
    const html = await build(cwd, 'page.html')
    expect(html.code).toBe(1)
    expect(html.stderr).toContain('page.html:1:1: error: Unexpected an HTML page, expected the text a converter extracted from one: save it as Markdown or plain text (UTF-8) and build that; its markup would be read as words [unsupported-source]')
    const pdf = await build(cwd, 'renamed.txt')
    expect(pdf.code).toBe(1)
    expect(pdf.stderr).toMatch(/^renamed\.txt:1:1: error: Unexpected damaged PDF \(.+\), expected one a PDF reader opens: save it again from the program that made it \[pdf-unreadable\]$/mu)
    expect(await snapshot(path.join(cwd, 'out'))).toEqual(before)
  })
})

describe('an output path another output takes', {timeout: 30_000}, () => {
  it('stops the build before it reads anything, naming the source and both paths', async () => {
    const result = await withSource('dataset.json/paper.txt', '# 区块链联盟\n## 丙联盟：该联盟由丁公司发起成立。\n')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('sources/dataset.json/paper.txt: its output out/dataset.json/paper.md cannot be written, out/dataset.json takes its place: rename the source or its folder [output-path-taken]\n')
    expect(result.unchanged).toBe(true)
  })
})
