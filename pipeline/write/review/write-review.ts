import {languageTag} from '../../lexicon/language.ts'
import {createHash} from 'node:crypto'
import type {Dataset, EntityRecord, Positions} from '../../../schemas/dataset.ts'
import {entriesOf, type KindEntry, kinds, placesOf, recordsOf, type Registry} from '../../dataset/kinds.ts'
import {sentences} from '../../clean/passages.ts'
import {script, styleFor} from './page-assets.ts'
import {SourceText, type SourceTextData} from '../../clean/source-text.ts'
import {type Highlight, placeHighlights, type Placed, placesBySource, valueAt} from './place-highlights.ts'

/** A message of a source, as the review pages show it. */
export interface ReviewMessage {
  reason: string
  line: number | undefined
  column: number | undefined
  ruleId: string | undefined
  /** True for an error, false for a warning, undefined for information. */
  fatal: boolean | null | undefined
  /** The file the message is about, when not the source itself (a corrections file). */
  file?: string
}

/** One source as its review page shows it. */
export interface ReviewSource extends SourceTextData {
  /** Path of the source, relative to the project. */
  path: string
  title: string | null
  messages: readonly ReviewMessage[]
  /** Corrections of this source that found nothing to apply to, each as the message said at its line. */
  stale: readonly ReviewMessage[]
  /** How many of this source's corrections were applied. */
  applied: number
}

/** A table's name as a heading says it. */
const tableName = (table: string) => (table === 'organizations' ? 'Organisations' : table.slice(0, 1).toUpperCase() + table.slice(1))

/**
 * The review pages: `review/index.html` and one page per source,
 * `review/sources/<id>.html`, each a single file with its style and script
 * inline, no request to anywhere (its Content-Security-Policy allows only
 * its own style and script, by hash), every text of a source escaped.
 */
export function writeReview(sources: readonly ReviewSource[], dataset: Dataset, positions: Positions, registry: Registry = kinds): Array<[string, string]> {
  const pages: Array<[string, string]> = []
  const summaries: string[] = []
  const entries = entriesOf(registry)
  const tables = entries.map((entry) => entry.table)
  const style = styleFor(tables)
  const places = placesBySource(dataset, positions, registry)
  // every record by its id, in the registry's order then the dataset's: what a page shows, in that order
  const byId = new Map<string, Array<{entry: KindEntry; record: AnyRecord; order: number}>>()
  let order = 0
  for (const entry of entries) {
    for (const record of recordsOf(dataset, entry)) byId.set(record.id, [...(byId.get(record.id) ?? []), {entry, record, order: order++}])
  }
  const organizations = new Map(dataset.organizations.map((organization, index) => [organization.id, {organization, order: index}]))
  const known = {byId, organizations}
  for (const source of sources) {
    const page = sourcePage(source, places.get(source.id) ?? [], known, positions, registry, style)
    pages.push([`review/sources/${source.id}.html`, page.html])
    summaries.push(indexRow(source, page.records, tables))
  }
  pages.unshift(['review/index.html', indexPage(summaries, tables, style)])
  return pages
}

type AnyRecord = EntityRecord

/** The dataset's records by id (each with its place in the order pages show them) and its organisations. */
interface KnownRecords {
  byId: ReadonlyMap<string, ReadonlyArray<{entry: KindEntry; record: AnyRecord; order: number}>>
  organizations: ReadonlyMap<string, {organization: Dataset['organizations'][number]; order: number}>
}

function sourcePage(source: ReviewSource, places: readonly Placed[], known: KnownRecords, positions: Positions, registry: Registry, style: string): {html: string; records: Record<string, number>} {
  const map = new SourceText(source)
  const entries = entriesOf(registry)
  const highlights = placeHighlights(map, places)
  const shown = new Set(highlights.map((highlight) => highlight.record))
  const records = [...shown].flatMap((id) => known.byId.get(id) ?? []).sort((a, b) => a.order - b.order)
  const organizations = [...shown].flatMap((id) => known.organizations.get(id) ?? []).sort((a, b) => a.order - b.order).map(({organization}) => organization)
  const data = {
    highlights: highlights.map(({record, pointer, value, corrected}) => ({record, pointer, value, corrected})),
    records: Object.fromEntries([
      ...records.map(({entry, record}) => [record.id, {name: record.name, table: tableName(entry.table)}]),
      ...organizations.map((organization) => [organization.id, {name: organization.name, table: tableName('organizations')}])
    ])
  }
  const depth = source.id.split('/').length
  const up = '../'.repeat(depth)
  const counts = Object.fromEntries(entries.map((entry) => [entry.table, records.filter((item) => item.entry === entry).length]))
  const boxes = [...entries.map((entry) => [entry.table, entry.table]), ['organizations', 'organisations']].map(([table, label]) => `<label><input type="checkbox" data-kind="${table}" checked> ${label}</label>`)
  const body = `<header><a href="${up}index.html">All sources</a><h1>${escape(source.title ?? source.id)}</h1><span>${escape(source.path)}</span>
${boxes.join('\n')}
<input id="search" type="search" placeholder="Search records and text"></header>
<main><article id="text">${renderText(source, highlights)}</article>
<aside><div id="detail">Click a record or a highlight.</div>${renderStale(source)}<div id="records">${renderRecords(entries, records, positions, source.id)}</div></aside></main>
<script type="application/json" id="data">${scriptJson(data)}</script>`
  return {html: document(`${source.title ?? source.id} · review`, body, style), records: {...counts, facts: highlights.filter((highlight) => highlight.pointer !== null).length}}
}

