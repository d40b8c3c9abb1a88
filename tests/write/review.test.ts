import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {buildInto, hostileText} from '../helpers/review-build.ts'

describe('the review pages', () => {
  it('escape every text of a source, carry their data where no markup can end it, and ask for nothing outside the page', async () => {
    const {out, dataset} = await buildInto({'hostile.txt': hostileText})
    const page = await readFile(path.join(out, 'review/sources/hostile.html'), 'utf8')
    expect(page).not.toContain('<script>alert(1)')
    expect(page).not.toContain('<img')
    expect(page).toContain('&#60;script&#62;alert(1)&#60;/script&#62;')
    // the page's data: the alias's markup as a JSON string whose `<` is an escape
    const data = /<script type="application\/json" id="data">(.*?)<\/script>/su.exec(page)![1]!
    expect(data).not.toContain('<')
    expect(JSON.stringify(JSON.parse(data))).toContain('<img src=x onerror=alert>')
    // one script and one style, both the page's own, allowed by hash; nothing is fetched
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+';/u)
    expect(page.match(/<script>/gu)).toHaveLength(1)
    expect(page).not.toMatch(/\s(?:src|href)="(?:https?:)?\/\//u)
    for (const record of dataset.alliances) expect(page).toContain(`data-r="${record.id}"`)
  })

  it('list every source on the index with its counts, and give each record its sentences', async () => {
    const {out, dataset} = await buildInto('seed')
    const index = await readFile(path.join(out, 'review/index.html'), 'utf8')
    const row = /<tr><td><a href="sources\/iot-blockchain-whitepaper.html">iot-blockchain-whitepaper<\/a><\/td>(.*?)<\/tr>/u.exec(index)
    const cells = [...row![1]!.matchAll(/<td>(.*?)<\/td>/gu)].map((cell) => cell[1])
    expect(cells.slice(1, 3)).toEqual([String(dataset.alliances.length), String(dataset.platforms.length)])
    const page = await readFile(path.join(out, 'review/sources/iot-blockchain-whitepaper.html'), 'utf8')
    // every founder is highlighted where it was read, inside a sentence
    for (const record of dataset.alliances) {
      for (const founder of record.founders) expect(page, `${record.name} ${founder.name}`).toMatch(new RegExp(`<mark class="k-alliances fact[^"]*" data-h="[0-9 ]+">${founder.name}</mark>`, 'u'))
    }
    // page markers where the printed pages start
    expect(page).toContain('<span class="pg">page 49 (sheet 1)</span>')
    expect(page).toContain('<span class="pg">page 50 (sheet 2)</span>')
  })
})
