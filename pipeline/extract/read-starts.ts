/**
 * Read starts: what a dated verb says of a subject's start. The first start a
 * sentence tells from a place on, past verbs that tell none (\`2013 年提出设想，
 * 并于 2015 年发布第一个版本\`); whether a verb has an object other than its
 * subject (\`2019 年发布了 2.0 版本\` tells what the subject made), and whether
 * it puts forward an idea or a paper rather than the thing.
 */
import {firstReleaseWords, foundingVerbs, goingLiveVerbs, makingVerbs, launchedParts, givenTo, ideaWords, launchedTails, onLanguage, perfectiveMarkers, placePrepositions, possessive, relativeMarkers, comma, startedOn, trailingPunctuation, verbDatePrepositions, versionMention} from '../lexicon/language.ts'
import type {findDates} from './read-dates.ts'
import {clauseStart} from './read-clauses.ts'
import {type RecordDraft, squeeze} from './record-book.ts'

type Dates = ReturnType<typeof findDates>

/** The aspect particle right after a verb: \`发布了\`. */
let leadingPerfective: RegExp

// compiled from the language pack in use, and again whenever another comes into use
onLanguage(() => {
  leadingPerfective = new RegExp(`^\\s{0,3}(?:${perfectiveMarkers.join('|')})?`, 'u')
})

/** A match in a slice of a sentence as a match in the sentence: its index and groups' places moved by \`offset\`. */
export function shifted(match: RegExpExecArray | null, offset: number): RegExpExecArray | null {
  if (!match) return null
  match.index += offset
  const groups = match.indices?.groups
  if (groups) for (const [key, place] of Object.entries(groups)) if (place) groups[key] = [place[0] + offset, place[1] + offset]
  return match
}

/**
 * Whether what follows a verb in its clause is an object other than the subject (more than a word or two:
 * \`正式上线运行\` has none; \`发起成立了星河联盟\`, said of 星河联盟, founds the subject itself).
 */
export function hasObject(sentence: string, verbEnd: number, subject: RecordDraft): boolean {
  // \`2017 年贡献到星海社区\`: what a project is given to hosts it, it is no thing the subject made
  if (givenTo.test(sentence.slice(0, verbEnd))) return false
  const rest = sentence.slice(verbEnd).replace(leadingPerfective, '')
  // \`成立于上海\`, \`上线的 X 项目\`: a place, or the noun a relative clause describes, is no object
  if ([...verbDatePrepositions, ...placePrepositions, ...relativeMarkers].some((word) => rest.trimStart().startsWith(word))) return false
  const clauseEnd = rest.search(comma)
  const object = (clauseEnd < 0 ? rest : rest.slice(0, clauseEnd)).replace(trailingPunctuation, '').trim()
  // (\`发布了 Nova 平台 V2\`: a version of the subject is another release of it, no start)
  // (its first version is its start: \`发布了 Nova 平台的首个版本\`)
  if ([subject.name, ...subject.aliases].some((name) => squeeze(object).includes(squeeze(name)))) return versionMention.test(object) && !firstReleaseWords.some((word) => object.includes(word))
  // \`发布了其首个正式版本\`: the first release of the subject is its start
  const own = object.startsWith(possessive.word) ? object.slice(possessive.word.length) : object
  // (or its own main net: \`上线了其主网 Cosmi Hub\`)
  if (firstReleaseWords.some((word) => own.startsWith(word)) || (own !== object && launchedParts.some((word) => own.startsWith(word)))) return false
  if (puttingForward(sentence, verbEnd)) return true
  // \`启动公开测试\`, \`上线试运行\`: a word that says the thing is in use or open to the public is no object
  return [...object].length > maxAfterVerb && !launchedTails.includes(object)
}

/**
 * The first start a dated verb from \`from\` on tells of the subject (a verb that tells none may be followed by one that
 * does: \`2013 年提出设想，并于 2015 年发布第一个版本\`).
 */
export function startAfter(sentence: string, from: number, subject: RecordDraft, dates: Dates, founded = false): Dates[number] | undefined {
  for (let started = shifted(startedOn.exec(sentence.slice(from)), from); started; started = shifted(startedOn.exec(sentence.slice(from)), from)) {
    const groups = started.indices!.groups!
    // (\`跨链盟研发了“湾链”，于 2020 年 1 月正式投产\`: a body its members form (\`founded\`) does not go live; what it made does)
    // (nor is it made: \`甲联盟于 2017 年发布了乙链，并于 2018 年开源\`)
    if (founded && [...goingLiveVerbs, ...makingVerbs].some((verb) => started[0].includes(verb)) && !foundingVerbs.some((verb) => started[0].includes(verb))) {
      from = started.index + started[0].length
      continue
    }
    // \`于 2019 年发布了 2.0 版本\`: a verb after the date with an object tells what the subject made
    const made = groups.dateBefore !== undefined && hasObject(sentence, started.index + started[0].length, subject)
    // \`X 2.0 版本于 2019 年发布\`: a version released in the verb's clause is no start of the subject
    // (its first version's is its start: \`X 的第一个版本于 2016 年发布\`)
    const clause = sentence.slice(clauseStart(sentence, started.index), started.index + started[0].length)
    const version = versionMention.test(clause) && !firstReleaseWords.some((word) => clause.includes(word))
    if (!made && !version) {
      const at = (groups.date ?? groups.dateBefore)?.[0]
      return at === undefined ? undefined : dates.find((found) => found.start === at)
    }
    from = started.index + started[0].length
  }
  return undefined
}

/** Whether the words after a verb of launching at \`verbEnd\` put forward an idea or a paper (\`提出了设想\`, \`发布白皮书\`), not the thing. */
export function puttingForward(sentence: string, verbEnd: number): boolean {
  const rest = sentence.slice(verbEnd).replace(leadingPerfective, '').trimStart()
  return ideaWords.some((word) => rest.startsWith(word))
}

/** Most characters a verb of starting may have after it in its clause and still tell the subject's own start. */
const maxAfterVerb = 2

/** Whether the clause from a name at \`at\` on names a version of it (\`发布了 Nova 平台 2.0 版本\`): its release is no start of the thing. */
export function namesVersion(sentence: string, at: number): boolean {
  return versionMention.test(sentence.slice(at).split(comma)[0] ?? '')
}
