import type {Passage, Span} from '../clean/passages.ts'
import type {KnownEntity} from '../lexicon/zh/index.ts'
import type {Extraction} from './record-book.ts'

/** Whether the characters around a Latin name leave it a word of its own. */
const latinLetter = /[A-Za-z0-9]/u

/**
 * Names of widely known entities (\`knownEntities\` of the pack, or none) in a
 * sentence of prose: each that is no record yet becomes one of its kind, at
 * its first mention. A Latin name matches as a whole word, and a name inside
 * a longer known name is no mention of its own.
 */
export function readKnownNames(state: Extraction, text: Passage, span: Span, known: readonly KnownEntity[]) {
  const {book, grammar} = state
  const sentence = text.text.slice(span.start, span.end)
  // every mention of every name, a longer name claiming the words of a shorter one inside it (\`Hyperledger Fabric\`)
  const mentions = known
    .filter((entity) => grammar.registry[entity.kind])
    .flatMap((entity) => entity.names.flatMap((written) => wordsAt(sentence, written).map((at) => ({entity, at, end: at + written.length}))))
  const standing = mentions.filter((mention) => !mentions.some((other) => other !== mention && other.end - other.at > mention.end - mention.at && other.at <= mention.at && other.end >= mention.end))
  for (const {entity, at} of standing.sort((a, b) => a.at - b.at)) {
    const [name, ...aliases] = entity.names
    if (book.findAny(name!, aliases)) continue
    book.create(entity.kind, name!, aliases, text.toSource(span.start + at), false)
  }
}

/** Where a name stands in a text, as a word of its own when it is Latin. */
function wordsAt(text: string, name: string): number[] {
  const latin = latinLetter.test(name[0]!)
  const found: number[] = []
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!latin || (!latinLetter.test(text[at - 1] ?? '') && !latinLetter.test(text[at + name.length] ?? ''))) found.push(at)
  }
  return found
}
