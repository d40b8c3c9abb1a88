import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {toString} from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import markdownTables from '../../pipeline/read/markdown-tables.ts'
import {describe, expect, it} from 'vitest'

/**
 * The no-loss rule: drop the furniture lines, the lines left out (figure debris,
 * the cover, the contents, which comes back as a list), the `#` marks, the list markers
 * and all whitespace from the source, and you get exactly the text of the
 * cleaned Markdown with its whitespace dropped; only the separator between an
 * entry's name and its body may go. Furniture lines come from the reviewed
 * `document.json` of each fixture, list markers from this test's own list.
 */
const root = path.join(import.meta.dirname, '../fixtures')
const marker = /^(?:——|—|●|•|-\s|\d+[.)）]|（[一二三四五六七八九十\d]+）)/u

function sourceText(input: string, furniture: Set<number>, entries: readonly string[]): string {
  return input
    .split(/\r\n|\r|\n/)
    .filter((_, index) => !furniture.has(index + 1))
    .map((line) => {
      const heading = /^\s*#+\s*/.exec(line)
      if (heading) return line.slice(heading[0].length).trimStart().replace(marker, '')
      // an entry's line in converted text (\`（1）名称：…\`): its marker is structure, as a heading's, and so is its separator
      const unmarked = line.trimStart().replace(marker, '').trimStart()
      const name = unmarked === line.trimStart() ? undefined : entries.find((each) => unmarked.startsWith(each))
      return name === undefined ? line : name + unmarked.slice(name.length).replace(/^\s*[：:]/u, '')
    })
    .join('')
    .replace(/\s+/g, '')
}

function markdownText(markdown: string): string {
  // (the tables a converter's rows became are the pipeline's own Markdown tables: their cells are text, their pipes structure)
  const tree = unified().use(remarkParse).use(markdownTables).parse(markdown)
  // a list in converted text is the table of contents, written anew from lines left out
  return tree.children.filter((node) => node.type !== 'list').map((node) => toString(node)).join('').replace(/\s+/g, '')
}

/** Walk both texts; the source may have one separator more per entry heading, nothing else. */
function dropSeparators(source: string, cleaned: string, allowed: number) {
  let i = 0
  let j = 0
  let dropped = 0
  while (i < source.length || j < cleaned.length) {
    if (source[i] === cleaned[j]) {
      i++
      j++
    } else if ((source[i] === '：' || source[i] === ':') && dropped < allowed) {
      i++
      dropped++
    } else {
      return {same: false, at: i, source: source.slice(i, i + 20), cleaned: cleaned.slice(j, j + 20)}
    }
  }
  return {same: true}
}

describe('nothing of the author’s text is lost', () => {
  // the text of converters; a Markdown source's markup is its structure
  for (const name of readdirSync(root).filter((folder) => existsSync(path.join(root, folder, 'input.txt'))).sort()) {
    it(name, () => {
      const folder = path.join(root, name)
      const document = JSON.parse(readFileSync(path.join(folder, 'document.json'), 'utf8')) as {
        furnitureLines: number[]
        leftOutLines: number[]
        entries: Array<{name: string}>
      }
      const dropped = new Set([...document.furnitureLines, ...document.leftOutLines])
      const source = sourceText(readFileSync(path.join(folder, 'input.txt'), 'utf8'), dropped, document.entries.map((entry) => entry.name))
      const cleaned = markdownText(readFileSync(path.join(folder, 'output.md'), 'utf8'))
      const input = readFileSync(path.join(folder, 'input.txt'), 'utf8')
      if (/\S {3,}\S/u.test(input)) {
        // \`pdftotext -layout\` sets columns side by side: the cleaned text reads them one after the other, so only the characters can be compared
        expect([...cleaned].sort().join('')).toBe([...source].sort().join(''))
      } else {
        expect(dropSeparators(source, cleaned, document.entries.length)).toEqual({same: true})
      }
    })
  }
})
