import type {VFile} from 'vfile'
import type {Dataset} from '../../schemas/dataset.ts'
import {type Changes, factsChanged, listsOf} from '../diff/compare-datasets.ts'
import {formatChanges} from '../diff/format-changes.ts'

/** How the summary names the lines of each kind set apart. */
const apartNames: Record<string, string> = {
  contents: 'contents lines',
  caption: 'captions',
  contact: 'contact lines',
  reference: 'reference lines',
  cover: 'cover lines',
  debris: 'lines of figures and tables'
}

/**
 * One screen on what a build wrote: counts per record kind and messages on one
 * line, then the changed facts against the output it replaced; one line more
 * when only places or wording moved, nothing more when nothing changed.
 */
export function summarizeBuild(files: readonly VFile[], outDir: string, dataset: Dataset, changes: Changes | undefined): string {
  const counts = listsOf(dataset).map((kind) => `${((dataset as unknown as Record<string, unknown[]>)[kind] ?? []).length} ${kind}`).join(', ')
  const messages = files.flatMap((file) => file.messages)
  const warnings = messages.filter((message) => message.fatal === false).length
  const noted = warnings > 0 ? `; ${warnings} warning${warnings === 1 ? '' : 's'}` : ''
  const apart = new Map<string, number>()
  for (const file of files) for (const [what, count] of Object.entries(file.data.setApart ?? {})) apart.set(what, (apart.get(what) ?? 0) + count)
  const setApart = apart.size > 0 ? `; set apart from the prose: ${[...apart].map(([what, count]) => `${count} ${apartNames[what] ?? what}`).join(', ')}` : ''
  const count = dataset.sources.length
  const applied = dataset.corrections.filter((entry) => entry.status === 'applied').length
  const stale = dataset.corrections.length - applied
  const corrected = dataset.corrections.length > 0 ? `; ${applied} correction${applied === 1 ? '' : 's'} applied${stale > 0 ? `, ${stale} stale` : ''}` : ''
  const sources = `${count} source${count === 1 ? '' : 's'}`
  if (!changes) return `Built ${sources} into ${outDir}/: ${counts}${corrected}${noted}${setApart}.\n`
  const quiet = changes.moved.length + changes.reworded.length
  if (!factsChanged(changes)) {
    const moved = quiet > 0 ? ` ${changes.moved.length} moved, ${changes.reworded.length} reworded (npm run diff -- HEAD shows them).` : ''
    return `Built ${sources} into ${outDir}/: ${counts}${corrected}${noted}${setApart}. No fact changed.${moved}\n`
  }
  const facts = formatChanges({...changes, moved: [], reworded: []}, 'text')
  const rest = quiet > 0 ? `And ${changes.moved.length} moved, ${changes.reworded.length} reworded (npm run diff -- HEAD shows them).\n` : ''
  return `Built ${sources} into ${outDir}/: ${counts}${corrected}${noted}${setApart}. Changes in the facts:\n${facts}${rest}`
}
