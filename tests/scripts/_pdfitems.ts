import {readFile} from 'node:fs/promises'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
const doc = await getDocument({data: new Uint8Array(await readFile(process.argv[2]!)), verbosity: 0}).promise
const page = await doc.getPage(Number(process.argv[3]))
const content = await page.getTextContent()
for (const it of content.items) if ('str' in it) console.log(JSON.stringify([it.str, it.transform.map((n) => Math.round(n)), Math.round(it.width)]))
