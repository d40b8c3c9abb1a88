import {dateSource, endsInComma, endsSentence, onLanguage, pageNumberExamples, pageNumberTokens, publisherWords, readPageNumber, titleWords} from '../lexicon/language.ts'
import type {VFile} from 'vfile'
import {displayWidth} from '../lexicon/characters.ts'
import {searchSpans} from './passages.ts'
import {linesByPage, type SourceLine} from '../read/source-lines.ts'

/** A run of page furniture lines (running header, footer, page number) between two pages. */
export interface FurnitureBlock {
  firstLine: number
  lastLine: number
  start: number
  end: number
  /** The page this block closes, when it carries a page number. */
  page: number | null
}

/** A stretch of the raw source and the page it is printed on. */
export interface PageSpan {
  /** The number printed on the page, or its physical page where none is. */
  page: number
  /** The page's place in the file: form feeds counted from 1, or the pages the furniture blocks delimit. */
  physicalPage: number
  start: number
  end: number
}

export interface DocumentInfo {
  title: string | null
  publisher: string | null
  firstPage: number | null
  lastPage: number | null
}

declare module 'vfile' {
  interface DataMap {
    furniture: FurnitureBlock[]
    /** Index of every line that is page furniture. */
    furnitureLines: Set<number>
    pageMap: PageSpan[]
    document: DocumentInfo
  }
}

const source = 'page-furniture'
/** How far from a page number a repeated line may stand and still belong to its block. */
const blockReach = 3

interface PageCandidate {
  line: number
  page: number
  styled: boolean
}

/**
 * Find running headers, footers and page-number lines from the text itself,
 * mark them as furniture, and map every offset of the source to its page.
 */
export default function pageFurniture() {
  return function (_tree: unknown, file: VFile) {
    if (file.data.markdown) {
      file.data.furniture = []
      file.data.furnitureLines = new Set()
      file.data.pageMap = []
      file.data.document = {title: null, publisher: null, firstPage: null, lastPage: null}
      return
    }
    if ((file.data.pageStarts ?? []).length > 1) return formFeedPages(file)
    const lines = file.data.lines ?? []
    const body = lines.filter((line) => line.headingDepth === 0 && line.text.trim() !== '')
    const keyOf = memoize(tokenKey)
    const mayRepeat = body.filter(headerLike)
    const repeated = repeatedLines(mayRepeat, keyOf)
    const pages = pageNumberChain([...pageNumberLines(body), ...numberedRepeats(repeatedLines(mayRepeat, (text) => numberKey(keyOf(text))))], body[body.length - 1]?.index)
    const furnitureLines = new Set<number>(pages.map((candidate) => candidate.line))
    const headerKeys = new Set<string>()

    if (pages.length > 0) {
      for (const candidate of pages) {
        for (const direction of [-1, 1]) {
          for (let step = 1, index = candidate.line + direction; step <= blockReach; step++, index += direction) {
            const line = lines[index]
            if (!line || line.headingDepth > 0) break
            if (line.text.trim() === '' || furnitureLines.has(index)) continue
            const key = keyOf(line.text)
            if (!repeated.has(key)) break
            headerKeys.add(key)
            furnitureLines.add(index)
          }
        }
      }
      for (const line of alternatingHeaders(lines, pages, furnitureLines)) {
        headerKeys.add(keyOf(line.text))
        furnitureLines.add(line.index)
      }
    } else {
      // (with no page numbers to stand beside, a line that ends a sentence is a sentence said twice, not a header; so is a
      // line that ends in a comma, its sentence going on in the line after)
      for (const [key, occurrences] of repeated) {
        const text = occurrences[0]!.text.trim()
        if (occurrences.length >= 2 && spreadApart(occurrences) && !endsSentence(text) && !endsInComma.test(text)) headerKeys.add(key)
      }
    }
    for (const line of body) if (headerKeys.has(keyOf(line.text))) furnitureLines.add(line.index)

    const pageOfLine = new Map(pages.map((candidate) => [candidate.line, candidate.page]))
    const blocks = furnitureBlocks(lines, furnitureLines, pageOfLine)
    const pageMap = mapPages(lines, blocks)
    const [header, otherHeader] = headerVariants(body, headerKeys, furnitureLines, keyOf)
    finish(file, blocks, furnitureLines, pageMap, titleAndPublisher(header ?? [], otherHeader))
  }
}

