import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {readFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import {parse} from 'csv-parse/sync'
import {describe, expect, it} from 'vitest'
import {hostileWorkbook} from '../helpers/hostile-workbook.ts'
import {temporaryFolder} from '../helpers/temporary.ts'

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((file) => existsSync(file))

describe('the workbook', () => {
  // CI installs LibreOffice (.ci/run), so there the test never skips
  it.skipIf(!soffice && !process.env.CI)('opens in LibreOffice with Chinese intact and the names as text', {timeout: 120_000}, async () => {
    const folder = await temporaryFolder('libreoffice-')
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'
    execFileSync(soffice!, ['--headless', `-env:UserInstallation=file://${folder}/profile`, '--convert-to', filter, '--outdir', folder, path.join((await hostileWorkbook()).out, 'dataset.xlsx')], {stdio: 'ignore'})
    const sheets = (await readdir(folder)).filter((file) => file.endsWith('.csv')).sort()
    expect(sheets).toEqual(['dataset-alliances.csv', 'dataset-organizations.csv', 'dataset-platforms.csv', 'dataset-relations.csv'])
    const alliances = parse(await readFile(path.join(folder, 'dataset-alliances.csv'), 'utf8'), {columns: true}) as Array<Record<string, string>>
    expect(alliances.map((row) => row.name)).toEqual(['=HYPERLINK("http://evil.example","点我")联盟', '正常联盟'])
    expect(alliances[0]!.memberCount).toBe('10')
  })
})
