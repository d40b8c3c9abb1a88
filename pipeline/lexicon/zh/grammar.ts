/**
 * The grammar of the pack: the patterns extraction reads sentences with
 * (clause frames, lists, copulas, the clause that founds or launches),
 * compiled from the pack's words, and those that depend on the kinds a
 * registry has, compiled once per registry.
 */
import type {KindEntry, Registry} from '../../dataset/kinds.ts'
import {
  agentMarkers,
  forkFrame,
  mentionKindWords,
  memberAs,
  ownedNouns,
  ownershipWords,
  reworkVerbs,
  mannerPrepositions,
  colons,
  commas,
  enumerationComma,
  firstReleaseWords,
  openParens,
  closeParens,
  memberHaving,
  etcetera,
  approximateMarkers,
  chineseNumber,
  countUnits,
  qualifierWords,
  launchedParts,
  launchedTails,
  becomingVerbs,
  foundingEvents,
  objectMarkers,
  aliasIntroductions,
  alsoAdverbs,
  durationFrame,
  relativeTimes,
  basisUnderlying,
  councilWords,
  setApartModifiers,
  basisRoles,
  proposingVerbs,
  keepingVerbs,
  appositionFollowers,
  appositionOpeners,
  aspectAdverbs,
  stillAdverbs,
  timeAdverbs,
  deedLinks,
  publishingVerbs,
  exampleListEnds,
  exampleModifiers,
  anaphors,
  appositionCopulas,
  formingVerbs,
  providingVerbs,
  chainSorts,
  kindWords,
  partnerFrame,
  setApartKindWords,
  asWords,
  demonstratives,
  notPointers,
  announcingVerbs,
  attractingVerbs,
  basisFrame,
  basisOf,
  basisUses,
  collaborationFrame,
  basisTails,
  copulas,
  indefiniteArticles,
  datePrepositions,
  foundingClauseVerbs,
  foundingVerbs,
  genericNames,
  itemSeparators,
  pairCounts,
  joiningClauseVerbs,
  joiningVerbs,
  joiningWords,
  launchVerbs,
  listEndings,
  listQuantifiers,
  listModifiers,
  nameLikeHeads,
  namingWords,
  listIntroductions,
  exampleIntroductions,
  exampleFrame,
  notIntroductions,
  tickerHeads,
  agentParticles,
  organisationEndings,
  memberListOpeners,
  memberListAdverbs,
  memberListVerbs,
  memberWords,
  nameBoundaries,
  nameSuffixes,
  notAgentAfter,
  notOfKind,
  perfectiveMarkers,
  placePrepositions,
  possessive,
  predicateStarts,
  relativeMarkers,
  roleWords,
  technicalTerms,
  verbAdverbs,
  verbDatePrepositions,
  bornVerbs,
  givingVerbs,
  versionWords,
  verbNouns,
  scriptCharacters,
  listDefinition,
  memberTerms,
  fullStop,
  semicolons,
} from './index.ts'
import {dateSource} from './dates.ts'
import {alternatives, longestFirst} from '../patterns.ts'

export {alternatives, longestFirst}
const any = alternatives

/** The characters a name is written with. */
export const nameCharacters = String.raw`A-Za-z0-9\p{Script=Han}·&.\- `
// a verb that heads a noun (\`开发计划\`, \`开发者\`) founds and launches nothing
const verbs = `(?:${any([...foundingVerbs, ...launchVerbs])})(?!${any(verbNouns)})`
/** The words that join the last items of a list: \`甲、乙和丙\`. */
const conjunctions = itemSeparators.filter((word) => /^\p{Script=Han}/u.test(word))
const adverbs = `(?:${any(verbAdverbs)})`
const relative = `(?:${any(relativeMarkers)})`

// where it happened, after its date: \`于 2016 年在北京\`, \`在 2016 年的一份报告中\`
const placeAfterDate = `(?:(?<=${dateSource}\\s{0,3})(?:${any([...datePrepositions, ...relativeMarkers, ...mannerPrepositions])})[^，。；\\d]{1,16}?)?`
/** A Latin name of up to four words, each capitalised or a number: \`Nova Pay\`, \`Project X 2\`. */
// (a camel-cased word may open with a small letter: `sBridge`)
const latinName = '(?:[A-Z]|[a-z]{1,2}(?=[A-Z]))[A-Za-z0-9]*(?:[ .-][A-Z0-9][A-Za-z0-9]*){0,3}'
// where or how a start happened, between its date and its verb: \`于 2013 年在比特币上启动\`, \`于 2013 年通过众筹启动\`
// (or a deed of the same subject before a link word: \`于 2018 年更名并对外开源\`)
const gapAfterDate = `(?:(?:${any([...datePrepositions, ...mannerPrepositions])})[^，。；\\d]{1,16}?|[^，。；\\d]{1,16}?(?:${any(deedLinks)})\\s{0,2})?`
/** \`由甲、乙于 2016 年在丙的基础上共同发起成立\` (\`由甲牵头，联合乙、丙…\`, \`由甲于…宣布成立\`): who founded or launched, when, on what. */
/** \`由甲公司所开发\`: a particle between an agent and its verb, not where it ends an organisation's name (\`乙研究所\`). */
const particleEndings = organisationEndings.filter((ending) => agentParticles.some((particle) => ending.endsWith(particle) && ending.length > particle.length))
const agentParticle = agentParticles.length === 0 ? '' : `(?:${particleEndings.length === 0 ? '' : `(?<!${any(particleEndings.map((ending) => ending.slice(0, -1)))})`}(?:${any(agentParticles)}))?`
export const founding = new RegExp(
  `(?:${any(agentMarkers)})(?!${any(notAgentAfter)})(?<parties>(?:[^，。；]|，(?=\\s{0,3}(?:${any([...conjunctions, ...joiningWords])}))){1,200}?)\\s{0,3}(?:(?:${any(datePrepositions)})\\s{0,3}(?<date>${dateSource})\\s{0,3})?` +
    `(?:(?:${any(basisFrame.before)})\\s{0,3}(?<basis>[^，。；]{1,100}?)\\s{0,3}${relative}?(?:${any(basisFrame.after)})\\s{0,3})?${placeAfterDate}(?:${any(announcingVerbs)})?\\s{0,3}${agentParticle}${adverbs}*\\s{0,3}(?<verb>${verbs})`,
  'du'
)
/**
 * A founding or launch verb anywhere: a sentence without one cannot match
 * `founding` or `startedOn`, which are slow to fail on a long sentence.
 */
export const anyVerb = new RegExp(`${verbs}|(?:${any(bornVerbs)})(?:${any(verbDatePrepositions)})|${any(bornVerbs.filter((verb) => [...verb].length > 1))}`, 'u')
/** `成立于 2019 年 3 月`, `于 2021 年 1 月正式发布`, `于 2018 年 3 月 1 日在代码托管网站上正式开源`: a founding or launch date without an agent. */
export const startedOn = new RegExp(
  `(?:${verbs}|${any(bornVerbs)})(?:${any(verbDatePrepositions)})\\s{0,3}(?<date>${dateSource})|(?:${any(datePrepositions)})?\\s{0,3}(?<dateBefore>${dateSource})\\s{0,3}${gapAfterDate}(?:(?:${any([...launchedParts, ...firstReleaseWords])})(?:\\s{0,2}${latinName}\\s{0,2})?)?${adverbs}*\\s{0,3}(?:${verbs}|${any(bornVerbs.filter((verb) => [...verb].length > 1))})`,
  'du'
)
/** \`该网络使用 Nova 协议\`: a Latin name the subject runs on, or uses as its protocol. */
export const basisUse = new RegExp(`(?:${any(basisUses.verbs)})\\s{0,3}(?<base>[A-Z][A-Za-z0-9]*(?:[ .-][A-Z][A-Za-z0-9]*){0,2})\\s{0,3}(?:${any(basisUses.after)})`, 'du')
/** \`以 Tessel 为例，该项目由…孵化\`: an example a sentence opens with (group \`name\`), what the clause after it points back at. */
export const exampleOpening = new RegExp(`^\\s{0,3}(?:${any(exampleFrame.before)})\\s{0,2}(?<name>[^，。；、\\s][^，。；、]{0,30}?)\\s{0,2}(?:${any(exampleFrame.after)})\\s{0,2}[，,]`, 'du')
/** The words of what a thing is built on after \`基于\`, up to \`的\` or a clause's end: \`Nova\` of \`基于 Nova 的\`. */
const baseWords = `[^，。；、的\\s][^，。；、的]{0,30}?`

