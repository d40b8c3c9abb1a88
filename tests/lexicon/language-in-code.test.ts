import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'

/**
 * What is Chinese lives in the language pack (`pipeline/lexicon/`): no code
 * outside it holds a Chinese character or punctuation mark, nor names one
 * another way (an escape, a code point, the Han script by property).
 * Comments may show examples.
 */
const pipeline = path.join(import.meta.dirname, '../../pipeline')

/** The tokens of a TypeScript file, its comments left out. */
function codeOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const tokens: string[] = []
  const walk = (node: ts.Node) => {
    // doc comments are nodes of their own: comments, not code
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return
    const children = node.getChildren(source)
    if (children.length === 0) tokens.push(node.getText(source))
    else children.forEach(walk)
  }
  walk(source)
  return tokens
}

const inRange = (code: number) => (code >= 0x3000 && code <= 0x303f) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xff00 && code <= 0xffef)

/** What in a token is a character of the language, written as itself or any other way. */
function languageIn(token: string): string | undefined {
  const written = [...token].find((char) => inRange(char.codePointAt(0)!))
  if (written) return written
  for (const match of token.matchAll(/\\u\{([0-9a-f]+)\}|\\u([0-9a-f]{4})|\\x\{([0-9a-f]+)\}|\b0x([0-9a-f]{4,5})\b/giu)) {
    if (inRange(Number.parseInt(match[1] ?? match[2] ?? match[3] ?? match[4]!, 16))) return match[0]
  }
  return /\\p\{(?:Script|sc|Script_Extensions|scx)=(?:Han|Hani|Hiragana|Katakana)\}/iu.exec(token)?.[0]
}

function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.ts') && !file.split(path.sep).includes('lexicon'))
    .map((file) => path.join(folder, file))
    .sort()
}

describe('the language in code', () => {
  it('is nowhere outside the language pack', () => {
    const found = typeScriptFiles(pipeline).flatMap((file) =>
      codeOf(file).flatMap((token) => {
        const what = languageIn(token)
        return what ? [`${path.relative(pipeline, file)}: ${what} in ${token.slice(0, 60)}`] : []
      })
    )
    expect(found).toEqual([])
  })

  it('names no kind of record outside the registry and the language pack: every stage and output loops over the registry', () => {
    const registry = path.join(pipeline, 'dataset/kinds.ts')
    const found = typeScriptFiles(pipeline)
      .filter((file) => file !== registry)
      .flatMap((file) => codeOf(file).filter((token) => /alliance|platform/iu.test(token)).map((token) => `${path.relative(pipeline, file)}: ${token.slice(0, 60)}`))
    expect(found).toEqual([])
    // a kind named in an identifier or a string is found; in a comment it is not
    const named = codeOf(path.join(import.meta.dirname, '../helpers/exchange-kind.ts')).filter((token) => /exchange/iu.test(token))
    expect(named).toContain('exchangeKind')
    expect(named).toContain("'exchanges'")
    expect(named.some((token) => token.includes('third kind'))).toBe(false)
  })

  it('is found however it is written', () => {
    const file = path.join(pipeline, 'build/build.ts')
    expect(codeOf(file).length).toBeGreaterThan(100)
    for (const written of ["'。'", String.raw`/\u3002/u`, String.raw`'\u{4E00}'`, String.raw`/\p{Script=Han}/u`, '0x4e00', String.raw`/[\uFF01-\uFF5E]/`]) {
      expect(languageIn(written), written).toBeDefined()
    }
    for (const written of ["'a'", String.raw`/\uFFFD/u`, '0xfee', String.raw`/\p{L}/u`]) expect(languageIn(written), written).toBeUndefined()
  })
})

describe('the language pack the mechanics read', () => {
  it('is bound in lexicon/language.ts and emptied in lexicon/empty-language.ts as generated from the Chinese pack\'s names (`npm run language`)', async () => {
    const {languageSource, emptyLanguageSource} = await import('../scripts/generate-language.ts')
    expect(readFileSync(path.join(pipeline, 'lexicon/language.ts'), 'utf8'), 'language.ts is stale: run npm run language').toBe(languageSource())
    expect(readFileSync(path.join(pipeline, 'lexicon/empty-language.ts'), 'utf8'), 'empty-language.ts is stale: run npm run language').toBe(emptyLanguageSource())
  })

  it('is imported from the Chinese pack in one place only: lexicon/default.ts', () => {
    const importers = readdirSync(pipeline, {recursive: true, encoding: 'utf8'})
      .filter((file) => file.endsWith('.ts') && !file.startsWith(`lexicon${path.sep}zh${path.sep}`))
      .filter((file) => /^import (?!type )[^\n]*from '[^']*\/?zh\/[^']*'/mu.test(readFileSync(path.join(pipeline, file), 'utf8')))
    expect(importers).toEqual([path.join('lexicon', 'default.ts')])
  })
})
