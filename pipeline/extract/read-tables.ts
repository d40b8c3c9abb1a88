/**
 * Read tables: a table whose header names a column of names (\`平台\`,
 * \`联盟名称\`) gives a record per row, and the other columns its header
 * knows give the row's facts (\`开发者\`, \`发布时间\`, \`成员数量\`), each
 * placed at its cell. A table that a converter flattened keeps a row a line
 * (\`pdftotext -layout\`): after a caption that names a kind, a line of a
 * name of that kind, a date and organisations is a row.
 */
import {alternatives, clauseComma, colons, columnWords, dateSource, eventColumnWords, exampleColumnWords, fieldLabels, foundingVerbs, fullStop, itemSeparators, launchVerbs, nameFieldEnds, semicolons, tableCaptionNumber, onLanguage} from '../lexicon/language.ts'
import type {ColumnRole} from '../lexicon/zh/index.ts'
import type {Table, TableCell} from 'mdast'
import {type Passage, passage} from '../clean/passages.ts'
import {findDates} from './read-dates.ts'
import {readName} from './read-names.ts'
import {findCounts} from './read-numbers.ts'
import {eachAnOrganisation, readParties} from './read-parties.ts'
import {headKind, isSpecificName, kindOf, readsAsBase, readsAsProductName} from './decide-kind.ts'
import {maxPhraseAfterBasis, readPhraseBase} from './find-lists.ts'
import {type Extraction, type RecordDraft, squeeze} from './record-book.ts'
import {plainBase} from './read-clauses.ts'

interface Column {
  role: ColumnRole
  /** The kind a column of names says its rows are of (\`平台\`), if it says. */
  kind: string | null
}

/** The records of a table's rows, of the kind its header or its section gives. */
export function readTable(state: Extraction, table: Table, sectionKind: string | null): RecordDraft[] {
  const [header, ...rows] = table.children
  if (!header) return []
  const columns = header.children.map((cell) => columnOf(state, passage(cell).text))
  const nameColumn = columns.findIndex((column) => column?.role === 'name')
  if (nameColumn < 0) return []
  const kindColumn = columns.findIndex((column) => column?.role === 'kind')
  // \`项目\` heads a column of names and is a kind word: the rows' kind when other columns give their makers or starts
  // (else it is \`item\`) and none says what each row is
  const heading = passage(header.children[nameColumn]!).text.trim()
  const factColumns = columns.some((column) => column?.role === 'leads' || column?.role === 'started')
  const headingKind = factColumns && kindColumn < 0 && (columnWords.name as readonly string[]).includes(heading) ? (state.grammar.kinds.find(([, entry]) => entry.words.heads.includes(heading))?.[0] ?? null) : null
  // (not where a column says what each row is: a row it gives no kind of is none of ours)
  const verbKind = kindColumn >= 0 ? null : headingVerbKind(state, header.children.filter((_, index) => columns[index]?.role === 'leads' || columns[index]?.role === 'started').map((cell) => passage(cell).text))
  const read: RecordDraft[] = []
  for (const row of rows) {
    const cell = row.children[nameColumn]
    if (!cell) continue
    const text = passage(cell)
    // \`Wombat、Numbat\`: a cell that lists names is a record each
    for (const item of cellItems(text.text, state.grammar)) {
      const {name, aliases} = readName(item.text)
      // the kind its column's heading gives, its own words, what its row says it is (a kind word, or a head names set apart take), its section's,
      // the kind the verbs of its columns' headings make (\`开发者\`, \`发布时间\`: launched; \`发起单位\`: founded)
      const said = kindColumn < 0 || !row.children[kindColumn] ? '' : passage(row.children[kindColumn]!).text.trim()
      const kind = columns[nameColumn]!.kind ?? kindOf(name, state.grammar) ?? (said === '' ? null : headKind(said, state.grammar)) ?? sectionKind ?? headingKind ?? verbKind
      if (!kind || name === '' || !isSpecificName(name)) continue
      const record = rowRecord(state, kind, name, aliases, text.toSource(item.start), row.children.map((each) => passage(each).text).join(' | '))
      for (const [index, column] of columns.entries()) {
        const other = row.children[index]
        if (column && index !== nameColumn && other) readCell(state, record, column.role, other)
      }
      read.push(record)
    }
  }
  return read
}

