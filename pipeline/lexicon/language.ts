/**
 * The language the mechanics read with: one pack, given by whoever runs
 * them (\`createProcessor({language})\`, the build's \`useLanguage\`), whose
 * words and grammar every stage reads from here. Nothing here is of any
 * language: the names below are bound to the pack in use (ES module bindings
 * are live), and stages that compile patterns of their own from its words
 * do so again when another pack comes into use (\`onLanguage\`). One pack is
 * in use at a time in a thread; a processor puts its own in use before each
 * run, so processors of two packs may take turns.
 *
 * Generated from the keys of the Chinese pack by \`npm run language\`; its
 * type is the Chinese pack's shape (a type, never imported at run time).
 */
import type {zh} from './zh/pack.ts'

/** A shape with its words widened to strings: another language's pack has other words. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Widened<T> = T extends string ? string : T extends RegExp ? RegExp : T extends (...args: any[]) => unknown ? T : T extends ReadonlySet<infer U> ? ReadonlySet<Widened<U>> : T extends ReadonlyMap<infer K, infer V> ? ReadonlyMap<Widened<K>, Widened<V>> : T extends ReadonlyArray<infer U> ? ReadonlyArray<Widened<U>> : T extends object ? {readonly [K in keyof T]: Widened<T[K]>} : T

/** A language pack: the words and grammar of one language, in the shape of the Chinese pack's. */
export type LanguagePack = Widened<typeof zh>