/** \`基于穹顶链，甲银行上线了…\`: a clause opening a sentence that names what the thing the sentence goes on to launch is built on. */
// (\`在 Pyxis 的基础上，甲公司开发了…\`: or the frame around it)
export const basisOpening = new RegExp(`^\\s{0,3}(?:(?:${basisOf.before})\\s{0,3}(?<base>${baseWords})\\s{0,3}(?:${any(basisTails)})?|(?:${any(basisFrame.before)})\\s{0,3}(?<framed>${baseWords})\\s{0,3}${relative}?\\s{0,2}(?:${any(basisFrame.after)}))\\s{0,3}[，,]`, 'du')
/** \`底层采用的是甲科技自主研发的乙链\`: a clause, after what points at a record, that names what it runs on (group \`base\`, modifiers and all). */
export const basisUnderlyingClause = new RegExp(`^\\s{0,3}(?:${any(basisUnderlying.parts)})(?:平台|技术|架构)?\\s{0,2}(?:${any(basisUnderlying.verbs)})(?:${any(basisUnderlying.after)})?\\s{0,3}(?<base>[^，。；\\s][^，。；]{0,40}?)\\s{0,3}(?=[，。；]|$)`, 'du')
/** \`该平台采用自研的星桥链作为底层\`: what a record is built on, in the role of its base (group \`base\`, modifiers and all). */
export const basisInRole = new RegExp(`(?:${any(basisRoles.verbs)})\\s{0,3}(?<base>[^，。；\\s][^，。；]{0,30}?)\\s{0,3}(?:${any(basisRoles.as)})\\s{0,3}(?:${any(basisRoles.roles)})`, 'du')
/** \`基于星币区块链的跨境薪酬结算平台\`: a defining phrase that names its base. */
// (\`一个基于戊链开发的联盟链平台\`, \`基于戊链构建\`: an article before it, a verb of making after the base)
export const basisInDefinition = new RegExp(`^\\s{0,3}(?:${any(indefiniteArticles)})?\\s{0,3}${basisOf.before}\\s{0,3}(?<base>[^，。；、的\\s][^，。；、的]{1,20}?)\\s{0,3}(?:(?:${any(launchVerbs)})?${basisOf.after}[^，。；]{1,24}|(?:${any(launchVerbs)}))$`, 'du')
/** \`甲公司将 Nova 项目提交到乙社区\`: who gave (group \`makers\`), the project given (\`project\`), opening a clause, then the verb of giving. */
// (or a verb of making public that ends the clause: \`甲公司于 2019 年将 Corvid 开源\`)
export const handedOver = new RegExp(`^(?<makers>[^，。；]{2,40}?)\\s{0,3}(?:(?:${any(datePrepositions)})\\s{0,3}${dateSource}\\s{0,3})?${adverbs}*\\s{0,3}(?:${any(objectMarkers)})\\s{0,3}(?<project>[^，。；、]{2,40}?)\\s{0,3}${adverbs}*\\s{0,3}(?:${any(givingVerbs)}|(?:${any(publishingVerbs)})(?:${any(perfectiveMarkers)})?(?=\\s{0,3}(?:[，。；]|$)))`, 'du')
/** \`，基于 Wombat 构建\`: a clause that says what its sentence's subject is built on, a verb of making after the base. */
/** \`基于 Nova 进行了大量改造\`: a verb of reworking what a thing is built on, a few words after the base. */
const reworked = `(?:${any(perfectiveMarkers)})?[^，。；,]{0,4}?(?:${any(reworkVerbs)})`
// (the base may be described by a clause of its own before it, \`基于甲联盟发布的开源框架 Orchid 构建\`: a verb before \`的\` is that clause's)
export const basisClause = new RegExp(`^\\s{0,3}${basisOf.before}\\s{0,3}(?<base>(?:[^，。；、\\s][^，。；、]{0,30}?${relative}\\s{0,2})?${baseWords})\\s{0,3}(?:${any(basisTails)})?\\s{0,3}(?:${any(launchVerbs)}|${reworked})(?!\\s{0,2}${relative})`, 'du')
/** A verb that gives a project to its host, ending a text: what the next words name hosts it (\`贡献到超级社区\`). */
export const givenTo = new RegExp(`(?:${any(givingVerbs)})(?:${any(perfectiveMarkers)})?\\s{0,3}$`, 'u')
/** A version of a thing (\`2.0 版本\`, \`V1.4\`, \`新版本\`): what is released then is a version, not the thing's start. */
export const versionMention = new RegExp(`(?<![A-Za-z0-9.])(?!(?:19|20)\\d{2}\\.\\d)(?:\\d+(?:\\.\\d+)+|[Vv]\\d+(?:\\.\\d+)*)(?![\\d.])|${any(versionWords)}`, 'u')
/** A version's number and word after a name: \`星河链 1.0\`, \`星河链 V2.0 版本\`. */
const versionAfterName = `(?:\\s{0,2}(?:[Vv]\\s?)?\\d+(?:\\.\\d+)+(?![\\d.])(?:\\s{0,2}(?:${any(versionWords)}))?)?`
/**
 * \`Sorrel：一种可扩展的拜占庭容错账本\`, \`Sorrel：面向许可区块链的分布式操作系统\`: a title that names its subject, then
 * says what it is, with an article or a phrase that describes its head (the last words its head).
 */
/** The same shape with nothing that says it describes (\`以太坊：下一代智能合约和去中心化应用平台\`): a title of its subject only when its head is a kind word. */
export const namingTitle = new RegExp(`^(?<name>[^：:，。；、]{2,30}?)\\s{0,2}[：:]\\s{0,2}(?<head>[^，。；：:]{2,30})$`, 'u')
export const definingTitle = new RegExp(`^(?<name>[^：:，。；、]{2,30}?)\\s{0,2}[：:]\\s{0,2}(?:${any(indefiniteArticles)}|(?=[^，。；：:]{1,24}${relative}))(?<head>[^，。；：:]{1,30})$`, 'u')
/**
 * \`X 是甲银行开发的一个基于星币的企业级区块链\`, \`X 是一个运行在星币之上的支付网络\`, \`X 是从星币硬分叉出来的一条公链\` (group
 * \`forked\`): a copula's defining phrase (the clause after the copula) that names its base.
 */
export const basisInCopula = new RegExp(`^[^，。；]{1,40}?(?:${any(copulas)})[^，。；]{0,30}?(?:${basisOf.before}\\s{0,3}(?<base>[^，。；、的\\s][^，。；、的]{1,20}?)|(?:${any(basisFrame.before)})\\s{0,3}(?<framed>[^，。；、的\\s][^，。；、的]{1,20}?)\\s{0,3}${relative}?(?:${any(basisFrame.after)})|(?:${any(basisUses.verbs)})\\s{0,3}(?<placed>[^，。；、的\\s][^，。；、的]{0,20}?)\\s{0,3}(?:${any(basisUses.after)})?|(?:${any(forkFrame.from)})\\s{0,3}(?<forked>[^，。；、的\\s][^，。；、的]{0,20}?)\\s{0,3}(?:${any(forkFrame.forked)}))\\s{0,3}${adverbs}*(?:${verbs})?${basisOf.after}[^，。；]{1,24}(?=[，。；]|$)`, 'du')
/** \`吸引了甲、乙加入\`, \`吸纳了甲、乙等 120 余家会员单位\`. */
// (\`吸纳丙公司为新成员\`: what they were taken in as is none of the parties)
// (\`已拥有甲、乙等 60 余家会员单位\`: or a verb of having, members and their count after the list)
export const joining = new RegExp(`(?:${any(attractingVerbs)})(?<parties>[^，。；]{1,300}?)(?:${any(joiningVerbs)}|(?:${any(memberAs)})?(?:${any(memberWords)})(?=\\s{0,3}(?:[，。；]|$)))|(?:${any(memberHaving)})(?<had>[^，。；]{1,300}?${any([etcetera])}\\s{0,3}\\d+\\s{0,2}(?:${any(approximateMarkers)})?\\s{0,2}(?:${any(countUnits)}))\\s{0,3}(?:${any(memberWords)})(?=\\s{0,3}(?:[，。；]|$))`, 'du')
/** A member word where the text starts: `20 多家会员` after its count. */
export const memberWordAhead = new RegExp(`^\\s*(?:${any(memberWords)})`, 'u')
/** \`成员包括甲、乙\`. */
export const memberList = new RegExp(`(?:${any(memberWords)})\\s{0,3}(?:${any(memberListAdverbs)})?\\s{0,3}(?:${any(memberListVerbs)})(?<parties>[^。；]+)`, 'du')
/** A date at the end of a relative clause, before its verb: \`于2015年\`. */
export const clauseDate = new RegExp(`(?:${any(datePrepositions)})\\s{0,3}${dateSource}\\s{0,3}${adverbs}*\\s{0,3}$`, 'u')
/** \`…，包括甲、乙等\`: a clause of a sentence about a record that lists its members. */
export const listedMembers = new RegExp(`(?:^|[，,：:])\\s{0,3}(?:${any(memberListOpeners)})(?<parties>[^，。；]{1,300}?)(?=[，。；]|$)`, 'du')
export const clauseEnds = /[，,。；;：:]/u
/** The words between two names of a list: \`和\`, \`、\`. */
export const itemSeparator = new RegExp(any(itemSeparators), 'u')
/** A quantity of things ending a text, the phrase for them after it (group \`phrase\`): \`许多开发工具项目\` before the comma of a list of examples, \`多个客户端\` before a clause that introduces a list. */
export const quantifiedPhraseAtEnd = new RegExp(`(?:${any(listQuantifiers)})(?<phrase>[^${commas}${fullStop}${semicolons}\\s]{1,12})\\s{0,2}$`, 'u')