/**
 * A table of no names whose columns are dates and events (\`时间\` | \`事件\`): each row as the sentence its date opens,
 * \`2016 年 5 月，星河联盟成立\`, its places those of the cells. None when the table is no such timeline.
 */
export function timelineRows(state: Extraction, table: Table): Passage[] {
  const [header, ...rows] = table.children
  if (!header) return []
  const headings = header.children.map((cell) => passage(cell).text.replace(/\s+/gu, ' ').trim())
  const columns = headings.map((heading) => columnOf(state, heading))
  if (columns.some((column) => column?.role === 'name')) return []
  const dateColumn = columns.findIndex((column) => column?.role === 'started')
  const eventColumn = headings.findIndex((heading, index) => eventColumnWords.includes(heading) || columns[index]?.role === 'description')
  if (dateColumn < 0 || eventColumn < 0) return []
  return rows.flatMap((row) => {
    const date = row.children[dateColumn]
    const event = row.children[eventColumn]
    return date && event ? [joined(passage(date), passage(event))] : []
  })
}

/** Two passages as one, a clause's comma between them (placed where the first ends). */
function joined(first: Passage, second: Passage): Passage {
  const head = first.text.trim()
  const glue = clauseComma
  return {
    text: `${head}${glue}${second.text.trim()}`,
    toSource(index) {
      if (index < head.length + glue.length) return first.toSource(first.text.indexOf(head) + Math.min(index, head.length))
      return second.toSource(second.text.length - second.text.trimStart().length + index - head.length - glue.length)
    }
  }
}

/** The names a cell lists, split at the pack's item separators, each with where it starts; the whole cell when it lists none. */
function cellItems(text: string, grammar?: Extraction['grammar']): Array<{text: string; start: number}> {
  const items: Array<{text: string; start: number}> = []
  let from = 0
  for (const separator of [...text.matchAll(cellSeparators), undefined]) {
    const to = separator ? separator.index : text.length
    const item = text.slice(from, to)
    if (item.trim() !== '') items.push({text: item.trim(), start: from + item.length - item.trimStart().length})
    from = separator ? separator.index + separator[0].length : text.length
  }
  // a name that holds a separator word (\`甲和乙联盟\`) is one name: only items that each read as names split the cell
  // (Latin ones, or, in a column of names, ones that end in a kind word or a head names are made with: \`Tessel、星桥链\`)
  const named = (item: string) => /^[A-Za-z]/u.test(item) || (grammar !== undefined && (kindOf(item, grammar) !== null || readsAsProductName(item)) && isSpecificName(item))
  return items.length > 1 && items.every((item) => named(item.text)) ? items : [{text, start: 0}]
}

/**
 * The kind the verbs in a table's column headings (or a record's field labels) say its rows are: launched (\`开发者\`,
 * \`发布时间\`) or founded (\`发起单位\`, \`成立时间\`); none when they say both or neither.
 */
export function headingVerbKind(state: Extraction, headings: readonly string[]): string | null {
  const launched = headings.some((heading) => launchVerbs.some((verb) => heading.includes(verb)))
  const founded = headings.some((heading) => foundingVerbs.some((verb) => heading.includes(verb)))
  if (launched === founded) return null
  const leads = launched ? 'developers' : 'founders'
  return state.grammar.kinds.find(([, entry]) => entry.leads === leads)?.[0] ?? null
}

/** The record a row names: the one of its kind the text named before, or a new one where the row stands, described by the row. */
function rowRecord(state: Extraction, kind: string, name: string, aliases: string[], offset: number, row: string): RecordDraft {
  const record = state.apply({type: 'record', kind, name, aliases, offset, rule: 'table', entry: true, known: 'same-kind'})
  state.apply({type: 'description', record, text: row, how: 'unless-described'})
  return record
}

/** What a column holds, from its heading. */
/** Longest column heading, in characters, read as a head names set apart take (\`框架\`, \`解决方案\`), not a phrase ending in one. */
const maxSetApartHeading = 4