/** What both ways of finding pages hand on: the furniture, the page map, the document's title, and the messages. */
function finish(
  file: VFile,
  blocks: FurnitureBlock[],
  furnitureLines: Set<number>,
  pageMap: PageSpan[],
  {title, publisher}: {title: string | null; publisher: string | null}
) {
  const lines = file.data.lines ?? []
  const body = lines.filter((line) => line.headingDepth === 0 && line.text.trim() !== '')
  file.data.furniture = blocks
  file.data.furnitureLines = furnitureLines
  file.data.pageMap = pageMap
  file.data.document = {
    title,
    publisher,
    firstPage: pageMap[0]?.page ?? null,
    lastPage: pageMap[pageMap.length - 1]?.page ?? null
  }
  if (body.length > 0 && body.every((line) => furnitureLines.has(line.index)) && !lines.some((line) => line.headingDepth > 0)) {
    const message = file.message('Unexpected source made only of page furniture (running headers, footers, page numbers), expected text', {
      place: {line: 1, column: 1},
      ruleId: 'only-furniture',
      source
    })
    message.fatal = true
  } else if (body.length > 0 && pageMap.length === 0) {
    const message = file.info('No page numbers found: the records of this source have no page', {
      place: {line: 1, column: 1},
      ruleId: 'no-page-numbers',
      source
    })
    message.note = `Page numbers are read from lines of their own that count up (${pageNumberExamples.map((example) => `\`${example}\``).join(', ')}).`
  }
}

/** The page of a source offset, or null when the source has no page numbers. */
export function pageAt(pageMap: readonly PageSpan[], offset: number): number | null {
  return spanAt(pageMap, offset)?.page ?? null
}

/** The physical page of a source offset: form feeds counted, or the furniture blocks; null when the source has neither. */
export function physicalPageAt(pageMap: readonly PageSpan[], offset: number): number | null {
  return spanAt(pageMap, offset)?.physicalPage ?? null
}

function spanAt(pageMap: readonly PageSpan[], offset: number): PageSpan | undefined {
  const {span, index} = searchSpans(pageMap, offset)
  if (span) return span
  const last = pageMap[pageMap.length - 1]
  if (last && offset >= last.end) return last
  return pageMap[index]
}

/** Lines at the top and bottom of a page that may be its running header or footer. */
const pageEdge = 2

/**
 * Pages of a text with a form feed between its pages (as \`pdftotext\` writes
 * it): the page number is the first or last line of a page, when another
 * page's number keeps the same distance from its physical page (front
 * matter numbered apart from the body is fine) or it has a style of its own;
 * running headers and footers are the lines at a page's top or
 * bottom that repeat on many pages, numbers aside. Each page's number is the
 * one printed on it, or its physical page where none is.
 */
function formFeedPages(file: VFile) {
  const lines = file.data.lines ?? []
  const starts = file.data.pageStarts!
  const keyOf = memoize((text: string) => numberKey(tokenKey(text)))
  const pages = linesByPage(lines, starts).map((page) => page.filter((line) => line.headingDepth === 0 && line.text.trim() !== ''))
  const read = pages.map((text) => {
    for (const line of [text[text.length - 1], text[0]]) {
      const number = line && readPageNumber(line.text)
      if (number) return {line, ...number}
    }
    return undefined
  })
  // numbers that keep the same distance from the physical page agree with each other, on pages next to each other or not
  const distances = new Map<number, number>()
  read.forEach((candidate, index) => {
    if (candidate) distances.set(candidate.page - index, (distances.get(candidate.page - index) ?? 0) + 1)
  })
  const printed = read.map((candidate, index) => {
    if (!candidate) return undefined
    const agrees = (distances.get(candidate.page - index) ?? 0) >= 2
    return agrees || candidate.styled ? candidate : undefined
  })
  const pageOfLine = new Map<number, number>()
  for (const candidate of printed) if (candidate) pageOfLine.set(candidate.line.index, candidate.page)
  const furnitureLines = new Set<number>(pageOfLine.keys())
  const edgeCounts = new Map<string, number>()
  const edges = pages.map((text) => {
    const rest = text.filter((line) => !furnitureLines.has(line.index))
    return [...new Set([...rest.slice(0, pageEdge), ...rest.slice(-pageEdge)])].filter(headerLike)
  })
  for (const edge of edges) for (const key of new Set(edge.map((line) => keyOf(line.text)))) edgeCounts.set(key, (edgeCounts.get(key) ?? 0) + 1)
  const enough = Math.max(2, Math.ceil(pages.length * 0.2))
  const headerKeys = new Set<string>()
  for (const [key, count] of edgeCounts) if (count >= enough && repeatsAsFurniture(edges, key, keyOf)) headerKeys.add(key)
  for (const edge of edges) for (const line of edge) if (headerKeys.has(keyOf(line.text))) furnitureLines.add(line.index)

  const pageMap: PageSpan[] = starts.map((start, index) => ({
    page: printed[index]?.page ?? index + 1,
    physicalPage: index + 1,
    start,
    end: index + 1 < starts.length ? starts[index + 1]! - 1 : lines[lines.length - 1]?.end ?? start
  }))
  const blocks = furnitureBlocks(lines, furnitureLines, pageOfLine)
  const body = lines.filter((line) => line.headingDepth === 0 && line.text.trim() !== '')
  const plainKey = memoize(tokenKey)
  const headerTexts = new Set(body.filter((line) => furnitureLines.has(line.index) && headerKeys.has(keyOf(line.text))).map((line) => plainKey(line.text)))
  const [header, otherHeader] = headerVariants(body, headerTexts, furnitureLines, plainKey)
  finish(file, blocks, furnitureLines, pageMap, titleAndPublisher(header ?? [], otherHeader))
}

/**
 * Header lines that do not repeat because they alternate: the title over odd
 * pages, the publisher over even ones. Where most page numbers have a header
 * on the line beside them, a short line in the same place beside the others,
 * that does not end a sentence, is a header too.
 */
function alternatingHeaders(lines: readonly SourceLine[], pages: readonly PageCandidate[], furnitureLines: ReadonlySet<number>): SourceLine[] {
  const found: SourceLine[] = []
  for (const direction of [-1, 1]) {
    const beside = pages.map((candidate) => neighbour(lines, candidate.line, direction))
    const headers = beside.filter((line): line is SourceLine => line !== undefined && furnitureLines.has(line.index))
    if (headers.length === 0 || headers.length * 2 < pages.length) continue
    const widest = Math.max(...headers.map((line) => displayWidth(line.text.trim())))
    for (const line of beside) {
      if (!line || furnitureLines.has(line.index) || line.headingDepth > 0) continue
      const text = line.text.trim()
      if (displayWidth(text) <= widest && !endsSentence(text) && !endsInComma.test(text)) found.push(line)
    }
  }
  return found
}

/** The next line with text above (-1) or below (1) a line. */
function neighbour(lines: readonly SourceLine[], index: number, direction: number): SourceLine | undefined {
  for (let at = index + direction; at >= 0 && at < lines.length; at += direction) {
    if (lines[at]!.text.trim() !== '') return lines[at]
  }
  return undefined
}

/**
 * Whether the lines of a key at the pages' edges repeat as a header or footer does: the same text on every page, or with a
 * number that counts the pages (\`第 3 页\`, \`2021 年报告 · 7\`); lines whose numbers change some other way are text that
 * happens to end pages (\`2019 年 1 月\` in a timeline, cells of a table's column of dates).
 */
function repeatsAsFurniture(edges: readonly SourceLine[][], key: string, keyOf: (text: string) => string): boolean {
  const found = edges.flatMap((edge, page) => edge.filter((line) => keyOf(line.text) === key).map((line) => ({page, text: line.text.normalize('NFKC').replace(/\s+/gu, '')})))
  if (new Set(found.map(({text}) => text)).size === 1) return true
  const numbers = found.map(({page, text}) => ({page, numbers: [...text.matchAll(/\d+/gu)].map((number) => Number(number[0]))}))
  const width = Math.min(...numbers.map((each) => each.numbers.length))
  // (a number at the same place in each, keeping the same distance from its physical page)
  return Array.from({length: width}, (_, place) => place).some((place) => new Set(numbers.map((each) => each.numbers[place]! - each.page)).size === 1)
}

/** Whether a line could be a running header or footer: four columns wide or more, with a letter. */
function headerLike(line: SourceLine): boolean {
  return displayWidth(line.text.trim()) >= 4 && /[\p{L}]/u.test(line.text)
}

/** Lines that occur more than once, grouped by `key`. */
function repeatedLines(lines: readonly SourceLine[], key: (text: string) => string): Map<string, SourceLine[]> {
  const groups = new Map<string, SourceLine[]>()
  for (const line of lines) {
    const lineKey = key(line.text)
    const group = groups.get(lineKey)
    if (group) group.push(line)
    else groups.set(lineKey, [line])
  }
  for (const [key, group] of groups) if (group.length < 2) groups.delete(key)
  return groups
}

/** A function that remembers its answers: every line's key is asked for several times. */
function memoize(compute: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>()
  return (text) => {
    let value = known.get(text)
    if (value === undefined) {
      value = compute(text)
      known.set(text, value)
    }
    return value
  }
}

/** A line's words in sorted order: a header mirrored on even pages has the same key. */
function tokenKey(text: string): string {
  return text.normalize('NFKC').trim().split(/\s+/).sort().join(' ')
}

/** A line's key (`tokenKey`) with its numbers blanked out: a footer that carries the page number has the same key on every page. */
function numberKey(key: string): string {
  return key.replace(/\d+/g, '#')
}

function spreadApart(occurrences: readonly SourceLine[]): boolean {
  return occurrences.every((line, index) => index === 0 || line.index - occurrences[index - 1]!.index >= 3)
}

function pageNumberLines(body: readonly SourceLine[]): PageCandidate[] {
  const candidates: PageCandidate[] = []
  for (const line of body) {
    const read = readPageNumber(line.text)
    if (read) candidates.push({line: line.index, ...read})
  }
  return candidates
}

/** A line that is a date and nothing else. */
let wholeDate: RegExp
onLanguage(() => {
  wholeDate = new RegExp(`^\\s*(?:${dateSource})\\s*$`, 'u')
})

/** Repeated lines, pages apart, whose only change is a number counting up: a header or footer carrying the page number. */
function numberedRepeats(repeated: Map<string, SourceLine[]>): PageCandidate[] {
  const candidates: PageCandidate[] = []
  for (const [key, group] of repeated) {
    // (\`2018 年\`, \`2019 年\`: dates, a table's cells or a timeline's, count up too)
    if (!key.includes('#') || !spreadApart(group) || group.some((line) => wholeDate.test(line.text))) continue
    const numbers = group.map((line) => Number(/(\d+)\D*$/.exec(line.text.normalize('NFKC'))?.[1]))
    if (numbers.every((number, index) => index === 0 || number === numbers[index - 1]! + 1)) {
      group.forEach((line, index) => candidates.push({line: line.index, page: numbers[index]!, styled: true}))
    }
  }
  return candidates
}

/**
 * The longest run of page numbers that count up by one, in the order of the
 * lines. A lone number counts only when it has a style of its own (`- 7 -`) or
 * ends the text, as the footer of its last page.
 */
function pageNumberChain(candidates: PageCandidate[], lastLine: number | undefined): PageCandidate[] {
  candidates.sort((a, b) => a.line - b.line)
  const previous = new Array<number>(candidates.length).fill(-1)
  const length = new Array<number>(candidates.length).fill(1)
  const bestEndingAt = new Map<number, number>()
  let best = -1
  candidates.forEach((candidate, index) => {
    const before = bestEndingAt.get(candidate.page - 1)
    if (before !== undefined && candidates[before]!.line < candidate.line) {
      previous[index] = before
      length[index] = length[before]! + 1
    }
    const current = bestEndingAt.get(candidate.page)
    if (current === undefined || length[current]! < length[index]!) bestEndingAt.set(candidate.page, index)
    if (best === -1 || length[index]! > length[best]!) best = index
  })
  if (best === -1) return []
  const chain: PageCandidate[] = []
  for (let index = best; index !== -1; index = previous[index]!) chain.unshift(candidates[index]!)
  if (chain.length === 1 && !chain[0]!.styled && chain[0]!.line !== lastLine) return []
  return chain
}

function furnitureBlocks(
  lines: readonly SourceLine[],
  furnitureLines: Set<number>,
  pageOfLine: Map<number, number>
): FurnitureBlock[] {
  const blocks: FurnitureBlock[] = []
  let current: FurnitureBlock | undefined
  for (const line of lines) {
    if (furnitureLines.has(line.index)) {
      if (!current) {
        current = {firstLine: line.index, lastLine: line.index, start: line.start, end: line.end, page: null}
        blocks.push(current)
      }
      current.lastLine = line.index
      current.end = line.end
      current.page ??= pageOfLine.get(line.index) ?? null
    } else if (line.text.trim() !== '') {
      current = undefined
    }
  }
  return blocks
}

/**
 * A furniture block carrying page number N closes page N; text after the last
 * such block is on page N + 1; text before the first is on the page it closes.
 */
function mapPages(lines: readonly SourceLine[], blocks: readonly FurnitureBlock[]): PageSpan[] {
  const numbered = blocks.filter((block) => block.page !== null)
  const spans: PageSpan[] = []
  let start = 0
  for (const block of numbered) {
    spans.push({page: block.page!, physicalPage: spans.length + 1, start, end: block.start})
    start = block.end
  }
  const last = numbered[numbered.length - 1]
  const end = lines[lines.length - 1]?.end ?? 0
  if (last && lines.some((line) => line.start >= last.end && line.text.trim() !== '')) {
    spans.push({page: last.page! + 1, physicalPage: spans.length + 1, start, end: Math.max(end, start)})
  }
  return spans
}

/**
 * The distinct forms of the two most frequent running headers, page numbers
 * taken out: one header, mirrored or not, or the title on odd pages and the
 * publisher on even ones.
 */
function headerVariants(
  body: readonly SourceLine[],
  headerKeys: Set<string>,
  furnitureLines: Set<number>,
  keyOf: (text: string) => string
): string[][][] {
  const counts = new Map<string, number>()
  for (const line of body) {
    const key = keyOf(line.text)
    if (headerKeys.has(key) && furnitureLines.has(line.index)) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const kept = ranked.filter(([, count], index) => index === 0 || (index === 1 && count * 2 >= ranked[0]![1]))
  return kept.map(([key]) => {
    const variants = new Map<string, string[]>()
    for (const line of body) {
      if (keyOf(line.text) !== key) continue
      const tokens = line.text.trim().split(/\s+/).filter((token) => /\p{L}/u.test(token) && !pageNumberTokens.test(token) && !/^(?:page|p\.?)$/iu.test(token))
      variants.set(tokens.join(' '), tokens)
    }
    return [...variants.values()]
  })
}

/**
 * Title and publisher from the running header's forms. Where the two parts
 * swap places on even pages the cut is certain; otherwise a header is cut
 * only where one side reads as a publisher.
 */
function titleAndPublisher(variants: string[][], alternate?: string[][]): {title: string | null; publisher: string | null} {
  const first = variants[0]
  if (!first || first.length === 0) return {title: null, publisher: null}
  const other = alternate?.[0]?.join(' ')
  if (other && alternate!.length === 1 && variants.length === 1) {
    const one = first.join(' ')
    const lean = score(one, titleWords) - score(one, publisherWords) - (score(other, titleWords) - score(other, publisherWords))
    if (lean !== 0) return lean > 0 ? {title: one, publisher: other} : {title: other, publisher: one}
  }
  let best: {title: string; publisher: string; lean: number} | undefined
  for (let cut = 1; cut < first.length; cut++) {
    const a = first.slice(0, cut).join(' ')
    const b = first.slice(cut).join(' ')
    const mirrored = variants.some((other) => other.join(' ') === `${b} ${a}`)
    const leanA = score(a, titleWords) - score(a, publisherWords)
    const leanB = score(b, titleWords) - score(b, publisherWords)
    const [title, publisher] = leanA > leanB || (leanA === leanB && displayWidth(a) >= displayWidth(b)) ? [a, b] : [b, a]
    const lean = Math.abs(leanA - leanB) + (mirrored ? 100 : 0)
    if (!mirrored && score(publisher, publisherWords) === 0) continue
    if (!best || lean > best.lean) best = {title, publisher, lean}
  }
  return best ? {title: best.title, publisher: best.publisher} : {title: first.join(' '), publisher: null}
}

function score(text: string, words: readonly string[]): number {
  const lower = text.toLowerCase()
  return words.reduce((sum, word) => sum + (lower.includes(word) ? 1 : 0), 0)
}
