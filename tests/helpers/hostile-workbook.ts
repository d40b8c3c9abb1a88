import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {Dataset} from '../../schemas/dataset.ts'
import {build} from '../../pipeline/build/build.ts'
import {temporaryFolder} from './temporary.ts'

/** A source whose names would run as formulas in a spreadsheet that trusted them. */
const hostile = `# 区块链联盟
## =HYPERLINK("http://evil.example","点我")联盟：该联盟由+加号公司、-减号集团、@艾特银行联合发起，会员超过 10 家。
## 正常联盟：该联盟由甲公司发起。
`
export const formulaStart = /^[=+\-@]/

/** The hostile source built into a fresh folder: its output folder and its dataset. */
export async function hostileWorkbook(): Promise<{out: string; dataset: Dataset}> {
  const cwd = await temporaryFolder('sheet-')
  await writeFile(path.join(cwd, 'hostile.txt'), hostile)
  const result = await build({inputs: ['hostile.txt'], outDir: 'out', check: false, cwd})
  if (result.code !== 0) throw new Error('the hostile source did not build')
  const out = path.join(cwd, 'out')
  return {out, dataset: JSON.parse(await readFile(path.join(out, 'dataset.json'), 'utf8')) as Dataset}
}
