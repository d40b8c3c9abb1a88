import {execFile} from 'node:child_process'
import {cp, mkdir, readFile, readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {promisify} from 'node:util'

import {buildCommand, type CommandIo} from '../../pipeline/build/build-command.ts'
import {diffCommand} from '../../pipeline/diff/diff-command.ts'
import {temporaryFolder} from './temporary.ts'

const run = promisify(execFile)
export const root = path.join(import.meta.dirname, '../..')
/**
 * What `npm run build` runs, without npm in between: the launcher runs the
 * pipeline's bundle in its own process, so a test that kills the build kills
 * the build itself.
 */
export const command = process.execPath
export const commandArgs = [path.join(root, 'pipeline/build/run.js'), 'cli']
/** What `npm run diff` runs. */
export const diffArgs = [path.join(root, 'pipeline/build/run.js'), 'diff-cli']

/** A command run in this process, as `npm run build` or `npm run diff` would run it in `cwd`: its exit code and output. */
async function inProcess(command: (argv: string[], io: CommandIo) => Promise<number>, cwd: string, args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await command(args, {
    cwd,
    stdout: {write: (text: string) => (stdout += text)},
    stderr: {write: (text: string) => (stderr += text), isTTY: false}
  })
  return {code, stdout, stderr}
}

/** `npm run build ARGS` in `cwd`, run in this process (the command-line smoke tests use `buildWith`). */
export async function build(cwd: string, ...args: string[]) {
  return inProcess(buildCommand, cwd, args)
}

/** `npm run diff ARGS` in `cwd`, run in this process. */
export async function diff(cwd: string, ...args: string[]) {
  return inProcess(diffCommand, cwd, args)
}

/** `npm run build` as a real process (the launcher, the bundle), with more variables in its environment. */
export async function buildWith(env: Record<string, string>, cwd: string, ...args: string[]) {
  // the process's own temporary files (tsx's cache, when it runs the TypeScript) go where the test's do, and are removed with them
  const TMPDIR = await temporaryFolder('process-tmp-')
  return run(command, [...commandArgs, ...args], {cwd, env: {...process.env, TMPDIR, ...env}, maxBuffer: 64 * 1024 * 1024}).then(
    ({stdout, stderr}) => ({code: 0, stdout, stderr}),
    (error: {code: number; stdout: string; stderr: string}) => ({code: error.code, stdout: error.stdout, stderr: error.stderr})
  )
}

/** A fresh project folder holding a copy of `sources/` (and of `out/` when given). */
export async function project(from: {out?: string} = {}) {
  const cwd = await temporaryFolder('build-')
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

/** A project of one small source of our own (`sources/paper.txt`, one alliance), quick to build. */
export async function smallProject(prefix = 'small-'): Promise<string> {
  const cwd = await temporaryFolder(prefix)
  await mkdir(path.join(cwd, 'sources'))
  await writeFile(path.join(cwd, 'sources/paper.txt'), '# 区块链联盟\n## 甲联盟：该联盟由乙公司发起成立。\n')
  return cwd
}

/** A small project (\`smallProject\`) built once into \`out/\`, as a test of what a later build does to it starts. */
export async function builtSmallProject(prefix: string): Promise<string> {
  const cwd = await smallProject(prefix)
  const {code, stderr} = await build(cwd)
  if (code !== 0) throw new Error(`the small project did not build: ${stderr}`)
  return cwd
}
