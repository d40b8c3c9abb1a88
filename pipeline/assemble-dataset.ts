import {createHash} from 'node:crypto'
import type {VFile} from 'vfile'
import {type Dataset, type Organization, type Position, type Positions, schemaVersion} from '../schemas/dataset.ts'
import {relationKey} from './to-records.ts'

const source = 'assemble-dataset'

/**
 * One dataset from every source's records: the sources themselves, the
 * records in source order, and each organisation once however many sources
 * name it. A record id that two sources share is kept once, with a warning
 * on the later source.
 */
export function assembleDataset(files: readonly VFile[]): {dataset: Dataset; positions: Positions} {
  const assembly = new DatasetAssembly()
  for (const file of files) assembly.add(file)
  return assembly.finish()
}

/** The dataset built up one source at a time, in source order, so a source's text need not wait in memory for the others. */
export class DatasetAssembly {
  private readonly dataset: Dataset = {schemaVersion, sources: [], alliances: [], platforms: [], organizations: [], relations: []}
  private readonly positions: Positions = {alliances: {}, platforms: {}, organizations: {}, relations: {}}
  private readonly organizations = new Map<string, Organization>()
  /** The path of the source each alliance and platform was first read from, by record id. */
  private readonly ids = new Map<string, string>()

  add(file: VFile): void {
    const {dataset, positions, organizations, ids} = this
    const document = file.data.document
    dataset.sources.push({
      id: file.data.id ?? 'source',
      path: file.path,
      sha256: file.data.sha256 ?? createHash('sha256').update(file.data.bytes ?? String(file.value)).digest('hex'),
      encoding: file.data.encoding ?? 'utf-8',
      title: detached(document?.title ?? null),
      publisher: detached(document?.publisher ?? null),
      firstPage: document?.firstPage ?? null,
      lastPage: document?.lastPage ?? null
    })
    const records = file.data.dataset
    const placed = file.data.positions
    if (!records || !placed) return
    const duplicates: Duplicate[] = []
    for (const kind of ['alliances', 'platforms'] as const) {
      for (const record of records[kind]) {
        const first = ids.get(record.id)
        if (first !== undefined) {
          duplicates.push({name: record.name, first, at: placed[kind][record.id]})
          continue
        }
        ids.set(record.id, file.path)
        ;(dataset[kind] as Array<typeof record>).push(record)
        positions[kind][record.id] = placed[kind][record.id]!
      }
    }
    if (duplicates.length > 0) reportDuplicates(file, duplicates)
    for (const organization of records.organizations) {
      const known = organizations.get(organization.id)
      if (!known) {
        organizations.set(organization.id, {...organization})
        positions.organizations[organization.id] = placed.organizations[organization.id]!
      } else {
        known.country ??= organization.country
        known.kinds = [...new Set([...known.kinds, ...organization.kinds])].sort()
      }
    }
    for (const relation of records.relations) {
      const key = relationKey(relation)
      if (positions.relations[key]) continue
      dataset.relations.push(relation)
      positions.relations[key] = placed.relations[key]!
    }
  }

  finish(): {dataset: Dataset; positions: Positions} {
    return {dataset: {...this.dataset, organizations: [...this.organizations.values()]}, positions: this.positions}
  }
}

/**
 * A copy of a string cut from a source's text: V8 keeps the whole text alive
 * for as long as a piece cut from it lives, and the dataset lives for the
 * whole build.
 */
function detached(text: string | null): string | null {
  return text === null ? null : Buffer.from(text).toString()
}

/** A record a source gives again: its name, the source that gave it first, and where this source has it. */
interface Duplicate {
  name: string
  first: string
  at: Position | undefined
}

/**
 * One warning per source for the records an earlier source already gave,
 * at the first of them: a shelf of white papers that name the same alliances
 * gets a line per paper, not one per name.
 */
function reportDuplicates(file: VFile, duplicates: readonly Duplicate[]) {
  const [first] = duplicates
  const names = duplicates.map((duplicate) => `\`${duplicate.name}\``).join(', ')
  const reason =
    duplicates.length === 1
      ? `Unexpected ${names} again, expected a record in one source only; the first source’s is kept`
      : `Unexpected ${duplicates.length} records again (${names}), expected each record in one source only; the first source’s are kept`
  const message = file.message(reason, {place: first!.at ? {line: first!.at.line, column: first!.at.column} : undefined, ruleId: 'duplicate-record', source})
  const sources = [...new Set(duplicates.map((duplicate) => duplicate.first))]
  message.note = `First read from ${sources.map((path) => `\`${path}\``).join(', ')}.`
}

declare module 'vfile' {
  interface DataMap {
    /** The encoding the source's bytes were read in. */
    encoding: string
  }
}
