/**
 * How documents number and name their parts: the numbering styles of
 * section headings, the words of headings that carry no number, and the
 * words that open what is not prose (contents, captions, references,
 * contact lines). Each pattern matches a whole trimmed line, NFKC-normalised.
 */

const cnDigits = '一二三四五六七八九十百零〇两'

/** A numbering style of section headings: its key, and the pattern whose `number` and `title` groups it reads. */
export interface NumberingStyle {
  /** `arabic` styles are keyed by how many numbers they have (`arabic-2` for `2.1`). */
  key: string
  pattern: RegExp
}

export const numberingStyles: readonly NumberingStyle[] = [
  {key: 'part', pattern: new RegExp(`^第\\s?(?<number>[${cnDigits}\\d]{1,4})\\s?(?:部分|篇|编)\\s*(?<title>.*)$`, 'u')},
  {key: 'chapter', pattern: new RegExp(`^第\\s?(?<number>[${cnDigits}\\d]{1,4})\\s?章\\s*(?<title>.*)$`, 'u')},
  {key: 'section', pattern: new RegExp(`^第\\s?(?<number>[${cnDigits}\\d]{1,4})\\s?节\\s*(?<title>.*)$`, 'u')},
  {key: 'cn', pattern: new RegExp(`^(?<number>[${cnDigits}]{1,3})\\s?[、.]\\s*(?<title>.+)$`, 'u')},
  {key: 'cn-paren', pattern: new RegExp(`^[(（]\\s?(?<number>[${cnDigits}]{1,3})\\s?[)）]\\s*(?<title>.+)$`, 'u')},
  // `案例一：甲银行跨境结算平台`, `场景 2 供应链金融`: a numbered case or scenario of a chapter on applications
  {key: 'case', pattern: new RegExp(`^(?:应用案例|典型案例|案例|应用场景|场景|实例|示例)\\s?(?<number>[${cnDigits}\\d]{1,3})\\s?[：:、.]?\\s*(?<title>\\S.*)$`, 'u')},
  // `2.2.2 产业联盟`, `1 引言`, `3.1. 概述`: a number of at most four parts, then a space or a letter that is not a unit
  {key: 'arabic', pattern: /^(?<number>\d{1,2}(?:\.\d{1,2}){0,3})\.?(?:\s+|(?=\p{Script=Han})(?![年月日个家项种条次倍万亿元%]))(?<title>[\p{L}“《].*)$/u}
]

/** Characters after a number that make it a count, a time or a year, never a section's number (\`30 个\`, \`10 分钟\`, \`2016 年\`). */
export const unitsAfterNumbers: readonly string[] = [...'年月日时分秒天周个家项种条次倍万亿元%多余']

/** Headings that carry no number: the parts of a document's front and back matter. */
export const unnumberedHeadings: readonly string[] = [
  '序', '序言', '前言', '引言', '摘要', '内容摘要', '概要', '概述', '目录', '编写说明', '编制说明', '致谢', '后记', '结语', '结束语',
  '参考文献', '参考资料', '参考信息', '引用文献', '附录', '附件', '术语和缩略语', '版权声明', '编委会', '编写组', '目次',
  'Preface', 'Foreword', 'Abstract', 'Summary', 'Contents', 'Table of Contents', 'Introduction', 'Conclusion', 'References', 'Bibliography', 'Appendix', 'Acknowledgements'
]

/** The heading of a table of contents. */
export const contentsHeadings: readonly string[] = ['目录', '目次', 'Contents', 'Table of Contents']

/** The heading of a list of references: everything under it up to the next section is references, not prose. */
export const referencesHeadings: readonly string[] = ['参考文献', '参考资料', '参考信息', '引用文献', 'References', 'Bibliography']

/**
 * A line of a table of contents: a title, a dot leader, a page number. The
 * leader is dots, ellipses, middle dots or dashes; `-layout` output may use
 * spaces only, which is read as a leader only inside a contents block.
 */
export const contentsLine = /^(?<title>.*?)\s*(?:[.…·・．‥⋯_＿-]\s*){2,}(?<page>\d{1,4})$/u
export const contentsLineSpaced = /^(?<title>\S.*?\S)\s{3,}(?<page>\d{1,4})$/u
/** A contents line without a leader (\`1.1 背景 3\`): read only in a run of numbered titles whose page numbers do not go down. */
export const contentsLineBare = /^(?<title>\S.*?\S)\s+(?<page>\d{1,4})$/u
/** A dot leader alone, with or without the page number: the end of a title that wrapped. */
export const contentsLeaderOnly = /^(?:[.…·・．‥⋯_＿-]\s*){2,}(?<page>\d{1,4})?$/u

/** A caption: `图2-8区块链生态系统`, `表 1 缩略语`, `Figure 3. Layers`; or the note of a figure's or table's source, `数据来源：…`. */
export const captionLine = /^(?:(?:图|表|附图|附表|Figure|Fig\.|Table)\s?\d{1,3}(?:\s?[-.－—–]\s?\d{1,3})*[\s:：.、]*\S|(?:数据来源|资料来源|来源|Source)\s?[:：])/iu
/** The number a table's caption opens with (\`表 2-1 \`): what follows is its title. */
export const tableCaptionNumber = /^(?:表|附表|Table)\s?\d{1,3}(?:\s?[-.－—–]\s?\d{1,3})*[\s:：.、]*/iu

/** A line that gives a way to reach someone: `电话：…`, `E-mail: …`. */
export const contactLine = /^(?:联系人|联系方式|联系电话|电话|手机|传真|邮箱|电子邮箱|电子邮件|地址|通讯地址|邮编|网址|官网|微信|Tel|Phone|Fax|E-?mail|Address|Website)\s?[：:]/iu
