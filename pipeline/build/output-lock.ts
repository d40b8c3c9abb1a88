import {link, mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'

export interface LockOptions {
  /** How long to wait for another build to finish, in milliseconds (default 30 s). */
  wait?: number
  /** How often to look again while waiting. */
  every?: number
}

export type Lock = {release(): Promise<void>} | {heldBy: number}

/**
 * One build at a time per output folder: a lock file beside the folder
 * holding the process id of the build that writes it. The file is linked
 * into place whole (a link fails when the name is taken), so no build ever
 * sees a lock without its pid. A lock whose process is gone is taken over
 * at once; a live one is waited for up to `wait`, then its pid is returned.
 */
export async function lockOutput(outDir: string, options: LockOptions = {}): Promise<Lock> {
  const wait = options.wait ?? 30_000
  const every = options.every ?? 100
  const lock = lockPath(outDir)
  const mine = `${lock}.${process.pid}.tmp`
  await mkdir(path.dirname(lock), {recursive: true})
  await writeFile(mine, `${process.pid}\n`)
  const started = Date.now()
  try {
    for (;;) {
      const taken = await link(mine, lock).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'EEXIST') return false
          throw error
        }
      )
      if (taken) return {release: () => rm(lock, {force: true})}
      const holder = await holderOf(lock)
      if (holder !== undefined && !alive(holder)) {
        await takeOver(lock, holder)
        continue
      }
      if (Date.now() - started >= wait) return {heldBy: holder ?? 0}
      await new Promise((resolve) => setTimeout(resolve, every))
    }
  } finally {
    await rm(mine, {force: true})
  }
}

/** The lock file of an output folder: beside it, hidden, named after it. */
export function lockPath(outDir: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}.lock`)
}

async function holderOf(lock: string): Promise<number | undefined> {
  const text = await readFile(lock, 'utf8').catch(() => undefined)
  const pid = Number(text?.trim())
  return Number.isInteger(pid) && pid > 0 ? pid : undefined
}

/** Whether a process of this id is running. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Remove the lock of a process that is gone. It is first renamed to a name of
 * this process's own, so two builds taking over at once cannot both remove it;
 * had another build taken the lock in between, its lock is put back.
 */
async function takeOver(lock: string, dead: number) {
  const aside = `${lock}.${process.pid}.stale`
  const moved = await rename(lock, aside).then(
    () => true,
    () => false
  )
  if (!moved) return
  if ((await holderOf(aside)) !== dead) await link(aside, lock).catch(() => undefined)
  await rm(aside, {force: true})
}
