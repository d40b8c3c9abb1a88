/**
 * Lay a cleaned Markdown document out again as a PDF converter would: every
 * paragraph wrapped at `width` characters (never inside a Latin word), entry
 * headings written `## 名称：正文…` with the body running on, and page furniture
 * (a running header that swaps its parts on even pages, and the page number)
 * inserted at the fractions of the text given by `breaks` (at least two lines apart).
 */
export interface Layout {
  width: number
  /** Fractions in [0, 1): where, through the text, page breaks fall. */
  breaks: number[]
  firstPage: number
  header: [string, string]
}

export function rewrap(markdown: string, layout: Layout): string {
  const lines: string[] = []
  const blocks = markdown.trim().split(/\n\n+/)
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    const heading = /^(#+) (.*)$/.exec(block)
    if (heading && heading[1]!.length === 1) {
      lines.push(block)
    } else if (heading) {
      const body = blocks[index + 1] && !blocks[index + 1]!.startsWith('#') ? blocks[++index]! : ''
      const wrapped = wrap(`${heading[2]}：${body}`, layout.width, heading[2]!.length + 1)
      lines.push(`${heading[1]} ${wrapped[0]}`, ...wrapped.slice(1))
    } else {
      lines.push(...wrap(block, layout.width, 1))
    }
  }
  const positions: number[] = []
  for (const fraction of [...layout.breaks].sort((a, b) => a - b)) {
    const position = Math.max(1, Math.floor(fraction * lines.length), (positions[positions.length - 1] ?? 0) + 2)
    if (position < lines.length) positions.push(position)
  }
  positions.reverse()
  positions.forEach((position, reverseIndex) => {
    const page = layout.firstPage + positions.length - 1 - reverseIndex
    const [a, b] = layout.header
    lines.splice(position, 0, page % 2 === 1 ? `${a} ${b}` : `${b} ${a}`, String(page))
  })
  return `${lines.join('\n')}\n`
}

/** Break text into lines of about `width` characters; the first holds at least `minFirst`. */
function wrap(text: string, width: number, minFirst: number): string[] {
  const tokens = text.match(/[A-Za-z0-9.\-()]+|\s+|./gu) ?? []
  const lines: string[] = []
  let line = ''
  for (const token of tokens) {
    const limit = lines.length === 0 ? Math.max(width, minFirst) : width
    if (line !== '' && [...line].length + [...token].length > limit && !/^\s+$/.test(token)) {
      lines.push(line.trimEnd())
      line = ''
    }
    if (line === '' && /^\s+$/.test(token)) continue
    line += token
  }
  if (line.trim() !== '') lines.push(line.trimEnd())
  return lines
}
