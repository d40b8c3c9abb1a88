/**
 * The one source of the dataset's shape: the JSON Schemas in this folder are
 * generated from it (`npm run schemas`) and the pipeline's types are derived
 * from it with `Static`, so the two cannot drift apart.
 */
import {type Static, type TArray, type TLiteral, type TNull, type TObject, type TRecord, type TSchema, type TString, type TUnion, Type} from '@sinclair/typebox'

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

const Id = Type.String({
  pattern: '^[a-z0-9][a-z0-9-]*$',
  description: 'Unique within its kind, stable while the record keeps its name, safe in a URL and a file name.',
  examples: ['alliance-r3-5d1c2e']
})

const IsoDate = Type.String({
  pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$',
  description: 'An ISO 8601 date or its prefix, as precise as the text is: a year, a month or a day.',
  examples: ['2016', '2017-02', '2016-05-31']
})

const OneLine = (description: string, examples: string[]) =>
  Type.String({minLength: 1, pattern: '^[^\\n\\r]+$', description, examples})

const Boxes = Type.Array(
  Type.Object(
    {
      physicalPage: Type.Integer({minimum: 1, description: 'The PDF’s page, from 1.'}),
      x: Type.Number({description: 'Left edge, in PDF points from the page’s left as shown (rotation and crop box applied).'}),
      y: Type.Number({description: 'Top edge, in PDF points from the top of the page as shown.'}),
      width: Type.Number({minimum: 0}),
      height: Type.Number({minimum: 0})
    },
    {additionalProperties: false}
  ),
  {description: 'For a PDF source: one box per line the words cover on its page (words may wrap, or cross a page).'}
)

export const Position = Type.Object(
  {
    source: Type.String({description: 'Id of the source the record was read from.'}),
    page: nullable(Type.Integer({minimum: 0, description: 'Page of the source, from its page numbers; null when it has none.'})),
    physicalPage: nullable(
      Type.Integer({minimum: 1, description: 'The page’s place in the file: form feeds counted from 1, or the pages that running headers and page numbers delimit; null when the source has neither.'})
    ),
    line: Type.Integer({minimum: 1, description: '1-based line in the raw source where the name is written.'}),
    column: Type.Integer({minimum: 1, description: '1-based column of that line.'}),
    offset: Type.Integer({minimum: 0, description: '0-based character offset in the source text (line ends read as one character).'}),
    endLine: Type.Integer({minimum: 1, description: '1-based line where the name’s words end.'}),
    endColumn: Type.Integer({minimum: 1, description: '1-based column just past the name’s last character.'}),
    endOffset: Type.Integer({minimum: 0, description: '0-based character offset just past the name’s last character: the words from `offset` to here are the name as written (a running header or page number between them included).'}),
    boxes: Type.Optional(Boxes),
    rule: Type.Optional(Type.String({description: 'The rule of the reader that found the record or read the fact (`entry`, `copula`, `list`, `table`, `known-name`, `document-subject`, `founding`, `role`…), for a reviewer to see why.'})),
    facts: Type.Optional(
      Type.Record(Type.String(), Type.Object({
        source: Type.String(),
        page: nullable(Type.Integer()),
        physicalPage: nullable(Type.Integer()),
        line: Type.Integer(),
        column: Type.Integer(),
        offset: Type.Integer(),
        endLine: Type.Integer(),
        endColumn: Type.Integer(),
        endOffset: Type.Integer({description: 'Just past the fact’s words.'}),
        boxes: Type.Optional(Boxes),
        rule: Type.Optional(Type.String()),
        by: Type.Optional(Type.Literal('correction', {description: 'Set when a curator’s correction states the fact, at the words it quotes.'}))
      }, {additionalProperties: false}), {
        description: 'Where each of the record’s parties is read, keyed by the JSON Pointer of the fact in the record (`/founders/0`), in whichever source names it.'
      })
    )
  },
  {
    additionalProperties: false,
    title: 'Position',
    description: 'Where in the raw source a record’s name is written, from its first character to just past its last.',
    examples: [{source: 'iot-blockchain-whitepaper', page: 49, physicalPage: 1, line: 8, column: 6, offset: 165, endLine: 8, endColumn: 16, endOffset: 175}]
  }
)

