import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {zh} from '../../pipeline/lexicon/zh/pack.ts'
const keys = Object.keys(zh).sort()
const lines = [
  "/**",
  " * The language the mechanics read with: one pack, given by whoever runs",
  " * them (\\`createProcessor({language})\\`, the build's \\`useLanguage\\`), whose",
  " * words and grammar every stage reads from here. Nothing here is of any",
  " * language: the names below are bound to the pack in use (ES module bindings",
  " * are live), and stages that compile patterns of their own from its words",
  " * do so again when another pack comes into use (\\`onLanguage\\`). One pack is",
  " * in use at a time in a thread; a processor puts its own in use before each",
  " * run, so processors of two packs may take turns.",
  " *",
  " * Generated from the keys of the Chinese pack by \\`npm run language\\`; its",
  " * type is the Chinese pack's shape (a type, never imported at run time).",
  " */",
  "import type {zh} from './zh/pack.ts'",
  "",
  "/** A shape with its words widened to strings: another language's pack has other words. */",
  "// eslint-disable-next-line @typescript-eslint/no-explicit-any",
  "type Widened<T> = T extends string ? string : T extends RegExp ? RegExp : T extends (...args: any[]) => unknown ? T : T extends ReadonlySet<infer U> ? ReadonlySet<Widened<U>> : T extends ReadonlyMap<infer K, infer V> ? ReadonlyMap<Widened<K>, Widened<V>> : T extends ReadonlyArray<infer U> ? ReadonlyArray<Widened<U>> : T extends object ? {readonly [K in keyof T]: Widened<T[K]>} : T",
  "",
  "/** A language pack: the words and grammar of one language, in the shape of the Chinese pack's. */",
  "export type LanguagePack = Widened<typeof zh>",
  "",
  ...keys.map((key) => `export let ${key}: LanguagePack['${key}']`),
  "",
  "let current: LanguagePack | undefined",
  "const hooks: Array<() => void> = []",
  "",
  "/** Put a pack in use: every name above is its, and every stage's own patterns are compiled again from it. */",
  "export function useLanguage(pack: LanguagePack): void {",
  "  if (pack === current) return",
  "  current = pack",
  ...keys.map((key) => `  ${key} = pack.${key}`),
  "  for (const hook of hooks) hook()",
  "}",
  "",
  "/** The pack in use, if any. */",
  "export function languageInUse(): LanguagePack | undefined {",
  "  return current",
  "}",
  "",
  "/** Compile what a stage derives from the pack's words now, if a pack is in use, and again whenever another comes into use. */",
  "export function onLanguage(compile: () => void): void {",
  "  hooks.push(compile)",
  "  if (current) compile()",
  "}",
  ""
]

const lexicon = path.join(import.meta.dirname, '../../pipeline/lexicon')
export const languageSource = () => lines.join('\n')
if (process.argv[1] === import.meta.filename) {
  writeFileSync(path.join(lexicon, 'language.ts'), languageSource())
  writeFileSync(path.join(lexicon, 'empty-language.ts'), emptyLanguageSource())
}

