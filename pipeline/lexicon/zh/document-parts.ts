/**
 * Words that tell the parts of a running header apart: a document title
 * names a kind of document, a publisher is an organisation.
 */
export const titleWords: readonly string[] = [
  '白皮书', '蓝皮书', '报告', '指南', '研究', '发展', '应用', '年鉴', '手册', '标准', '规范',
  '《', '“', '"',
  'white paper', 'whitepaper', 'report', 'guide', 'handbook', 'outlook', 'study'
]

export const publisherWords: readonly string[] = [
  '协会', '学会', '研究院', '研究所', '研究中心', '中心', '委员会', '公司', '集团', '联盟', '大学', '学院',
  '部', '局', '办公室', '基金会', '实验室',
  'association', 'institute', 'consortium', 'alliance', 'foundation', 'university', 'inc', 'ltd',
  'corporation', 'council', 'committee', 'forum', 'lab'
]

/** Words that name a document of the kind whose title names its subject: \`星河链产品白皮书\` is about 星河链. */
export const subjectDocumentWords: readonly string[] = ['白皮书', '蓝皮书', 'White Paper', 'Whitepaper', 'white paper', 'whitepaper']

/** Words that name a document whose cover names its publisher under the title, whatever it is about: a white paper, a report. */
export const coverDocumentWords: readonly string[] = [...subjectDocumentWords, '报告', '年报', '研究', 'Report', 'report']

/**
 * Words between a subject and the document word that say which side of the
 * subject the document covers, taken off its name: \`星河链产品白皮书\`,
 * \`星河平台技术白皮书\`.
 */
export const subjectAspects: readonly string[] = ['产品', '技术', '架构', '应用', '解决方案', '介绍', '概述']

/** Words after an author's name on a cover that say it wrote or issued the document (\`星河实验室 著\`, \`Nova Labs 编制\`); not \`译\`, a translator's. */
export const authorshipMarkers: readonly string[] = ['编著', '编制', '编写', '撰写', '主编', '出品', '发布', '编', '著']

/** Words of a copyright line around the publisher's name: \`星河公司©版权所有\`. */
export const copyrightWords: readonly string[] = ['©', '(c)', '（c）', '版权所有', 'Copyright', 'copyright', 'All rights reserved', '保留所有权利']
