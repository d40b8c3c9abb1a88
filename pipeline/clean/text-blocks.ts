import type {Heading, Paragraph, Root, RootContent, TableRow} from 'mdast'
import type {VFile} from 'vfile'
import type {Segments} from './join-lines.ts'
import type {ApartKind} from './outline.ts'
import {type PageSpan, pageAt, physicalPageAt} from './page-furniture.ts'
import {passage} from './passages.ts'

/** One block of a source's cleaned text, as plain data, with the way back to the raw source. */
export interface TextBlock {
  type: 'heading' | 'paragraph' | 'item' | 'row'
  /** A heading's level. */
  depth?: number
  /** What a paragraph set apart from the prose is (contents, caption…). */
  role?: ApartKind
  text: string
  /** Pieces of `text` and where each is in the raw source: `[index in text, offset in source, length]`. */
  segments: Segments
  /** Line in the raw source where the block starts. */
  line: number
  /** Where in `text` a page starts: `[index in text, page, physical page]`, the first at 0. */
  pages: Array<[number, number | null, number | null]>
}

/** The blocks of a cleaned tree in reading order: headings, paragraphs, and the paragraphs of list items. */
export function textBlocks(tree: Root, file: VFile): TextBlock[] {
  const pageMap = file.data.pageMap ?? []
  const blocks: TextBlock[] = []
  const visit = (node: RootContent, inList: boolean, role: ApartKind | undefined) => {
    if (node.type === 'heading' || node.type === 'paragraph') {
      blocks.push(block(node, inList && node.type === 'paragraph' ? 'item' : node.type, role ?? (node.type === 'paragraph' ? node.data?.role : undefined), pageMap))
    } else if (node.type === 'list' || node.type === 'listItem') {
      for (const child of node.children) visit(child, true, role ?? (node.type === 'list' ? node.data?.role : undefined))
    } else if (node.type === 'table') {
      for (const row of node.children) blocks.push(rowBlock(row, pageMap))
    }
  }
  for (const node of tree.children) visit(node, false, undefined)
  return blocks
}

/** A row of a table as one block: its cells' texts between \` | \`, each with its way back. */
function rowBlock(row: TableRow, pageMap: readonly PageSpan[]): TextBlock {
  let text = ''
  const segments: Segments = []
  for (const [index, cell] of row.children.entries()) {
    if (index > 0) text += ' | '
    const {text: cellText} = passage(cell)
    for (const [at, source, length] of cell.data?.segments ?? []) segments.push([text.length + at, source, length])
    text += cellText
  }
  const line = row.children.find((cell) => cell.position)?.position?.start.line ?? 1
  return {...pagesOf(segments, pageMap), type: 'row', text, segments, line}
}

function pagesOf(segments: Segments, pageMap: readonly PageSpan[]): Pick<TextBlock, 'pages'> {
  const pages: TextBlock['pages'] = []
  for (const [at, source] of segments) {
    const page = pageAt(pageMap, source)
    const physical = physicalPageAt(pageMap, source)
    const last = pages[pages.length - 1]
    if (!last || last[1] !== page || last[2] !== physical) pages.push([pages.length === 0 ? 0 : at, page, physical])
  }
  if (pages.length === 0) pages.push([0, null, null])
  return {pages}
}

function block(node: Heading | Paragraph, type: TextBlock['type'], role: ApartKind | undefined, pageMap: readonly PageSpan[]): TextBlock {
  const {text} = passage(node)
  const segments: Segments = node.data?.segments ?? [[0, node.position?.start.offset ?? 0, text.length]]
  return {
    type,
    ...(node.type === 'heading' ? {depth: node.depth} : {}),
    ...(role ? {role} : {}),
    text,
    segments,
    line: node.position?.start.line ?? 1,
    ...pagesOf(segments, pageMap)
  }
}
