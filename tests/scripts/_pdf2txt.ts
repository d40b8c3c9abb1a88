import {readFile, writeFile} from 'node:fs/promises'
import {readPdf} from '../../pipeline/read/read-pdf.ts'
const t0 = performance.now()
const result = await readPdf(new Uint8Array(await readFile(process.argv[2]!)))
if ('ruleId' in result) console.log(result)
else { await writeFile(process.argv[3]!, result.text); console.log('lines', result.lines.length, 'blank', result.blankPages, 'ms', Math.round(performance.now() - t0)) }
