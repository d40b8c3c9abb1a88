import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Alliance, Platform} from '../../schemas/dataset.ts'
import {assembleDataset} from '../../pipeline/dataset/assemble-dataset.ts'
import {runPipeline} from '../helpers/pipeline.ts'
import {needsCorpus} from '../helpers/temporary.ts'

const root = path.join(import.meta.dirname, '../..')
const corpus = path.join(root, '../shared/corpus')
const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '')

/** The sentence of the raw source that an offset lies in: from the last sentence end before it to the next after it. */
function sentenceAt(raw: string, offset: number): string {
  const ends = /[。！？；]/gu
  let start = Math.max(0, offset - 400)
  for (const match of raw.slice(start, offset).matchAll(ends)) start = Math.max(start, offset - 400 + match.index + 1)
  const after = raw.slice(offset).search(ends)
  return squeeze(raw.slice(start, after < 0 ? raw.length : offset + after + 1))
}

/** What of a fact's value the sentence that states it must hold. */
function written(value: unknown): string {
  if (typeof value === 'string') return squeeze(value).slice(0, 4)
  if (value && typeof value === 'object' && 'name' in value) return squeeze(String(value.name))
  if (value && typeof value === 'object' && 'text' in value) return squeeze(String(value.text))
  return ''
}

async function walk(raw: string, name: string) {
  const {file} = await runPipeline(raw, name)
  const {dataset, positions} = assembleDataset([file])
  let checked = 0
  for (const kind of ['alliances', 'platforms'] as const) {
    for (const record of dataset[kind] as Array<Alliance | Platform>) {
      const facts = positions[kind][record.id]!.facts ?? {}
      const pointers: Array<[string, unknown]> = [
        ...record.aliases.map((alias, index): [string, unknown] => [`/aliases/${index}`, alias]),
        ...(['founders', 'members', 'developers', 'participants'] as const).flatMap((field) =>
          ((record as unknown as Record<string, unknown[]>)[field] ?? []).map((party, index): [string, unknown] => [`/${field}/${index}`, party])
        ),
        ...(['founded', 'launched', 'memberCount'] as const).filter((field) => (record as unknown as Record<string, unknown>)[field]).map((field): [string, unknown] => [`/${field}`, (record as unknown as Record<string, unknown>)[field]]),
        ...record.events.map((event, index): [string, unknown] => [`/events/${index}`, event.date]),
        ...('basedOn' in record ? record.basedOn.map((base, index): [string, unknown] => [`/basedOn/${index}`, base]) : [])
      ]
      for (const [pointer, value] of pointers) {
        const place = facts[pointer]
        expect(place, `${record.name} ${pointer}`).toBeDefined()
        const sentence = sentenceAt(raw, place!.offset)
        const wanted = pointer === '/founded' || pointer === '/launched' || pointer.startsWith('/events/') ? String(value).slice(0, 4) : written(value)
        expect(sentence, `${record.name} ${pointer}`).toContain(wanted)
        checked++
      }
    }
  }
  return checked
}

describe('every fact of every record has a place, in the sentence that states it', () => {
  it('in the seed', async () => {
    expect(await walk(readFileSync(path.join(root, 'sources/iot-blockchain-whitepaper.txt'), 'utf8'), 'sources/seed.txt')).toBeGreaterThanOrEqual(40)
  })

  it.skipIf(!existsSync(corpus))(needsCorpus('in a development document', existsSync(corpus)), async () => {
    expect(await walk(readFileSync(path.join(corpus, 'fisco-2017-platform-survey/pdftotext.txt'), 'utf8'), 'fisco.txt')).toBeGreaterThan(15)
  })
})