/** A phrase for a kind in general, then a list of its members: \`区块链平台主要有A、B、C等\`. */
export const kindHeads = any(genericNames.filter((phrase) => !notOfKind.includes(phrase)))
/** The heads a list of names may end in: a kind's, or a sort of chain (\`比特币、以太坊等公有链\`) that no kind word follows (\`公有链项目\`). */
// (a kind's phrase that begins a sort of chain is none: \`等联盟链\` lists chains, not alliances)
const listHeads = `(?:${any(chainSorts)})(?!${any(Object.values(kindWords).flat() as string[])})|(?:${kindHeads})(?!${any(nameLikeHeads)})`
export const kindList = new RegExp(
  // (examples after a comma run to the clause's end: \`开源项目，如甲链、乙链等，…\`; a list with no \`等\` is the whole last clause of
  // its sentence: \`平台包括甲公司的星河链和乙集团的云帆链。\`)
  `(?<head>${kindHeads})\\s{0,3}(?:(?!${any(notIntroductions)})(?:${any(listIntroductions)})[：:]?\\s{0,3}(?<list>[^。；：]{2,300}?)(?=${any(listEndings)}|$)|(?!${any(notIntroductions)})(?:${any(listIntroductions)})[：:]?\\s{0,3}(?<bare>[^，,。；：]{2,100}?)(?=[。；]|$)|[，,]\\s{0,3}(?!${any(notIntroductions)})(?:${any(exampleIntroductions)})[：:]?\\s{0,3}(?<examples>[^，,。；：]{2,300}?)(?=${any(listEndings)}|[，,。；]|$))`,
  'gu'
)
/** \`…的链成为 Larch Classic\`, \`形成了岚穹经典（Lanqiong Classic）\`: what came of a fork, a Latin name (group \`latin\`) or a name glossed in Latin (\`name\`, \`gloss\`), ending its clause. */
/** \`Quoll 由 Bilby 分叉而来\`: a name opening a sentence (group \`name\`) that came of a fork of another (\`base\`). */
export const forkedFrom = new RegExp(`^(?<name>${latinName}|[${nameCharacters}]{2,30}?(?:${any(mentionKindWords.platform)}))\\s{0,3}(?:${any(forkFrame.from)})\\s{0,3}(?<base>[^，。；\\s][^，。；]{0,30}?)\\s{0,3}(?:${any(forkFrame.forked)})`, 'du')
export const forkedName = new RegExp(
  `(?:${any(forkFrame.results)})\\s{0,2}(?:(?<latin>${latinName})(?![A-Za-z0-9])|(?<name>${scriptCharacters}{2,8})\\s{0,2}[（(]\\s{0,2}(?<gloss>${latinName})\\s{0,2}[)）])(?=\\s{0,2}(?:[，。；,;]|$))`,
  'gu'
)
/** \`旗下产品包括甲平台和乙系统\`: the products an organisation is said to own, a list. */
export const ownedList = new RegExp(
  `(?:${any(ownershipWords)})(?:${any(ownedNouns)})\\s{0,2}(?:${any(listIntroductions)})[：:]?\\s{0,3}(?<list>[^。；：]{2,200}?)(?=${any(listEndings)}|[。；]|$)`,
  'gu'
)
/**
 * Examples after a comma under a phrase of no kind (\`多个区块链组织，如甲联盟、乙联盟等\`): a list whose
 * items can only be names by kind words of their own.
 */
export const exampleRun = new RegExp(
  `[，,]\\s{0,3}(?!${any(notIntroductions)})(?:${any(exampleIntroductions)})[：:]?\\s{0,3}(?<list>[^，,。；：]{2,300}?)(?=${any(listEndings)}|[，,。；]|$)`,
  'gu'
)
/**
 * A name in apposition to the phrase for its kind, after a dash, in quotes, or
 * a Latin name right after it: \`区块链云平台——甲云（Alpha）\`,
 * \`区块链服务平台“甲云”\`, \`交易平台 Nova\` (a capital letter starts it; the
 * technical terms of the pack are no names).
 */
export const apposition = new RegExp(
  `(?<head>${kindHeads})\\s{0,2}(?:(?:——|—|--)\\s{0,2}(?<dashed>[^，。；、（(\\s]{1,20}(?:\\s{0,2}[（(][A-Za-z][^（()）]{0,40}[)）])?)|[“"「](?<quoted>[^”"」，。；]{1,20})[”"」](?<parens>\\s{0,2}[（(][A-Za-z][^（()）]{0,40}[)）])?|(?<latin>(?!(?:${any(technicalTerms)})(?![A-Za-z0-9]))[A-Z][A-Za-z0-9]+(?:[ .-][A-Z0-9][A-Za-z0-9]*){0,3})(?![A-Za-z0-9]))`,
  'gu'
)
/** The phrase for a kind ending a text: \`源自技术社区的开源项目\`. */
export const kindHeadAtEnd = new RegExp(`(?:${kindHeads})\\s{0,3}$`, 'u')
/** A list, then the phrase for their kind in general: \`A（Alpha）、B等开源社区\`. */
// (or a count: \`等十余个区块链联盟\`, \`等 12 家联盟\`)
const quantifier = `(?:${any(listQuantifiers)}|(?:\\d{1,4}|${chineseNumber})\\s{0,2}(?:${any(approximateMarkers)})?\\s{0,2}(?:${any(countUnits)}))?(?:(?:${any(listModifiers)})${relative}?)?`
/** \`星海联盟（南京），简称“星海盟”\`: a short name declared after the comma that follows a name. */
export const trailingAlias = new RegExp(`^\\s{0,2}[，,]\\s{0,2}(?:${any(aliasIntroductions.filter((word) => word.endsWith('称') || word.endsWith('名')))})[：:为]?\\s{0,2}[“"「]?(?<alias>[^”"」，。；、（()）\\s](?:[^”"」，。；、（()）]{0,28}[^”"」，。；、（()）\\s])?)[”"」]?(?=[，。；、]|$)`, 'u')
export const kindListEnd = new RegExp(`(?:${any(listEndings)})\\s{0,3}${quantifier}(?:${listHeads})`, 'u')
export const kindListAfter = new RegExp(`(?<list>[^，。；：,]{2,300}?)(?:${any(listEndings)})\\s{0,3}${quantifier}(?<head>${listHeads})`, 'gu')

