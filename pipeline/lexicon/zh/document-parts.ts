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
