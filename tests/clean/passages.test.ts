import {describe, expect, it} from 'vitest'
import {clauses, type Passage, sentences, withoutCitations} from '../../pipeline/clean/passages.ts'

/** Where the sentences and clauses of a paragraph end (`pipeline/clean/passages.ts`), on paragraphs of our own. */
describe('sentences', () => {
  const split = (text: string) => sentences(text).map((span) => text.slice(span.start, span.end).trim())

  it('end at the marks that end them, and at a full stop before a space or the end', () => {
    expect(split('甲联盟成立。乙平台上线！丙项目开源？This is one. 丁')).toEqual(['甲联盟成立。', '乙平台上线！', '丙项目开源？', 'This is one.', '丁'])
    // a full stop inside a word or a number ends nothing
    expect(split('版本 B.5 与 we.trade 平台。')).toEqual(['版本 B.5 与 we.trade 平台。'])
  })

  it('go on past a Latin abbreviation or an initial with its full stop', () => {
    expect(split('Nimbus 由 Acme Corp. 和 Globex Inc. 于 2017 年联合推出。随后上线。')).toEqual(['Nimbus 由 Acme Corp. 和 Globex Inc. 于 2017 年联合推出。', '随后上线。'])
    expect(split('J.P. Morgan 与 Initech Ltd. 开展了合作。')).toEqual(['J.P. Morgan 与 Initech Ltd. 开展了合作。'])
  })
})

describe('clauses', () => {
  it('break at commas, colons and semicolons, not at an abbreviation’s full stop', () => {
    const text = '甲公司，乙 Corp. 和丙：丁；戊'
    expect(clauses(text, {start: 0, end: text.length}).map((span) => text.slice(span.start, span.end))).toEqual(['甲公司', '乙 Corp. 和丙', '丁', '戊'])
  })
})

describe('a passage without its citation markers', () => {
  it('drops each marker with the space before it, and maps its places back to the raw source', () => {
    const raw = 'Corvid [7] 是一种许可链平台，Quill[3, 4] 与 Sable[1-3] 也是。'
    const text: Passage = {text: raw, toSource: (index) => 100 + index}
    const stripped = withoutCitations(text)
    expect(stripped.text).toBe('Corvid 是一种许可链平台，Quill 与 Sable 也是。')
    for (const word of ['Corvid', '是一种', 'Quill', '与', 'Sable', '也是']) {
      expect(stripped.toSource(stripped.text.indexOf(word)), word).toBe(100 + raw.indexOf(word))
    }
    // a bracket that holds no reference number stays, and a passage without markers is the same passage
    const plain: Passage = {text: 'Nova [Archived] 与 [甲] 版本 2。', toSource: (index) => index}
    expect(withoutCitations(plain)).toBe(plain)
  })
})
