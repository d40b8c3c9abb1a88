/**
 * Page-number lines as PDF converters print them. Each pattern matches a
 * whole trimmed line (already NFKC-normalised, so full-width digits are
 * ASCII) and captures the page number.
 */
export const pageNumberLines: ReadonlyArray<{pattern: RegExp; styled: boolean}> = [
  {pattern: /^(\d{1,5})$/u, styled: false},
  {pattern: /^[-–—~]\s{0,3}(\d{1,5})\s{0,3}[-–—~]$/u, styled: true},
  {pattern: /^第\s{0,3}(\d{1,5})\s{0,3}页(?:\s{0,3}[/／,，]?\s{0,3}共\s{0,3}\d{1,5}\s{0,3}页)?$/u, styled: true},
  {pattern: /^(\d{1,5})\s{0,3}[/／]\s{0,3}\d{1,5}$/u, styled: true},
  {pattern: /^(?:page|p\.|pg\.?)\s{0,3}(\d{1,5})(?:\s{0,3}(?:of|\/)\s{0,3}\d{1,5})?$/iu, styled: true},
  {pattern: /^[[【(（]\s{0,3}(\d{1,5})\s{0,3}[\]】)）]$/u, styled: true}
]

/** The page number a whole line stands for, with whether it has a style of its own. */
export function readPageNumber(line: string): {page: number; styled: boolean} | undefined {
  const text = line.normalize('NFKC').trim()
  for (const {pattern, styled} of pageNumberLines) {
    const match = pattern.exec(text)
    if (match?.[1]) return {page: Number(match[1]), styled}
  }
  return undefined
}
