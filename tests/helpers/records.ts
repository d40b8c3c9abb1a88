import type {VFile} from 'vfile'
import type {RecordDraft} from '../../pipeline/extract/record-book.ts'
import {runPipeline} from './pipeline.ts'

/** The records a text of our own gives, as the pipeline reads it (without the list of widely known names: these are the reading's rules). */
export async function records(text: string, path?: string): Promise<RecordDraft[]> {
  const {file} = await runPipeline(text, path, 'test', undefined, [])
  return (file as VFile).data.records ?? []
}

/** A record's kind, names, parties by name, start and count: what a test of the readers compares. */
export const summary = (record: RecordDraft) => ({
  kind: record.kind,
  name: record.name,
  aliases: record.aliases,
  leads: record.leads.map((party) => party.name),
  joiners: record.joiners.map((party) => party.name),
  started: record.started,
  count: record.memberCount?.value ?? null
})
