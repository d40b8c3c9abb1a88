import type {Parents, Text} from 'mdast'
import {defaultHandlers, type Info, type State, type Unsafe} from 'mdast-util-to-markdown'

/**
 * remark-stringify's own handler for text, told to look only for the unsafe
 * characters the text holds. The stock handler runs every one of its forty
 * or so patterns over every text, though each can match only where its
 * character is; a white paper's paragraphs hold few of them (most of their
 * punctuation is full-width), so this writes the same Markdown in a fraction
 * of the time. Characters of the text around (`info.before`, `info.after`)
 * count too: they decide some escapes.
 */
export function text(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  const all = state.unsafe
  state.unsafe = patternsFor(all, `${info.before}${node.value}${info.after}`)
  try {
    return defaultHandlers.text(node, parent, state, info)
  } finally {
    state.unsafe = all
  }
}

/** The patterns whose character occurs in `value`; every pattern's character is ASCII. */
function patternsFor(patterns: readonly Unsafe[], value: string): Unsafe[] {
  const present = new Uint8Array(128)
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 128) present[code] = 1
  }
  return patterns.filter((pattern) => {
    const code = pattern.character.charCodeAt(0)
    // a character past ASCII (none today) is kept: the stock handler then decides
    return pattern.character.length !== 1 || code >= 128 || present[code] === 1
  })
}
