import {copyFile, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {Dataset, Positions} from '../../schemas/dataset.ts'
import {build, type BuildResult} from '../../pipeline/build/build.ts'
import {temporaryFolder} from './temporary.ts'

/** A source of our own whose text and names hold markup that would run in a page that trusted them. */
export const hostileText = `# 概况
近年来，甲银行、乙证券等共同发起成立的星河链联盟（简称“<img src=x onerror=alert>”）逐步壮大。
有人在文中写下 <script>alert(1)</script> 和 <img src=x onerror="document.title='pwned'">，它们只是文字。
`

/** Sources built into a fresh folder (the seed, or texts given by file name), with what the build wrote. */
export async function buildInto(files: Record<string, string> | 'seed', extra: string[] = []): Promise<{cwd: string; out: string; result: BuildResult; dataset: Dataset; positions: Positions}> {
  const cwd = await temporaryFolder('review-')
  if (files === 'seed') await copyFile(path.resolve('sources/iot-blockchain-whitepaper.txt'), path.join(cwd, 'iot-blockchain-whitepaper.txt'))
  else for (const [name, text] of Object.entries(files)) await writeFile(path.join(cwd, name), text)
  const inputs = files === 'seed' ? ['iot-blockchain-whitepaper.txt'] : Object.keys(files).filter((name) => !name.endsWith('.yaml'))
  const result = await build({inputs, outDir: 'out', check: false, cwd, cache: false, ...Object.fromEntries(extra.map((option) => [option, true]))})
  const out = path.join(cwd, 'out')
  const read = async <T>(name: string) => JSON.parse(await readFile(path.join(out, name), 'utf8')) as T
  return {cwd, out, result, dataset: await read<Dataset>('dataset.json'), positions: await read<Positions>('positions.json')}
}
