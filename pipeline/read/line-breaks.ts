/** A line of a text: where it starts and ends (its line break left out), and its 0-based index. */
export interface LineSpan {
  index: number
  start: number
  end: number
}

/**
 * Every line of `text`, split at `\r\n`, `\r` or `\n` as remark-parse splits
 * it, handed to `visit` in order until it returns false. Returns the last line
 * visited.
 */
export function eachLine(text: string, visit: (line: LineSpan) => boolean | void): LineSpan {
  // one of its own per call: a visitor may split another text
  const lineBreak = /\r\n|\r|\n/g
  let line: LineSpan = {index: 0, start: 0, end: 0}
  for (let start = 0, index = 0; ; index++) {
    const match = lineBreak.exec(text)
    line = {index, start, end: match ? match.index : text.length}
    if (visit(line) === false || !match) return line
    start = match.index + match[0].length
  }
}