/** The cleaned text, block by block: every sentence a span, every highlight a mark, page markers and warnings where they fall. */
function renderText(source: ReviewSource, highlights: readonly Highlight[]): string {
  const byBlock = new Map<number, Array<[number, Highlight]>>()
  highlights.forEach((highlight, index) => byBlock.set(highlight.block, [...(byBlock.get(highlight.block) ?? []), [index, highlight]]))
  const warnings = placeMessages(source)
  const parts: string[] = []
  let page: string | undefined
  source.blocks.forEach((block, number) => {
    for (const message of warnings.get(number) ?? []) parts.push(renderMessage(message, 'warning'))
    const markers = new Map<number, string>()
    for (const [at, printed, physical] of block.pages) {
      const label = pageLabel(printed, physical)
      if (label !== page && label) markers.set(at, label)
      page = label
    }
    const inner = renderBlockText(block.text, byBlock.get(number) ?? [], markers, number)
    const role = block.role ? ` apart" data-role="${escape(block.role)}` : ''
    if (block.type === 'heading') parts.push(`<h${Math.min((block.depth ?? 1) + 1, 6)} class="b${role}">${inner}</h${Math.min((block.depth ?? 1) + 1, 6)}>`)
    else parts.push(`<p class="b${block.type === 'item' ? ' item' : ''}${role}">${inner}</p>`)
  })
  for (const message of warnings.get(-1) ?? []) parts.push(renderMessage(message, 'warning'))
  return parts.join('\n')
}

function pageLabel(printed: number | null, physical: number | null): string | undefined {
  if (printed === null && physical === null) return undefined
  return printed !== null && printed !== physical && physical !== null ? `page ${printed} (sheet ${physical})` : `page ${printed ?? physical}`
}

/** A block's text cut at every sentence, highlight and page boundary, each run marked with the highlights over it. */
function renderBlockText(text: string, highlights: ReadonlyArray<[number, Highlight]>, markers: ReadonlyMap<number, string>, block: number): string {
  const spans = sentences(text)
  // every character belongs to a sentence: the white space between two goes with the one before
  const cuts = spans.map((span, index) => ({start: index === 0 ? 0 : span.start, end: index === spans.length - 1 ? text.length : spans[index + 1]!.start}))
  if (cuts.length === 0) cuts.push({start: 0, end: text.length})
  const out: string[] = []
  cuts.forEach((cut, number) => {
    const bounds = new Set([cut.start, cut.end])
    for (const [, highlight] of highlights) {
      if (highlight.start > cut.start && highlight.start < cut.end) bounds.add(highlight.start)
      if (highlight.end > cut.start && highlight.end < cut.end) bounds.add(highlight.end)
    }
    for (const at of markers.keys()) if (at > cut.start && at < cut.end) bounds.add(at)
    const points = [...bounds].sort((a, b) => a - b)
    out.push(`<span class="s" id="s${block}-${number}">`)
    for (let index = 0; index + 1 < points.length; index++) {
      const from = points[index]!
      const to = points[index + 1]!
      const marker = markers.get(from)
      if (marker && (from > 0 || number === 0)) out.push(`<span class="pg">${escape(marker)}</span>`)
      const over = highlights.filter(([, highlight]) => highlight.start <= from && highlight.end >= to && highlight.end > highlight.start)
      const piece = escape(text.slice(from, to))
      if (over.length === 0) {
        out.push(piece)
        continue
      }
      const lead = over.find(([, highlight]) => highlight.table !== 'organizations') ?? over[0]!
      const classes = [`k-${lead[1].table}`, over.some(([, highlight]) => highlight.pointer !== null) ? 'fact' : 'mention', over.some(([, highlight]) => highlight.corrected) ? 'corrected' : '']
      out.push(`<mark class="${classes.filter(Boolean).join(' ')}" data-h="${over.map(([index]) => index).join(' ')}">${piece}</mark>`)
    }
    out.push('</span>')
  })
  return out.join('')
}

/** Each message of the source at the block its line falls in (the last block starting at or before it); -1 for none. */
function placeMessages(source: ReviewSource): Map<number, ReviewMessage[]> {
  const placed = new Map<number, ReviewMessage[]>()
  for (const message of source.messages) {
    if (message.file) continue
    let at = -1
    if (message.line !== undefined) {
      let best = -1
      source.blocks.forEach((block, number) => {
        if (block.line <= message.line! && (best < 0 || block.line > source.blocks[best]!.line)) best = number
      })
      at = best < 0 ? 0 : best
    }
    placed.set(at, [...(placed.get(at) ?? []), message])
  }
  return placed
}