/** \`X 是甲于 2018 年推出的区块链服务平台\`: what a sentence's subject is, who made it, and when (the last kind word of the phrase is its head: \`联盟链平台\` is a platform). */
/** Who made a thing and the phrase for what it is: \`由甲于 2018 年推出的区块链服务平台\`, the phrase ending in one of \`heads\`. */
// (what they built it on may stand between the makers and the verb: \`甲银行基于 Nova 开发的\`; \`basisInCopula\` reads it)
// (\`由甲牵头，联合乙、丙等单位共同发起的…\`: a clause of those it joined with goes on past its comma; \`…的全球性公共基础设施网络\`:
// words that describe it, no kind's phrase among them, may stand before the phrase for its kind)
const makersOf = (heads: string) => `(?<parties>(?:(?!${any([...copulas, ...relativeMarkers])})(?:[^，。；]|[，,](?=\\s{0,2}(?:${any(joiningWords)})))){1,80}?)(?:${basisOf.before}\\s{0,3}[^，。；的]{1,30}?\\s{0,3}|(?:${any(basisFrame.before)})\\s{0,3}[^，。；]{1,30}?\\s{0,3}${relative}?(?:${any(basisFrame.after)})\\s{0,3})?${adverbs}*(?:${verbs})${relative}(?<head>(?:(?:${any(indefiniteArticles)})?\\s{0,3}${basisOf.before}[^，。；的]{1,20}${relative})?(?:(?:(?!${kindHeads}|${relative})[^，。；]){1,24}${relative})?(?:(?!${relative})[^，。；]){0,16}(?:${heads}))`
// (a kind's phrase that begins a longer word of no kind is none: \`联盟\` of \`联盟链\`, a set-apart head of its own)
const kindHeadWords = genericNames.filter((phrase) => !notOfKind.includes(phrase))
const headContinuations = [...new Set(notOfKind.flatMap((word) => kindHeadWords.filter((head) => word.startsWith(head) && word.length > head.length).map((head) => word.slice(head.length))))]
// (\`以太坊仍是…\`, \`Nova 也是…\`: adverbs between a subject and its copula are none of its name)
const copulaAdverbs = `(?:${any([...stillAdverbs, ...alsoAdverbs, ...timeAdverbs, ...aspectAdverbs])}){0,2}`
const makers = makersOf(headContinuations.length === 0 ? kindHeads : `(?:${kindHeads})(?!${any(headContinuations)})`)
export const copula = new RegExp(`^(?<name>[${nameCharacters}（()）]{1,40}?)\\s{0,3}${copulaAdverbs}(?:${any(copulas)})${makers}`, 'du')
/** The same without its subject, in the text of an entry: \`（是）甲于 2018 年推出的区块链服务平台\`. */
export const madeBy = new RegExp(`^\\s{0,3}(?:${any(copulas)})?${makers}`, 'du')
/** \`乙：甲公司开发，主要面向…\`: an entry's text opening with its makers and the verb, the clause ending there. */
const aloneOf = (words: readonly string[]) => new RegExp(`^\\s{0,3}(?<parties>[^，。；：的]{2,40}?)\\s{0,3}${adverbs}*\\s{0,3}(?:${any(words)})(?:${any(perfectiveMarkers)})?\\s{0,3}(?=[，。；]|$)`, 'du')
export const madeAlone = aloneOf(launchVerbs)
/** \`X 服务：由 Cirrus Cloud 提供，…\`: an entry's text opening with its agent and a verb of providing. */
export const providedBy = aloneOf(providingVerbs)
/** \`乙：甲公司 2018 年发布的企业级服务\`: an entry's text opening with its makers, a verb of launching and \`的\`, whatever the phrase after. */
export const madeOfEntry = new RegExp(`^\\s{0,3}(?:${any(copulas)})?\\s{0,3}(?<parties>[^，。；：的\\d]{2,40}?)\\s{0,3}(?:(?:${any(datePrepositions)})?\\s{0,3}${dateSource}\\s{0,3})?${adverbs}*\\s{0,3}(?:${any(launchVerbs)})${relative}`, 'du')
/** \`该联盟由甲协会指导，乙研究院、丙科技等联合发起\`: a later clause of parties and a verb of founding, the sentence's subject its object. */
export const foundedAlone = aloneOf(foundingVerbs)
/** \`牵头，\` (or a date, \`于 2016 年\`) before the joining word that goes on with the parties: \`由甲牵头，联合乙\`, \`由甲于 2016 年联合乙\`. */
export const ledThenJoined = new RegExp(`(?:${adverbs}*\\s{0,3}，|\\s{0,3}(?:${any(datePrepositions)})\\s{0,3}${dateSource}\\s{0,3})(?=\\s{0,3}(?:${any(joiningWords)}))`, 'gu')
/** \`星海（Xinghai）是一个面向全球的公有区块链平台，\`: what a sentence's subject is, the phrase for its kind ending the clause. */
/** \`甲科技的金梧链、乙链和丙链都是国内较有代表性的联盟链平台\`: a list of names (\`names\`), an adverb for all or a count, then the phrase for their kind. */
export const listCopula = new RegExp(
  `^(?<names>[${nameCharacters}（()）、]{3,120}?)\\s{0,3}(?<all>${any(listDefinition.allAdverbs)})?\\s{0,2}(?:${any(listDefinition.copulas)})\\s{0,3}(?<count>${listDefinition.count.source.slice(1)})?(?<head>[^，。；]{0,20}(?:${kindHeads}))\\s{0,3}(?=[，。；]|$)`,
  'u'
)
export const bareCopula = new RegExp(
  `^(?<name>[${nameCharacters}（()）]{1,40}?)\\s{0,3}${copulaAdverbs}(?:${any(copulas)})\\s{0,3}(?:${any(indefiniteArticles)})?(?<head>[^，。；]{0,20}(?:${kindHeads}))\\s{0,3}(?=[，。；]|$)`,
  'u'
)
/** What follows a subject whose own verb tells its start, past the parentheses after its name: \`（网络）正式上线\`, \`的主网上线\` (a founded kind: a verb of founding, not of launching). */
const verbAheadOf = (words: string) => new RegExp(`^(?:\\s{0,2}[（(][^（()）]{1,60}[)）])*\\s{0,3}(?:${any(nameSuffixes)})?\\s{0,3}(?:(?:${relative})?\\s{0,3}(?:${any(launchedParts)}))?\\s{0,3}(?:(?:${any(placePrepositions)})\\s{0,3}\\p{Script=Han}{1,8}?\\s{0,3})?${adverbs}*\\s{0,3}(?:${any(announcingVerbs)})?\\s{0,3}(?:${words})`, 'u')
export const verbAhead = {founders: verbAheadOf(any([...foundingEvents, ...foundingVerbs])), developers: verbAheadOf(verbs)} as const
/** \`X的发起单位包括：甲、乙\`: the record, the role, then the parties that have it. */
export const roleList = new RegExp(
  `^(?<name>[^，。；的]{2,40}?)\\s{0,3}${relative}\\s{0,3}(?:${any(roleWords.modifiers)})?(?:(?<lead>${any(roleWords.leads)})|(?<join>${any(roleWords.joiners)}))\\s{0,3}(?:${any(memberListAdverbs)})?\\s{0,3}(?:${any([...memberListVerbs, ...copulas, ...roleWords.copulas])})\\s{0,3}[：:]?\\s{0,3}(?<parties>[^。；：]{2,300}?)\\s{0,3}[。；]?$`,
  'du'
)
/** \`甲、乙是X的发起单位（之一）\`: parties, the record they are of, and their role. */
/** \`（西岭链盟成立于 2018 年，）发起方为甲和乙\`: a later clause of a sentence about its subject that names who holds a founder's role (\`创始成员包括…\` lists them: \`memberList\`). */
export const roleClause = new RegExp(
  `^\\s{0,3}(?:${possessive.word}\\s{0,2})?(?:${any(roleWords.modifiers)})?(?:${any(roleWords.leads)})\\s{0,3}(?:${any(roleWords.adverbs)})?\\s{0,3}(?:${any([...roleWords.copulas, ...memberListVerbs])})\\s{0,3}[${colons}]?\\s{0,3}(?<parties>[^。；：]{2,300}?)\\s{0,3}$`,
  'du'
)
export const roleOf = new RegExp(
  `^(?<parties>[^，。；]{2,80}?)\\s{0,3}(?:${any(roleWords.adverbs)})?\\s{0,3}(?:${any(copulas)})\\s{0,3}(?<name>[^，。；的]{2,40}?)\\s{0,3}${relative}\\s{0,3}(?:${any(roleWords.modifiers)})?(?:(?<lead>${any(roleWords.leads)})|(?<join>${any(roleWords.joiners)}))\\s{0,3}(?:${any(roleWords.oneOf)})?\\s{0,3}[。；]?$`,
  'du'
)
/** Adverbs left at the end of a list of parties once its date is taken off. */
// (and how long the making took: \`甲公司历时三年\`)
const duration = `(?:${any(durationFrame.before)})\\s{0,2}(?:\\d{1,3}|${chineseNumber})\\s{0,2}(?:${any(approximateMarkers)})?(?:${any(durationFrame.units)})(?:${any(approximateMarkers)})?`
// (and a time told only by the day of writing: \`甲集团已于上月\`)
const relativeTime = `(?:${any(datePrepositions)})?\\s{0,2}(?:${any(relativeTimes)})`
export const trailingAdverbs = new RegExp(`(?:${adverbs}|${any(alsoAdverbs)}|${duration}|${relativeTime})+$`, 'u')
/** Verbs and adverbs left at the end of a list of parties, joined by a conjunction: \`自主研发并\` in \`甲科技自主研发并开源的\`. */
export const trailingPredicate = new RegExp(`(?:${adverbs}|(?:${verbs})|${any(conjunctions)}|并)+$`, 'u')
/** A founding verb right before a name, in the clause its subject opens: \`甲银行牵头成立“\`. */
const subjectVerb = (words: readonly string[]) => new RegExp(`(?:${any(announcingVerbs)})?\\s{0,3}${adverbs}*(?:${any(words)})(?:${any(perfectiveMarkers)})?\\s{0,3}[“"「]?\\s{0,3}$`, 'u')
export const subjectFounding = subjectVerb([...foundingVerbs, ...formingVerbs])
/** The same with a verb of launching, for kinds that are developed: \`甲科技联合乙银行推出了\`. */
export const subjectLaunching = subjectVerb([...foundingVerbs, ...formingVerbs, ...launchVerbs])
/** A place at the end of such a clause, before its verb: \`在上海\`. */
export const clausePlace = new RegExp(`(?:${any(placePrepositions)})\\s{0,3}\\p{Script=Han}{1,8}\\s{0,3}$`, 'u')
/** A date anywhere in such a clause: \`甲于 2016 年牵头成立\`. */
export const clauseDateAnywhere = new RegExp(`(?:${any(datePrepositions)})?\\s{0,3}${dateSource}`, 'u')
/** \`由甲牵头\`: a clause that gives the party at the head of what follows. */
export const leadingClause = new RegExp(`^\\s{0,3}(?:${any(agentMarkers)})(?<party>[^，。；]{1,30}?)${adverbs}$`, 'u')
/** \`由乙基金会运营\`: a clause, opening where it is matched, that says who keeps a thing running. */
export const keptBy = new RegExp(`^\\s{0,3}(?:${any(agentMarkers)})(?!${any(notAgentAfter)})[^，。；]{1,40}?${adverbs}*\\s{0,3}(?:${any(keepingVerbs)})(?=\\s{0,3}(?:[，。；]|$))`, 'u')
/** The same ending a clause of a sentence about its subject: \`（该联盟）由甲科技牵头，\`. */
export const ledBy = new RegExp(`(?:${any(agentMarkers)})(?!${any(notAgentAfter)})(?<party>[^，。；]{1,30}?)${adverbs}\\s{0,3}[。；]?$`, 'du')
/** \`联合\` opening the list after such a clause. */
export const joinedBy = new RegExp(`^\\s{0,3}${adverbs}`, 'u')
/** The verb of a relative clause of founders, and of one of members, before the name: \`甲等发起成立的\`, \`甲等参加的\`. */
export const foundingClause = new RegExp(`${adverbs}?(?:${any(foundingClauseVerbs)})${relative}$`, 'u')
/** The same of developers, read only before a name the text sets apart (quoted, after a dash): \`甲发布的区块链平台“乙链”\`. */
export const launchingClause = new RegExp(`${adverbs}?(?:${any(launchVerbs)})${relative}$`, 'u')
/** A verb of joining right before a name, in the clause its subject opens: \`癸银行宣布加入\` before \`紫荆链盟\`. */
/** One of \`words\` ending a text, after what may announce it or say its manner or time (\`宣布\`, \`正式\`, \`已\`): the name after it is its object. */
const verbEnding = (words: readonly string[]) => new RegExp(`(?:${any(announcingVerbs)}|${adverbs}|${any(aspectAdverbs)})*\\s{0,3}(?:${any(words)})(?:${any(perfectiveMarkers)})?\\s{0,3}$`, 'u')
export const joinedObject = verbEnding(joiningClauseVerbs)
/** A verb of becoming right before a name (\`甲银行正式成为\`), and the word for members right after it (\`（的）成员\`): who becomes a member of what it names. */
export const becameMember = {
  before: verbEnding(becomingVerbs),
  after: new RegExp(`^\\s{0,3}${relative}?\\s{0,3}(?:${any(memberTerms)})?(?:${any([...memberWords, ...roleWords.joiners])})`, 'u')
} as const
/** Every verb of joining or becoming in a text: a run of name characters holding one names what follows it (\`癸银行宣布加入紫荆链盟\`). */
export const joiningVerbsAnywhere = new RegExp(`(?:${any([...joiningClauseVerbs, ...becomingVerbs])})(?:${any(perfectiveMarkers)})?`, 'gu')
export const joiningClause = new RegExp(`(?:${any(joiningClauseVerbs)})${relative}$`, 'u')
/** A verb of founding or launching at the end of a text but for up to \`reach\` characters of the phrase it governs, none of them \`stops\`. */
const launchedWithin = (reach: number, stops: string) => new RegExp(`(?:${verbs})(?:${any(perfectiveMarkers)})?[^${stops}]{0,${reach}}$`, 'u')
/** A verb of founding or launching, then a few words of the phrase it governs: \`并推出了首个区块链\` before a kind. */
export const launchedBefore = launchedWithin(12, '，。；,：:')
/** The same with a longer phrase between, before a name its quotes set apart: \`推出面向中小企业的非上市股份流转“星零”平台\`. */
export const launchedWellBefore = launchedWithin(24, '，。；,：:“”"「」')
/** A verb of launching, then a phrase ending in \`的\` that says what the thing serves, right before a name: \`推出了面向物流企业的\`. */
// (the phrase for what it is may follow: \`开源了其自研的区块链底层平台\` before \`星云链\`)
export const launchedThenDescribed = new RegExp(`(?:${verbs})(?:${any(perfectiveMarkers)})?[^，。；,：:“”"「」${relativeMarkers.join('')}]{1,16}(?:${relative})\\s{0,2}(?:[^，。；,：:“”"「」${relativeMarkers.join('')}\\s]{0,8}(?:${kindHeads}))?\\s{0,2}$`, 'u')
/** The possessive of the subject in the clause before a phrase: \`通过其基于区块链的\`. */
export const possessedBefore = new RegExp(
  `(?<!${possessive.notIn.filter((word) => word.endsWith(possessive.word)).map((word) => word.slice(0, -possessive.word.length)).join('|')})${possessive.word}(?!${possessive.notIn.filter((word) => word.startsWith(possessive.word)).map((word) => word.slice(possessive.word.length)).join('|')})[^，。；,]{0,16}$`,
  'u'
)
/** \`其首个正式版本\`: the object of a verb of releasing that is the thing's first release, its start. */
const firstRelease = `(?:${possessive.word})?(?:${any(firstReleaseWords)})`
/** \`发布了 Kestrel 的第一个稳定版本\`: a name a verb of launching governs through the first release of it (group \`name\`). */
export const firstReleaseOf = new RegExp(`(?:${any(launchVerbs)})(?:${any(perfectiveMarkers)})?\\s{0,2}(?<name>[^，。；、\\s${relativeMarkers.join('')}][^，。；、${relativeMarkers.join('')}]{0,30}?)\\s{0,2}${relative}\\s{0,2}(?:${any(firstReleaseWords)})`, 'dgu')
/** \`其主网\`: the part of the subject a verb of launching puts in use, after it (\`于 2019 年上线了其主网\`). */
const ownPart = `(?:${possessive.word})?(?:${any(launchedParts)})`
/** \`月坛（Moonchain）\`: a Han name with its Latin name in parentheses, which a translated text gives a name it introduces. */
/** A clause of launching before a Latin name (\`甲公司推出的 Nova\`): its makers, no part of the name. */
const launchedBeforeLatin = `[^，。；\\s](?:[^，。；]{0,38}?)(?:${any(launchVerbs)})${relative}\\s{0,2}(?=[A-Za-z])`
// (its expansion and its short name may share the parentheses, and a word after them that leaves it whom it names:
// \`星联结算桥（Star Settlement Bridge，简称 sBridge）项目\`)
const hanWithLatin = `\\p{Script=Han}{2,12}\\s{0,2}[${openParens}]\\s{0,2}(?:${latinName}\\s{0,2}[${commas}]\\s{0,2}(?:${any(aliasIntroductions)})?\\s{0,2})?${latinName}\\s{0,2}[${closeParens}](?:\\s{0,2}(?:${any(nameSuffixes)}))?`
/** A Latin name opening a text, with a parenthesis after it: \`Nova Pay（新星支付）\`; or a name in the script its Latin name glosses, \`星联网（StarNet）\`. */
export const latinNameStart = new RegExp(`^${latinName}(?:\\s{0,2}[（(][^（()）]{1,40}[)）])?`, 'u')
/** \`（该网络）曾与甲银行、乙银行等多家银行探索…\`: the parties a platform works with, who take part in it. */
export const collaboratedWith = new RegExp(`(?:^|[，,；]|${adverbs}|已|曾|先后|还)\\s{0,3}(?:${any(collaborationFrame.before)})(?<parties>[^，。；与]{2,120}?)\\s{0,3}(?:${any(collaborationFrame.verbs)})`, 'du')
/** \`日本央行与欧洲央行的联合研究项目\`: an entry's text opening with whose it is, then the phrase for its kind ending the clause. */
// (or a head only names set apart take: \`是甲公司旗下的一款企业级区块链产品\`)
export const possessedDefinition = new RegExp(`^\\s{0,3}(?<parties>[^，。；的]{2,60}?)\\s{0,3}(?:${any(relativeMarkers)})(?<head>[^，。；的]{0,16}(?:${kindHeads}|${any(Object.values(setApartKindWords).flat() as string[])}))\\s{0,3}(?=[，。；]|$)`, 'du')
/** \`Zephyr 最初由甲公司开发\`, \`Lumen 网络于 2016 年由甲公司发布\`: a Latin name opening a sentence (a word that says what it is after it), and the agent right after it (an adverb of time or a date between them aside). */
/** \`以太坊由甲团队开发\`: any short name opening a sentence, then its agent (a name only when something else says so: a heading that gives it alone). */
export const bareSubjectMade = new RegExp(`^(?<name>[${nameCharacters}]{2,12}?)\\s{0,3}(?=${any(agentMarkers)})`, 'u')
// (\`BSX（区块链服务网络）由…\`: with the expansion or the name in the script a parenthesis gives it)
export const latinSubjectMade = new RegExp(`^(?<name>${latinName}(?:\\s{0,2}(?:${any(nameSuffixes)}))?(?:\\s{0,2}[（(][^（()）${commas}]{1,60}[)）])?|${hanWithLatin})\\s{0,3}(?:${any([...timeAdverbs, ...alsoAdverbs])})?\\s{0,3}(?:(?:${any(datePrepositions)})\\s{0,3}${dateSource}\\s{0,3})?(?=${any(agentMarkers)})`, 'u')
/** Verbs that launch a thing rather than found a body: what a Latin name made so is of the launched kind. */
export const launchVerb = new RegExp(`^(?:${any(launchVerbs)})$`, 'u')
/** The verbs of launching that take what they launch as their object (a verb of giving takes the host). */
const objectLaunchVerbs = launchVerbs.filter((verb) => !givingVerbs.includes(verb))
/** A relative clause of launching ending right before what follows (\`由甲公司开发的\` before \`“Tessera”\`): a name set apart there is the made thing. */
export const madeJustBefore = new RegExp(`(?:${any(objectLaunchVerbs.filter((verb) => !proposingVerbs.includes(verb)))})${relative}\\s{0,2}$`, 'u')
/** Every verb of launching in a text, with its perfective marker: what a run of name characters holding one governs follows it (\`正式发布 Corvid 平台\`). */
/** A verb that launches a thing it names, anywhere: a sentence without one matches none of the patterns that look back to one. */
export const launchingVerbAnywhere = new RegExp(any(objectLaunchVerbs), 'u')
export const launchingVerbs = new RegExp(`(?:${any(objectLaunchVerbs)})(?:${any(perfectiveMarkers)})?`, 'gu')
/** A verb of launching ending a text (\`正式发布\`, \`推出了\`): the name after it is what it launched. */
export const launchedObject = verbEnding(objectLaunchVerbs)
/** What a thing is built on, in the words around it: \`基于 Nova 的\` (group \`base\`). */
// (a verb of building may stand before \`的\`: \`基于 Nova 构建的\`)
const basisFramed = `${basisOf.before}\\s{0,3}(?<base>${baseWords})\\s{0,3}(?:(?:${any(launchVerbs)})\\s{0,2})?${basisOf.after}`
/** What a name a verb governs is built on, between the verb and the name: \`推出了基于 Nova 的\` (group \`base\`). */
export const basisBeforeName = new RegExp(`${basisFramed}\\s{0,2}$`, 'du')
/** The same anywhere in a text: \`基于 Fabric 的\` inside the phrase a verb governs. */
export const basisPhrase = new RegExp(basisFramed, 'gu')
/** \`作为国内首个开源的许可链平台，启明链已…\`: the phrase for a kind that a sentence opens with, and what follows its comma (the subject it says the kind of). */
export const appositionOpening = new RegExp(`^\\s{0,3}(?:${any(appositionOpeners)})(?<phrase>[^，。；]{1,40}?)\\s{0,3}[，,]\\s{0,3}(?<rest>[^，。；]{2,60})`, 'du')
/** Where the predicate starts after a name written apart from it by a space: an adverb of time or aspect, or what \`predicate\` finds. */
export const predicateAfterSpace = new RegExp(`\\s(?:${any(aspectAdverbs)})`, 'u')
/** Where the predicate of a clause starts after its subject: a preposition (\`基于\` too), a date (not a digit of a name: \`K9\`) or a verb. */
export const predicate = new RegExp(`${any([...datePrepositions, ...agentMarkers, basisOf.before])}|(?<![A-Za-z0-9])\\d|${adverbs}|${verbs}`, 'u')
/** What a name in running text starts after: the pack's boundary words, and the verbs that found what follows them. */
export const boundaries = longestFirst([...nameBoundaries, ...foundingVerbs, ...givingVerbs])