function columnOf(state: Extraction, heading: string): Column | undefined {
  const words = heading.replace(/\s+/gu, ' ').trim()
  if (words === '') return undefined
  // (\`框架\`, \`系统\`: a head only names set apart take, alone, heads a column of such names)
  const kind = kindOf(words, state.grammar) ?? (words.length <= maxSetApartHeading ? state.grammar.setApartKind(words) : null)
  for (const role of Object.keys(columnWords) as ColumnRole[]) {
    const word = columnWords[role].find((each) => words === each || words.endsWith(each))
    if (!word) continue
    // \`联盟名称\`: the words before the name word give the kind
    // (\`代表项目\`: or a word that says they are examples of the kind the name word is a word of)
    const before = words.slice(0, words.length - word.length).trim()
    if (role === 'name') return {role, kind: kindOf(before, state.grammar) ?? (exampleColumnWords.includes(before) ? (state.grammar.kinds.find(([, entry]) => entry.words.heads.includes(word))?.[0] ?? null) : null)}
    return {role, kind: null}
  }
  return kind ? {role: 'name', kind} : undefined
}

/** One cell's fact, placed where the cell says it. */
function readCell(state: Extraction, record: RecordDraft, role: ColumnRole, cell: TableCell) {
  readValue(state, record, role, passage(cell))
}

/**
 * What a list item \`名称：值\` under a record's heading is, by its label: the role of a table's column of that heading
 * (\`发起方\`: makers), \`'field'\` for a field that gives no fact read here (\`项目主页\`), nothing when it is no field.
 */
export function fieldRole(state: Extraction, label: string): ColumnRole | 'field' | undefined {
  const words = label.replace(/\s+/gu, ' ').trim()
  if ((fieldLabels as readonly string[]).includes(words)) return 'field'
  const column = columnOf(state, words)
  // a kind word alone (\`平台：Nova\`) heads a column of names, but labels no field of one record; a name word does,
  // after the words of what it names too (\`项目名称：…\`)
  if (!column || (column.role === 'name' && !(columnWords.name as readonly string[]).includes(words) && !nameFieldEnds.some((word) => words.endsWith(word)))) return undefined
  return column.role
}

/** A value's fact for a record, by the role of its column or field, placed where the value says it. */
export function readValue(state: Extraction, record: RecordDraft, role: ColumnRole | 'field', text: Passage, rule = 'table') {
  if (text.text.trim() === '') return
  if (role === 'leads' || role === 'joiners') {
    // (\`甲银行、乙证券 60 余家\`: a count of members may close the cell, after its organisations)
    const count = trailingCount(text.text)
    for (const party of readParties(count ? text.text.slice(0, count.start) : text.text)) state.apply({type: 'party', record, role, party: state.locate(text, party.start, party, rule)})
    if (count && record.memberCount === null) state.apply({type: 'count', record, count: {value: count.value, qualifier: count.qualifier, asOf: null, text: text.text.slice(count.start, count.end).trim()}, offset: text.toSource(count.start), rule})
  } else if (role === 'started') {
    // a column of dates may give a year alone: \`2021\`
    const year = /^\s*((?:19|20)\d{2})\s*$/u.exec(text.text)
    const [date] = findDates(text.text)
    const start = date ?? (year ? {date: year[1]!, start: year.index + year[0].indexOf(year[1]!)} : undefined)
    if (start) state.apply({type: 'start', record, date: start.date, offset: text.toSource(start.start), rule, moreExact: true})
  } else if (role === 'basedOn') {
    // each name the cell lists, unless it is a word of the trade (\`PBFT\`) or a technology in general (\`联盟链\`)
    // (without the words that describe it: \`自主研发的南屿链\`)
    for (const item of cellItems(text.text)) {
      const {name: base, start} = plainBase(item.text)
      if (base !== '' && squeeze(base) !== squeeze(record.name) && readsAsBase(base)) {
        state.apply({type: 'base', record, name: base, offset: text.toSource(item.start + start), rule})
      }
    }
  } else if (role === 'description') {
    // (\`基于 Halcyon 的隐私计算平台\`: the phrase that describes the row says what it is built on)
    readPhraseBase(state, text, record, text.text, 0, maxPhraseAfterBasis)
  } else if (role === 'memberCount' && record.memberCount === null) {
    const [count] = findCounts(text.text)
    const plain = /^\s*(\d{1,9})\s*$/u.exec(text.text)
    const value = count ?? (plain ? {value: Number(plain[1]), qualifier: 'exact' as const, start: plain.index + plain[0].indexOf(plain[1]!), end: plain.index + plain[0].trimEnd().length} : undefined)
    if (!value) return
    const memberCount = {value: value.value, qualifier: value.qualifier, asOf: null, text: text.text.slice(value.start, value.end).trim()}
    state.apply({type: 'count', record, count: memberCount, offset: text.toSource(value.start), rule})
  }
}

