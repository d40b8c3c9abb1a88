/**
 * The Chinese language pack as one value: its words (\`index.ts\`) and its
 * grammar (\`grammar.ts\`: clause frames, the patterns of names, dates,
 * numbers and parties, the head rule for kinds), which the mechanics are
 * given (\`useLanguage\` in \`../language.ts\`) and never import.
 */
import * as grammar from './grammar.ts'
import * as words from './index.ts'

export const zh = Object.freeze({...words, ...grammar})
