import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import entries from './clean/entries.ts'
import {text} from './clean/escape-text.ts'
import extractRecords, {type Options as ExtractOptions} from './extract/extract-records.ts'
import joinLines from './clean/join-lines.ts'
import layoutColumns from './clean/layout-columns.ts'
import markdownBlocks from './clean/markdown-blocks.ts'
import markdownTables from './read/markdown-tables.ts'
import outline from './clean/outline.ts'
import pageFurniture from './clean/page-furniture.ts'
import parseHeadingLines from './read/parse-heading-lines.ts'
import paragraphs from './clean/paragraphs.ts'
import sourceLines from './read/source-lines.ts'
import toRecords from './extract/to-records.ts'
import validate from './dataset/validate.ts'
import {stage} from './build/stage.ts'
import {languageInUse, type LanguagePack, useLanguage} from './lexicon/language.ts'

export interface ProcessorOptions extends ExtractOptions {
  /** The language pack to read with; by default the one in use (the build puts its default in use: \`lexicon/default.ts\`). */
  language?: LanguagePack
}

/** Put the processor's language pack in use before its stages run: processors of two packs may take turns in one thread. */
function inLanguage(pack: LanguagePack | undefined) {
  return function () {
    const language = pack ?? languageInUse()
    if (!language) throw new Error('No language pack in use: give createProcessor a `language`, or put one in use with `useLanguage`')
    useLanguage(language)
  }
}

/**
 * The whole chain, in order: raw PDF text in, cleaned Markdown out, facts on
 * `file.data`. Each stage carries its name, so an error inside one is
 * reported as a message naming the stage (`internal-error`), not a crash.
 */
export function createProcessor(options: ProcessorOptions = {}) {
  return unified()
    .use(remarkParse)
    .use(stage('language', inLanguage), options.language)
    .use(stage('markdown-tables', markdownTables))
    .use(stage('parse-heading-lines', parseHeadingLines))
    .use(stage('source-lines', sourceLines))
    .use(stage('layout-columns', layoutColumns))
    .use(stage('page-furniture', pageFurniture))
    .use(stage('outline', outline))
    .use(stage('entries', entries))
    .use(stage('paragraphs', paragraphs))
    .use(stage('markdown-blocks', markdownBlocks))
    .use(stage('join-lines', joinLines))
    .use(stage('extract-records', extractRecords), options)
    .use(stage('to-records', toRecords), options)
    .use(stage('validate', validate), options)
    .use(remarkStringify, {bullet: '-', emphasis: '_', rule: '-', handlers: {text}})
}
