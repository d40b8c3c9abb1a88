/**
 * List markers that open an entry line in PDF-extracted white papers.
 * Each pattern is anchored at the start of the text and matches the marker
 * with the whitespace after it.
 */
/** A bullet a converter keeps at the start of an item's first line (\`● 甲公司于…\`): a symbol, no number. */
export const bulletMarker = /^[●•○◆◇■□▪▶►·∙◦※★☆✓✔]\s*/u

export const listMarkers: readonly RegExp[] = [
  /^(?:——|—|--|–)\s*/u,
  /^[-*+](?![-\d])\s*/u,
  bulletMarker,
  /^[（(][0-9０-９一二三四五六七八九十百]{1,3}[）)]\s*/u,
  /^[0-9０-９]{1,3}[）)]\s*/u,
  /^[0-9０-９]{1,3}[.．、]\s*(?![0-9０-９])/u,
  /^[一二三四五六七八九十]{1,3}[、.．]\s*/u,
  /^[a-zA-Z][)）.]\s+/u,
  /^第[一二三四五六七八九十0-9]{1,3}[，,、]\s*/u
]

/** Length of the list marker at the start of `text`, or 0 when there is none. */
export function listMarkerLength(text: string): number {
  for (const pattern of listMarkers) {
    const match = pattern.exec(text)
    if (match) return match[0].length
  }
  return 0
}
