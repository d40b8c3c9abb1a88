/**
 * Helpers every language pack compiles its patterns with: words of no
 * language, only the mechanics of writing them into regular expressions.
 */

/** Words, the longest first. */
export const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length)

/** Words as alternatives of a pattern, the longest first so that none hides a longer one; a pattern that never matches for none. */
export const alternatives = (words: readonly string[]) => (words.length === 0 ? '(?!)' : longestFirst(words).map(escape).join('|'))

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
