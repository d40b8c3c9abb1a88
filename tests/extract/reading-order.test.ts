import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runPipeline} from '../helpers/pipeline.ts'

/** The text sources of the fixtures (documents of our own), each read as a build reads one. */
const folder = path.join(import.meta.dirname, '../fixtures')
const sources = readdirSync(folder)
  .sort()
  .flatMap((name) => ['input.txt', 'input.md'].filter((file) => existsSync(path.join(folder, name, file))).map((file) => ({name, file, text: readFileSync(path.join(folder, name, file), 'utf8')})))

async function readAll(order: typeof sources): Promise<Map<string, string>> {
  const results = new Map<string, string>()
  for (const {name, file, text} of order) {
    const {file: read} = await runPipeline(text, `tests/fixtures/${name}/${file}`)
    results.set(name, JSON.stringify(read.data.dataset))
  }
  return results
}

/**
 * A source's records depend on its text alone, not on what the thread read
 * before it (a worker of the build reads many sources in turn): no pattern's
 * place nor any cache may carry from one source to the next.
 */
describe('the reading of a source', () => {
  it('gives the same records whatever sources were read before it in the same thread', async () => {
    expect(sources.length).toBeGreaterThan(10)
    const forward = await readAll(sources)
    const backward = await readAll([...sources].reverse())
    for (const {name} of sources) expect(backward.get(name), name).toBe(forward.get(name))
  })

  it('gives the same records after a sentence that opens by saying what its subject is (作为…，X)', async () => {
    const opening = {name: 'opening', file: 'input.md', text: '# 项目\n\n作为最早的开源项目，Nova 由甲公司于 2015 年贡献到星海社区。\n'}
    const later = {name: 'later', file: 'input.md', text: '# 联盟\n\n2017 年，乙银行联合丙证券发起成立了白鹭联盟。\n'}
    const alone = await readAll([later])
    expect(alone.get('later')).toContain('白鹭联盟')
    expect((await readAll([opening, later])).get('later')).toBe(alone.get('later'))
  })
})
