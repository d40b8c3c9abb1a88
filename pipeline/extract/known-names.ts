import {knownNameFollowers} from '../lexicon/language.ts'
import type {KnownEntity} from '../lexicon/zh/index.ts'
import type {Extraction, RecordDraft} from './record-book.ts'

/** Whether the characters around a Latin name leave it a word of its own. */
const latinLetter = /[A-Za-z0-9]/u

/**
 * Names of widely known entities (the extraction's \`known\`: the pack's list,
 * a user's, or none) in the sentences of prose: each that is no record yet becomes one of its
 * kind, at its first mention, when the text names it twice or more, or once
 * as a word of its own (\`与比特币、以太坊相比\`) rather than as the first
 * word of a longer phrase (\`某地最大的比特币兑换平台\` names an exchange, not
 * the chain). A Latin name matches as a whole word, and a name inside a
 * longer known name is no mention of its own.
 */
export function readKnownNames(state: Extraction) {
  const {book, grammar, proseSentences} = state
  const listed = state.known.filter((entity) => grammar.registry[entity.kind])
  if (listed.length === 0) return
  const found = new Map<KnownEntity, {offset: number; count: number; alone: boolean}>()
  // the names of the records the text gives: a widely known name inside one of them is part of it (\`Pulsar Fabric\` is no \`Fabric\`)
  const recordNames = book.records.flatMap((record) => [record.name, ...record.aliases])
  for (const {text, span} of proseSentences) {
    const sentence = text.text.slice(span.start, span.end)
    // every mention of every name, a longer name claiming the words of a shorter one inside it (\`Hyperledger Fabric\`)
    const mentions = listed.flatMap((entity) => entity.names.flatMap((written) => wordsAt(sentence, written).map((at) => ({entity, at, end: at + written.length}))))
    const claimed = (mention: {at: number; end: number}) => {
      const written = sentence.slice(mention.at, mention.end)
      return recordNames.some((name) => name.length > written.length && name.includes(written) && wordsAt(sentence, name).some((at) => at <= mention.at && at + name.length >= mention.end))
    }
    const standing = mentions.filter((mention) => !claimed(mention) && !mentions.some((other) => other !== mention && other.end - other.at > mention.end - mention.at && other.at <= mention.at && other.end >= mention.end))
    for (const {entity, at, end} of standing.sort((a, b) => a.at - b.at)) {
      const alone = !nameGoesOn.test(sentence[end] ?? '') || standsAlone(sentence.slice(end))
      const seen = found.get(entity)
      if (seen) {
        seen.count++
        seen.alone ||= alone
      } else {
        found.set(entity, {offset: text.toSource(span.start + at), count: 1, alone})
      }
    }
  }
  for (const [entity, {offset, count, alone}] of found) {
    const [name, ...aliases] = entity.names
    if ((count >= 2 || alone) && !book.findAny(name!, aliases)) state.apply({type: 'record', kind: entity.kind, name: name!, aliases, offset, rule: 'known-name'})
  }
}

/** A character a noun phrase goes on with after a name: a letter of the script (\`比特币交易\`). */
const nameGoesOn = /\p{L}/u

/** Whether what follows a name ends its phrase: a particle or a verb of comparison a word of its own stands before. */
function standsAlone(after: string): boolean {
  return knownNameFollowers.some((word) => after.startsWith(word))
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

/** The records other sources of the build have that this one mentions, placed at the first mention of one of their names. */
export function recordsAcross(state: Extraction, across: readonly KnownEntity[]) {
  const text = String(state.file.value)
  for (const entity of across) {
    if (!state.grammar.registry[entity.kind]) continue
    const [name, ...aliases] = entity.names
    // where the text first names it, a Latin name as a word of its own
    const at = Math.min(...entity.names.flatMap((written) => wordsAt(text, written).slice(0, 1)))
    if (!Number.isFinite(at)) continue
    state.apply({type: 'record', kind: entity.kind, name: name!, aliases, offset: at, rule: 'across-sources'})
  }
}

/** The records of widely known names an earlier reading of the same text found, where it found them, before any sentence is read. */
export function seedKnownNames(state: Extraction, found: readonly RecordDraft[]) {
  for (const {kind, name, aliases, offset, rule} of found) state.apply({type: 'record', kind, name, aliases, offset, rule})
}
