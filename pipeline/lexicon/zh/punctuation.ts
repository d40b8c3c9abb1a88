/**
 * The marks Chinese text is punctuated with (with their ASCII twins where
 * texts use both), and the patterns built of them that the stages share:
 * sentence and clause ends, an entry's separator, parentheses. Written as
 * the bodies of character classes (`[${commas}]`) where a stage builds its
 * own pattern.
 */

/** The comma that separates clauses, as a writer of this language types it. */
export const clauseComma = '，'
/** Commas, full-width and ASCII. */
export const commas = '，,'
/** Semicolons, full-width and ASCII. */
export const semicolons = '；;'
/** Colons, full-width and ASCII. */
export const colons = '：:'
/** The mark between the items of a list (\`甲、乙\`). */
export const enumerationComma = '、'
/** The full stop. */
export const fullStop = '。'
/** The full-width exclamation and question marks. */
export const exclamations = '！？'
/** Opening and closing parentheses, full-width and ASCII. */
export const openParens = '（('
export const closeParens = '）)'
/** Parentheses around a text, as this language writes them: what a declared short name is put in. */
export const parenthesised = (text: string): string => `（${text}）`
/** The marks around the title of a book or document: \`《…》\`. */
export const titleMarks = '《》'
/** Quotes and title marks a name or heading may end in. */
export const closingQuotes = '“”"‘’《》「」'
/** The characters of the script this language writes names in, as a class body. */
export const scriptCharacters = String.raw`\p{Script=Han}`
/** A word written in that script opens the text. */
export const startsInScript = /^\p{Script=Han}/u
/** A character of that script is in the text. */
export const inScript = /\p{Script=Han}/u

/** A comma, full-width or ASCII. */
export const comma = /[，,]/u
/** Marks that end a clause or an item of an enumeration, as the last character of a line: it goes on. */
export const endsInClauseMark = /[，、,；;]$/u
/** A comma or an enumeration comma ending a line: the line goes on. */
export const endsInComma = /[，,、]$/u
/** Any mark inside a clause or at its end: a line holding one is prose, not a title. */
export const clausePunctuation = /[，。；：、,;:]/u
/** What separates the parts of a parenthesis that declares names: \`（East Sea Alliance，以下简称“东海盟”）\`. */
export const declarationSeparators = /[，,；;]/u
/** Each parenthesis of a text, its content captured. */
export const parentheses = /[（(]([^（()）]+)[)）]/gu
/** A comma after an opening word, with the spaces about it. */
export const openingComma = /^\s*[，,]?\s*/u
/** The punctuation and spaces a clause ends with. */
export const trailingPunctuation = /[，,；;。！？.\s]+$/u
/** Marks that end a clause, as a writer looking for the end of a fact's words sees them. */
export const factStops = /[，。；、,;：:！？]/u
/** Sentence ends of a description: the first sentence of an entry ends at one. */
export const descriptionEnd = /[。；]|$/u
/** Leaders and dots that end a title in a table of contents. */
export const trailingLeaders = /[\s.…·・．‥⋯_＿-]+$/u
/** A list's number or enumeration mark before a name: \`1. \`, \`2、\`. */
export const leadingNumbering = /^[\d.、\s]+/u

/** Latin abbreviations a full stop ends without ending the sentence: \`Acme Corp. 于 2017 年…\`; an initial (\`J.P. Morgan\`) neither. */
export const latinAbbreviations: readonly string[] = ['Corp', 'Inc', 'Ltd', 'Co', 'Pte', 'Pty', 'Plc', 'Bhd', 'Intl', 'Jr', 'Sr', 'St', 'Dr', 'Mr', 'Ms', 'Prof', 'No', 'vs', 'etc']
/** A full stop that ends a sentence: before a space or the end, not after an abbreviation or an initial. */
const fullStopEnd = `(?<!(?:^|[^A-Za-z])(?:${latinAbbreviations.join('|')}|[A-Z]))\\.(?=\\s|$)`
/** Sentence ends; a full stop only before a space or the end, so \`B.5\` and \`we.trade\` stay whole. */
export const sentenceEnd = new RegExp(`(?:[。！？!?；;]+|${fullStopEnd})[”’」』）)]*`, 'gu')
/** Where a clause breaks: commas, colons, semicolons and sentence ends. */
export const clauseBreak = new RegExp(`[，,：:；;。！？]|${fullStopEnd}`, 'gu')

/** The separator of an entry line, \`名称：正文\` (never the colon of an address, \`https://\`). */
export const entrySeparator = /[：:](?!\/\/)/u
/** Marks no entry name holds: a separator after one of them is inside a sentence. */
export const notInEntryName = /[。，；！？]/u
/** An entry line as a person writes it, for messages. */
export const entryExample = '名称：正文'

/** Single tokens around a page number that say it is one (\`第 7 页\`, \`7 / 60\`, \`- 7 -\`): no words of a header. */
export const pageNumberTokens = /^[第页/|·-]$/
/** Page numbers as documents print them, for messages. */
export const pageNumberExamples = ['49', '- 7 -', '第 7 页', '7 / 60']
