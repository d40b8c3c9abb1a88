/**
 * What the writing systems of the packs are made of, for the mechanics that
 * every CJK text shares: which characters are ideographs or CJK punctuation
 * (lines rejoin without a space between them), how wide each is shown, and
 * the full-width forms of ASCII.
 */

const ideograph = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const cjkPunctuation = /[\u3000-\u303F\uFF00-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2018\u2019\u201C\u201D\u2014\u2026\u00B7]/u
const wide = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFF60\uFFE0-\uFFE6\u2018\u2019\u201C\u201D\u2014\u2026]/u

export function isIdeograph(char: string): boolean {
  return ideograph.test(char)
}

export function isCjkPunctuation(char: string): boolean {
  return cjkPunctuation.test(char)
}

/** Width of each character of the Basic Multilingual Plane, 0 until first asked for: most text uses few distinct characters. */
const widths = new Uint8Array(0x10000)

/** Display width in columns: two for wide (CJK) characters, one for others. */
export function displayWidth(text: string): number {
  let width = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x1100) {
      width += 1
    } else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      width += wide.test(String.fromCodePoint(text.codePointAt(index)!)) ? 2 : 1
      index++
    } else {
      widths[code] ||= wide.test(String.fromCharCode(code)) ? 2 : 1
      width += widths[code]!
    }
  }
  return width
}

/** First and last code point of a string. */
export function firstChar(text: string): string {
  return String.fromCodePoint(text.codePointAt(0) ?? 32)
}

export function lastChar(text: string): string {
  if (text === '') return ' '
  const last = text.charCodeAt(text.length - 1)
  const before = text.charCodeAt(text.length - 2)
  // a surrogate pair is one character
  return last >= 0xdc00 && last <= 0xdfff && before >= 0xd800 && before <= 0xdbff ? text.slice(-2) : text.slice(-1)
}

/** Full-width ASCII (\`８０\`, \`２０１７\`) as ASCII, keeping every offset. */
export function halfWidth(text: string): string {
  // a sentence is read for dates, then for counts: the second asks for the same text again
  if (text === lastAsked) return lastAnswer
  lastAsked = text
  lastAnswer = text.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
  return lastAnswer
}

let lastAsked = ''
let lastAnswer = ''

/** A common Han ideograph (the unified block and its extension A): fast, for counting. */
export function isCommonIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)
}

/**
 * Whether a UTF-16 code unit is of what white papers are written in: ASCII
 * letters, digits, punctuation and white space, Latin letters with accents,
 * general and CJK punctuation, kana, Han characters and full-width forms.
 */
export function isTextCharacter(code: number): boolean {
  return (
    (code >= 0x20 && code < 0x7f) ||
    code === 9 ||
    code === 10 ||
    code === 12 ||
    code === 13 ||
    (code >= 0xc0 && code <= 0x17f) ||
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x3000 && code <= 0x30ff) ||
    isCommonIdeograph(code) ||
    (code >= 0xff00 && code <= 0xffef)
  )
}

/** Characters of the scripts written without spaces between words, and their punctuation: text of these is joined as it is. */
export const closeSetCharacter = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u
