import {parseArgs} from 'node:util'
import {compareDatasets, factsChanged, type Snapshot} from './compare-datasets.ts'
import {type Format, formatChanges} from './format-changes.ts'
import {loadSnapshot} from './load-snapshot.ts'

const usage = 'Usage: npm run diff -- OLD [NEW] [--format text|md|json]\n  OLD, NEW: a dataset.json, an output folder, or a git revision (its out/); NEW defaults to out/'

async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({args: argv, allowPositionals: true, options: {format: {type: 'string', default: 'text'}}})
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`)
    return 2
  }
  const format = parsed.values.format as Format
  const [old, now = 'out', ...rest] = parsed.positionals
  if (!old || rest.length > 0 || !['text', 'md', 'json'].includes(format)) {
    process.stderr.write(`${usage}\n`)
    return 2
  }
  let before: Snapshot
  let after: Snapshot
  try {
    before = await loadSnapshot(old, process.cwd())
    after = await loadSnapshot(now, process.cwd())
  } catch (error) {
    process.stderr.write(`Cannot read a dataset: ${(error as Error).message.split('\n')[0]}\n${usage}\n`)
    return 2
  }
  const changes = compareDatasets(before, after)
  process.stdout.write(formatChanges(changes, format))
  return factsChanged(changes) ? 1 : 0
}

process.exitCode = await main(process.argv.slice(2))
