import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {corpusFolder, needsCorpus} from './helpers/temporary.ts'

/**
 * The corpus documents are third-party texts, read in place: no run of 12
 * characters of one (white space aside, at least eight of them Chinese) is
 * in the project's code or tests. The default list of widely known names is
 * an exception the rules allow (it holds no sentence), and so is the seed,
 * the project's own source, which shares sentences with a corpus document.
 */
const runLength = 12
const root = path.join(import.meta.dirname, '..')
const squeezed = (text: string) => text.replace(/\s+/gu, '')
const chinese = (run: string) => [...run].filter((char) => /\p{Script=Han}/u.test(char)).length >= 8

function filesUnder(folder: string, endings: RegExp): string[] {
  return readdirSync(folder, {recursive: true, encoding: 'utf8'})
    .filter((file) => endings.test(file))
    .map((file) => path.join(folder, file))
}

describe.skipIf(!existsSync(corpusFolder))(needsCorpus('the corpus in the project', existsSync(corpusFolder)), () => {
  it(`has no run of ${runLength} characters of a corpus document in pipeline/ or tests/`, () => {
    const runs = new Set<string>()
    for (const file of filesUnder(corpusFolder, /\.(txt|md)$/u).filter((file) => !path.basename(file).startsWith('gold'))) {
      const text = squeezed(readFileSync(file, 'utf8'))
      for (let at = 0; at + runLength <= text.length; at++) {
        const run = text.slice(at, at + runLength)
        if (chinese(run)) runs.add(run)
      }
    }
    expect(runs.size).toBeGreaterThan(10_000)
    const found: string[] = []
    const ours = [...filesUnder(path.join(root, 'pipeline'), /\.(ts|js)$/u), ...filesUnder(path.join(root, 'tests'), /\.(ts|txt|md|json|html)$/u)].filter(
      // the seed is the project's own source (sources/), which shares sentences with a corpus document; so are its fixtures
      (file) => !file.endsWith(path.join('lexicon', 'zh', 'known-entities.ts')) && !path.relative(root, file).split(path.sep).some((part) => part.startsWith('seed'))
    )
    for (const file of ours) {
      const text = squeezed(readFileSync(file, 'utf8'))
      for (let at = 0; at + runLength <= text.length; at++) {
        const run = text.slice(at, at + runLength)
        if (runs.has(run)) {
          found.push(`${path.relative(root, file)}: ${run}`)
          // one report for each run copied, not one for each of its windows
          at += runLength - 1
        }
      }
    }
    expect(found).toEqual([])
  })
})
