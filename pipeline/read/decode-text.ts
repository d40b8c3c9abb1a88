import chardet from 'chardet'
import {isTextCharacter} from '../lexicon/characters.ts'

export type Decoded = {text: string; encoding: string} | {error: string; ruleId: string}

/**
 * Encodings chardet names that are decoded, with the WHATWG label of each.
 * Single-byte encodings (windows-1252, ISO-8859-*, KOI8-R) are not here: any
 * bytes decode in them, so a guess would turn damaged text into wrong text.
 */
const multiByte: Record<string, string> = {
  GB18030: 'gb18030',
  Big5: 'big5',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
  'ISO-2022-JP': 'iso-2022-jp'
}

/** Below this confidence (0–100) chardet's best guess is no answer. */
const leastConfidence = 30

/**
 * The text of a source's bytes: UTF-8 with or without BOM and UTF-16 with a
 * BOM from the bytes themselves; UTF-16 without a BOM from where its NUL
 * bytes fall, or, when they fall on both sides or there are none, from the
 * byte order that reads as text; otherwise the encoding chardet detects,
 * decoded when it is a multi-byte CJK encoding and refused when it is
 * anything else, except a short file that reads as GB18030 or Big5. Nothing is
 * ever decoded as an encoding it was not found to be.
 */
export function decode(bytes: Uint8Array): Decoded {
  const [a, b, c] = bytes
  if (a === 0xef && b === 0xbb && c === 0xbf) return strict('utf-8', bytes.subarray(3), 'utf-8-bom')
  if (a === 0xff && b === 0xfe) return strict('utf-16le', bytes.subarray(2), 'utf-16le')
  if (a === 0xfe && b === 0xff) return strict('utf-16be', bytes.subarray(2), 'utf-16be')
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    const utf16 = utf16WithoutBom(bytes) ?? utf16ByReading(bytes)
    if (utf16) return utf16
    return {error: `Unexpected NUL byte at byte offset ${nul}, expected text: this looks like a binary file`, ruleId: 'binary-source'}
  }
  const utf8 = strict('utf-8', bytes, 'utf-8')
  if ('text' in utf8) return utf8
  const scan = scanUtf8(bytes)
  if (scan.valid >= scan.invalid) return invalidUtf8(bytes, scan.firstInvalid)
  // Chinese in UTF-16 often has no NUL byte at all (no space, digit or line end in ASCII)
  const utf16 = utf16ByReading(bytes)
  if (utf16) return utf16
  const [best] = chardet.analyse(bytes)
  const label = best && best.confidence >= leastConfidence ? multiByte[best.name] : undefined
  if (!best || best.confidence < leastConfidence) return shortChinese(bytes) ?? invalidUtf8(bytes, scan.firstInvalid)
  if (!label) {
    const short = shortChinese(bytes)
    if (short) return short
    return {
      error: `Unexpected ${best.name} text (detected with confidence ${best.confidence}%), expected UTF-8, UTF-16, GB18030, Big5, Shift_JIS, EUC-JP or EUC-KR: save the source as UTF-8`,
      ruleId: 'unsupported-encoding'
    }
  }
  const decoded = strict(label, bytes, label)
  if ('error' in decoded) return decoded
  const unlikely = unlikelyShare(decoded.text)
  if (unlikely > 0.2) {
    return {
      error: `Unexpected text that decodes as ${best.name} to ${Math.round(unlikely * 100)}% unlikely characters, expected readable text: the file is damaged or in an encoding the build does not read`,
      ruleId: 'invalid-encoding'
    }
  }
  return decoded
}

function strict(label: string, bytes: Uint8Array, encoding: string): Decoded {
  try {
    return {text: new TextDecoder(label, {fatal: true, ignoreBOM: true}).decode(bytes), encoding}
  } catch {
    return {error: `Unexpected bytes that are not ${label}, expected valid ${label}`, ruleId: 'invalid-encoding'}
  }
}

function invalidUtf8(bytes: Uint8Array, at: number): Decoded {
  const byte = bytes[at]?.toString(16).padStart(2, '0')
  return {
    error: `Unexpected byte 0x${byte} at byte offset ${at}, expected UTF-8, UTF-16 or a CJK encoding (GB18030, Big5, Shift_JIS, EUC-JP, EUC-KR)`,
    ruleId: 'invalid-encoding'
  }
}

/**
 * UTF-16 written without a BOM: every line end, space and digit has a NUL
 * byte, always on the same side of its pair (the second in little-endian,
 * the first in big-endian). A binary file has NULs on both sides.
 */
