import {factStops} from '../lexicon/language.ts'
import {dateSpans} from './read-dates.ts'

/** Longest extent of a fact whose words are not found where it was read. */
const maxLoose = 24
/** Lines a fact's words may skip over in the raw text: a running header, a page number, a blank line between a page and the next. */
const maxSkippedLines = 3

/**
 * Where the words of a fact read at `offset` of a source's raw text end: its
 * value as written (white space, line breaks and up to three interrupting
 * lines aside), for a date its words (\`2016 年 5 月\` for \`2016-05\`), else up
 * to the next punctuation that ends a fact. Computed once, when the fact is
 * read, so that nothing after the extraction reads the text again to find it.
 */
export function factEnd(text: string, offset: number, values: readonly string[], date = false): number {
  for (const value of values) {
    const end = writtenEnd(text, offset, value)
    if (end !== undefined) return end
  }
  if (date) {
    // (\`同年 9 月\` too, told from a year written elsewhere)
    const found = dateSpans(text.slice(offset, offset + 40))[0]
    if (found && found.start <= 2) return offset + found.end
  }
  const stop = text.slice(offset, offset + maxLoose).search(factStops)
  return offset + Math.max(1, stop < 0 ? Math.min(maxLoose, text.length - offset) : stop)
}

/** The end of a value written at `offset`, white space and whole interrupting lines skipped; none when it is not written there. */
function writtenEnd(text: string, offset: number, value: string): number | undefined {
  const wanted = value.replace(/\s+/gu, '')
  if (wanted === '') return undefined
  let at = offset
  let matched = 0
  let skipped = 0
  while (at < text.length && matched < wanted.length) {
    const character = text[at]!
    if (/\s/u.test(character)) at++
    else if (character === wanted[matched]) {
      at++
      matched++
    } else if (matched > 0 && skipped < maxSkippedLines && text.lastIndexOf('\n', at - 1) >= offset && /^\s*$/u.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at))) {
      // a line of its own between the value's words: the page's furniture
      const next = text.indexOf('\n', at)
      if (next < 0) return undefined
      at = next + 1
      skipped++
    } else return undefined
  }
  return matched === wanted.length ? at : undefined
}
