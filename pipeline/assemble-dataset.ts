import {createHash} from 'node:crypto'
import type {VFile} from 'vfile'
import type {Dataset, Organization, Positions} from '../schemas/dataset.ts'
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
  private readonly dataset: Dataset = {sources: [], alliances: [], platforms: [], organizations: [], relations: []}
  private readonly positions: Positions = {alliances: {}, platforms: {}, organizations: {}, relations: {}}
  private readonly organizations = new Map<string, Organization>()
  private readonly ids = new Set<string>()

  add(file: VFile): void {
    const {dataset, positions, organizations, ids} = this
    const document = file.data.document
    dataset.sources.push({
      id: file.data.id ?? 'source',
      path: file.path,
      sha256: file.data.sha256 ?? createHash('sha256').update(file.data.bytes ?? String(file.value)).digest('hex'),
      encoding: file.data.encoding ?? 'utf-8',
      title: document?.title ?? null,
      publisher: document?.publisher ?? null,
      firstPage: document?.firstPage ?? null,
      lastPage: document?.lastPage ?? null
    })
    const records = file.data.dataset
    const placed = file.data.positions
    if (!records || !placed) return
    for (const kind of ['alliances', 'platforms'] as const) {
      for (const record of records[kind]) {
        if (ids.has(record.id)) {
          const at = placed[kind][record.id]
          file.message(`Unexpected \`${record.name}\` again, expected a record in one source only; the first source’s is kept`, {
            place: at ? {line: at.line, column: at.column} : undefined,
            ruleId: 'duplicate-record',
            source
          })
          continue
        }
        ids.add(record.id)
        ;(dataset[kind] as Array<typeof record>).push(record)
        positions[kind][record.id] = placed[kind][record.id]!
      }
    }
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

declare module 'vfile' {
  interface DataMap {
    /** The encoding the source's bytes were read in. */
    encoding: string
  }
}
