import type {KnownEntity} from '../lexicon/zh/index.ts'
import type {Registry} from '../dataset/kinds.ts'

/**
 * The build's options, typed once: what \`npm run build\` parses its
 * arguments into (\`build-command.ts\`) and \`build()\` takes; the settings
 * each source is read with (in this thread, a worker's, the cache's key) are
 * the part of them that changes what a source gives.
 */
export interface BuildOptions {
  /** Source files or folders, relative to `cwd`. */
  inputs: string[]
  /** Output folder, relative to `cwd`. */
  outDir: string
  /** Compare with the output folder instead of writing it. */
  check: boolean
  cwd: string
  /** Threads for the sources: 0 or 1 processes them on the main thread; by default one per core past 8 MB to process, else 0. */
  workers?: number
  /** The folder of the corrections files (`<source-id>.corrections.yaml`), relative to `cwd`; by default each beside its source. */
  corrections?: string
  /** Reuse sources processed before by the same pipeline (default true). */
  cache?: boolean
  /** Recognise the language pack's widely known names and the user's (\`known-entities.yaml\`) wherever prose mentions them (default true; \`--known none\` turns both off). */
  known?: boolean
  /** The user's list of known entities, relative to \`cwd\`: by default \`known-entities.yaml\` in the first source folder given, if there is one. */
  knownFile?: string
  /** The memory, in megabytes, the thread processing a large source may use (default `defaultMemoryLimit`); a source that needs more is an `out-of-memory` error. */
  memoryLimit?: number
  /** How long to wait for another build writing the same output folder, in milliseconds (default 30 s). */
  lockWait?: number
  /** The kinds of record to read and write, when not the dataset's registry (\`pipeline/dataset/kinds.ts\`). */
  kinds?: Registry
  /** Called when a source is done, with how many are done and the bytes read so far. */
  onProgress?: (done: number, total: number, bytes: number) => void
}

/**
 * How a source is read: whether the widely known names are recognised
 * (\`known\`, off with \`--known none\`), the user's own list, and the kinds of
 * record; part of every cached source's key.
 */
export type ProcessSettings = Required<Pick<BuildOptions, 'known'>> & Pick<BuildOptions, 'kinds'> & {
  /** A user's own names to recognise (\`known-entities.yaml\`), with \`known\` only. */
  extraKnown?: readonly KnownEntity[]
  /** Names of other sources' records this source mentions (\`across-sources.ts\`), recognised with \`--known none\` too: they come from the reading. */
  acrossSources?: readonly KnownEntity[]
}
