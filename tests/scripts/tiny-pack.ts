/**
 * Reads a sentence of English with a pack of our own that knows two kind
 * words and one clause frame, and prints the records as JSON. Run by
 * \`tests/lexicon/language-pack.slow.test.ts\` in a process where importing the
 * Chinese pack fails (\`tests/scripts/no-chinese-pack.mjs\`).
 */
import {VFile} from 'vfile'
import {createProcessor} from '../../pipeline/index.ts'
import {emptyLanguage} from '../../pipeline/lexicon/empty-language.ts'
import type {LanguagePack} from '../../pipeline/lexicon/language.ts'

const name = '[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*'
const tiny: LanguagePack = {
  ...emptyLanguage,
  languageTag: 'en',
  // two kind words
  kindWords: {alliance: ['Alliance'], platform: ['Platform']},
  mentionKindWords: {alliance: ['Alliance'], platform: ['Platform']},
  // one clause frame: `Nova is an open Platform developed by Vega Labs`
  copula: new RegExp(`^(?<name>${name}) is an? (?<head>[a-z ]*(?:Platform|Alliance)) (?:developed|founded) by (?<parties>${name})`, 'du')
}

const file = new VFile({path: 'sources/tiny.txt', value: 'Nova is an open Platform developed by Vega Labs.\n'})
file.data.id = 'tiny'
const processor = createProcessor({language: tiny, known: []})
await processor.run(processor.parse(file), file)
process.stdout.write(`${JSON.stringify({records: (file.data.records ?? []).map((record) => ({kind: record.kind, name: record.name, leads: record.leads.map((party) => party.name)})), messages: file.messages.map(String)})}\n`)
