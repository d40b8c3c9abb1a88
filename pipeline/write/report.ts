import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {writeJson} from './write-json.ts'

/** Messages of one rule shown for one source before the rest are counted: a huge source must not flood the terminal. */
export const shownPerRule = 5

/**
 * Messages one per line, `sources/x.txt:LINE:COLUMN: severity: reason [rule-id]`,
 * the form editors and CI annotate from; a message's cause and note follow
 * indented. Past `shownPerRule` messages of one rule in one source, one line
 * counts the rest, unless `verbose`.
 */
export function report(files: readonly VFile[], options: {verbose?: boolean} = {}): string {
  const lines: string[] = []
  for (const file of files) {
    const shown = new Map<string, number>()
    const hidden = new Map<string, number>()
    for (const message of [...file.messages].sort(byPlace)) {
      const rule = message.ruleId ?? 'unknown'
      const count = (shown.get(rule) ?? 0) + 1
      shown.set(rule, count)
      if (!options.verbose && count > shownPerRule && message.fatal !== true) {
        hidden.set(rule, (hidden.get(rule) ?? 0) + 1)
        continue
      }
      lines.push(`${file.path}:${message.line ?? 1}:${message.column ?? 1}: ${severity(message)}: ${message.reason} [${rule}]`)
      const cause = message.cause as VFileMessage | undefined
      if (cause?.reason) lines.push(`  ${file.path}:${cause.line ?? 1}:${cause.column ?? 1}: ${cause.reason}`)
      if (message.note) lines.push(`  ${message.note}`)
      if (options.verbose && message.ruleId === 'internal-error' && message.stack) lines.push(message.stack.replace(/^/gm, '  '))
    }
    for (const [rule, count] of hidden) {
      lines.push(`${file.path}: … and ${count} more [${rule}] (--verbose shows them all; out/messages.json lists them)`)
    }
  }
  return lines.join('\n')
}

/** `messages.json`: every message of the build, in source order and by place, for a person or a script to read in full. */
export function messagesJson(files: readonly VFile[]): string {
  return writeJson(
    files.flatMap((file) =>
      [...file.messages].sort(byPlace).map((message) => {
        const cause = message.cause as VFileMessage | undefined
        return {
          file: file.path,
          line: message.line ?? 1,
          column: message.column ?? 1,
          severity: severity(message),
          ruleId: message.ruleId ?? 'unknown',
          reason: message.reason,
          note: message.note ?? null,
          cause: cause?.reason ? {line: cause.line ?? 1, column: cause.column ?? 1, reason: cause.reason} : null
        }
      })
    )
  )
}

function severity(message: VFileMessage): string {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}
