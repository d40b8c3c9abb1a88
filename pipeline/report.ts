import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/**
 * Messages one per line, `sources/x.txt:LINE:COLUMN: severity: reason [rule-id]`,
 * the form editors and CI annotate from; a message's cause and note follow indented.
 */
export function report(files: readonly VFile[]): string {
  const lines: string[] = []
  for (const file of files) {
    for (const message of [...file.messages].sort(byPlace)) {
      lines.push(`${file.path}:${message.line ?? 1}:${message.column ?? 1}: ${severity(message)}: ${message.reason} [${message.ruleId ?? 'unknown'}]`)
      const cause = message.cause as VFileMessage | undefined
      if (cause?.reason) lines.push(`  ${file.path}:${cause.line ?? 1}:${cause.column ?? 1}: ${cause.reason}`)
      if (message.note) lines.push(`  ${message.note}`)
    }
  }
  return lines.join('\n')
}

function severity(message: VFileMessage): string {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}
