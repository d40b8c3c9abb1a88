import type {Candidate, Candidates, Dataset} from '../../schemas/dataset.ts'
import {entriesOf, kinds, recordsOf, type Registry} from './kinds.ts'
import {recordId} from '../extract/ids.ts'
import {squeeze} from '../extract/record-book.ts'

/**
 * \`candidates.json\`: the candidates of every source, one per name (NFKC,
 * spaces and letter case aside) with every source's mentions, less those a
 * source made a record or an organisation of; sorted by id, so the same
 * input gives the same bytes.
 */
export function assembleCandidates(lists: ReadonlyArray<ReadonlyArray<Omit<Candidate, 'id'>>>, dataset: Dataset, registry: Registry = kinds): Candidates {
  const taken = new Set(
    entriesOf(registry).flatMap((entry) => recordsOf(dataset, entry)).flatMap((record) => [record.name, ...record.aliases]).concat(dataset.organizations.map((organization) => organization.name)).map(squeeze)
  )
  const byName = new Map<string, Candidate>()
  for (const list of lists) {
    for (const candidate of list) {
      const key = squeeze(candidate.name)
      if (taken.has(key)) continue
      const known = byName.get(key)
      if (known) {
        known.kind ??= candidate.kind
        known.mentions.push(...candidate.mentions)
      } else {
        byName.set(key, {id: recordId('candidate', candidate.name), ...candidate, mentions: [...candidate.mentions]})
      }
    }
  }
  const candidates = [...byName.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {schemaVersion: 1, candidates}
}
