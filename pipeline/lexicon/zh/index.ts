/**
 * The Chinese language pack: everything the pipeline knows of the language, behind one module.
 * Stages import the pack from here; each file is one part of it (numbering, kind words, verbs, numbers…).
 */
export * from './countries.ts'
export * from './dates.ts'
export * from './document-parts.ts'
export * from './entities.ts'
export * from './known-entities.ts'
export * from './list-markers.ts'
export * from './numbers.ts'
export * from './outline.ts'
export * from './page-numbers.ts'
export * from './paragraphs.ts'
export * from './parties.ts'
export * from './punctuation.ts'
export * from './relations.ts'
export * from './tables.ts'

/** The language of the documents this pack reads, as a BCP 47 tag (pages that show their text say so, for fonts and line breaking). */
export const languageTag = 'zh'
