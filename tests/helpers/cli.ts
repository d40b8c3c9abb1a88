import {execFile} from 'node:child_process'
import {cp, mkdtemp, readFile, readdir} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'

const run = promisify(execFile)
export const root = path.join(import.meta.dirname, '../..')
/**
 * What `npm run build` runs, without npm in between: the launcher runs the
 * pipeline's bundle in its own process, so a test that kills the build kills
 * the build itself.
 */
export const command = process.execPath
export const commandArgs = [path.join(root, 'pipeline/run.js'), 'cli']
/** What `npm run diff` runs. */
export const diffArgs = [path.join(root, 'pipeline/run.js'), 'diff-cli']

/** Run `npm run build` (the CLI itself) in `cwd`, with its exit code and output. */
export async function build(cwd: string, ...args: string[]) {
  return buildWith({}, cwd, ...args)
}

/** `build` with more variables in its environment. */
export async function buildWith(env: Record<string, string>, cwd: string, ...args: string[]) {
  return run(command, [...commandArgs, ...args], {cwd, env: {...process.env, ...env}, maxBuffer: 64 * 1024 * 1024}).then(
    ({stdout, stderr}) => ({code: 0, stdout, stderr}),
    (error: {code: number; stdout: string; stderr: string}) => ({code: error.code, stdout: error.stdout, stderr: error.stderr})
  )
}

/** A fresh project folder holding a copy of `sources/` (and of `out/` when given). */
export async function project(from: {out?: string} = {}) {
  const cwd = await mkdtemp(path.join(tmpdir(), 'build-'))
  await cp(path.join(root, 'sources'), path.join(cwd, 'sources'), {recursive: true})
  if (from.out) await cp(from.out, path.join(cwd, 'out'), {recursive: true})
  return cwd
}

/** Every file under a folder with its bytes, to compare a folder before and after. */
export async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const entry of await readdir(folder, {recursive: true, withFileTypes: true})) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name)
      files[path.relative(folder, full)] = (await readFile(full)).toString('base64')
    }
  }
  return files
}
