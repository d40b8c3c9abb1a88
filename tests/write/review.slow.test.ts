import {existsSync} from 'node:fs'
import {mkdir} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {type Browser, chromium} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildInto, hostileText} from '../helpers/review-build.ts'

/** Debian's Chromium (CI installs it as it installs LibreOffice); no browser is downloaded. */
const executable = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file))
/** Where the test leaves its screenshot for people to look at. */
const artifacts = path.resolve('tests/artifacts')

describe.skipIf(!executable && !process.env.CI)('the review pages in a browser', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await chromium.launch({executablePath: executable, args: ['--no-sandbox']})
  }, 60_000)
  afterAll(async () => browser?.close())

  /** A page opened from its file, with every request it makes that is not its own file. */
  async function open(file: string) {
    const page = await browser.newPage({viewport: {width: 1400, height: 900}})
    const requests: string[] = []
    const dialogs: string[] = []
    page.on('request', (request) => {
      if (request.url() !== pathToFileURL(file).href) requests.push(request.url())
    })
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message())
      await dialog.dismiss()
    })
    await page.goto(pathToFileURL(file).href)
    return {page, requests, dialogs}
  }

  it("shows every record of the seed's dataset, and a click marks the sentence its founders were read from", {timeout: 60_000}, async () => {
    const {out, dataset, positions} = await buildInto('seed')
    const {page, requests} = await open(path.join(out, 'review/sources/iot-blockchain-whitepaper.html'))
    const shown = await page.locator('.rec').evaluateAll((items) => items.map((item) => item.getAttribute('data-r')))
    expect(shown.sort()).toEqual([...dataset.alliances, ...dataset.platforms].map((record) => record.id).sort())
    for (const id of shown) expect(await page.locator(`.rec[data-r="${id}"]`).isVisible()).toBe(true)

    // an alliance whose founders the text names in a sentence of their own
    const alliance = dataset.alliances.find((record) => record.founders.length > 0)!
    const founder = alliance.founders[0]!.name
    expect(positions.alliances[alliance.id]!.facts!['/founders/0']).toBeDefined()
    await page.locator(`.rec[data-r="${alliance.id}"] > b`).click()
    const marked = await page.locator('.s.marked').allTextContents()
    expect(marked.some((sentence) => sentence.includes(founder))).toBe(true)
    // the founder's own words are marked in that sentence
    const onMarks = await page.locator('.s.marked mark.on').allTextContents()
    expect(onMarks.map((text) => text.replace(/\s+/gu, ''))).toContain(founder.replace(/\s+/gu, ''))
    expect(await page.locator('#detail').textContent()).toContain(alliance.name)

    // a highlight shows its record and fact
    await page.locator('mark.fact').first().click()
    expect((await page.locator('#detail').textContent())!.length).toBeGreaterThan(0)
    // the filter by kind and the search box
    await page.locator('input[data-kind="alliances"]').uncheck()
    expect(await page.locator(`.rec[data-r="${alliance.id}"]`).isVisible()).toBe(false)
    await page.locator('input[data-kind="alliances"]').check()
    await page.locator('#search').fill(dataset.platforms[0]!.name)
    expect(await page.locator(`.rec[data-r="${dataset.platforms[0]!.id}"]`).isVisible()).toBe(true)
    expect(await page.locator(`.rec[data-r="${alliance.id}"]`).isVisible()).toBe(false)
    await page.locator('#search').fill('')
    await page.locator(`.rec[data-r="${alliance.id}"] > b`).click()

    await mkdir(artifacts, {recursive: true})
    await page.screenshot({path: path.join(artifacts, 'review-seed.png'), fullPage: false})
    expect(requests).toEqual([])

    const index = await open(path.join(out, 'review/index.html'))
    expect(await index.page.locator('#sources a').getAttribute('href')).toBe('sources/iot-blockchain-whitepaper.html')
    expect(index.requests).toEqual([])
    await index.page.close()
    await page.close()
  })

  it('shows markup in a source as text: nothing of it runs', {timeout: 60_000}, async () => {
    const {out, dataset} = await buildInto({'hostile.txt': hostileText})
    expect(dataset.alliances.map((record) => record.aliases)).toEqual([['<img src=x onerror=alert>']])
    const {page, requests, dialogs} = await open(path.join(out, 'review/sources/hostile.html'))
    const text = (await page.locator('#text').textContent())!
    expect(text).toContain('<script>alert(1)</script>')
    expect(text).toContain(`<img src=x onerror="document.title='pwned'">`)
    expect(await page.locator('#records').textContent()).toContain('<img src=x onerror=alert>')
    expect(await page.locator('main img, main script').count()).toBe(0)
    // the page's own script ran: clicking a record marks its sentence
    await page.locator('.rec').first().click()
    expect(await page.locator('.s.marked').count()).toBeGreaterThan(0)
    await page.locator('mark').first().click()
    expect(await page.title()).not.toContain('pwned')
    expect(dialogs).toEqual([])
    expect(requests).toEqual([])
    await page.close()
  })
})