function renderMessage(message: ReviewMessage, className: string): string {
  const where = message.line === undefined ? '' : `${message.file ? `${message.file}:` : 'line '}${message.line}${message.column === undefined ? '' : `:${message.column}`} `
  const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
  return `<div class="${className}">${escape(`${where}${severity}: ${message.reason}${message.ruleId ? ` [${message.ruleId}]` : ''}`)}</div>`
}

function renderStale(source: ReviewSource): string {
  if (source.stale.length === 0) return ''
  return `<section id="stale"><h3>Corrections that no longer apply</h3>${source.stale.map((message) => renderMessage(message, 'stale')).join('')}</section>`
}

/** The records the source names, with each fact: where it was read when in this source, the source it was read in when not. */
function renderRecords(entries: readonly KindEntry[], records: ReadonlyArray<{entry: KindEntry; record: AnyRecord}>, positions: Positions, sourceId: string): string {
  const out: string[] = []
  for (const entry of entries) {
    const table = entry.table
    const items = records.filter((item) => item.entry === entry)
    if (items.length === 0) continue
    out.push(`<h3>${tableName(table)} (${items.length})</h3><ul class="recs">`)
    for (const {record} of items) {
      const facts = placesOf(positions, entry)[record.id]?.facts ?? {}
      const corrected = new Set((record as {corrected?: string[]}).corrected ?? [])
      // facts in the order of the record's fields, then of their items
      const fields = Object.keys(record)
      const keyed = Object.entries(facts).map((fact) => ({fact, field: fields.indexOf(fact[0].split('/')[1] ?? ''), item: Number(fact[0].split('/')[2] ?? 0)}))
      const sorted = keyed.sort((a, b) => a.field - b.field || a.item - b.item).map(({fact}) => fact)
      const lines = sorted.map(([pointer, place]) => {
        const field = pointer.split('/')[1] ?? pointer
        const here = place.source === sourceId
        const classes = [here ? '' : 'elsewhere', corrected.has(pointer) ? 'corrected' : ''].filter(Boolean).join(' ')
        const where = here ? '' : ` (in ${place.source})`
        return `<li${here ? ` data-f="${escape(pointer)}"` : ''}${classes ? ` class="${classes}"` : ''}><span class="field">${escape(field)}</span>${escape(valueAt(record, pointer))}${escape(where)}</li>`
      })
      const names = [record.name, ...record.aliases].join(' ')
      const aka = record.aliases.length > 0 ? ` <span class="aka">(${escape(record.aliases.join(', '))})</span>` : ''
      const kindCorrected = corrected.has('') ? ' correction' : ''
      out.push(`<li class="rec k-${table}${kindCorrected}" data-r="${escape(record.id)}" data-names="${escape(names)}"><b>${escape(record.name)}</b>${aka}<ul class="facts">${lines.join('')}</ul></li>`)
    }
    out.push('</ul>')
  }
  return out.join('\n')
}

function indexRow(source: ReviewSource, counts: Record<string, number>, tables: readonly string[]): string {
  const warnings = source.messages.filter((message) => message.fatal === false).length
  const cells = [
    `<a href="sources/${escape(source.id)}.html">${escape(source.id)}</a>`,
    escape(source.title ?? ''),
    ...tables.map((table) => String(counts[table] ?? 0)),
    String(counts.facts ?? 0),
    String(warnings),
    `${source.applied} applied${source.stale.length > 0 ? `, ${source.stale.length} stale` : ''}`
  ]
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`
}

function indexPage(rows: readonly string[], tables: readonly string[], style: string): string {
  const head = ['source', 'title', ...tables, 'facts', 'warnings', 'corrections'].map((cell) => `<th>${cell}</th>`).join('')
  return document('Review', `<header><h1>Review: every fact where it was read</h1></header><div class="index"><table id="sources"><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table></div>`, style, false)
}

/** A whole page: its own style and script inline, allowed by hash and nothing else. */
function document(title: string, body: string, style: string, withScript = true): string {
  const policy = `default-src 'none'; style-src '${hash(style)}'; script-src ${withScript ? `'${hash(script)}'` : "'none'"}; img-src 'none'; base-uri 'none'; form-action 'none'`
  return `<!doctype html>
<html lang="${languageTag}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title><style>${style}</style></head>
<body>${body}${withScript ? `<script>${script}</script>` : ''}</body></html>
`
}

function hash(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`
}

/** Text as HTML: every character that could open markup or end an attribute written as a reference. */
export function escape(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => `&#${character.charCodeAt(0)};`)
}

/** Data inside a script element: no `<` can end the element or open a comment. */
function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</gu, '\\u003c').replace(/\u2028/gu, '\\u2028').replace(/\u2029/gu, '\\u2029')
}
