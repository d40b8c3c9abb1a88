import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {grammarOf} from '../../pipeline/lexicon/language.ts'
import {kinds} from '../../pipeline/dataset/kinds.ts'
import {passage} from '../../pipeline/clean/passages.ts'
import {readSentence} from '../../pipeline/extract/read-facts.ts'
import {Extraction, type PartyDraft} from '../../pipeline/extract/record-book.ts'

/** An extraction of a text of our own, before any reader ran. */
function extraction(text = '') {
  return new Extraction(new VFile({path: 'sources/own.txt', value: text}), grammarOf(kinds), [])
}

const [firstKind, secondKind] = Object.keys(kinds) as [string, string]
const party = (name: string, offset: number): PartyDraft => ({name, aliases: [], country: null, kind: null, start: 0, suspicious: false, offset, rule: 'founding'})

describe('findings applied', () => {
  it('name a record by any of its names, make one where none is known, and keep every finding in order', () => {
    const state = extraction()
    const made = state.apply({type: 'record', kind: firstKind, name: '甲乙', aliases: ['Alpha'], offset: 3, rule: 'copula', description: '说明。'})
    expect(state.apply({type: 'record', kind: firstKind, name: 'alpha', aliases: [], offset: 9, rule: 'mention', description: '别的。'})).toBe(made)
    expect(made).toMatchObject({name: '甲乙', aliases: ['Alpha'], offset: 3, rule: 'copula', description: '说明。', entry: false})
    // of its own kind only: a row of a table names another record where the known one is of another kind
    const row = state.apply({type: 'record', kind: secondKind, name: '甲乙', aliases: [], offset: 20, rule: 'table', entry: true, known: 'same-kind'})
    expect(row).not.toBe(made)
    expect(row).toMatchObject({kind: secondKind, entry: true, rule: 'table'})
    // an entry's heading is always a record of its own
    expect(state.apply({type: 'record', kind: firstKind, name: '甲乙', aliases: [], offset: 30, rule: 'entry', entry: true, known: 'none'})).not.toBe(made)
    expect(state.book.records).toHaveLength(3)
    expect(state.findings.map((finding) => finding.type)).toEqual(['record', 'record', 'record', 'record'])
  })

  it('find a member of a family by its name alone (Vega for Nova Vega) while the family is a record of its own, and no more once the member is withdrawn', () => {
    const state = extraction()
    const member = state.apply({type: 'record', kind: firstKind, name: 'Nova Vega', aliases: [], offset: 9, rule: 'copula'})
    expect(state.book.find('Vega')).toBeUndefined()
    state.apply({type: 'record', kind: firstKind, name: 'Nova', aliases: [], offset: 1, rule: 'copula'})
    expect(state.book.find('Vega')).toBe(member)
    expect(state.apply({type: 'record', kind: firstKind, name: 'Vega', aliases: [], offset: 20, rule: 'subject-made'})).toBe(member)
    state.apply({type: 'withdrawn', record: member})
    expect(state.book.find('Vega')).toBeUndefined()
  })

  it('keep the first start, unless a later one tells the same date more exactly', () => {
    const state = extraction()
    const record = state.apply({type: 'record', kind: firstKind, name: '丙丁', aliases: [], offset: 0, rule: 'copula'})
    state.apply({type: 'start', record, date: '2016', offset: 5, rule: 'founding'})
    state.apply({type: 'start', record, date: '2017-02', offset: 8, rule: 'makers', moreExact: true})
    expect([record.started, record.placed.started, record.placed.rules.started]).toEqual(['2016', 5, 'founding'])
    state.apply({type: 'start', record, date: '2016-05-31', offset: 12, rule: 'table', moreExact: true})
    expect([record.started, record.placed.started, record.placed.rules.started]).toEqual(['2016-05-31', 12, 'table'])
    state.apply({type: 'start', record, date: '2016-05-31', offset: 40, rule: 'pending-start'})
    expect(record.placed.started).toBe(12)
  })

  it('keep a base once, where the text first gives it, and an origin once', () => {
    const state = extraction()
    const record = state.apply({type: 'record', kind: firstKind, name: '丙丁', aliases: [], offset: 0, rule: 'copula'})
    state.apply({type: 'base', record, name: 'Nova', offset: 4, rule: 'basis'})
    state.apply({type: 'base', record, name: 'Nova', offset: 9, rule: 'founding'})
    state.apply({type: 'origin', record, origin: 'domestic', offset: 2, rule: 'origin'})
    state.apply({type: 'origin', record, origin: 'international', offset: 7, rule: 'origin'})
    expect([record.basedOn, record.placed.basedOn, record.placed.rules['basedOn Nova']]).toEqual([['Nova'], {Nova: 4}, 'basis'])
    expect([record.origin, record.placed.origin]).toEqual(['domestic', 2])
  })

  it('describe a record once, or add an entry’s paragraphs to its text', () => {
    const state = extraction()
    const record = state.apply({type: 'record', kind: firstKind, name: '丙丁', aliases: [], offset: 0, rule: 'entry', entry: true, known: 'none'})
    state.apply({type: 'description', record, text: '第一段。', how: 'unless-described'})
    state.apply({type: 'description', record, text: '不取。', how: 'unless-described'})
    state.apply({type: 'description', record, text: '第二段。', how: 'append'})
    expect(record.description).toBe('第一段。\n第二段。')
  })

  it('withdraw a record no longer found by any name, and gather a candidate’s mentions under its first kind and reason', () => {
    const state = extraction()
    const record = state.apply({type: 'record', kind: firstKind, name: '溪流', aliases: ['Brook'], offset: 6, rule: 'set-apart'})
    state.apply({type: 'party', record, role: 'leads', party: party('甲公司', 1)})
    state.apply({type: 'withdrawn', record})
    expect(state.book.records).toEqual([])
    expect(state.book.findAny('溪流', ['Brook'])).toBeUndefined()
    state.apply({type: 'candidate', name: '溪流', kind: null, offset: 6, why: 'first'})
    state.apply({type: 'candidate', name: '溪 流', kind: secondKind, offset: 30, why: 'second'})
    state.apply({type: 'candidate', name: '溪流', kind: firstKind, offset: 6, why: 'third'})
    expect([...state.candidates.values()]).toEqual([{name: '溪流', kind: secondKind, why: 'first', offsets: [6, 30]}])
  })
})

