import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {visit} from 'unist-util-visit'
import {location} from 'vfile-location'
import {eachLine} from './line-breaks.ts'
import {headingCandidate} from './parse-heading-lines.ts'

/** One line of the raw source, as the PDF converter wrote it. */
export interface SourceLine {
  /** 0-based index of the line in reading order (the raw line's, unless columns were read apart: then use `start` for its place). */
  index: number
  /** Offset of the line's first character in the raw source. */
  start: number
  /** Offset just past the line's last character (line ending excluded). */
  end: number
  /** The line's text without its line ending. */
  text: string
  /** Depth of the ATX heading that this line is, or 0 for a line of body text. */
  headingDepth: number
  /** How wide a full line is where this line stands, when narrower than the page: the width of its column (see layout-columns). */
  frameWidth?: number
}

declare module 'vfile' {
  interface DataMap {
    lines: SourceLine[]
    /**
     * Where each physical page starts: the offset after each form feed, as
     * `pdftotext` writes one between pages (page 1 starts at 0). Empty for a
     * text without form feeds.
     */
    pageStarts: number[]
    /** Offsets to line and column in the raw source, built once per file. */
    place: ReturnType<typeof location>
  }
}

/** The file's index from offsets to points, built on first use and shared by every stage. */
export function placeOf(file: VFile): ReturnType<typeof location> {
  return (file.data.place ??= location(file))
}

/**
 * Split the raw source into lines with their offsets, and mark the lines that
 * remark-parse read as ATX headings.
 */
export default function sourceLines() {
  return function (tree: Root, file: VFile) {
    const value = String(file.value)
    const headingLines = new Map<number, number>()
    visit(tree, 'heading', (node) => {
      const start = node.position?.start
      if (start && start.line === node.position?.end.line && headingCandidate.test(lineAt(value, start.offset ?? 0))) {
        headingLines.set(start.line - 1, node.depth)
      }
    })
    const lines: SourceLine[] = []
    eachLine(value, ({index, start, end}) => {
      lines.push({index, start, end, text: value.slice(start, end), headingDepth: headingLines.get(index) ?? 0})
    })
    file.data.lines = lines
    file.data.pageStarts = pageStarts(value)
  }
}

/** The offsets where physical pages start, when the text has form feeds between its pages; a form feed that ends the text opens no page. */
function pageStarts(value: string): number[] {
  const starts: number[] = []
  const textEnd = value.trimEnd().length
  for (let at = value.indexOf('\f'); at >= 0 && at + 1 < textEnd; at = value.indexOf('\f', at + 1)) starts.push(at + 1)
  return starts.length > 0 ? [0, ...starts] : []
}

/**
 * Lines grouped by physical page, in order: a page's first line starts with
 * the form feed before it. A text without form feeds is one page.
 */
export function linesByPage(lines: readonly SourceLine[], starts: readonly number[]): SourceLine[][] {
  const pages: SourceLine[][] = [[]]
  let page = 0
  for (const line of lines) {
    const first = line.start + (/^\f*/.exec(line.text)?.[0].length ?? 0)
    while (page + 1 < starts.length && first >= starts[page + 1]!) {
      page++
      pages.push([])
    }
    pages[page]!.push(line)
  }
  while (pages.length < starts.length) pages.push([])
  return pages
}

/** The first characters of the line that `offset` is on. */
function lineAt(value: string, offset: number): string {
  let start = offset
  while (start > 0 && value[start - 1] !== '\n' && value[start - 1] !== '\r') start--
  return value.slice(start, start + 8)
}
