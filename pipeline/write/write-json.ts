/** `dataset.json`, `positions.json`: two-space indented, ending in a newline. */
export function writeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