/** The empty pack: every name of the Chinese pack with a value of its sort that reads nothing. */
export function emptyLanguageSource(): string {
  // strings are pieces of patterns: punctuation of character classes, or whole patterns; their neutral values read the ASCII ones, or never match
  // (the script a pack's own names are written in, apart from Latin: private-use characters, which no text holds)
  const strings: Record<string, string> = {
    clauseComma: ',', closeParens: ')', openParens: '(', closingQuotes: `"'`, colons: ':', commas: ',', fullStop: '.', semicolons: ';', exclamations: '!?',
    enumerationComma: ',', titleMarks: '"', etcetera: '(?!)', entryExample: '', scriptCharacters: '\\p{Co}', chineseNumber: '(?!)',
    dateSource: '(?!)()()()()()()', yearMarker: '', kindHeads: '(?!)', nameCharacters: 'A-Za-z0-9 ', languageTag: 'und'
  }
  const empty = (value: unknown, depth: number, key = ''): string => {
    // a pattern that never matches, with the flags the stages use it with (\`g\` for \`matchAll\`, \`d\` for indices)
    if (value instanceof RegExp) return `/(?!)/${value.flags}`
    if (value instanceof Set) return 'new Set<string>()'
    if (value instanceof Map) return 'new Map()'
    if (Array.isArray(value)) return '[]'
    if (typeof value === 'string') {
      if (depth === 0 && !(key in strings)) throw new Error(`no neutral value for the string ${key}`)
      return depth === 0 ? JSON.stringify(strings[key]) : "''"
    }
    if (typeof value === 'number') return '0'
    if (typeof value === 'boolean') return 'false'
    if (typeof value === 'object' && value !== null) {
      const keys = Object.keys(value)
      // a map keyed by words of the language (pointers back, numerals): empty
      if (keys.some((key) => !/^[A-Za-z][A-Za-z0-9]*$/u.test(key))) return '{}'
      return `{${keys.map((key) => `${key}: ${empty((value as Record<string, unknown>)[key], depth + 1)}`).join(', ')}}`
    }
    throw new Error(`no empty value for ${typeof value}`)
  }
  const functions: Record<string, string> = {
    alternatives: 'alternatives',
    longestFirst: 'longestFirst',
    grammarOf: 'emptyGrammarOf',
    endsSentence: '() => false',
    leadingCountry: '() => undefined',
    listMarkerLength: '() => 0',
    parenthesised: '(text: string) => `(${text})`',
    readPageNumber: '() => undefined'
  }
  const entries = Object.keys(zh).sort().map((key) => {
    const value = (zh as Record<string, unknown>)[key]
    if (typeof value === 'function') {
      if (!functions[key]) throw new Error(`no empty function for ${key}`)
      return `  ${key}: ${functions[key]}`
    }
    return `  ${key}: ${empty(value, 0, key)}`
  })
  return [
    '/**',
    ' * A pack that reads nothing: every word list empty, every pattern one that',
    ' * never matches. A pack for another language starts from it and gives what',
    ' * it knows (`{...emptyLanguage, kindWords: …, copula: …}`). Generated with',
    ' * `language.ts` by `npm run language`.',
    ' */',
    "import type {KindGrammar} from './zh/grammar.ts'",
    "import type {Registry} from '../dataset/kinds.ts'",
    "import type {LanguagePack} from './language.ts'",
    "import {alternatives, longestFirst} from './patterns.ts'",
    '',
    '/** The kind patterns of a pack that reads nothing: the registry\'s kinds, no pattern that matches. */',
    'function emptyGrammarOf(registry: Registry): KindGrammar {',
    '  const kinds = Object.entries(registry)',
    '  return {',
    '    registry,',
    '    kinds,',
    ...['mentionWord', 'mention', 'subjectMade', 'subjectLaunched', 'subjectStarted', 'glossedName', 'headBefore', 'appositionEnd', 'copulaSetApart', 'madeBySetApart', 'bareCopulaSetApart', 'subjectBasis', 'launchedPair', 'quotedName', 'dashedName', 'latinHeaded', 'latinAfterHead', 'latinAfterMaking', 'latinObject', 'launchedHeaded', 'subjectMadeSetApart', 'latinAppositive', 'startsAnother', 'partnerBody'].map((key) => `    ${key}: /(?!)/dgu,`),
    '    founded: null,',
    '    anaphors: [],',
    '    pointerAt: () => undefined,',
    '    memberKind: null,',
    "    launchedKind: kinds.find(([, entry]) => entry.started === 'launched')?.[0] ?? null,",
    '    exampleList: null,',
    '    exampleListAfter: null,',
    '    exampleHeadAnywhere: /(?!)/u,',
    '    setApartList: /(?!)/gu,',
    '    namedAs: /(?!)/dgu,',
    '    namedByCopula: /(?!)/dgu,',
    '    setApartKind: () => null,',
    '    headAtEnd: () => undefined',
    '  }',
    '}',
    '',
    'export const emptyLanguage: LanguagePack = {',
    entries.join(',\n'),
    '}',
    ''
  ].join('\n')
}