export let agentMarkers: LanguagePack['agentMarkers']
export let agentParticles: LanguagePack['agentParticles']
export let aliasIntroductions: LanguagePack['aliasIntroductions']
export let aliasWrapping: LanguagePack['aliasWrapping']
export let alsoAdverbs: LanguagePack['alsoAdverbs']
export let alternatives: LanguagePack['alternatives']
export let amountUnits: LanguagePack['amountUnits']
export let anaphors: LanguagePack['anaphors']
export let announcingVerbs: LanguagePack['announcingVerbs']
export let anyVerb: LanguagePack['anyVerb']
export let apposition: LanguagePack['apposition']
export let appositionCopulas: LanguagePack['appositionCopulas']
export let appositionFollowers: LanguagePack['appositionFollowers']
export let appositionOpeners: LanguagePack['appositionOpeners']
export let appositionOpening: LanguagePack['appositionOpening']
export let approximateMarkers: LanguagePack['approximateMarkers']
export let asOfWords: LanguagePack['asOfWords']
export let asWords: LanguagePack['asWords']
export let aspectAdverbs: LanguagePack['aspectAdverbs']
export let attractingVerbs: LanguagePack['attractingVerbs']
export let authorshipMarkers: LanguagePack['authorshipMarkers']
export let bareCopula: LanguagePack['bareCopula']
export let bareSectionWords: LanguagePack['bareSectionWords']
export let bareSubjectMade: LanguagePack['bareSubjectMade']
export let basisBeforeName: LanguagePack['basisBeforeName']
export let basisClause: LanguagePack['basisClause']
export let basisFrame: LanguagePack['basisFrame']
export let basisInCopula: LanguagePack['basisInCopula']
export let basisInDefinition: LanguagePack['basisInDefinition']
export let basisInRole: LanguagePack['basisInRole']
export let basisOf: LanguagePack['basisOf']
export let basisOpening: LanguagePack['basisOpening']
export let basisPhrase: LanguagePack['basisPhrase']
export let basisRoles: LanguagePack['basisRoles']
export let basisTails: LanguagePack['basisTails']
export let basisUnderlying: LanguagePack['basisUnderlying']
export let basisUnderlyingClause: LanguagePack['basisUnderlyingClause']
export let basisUse: LanguagePack['basisUse']
export let basisUses: LanguagePack['basisUses']
export let becameMember: LanguagePack['becameMember']
export let becomingVerbs: LanguagePack['becomingVerbs']
export let bornVerbs: LanguagePack['bornVerbs']
export let boundaries: LanguagePack['boundaries']
export let bulletMarker: LanguagePack['bulletMarker']
export let captionLine: LanguagePack['captionLine']
export let categoryHeads: LanguagePack['categoryHeads']
export let categoryModifiers: LanguagePack['categoryModifiers']
export let chainSorts: LanguagePack['chainSorts']
export let chineseDigits: LanguagePack['chineseDigits']
export let chineseNumber: LanguagePack['chineseNumber']
export let chineseUnits: LanguagePack['chineseUnits']
export let citationWords: LanguagePack['citationWords']
export let clauseBreak: LanguagePack['clauseBreak']
export let clauseComma: LanguagePack['clauseComma']
export let clauseDate: LanguagePack['clauseDate']
export let clauseDateAnywhere: LanguagePack['clauseDateAnywhere']
export let clauseEnds: LanguagePack['clauseEnds']
export let clauseLinks: LanguagePack['clauseLinks']
export let clausePlace: LanguagePack['clausePlace']
export let clausePunctuation: LanguagePack['clausePunctuation']
export let closeParens: LanguagePack['closeParens']
export let closers: LanguagePack['closers']
export let closingQuotes: LanguagePack['closingQuotes']
export let codeWords: LanguagePack['codeWords']
export let collaboratedWith: LanguagePack['collaboratedWith']
export let collaborationFrame: LanguagePack['collaborationFrame']
export let colons: LanguagePack['colons']
export let columnWords: LanguagePack['columnWords']
export let comma: LanguagePack['comma']
export let commas: LanguagePack['commas']
export let contactLine: LanguagePack['contactLine']
export let contentsHeadings: LanguagePack['contentsHeadings']
export let contentsLeaderOnly: LanguagePack['contentsLeaderOnly']
export let contentsLine: LanguagePack['contentsLine']
export let contentsLineBare: LanguagePack['contentsLineBare']
export let contentsLineSpaced: LanguagePack['contentsLineSpaced']
export let copula: LanguagePack['copula']
export let copulas: LanguagePack['copulas']
export let copyrightWords: LanguagePack['copyrightWords']
export let councilWords: LanguagePack['councilWords']
export let countChangeWords: LanguagePack['countChangeWords']
export let countGrowthWords: LanguagePack['countGrowthWords']
export let countNouns: LanguagePack['countNouns']
export let countUnits: LanguagePack['countUnits']
export let coverDocumentWords: LanguagePack['coverDocumentWords']
export let datePrepositions: LanguagePack['datePrepositions']
export let dateSource: LanguagePack['dateSource']
export let declarationSeparators: LanguagePack['declarationSeparators']
export let deedLinks: LanguagePack['deedLinks']
export let definingTitle: LanguagePack['definingTitle']
export let demonstratives: LanguagePack['demonstratives']
export let descriptionEnd: LanguagePack['descriptionEnd']
export let durationFrame: LanguagePack['durationFrame']
export let earlyStageVerbs: LanguagePack['earlyStageVerbs']
export let endsInClauseMark: LanguagePack['endsInClauseMark']
export let endsInComma: LanguagePack['endsInComma']
export let endsSentence: LanguagePack['endsSentence']
export let entryExample: LanguagePack['entryExample']
export let entrySeparator: LanguagePack['entrySeparator']
export let enumerationComma: LanguagePack['enumerationComma']
export let etcetera: LanguagePack['etcetera']
export let eventColumnWords: LanguagePack['eventColumnWords']
export let exampleColumnWords: LanguagePack['exampleColumnWords']
export let exampleFrame: LanguagePack['exampleFrame']
export let exampleIntroductions: LanguagePack['exampleIntroductions']
export let exampleKindWords: LanguagePack['exampleKindWords']
export let exampleListEnds: LanguagePack['exampleListEnds']
export let exampleModifiers: LanguagePack['exampleModifiers']
export let exampleOpening: LanguagePack['exampleOpening']
export let exampleRun: LanguagePack['exampleRun']
export let exclamations: LanguagePack['exclamations']
export let factStops: LanguagePack['factStops']
export let fieldLabels: LanguagePack['fieldLabels']
export let fieldWords: LanguagePack['fieldWords']
export let fieldsOfBodies: LanguagePack['fieldsOfBodies']
export let firstReleaseOf: LanguagePack['firstReleaseOf']
export let firstReleaseWords: LanguagePack['firstReleaseWords']
export let forkFrame: LanguagePack['forkFrame']
export let forkedFrom: LanguagePack['forkedFrom']
export let forkedName: LanguagePack['forkedName']
export let formerLatter: LanguagePack['formerLatter']
export let formerNameWords: LanguagePack['formerNameWords']
export let formingVerbs: LanguagePack['formingVerbs']
export let foundedAlone: LanguagePack['foundedAlone']
export let founding: LanguagePack['founding']
export let foundingClause: LanguagePack['foundingClause']
export let foundingClauseVerbs: LanguagePack['foundingClauseVerbs']
export let foundingCountWords: LanguagePack['foundingCountWords']
export let foundingEvents: LanguagePack['foundingEvents']
export let foundingMemberWords: LanguagePack['foundingMemberWords']
export let foundingVerbs: LanguagePack['foundingVerbs']
export let fullStop: LanguagePack['fullStop']
export let functionWords: LanguagePack['functionWords']
export let genericModifiers: LanguagePack['genericModifiers']
export let genericNames: LanguagePack['genericNames']
export let givenTo: LanguagePack['givenTo']
export let givingVerbs: LanguagePack['givingVerbs']
export let goingLiveVerbs: LanguagePack['goingLiveVerbs']
export let grammarOf: LanguagePack['grammarOf']
export let groupEndings: LanguagePack['groupEndings']
export let guidanceVerbs: LanguagePack['guidanceVerbs']
export let handedOver: LanguagePack['handedOver']
export let homeCountries: LanguagePack['homeCountries']
export let ideaWords: LanguagePack['ideaWords']
export let inScript: LanguagePack['inScript']
export let inclusionFrame: LanguagePack['inclusionFrame']
export let indefiniteArticles: LanguagePack['indefiniteArticles']
export let initialCountWords: LanguagePack['initialCountWords']
export let itemListIntroductions: LanguagePack['itemListIntroductions']
export let itemSeparator: LanguagePack['itemSeparator']
export let itemSeparators: LanguagePack['itemSeparators']
export let joinedBy: LanguagePack['joinedBy']
export let joinedObject: LanguagePack['joinedObject']
export let joining: LanguagePack['joining']
export let joiningClause: LanguagePack['joiningClause']
export let joiningClauseVerbs: LanguagePack['joiningClauseVerbs']
export let joiningVerbs: LanguagePack['joiningVerbs']
export let joiningVerbsAnywhere: LanguagePack['joiningVerbsAnywhere']
export let joiningWords: LanguagePack['joiningWords']
export let keepingVerbs: LanguagePack['keepingVerbs']
export let keptBy: LanguagePack['keptBy']
export let kindHeadAtEnd: LanguagePack['kindHeadAtEnd']
export let kindHeads: LanguagePack['kindHeads']
export let kindInDescription: LanguagePack['kindInDescription']
export let kindList: LanguagePack['kindList']
export let kindListAfter: LanguagePack['kindListAfter']
export let kindListEnd: LanguagePack['kindListEnd']
export let kindQuantifiers: LanguagePack['kindQuantifiers']
export let kindWords: LanguagePack['kindWords']
export let knownEntities: LanguagePack['knownEntities']
export let knownNameFollowers: LanguagePack['knownNameFollowers']
export let languageTag: LanguagePack['languageTag']
export let laterAdverbs: LanguagePack['laterAdverbs']
export let latinAbbreviations: LanguagePack['latinAbbreviations']
export let latinNameStart: LanguagePack['latinNameStart']
export let latinSubjectMade: LanguagePack['latinSubjectMade']
export let launchVerb: LanguagePack['launchVerb']
export let launchVerbs: LanguagePack['launchVerbs']
export let launchedBefore: LanguagePack['launchedBefore']
export let launchedObject: LanguagePack['launchedObject']
export let launchedParts: LanguagePack['launchedParts']
export let launchedTails: LanguagePack['launchedTails']
export let launchedThenDescribed: LanguagePack['launchedThenDescribed']
export let launchedWellBefore: LanguagePack['launchedWellBefore']
export let launchingClause: LanguagePack['launchingClause']
export let launchingVerbAnywhere: LanguagePack['launchingVerbAnywhere']
export let launchingVerbs: LanguagePack['launchingVerbs']
export let leadingClause: LanguagePack['leadingClause']
export let leadingCountry: LanguagePack['leadingCountry']
export let leadingNumbering: LanguagePack['leadingNumbering']
export let ledBy: LanguagePack['ledBy']
export let ledThenJoined: LanguagePack['ledThenJoined']
export let listCopula: LanguagePack['listCopula']
export let listDefinition: LanguagePack['listDefinition']
export let listEndings: LanguagePack['listEndings']
export let listIntroductions: LanguagePack['listIntroductions']
export let listMarkerLength: LanguagePack['listMarkerLength']
export let listMarkers: LanguagePack['listMarkers']
export let listModifiers: LanguagePack['listModifiers']
export let listQuantifiers: LanguagePack['listQuantifiers']
export let listTakingVerbs: LanguagePack['listTakingVerbs']
export let listedMembers: LanguagePack['listedMembers']
export let longestFirst: LanguagePack['longestFirst']
export let madeAlone: LanguagePack['madeAlone']
export let madeBy: LanguagePack['madeBy']
export let madeJustBefore: LanguagePack['madeJustBefore']
export let madeOfEntry: LanguagePack['madeOfEntry']
export let makingVerbs: LanguagePack['makingVerbs']
export let mannerPrepositions: LanguagePack['mannerPrepositions']
export let memberAs: LanguagePack['memberAs']
export let memberBodyEndings: LanguagePack['memberBodyEndings']
export let memberCountVerbs: LanguagePack['memberCountVerbs']
export let memberHaving: LanguagePack['memberHaving']
export let memberList: LanguagePack['memberList']
export let memberListAdverbs: LanguagePack['memberListAdverbs']
export let memberListOpeners: LanguagePack['memberListOpeners']
export let memberListVerbs: LanguagePack['memberListVerbs']
export let memberTerms: LanguagePack['memberTerms']
export let memberWordAhead: LanguagePack['memberWordAhead']
export let memberWords: LanguagePack['memberWords']
export let mentionKindWords: LanguagePack['mentionKindWords']
export let monthParts: LanguagePack['monthParts']
export let nameBoundaries: LanguagePack['nameBoundaries']
export let nameCharacters: LanguagePack['nameCharacters']
export let nameFieldEnds: LanguagePack['nameFieldEnds']
export let nameLikeHeads: LanguagePack['nameLikeHeads']
export let nameSuffixes: LanguagePack['nameSuffixes']
export let namingTitle: LanguagePack['namingTitle']
export let namingWords: LanguagePack['namingWords']
export let nationalPrefixes: LanguagePack['nationalPrefixes']
export let notAgentAfter: LanguagePack['notAgentAfter']
export let notBases: LanguagePack['notBases']
export let notInEntryName: LanguagePack['notInEntryName']
export let notInPartyName: LanguagePack['notInPartyName']
export let notIntroductions: LanguagePack['notIntroductions']
export let notListIntroductions: LanguagePack['notListIntroductions']
export let notMemberNouns: LanguagePack['notMemberNouns']
export let notNameStarts: LanguagePack['notNameStarts']
export let notOfKind: LanguagePack['notOfKind']
export let notOrganisationEndings: LanguagePack['notOrganisationEndings']
export let notOrganisations: LanguagePack['notOrganisations']
export let notPointers: LanguagePack['notPointers']
export let notSubjects: LanguagePack['notSubjects']
export let numberingStyles: LanguagePack['numberingStyles']
export let objectMarkers: LanguagePack['objectMarkers']
export let openParens: LanguagePack['openParens']
export let openingComma: LanguagePack['openingComma']
export let ordinalMarkers: LanguagePack['ordinalMarkers']
export let organisationEndings: LanguagePack['organisationEndings']
export let organisationSections: LanguagePack['organisationSections']
export let originWords: LanguagePack['originWords']
export let overviewHeadings: LanguagePack['overviewHeadings']
export let ownedList: LanguagePack['ownedList']
export let ownedNouns: LanguagePack['ownedNouns']
export let ownershipWords: LanguagePack['ownershipWords']
export let pageNumberExamples: LanguagePack['pageNumberExamples']
export let pageNumberLines: LanguagePack['pageNumberLines']
export let pageNumberTokens: LanguagePack['pageNumberTokens']
export let pairCounts: LanguagePack['pairCounts']
export let parentheses: LanguagePack['parentheses']
export let parenthesised: LanguagePack['parenthesised']
export let partEndings: LanguagePack['partEndings']
export let partWords: LanguagePack['partWords']
export let partnerFrame: LanguagePack['partnerFrame']
export let partySeparators: LanguagePack['partySeparators']
export let peopleAfterList: LanguagePack['peopleAfterList']
export let peopleOf: LanguagePack['peopleOf']
export let perfectiveMarkers: LanguagePack['perfectiveMarkers']
export let personTitles: LanguagePack['personTitles']
export let placePrepositions: LanguagePack['placePrepositions']
export let pointListHeads: LanguagePack['pointListHeads']
export let possessedBefore: LanguagePack['possessedBefore']
export let possessedDefinition: LanguagePack['possessedDefinition']
export let possessive: LanguagePack['possessive']
export let predicate: LanguagePack['predicate']
export let predicateAfterSpace: LanguagePack['predicateAfterSpace']
export let predicateStarts: LanguagePack['predicateStarts']
export let proposingVerbs: LanguagePack['proposingVerbs']
export let proseLabelEnds: LanguagePack['proseLabelEnds']
export let providedBy: LanguagePack['providedBy']
export let providingVerbs: LanguagePack['providingVerbs']
export let publicBodyEndings: LanguagePack['publicBodyEndings']
export let publisherWords: LanguagePack['publisherWords']
export let publishingVerbs: LanguagePack['publishingVerbs']
export let purposeWords: LanguagePack['purposeWords']
export let qualifierWords: LanguagePack['qualifierWords']
export let qualityEndings: LanguagePack['qualityEndings']
export let quantifiedPhraseAtEnd: LanguagePack['quantifiedPhraseAtEnd']
export let rankingWords: LanguagePack['rankingWords']
export let readPageNumber: LanguagePack['readPageNumber']
export let referencesHeadings: LanguagePack['referencesHeadings']
export let relativeMarkers: LanguagePack['relativeMarkers']
export let relativeTimes: LanguagePack['relativeTimes']
export let relativeYears: LanguagePack['relativeYears']
export let representativeFrame: LanguagePack['representativeFrame']
export let representativeOpening: LanguagePack['representativeOpening']
export let researchEndings: LanguagePack['researchEndings']
export let reworkVerbs: LanguagePack['reworkVerbs']
export let roleClause: LanguagePack['roleClause']
export let roleList: LanguagePack['roleList']
export let roleOf: LanguagePack['roleOf']
export let roleWords: LanguagePack['roleWords']
export let sameSubjectLinks: LanguagePack['sameSubjectLinks']
export let sayingVerbs: LanguagePack['sayingVerbs']
export let scriptCharacters: LanguagePack['scriptCharacters']
export let sectionConnectives: LanguagePack['sectionConnectives']
export let selfMadeWords: LanguagePack['selfMadeWords']
export let selfOrganisations: LanguagePack['selfOrganisations']
export let selfReferences: LanguagePack['selfReferences']
export let semicolons: LanguagePack['semicolons']
export let sentenceEnd: LanguagePack['sentenceEnd']
export let sentenceEnds: LanguagePack['sentenceEnds']
export let sentenceOpeners: LanguagePack['sentenceOpeners']
export let setApartKindWords: LanguagePack['setApartKindWords']
export let setApartModifiers: LanguagePack['setApartModifiers']
export let sortsAfterList: LanguagePack['sortsAfterList']
export let sourceWords: LanguagePack['sourceWords']
export let startedOn: LanguagePack['startedOn']
export let startsInScript: LanguagePack['startsInScript']
export let statusTagWords: LanguagePack['statusTagWords']
export let stillAdverbs: LanguagePack['stillAdverbs']
export let studyFields: LanguagePack['studyFields']
export let subjectAspects: LanguagePack['subjectAspects']
export let subjectDocumentWords: LanguagePack['subjectDocumentWords']
export let subjectFounding: LanguagePack['subjectFounding']
export let subjectLaunching: LanguagePack['subjectLaunching']
export let suffixModifiers: LanguagePack['suffixModifiers']
export let tableCaptionNumber: LanguagePack['tableCaptionNumber']
export let technicalTerms: LanguagePack['technicalTerms']
export let techniqueEndings: LanguagePack['techniqueEndings']
export let techniqueModifiers: LanguagePack['techniqueModifiers']
export let technologyWords: LanguagePack['technologyWords']
export let tickerHeads: LanguagePack['tickerHeads']
export let timeAdverbs: LanguagePack['timeAdverbs']
export let titleMarks: LanguagePack['titleMarks']
export let titleWords: LanguagePack['titleWords']
export let topicClause: LanguagePack['topicClause']
export let topicSuffixes: LanguagePack['topicSuffixes']
export let trailingAdverbs: LanguagePack['trailingAdverbs']
export let trailingAlias: LanguagePack['trailingAlias']
export let trailingKinds: LanguagePack['trailingKinds']
export let trailingLeaders: LanguagePack['trailingLeaders']
export let trailingPredicate: LanguagePack['trailingPredicate']
export let trailingPunctuation: LanguagePack['trailingPunctuation']
export let unitsAfterNumbers: LanguagePack['unitsAfterNumbers']
export let unnumberedHeadings: LanguagePack['unnumberedHeadings']
export let vagueItem: LanguagePack['vagueItem']
export let vagueMultipliers: LanguagePack['vagueMultipliers']
export let verbAdverbs: LanguagePack['verbAdverbs']
export let verbAhead: LanguagePack['verbAhead']
export let verbDatePrepositions: LanguagePack['verbDatePrepositions']
export let verbNouns: LanguagePack['verbNouns']
export let versionMention: LanguagePack['versionMention']
export let versionWords: LanguagePack['versionWords']
export let yearMarker: LanguagePack['yearMarker']
export let yearParts: LanguagePack['yearParts']

