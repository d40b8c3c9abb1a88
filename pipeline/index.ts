import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import entries from './entries.ts'
import {text} from './escape-text.ts'
import extractRecords, {type Options as ExtractOptions} from './extract/extract-records.ts'
import joinLines from './join-lines.ts'
import layoutColumns from './layout-columns.ts'
import markdownBlocks from './markdown-blocks.ts'
import markdownTables from './markdown-tables.ts'
import outline from './outline.ts'
import pageFurniture from './page-furniture.ts'
import parseHeadingLines from './parse-heading-lines.ts'
import paragraphs from './paragraphs.ts'
import sourceLines from './source-lines.ts'
import toRecords from './to-records.ts'
import validate from './validate.ts'

/** The whole chain, in order: raw PDF text in, cleaned Markdown out, facts on `file.data`. */
export function createProcessor(options: ExtractOptions = {}) {
  return unified()
    .use(remarkParse)
    .use(markdownTables)
    .use(parseHeadingLines)
    .use(sourceLines)
    .use(layoutColumns)
    .use(pageFurniture)
    .use(outline)
    .use(entries)
    .use(paragraphs)
    .use(markdownBlocks)
    .use(joinLines)
    .use(extractRecords, options)
    .use(toRecords)
    .use(validate)
    .use(remarkStringify, {bullet: '-', emphasis: '_', rule: '-', handlers: {text}})
}
