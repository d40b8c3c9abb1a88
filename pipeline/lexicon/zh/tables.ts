/**
 * Headings of a table's columns, by what a column holds. A heading is of a
 * column when it is one of the words or ends with one (`平台名称`, `主要开发者`);
 * a heading that is a kind word (`平台`, `联盟`) is the column of names of that kind.
 * Dates are tried first, so `成立时间` is a date and not a founder.
 */
export const columnWords = {
  started: ['发布时间', '上线时间', '成立时间', '创立时间', '推出时间', '发起时间', '开源时间', '贡献时间', '提出时间', '启动时间', '发布日期', '成立日期', '时间', '日期', '年份', '首次发布', '首发', '发布', '上线', '开源', '推出', '成立', 'Founded', 'Launched', 'Released', 'Date', 'Year'],
  memberCount: ['成员数量', '会员数量', '成员数', '会员数', '成员规模', '成员总数', 'Member count'],
  leads: [
    '开发者', '开发方', '开发商', '开发机构', '开发团队', '研发方', '研发机构', '研发单位', '发起方', '发起人', '发起单位', '发起机构', '发起者', '发起成员',
    '创始成员', '创始单位', '主导方', '主导机构', '牵头单位', '牵头机构', '所属机构', '所属公司', '运营方', '运营单位', '运营机构', '建设单位', '建设方', '建设机构', '承建单位', '承建方', '开发单位', '推出方', '推出机构', '发布方', '发布机构', '发布单位', '贡献者', '贡献方', '贡献单位', '提出者',
    '申报单位', '申报主体', '申报机构', '实施单位', '实施主体', '承担单位', '建设主体', '运营主体', '技术支持单位', '技术支持方', '技术提供方',
    'Developer', 'Developers', 'Founder', 'Founders', 'Contributor', 'Contributors'
  ],
  joiners: ['成员', '主要成员', '会员', '成员单位', '会员单位', '参与方', '参与机构', '参与单位', '合作单位', '合作机构', '合作方', 'Members', 'Partners'],
  /** What each row's record runs on: \`底层技术\` \`Wombat\`. */
  basedOn: ['底层技术', '底层平台', '底层框架', '底层链', '基础框架', '技术底座', 'Based on', 'Underlying platform'],
  name: ['名称', '名字', '项目', '简称', '代表', 'Name', 'Project'],
  /** A column that numbers the rows: no fact. */
  ordinal: ['序号', '编号', 'No.'],
  /** A column that says what each row's name is (\`类型\`: \`钱包\`, \`交易平台\`): the row's kind when the name's own words do not give it. */
  kind: ['类型', '类别', '种类', '形态', 'Type', 'Category', 'Kind'],
  /** A column that describes each row (\`说明\`: \`基于 Halcyon 的隐私计算平台\`): what it is built on, when the phrase says so. */
  description: ['说明', '简介', '描述', '介绍', '备注', '简述', '概述', 'Description', 'Notes', 'Summary']
} as const

export type ColumnRole = keyof typeof columnWords

/**
 * Headings of a column of events in a table of no names, beside a column of dates (\`时间\` | \`事件\`): each row reads as
 * a sentence its date opens (\`2016 年 5 月\` | \`星河联盟成立\`).
 */
export const eventColumnWords: readonly string[] = ['事件', '大事', '大事记', '重要事件', '重大事件', '里程碑', '事项', '内容', '进展', '动态', 'Event', 'Events', 'Milestone', 'Milestones']

/** Words before a kind word heading a column of names that say its rows are examples of that kind (\`代表项目\`, \`典型平台\`). */
export const exampleColumnWords: readonly string[] = ['代表', '代表性', '典型', '主要', '知名', '主流', '重点']

/**
 * Labels of a record's fields in a list of \`名称：值\` items under its heading (\`- 项目主页：…\`), besides the headings of
 * table columns (\`- 发起方：甲基金会\`, whose values are read as the column's): such an item is a field, never an entry.
 */
export const fieldLabels: readonly string[] = [
  '主要语言', '开发语言', '编程语言', '语言', '项目主页', '主页', '官网', '官方网站', '网址', '地址', '链接', '定位', '简介', '介绍', '描述',
  '许可证', '开源协议', '许可协议', '状态', '特点', '特性', '代码仓库', '仓库', '源码', '源代码', '文档', '版本', '最新版本', '领域', '应用领域',
  '应用场景', '场景', '共识算法', '共识机制', '智能合约', '指导单位', '主管单位', '业务主管单位', '秘书处', '秘书长单位', '理事长单位', '所在地', '总部', '注册地',
  '联系方式', '性质', 'License', 'Homepage', 'Website', 'Language', 'Status', 'Repository'
]

/**
 * Words that end the label of a field whose value is the record's own name (\`项目名称：链融通供应链金融平台\`,
 * \`平台全称：…\`): under a case's heading it names the record, more fully than the heading may.
 */
export const nameFieldEnds: readonly string[] = ['名称', '全称', '名字', '简称', 'Name']

/**
 * Words that end the label of a field whose value is prose about the record (\`案例简介：链融通平台基于…\`,
 * \`- 项目介绍：…\`): its sentences are read as the record's text, never as a value.
 */
export const proseLabelEnds: readonly string[] = ['简介', '介绍', '描述', '概述', '概况', '说明', 'Description', 'Overview', 'Summary']
