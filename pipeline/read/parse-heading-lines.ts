import type {Nodes, Root} from 'mdast'
import type {Processor} from 'unified'
import type {Point} from 'unist'
import {visit} from 'unist-util-visit'
import {eachLine} from './line-breaks.ts'

/**
 * What the pipeline takes from remark-parse is which lines are ATX headings
 * (see `source-lines.ts`); the rest of the text is read line by line. Whether
 * a line starting with `#` is a heading depends on that line alone, except
 * inside fenced code and HTML blocks (and, for a line indented with a tab,
 * list items). So this plugin, used after remark-parse, gives remark-parse
 * only the lines that can be headings, each on its own between blank lines,
 * and puts the nodes it finds back on their lines in the source. A text with
 * a fence, a line that may open an HTML block or a `#` line indented with a
 * tab is parsed whole, as remark-parse alone would.
 */
export default function parseHeadingLines(this: Processor) {
  const parse = this.parser
  if (!parse) throw new Error('parse-heading-lines wraps remark-parse: use it after remark-parse')
  this.parser = (document, file) => {
    // a Markdown source is structure throughout: its lists, links and emphasis are read from the whole tree
    file.data.markdown = /\.(?:md|markdown)$/iu.test(file.path ?? '')
    if (file.data.markdown) return parse(document, file)
    const found = mayHideHeadings.test(document) ? undefined : headingCandidates(document)
    if (!found) return parse(document, file)
    const {candidates, end} = found
    const tree = parse(candidates.map((line) => line.text).join('\n\n'), file) as Root
    const placed = placeBack(candidates)
    visit(tree as Nodes, (node) => {
      if (node.position) node.position = {start: placed(node.position.start), end: placed(node.position.end)}
    })
    tree.position = {start: {line: 1, column: 1, offset: 0}, end}
    return tree
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Whether the source is Markdown (`.md`, `.markdown`), read as Markdown rather than as converted PDF text. */
    markdown: boolean
  }
}

/** A fence, or a line that opens an HTML block (behind blockquote or list markers too): `#` lines after it may be code or HTML. */
const mayHideHeadings = /```|~~~|(?:^|[\r\n])[ \t>*+\-\d.)]*</

/** A line that may be an ATX heading: `#` behind at most three characters of white space. */
export const headingCandidate = /^\s{0,3}#/

interface Candidate {
  /** 1-based line of the source. */
  line: number
  /** Offset of the line's start in the source. */
  offset: number
  text: string
}

/**
 * The lines that may be headings, and the point at the end of the source; none
 * when a candidate is indented with a tab: on its own it is code, in a list
 * item it may be a heading.
 */
function headingCandidates(document: string): {candidates: Candidate[]; end: Point} | undefined {
  const candidates: Candidate[] = []
  let tabbed = false
  const last = eachLine(document, ({index, start, end}) => {
    if (!hashNearStart(document, start, end)) return true
    const text = document.slice(start, end)
    if (!headingCandidate.test(text)) return true
    tabbed = text.slice(0, text.indexOf('#')).includes('\t')
    candidates.push({line: index + 1, offset: start, text})
    return !tabbed
  })
  if (tabbed) return undefined
  return {candidates, end: {line: last.index + 1, column: last.end - last.start + 1, offset: last.end}}
}

/** Whether one of the first four characters of the line from `start` to `end` is `#`: a cheap test before the exact one. */
function hashNearStart(document: string, start: number, end: number): boolean {
  for (let at = start; at < Math.min(start + 4, end); at++) {
    if (document.charCodeAt(at) === 35) return true
  }
  return false
}

/** From points in the text of candidates (each on its own, a blank line between two) to points in the source. */
function placeBack(candidates: readonly Candidate[]): (point: Point) => Point {
  return (point) => {
    // candidate k is on line 2k + 1; a point on the blank line after it is at the end of its line
    const index = Math.min(Math.max(Math.floor((point.line - 1) / 2), 0), candidates.length - 1)
    const candidate = candidates[index]
    if (!candidate) return {line: 1, column: 1, offset: 0}
    const end = candidate.text.length + 1
    const column = (point.line - 1) % 2 === 1 ? end : Math.min(point.column, end)
    return {line: candidate.line, column, offset: candidate.offset + column - 1}
  }
}
