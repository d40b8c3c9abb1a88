/**
 * How deep a text nests what remark-parse reads as containers, counted in one
 * pass over its characters before anything parses it: parsing (and every
 * stage that walks the tree after it) takes time and stack that grow faster
 * than the nesting, so a source past these bounds is refused with a message
 * instead of running for minutes or overflowing the stack.
 */

/** Block quotes and lists inside one another, or brackets inside one another, past which a source is refused. No document nests so deep. */
export const maxNesting = 100
/** Brackets in one paragraph past which a source is refused: each may open a link, and remark-parse matches them in time that grows with their square. */
export const maxBrackets = 10_000

export interface NestingProblem {
  ruleId: 'too-deep' | 'too-many-brackets'
  reason: string
  line: number
  column: number
}

const space = 32
const tab = 9
const quote = 62
const backslash = 92
const open = 91
const close = 93

/**
 * The first place where `text` nests block quotes, list items or brackets
 * more than `maxNesting` deep, or holds more than `maxBrackets` brackets in
 * one paragraph; nothing when it does neither. List nesting by indentation
 * is followed item to item (an item indented past the content of the item
 * before is inside it), so indented converter text is no list.
 */
export function nestingProblem(text: string): NestingProblem | undefined {
  /** The indentation of the content of each list item open at this line. */
  const items: number[] = []
  let brackets = 0
  let bracketsInParagraph = 0
  let line = 1
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    let at = start
    let indent = 0
    for (let code = text.charCodeAt(at); at < end && (code === space || code === tab); code = text.charCodeAt(++at)) indent += code === tab ? 4 - (indent % 4) : 1
    if (at === end) {
      brackets = 0
      bracketsInParagraph = 0
    } else {
      const {quotes, markers, after} = containers(text, at, end)
      if (quotes === 0) {
        while (items.length > 0 && items[items.length - 1]! > indent) items.pop()
        if (markers > 0) items.push(indent + 2)
      }
      const depth = quotes + markers + (quotes === 0 && markers > 0 ? items.length - 1 : items.length)
      if (depth > maxNesting) {
        return {
          ruleId: 'too-deep',
          reason: `Unexpected block quotes and list items nested ${depth} deep, expected at most ${maxNesting}: no document nests so deep; flatten the nesting or split the source`,
          line,
          column: after - start + 1
        }
      }
      for (let index = after; index < end; index++) {
        const code = text.charCodeAt(index)
        if (code === backslash) index++
        else if (code === open) {
          brackets++
          bracketsInParagraph++
          if (brackets > maxNesting) {
            return {
              ruleId: 'too-deep',
              reason: `Unexpected brackets nested ${brackets} deep, expected at most ${maxNesting}: no document nests so deep; remove the brackets or split the source`,
              line,
              column: index - start + 1
            }
          }
          if (bracketsInParagraph > maxBrackets) {
            return {
              ruleId: 'too-many-brackets',
              reason: `Unexpected ${bracketsInParagraph} brackets in one paragraph, expected at most ${maxBrackets}: break the paragraph with blank lines or split the source`,
              line,
              column: index - start + 1
            }
          }
        } else if (code === close && brackets > 0) brackets--
      }
    }
    start = end + 1
  }
  return undefined
}

/** The block quote markers (`>`) and list markers (`-`, `*`, `+`, `1.`, `1)`) a line opens with, and where its content starts. */
function containers(text: string, from: number, end: number): {quotes: number; markers: number; after: number} {
  let quotes = 0
  let markers = 0
  let at = from
  for (;;) {
    while (at < end && (text.charCodeAt(at) === space || text.charCodeAt(at) === tab)) at++
    const code = text.charCodeAt(at)
    if (at < end && code === quote) {
      quotes++
      at++
      continue
    }
    let marker = -1
    if (code === 45 || code === 42 || code === 43) marker = at + 1
    else if (digit(code)) {
      let digits = at
      while (digits < end && digits - at < 9 && digit(text.charCodeAt(digits))) digits++
      const delimiter = text.charCodeAt(digits)
      if (delimiter === 46 || delimiter === 41) marker = digits + 1
    }
    const following = text.charCodeAt(marker)
    if (marker > 0 && (marker === end || following === space || following === tab)) {
      markers++
      at = marker
      continue
    }
    return {quotes, markers, after: at}
  }
}

const digit = (code: number) => code >= 48 && code <= 57
