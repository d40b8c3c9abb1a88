import {readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import parseHeadingLines from '../../pipeline/read/parse-heading-lines.ts'
import sourceLines from '../../pipeline/read/source-lines.ts'

/**
 * `parse-heading-lines` must find exactly the heading lines that remark-parse
 * finds in the whole text: same lines, same depths, same offsets.
 */
const whole = unified().use(remarkParse)
const candidates = unified().use(remarkParse).use(parseHeadingLines)

function headingLines(processor: typeof whole, value: string) {
  const file = new VFile({value})
  const tree = processor.parse(file) as Root
  sourceLines()(tree, file)
  const found = file.data.lines!.filter((line) => line.headingDepth > 0).map((line) => [line.index, line.headingDepth])
  // where the ATX headings start and end in the source (setext headings are not heading lines: remark-parse alone sees them)
  const offsets: number[] = []
  visit(tree, 'heading', (node) => {
    const {start, end} = node.position!
    if (found.some(([index]) => index === start.line - 1)) offsets.push(start.offset!, end.offset!, end.column)
  })
  return {found, offsets}
}

/** Lines of Markdown that change what a `#` line is, or look like they might. */
const line = fc.constantFrom(
  '# 联盟', '## 甲联盟：由乙发起', '### x ###', '#不是标题', '####### seven', '   # three spaces', '    # four spaces', '\t# tab',
  ' \t# space tab', '\u3000# ideographic space', '\f# form feed', '\u00a0# no-break space', '#', '# ', '', '正文一行', '- 列表', '- # in a list', '  # under a list item',
  '1. 第一', '1) 第一', '> 引用', '> # quoted', '===', '---', '\\# escaped', '[a]: /url', '* * *', '    code', '| a | b |'
)
/** Lines after which the text is parsed whole. */
const hiding = fc.constantFrom('```', '~~~', '- ```', '<div>', '<!-- 注释', '-->', '  <b>粗</b>')
const text = fc.tuple(
  fc.oneof(fc.array(line, {maxLength: 30}), fc.array(fc.oneof({weight: 5, arbitrary: line}, {weight: 1, arbitrary: hiding}), {maxLength: 30})),
  fc.constantFrom('\n', '\r\n', '\r')
)

describe('parse-heading-lines', () => {
  it('finds the heading lines that parsing the whole text finds', () => {
    fc.assert(
      fc.property(text, ([lines, ending]) => {
        const value = lines.join(ending)
        expect(headingLines(candidates, value)).toEqual(headingLines(whole, value))
      }),
      {numRuns: 600}
    )
  })

  it('finds the seed’s headings without parsing the rest', () => {
    const seed = readFileSync(path.join(import.meta.dirname, '../../sources/iot-blockchain-whitepaper.txt'), 'utf8')
    const result = headingLines(candidates, seed)
    expect(result.found.length).toBeGreaterThan(0)
    expect(result).toEqual(headingLines(whole, seed))
  })
})
