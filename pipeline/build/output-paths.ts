import {entriesOf, kinds, type Registry} from '../dataset/kinds.ts'
import type {Source} from '../read/list-sources.ts'
import {markerName} from './output-marker.ts'

/** The files every build writes whatever its sources, relative to the output folder. */
export function fixedOutputs(registry: Registry = kinds): string[] {
  const tables = [...entriesOf(registry).map((entry) => entry.table), 'organizations', 'relations']
  return [markerName, 'dataset.json', 'positions.json', 'datapackage.json', 'messages.json', 'dataset.xlsx', 'candidates.json', 'review/index.html', ...tables.map((table) => `${table}.csv`)]
}

/** The files a source's outputs go to, relative to the output folder: its cleaned Markdown and its review page. */
export const sourceOutputs = (id: string): string[] => [`${id}.md`, `review/sources/${id}.html`]

/**
 * A source whose output would have to be a folder where the build writes a
 * file (`sources/dataset.json/x.txt` → `out/dataset.json/x.md`), or a file
 * where it writes a folder: the source, the path it needs and the file that
 * takes it. Nothing when every output has its place.
 */
export function outputClash(sources: readonly Source[], registry: Registry = kinds): {source: Source; output: string; taken: string} | undefined {
  const owner = new Map<string, Source | undefined>(fixedOutputs(registry).map((output) => [output, undefined]))
  for (const source of sources) for (const output of sourceOutputs(source.id)) owner.set(output, source)
  for (const [output, source] of owner) {
    for (let at = output.lastIndexOf('/'); at > 0; at = output.lastIndexOf('/', at - 1)) {
      const folder = output.slice(0, at)
      if (!owner.has(folder)) continue
      const mine = source ?? owner.get(folder)
      if (mine) return {source: mine, output: mine === source ? output : folder, taken: mine === source ? folder : output}
    }
  }
  return undefined
}
