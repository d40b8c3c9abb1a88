import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTableFromMarkdown, gfmTableToMarkdown} from 'mdast-util-gfm-table'
import type {Processor} from 'unified'

/**
 * Pipe tables in Markdown sources (`| 平台 | 开发者 |`), read and written as
 * GitHub writes them: only tables, not the rest of GFM (autolinks,
 * strikethrough), so the rest of a Markdown source reads as CommonMark as before.
 * Converted PDF text is never parsed as Markdown, so this touches Markdown sources alone.
 * Cells are written unpadded: padding by display width would change every row when one cell does.
 */
export default function markdownTables(this: Processor) {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(gfmTable())
  ;(data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown())
  ;(data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown({tablePipeAlign: false}))
}
