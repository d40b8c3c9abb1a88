import {parseArgs} from 'node:util'
import type {CommandIo} from '../build/build-command.ts'
import {compareDatasets, factsChanged, type Snapshot} from './compare-datasets.ts'
import {type Format, formatChanges} from './format-changes.ts'
import {loadSnapshot, SnapshotError} from './load-snapshot.ts'

const usage = `Usage: npm run diff -- OLD [NEW] [--format text|md|json]
  OLD, NEW: a dataset.json, an output folder, or a git revision (its out/); NEW defaults to out/
  Exit: 0 no fact changed, 1 facts changed, 2 a usage error or an input that is not a dataset`
const formats: readonly Format[] = ['text', 'md', 'json']

/** `npm run diff`: its arguments in, its exit code out. 1 means facts changed, and nothing else. */
export async function diffCommand(argv: string[], io: CommandIo): Promise<number> {
  const {stdout, stderr} = io
  const refuse = (reason: string) => {
    stderr.write(`${reason}\n${usage}\n`)
    return 2
  }
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {format: {type: 'string', default: 'text'}, help: {type: 'boolean', default: false}}
    })
  } catch (error) {
    return refuse((error as Error).message)
  }
  if (parsed.values.help) {
    stdout.write(`${usage}\n`)
    return 0
  }
  const format = parsed.values.format as Format
  if (!formats.includes(format)) return refuse(`--format ${JSON.stringify(parsed.values.format)}: expected one of ${formats.join(', ')}`)
  const [old, now = 'out', ...rest] = parsed.positionals
  if (!old) return refuse('missing OLD: name the dataset to compare with')
  if (rest.length > 0) return refuse(`unexpected ${rest.map((item) => JSON.stringify(item)).join(' ')}: at most OLD and NEW`)
  let before: Snapshot
  let after: Snapshot
  try {
    before = await loadSnapshot(old, io.cwd)
    after = await loadSnapshot(now, io.cwd)
  } catch (error) {
    if (error instanceof SnapshotError) return refuse(error.message)
    throw error
  }
  let changes
  try {
    changes = compareDatasets(before, after)
  } catch (error) {
    // a record of a shape the checks let through: still a bad input, never "facts changed"
    return refuse(`not comparable: ${old} and ${now} (${(error as Error).message})`)
  }
  stdout.write(formatChanges(changes, format))
  return factsChanged(changes) ? 1 : 0
}