/** A count that closes a text of organisations, after a space (\`甲银行、乙证券 60 余家\`): the members counted. */
function trailingCount(text: string) {
  return findCounts(text).find((each) => text.slice(each.end).trim() === '' && /\s/u.test(text.slice(Math.max(0, each.start - 1), each.start + 1)))
}

/**
 * What a table's caption says of its rows: the kind it names (\`表 2-1 国内主要区块链联盟\`), or null when it
 * names none (\`表 2-1 部分产业组织\`: each row's name gives its own); undefined when it is no table's caption.
 */
export function captionKind(state: Extraction, caption: string): {kind: string | null} | undefined {
  const number = tableCaptionNumber.exec(caption)
  return number ? {kind: kindOf(caption.slice(number[0].length).trim(), state.grammar)} : undefined
}

/** What a cell of a name, or of the organisations, does not hold: the marks that end a clause. */
let partyStops: string
let nameStops: string

/** \`星河金融联盟      2016 年 5 月 甲银行、乙证券\`: a name of the kind, a date, and the organisations that started it. */
let flatRow: RegExp
/** \`链上星城 星城大数据集团 2020 年\`: a name in one word, the organisations that run it, and its date. */
let makersFirstRow: RegExp
/** What separates the names a cell lists: the pack's item separators. */
let cellSeparators: RegExp

// compiled from the language pack in use, and again whenever another comes into use
onLanguage(() => {
  partyStops = `${fullStop}${semicolons[0]}${colons[0]}`
  nameStops = `${clauseComma}${partyStops}`
  cellSeparators = new RegExp(alternatives(itemSeparators), 'gu')
  flatRow = new RegExp(`^(?<name>[^${nameStops}\\s](?:[^${nameStops}]{0,38}?[^${nameStops}\\s])?)\\s+(?<date>${dateSource})\\s*(?<parties>[^${partyStops}]*)$`, 'du')
  makersFirstRow = new RegExp(`^(?<name>[^${nameStops}\\s]{2,20})\\s+(?<parties>[^${partyStops}\\d]{2,80}?)\\s+(?<date>${dateSource})\\s*$`, 'du')
})

/** A flattened row after a table's caption, as the record of the caption's kind it names (of the kind its name gives when the caption names none); undefined if it reads as no row. */
export function readFlatRow(state: Extraction, text: Passage, captioned: string | null): RecordDraft | undefined {
  const dateFirst = flatRow.exec(text.text.trim())
  const named = dateFirst ? readName(dateFirst.groups!.name!) : undefined
  const ownKind = named ? kindOf(named.name, state.grammar) : null
  // (\`链上星城 星城大数据集团 2020 年\` after a caption of platforms: a name with no kind word, of the caption's kind when
  // organisations, each read as one, and a date follow it)
  const makersFirst = ownKind === null && captioned !== null ? makersFirstRow.exec(text.text.trim()) : null
  const row = makersFirst !== null && eachAnOrganisation(makersFirst.groups!.parties!) ? makersFirst : ownKind === null ? null : dateFirst
  if (!row) return undefined
  const offset = text.text.length - text.text.trimStart().length
  const {name, aliases} = readName(row.groups!.name!)
  const kind = row === makersFirst ? captioned : ownKind
  if (kind === null || (captioned !== null && kind !== captioned) || !isSpecificName(name)) return undefined
  // \`甲银行、乙证券 60 余家\`: a count of members may close the row, after its organisations
  const partiesText = row.groups!.parties!
  const count = trailingCount(partiesText)
  const parties = readParties(count ? partiesText.slice(0, count.start) : partiesText)
  const record = rowRecord(state, kind, name, aliases, text.toSource(offset + row.indices!.groups!.name![0]), text.text.trim())
  if (count) {
    const at = offset + row.indices!.groups!.parties![0] + count.start
    state.apply({type: 'count', record, count: {value: count.value, qualifier: count.qualifier, asOf: null, text: partiesText.slice(count.start, count.end).trim()}, offset: text.toSource(at), rule: 'flat-row'})
  }
  const [date] = findDates(row.groups!.date!)
  if (date) state.apply({type: 'start', record, date: date.date, offset: text.toSource(offset + row.indices!.groups!.date![0]), rule: 'flat-row'})
  const [partiesAt] = row.indices!.groups!.parties!
  for (const party of parties) state.apply({type: 'party', record, role: 'leads', party: state.locate(text, offset + partiesAt + party.start, party, 'flat-row')})
  return record
}
