import {createHash} from 'node:crypto'
import {lstat, mkdir, readFile, readdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {faultPoint} from './fault-points.ts'
import {alive} from './output-lock.ts'
import {markerName, outputMarker, readMarker, removeWritten, stagingMarker} from './output-marker.ts'

/** Files read or written at once: enough to keep the disk busy, few enough to stay far from the limit of open files. */
export const fileConcurrency = 16

/** Bytes on their way to the disk before a build waits for them: the build goes on while the disk is slow to create files. */
const pendingLimit = 32 * 1024 * 1024

/**
 * The output folder of a build, filled one file at a time as the sources are
 * processed, so no output waits in memory for the others. Files go into a
 * fresh folder beside `outDir` (marked as a staging folder with this
 * process's id) that `commit` swaps in whole, with a marker listing every
 * file it holds (`output-marker.ts`): a build that
 * fails or is stopped half-way leaves the previous output as it was. With
 * `check`, files are compared with `outDir` instead and nothing is written.
 */
export class OutputFolder {
  /** SHA-256 of every file given, by path relative to the output folder. */
  readonly hashes = new Map<string, string>()
  private readonly pending = new Set<Promise<void>>()
  private readonly differing: string[] = []
  /** Files being written, and the writes waiting for one of them to finish. */
  private open = 0
  private readonly waiting: Array<() => void> = []
  private pendingBytes = 0
  private failure: unknown

  private constructor(
    readonly outDir: string,
    private readonly staging: string | undefined
  ) {}

  /** Clear what killed builds left beside `outDir` and make a fresh staging folder (none with `check`). */
  static async open(outDir: string, check: boolean): Promise<OutputFolder> {
    if (check) return new OutputFolder(outDir, undefined)
    const parent = path.dirname(outDir)
    const name = path.basename(outDir)
    await mkdir(parent, {recursive: true})
    await removeLeftovers(parent, name)
    const staging = path.join(parent, `.${name}-staging-${process.pid}`)
    await mkdir(staging)
    await writeFile(path.join(staging, markerName), stagingMarker(process.pid))
    return new OutputFolder(outDir, staging)
  }

  get size(): number {
    return this.hashes.size
  }

  /**
   * Write (or compare) one file. Returns at once: at most `fileConcurrency`
   * files are open, the others wait their turn in memory, and only when more
   * than `pendingLimit` bytes wait does the build wait for the disk.
   */
  async add(relative: string, content: string | Uint8Array): Promise<void> {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content
    this.hashes.set(relative, createHash('sha256').update(bytes).digest('hex'))
    this.pendingBytes += bytes.byteLength
    const done: Promise<void> = this.turn()
      .then(() => (this.staging ? this.write(this.staging, relative, bytes) : this.compare(relative, bytes)))
      .catch((error: unknown) => {
        this.failure ??= error
      })
      .finally(() => {
        this.pendingBytes -= bytes.byteLength
        this.pending.delete(done)
        this.release()
      })
    this.pending.add(done)
    while (this.pendingBytes > pendingLimit && this.pending.size > 0) await Promise.race(this.pending)
    if (this.failure) throw this.failure
  }

  /** Resolves when one of the `fileConcurrency` places for an open file is this write's. */
  private async turn(): Promise<void> {
    if (this.open < fileConcurrency) this.open++
    else await new Promise<void>((resolve) => this.waiting.push(resolve))
  }

  /** A write is done: its place goes to the next write waiting, if any. */
  private release(): void {
    const next = this.waiting.shift()
    if (next) next()
    else this.open--
  }

  /**
   * Swap the staging folder in for `outDir`, then remove the previous output
   * by its marker. Returns what was left of it: files no build wrote, which
   * stay in the set-aside folder (named first).
   */
  async commit(): Promise<string[]> {
    await this.seal()
    await this.settle()
    if (!this.staging) return []
    faultPoint('staged')
    const previous = path.join(path.dirname(this.outDir), `.${path.basename(this.outDir)}-previous-${process.pid}`)
    const hadPrevious = await rename(this.outDir, previous).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false
        throw error
      }
    )
    if (hadPrevious) faultPoint('set-aside')
    await rename(this.staging, this.outDir)
    if (!hadPrevious) return []
    const marker = await readMarker(previous)
    // the folder was checked before the build began: new or empty when it had no marker (removed if still empty,
    // what was added meanwhile kept); a marker that changed since leaves it all where it is
    const left =
      marker === undefined
        ? await removeWritten(previous, {kind: 'output', files: new Set()})
        : 'problem' in marker
          ? ['(its marker changed during the build)']
          : await removeWritten(previous, marker)
    return left.length > 0 ? [path.basename(previous), ...left] : []
  }

  /** Drop what was written: `outDir` stays as it was. */
  async discard(): Promise<void> {
    await Promise.allSettled(this.pending)
    if (this.staging) await removeWritten(this.staging, {kind: 'output', files: new Set(this.hashes.keys())}).catch(() => undefined)
  }

  /** With `check`: paths under `outDir` that differ from the files given, missing or extra files included. */
  async differences(): Promise<string[]> {
    await this.seal()
    await this.settle()
    const extra: string[] = []
    const entries = await readdir(this.outDir, {recursive: true, withFileTypes: true}).catch(() => [])
    for (const entry of entries) {
      const relative = path.relative(this.outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
      if (entry.isFile() && !this.hashes.has(relative)) extra.push(relative)
    }
    return [...this.differing, ...extra].sort()
  }

  /** The marker, last: it lists every file given, so the next build removes those and nothing else. */
  private async seal() {
    if (!this.hashes.has(markerName)) await this.add(markerName, outputMarker(this.hashes.keys()))
  }

  private async settle() {
    await Promise.all(this.pending)
    // one failed write fails the whole folder
    if (this.failure) throw this.failure
  }

  private async write(staging: string, relative: string, bytes: Uint8Array) {
    const target = path.join(staging, relative)
    if (relative.includes('/')) await mkdir(path.dirname(target), {recursive: true})
    await writeFile(target, bytes)
    faultPoint('writing')
  }

  private async compare(relative: string, bytes: Uint8Array) {
    const actual = await readFile(path.join(this.outDir, relative)).catch(() => undefined)
    if (!actual?.equals(bytes)) this.differing.push(relative)
  }
}

