import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'

/** Folders the tests of this file made, removed after them (`tests/helpers/setup.ts`). */
const made: string[] = []

/** A fresh folder in the system's temporary folder, removed when the test file is done. */
export async function temporaryFolder(prefix: string): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), prefix))
  made.push(folder)
  return folder
}

/** Remove every folder `temporaryFolder` made. */
export async function removeTemporaryFolders(): Promise<void> {
  await Promise.all(made.splice(0).map((folder) => rm(folder, {recursive: true, force: true, maxRetries: 3})))
}

/** The development corpus, read in place (`../shared/corpus`), when it is there. */
export const corpusFolder = path.join(import.meta.dirname, '../../../shared/corpus')

/** A test's title, saying it is skipped and why when the development corpus is absent. */
export function needsCorpus(title: string, present: boolean): string {
  return present ? title : `${title} (skipped: the development corpus ${corpusFolder} is absent)`
}
