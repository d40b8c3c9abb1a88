import {readFile} from 'node:fs/promises'
import {readPdf} from '../../pipeline/read/read-pdf.ts'
for (const file of process.argv.slice(2)) {
  const result = await readPdf(new Uint8Array(await readFile(file)))
  console.log(file, 'ruleId' in result ? result : {text: JSON.stringify(result.text.slice(0, 80)), blank: result.blankPages})
}
