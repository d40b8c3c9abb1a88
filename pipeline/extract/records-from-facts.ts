/**
 * Records that facts name: an organisation a record's parties give with a
 * founded kind's word (\`Acme 联盟\`), and what records run on; and the
 * makers a record's own name gives. Read once every sentence has been read.
 */
import {genericNames, notOfKind, notOrganisationEndings, relativeMarkers, selfMadeWords, setApartKindWords} from '../lexicon/language.ts'
import {isSpecificName, isTradeWord, kindOf, ownerOf} from './decide-kind.ts'
import {readParties} from './read-parties.ts'
import {basePlace, type Extraction, type RecordDraft, squeeze} from './record-book.ts'

/**
 * \`星链由 Acme 联盟组织开发\`: an organisation whose name is a name of a
 * founded kind in running text (an alliance) is a record of that kind too, where
 * the text names it, whatever else the text says of it.
 */
export function partiesAsRecords(state: Extraction) {
  const {book, grammar} = state
  for (const record of [...book.records]) {
    for (const party of [...record.leads, ...record.joiners]) {
      const kind = kindOf(party.name, grammar)
      const entry = kind ? grammar.registry[kind] : undefined
      if (!kind || entry?.leads !== 'founders' || !entry.words.inProse.some((word) => party.name.endsWith(word))) continue
      if (!isSpecificName(party.name) || book.findAny(party.name, party.aliases)) continue
      // (\`星海盟\`, a widely known alliance's short name: its record goes by all its names, and is the one the text may already have)
      const known = state.known.find((entity) => entity.kind === kind && entity.names.some((name) => squeeze(name) === squeeze(party.name)))
      const [name, ...aliases] = known ? known.names : [party.name, ...party.aliases]
      if (known && book.findAny(name!, aliases)) continue
      state.apply({type: 'record', kind, name: name!, aliases, offset: party.offset, rule: 'party-of-kind', description: record.description})
    }
  }
}

/** A name of capitalised Latin words, up to three. */
const capitalised = /^[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*){0,2}$/u

/** How often the text must name what a record runs on for it to be a record. */
const leastBaseMentions = 2

/**
 * What records run on are records too, of the launched kind, when their
 * names read as names: their own kind word (\`星河账本\`), a chain's word after
 * a part of their own (\`星币区块链\` is \`星币\`), or a Latin name that is no
 * word of the trade (\`Lumen\`); \`Rust 编写\` is none. The text must name
 * one twice at least.
 */
export function basesAsRecords(state: Extraction) {
  const {book, grammar, file} = state
  if (!grammar.launchedKind) return
  const text = String(file.value)
  // (not a tool's: \`Kafka 框架\`, \`Linux 系统\`)
  const heads = [...(grammar.kinds.find(([kind]) => kind === grammar.launchedKind)?.[1].words.heads ?? []), ...(setApartKindWords as Readonly<Record<string, readonly string[]>>)[grammar.launchedKind] ?? []].filter((head) => !notOrganisationEndings.includes(head))
  for (const record of [...book.records]) {
    for (const base of record.basedOn) {
      // (\`底层技术：自主研发的南屿链\`, \`采用自研的星桥链\`: what the record's makers made themselves is theirs)
      const selfMade = selfMadeBefore(text, basePlace(record, base))
      const found = book.find(base)
      if (found && selfMade) madeBySame(state, record, found)
      if (found) continue
      const chain = notOfKind.find((word) => base.endsWith(word) && [...base].length >= word.length + 2)
      const name = kindOf(base, grammar) ? base : chain ? base.slice(0, base.length - chain.length).trim() : capitalised.test(base) ? base : ''
      if ([...name].length < 2 || !isSpecificName(name) || isTradeWord(name) || genericNames.includes(name) || book.find(name)) continue
      // precision first: a name the text gives once, as a base only, may be a version or a component (\`在甲基础上\`)
      // (as a name of its own, not inside a longer name a record has: \`Nova\` in \`Vega Nova\`)
      const longer = book.records.flatMap((other) => [other.name, ...other.aliases]).filter((written) => written.length > name.length && written.includes(name))
      const alone = longer.reduce((rest, written) => rest.split(written).join(' '), text)
      // (or once with the word for a thing of the launched kind after it: \`使用 Wombat 协议\`, \`运行在 Wombat 网络上\`)
      // (or as what the record's makers made themselves)
      if (alone.split(name).length - 1 < leastBaseMentions && !selfMade && !(name === base && capitalised.test(name) && namedWithHead(alone, name, heads))) continue
      const kind = kindOf(name, grammar) ?? grammar.launchedKind
      // placed where the text first names it as the base is written
      const first = text.indexOf(base)
      const made = state.apply({type: 'record', kind, name, aliases: name === base ? [] : [base], offset: first >= 0 ? first : record.offset, rule: 'base-of'})
      if (selfMade) madeBySame(state, record, made)
    }
  }
}

/**
 * \`乙公司区块链服务平台（YBS）于 2018 年商用\`: a launched record whose name
 * opens with the organisation that owns it, and no maker the text gives, was
 * made by that organisation (written where the name is).
 */
export function ownersAsMakers(state: Extraction) {
  const {book, grammar} = state
  for (const record of book.records) {
    if (record.leads.length > 0 || grammar.registry[record.kind]?.leads !== 'developers') continue
    const owner = ownerOf(record.name, grammar)
    const [party] = owner ? readParties(owner) : []
    if (party) state.apply({type: 'party', record, role: 'leads', party: {...party, offset: record.offset + party.start, rule: 'owner'}})
  }
}

/** The makers of a record are those of the base they made themselves, when the text names none of its own and both kinds have makers of one role. */
function madeBySame(state: Extraction, record: RecordDraft, base: RecordDraft) {
  const {registry} = state.grammar
  if (base.leads.length > 0 || registry[base.kind]?.leads !== registry[record.kind]?.leads) return
  for (const party of record.leads) state.apply({type: 'party', record: base, role: 'leads', party: {...party, rule: 'self-made'}})
}

/** Whether the words right before a place in the text (a base's) say its makers made it themselves: \`自主研发的\`. */
function selfMadeBefore(text: string, at: number | undefined): boolean {
  if (at === undefined) return false
  const words = text.slice(Math.max(0, at - maxSelfMadeBefore), at).trimEnd()
  const marker = relativeMarkers.find((word) => words.endsWith(word))
  const before = marker ? words.slice(0, -marker.length).trimEnd() : words
  return selfMadeWords.some((word) => before.endsWith(word))
}

/** How far before a base the words that say its makers made it may start, in characters. */
const maxSelfMadeBefore = 12

/** Whether a text names \`name\` with a word for a thing of its kind right after it, somewhere: \`Wombat 协议\`, \`Wombat 网络\`. */
function namedWithHead(text: string, name: string, heads: readonly string[]): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const after = text.slice(at + name.length, at + name.length + 12).replace(/^\s{0,2}/u, '')
    if (!/^[A-Za-z0-9]/u.test(text.slice(at + name.length)) && heads.some((head) => after.startsWith(head))) return true
  }
  return false
}