/** The patterns of the kinds a registry has. */
export interface KindGrammar {
  registry: Registry
  kinds: ReadonlyArray<[string, KindEntry]>
  /** A kind word strong enough for running text, anywhere: a sentence without one names nothing. */
  mentionWord: RegExp
  /** A run of name characters ending in such a kind word, and the parentheses after it. */
  mention: RegExp
  /** \`曙光链由甲大学区块链实验室研发\`: the shortest name ending in a kind word that opens a sentence and is followed by its agent, however long the run of name characters goes on. */
  subjectMade: RegExp
  /** \`云梭链于 2019 年 10 月正式上线\`: a name of a launched kind opening a sentence, a date, then a verb of launching. */
  subjectLaunched: RegExp
  /**
   * \`Yarrow 项目始于 2016 年\`, \`Bilby 的主网于 2020 年 3 月上线\`, \`Quoll 于 2016 年发布\`: a name opening a sentence (a Latin
   * name, or one ending in a kind word) whose own verb tells its start, with the date after it (\`于\`) or before it (the
   * clause ending at the verb, so that no object follows: \`甲公司于 2016 年推出了乙\` is not of 甲公司), or a part that is
   * the thing itself launched with no date in the clause (\`Vega 主网正式上线\`: group \`partVerb\`, read only with \`part\`).
   */
  subjectStarted: RegExp
  /** \`闪电网络（Lightning Network）\`: a run of name characters ending in a head only names set apart take, then a Latin name in parentheses that glosses it (group \`run\`, from which the name is cut, and \`gloss\`). */
  glossedName: RegExp
  /** \`推出了去中心化存储网络“溪流”\`: the phrase for a kind right before a name set apart, which names it in apposition. */
  headBefore: RegExp
  /** What may follow a name set apart in apposition: punctuation, the end, or a word that goes on with the sentence (\`星河联盟“链上金融”计划\` names a plan). */
  appositionEnd: RegExp
  /** \`Lumen Network 是由 Lumen Labs 于 2018 年推出的支付网络\`: a copula with its makers whose phrase ends in a head only names set apart take. */
  copulaSetApart: RegExp
  /** \`甲科技主导开发的许可链框架\` opening an entry's text: its makers, the phrase ending in a head only names set apart take. */
  madeBySetApart: RegExp
  /** \`星河链是一个企业级区块链基础设施，\`: the same without makers, for a subject whose own last word gives its kind. */
  bareCopulaSetApart: RegExp
  /** \`远山链基于启明链构建\`: a name ending in a kind word opening a sentence, what it is built on, and a verb of making. */
  subjectBasis: RegExp
  /** \`甲科技先后推出了云栈链和云梯链\`: a verb of launching and two names of its objects, each ending in a kind word (groups \`first\`, \`second\`), ending their clause. */
  launchedPair: RegExp
  /** A name of a founded kind opening a sentence that goes on to say what it did, or its members: \`甲联盟于…成立\`, \`甲联盟成员…\`. */
  founded: RegExp | null
  /** Words pointing back at a record of a kind, or of any kind (\`其\`), the longest first. */
  anaphors: ReadonlyArray<[string, string]>
  /**
   * The words at the start of a text that point back at a record, and its
   * kind (\`any\` for \`其\`): an anaphor, a demonstrative and the phrase
   * for a kind, a few words of description between (\`该支付网络\`), or the bare
   * word for a kind whose joiners are members, before its members (\`联盟成员\`).
   */
  pointerAt: (text: string) => [string, string] | undefined
  /** The kind an entry is of when its first sentence lists its members. */
  memberKind: string | null
  /** A name in quotes, then the phrase for its kind (\`“星票”产品\`, \`“Nova”区块链金融平台\`): the phrase is optional in the pattern, and a name without one is no name set apart. */
  quotedName: RegExp
  /** A name after a dash that follows a head only names set apart take: \`全球支付解决方案——Nova\`. */
  dashedName: RegExp
  /** A Latin name right before a head only names set apart take (\`推出了 Lumen 网络\`): a name set apart by its script, the head its kind. */
  latinHeaded: RegExp
  /** A Latin name right after a verb of launching and the phrase for what it is, ending in a head only names set apart take (\`发布了开源跨链协议 Lattice\`): group \`latin\`, the head \`head\`. */
  latinAfterHead: RegExp
  /** A Latin name right after a relative clause of launching (\`云泽科技打造的 Zephyr ID\`): group \`made\`, of the launched kind when its makers are said. */
  latinAfterMaking: RegExp
  /** A Latin name alone right after a verb of launching, ending its clause (\`…开发了 Ferrule，\`): group \`made\`, of the launched kind when its makers are said. */
  latinObject: RegExp
  /** \`新星服务基础设施（NBSI，…）由庚研究院牵头建设\`: a name ending in a head only names set apart take opening a sentence, its parentheses, then its agent. */
  subjectMadeSetApart: RegExp
  /** A name in the script ending in a head only names set apart take, right after a verb of launching, up to its clause's end (\`联合打造了星桥清算系统，\`): group \`han\`, its head \`head\`. */
  launchedHeaded: RegExp
  /** A Latin name, a comma, and an article with the phrase for what it is (\`推出了 Wattle，一个面向中小企业的联盟链平台\`): a name in apposition, the phrase's head its kind. */
  latinAppositive: RegExp
  /** The kind a verb of launching makes (the kind that is launched rather than founded): what a bold name after one is. */
  launchedKind: string | null
  /** Examples after the words for a kind's products: \`方案如 Nova 和 Vega 之外\`, the kind by the head. */
  exampleList: RegExp | null
  /** \`Vega Chain、Lyra Ledger 等开源方案\`: a list closed by \`等\` before a word for a kind's products in general. */
  exampleListAfter: RegExp | null
  /** A word for a kind's products in general anywhere (\`方案\`): a sentence without one holds no list of examples (both patterns above need one). */
  exampleHeadAnywhere: RegExp
  /** \`推出了名为 Nova 的区块链平台\`: a name the text gives before \`的\` and the phrase for its kind. */
  namedAs: RegExp
  /** \`另一个值得关注的项目是 Corvane\`: the phrase for a kind, a copula, then a Latin or quoted name ending its clause (group \`head\`, \`name\`; \`before\`, the words of the clause before the head). */
  namedByCopula: RegExp
  /** A list after a head only names set apart take: \`实现协议包括 Nova、Vega 等\`, whose Latin names are candidates (the head alone makes no record). */
  setApartList: RegExp
  /** A clause in which a record starts another: \`星河开源项目也发起了 Vega 项目\`. */
  startsAnother: RegExp
  /** The kind a head only names set apart take gives (\`产品\`, quoted or defined by an entry line): the kind's own heads are read by \`kindOf\`. */
  setApartKind: (head: string) => string | null
  /** The longest kind word a name ends in (\`联盟\` of \`星云联盟\`), if it ends in one. */
  headAtEnd: (name: string) => string | undefined
  /** \`与东屿区块链产业联盟签署\`: a word of working with, a name in the script ending in a word a kind its members found uses in prose (group \`name\`, its word \`head\`), then a verb of an agreement. */
  partnerBody: RegExp
}

