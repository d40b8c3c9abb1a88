import {parseArgs} from 'node:util'
import {build} from './build.ts'
import {report} from './report.ts'
import {summarizeBuild} from './summarize-build.ts'

const usage = 'Usage: npm run build -- [PATH...] [--out DIR] [--check]'

async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {out: {type: 'string', default: 'out'}, check: {type: 'boolean', default: false}, help: {type: 'boolean'}}
    })
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`)
    return 2
  }
  if (parsed.values.help) {
    process.stdout.write(`${usage}\n`)
    return 0
  }
  const inputs = parsed.positionals.length > 0 ? parsed.positionals : ['sources']
  const result = await build({inputs, outDir: parsed.values.out, check: parsed.values.check, cwd: process.cwd()})
  const messages = report(result.files)
  if (messages) process.stderr.write(`${messages}\n`)
  if (parsed.values.check) {
    if (result.differing.length > 0) {
      process.stderr.write(`${parsed.values.out}/ is not what a build writes; these files differ:\n`)
      for (const file of result.differing) process.stderr.write(`  ${file}\n`)
      process.stderr.write('Run `npm run build` and commit the result.\n')
    } else if (result.code === 0) {
      process.stdout.write(`${parsed.values.out}/ is up to date (${result.outputs.size} files).\n`)
    }
  } else if (result.code === 0 && result.dataset) {
    process.stdout.write(summarizeBuild(result.files, parsed.values.out, result.dataset, result.changes))
  } else {
    process.stderr.write(`Build failed: ${parsed.values.out}/ was left as it was.\n`)
  }
  return result.code
}

process.exitCode = await main(process.argv.slice(2))
