/** Characters that end a sentence, and so may end a paragraph, at the end of a line. */
export const sentenceEnds = new Set(['。', '！', '？', '；', '：', '…', '.', '!', '?', ';', ':'])

/** Closing quotes and brackets that may follow the sentence end. */
export const closers = new Set(['”', '’', '」', '』', '）', ')', '"', "'", '】', '》'])

/**
 * Openers of a paragraph that speaks for the whole section again rather than
 * for the entry above it.
 */
export const sectionConnectives: readonly string[] = [
  '此外', '另外', '除此之外', '除此以外', '总之', '综上', '总体来看', '总的来说', '与此同时',
  'In addition', 'Besides', 'Overall', 'In summary'
]

/** Whether text ends a sentence, closing quotes and brackets aside. */
export function endsSentence(text: string): boolean {
  // every closer and sentence end is one UTF-16 unit: no need to split the text into code points
  const trimmed = text.trimEnd()
  let index = trimmed.length - 1
  while (index >= 0 && closers.has(trimmed[index]!)) index--
  return index >= 0 && sentenceEnds.has(trimmed[index]!)
}
