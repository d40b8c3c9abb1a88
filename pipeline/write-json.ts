import type {Dataset} from '../schemas/dataset.ts'

/** `dataset.json`: the whole dataset, two-space indented, ending in a newline. */
export function writeJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`
}
