/**
 * Page-number lines as PDF converters print them. Each pattern matches a
 * whole trimmed line (already NFKC-normalised, so full-width digits are
 * ASCII) and captures the page number.
 */
export const pageNumberLines: ReadonlyArray<{pattern: RegExp; styled: boolean}> = [
  {pattern: /^(\d{1,5})$/u, styled: false},
  {pattern: /^[-–—~]\s*(\d{1,5})\s*[-–—~]$/u, styled: true},
  {pattern: /^第\s*(\d{1,5})\s*页(?:\s*[/／,，]?\s*共\s*\d{1,5}\s*页)?$/u, styled: true},
  {pattern: /^(\d{1,5})\s*[/／]\s*\d{1,5}$/u, styled: true},
  {pattern: /^(?:page|p\.|pg\.?)\s*(\d{1,5})(?:\s*(?:of|\/)\s*\d{1,5})?$/iu, styled: true},
  {pattern: /^[[【(（]\s*(\d{1,5})\s*[\]】)）]$/u, styled: true}
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