describe('readers', () => {
  it('change records only through findings: a sentence leaves each fact it read as a finding with its rule', () => {
    const text = '星河联盟由甲科技于 2019 年 5 月发起成立，目前成员已超过 30 家。'
    const state = extraction(text)
    const paragraph = passage({type: 'paragraph', children: [{type: 'text', value: text}], position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: text.length + 1, offset: text.length}}})
    readSentence(state, paragraph, {start: 0, end: text.length}, null)
    const read = state.findings.map((finding) => [finding.type, 'rule' in finding ? finding.rule : 'party' in finding ? finding.party.rule : null])
    expect(read).toEqual([
      ['record', 'subject-made'],
      ['description', null],
      ['party', 'founding'],
      ['start', 'founding'],
      ['count', 'count']
    ])
    expect(state.book.records.map((record) => [record.name, record.leads.map((lead) => lead.name), record.started, record.memberCount?.value])).toEqual([['星河联盟', ['甲科技'], '2019-05', 30]])
  })

  it('of pipeline/extract/ write no field of a record and call no changing method of the book: record-book.ts applies findings', () => {
    const folder = path.join(import.meta.dirname, '../../pipeline/extract')
    const writes = /\.(leads|joiners|events|basedOn|aliases)\.(push|splice|pop|shift|unshift)\(|\.(started|memberCount|origin|description|kind|name|offset|rule|entry)\s*(\?\?|\|\||&&)?=(?!=)|\.placed\.|\.(create|adopt|addAlias|remove)\(/u
    const found = readdirSync(folder)
      .filter((file) => file.endsWith('.ts') && file !== 'record-book.ts')
      .flatMap((file) => readFileSync(path.join(folder, file), 'utf8').split('\n').map((line, index) => ({file, line: index + 1, code: line})))
      .filter(({code}) => !/^\s*(\*|\/\/|\/\*)/u.test(code) && writes.test(code))
      .filter(({file, code}) => !(file === 'to-records.ts' && /draft\.placed\./u.test(code)))
    expect(found).toEqual([])
  })
})
