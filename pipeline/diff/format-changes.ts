import type {Changes, Place, RecordChange} from './compare-datasets.ts'

export type Format = 'text' | 'md' | 'json'

/** Changes as readable text, as Markdown for a pull-request comment, or as JSON for scripts. */
export function formatChanges(changes: Changes, format: Format): string {
  if (format === 'json') return `${JSON.stringify(changes, null, 2)}\n`
  const markdown = format === 'md'
  const lines: string[] = []
  const section = (title: string, records: RecordChange[], describe: (change: RecordChange) => string[]) => {
    if (records.length === 0) return
    lines.push(markdown ? `### ${title} (${records.length})` : `${title} (${records.length}):`)
    if (markdown) lines.push('')
    for (const change of records) lines.push(...describe(change))
    lines.push('')
  }
  const label = (change: RecordChange) =>
    change.kind === 'relations' ? `relation ${code(change.id, markdown)}` : `${change.kind.replace(/s$/, '')} ${code(change.id, markdown)} ${code(change.name, markdown)}`
  const item = (text: string, depth = 0) => `${'  '.repeat(depth)}${markdown ? '- ' : depth === 0 ? '  ' : '  '}${text}`

  if (markdown) lines.push('## Changes in the facts', '')
  section('Added', changes.added, (change) => [item(`${label(change)} at ${where(change.new)}`)])
  section('Removed', changes.removed, (change) => [item(`${label(change)}, was at ${where(change.old)}`)])
  section('Renamed', changes.renamed ?? [], (change) => [
    item(`${label(change)}, was ${code(change.was!.id, markdown)} ${code(change.was!.name, markdown)}, at ${moved(change)}`),
    ...change.fields.filter((field) => field.field !== 'name' && field.field !== 'aliases').map((field) => item(`${field.field}: ${code(JSON.stringify(field.old), markdown)} → ${code(JSON.stringify(field.new), markdown)}`, 1))
  ])
  section('Changed', changes.changed, (change) => [
    item(`${label(change)} at ${moved(change)}`),
    ...change.fields.map((field) => item(`${field.field}: ${code(JSON.stringify(field.old), markdown)} → ${code(JSON.stringify(field.new), markdown)}`, 1))
  ])
  // last among the facts: what curators decided, apart from what the text changed
  section('By corrections', changes.corrected ?? [], (change) => [
    item(`${label(change)}: ${change.new === null ? `removed, was at ${where(change.old)}` : change.old === null ? `added at ${where(change.new)}` : `${change.was ? `was ${code(change.was.name, markdown)}, ` : ''}at ${moved(change)}`}`),
    ...change.fields.filter((field) => field.field !== 'corrected').map((field) => item(`${field.field}: ${code(JSON.stringify(field.old), markdown)} → ${code(JSON.stringify(field.new), markdown)}`, 1))
  ])
  section('Reworded, same facts', changes.reworded, (change) => [item(`${label(change)}: ${change.reworded.join(', ')}`)])
  section('Moved only', changes.moved, (change) => [
    item(`${label(change)}: ${moved(change)}${change.movedFacts ? `; facts now read elsewhere: ${change.movedFacts.map((pointer) => code(pointer, markdown)).join(', ')}` : ''}`)
  ])
  if (lines.length === (markdown ? 2 : 0)) lines.push('No change in the facts.')
  return `${lines.join('\n').trimEnd()}\n`
}

/** Where a record was and is: once when it stayed, both when it moved. */
function moved(change: RecordChange): string {
  const before = where(change.old)
  const after = where(change.new)
  return before === after ? after : `${before} → ${after}`
}

function where(place: Place | null): string {
  if (!place) return 'nowhere'
  const page = place.page === null ? '' : `, p. ${place.page}`
  const line = place.line === null ? '' : `:${place.line}:${place.column}`
  return `${place.source}${line}${page}`
}

/**
 * Text as a Markdown code span, which shows every character as written (no
 * HTML, no emphasis, no link): fenced by one backtick more than the longest
 * run inside it, padded when it starts or ends with one.
 */
function code(text: string, markdown: boolean): string {
  if (!markdown) return text
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text.replace(/[\r\n]+/g, ' ')}${pad}${fence}`
}
