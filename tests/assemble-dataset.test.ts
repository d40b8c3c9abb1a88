import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {assembleDataset} from '../pipeline/assemble-dataset.ts'
import {runPipeline} from './helpers/pipeline.ts'

const seed = readFileSync(path.join(import.meta.dirname, '../sources/iot-blockchain-whitepaper.txt'), 'utf8')

describe('assembling the dataset of several sources', () => {
  it('keeps the first source’s records and warns once per later source, naming every record it repeats and where it was first read', async () => {
    const sources = await Promise.all(['sources/a.txt', 'sources/b.txt', 'sources/c.txt'].map((file) => runPipeline(seed, file)))
    const {dataset} = assembleDataset(sources.map(({file}) => file))
    const names = [...dataset.alliances, ...dataset.platforms].map((record) => record.name)
    expect(names).toHaveLength(18)
    expect(dataset.sources.map((source) => source.path)).toEqual(['sources/a.txt', 'sources/b.txt', 'sources/c.txt'])

    const firstPlace = sources[0]!.file.data.positions!.alliances[dataset.alliances[0]!.id]!
    const duplicates = sources.map(({file}) => file.messages.filter((message) => message.ruleId === 'duplicate-record'))
    expect(duplicates[0]).toEqual([])
    for (const [message] of duplicates.slice(1)) {
      expect(message?.reason).toContain('Unexpected 18 records again')
      for (const name of names) expect(message?.reason).toContain(`\`${name}\``)
      expect(message?.note).toBe('First read from `sources/a.txt`.')
      // placed at the first record it repeats, where the first source has it too
      expect([message?.line, message?.column]).toEqual([firstPlace.line, firstPlace.column])
    }
    expect(duplicates.slice(1).map((messages) => messages.length)).toEqual([1, 1])
  })
})