let current: LanguagePack | undefined
const hooks: Array<() => void> = []

/** Put a pack in use: every name above is its, and every stage's own patterns are compiled again from it. */
export function useLanguage(pack: LanguagePack): void {
  if (pack === current) return
  current = pack
  agentMarkers = pack.agentMarkers
  agentParticles = pack.agentParticles
  aliasIntroductions = pack.aliasIntroductions
  aliasWrapping = pack.aliasWrapping
  alsoAdverbs = pack.alsoAdverbs
  alternatives = pack.alternatives
  amountUnits = pack.amountUnits
  anaphors = pack.anaphors
  announcingVerbs = pack.announcingVerbs
  anyVerb = pack.anyVerb
  apposition = pack.apposition
  appositionCopulas = pack.appositionCopulas
  appositionFollowers = pack.appositionFollowers
  appositionOpeners = pack.appositionOpeners
  appositionOpening = pack.appositionOpening
  approximateMarkers = pack.approximateMarkers
  asOfWords = pack.asOfWords
  asWords = pack.asWords
  aspectAdverbs = pack.aspectAdverbs
  attractingVerbs = pack.attractingVerbs
  authorshipMarkers = pack.authorshipMarkers
  bareCopula = pack.bareCopula
  bareSectionWords = pack.bareSectionWords
  bareSubjectMade = pack.bareSubjectMade
  basisBeforeName = pack.basisBeforeName
  basisClause = pack.basisClause
  basisFrame = pack.basisFrame
  basisInCopula = pack.basisInCopula
  basisInDefinition = pack.basisInDefinition
  basisInRole = pack.basisInRole
  basisOf = pack.basisOf
  basisOpening = pack.basisOpening
  basisPhrase = pack.basisPhrase
  basisRoles = pack.basisRoles
  basisTails = pack.basisTails
  basisUnderlying = pack.basisUnderlying
  basisUnderlyingClause = pack.basisUnderlyingClause
  basisUse = pack.basisUse
  basisUses = pack.basisUses
  becameMember = pack.becameMember
  becomingVerbs = pack.becomingVerbs
  bornVerbs = pack.bornVerbs
  boundaries = pack.boundaries
  bulletMarker = pack.bulletMarker
  captionLine = pack.captionLine
  categoryHeads = pack.categoryHeads
  categoryModifiers = pack.categoryModifiers
  chainSorts = pack.chainSorts
  chineseDigits = pack.chineseDigits
  chineseNumber = pack.chineseNumber
  chineseUnits = pack.chineseUnits
  citationWords = pack.citationWords
  clauseBreak = pack.clauseBreak
  clauseComma = pack.clauseComma
  clauseDate = pack.clauseDate
  clauseDateAnywhere = pack.clauseDateAnywhere
  clauseEnds = pack.clauseEnds
  clauseLinks = pack.clauseLinks
  clausePlace = pack.clausePlace
  clausePunctuation = pack.clausePunctuation
  closeParens = pack.closeParens
  closers = pack.closers
  closingQuotes = pack.closingQuotes
  codeWords = pack.codeWords
  collaboratedWith = pack.collaboratedWith
  collaborationFrame = pack.collaborationFrame
  colons = pack.colons
  columnWords = pack.columnWords
  comma = pack.comma
  commas = pack.commas
  contactLine = pack.contactLine
  contentsHeadings = pack.contentsHeadings
  contentsLeaderOnly = pack.contentsLeaderOnly
  contentsLine = pack.contentsLine
  contentsLineBare = pack.contentsLineBare
  contentsLineSpaced = pack.contentsLineSpaced
  copula = pack.copula
  copulas = pack.copulas
  copyrightWords = pack.copyrightWords
  councilWords = pack.councilWords
  countChangeWords = pack.countChangeWords
  countGrowthWords = pack.countGrowthWords
  countNouns = pack.countNouns
  countUnits = pack.countUnits
  coverDocumentWords = pack.coverDocumentWords
  datePrepositions = pack.datePrepositions
  dateSource = pack.dateSource
  declarationSeparators = pack.declarationSeparators
  deedLinks = pack.deedLinks
  definingTitle = pack.definingTitle
  demonstratives = pack.demonstratives
  descriptionEnd = pack.descriptionEnd
  durationFrame = pack.durationFrame
  earlyStageVerbs = pack.earlyStageVerbs
  endsInClauseMark = pack.endsInClauseMark
  endsInComma = pack.endsInComma
  endsSentence = pack.endsSentence
  entryExample = pack.entryExample
  entrySeparator = pack.entrySeparator
  enumerationComma = pack.enumerationComma
  etcetera = pack.etcetera
  eventColumnWords = pack.eventColumnWords
  exampleColumnWords = pack.exampleColumnWords
  exampleFrame = pack.exampleFrame
  exampleIntroductions = pack.exampleIntroductions
  exampleKindWords = pack.exampleKindWords
  exampleListEnds = pack.exampleListEnds
  exampleModifiers = pack.exampleModifiers
  exampleOpening = pack.exampleOpening
  exampleRun = pack.exampleRun
  exclamations = pack.exclamations
  factStops = pack.factStops
  fieldLabels = pack.fieldLabels
  fieldWords = pack.fieldWords
  fieldsOfBodies = pack.fieldsOfBodies
  firstReleaseOf = pack.firstReleaseOf
  firstReleaseWords = pack.firstReleaseWords
  forkFrame = pack.forkFrame
  forkedFrom = pack.forkedFrom
  forkedName = pack.forkedName
  formerLatter = pack.formerLatter
  formerNameWords = pack.formerNameWords
  formingVerbs = pack.formingVerbs
  foundedAlone = pack.foundedAlone
  founding = pack.founding
  foundingClause = pack.foundingClause
  foundingClauseVerbs = pack.foundingClauseVerbs
  foundingCountWords = pack.foundingCountWords
  foundingEvents = pack.foundingEvents
  foundingMemberWords = pack.foundingMemberWords
  foundingVerbs = pack.foundingVerbs
  fullStop = pack.fullStop
  functionWords = pack.functionWords
  genericModifiers = pack.genericModifiers
  genericNames = pack.genericNames
  givenTo = pack.givenTo
  givingVerbs = pack.givingVerbs
  goingLiveVerbs = pack.goingLiveVerbs
  grammarOf = pack.grammarOf
  groupEndings = pack.groupEndings
  guidanceVerbs = pack.guidanceVerbs
  handedOver = pack.handedOver
  homeCountries = pack.homeCountries
  ideaWords = pack.ideaWords
  inScript = pack.inScript
  inclusionFrame = pack.inclusionFrame
  indefiniteArticles = pack.indefiniteArticles
  initialCountWords = pack.initialCountWords
  itemListIntroductions = pack.itemListIntroductions
  itemSeparator = pack.itemSeparator
  itemSeparators = pack.itemSeparators
  joinedBy = pack.joinedBy
  joinedObject = pack.joinedObject
  joining = pack.joining
  joiningClause = pack.joiningClause
  joiningClauseVerbs = pack.joiningClauseVerbs
  joiningVerbs = pack.joiningVerbs
  joiningVerbsAnywhere = pack.joiningVerbsAnywhere
  joiningWords = pack.joiningWords
  keepingVerbs = pack.keepingVerbs
  keptBy = pack.keptBy
  kindHeadAtEnd = pack.kindHeadAtEnd
  kindHeads = pack.kindHeads
  kindInDescription = pack.kindInDescription
  kindList = pack.kindList
  kindListAfter = pack.kindListAfter
  kindListEnd = pack.kindListEnd
  kindQuantifiers = pack.kindQuantifiers
  kindWords = pack.kindWords
  knownEntities = pack.knownEntities
  knownNameFollowers = pack.knownNameFollowers
  languageTag = pack.languageTag
  laterAdverbs = pack.laterAdverbs
  latinAbbreviations = pack.latinAbbreviations
  latinNameStart = pack.latinNameStart
  latinSubjectMade = pack.latinSubjectMade
  launchVerb = pack.launchVerb
  launchVerbs = pack.launchVerbs
  launchedBefore = pack.launchedBefore
  launchedObject = pack.launchedObject
  launchedParts = pack.launchedParts
  launchedTails = pack.launchedTails
  launchedThenDescribed = pack.launchedThenDescribed
  launchedWellBefore = pack.launchedWellBefore
  launchingClause = pack.launchingClause
  launchingVerbAnywhere = pack.launchingVerbAnywhere
  launchingVerbs = pack.launchingVerbs
  leadingClause = pack.leadingClause
  leadingCountry = pack.leadingCountry
  leadingNumbering = pack.leadingNumbering
  ledBy = pack.ledBy
  ledThenJoined = pack.ledThenJoined
  listCopula = pack.listCopula
  listDefinition = pack.listDefinition
  listEndings = pack.listEndings
  listIntroductions = pack.listIntroductions
  listMarkerLength = pack.listMarkerLength
  listMarkers = pack.listMarkers
  listModifiers = pack.listModifiers
  listQuantifiers = pack.listQuantifiers
  listTakingVerbs = pack.listTakingVerbs
  listedMembers = pack.listedMembers
  longestFirst = pack.longestFirst
  madeAlone = pack.madeAlone
  madeBy = pack.madeBy
  madeJustBefore = pack.madeJustBefore
  madeOfEntry = pack.madeOfEntry
  makingVerbs = pack.makingVerbs
  mannerPrepositions = pack.mannerPrepositions
  memberAs = pack.memberAs
  memberBodyEndings = pack.memberBodyEndings
  memberCountVerbs = pack.memberCountVerbs
  memberHaving = pack.memberHaving
  memberList = pack.memberList
  memberListAdverbs = pack.memberListAdverbs
  memberListOpeners = pack.memberListOpeners
  memberListVerbs = pack.memberListVerbs
  memberTerms = pack.memberTerms
  memberWordAhead = pack.memberWordAhead
  memberWords = pack.memberWords
  mentionKindWords = pack.mentionKindWords
  monthParts = pack.monthParts
  nameBoundaries = pack.nameBoundaries
  nameCharacters = pack.nameCharacters
  nameFieldEnds = pack.nameFieldEnds
  nameLikeHeads = pack.nameLikeHeads
  nameSuffixes = pack.nameSuffixes
  namingTitle = pack.namingTitle
  namingWords = pack.namingWords
  nationalPrefixes = pack.nationalPrefixes
  notAgentAfter = pack.notAgentAfter
  notBases = pack.notBases
  notInEntryName = pack.notInEntryName
  notInPartyName = pack.notInPartyName
  notIntroductions = pack.notIntroductions
  notListIntroductions = pack.notListIntroductions
  notMemberNouns = pack.notMemberNouns
  notNameStarts = pack.notNameStarts
  notOfKind = pack.notOfKind
  notOrganisationEndings = pack.notOrganisationEndings
  notOrganisations = pack.notOrganisations
  notPointers = pack.notPointers
  notSubjects = pack.notSubjects
  numberingStyles = pack.numberingStyles
  objectMarkers = pack.objectMarkers
  openParens = pack.openParens
  openingComma = pack.openingComma
  ordinalMarkers = pack.ordinalMarkers
  organisationEndings = pack.organisationEndings
  organisationSections = pack.organisationSections
  originWords = pack.originWords
  overviewHeadings = pack.overviewHeadings
  ownedList = pack.ownedList
  ownedNouns = pack.ownedNouns
  ownershipWords = pack.ownershipWords
  pageNumberExamples = pack.pageNumberExamples
  pageNumberLines = pack.pageNumberLines
  pageNumberTokens = pack.pageNumberTokens
  pairCounts = pack.pairCounts
  parentheses = pack.parentheses
  parenthesised = pack.parenthesised
  partEndings = pack.partEndings
  partWords = pack.partWords
  partnerFrame = pack.partnerFrame
  partySeparators = pack.partySeparators
  peopleAfterList = pack.peopleAfterList
  peopleOf = pack.peopleOf
  perfectiveMarkers = pack.perfectiveMarkers
  personTitles = pack.personTitles
  placePrepositions = pack.placePrepositions
  pointListHeads = pack.pointListHeads
  possessedBefore = pack.possessedBefore
  possessedDefinition = pack.possessedDefinition
  possessive = pack.possessive
  predicate = pack.predicate
  predicateAfterSpace = pack.predicateAfterSpace
  predicateStarts = pack.predicateStarts
  proposingVerbs = pack.proposingVerbs
  proseLabelEnds = pack.proseLabelEnds
  providedBy = pack.providedBy
  providingVerbs = pack.providingVerbs
  publicBodyEndings = pack.publicBodyEndings
  publisherWords = pack.publisherWords
  publishingVerbs = pack.publishingVerbs
  purposeWords = pack.purposeWords
  qualifierWords = pack.qualifierWords
  qualityEndings = pack.qualityEndings
  quantifiedPhraseAtEnd = pack.quantifiedPhraseAtEnd
  rankingWords = pack.rankingWords
  readPageNumber = pack.readPageNumber
  referencesHeadings = pack.referencesHeadings
  relativeMarkers = pack.relativeMarkers
  relativeTimes = pack.relativeTimes
  relativeYears = pack.relativeYears
  representativeFrame = pack.representativeFrame
  representativeOpening = pack.representativeOpening
  researchEndings = pack.researchEndings
  reworkVerbs = pack.reworkVerbs
  roleClause = pack.roleClause
  roleList = pack.roleList
  roleOf = pack.roleOf
  roleWords = pack.roleWords
  sameSubjectLinks = pack.sameSubjectLinks
  sayingVerbs = pack.sayingVerbs
  scriptCharacters = pack.scriptCharacters
  sectionConnectives = pack.sectionConnectives
  selfMadeWords = pack.selfMadeWords
  selfOrganisations = pack.selfOrganisations
  selfReferences = pack.selfReferences
  semicolons = pack.semicolons
  sentenceEnd = pack.sentenceEnd
  sentenceEnds = pack.sentenceEnds
  sentenceOpeners = pack.sentenceOpeners
  setApartKindWords = pack.setApartKindWords
  setApartModifiers = pack.setApartModifiers
  sortsAfterList = pack.sortsAfterList
  sourceWords = pack.sourceWords
  startedOn = pack.startedOn
  startsInScript = pack.startsInScript
  statusTagWords = pack.statusTagWords
  stillAdverbs = pack.stillAdverbs
  studyFields = pack.studyFields
  subjectAspects = pack.subjectAspects
  subjectDocumentWords = pack.subjectDocumentWords
  subjectFounding = pack.subjectFounding
  subjectLaunching = pack.subjectLaunching
  suffixModifiers = pack.suffixModifiers
  tableCaptionNumber = pack.tableCaptionNumber
  technicalTerms = pack.technicalTerms
  techniqueEndings = pack.techniqueEndings
  techniqueModifiers = pack.techniqueModifiers
  technologyWords = pack.technologyWords
  tickerHeads = pack.tickerHeads
  timeAdverbs = pack.timeAdverbs
  titleMarks = pack.titleMarks
  titleWords = pack.titleWords
  topicClause = pack.topicClause
  topicSuffixes = pack.topicSuffixes
  trailingAdverbs = pack.trailingAdverbs
  trailingAlias = pack.trailingAlias
  trailingKinds = pack.trailingKinds
  trailingLeaders = pack.trailingLeaders
  trailingPredicate = pack.trailingPredicate
  trailingPunctuation = pack.trailingPunctuation
  unitsAfterNumbers = pack.unitsAfterNumbers
  unnumberedHeadings = pack.unnumberedHeadings
  vagueItem = pack.vagueItem
  vagueMultipliers = pack.vagueMultipliers
  verbAdverbs = pack.verbAdverbs
  verbAhead = pack.verbAhead
  verbDatePrepositions = pack.verbDatePrepositions
  verbNouns = pack.verbNouns
  versionMention = pack.versionMention
  versionWords = pack.versionWords
  yearMarker = pack.yearMarker
  yearParts = pack.yearParts
  for (const hook of hooks) hook()
}

/** The pack in use, if any. */
export function languageInUse(): LanguagePack | undefined {
  return current
}

/** Compile what a stage derives from the pack's words now, if a pack is in use, and again whenever another comes into use. */
export function onLanguage(compile: () => void): void {
  hooks.push(compile)
  if (current) compile()
}
