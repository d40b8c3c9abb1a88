import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {displayWidth} from '../../pipeline/lexicon/characters.ts'

describe('display width', () => {
  it('counts two columns for CJK characters and full-width forms, one for the rest', () => {
    expect(displayWidth('R3 区块链联盟')).toBe(3 + 10)
    expect(displayWidth('（Hyperledger）')).toBe(2 + 11 + 2)
    expect(displayWidth('かな 한글')).toBe(4 + 1 + 4)
    expect(displayWidth('𠮷野家')).toBe(6)
    expect(displayWidth('\uD842')).toBe(1)
    expect(displayWidth('')).toBe(0)
  })

  it('is the sum of the widths of the characters, whatever the text', () => {
    const wide = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFF60\uFFE0-\uFFE6\u2018\u2019\u201C\u201D\u2014\u2026]/u
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 40}), (text) => {
        expect(displayWidth(text)).toBe([...text].reduce((sum, char) => sum + (wide.test(char) ? 2 : 1), 0))
      })
    )
  })
})