/**
 * What killed builds left beside `outDir`: their staging folders are
 * removed, and a previous output a build set aside and could not put back is
 * put back when `outDir` is missing, else removed. Only folders holding a
 * build's marker, of a build no longer running, are touched, and in them only
 * the files their marker says a build wrote.
 */
async function removeLeftovers(parent: string, name: string) {
  for (const entry of (await readdir(parent)).sort()) {
    const working = workingFolder(entry, name)
    if (working && (working.pid === process.pid || !alive(working.pid))) {
      const folder = path.join(parent, entry)
      const info = await lstat(folder).catch(() => undefined)
      const marker = info?.isDirectory() ? await readMarker(folder) : undefined
      if (!marker || 'problem' in marker) continue
      if (working.what === 'previous' && marker.kind !== 'staging' && !(await lstat(path.join(parent, name)).catch(() => undefined))) {
        await rename(folder, path.join(parent, name))
      } else {
        await removeWritten(folder, marker)
      }
    }
    // the lock's own files that a killed build could not remove (a waiting build's are its own)
    const lockFile = /^\.(.+)\.lock\.(\d+)\.(tmp|stale)$/.exec(entry)
    if (lockFile?.[1] === name && !alive(Number(lockFile[2]))) await rm(path.join(parent, entry), {force: true})
  }
}

/** The names of a build's working folders beside an output folder `name`: `.<name>-staging-<pid>` and `.<name>-previous-<pid>`. */
function workingFolder(entry: string, name: string): {what: 'staging' | 'previous'; pid: number} | undefined {
  for (const what of ['staging', 'previous'] as const) {
    const prefix = `.${name}-${what}-`
    if (entry.startsWith(prefix) && /^\d{1,10}$/.test(entry.slice(prefix.length))) return {what, pid: Number(entry.slice(prefix.length))}
  }
  return undefined
}
