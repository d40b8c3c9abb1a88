import type {Nodes, PhrasingContent, Root, RootContent} from 'mdast'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import type {Range} from './entries.ts'
import type {Block} from './paragraphs.ts'

/**
 * The blocks of a Markdown source, from remark-parse's own tree rather than
 * from its lines: its headings, paragraphs, lists, tables and code as written, link texts
 * without their addresses, emphasis without its marks. No page furniture is
 * looked for. Each block keeps the stretches of raw source it is made of, so
 * every later position is in the source as for any other text.
 */
export default function markdownBlocks() {
  return function (tree: Root, file: VFile) {
    if (!file.data.markdown) return
    const value = String(file.value)
    const blocks: Block[] = []
    const walk = (nodes: readonly RootContent[]) => {
      for (const node of nodes) {
        if (node.type === 'heading') {
          const fragments = inline(node.children, value)
          if (fragments.length > 0) blocks.push({type: 'heading', depth: node.depth, entry: false, fragments})
        } else if (node.type === 'paragraph') {
          const fragments = inline(node.children, value)
          if (fragments.length > 0) blocks.push({type: 'paragraph', fragments})
        } else if (node.type === 'list') {
          const items = node.children.map((item) => item.children.flatMap((child) => (child.type === 'paragraph' ? inline(child.children, value) : []))).filter((item) => item.length > 0)
          if (items.length > 0) blocks.push({type: 'list', items, ordered: node.ordered === true})
          // lists inside items follow their item's list
          for (const item of node.children) walk(item.children.filter((child) => child.type !== 'paragraph'))
        } else if (node.type === 'table') {
          // every cell is kept, empty or not: a cell's column says what it is
          const rows = node.children.map((row) => row.children.map((cell) => inline(cell.children, value)))
          if (rows.some((row) => row.some((cell) => cell.length > 0))) blocks.push({type: 'table', rows})
        } else if (node.type === 'blockquote') {
          walk(node.children)
        } else if (node.type === 'code') {
          const range = rangeOf(node)
          if (range && node.value.trim() !== '') blocks.push({type: 'code', range, lang: node.lang ?? null, meta: node.meta ?? null, value: node.value})
        } else if (node.type === 'definition' || node.type === 'footnoteDefinition') {
          // \`[^1]: 资料来源…\`, \`[id]: https://…\`: a note or an address the text points at, kept as it is written, set apart, never read
          const lines = rangeOf(node) ? lineRanges(value, rangeOf(node)!) : []
          if (lines.length > 0) blocks.push({type: 'paragraph', fragments: lines, role: 'reference'})
        } else if (node.type === 'html') {
          // raw HTML is kept as the text it is, a paragraph a line (its lines are no one sentence, and a line break is no part of any name);
          // a comment is text no reader sees: kept, set apart, never read
          const range = rangeOf(node)
          const comment = node.value.trimStart().startsWith('<!--')
          for (const line of range ? lineRanges(value, range) : []) blocks.push({type: 'paragraph', fragments: [line], ...(comment ? {role: 'comment' as const} : {})})
        }
      }
    }
    walk(tree.children)
    file.data.blocks = blocks
    file.data.strong = strongRanges(tree)
  }
}

/** Where the source sets words in bold (\`**Nova**\`), as the ranges of their text: a name set apart, for extraction. */
function strongRanges(tree: Root): Range[] {
  const ranges: Range[] = []
  visit(tree, 'strong', (node) => {
    const first = node.children[0]
    const last = node.children[node.children.length - 1]
    const start = first ? rangeOf(first)?.start : undefined
    const end = last ? rangeOf(last)?.end : undefined
    if (start !== undefined && end !== undefined && end > start) ranges.push({start, end})
    // bold inside bold is the same words
    return SKIP
  })
  return ranges
}

declare module 'vfile' {
  interface DataMap {
    /** The ranges of the raw source a Markdown source sets in bold. */
    strong: Range[]
  }
}

/**
 * The stretches of raw source a run of inline content shows: the text of
 * texts, links and emphasis, without the marks around them. Pieces on one
 * line are glued as they are; a line break inside a text is joined as any
 * broken line is.
 */
function inline(nodes: readonly PhrasingContent[], value: string): Range[] {
  const fragments: Range[] = []
  const visit = (node: Nodes) => {
    if (node.type === 'text') {
      const range = rangeOf(node)
      if (!range) return
      let start = range.start
      const lines = value.slice(range.start, range.end).split('\n')
      lines.forEach((line, index) => {
        // white space is dropped only where a line breaks: inside a line it is the text's own
        const lead = index > 0 ? line.length - line.trimStart().length : 0
        const piece = {start: start + lead, end: start + (index < lines.length - 1 ? line.trimEnd().length : line.length)}
        if (piece.end > piece.start) fragments.push(index === 0 ? {...piece, glue: ''} : piece)
        start += line.length + 1
      })
    } else if (node.type === 'inlineCode') {
      const range = rangeOf(node)
      const ticks = range ? /^`+/.exec(value.slice(range.start, range.end))?.[0].length ?? 0 : 0
      if (range && range.end - range.start > ticks * 2) fragments.push({start: range.start + ticks, end: range.end - ticks, glue: ''})
    } else if ('children' in node) {
      for (const child of node.children) visit(child as Nodes)
    }
  }
  for (const node of nodes) visit(node)
  // the first piece of a block follows nothing
  if (fragments[0]) delete fragments[0].glue
  return fragments
}

/** The non-blank lines of a stretch of source, each without the spaces around it. */
function lineRanges(value: string, range: Range): Range[] {
  const lines: Range[] = []
  for (const line of value.slice(range.start, range.end).matchAll(/[^\r\n]+/gu)) {
    const start = range.start + line.index + (line[0].length - line[0].trimStart().length)
    const end = range.start + line.index + line[0].trimEnd().length
    if (end > start) lines.push({start, end})
  }
  return lines
}

function rangeOf(node: Nodes): Range | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : {start, end}
}
