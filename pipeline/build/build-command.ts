import {parseArgs} from 'node:util'
import {build} from './build.ts'
import {report} from '../write/report.ts'
import {summarizeBuild} from './summarize-build.ts'

const usage = 'Usage: npm run build -- [PATH...] [--out DIR] [--corrections DIR] [--check] [--verbose] [--no-cache] [--workers N] [--memory-limit MB] [--known none|FILE]'

/** Where a command writes, and the folder it runs in: the process's own, or a test's. */
export interface CommandIo {
  cwd: string
  stdout: {write(text: string): unknown}
  stderr: {write(text: string): unknown; isTTY?: boolean}
}

/** `npm run build`: its arguments in, its exit code out (0 built, 1 failed, 2 usage). */
export async function buildCommand(argv: string[], io: CommandIo): Promise<number> {
  const {stdout, stderr} = io
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: {type: 'string', default: 'out'},
        check: {type: 'boolean', default: false},
        'no-cache': {type: 'boolean', default: false},
        corrections: {type: 'string'},
        workers: {type: 'string'},
        'memory-limit': {type: 'string'},
        known: {type: 'string'},
        verbose: {type: 'boolean', default: false},
        help: {type: 'boolean'}
      }
    })
  } catch (error) {
    stderr.write(`${(error as Error).message}\n${usage}\n`)
    return 2
  }
  if (parsed.values.help) {
    stdout.write(`${usage}\n`)
    return 0
  }
  const workers = parsed.values.workers === undefined ? undefined : Number(parsed.values.workers)
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
    stderr.write(`--workers takes a whole number, not ${parsed.values.workers}\n${usage}\n`)
    return 2
  }
  const memoryLimit = parsed.values['memory-limit'] === undefined ? undefined : Number(parsed.values['memory-limit'])
  if (memoryLimit !== undefined && !(Number.isInteger(memoryLimit) && memoryLimit >= 16)) {
    stderr.write(`--memory-limit takes a whole number of megabytes, at least 16, not ${parsed.values['memory-limit']}\n${usage}\n`)
    return 2
  }
  const known = parsed.values.known
  if (known === '') {
    stderr.write(`--known takes \`none\` (read without any list of known names) or the path of a list (known-entities.yaml)\n${usage}\n`)
    return 2
  }
  const inputs = parsed.positionals.length > 0 ? parsed.positionals : ['sources']
  const progress = progressLine(stderr)
  let result
  try {
    result = await build({
      inputs,
      outDir: parsed.values.out,
      check: parsed.values.check,
      cwd: io.cwd,
      cache: !parsed.values['no-cache'],
      corrections: parsed.values.corrections,
      workers,
      memoryLimit,
      known: known !== 'none',
      ...(known !== undefined && known !== 'none' && known !== 'default' ? {knownFile: known} : {}),
      onProgress: progress.update
    })
  } catch (error) {
    // the build says what goes wrong as messages; what it did not foresee is still one line, not a stack trace
    progress.clear()
    const {code, syscall, path} = error as NodeJS.ErrnoException
    const what = syscall ? `${code ?? syscall}${path ? ` at ${path}` : ''}` : error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    stderr.write(`${inputs.join(' ')}:1:1: error: Unexpected failure of the build (${what}), expected it to finish; ${parsed.values.out}/ was left as it was [internal-error]\n`)
    if (parsed.values.verbose && error instanceof Error && error.stack) stderr.write(`${error.stack.replace(/^/gm, '  ')}\n`)
    return 1
  }
  progress.clear()
  if (result.refused) {
    stderr.write(`${result.refused}\n`)
    return result.code
  }
  const messages = report(result.files, {verbose: parsed.values.verbose})
  if (messages) stderr.write(`${messages}\n`)
  if (parsed.values.check) {
    if (result.differing.length > 0) {
      stderr.write(`${parsed.values.out}/ is not what a build writes; these files differ:\n`)
      for (const file of result.differing) stderr.write(`  ${file}\n`)
      stderr.write('Run `npm run build` and commit the result.\n')
    } else if (result.code === 0) {
      stdout.write(`${parsed.values.out}/ is up to date (${result.outputCount} files).\n`)
    }
  } else if (result.code === 0 && result.upToDate) {
    stdout.write(`${parsed.values.out}/ is up to date: no source changed since it was built (${result.files.length} sources).\n`)
  } else if (result.code === 0 && result.dataset) {
    stdout.write(summarizeBuild(result.files, parsed.values.out, result.dataset, result.changes))
  } else {
    stderr.write(`Build failed: ${parsed.values.out}/ was left as it was.\n`)
  }
  return result.code
}

/** `files done / total, MB/s` on one line of a terminal, for builds that take over a second; nothing when output is not a terminal. */
function progressLine(stderr: CommandIo['stderr']) {
  const started = Date.now()
  /** When the line was last written; 0 before it first was. */
  let lastShown = 0
  return {
    update(done: number, total: number, bytes: number) {
      const now = Date.now()
      const seconds = (now - started) / 1000
      // ten times a second at most: a terminal write per source would cost more than small sources take
      if (!stderr.isTTY || seconds < 1 || (now - lastShown < 100 && done < total)) return
      lastShown = now
      stderr.write(`\r${done} / ${total} sources, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s `)
    },
    clear() {
      if (lastShown > 0) stderr.write('\r\x1b[K')
    }
  }
}