/** A count of organisations before the word for members: \`（共有）200 余家（成员单位）\`. */
const countOfMembers = `(?:${any(Object.values(qualifierWords).flatMap((words) => words.before))})?\\s{0,2}(?:\\d+|${chineseNumber})\\s{0,2}(?:${any(approximateMarkers)})?\\s{0,2}(?:${any(countUnits)})`

const grammars = new WeakMap<Registry, KindGrammar>()

/** The patterns of a registry's kinds, compiled once. */
export function grammarOf(registry: Registry): KindGrammar {
  let grammar = grammars.get(registry)
  if (!grammar) {
    grammar = compile(registry)
    grammars.set(registry, grammar)
  }
  return grammar
}

function compile(registry: Registry): KindGrammar {
  const kinds = Object.entries(registry)
  const mentionWords = kinds.flatMap(([, entry]) => entry.words.inProse)
  // what may follow a kind word inside a longer word that is no name: \`链\` after \`联盟\` (联盟链)
  const extensions = [...new Set([...notOfKind, ...genericNames].flatMap((word) => mentionWords.filter((kind) => word.startsWith(kind) && word.length > kind.length).map((kind) => word.slice(kind.length))))]
  const founderHeads = kinds.filter(([, entry]) => entry.leads === 'founders').flatMap(([, entry]) => entry.words.heads)
  const foundersInProse = kinds.filter(([, entry]) => entry.leads === 'founders').flatMap(([, entry]) => entry.words.inProse)
  const kindHeadsLongestFirst = longestFirst(kinds.flatMap(([, entry]) => entry.words.heads))
  const foundedHeads = founderHeads.filter((word) => /\p{Script=Han}/u.test(word))
  // a Latin head ends a word: \`Ivy Alliance 成立于…\`, not \`Alliances\`
  const latinFoundedHeads = founderHeads.filter((word) => !/\p{Script=Han}/u.test(word))
  const foundedHead = latinFoundedHeads.length === 0 ? any(foundedHeads) : `${any(foundedHeads)}|(?:${any(latinFoundedHeads)})(?![A-Za-z])`
  const stops = any([...agentMarkers, ...verbDatePrepositions, ...copulas])
  const firstCharacter = `(?:(?!${stops})[^，。、；：\\s（(])`
  // (\`…联合会，它于 2019 年由…组建\`: a comma and a pointer of any kind back at the name, then its founding)
  const pointedBack = `[，,]\\s{0,2}(?:${any(Object.keys(anaphors).filter((word) => anaphors[word] === 'any'))})\\s{0,3}(?:${any([...datePrepositions, ...agentMarkers, ...foundingVerbs])})`
  const nameCharacter = `(?:(?!${stops})[^，。、；：（(])`
  const exampleHeads = [...new Set(kinds.flatMap(([, entry]) => entry.words.examples ?? []))]
  const setApartHeads = [...new Set(kinds.flatMap(([, entry]) => entry.words.setApart ?? []))]
  const quotedHeads = [...new Set(kinds.flatMap(([, entry]) => [...entry.words.heads, ...(entry.words.setApart ?? [])]))]
  const pointers: Array<[string, string]> = [
    ...kinds.flatMap(([kind, entry]) => entry.words.anaphors.map((word): [string, string] => [word, kind])),
    ...Object.entries(anaphors).filter(([, of]) => of === 'any')
  ]
  pointers.sort((a, b) => b[0].length - a[0].length)
  // a demonstrative, up to four characters of description, then a kind's own head or one names set apart take
  const pointedHeads = kinds.flatMap(([kind, entry]) => [...entry.words.heads, ...(entry.words.setApart ?? [])].filter((word) => /\p{Script=Han}/u.test(word)).map((word): [string, string] => [word, kind]))
  const pointer = demonstratives.length === 0 || pointedHeads.length === 0
    ? /(?!)/u
    : new RegExp(`^(?:${any(demonstratives)})\\p{Script=Han}{0,4}?(?<head>${any(pointedHeads.map(([word]) => word))})`, 'u')
  const headKinds = new Map(pointedHeads.map(([word, kind]) => [word, kind] as const).reverse())
  // \`联盟成员已达 120 家\`, \`联盟成立以来\`, \`联盟由甲、乙等共同发起\`, \`联盟推出了…\`: the bare word for a kind whose joiners are
  // members, its members, its founding, its agent or a verb of launching right after, is the one named last
  const memberHeads = kinds.filter(([, entry]) => entry.joiners === 'members').flatMap(([kind, entry]) => entry.words.heads.filter((word) => /\p{Script=Han}/u.test(word)).map((word): [string, string] => [word, kind]))
  const bareMembers = memberHeads.length === 0 || memberWords.length === 0 ? /(?!)/u : new RegExp(`^(?<head>${any(memberHeads.map(([word]) => word))})(?=\\s{0,3}(?:${any(memberListAdverbs)})?\\s{0,3}(?:${any([...memberHaving, ...attractingVerbs])})?\\s{0,3}(?:${any([...memberWords, ...councilWords])})|\\s{0,3}(?:${any([...foundingVerbs, ...agentMarkers, ...launchVerbs])}))`, 'u')
  const memberHeadKinds = new Map(memberHeads.map(([word, kind]) => [word, kind] as const).reverse())
  // \`平台底层采用…\`: the bare word for a kind, a part of what it runs on right after, is the one named last
  const bareParts = pointedHeads.length === 0 ? /(?!)/u : new RegExp(`^(?<head>${any(pointedHeads.map(([word]) => word))})(?=\\s{0,2}(?:${any(basisUnderlying.parts)}))`, 'u')
  const pointerAt = (text: string): [string, string] | undefined => {
    const listed = pointers.find(([word]) => text.startsWith(word))
    if (listed || notPointers.some((word) => text.startsWith(word))) return listed
    const match = pointer.exec(text)
    const kind = match ? headKinds.get(match.groups!.head!) : undefined
    if (match && kind) return [match[0], kind]
    const bare = bareMembers.exec(text)
    const bareKind = bare ? memberHeadKinds.get(bare.groups!.head!) : undefined
    if (bare && bareKind) return [bare[0], bareKind]
    const part = bareParts.exec(text)
    const partKind = part ? headKinds.get(part.groups!.head!) : undefined
    return part && partKind ? [part[0], partKind] : undefined
  }
  return {
    registry,
    kinds,
    pointerAt,
    mentionWord: new RegExp(any(mentionWords), 'u'),
    /*
     * Chinese runs straight on after a name (\`…联盟专注于…\`), so what may not
     * follow is only what would make the kind word part of a longer word or
     * name (\`链\` in \`星河链联盟\` is not where the name ends, nor \`账本\` in
     * \`云杉账本基金会\`, an organisation's name). The run is the
     * longest that ends so: \`星河区块链合作联盟\`, not \`星河区块链\`.
     */
    mention: new RegExp(
      // (no run holds a copula: \`甲科技推出的乙链是一条…联盟链\` names \`乙链\` before it and a phrase after it;
      // nor is one an organisation's name without its ending: \`Open Ledger 基金会\`)
      // (a parenthesis after it may hold a Latin expansion and its short name: \`（Open Ledger Interoperability Alliance，OLIA）\`)
      // \`DAO（Decentralized Autonomous Organization）项目\`: a Latin name's expansion may stand between it and its kind word
      `(?<run>(?:${latinName}\\s{0,2}[（(][A-Za-z][^（()）]{1,60}[)）]\\s{0,2}|(?:(?!${any(copulas)})[${nameCharacters}]){1,60})(?:${any(mentionWords)}))(?![A-Za-z0-9]|${any([...extensions, ...mentionWords, ...organisationEndings])}|\\s{1,2}(?:${any(organisationEndings)}))(?<parens>(?:\\s{0,2}[（(](?:[^（()）]{1,40}|[A-Za-z][A-Za-z0-9 .&'，,-]{1,80})[)）]){0,3})`,
      'gu'
    ),
    // (\`远山链底层基于启明链开发\`: the part that runs on it may come between; \`远山链采用启明链作为底层\`: or a verb of use;
    // the base may be described by a clause of its own, \`基于开源的 Hyperlane 框架构建\`)
    // and the role the base is used in, group \`role\`, which a verb of use, group \`use\`, needs)
    launchedPair: new RegExp(
      `(?:${any(objectLaunchVerbs)})(?:${any(perfectiveMarkers)})?\\s{0,2}(?<first>[${nameCharacters}]{1,20}?(?:${any(mentionWords)}))\\s{0,2}(?:${any(itemSeparators)})\\s{0,2}(?<second>[${nameCharacters}]{1,20}?(?:${any(mentionWords)}))(?:\\s{0,2}(?:${any(pairCounts)})[^，。；]{0,6})?\\s{0,2}(?=[，。；]|$)`,
      'du'
    ),
    subjectBasis: new RegExp(
      `^(?<name>[${nameCharacters}]{1,40}?(?:${any(mentionWords)})|${setApartHeads.length === 0 ? '(?!)' : `(?<latin>${latinName})\\s{0,2}(?:${any(setApartModifiers)})?(?<head>${any(setApartHeads)})`})(?![A-Za-z0-9])\\s{0,3}(?:${any(basisUnderlying.parts)})?\\s{0,3}(?:${basisOf.before}|(?<use>${any(basisRoles.verbs)}))\\s{0,3}(?<base>(?:[^，。；、\\s][^，。；、]{0,30}?${relative}\\s{0,2})?${baseWords})\\s{0,3}(?:(?<role>(?:${any(basisRoles.as)})\\s{0,3}(?:${any(basisRoles.roles)}))|(?:${any(basisTails)})?\\s{0,3}(?:${verbs}|${reworked}|(?=[，。；]|$)))`,
      'du'
    ),
    // the heads only names set apart take: a kind's own heads before quotes are the apposition reader's (with the parentheses after)
    madeBySetApart: setApartHeads.length === 0 ? /(?!)/du : new RegExp(`^\\s{0,3}(?:${any(copulas)})?${makersOf(any(setApartHeads))}`, 'du'),
    copulaSetApart: setApartHeads.length === 0
      ? /(?!)/u
      : new RegExp(`^(?<name>[${nameCharacters}（()）]{1,40}?)\\s{0,3}${copulaAdverbs}(?:${any(copulas)})${makersOf(any(setApartHeads))}`, 'du'),
    bareCopulaSetApart: setApartHeads.length === 0
      ? /(?!)/u
      : new RegExp(`^(?<name>[${nameCharacters}（()）]{1,40}?)\\s{0,3}${copulaAdverbs}(?:${any(copulas)})\\s{0,3}(?:${any(indefiniteArticles)})?(?<head>[^，。；]{0,20}(?:${any(setApartHeads)}))\\s{0,3}(?=[，。；]|$)`, 'u'),
    // (a head of one character before a name ends a name of its own: \`丁币 Dingbit\` is one name twice)
    headBefore: setApartHeads.length === 0 ? /(?!)/u : new RegExp(`(?<head>(?:${any(setApartHeads.filter((head) => [...head].length > 1))}))\\s{0,2}$`, 'u'),
    appositionEnd: new RegExp(`^\\s{0,2}(?:[，,。；;：:！？!?）)]|$|${any([...predicateStarts, ...alsoAdverbs, ...appositionFollowers])})`, 'u'),
    // (\`星云链作为甲公司的核心产品，于 2019 年上线\`: a phrase of what it is taken as between)
    subjectLaunched: new RegExp(`^(?<name>[${nameCharacters}]{2,40}?(?:${any(mentionWords)}))(?![A-Za-z0-9])${versionAfterName}(?:\\s{0,3}(?:${any(asWords)})[^，。；]{1,30}[，,])?\\s{0,3}(?:${any(datePrepositions)})\\s{0,3}${dateSource}\\s{0,3}${adverbs}*\\s{0,3}(?:${any(launchVerbs)})`, 'u'),
    glossedName: setApartHeads.length === 0
      ? /(?!)/gu
      : new RegExp(`(?<run>[${nameCharacters}]{2,24}?(?:${any(setApartHeads)}))\\s{0,2}[${openParens}]\\s{0,2}(?<gloss>${latinName})\\s{0,2}(?:[${closeParens}]|[${commas}${enumerationComma}])`, 'gu'),
    // (a relative clause of its makers may open it, its list of them and all: \`由甲、乙等单位发起的区块链服务网络（XBN）于…商用\`)
    subjectStarted: new RegExp(`^(?<name>(?:${any(agentMarkers)})[^，。；]{1,60}?${relative}\\s{0,2}(?=[^，。；]{2,40}?[（(])(?:${hanWithLatin})|(?:${launchedBeforeLatin})?${latinName}(?:\\s{0,2}(?:${any(nameSuffixes)}))?|[${nameCharacters}]{2,40}?(?:${any([...mentionWords, ...setApartHeads])})|${hanWithLatin})(?![A-Za-z0-9])\\s{0,3}(?:(?:${relative})?\\s{0,3}(?<part>${any([...launchedParts, ...firstReleaseWords])})(?:\\s{0,2}[（(][^（()）]{1,20}[)）])?)?\\s{0,3}(?:${adverbs}*\\s{0,3}(?<verb>${verbs}|${any(bornVerbs)})(?:${any(verbDatePrepositions)})\\s{0,3}${dateSource}|(?:${any(datePrepositions)})?\\s{0,3}${dateSource}\\s{0,3}${gapAfterDate}${adverbs}*\\s{0,3}(?<verbAfter>${verbs}|${any(bornVerbs.filter((verb) => [...verb].length > 1))})(?:${any(launchedTails)})?(?:${any(perfectiveMarkers)})?\\s{0,3}(?=[，。；]|$|${firstRelease}|${ownPart})|${adverbs}*\\s{0,3}(?<partVerb>${any(launchVerbs)})(?:${any(launchedTails)})?(?:${any(perfectiveMarkers)})?\\s{0,3}(?=[，。；]|$|${firstRelease}))`, 'u'),
    // (\`区块链服务网络（BSX）由…\`: with the Latin name or abbreviation a parenthesis gives it)
    subjectMade: new RegExp(`^(?<name>[${nameCharacters}]{1,40}?(?:${any(mentionWords)})(?![A-Za-z0-9])(?:\\s{0,2}[（(][A-Za-z][^（()）${commas}]{0,60}[)）])?)(?:\\s{0,3}(?:${any(alsoAdverbs)}))?(?:\\s{0,3}(?:${any(datePrepositions)})\\s{0,3}${dateSource})?(?=\\s{0,3}(?:${any(agentMarkers)}))`, 'u'),
    founded: foundedHeads.length === 0
      ? null
      : new RegExp(`^${firstCharacter}${nameCharacter}{0,30}?(?:${foundedHead})(?=\\s{0,3}(?:(?:${any([...alsoAdverbs, ...aspectAdverbs, ...timeAdverbs])})\\s{0,3}){0,2}(?:${any([...predicateStarts, ...announcingVerbs, ...attractingVerbs, ...foundingVerbs])}|${relative}?\\s{0,3}(?:${any(memberWords)})|(?:${any(memberHaving)})\\s{0,3}(?:${countOfMembers})?\\s{0,3}(?:${any(memberWords)})|[（(]|${pointedBack}))`, 'u'),
    anaphors: pointers,
    quotedName: new RegExp(
      `[“"「](?<quoted>[^”"」，。；、“「]{1,30})[”"」](?:\\s{0,2}(?<head>[^，。；、“”"「」（(]{0,10}(?:${any(quotedHeads)})))?`,
      'gu'
    ),
    launchedKind: kinds.find(([, entry]) => entry.started === 'launched')?.[0] ?? null,
    namedAs: namingWords.length === 0
      ? /(?!)/dgu
      : new RegExp(`(?:${any(namingWords)})\\s{0,2}[“"「]?(?<name>[^，。；、“”"「」\\s的](?:[^，。；、“”"「」的]{0,28}[^，。；、“”"「」\\s的])?)[”"」]?\\s{0,2}的(?<head>[^，。；]{0,16}(?:${any(mentionWords)}))(?=[，。；、：\\s（(]|$|${any(predicateStarts)})`, 'dgu'),
    namedByCopula: new RegExp(`(?<before>[^，。；：:“”"「」A-Za-z]{0,20}?)(?<head>${any([...mentionWords, ...setApartHeads])})\\s{0,3}${copulaAdverbs}(?:${any(copulas)})\\s{0,3}(?:[“"「](?<quoted>[^”"」，。；、“「]{1,30})[”"」]|(?<latin>${latinName}))\\s{0,3}(?=[，。；]|$)`, 'dgu'),
    setApartList: setApartHeads.length === 0
      ? /(?!)/gu
      : new RegExp(`(?<head>${any(setApartHeads)})\\s{0,3}(?:${any(listIntroductions)})[：:]?\\s{0,3}(?<list>[^。；：]{2,300}?)(?=${any(listEndings)}|$)`, 'gu'),
    exampleHeadAnywhere: exampleHeads.length === 0 ? /(?!)/u : new RegExp(any(exampleHeads), 'u'),
    exampleList: exampleHeads.length === 0
      ? null
      : new RegExp(`(?<head>${any(exampleHeads)})\\s{0,3}(?:${any(listIntroductions)})[：:]?\\s{0,3}(?<list>[^，。；：]{2,60}?)\\s{0,3}(?=${any(exampleListEnds)}|[，。；]|$)`, 'gu'),
    exampleListAfter: exampleHeads.length === 0
      ? null
      : new RegExp(`(?<list>[^，。；：,]{2,200}?)(?:${any(listEndings)})\\s{0,3}${quantifier}(?<head>(?:${any(exampleModifiers)})?(?:${any(exampleHeads)}))`, 'gu'),
    startsAnother: new RegExp(
      `^\\s{0,3}(?<maker>[${nameCharacters}]{2,30}?(?:${any(mentionWords)}))\\s{0,3}(?:${any(alsoAdverbs)})?\\s{0,3}${adverbs}*(?!${any(givingVerbs)})(?:${verbs})(?:${any(perfectiveMarkers)})?\\s{0,3}(?<made>[${nameCharacters}]{2,30}?(?:${any(mentionWords)}))\\s{0,3}$`,
      'du'
    ),
    latinAppositive: new RegExp(`(?=[A-Z])(?<![A-Za-z0-9])(?!(?:${any(technicalTerms)})(?![A-Za-z0-9]))(?<latin>${latinName})\\s{0,2}[，,]\\s{0,2}(?:${any(appositionCopulas)})?(?:${any(indefiniteArticles)})(?<head>[^，。；]{0,30}?(?:${any([...genericNames.filter((phrase) => !notOfKind.includes(phrase)), ...setApartHeads])}))\\s{0,3}(?=[，。；]|$)`, 'gu'),
    subjectMadeSetApart: setApartHeads.length === 0
      ? /(?!)/u
      // (an adverb of time between the name and its agent: \`Quill 协议最初由…\`)
      : new RegExp(`^(?<name>[${nameCharacters}]{2,30}?(?<head>${any(setApartHeads)}))(?<parens>\\s{0,2}[（(][^（()）]{1,80}[)）])?\\s{0,3}(?:${any([...timeAdverbs, ...alsoAdverbs])})?\\s{0,3}(?=${any(agentMarkers)})`, 'u'),
    launchedHeaded: setApartHeads.length === 0
      ? /(?!)/gu
      // (\`推出自主研发的星岚区块链服务（XBS），\`: words that describe it may come between, its short name after it)
      : new RegExp(`(?<=(?:${any(objectLaunchVerbs)})(?:${any(perfectiveMarkers)}|${relative})?\\s{0,2}(?:[^，。；,${relativeMarkers.join('')}]{1,8}${relative}\\s{0,2})?)(?!${any(perfectiveMarkers)}|${relative})(?<han>(?:(?!${relative})[${nameCharacters}]){2,16}?(?<head>${any(setApartHeads)}))(?<parens>\\s{0,2}[（(][^（()）]{1,60}[)）])?(?=\\s{0,3}(?:[，。；,]|$))`, 'gu'),
    latinHeaded: setApartHeads.length === 0
      ? /(?!)/gu
      // not what something is based on or uses (\`基于 Nova 协议\`), nor a phrase that describes a noun after it (\`Nova 协议的系统\`)
      // (a few words of what it does may stand between the name and its head: \`Quorra 清算网络\`; a Latin head glued to the name
      // is part of its last word: \`CertaChain\`)
      : new RegExp(`(?=[A-Z])(?<!(?:${any([basisOf.before, ...basisUses.verbs])})\\s{0,2})(?<![A-Za-z0-9])(?!(?:${any(technicalTerms)})(?![A-Za-z0-9]))(?<latin>${latinName})(?![A-Za-z0-9])\\s{0,2}(?:${any(setApartModifiers)}|(?:(?!${relative})${scriptCharacters}){1,4}?)?(?<head>${any(setApartHeads)})(?!\\s{0,2}${relative})`, 'gu'),
    // (\`Arden 实验室于 2018 年开发了 Ferrule。\`: a Latin name alone a verb of launching governs, ending its clause)
    latinObject: new RegExp(`(?<=(?:${any(objectLaunchVerbs)})(?:${any(perfectiveMarkers)})?\\s{0,2})(?=[A-Z])(?!(?:${any(technicalTerms)})(?![A-Za-z0-9]))(?<made>${latinName})(?![A-Za-z0-9])(?=\\s{0,3}(?:[，。；,]|$))`, 'gu'),
    latinAfterMaking: new RegExp(`(?<=(?:${any(objectLaunchVerbs)})${relative}\\s{0,2})(?=[A-Z])(?!(?:${any(technicalTerms)})(?![A-Za-z0-9]))(?<made>${latinName})(?![A-Za-z0-9])(?!\\s{0,2}(?:${any(mentionWords)}|${any(setApartHeads)}))`, 'gu'),
    latinAfterHead: setApartHeads.length === 0
      ? /(?!)/gu
      // (not after a coin's word when the name is a ticker, \`发行美元稳定币 USDT\`: capitals alone, no word after them; \`数字货币 WEB Coin\` is a name)
      // (what it is built on may stand between: \`推出了基于 Larch 的贸易融资网络 Aspen Trade\`)
      : new RegExp(`(?<=(?:${any(objectLaunchVerbs)})(?:${any(perfectiveMarkers)})?\\s{0,2}(?:${basisOf.before}\\s{0,3}${baseWords}\\s{0,3}${basisOf.after}\\s{0,2})?)(?<phrase>[^，。；、：\\s“”"「」（()）A-Za-z]{0,16}?(?<head>${any(setApartHeads.filter((head) => !tickerHeads.includes(head)))}|(?:${any(tickerHeads)})(?!\\s{0,2}[A-Z0-9]{2,6}(?![A-Za-z0-9]|\\s{1,2}[A-Za-z]))))\\s{0,2}(?=[A-Z])(?!(?:${any(technicalTerms)})(?![A-Za-z0-9]))(?<latin>${latinName})(?=\\s{0,3}(?:[，。；,]|$))`, 'gu'),
    dashedName: new RegExp(`(?<head>${any(setApartHeads)})\\s{0,2}(?:——|—|--)\\s{0,2}(?<dashed>[A-Za-z][A-Za-z0-9]*(?:[ .-][A-Za-z0-9]+){0,3}(?:[^，。；、：（(\\sA-Za-z0-9]{1,8}(?=[，。；、：]|$))?|[^，。；、（(\\s]{2,12})`, 'gu'),
    setApartKind: (head) => kinds.find(([, entry]) => (entry.words.setApart ?? []).some((word) => head.endsWith(word)))?.[0] ?? null,
    headAtEnd: (name) => kindHeadsLongestFirst.find((word) => name.endsWith(word)),
    partnerBody: foundersInProse.length === 0
      ? /(?!)/dgu
      : new RegExp(`(?:${any(partnerFrame.before)})\\s{0,2}(?<name>${scriptCharacters}{2,20}?(?<head>${any(foundersInProse)}))\\s{0,2}(?:${any(partnerFrame.verbs)})`, 'dgu'),
    memberKind: kinds.find(([, entry]) => entry.joiners === 'members')?.[0] ?? null
  }
}