export const SourcePage = Type.Object(
  {
    source: Type.String({description: 'Id of the source the record was read from.'}),
    page: nullable(Type.Integer({minimum: 0, description: 'Page of the source, from its page numbers; null when it has none.'}))
  },
  {
    additionalProperties: false,
    title: 'Source page',
    description: 'The source and page a record is read from, for citing. The exact line and column are in positions.json, so that text moving above a record does not change the dataset.',
    examples: [{source: 'iot-blockchain-whitepaper', page: 49}]
  }
)

export const Party = Type.Object(
  {
    name: OneLine('The organisation’s name, descriptors taken off.', ['Sprint', '软银集团']),
    country: nullable(Type.String({pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 code, when the text names the country.'})),
    kind: nullable(Type.String({description: 'What the text calls the organisation (公司, 高校, 电信运营商…), when it says.'}))
  },
  {
    additionalProperties: false,
    title: 'Party',
    description: 'An organisation as one record names it: a founder, member, developer or participant.',
    examples: [{name: 'Sprint', country: 'US', kind: '电信运营商'}]
  }
)

export const Count = Type.Object(
  {
    value: Type.Integer({minimum: 0, description: 'The number the text gives.'}),
    qualifier: Type.Union([Type.Literal('exact'), Type.Literal('over'), Type.Literal('under'), Type.Literal('about')], {
      description: 'How the number is meant: 超过/逾/多/余/以上 give over, 近/不到/不足 under, 约/左右 about.'
    }),
    asOf: nullable(IsoDate),
    text: OneLine('The words the count was read from.', ['超过 60 家'])
  },
  {
    additionalProperties: false,
    title: 'Count',
    description: 'A member count as the text gives it.',
    examples: [{value: 150, qualifier: 'over', asOf: '2018-02', text: '超过 150 多家成员'}]
  }
)

export const Event = Type.Object(
  {
    date: IsoDate,
    text: OneLine('The words that tell what happened.', ['2016 年，R3 区块链联盟发布了…Corda'])
  },
  {additionalProperties: false, title: 'Event', description: 'A dated sentence that is not a founding or a launch.'}
)

const Names = (description: string, examples: string[]) => Type.Array(OneLine('A name.', examples), {description})

/** What a kind of record is in the dataset: its table, and the fields that differ from kind to kind. */
export interface KindShape {
  /** The kind's name, as corrections, candidates and known lists write it. */
  kind: string
  /** The list of `dataset.json` (and the CSV, the sheet, the resource) its records are kept in. */
  table: string
  /** Its schema's title and description, which the Data Package repeats. */
  title: string
  description: string
  /** The field of who started it (founders, developers) and of who takes part. */
  leads: string
  leadsDescription: string
  joiners: string
  joinersDescription: string
  /** The field of when it started. */
  started: string
  /** The ties from it to its leads and to its joiners. */
  leadPredicate: string
  joinPredicate: string
  /** Whether its records say if the text counts them international or domestic (`origin`), and what they are built on (`basedOn`, a tie to a record of the same kind). */
  origin?: boolean
  basedOn?: boolean
  /** Its facts that take one value, which sources may disagree on. */
  single: readonly string[]
}

const Origin = Type.Union([Type.Literal('international'), Type.Literal('domestic'), Type.Null()], {
  description: 'Whether the text counts the platform as international or domestic.'
})
const BasedOn = Names('What the platform was built on.', ['BCOS'])

/** The facts a record keeps, per kind: a record's JSON follows the schema's order of properties. */
type RecordProperties<S extends KindShape> = {id: typeof Id; name: TString; aliases: TArray<TString>} & (S['origin'] extends true ? {origin: typeof Origin} : unknown) & {
  [K in S['leads'] | S['joiners']]: TArray<typeof Party>
} & (S['basedOn'] extends true ? {basedOn: typeof BasedOn} : unknown) & {[K in S['started']]: TUnion<[typeof IsoDate, TNull]>} & {
  memberCount: TUnion<[typeof Count, TNull]>
  events: TArray<typeof Event>
  description: TString
  conflicts: TArray<TObject>
  corrected: TArray<TString>
  source: typeof SourcePage
}

/**
 * A value of a single-valued fact that another source gives differently; the
 * record keeps the value the README's rule chooses.
 */
function conflictOf(fields: readonly string[]) {
  return Type.Object(
    {
      field: Type.Union(fields.map((field) => Type.Literal(field)), {description: 'The single-valued fact the sources disagree on.'}),
      value: Type.Union([IsoDate, Count, Type.String()], {description: 'The value this source gives, which the record does not keep.'}),
      source: Type.String({description: 'Id of the source that gives it.'}),
      page: nullable(Type.Integer({minimum: 0, description: 'The page it is read from.'}))
    },
    {
      additionalProperties: false,
      title: 'Conflict',
      description: 'A value of a single-valued fact that another source gives differently; the record keeps the value the README’s rule chooses.'
    }
  )
}

const correctedPointers = Type.Array(Type.String(), {
  description: 'JSON Pointers of what a curator’s correction set in the record: a fact it added (`/founders/2`), the name it renamed (`/name`), an alias a merge brought (`/aliases/1`); the empty pointer when it set the record’s kind.',
  examples: [['/founders/2']]
})

/** The JSON Schema of the records of one kind, from its shape. */
export function recordSchema<const S extends KindShape>(shape: S): TObject<RecordProperties<S>> {
  return Type.Object(
    {
      id: Id,
      name: OneLine('The name the text gives, without aliases.', ['R3 区块链联盟']),
      aliases: Names('Other names the text gives: abbreviations, names in other languages.', ['CBSG']),
      ...(shape.origin ? {origin: Origin} : {}),
      [shape.leads]: Type.Array(Party, {description: shape.leadsDescription}),
      [shape.joiners]: Type.Array(Party, {description: shape.joinersDescription}),
      ...(shape.basedOn ? {basedOn: BasedOn} : {}),
      [shape.started]: nullable(IsoDate),
      memberCount: nullable(Count),
      events: Type.Array(Event, {description: 'Dated happenings other than the founding or the launch.'}),
      description: Type.String({description: 'The entry’s cleaned text, or the sentence that names the record.'}),
      conflicts: Type.Array(conflictOf(shape.single), {description: 'Values of its single-valued facts that other sources give differently.'}),
      corrected: correctedPointers,
      source: SourcePage
    },
    {additionalProperties: false, title: shape.title, description: shape.description}
  ) as unknown as TObject<RecordProperties<S>>
}

/** The kinds of record the project has always read: the dataset's registry (`pipeline/dataset/kinds.ts`) gives them their words. */
export const defaultShapes = {
  alliance: {
    kind: 'alliance',
    table: 'alliances',
    title: 'Alliance',
    description: 'An industry alliance: an entry of a section about alliances, or one named in running text.',
    leads: 'founders',
    leadsDescription: 'Who founded the alliance.',
    joiners: 'members',
    joinersDescription: 'Members the text names.',
    started: 'founded',
    leadPredicate: 'foundedBy',
    joinPredicate: 'hasMember',
    single: ['founded', 'memberCount']
  },
  platform: {
    kind: 'platform',
    table: 'platforms',
    title: 'Platform',
    description: 'An open-source platform: an entry of a section about platforms.',
    leads: 'developers',
    leadsDescription: 'Who built or launched the platform.',
    joiners: 'participants',
    joinersDescription: 'Who takes part in it.',
    started: 'launched',
    leadPredicate: 'developedBy',
    joinPredicate: 'hasParticipant',
    origin: true,
    basedOn: true,
    single: ['launched', 'memberCount', 'origin']
  }
} as const satisfies Record<string, KindShape>

export const Alliance = recordSchema(defaultShapes.alliance)
export const Platform = recordSchema(defaultShapes.platform)

export const Organization = Type.Object(
  {
    id: Id,
    name: OneLine('The organisation’s name.', ['微众银行']),
    country: nullable(Type.String({pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 code, when the text names it.'})),
    kinds: Type.Array(Type.String(), {description: 'Every kind the text gives the organisation.'}),
    corrected: correctedPointers,
    source: SourcePage
  },
  {
    additionalProperties: false,
    title: 'Organization',
    description: 'Every organisation named as a founder, member, developer or participant, once.'
  }
)

function relationOf<P extends TSchema>(predicate: P) {
  return Type.Object(
    {subject: Id, predicate, object: Id, source: SourcePage},
    {additionalProperties: false, title: 'Relation', description: 'One tie between two records, where the text states it.'}
  )
}

export const Source = Type.Object(
  {
    id: Type.String({description: 'The source’s id: its path relative to the folder it was found in, without extension (its file name alone when it was given by name).'}),
    path: Type.String({description: 'Path of the source relative to the project.'}),
    sha256: Type.String({pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the source’s bytes.'}),
    encoding: Type.String({description: 'The encoding the bytes were read in.'}),
    title: nullable(Type.String({description: 'Document title, from the running header.'})),
    publisher: nullable(Type.String({description: 'Publisher, from the running header.'})),
    firstPage: nullable(Type.Integer()),
    lastPage: nullable(Type.Integer())
  },
  {additionalProperties: false, title: 'Source', description: 'A raw text the dataset was read from.'}
)

const PositionsByKey = (description: string) => Type.Record(Type.String(), Position, {description})

/** Something that is not only white space: a name, a value. */
const notBlank = '\\S'
const FactValue = Type.Union([Type.String({minLength: 1, pattern: notBlank}), Type.Integer({minimum: 0})], {
  description: 'The fact’s value as dataset.json has it: a name, an ISO date, `international` or `domestic`, or a member count’s number.'
})
const RecordName = Type.String({minLength: 1, pattern: notBlank, description: 'A name or alias of the record, as dataset.json has it (spaces and letter case aside).'})

/** Each kind of correction a curator may write, by its `action`, for the kinds and fields given. */
function correctionActionsOf<R extends TSchema, A extends TSchema, F extends TSchema>(RecordKind: R, AnyKind: A, FactField: F) {
  return {
    reject: Type.Object(
      {action: Type.Literal('reject'), kind: AnyKind, name: RecordName, field: Type.Optional(FactField), value: Type.Optional(FactValue), note: Type.Optional(Type.String())},
      {additionalProperties: false, title: 'Reject', description: 'Reject a record, or with `field` and `value` one of its facts.'}
    ),
    add: Type.Object(
      {
        action: Type.Literal('add'),
        kind: RecordKind,
        name: RecordName,
        field: FactField,
        value: FactValue,
        quote: Type.String({minLength: 2, description: 'Words of the sentence that states the fact, as the cleaned text has them (white space aside): they must be found there exactly once, and give the fact its place.'}),
        note: Type.Optional(Type.String())
      },
      {additionalProperties: false, title: 'Add', description: 'Add a fact the extractor missed.'}
    ),
    rename: Type.Object(
      {action: Type.Literal('rename'), kind: AnyKind, name: RecordName, to: Type.String({minLength: 1, pattern: notBlank, description: 'The new name.'}), note: Type.Optional(Type.String())},
      {additionalProperties: false, title: 'Rename', description: 'Give a record another name; its old name becomes an alias (for an alliance or platform) and every party of that name is renamed (for an organisation).'}
    ),
    merge: Type.Object(
      {action: Type.Literal('merge'), kind: RecordKind, name: RecordName, into: RecordName, note: Type.Optional(Type.String())},
      {additionalProperties: false, title: 'Merge', description: 'Merge a record into another of its kind: names, parties and facts joined.'}
    ),
    'set-kind': Type.Object(
      {action: Type.Literal('set-kind'), kind: RecordKind, name: RecordName, to: RecordKind, note: Type.Optional(Type.String())},
      {additionalProperties: false, title: 'Set kind', description: 'Make an alliance a platform or a platform an alliance.'}
    )
  } as const
}

/** The version of the dataset's shape; datasets written before it was recorded are version 1. */
export const schemaVersion = 4

/** Every field name of a list, once, in order. */
const once = (names: readonly string[]) => [...new Set(names)]

/**
 * Every schema that depends on the kinds of record, composed from their
 * shapes: the relations' predicates, the positions' tables, the corrections'
 * kinds and fields, candidates and known lists, and the dataset itself. A
 * kind a registry adds validates with the schemas of its registry.
 */
export function composeSchemas(shapes: readonly KindShape[]) {
  const literals = (values: readonly string[], description: string) => Type.Union(values.map((value) => Type.Literal(value)), {description})
  const kindNames = shapes.map((shape) => shape.kind)
  const RecordKind = literals(kindNames, 'The kind of record.')
  const AnyKind = literals([...kindNames, 'organization'], 'The kind of record.')
  const FactField = literals(
    once(['aliases', ...shapes.flatMap((shape) => [shape.leads, shape.joiners]), ...(shapes.some((shape) => shape.basedOn) ? ['basedOn'] : []), ...shapes.map((shape) => shape.started), 'memberCount', ...(shapes.some((shape) => shape.origin) ? ['origin'] : [])]),
    'The field of the fact, as in dataset.json.'
  )
  const Relation = relationOf(
    literals(once([...shapes.flatMap((shape) => [shape.leadPredicate, shape.joinPredicate]), ...(shapes.some((shape) => shape.basedOn) ? ['basedOn'] : [])]), 'How the subject (a record of a kind) is tied to the object (an organisation, or a record it is based on).')
  )
  const Positions = Type.Object(
    {
      ...Object.fromEntries(shapes.map((shape) => [shape.table, PositionsByKey(`By ${shape.kind} id.`)])),
      organizations: PositionsByKey('By organisation id: where it is first named.'),
      relations: PositionsByKey('By `subject predicate object`.')
    },
    {
      additionalProperties: false,
      title: 'Positions',
      description: 'Where in the raw source each record of dataset.json is written, keyed by record id.'
    }
  )
  const correctionActions = correctionActionsOf(RecordKind, AnyKind, FactField)
  const Corrections = Type.Array(Type.Union(Object.values(correctionActions)), {
    title: 'Corrections',
    description: 'A curator’s corrections of the records read from one source (`<source-id>.corrections.yaml`), applied after extraction on every build.'
  })
  const Candidate = Type.Object(
    {
      id: Type.String({description: 'Stable id from the name: `candidate-` and its Latin letters, and a short hash of any other characters; a decision taken on a candidate keeps its key across builds.'}),
      name: Type.String({minLength: 1, description: 'The name as the text writes it first.'}),
      kind: Type.Union([RecordKind, Type.Null()], {description: 'The kind the mentions suggest, or null when they suggest none.'}),
      why: Type.String({description: 'Why it is no record: what evidence is missing.'}),
      mentions: Type.Array(
        Type.Object(
          {
            source: Type.String({description: 'Id of the source.'}),
            page: Type.Union([Type.Integer({minimum: 1}), Type.Null()], {description: 'Printed page, else physical page; null when the source has no pages.'}),
            line: Type.Integer({minimum: 1}),
            column: Type.Integer({minimum: 1})
          },
          {additionalProperties: false}
        ),
        {description: 'Every mention, in source order.'}
      )
    },
    {additionalProperties: false, title: 'Candidate', description: 'A name that looks like an entity but lacks the evidence to be a record: for a person to accept or dismiss.'}
  )
  const Candidates = Type.Object(
    {
      schemaVersion: Type.Literal(1),
      candidates: Type.Array(Candidate, {description: 'Sorted by id.'})
    },
    {additionalProperties: false, title: 'Candidates', description: '`candidates.json`: names the build found but did not make records of, with every mention and the reason.'}
  )
  const KnownEntities = Type.Array(
    Type.Object(
      {
        name: RecordName,
        kind: RecordKind,
        aliases: Type.Optional(Type.Array(RecordName, {description: 'Other names the texts use for it.'})),
        reference: Type.Optional(Type.String({description: 'Where it is described: a page a reader can check.'}))
      },
      {additionalProperties: false, title: 'Known entity', description: 'An alliance or platform to recognise wherever prose mentions it by one of its names.'}
    ),
    {
      title: 'Known entities',
      description: 'A user’s list of names to recognise in every source (`known-entities.yaml` in the sources folder, or `--known FILE`): each becomes a record of its kind wherever prose mentions it; it never gives a fact.'
    }
  )
  const CorrectionLog = Type.Object(
    {
      source: Type.String({description: 'Id of the source the corrections file is for.'}),
      file: Type.String({description: 'Path of the corrections file relative to the project.'}),
      line: Type.Integer({minimum: 1, description: 'Line of the correction in its file.'}),
      action: Type.Union(Object.keys(correctionActions).map((action) => Type.Literal(action))),
      kind: AnyKind,
      name: Type.String(),
      field: Type.Optional(Type.String({description: 'The field of the fact it rejects or adds.'})),
      value: Type.Optional(FactValue),
      to: Type.Optional(Type.String({description: 'The name or kind it gives.'})),
      into: Type.Optional(Type.String({description: 'The record it merges into.'})),
      status: Type.Union([Type.Literal('applied'), Type.Literal('stale')], {description: 'Applied, or stale: its record, fact or quoted words are no longer found, and it changed nothing.'}),
      what: Type.String({description: 'What it did, or why it is stale, in a sentence.'})
    },
    {additionalProperties: false, title: 'Correction', description: 'A correction a curator wrote, and what the build did with it.'}
  )
  const records = shapes.map((shape) => [shape.table, recordSchema(shape)] as const)
  const Dataset = Type.Object(
    {
      schemaVersion: Type.Literal(schemaVersion, {description: 'The version of this shape. Datasets without it are version 1.'}),
      sources: Type.Array(Source),
      ...Object.fromEntries(records.map(([table, record]) => [table, Type.Array(record)])),
      organizations: Type.Array(Organization),
      relations: Type.Array(Relation),
      corrections: Type.Array(CorrectionLog, {description: 'Every correction of a curator the build read, applied or stale, in the order applied.'})
    },
    {
      additionalProperties: false,
      title: 'Dataset',
      description: 'Alliances, platforms, organisations and their ties, read from white-paper text.'
    }
  )
  return {records: Object.fromEntries(records), Relation, Positions, correctionActions, Corrections, Candidate, Candidates, KnownEntities, CorrectionLog, Dataset}
}

/** The schemas of the default kinds, which `schemas/*.schema.json` hold. */
const composed = composeSchemas(Object.values(defaultShapes))

/** The types of the kind-dependent schemas, with kinds, fields and predicates as strings: a registry may add others. */
const _loose = correctionActionsOf(Type.String(), Type.String(), Type.String())
const _LooseRelation = relationOf(Type.String())
const LooseCorrectionLog = composed.CorrectionLog as unknown as TObject<Omit<(typeof composed.CorrectionLog)['properties'], 'kind'> & {kind: TString}>
const _LooseCandidate = composed.Candidate as unknown as TObject<Omit<(typeof composed.Candidate)['properties'], 'kind'> & {kind: TUnion<[TString, TNull]>}>

export const Relation = composed.Relation as unknown as typeof _LooseRelation
export const Positions = composed.Positions as unknown as TObject<Record<'alliances' | 'platforms' | 'organizations' | 'relations', TRecord<TString, typeof Position>>>
export const correctionActions = composed.correctionActions as unknown as typeof _loose
export const Corrections = composed.Corrections as unknown as TArray<TUnion<Array<(typeof _loose)[keyof typeof _loose]>>>
export const Candidate = composed.Candidate as unknown as typeof _LooseCandidate
export const Candidates = composed.Candidates as unknown as TObject<{schemaVersion: TLiteral<1>; candidates: TArray<typeof _LooseCandidate>}>
export const KnownEntities = composed.KnownEntities
export const CorrectionLog = LooseCorrectionLog
export const Dataset = composed.Dataset as unknown as TObject<{
  schemaVersion: TLiteral<typeof schemaVersion>
  sources: TArray<typeof Source>
  alliances: TArray<typeof Alliance>
  platforms: TArray<typeof Platform>
  organizations: TArray<typeof Organization>
  relations: TArray<typeof _LooseRelation>
  corrections: TArray<typeof LooseCorrectionLog>
}>

/** A record of any kind, as code that loops over the registry reads it. */
export type EntityRecord = Static<typeof Alliance | typeof Platform> & Record<string, unknown>
export type Position = Static<typeof Position>
export type SourcePage = Static<typeof SourcePage>
export type Positions = Static<typeof Positions>
export type Party = Static<typeof Party>
export type Count = Static<typeof Count>
export type Event = Static<typeof Event>
export type Conflict = Static<ReturnType<typeof conflictOf>>
export type Alliance = Static<typeof Alliance>
export type Platform = Static<typeof Platform>
export type Organization = Static<typeof Organization>
export type Candidate = Static<typeof Candidate>
export type Candidates = Static<typeof Candidates>
export type Relation = Static<typeof Relation>
export type Source = Static<typeof Source>
export type Dataset = Static<typeof Dataset>
export type Correction = Static<typeof Corrections>[number]
export type CorrectionLog = Static<typeof CorrectionLog>

/** The schemas written to `schemas/<name>.schema.json`. */
export const schemaFiles = {
  dataset: Dataset,
  alliance: Alliance,
  platform: Platform,
  organization: Organization,
  relation: Relation,
  source: Source,
  positions: Positions,
  corrections: Corrections,
  'known-entities': KnownEntities,
  candidates: Candidates
} as const

/** A schema as a standalone JSON Schema (draft 2020-12) document. */
export function jsonSchema(name: keyof typeof schemaFiles): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://example.org/whitepaper-datasets/schemas/${name}.schema.json`,
    ...JSON.parse(JSON.stringify(schemaFiles[name]))
  }
}
