// @ts-check
// `node tests/bench/remark-alone.mjs PATH...`: parse each file (or each file
// of each folder) with remark-parse and nothing else, as a whole process: what
// the bench sets a build's whole process beside.
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const parser = unified().use(remarkParse)
for (const given of process.argv.slice(2)) {
  const files = statSync(given).isDirectory() ? readdirSync(given).sort().map((name) => path.join(given, name)) : [given]
  for (const file of files) parser.parse(readFileSync(file, 'utf8'))
}
