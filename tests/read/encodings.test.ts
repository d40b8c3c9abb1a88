import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import {processSource} from '../../pipeline/build/process-source.ts'
import {decode} from '../../pipeline/read/decode-text.ts'
import {root} from '../helpers/cli.ts'
import {temporaryFolder} from '../helpers/temporary.ts'

const seed = await readFile(path.join(root, 'sources/iot-blockchain-whitepaper.txt'), 'utf8')

/** The seed as bytes in one encoding or line-end style. */
const saved: Record<string, [string, Uint8Array]> = {
  'UTF-8 with BOM': ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed)])],
  'UTF-16 LE with BOM': ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')])],
  'UTF-16 BE with BOM': ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(seed, 'utf16le').swap16()])],
  GB18030: ['gb18030', iconv.encode(seed, 'gb18030')],
  GBK: ['gb18030', iconv.encode(seed, 'gbk')],
  'CRLF line ends': ['utf-8', Buffer.from(seed.replace(/\n/g, '\r\n'))],
  'lone CR line ends': ['utf-8', Buffer.from(seed.replace(/\n/g, '\r'))]
}

/** The seed's bytes processed as the build processes a source. */
async function records(bytes: Uint8Array) {
  const folder = await temporaryFolder('encoding-')
  await mkdir(path.join(folder, 'sources'))
  await writeFile(path.join(folder, 'sources/iot-blockchain-whitepaper.txt'), bytes)
  return processSource(path.join(folder, 'sources/iot-blockchain-whitepaper.txt'), folder)
}

describe('encodings', () => {
  it('are told apart by the bytes', () => {
    for (const [name, [encoding, bytes]] of Object.entries(saved)) {
      const decoded = decode(bytes)
      expect('encoding' in decoded && decoded.encoding, name).toBe(encoding)
    }
  })

  it('give the same records, positions and Markdown as the UTF-8 original', async () => {
    const original = await records(Buffer.from(seed))
    for (const [name, [encoding, bytes]] of Object.entries(saved)) {
      const result = await records(bytes)
      expect(result.encoding, name).toBe(encoding)
      expect(result.dataset, name).toEqual(original.dataset)
      expect(result.positions, name).toEqual(original.positions)
      expect(result.markdown, name).toBe(original.markdown)
      expect(result.sha256, name).not.toBe(original.sha256)
    }
  })
})