function utf16WithoutBom(bytes: Uint8Array): Decoded | undefined {
  if (bytes.length % 2 !== 0) return undefined
  let even = 0
  let odd = 0
  for (let index = 0; index < bytes.length; index++) {
    if (bytes[index] === 0) {
      if (index % 2 === 0) even++
      else odd++
    }
  }
  const label = odd > 0 && even === 0 ? 'utf-16le' : even > 0 && odd === 0 ? 'utf-16be' : undefined
  if (!label) return undefined
  const decoded = strict(label, bytes, `${label}-no-bom`)
  if ('error' in decoded || unlikelyShare(decoded.text) > 0.2) return undefined
  return decoded
}

/**
 * UTF-16 without a BOM told by reading it: both byte orders decoded
 * strictly, and the one that reads as text kept (nearly all of it Chinese,
 * Japanese, Latin letters, digits, punctuation and white space). Nothing when
 * neither does, or both do.
 */
function utf16ByReading(bytes: Uint8Array): Decoded | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined
  const readings = (['utf-16le', 'utf-16be'] as const).map((label) => strict(label, bytes, `${label}-no-bom`)).filter((decoded) => 'text' in decoded && textShare(decoded.text) >= readable)
  return readings.length === 1 ? readings[0] : undefined
}

/**
 * A short file in GB18030 or Big5 (under a kilobyte, mostly bytes above
 * ASCII), which chardet cannot tell from a single-byte encoding: decoded
 * strictly as GB18030 when every pair of bytes lies where GB2312's common
 * characters do, else first as Big5, and kept when it reads as text.
 */
function shortChinese(bytes: Uint8Array): Decoded | undefined {
  if (bytes.length > 1024) return undefined
  let high = 0
  for (const byte of bytes) if (byte >= 0x80) high++
  if (high * 2 < bytes.length) return undefined
  const labels = commonGb(bytes) ? ['gb18030', 'big5'] : ['big5', 'gb18030']
  for (const label of labels) {
    const decoded = strict(label, bytes, label)
    if ('text' in decoded && textShare(decoded.text) >= readable) return decoded
  }
  return undefined
}

/** Whether every byte above ASCII pairs with the next in GB2312's rows of characters (lead A1–F7, trail A1–FE). */
function commonGb(bytes: Uint8Array): boolean {
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!
    if (byte < 0x80) continue
    const trail = bytes[index + 1] ?? 0
    if (byte < 0xa1 || byte > 0xf7 || trail < 0xa1 || trail > 0xfe) return false
    index++
  }
  return true
}

/** The share of characters a decoding must read as text to be taken without a BOM or a confident guess. */
const readable = 0.95

/** The share of characters of a text that are what white papers are written in (see \`isTextCharacter\`). */
function textShare(text: string): number {
  if (text.length === 0) return 0
  let count = 0
  for (let index = 0; index < text.length; index++) if (isTextCharacter(text.charCodeAt(index))) count++
  return count / text.length
}

/**
 * The share of characters no text is written in: control characters other
 * than line ends, tabs and form feeds, private-use and unassigned code
 * points, and replacement characters.
 */
function unlikelyShare(text: string): number {
  if (text.length === 0) return 0
  const unlikely = text.match(/[^\P{C}\t\n\r\f]|\uFFFD/gu)?.length ?? 0
  return unlikely / text.length
}

/**
 * Multi-byte UTF-8 sequences that are whole, those that are broken, and where
 * the first broken one is: text that is mostly whole UTF-8 with a bad byte is
 * damaged UTF-8, not another encoding.
 */
function scanUtf8(bytes: Uint8Array): {valid: number; invalid: number; firstInvalid: number} {
  let valid = 0
  let invalid = 0
  let firstInvalid = -1
  for (let index = 0; index < bytes.length; ) {
    const byte = bytes[index]!
    const trailing = byte < 0x80 ? 0 : byte >> 5 === 6 ? 1 : byte >> 4 === 14 ? 2 : byte >> 3 === 30 ? 3 : -1
    let whole = trailing >= 0
    for (let next = 1; whole && next <= trailing; next++) whole = ((bytes[index + next] ?? 0) & 0xc0) === 0x80
    if (whole) {
      if (trailing > 0) valid++
      index += trailing + 1
    } else {
      invalid++
      if (firstInvalid < 0) firstInvalid = index
      index++
    }
  }
  return {valid, invalid, firstInvalid: Math.max(firstInvalid, 0)}
}
