/** Words that split a list of organisations. */
export const partySeparators = /、|，\s{0,3}(?:以及|及|和|与)|以及|及|和|与|联合(?![国会体网])|携手|联手|,\s{0,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3}/u

/**
 * Openers of an item that names no organisation but a number or a crowd of them (where they come from may open the
 * count: \`全球 200 多家成员\`, \`国内外 80 余家机构\`).
 */
export const vagueItem = /^(?:(?:全球|国内外|国内|国外|海外|国际|世界各地|各地|业内|\p{Script=Han}{1,6}?[省市区县])的?\s*(?=[\d一二两三四五六七八九十百千数几上超逾近约将接不大多]))?(?:(?:超过|逾|近|约|将近|接近|不到|不足|大约|多于)?\s*\d|(?:数|几|上)?[一二两三四五六七八九十百千]+\s*[多余]?\s*[家个名所]|新?一群|新?一批|一组|一支|众多|许多|很多|大量|多家|多个|一些|若干|各类|各种|各大|其他|其它|某)/u

/** Words in a kind (`等众多公司`) that only count, and are taken off it. */
export const kindQuantifiers = /^(?:\d+\s*[多余]?\s*[家个名所位]|[一二两三四五六七八九十百千]+\s*[多余]?[家个名所位]|众多|许多|很多|多家|多个|一些|其他|其它|知名|大型)+/u

/** Kinds an organisation's name may end in after a Latin name, taken off as its kind (`Acme 公司`); a bank's word stays (`Acme 银行` is how the bank is called). */
export const trailingKinds: readonly string[] = ['公司', '集团', '机构']

/** Words that end an organisation's name and stay in it (`Acme 基金会` is the foundation's name, `Acme 公司` a company called Acme). */
export const organisationEndings: readonly string[] = [
  ...trailingKinds, '银行', '基金会', '央行', '大学', '学院', '研究院', '研究所', '实验室', '协会', '促进会', '联合会', '交易所', '事务所', '中心', '证券', '保险', '控股', '科技', '信托', '资本', '电子', '通信', '数据', '软件', '数科', '金服', '法院', '检察院', '公证处', '管理局', '委员会'
]

/** Words that end a group's name, whose units are named right after it, with no word between: \`甲集团乙数科\` is a unit of the group. */
export const groupEndings: readonly string[] = ['集团', '控股']

/** Names of the country the documents are written in: part of an organisation's name, not a descriptor. */
export const homeCountries: readonly string[] = ['中国', '中华人民共和国']

/**
 * Words that name a technology or field rather than an organisation: a party
 * named so is kept, with a warning, since a converter or an author slipped.
 */
export const technologyWords: readonly string[] = [
  '物联网', '区块链', '人工智能', '云计算', '大数据', '互联网', '移动互联网', '5G', 'AI', 'IoT', '边缘计算', '智能合约'
]

/**
 * Fields of study and of technology a research body is named after, two of them joined by a conjunction inside its name
 * (\`甲区块链与边缘计算研究院\`, \`计算机科学与技术学院\`): the conjunction joins no two parties there.
 */
export const studyFields: readonly string[] = [...technologyWords, '科学', '技术', '工程', '经济', '管理', '金融', '信息', '通信', '安全', '法学', '治理', '计算']

/** Endings of a research or teaching body's name, after the fields it studies (\`边缘计算研究院\`). */
export const researchEndings: readonly string[] = ['研究院', '研究所', '研究中心', '研究室', '实验室', '重点实验室', '学院']

/** Names of programming languages and runtimes: \`由 Java 和 Kotlin 开发\` names no developer. */
export const notOrganisations: readonly string[] = ['Java', 'Kotlin', 'Go', 'Golang', 'Python', 'C++', 'C', 'JavaScript', 'TypeScript', 'Ruby', 'Rust', 'Solidity', 'Docker', 'Kubernetes', 'Linux', 'JVM', 'EVM', 'WebAssembly', 'Node.js', 'NodeJS']

/** Words that open what a list of parties says of where they come from, up to \`的\`: \`来自金融、电信等行业的甲电信、乙银行\`. */
export const sourceWords: readonly string[] = ['来自']

/** Words by which a document's publisher speaks of itself (\`本公司自主研发的\`): no organisation's name (the cover names it). */
export const selfOrganisations: readonly string[] = ['本公司', '我公司', '我司', '公司', '本行', '我行', '本集团', '本机构', '本单位', '我们']

/** People of an organisation a text names instead of it (\`甲大学的研究者\`): the organisation is the party. */
export const peopleOf: readonly string[] = ['研究人员', '研究团队', '研究者', '开发团队', '研发团队', '技术团队', '开发人员', '开发者', '工程师', '团队', '学者']

/** Words for people after the word that ends a list (\`Hollis 等人\`, \`甲等学者\`): the list names persons, no organisation. */
export const peopleAfterList: readonly string[] = ['人', '作者', '学者', '研究者', '研究人员']

/** Words for a person before a name (\`程序员 Wren\`, \`创始人 Vale\`): one person, no organisation, is no party the dataset keeps. */
export const personTitles: readonly string[] = ['程序员', '创始人', '联合创始人', '工程师', '研究员', '教授', '博士', '作者', '开发者', '科学家', '密码学家', '首席执行官', '总裁', '先生', '女士']

/** Words that end the name of a language or a tool, never of an organisation (\`由 Python 语言开发\`), nor say that a Latin name before them is a platform (\`基于 Kafka 框架\`). */
export const notOrganisationEndings: readonly string[] = ['语言', '编程语言', '框架', '虚拟机', '系统', '容器', '数据库']

/**
 * Category nouns, and the words that narrow them without naming anyone: a
 * party written only with these (\`科技企业\`, \`传统企业\`, \`大型金融机构\`)
 * is a kind of organisation, not one.
 */
export const categoryHeads: readonly string[] = ['企业', '公司', '机构', '行业协会', '行业组织', '银行', '高校', '大学', '院校', '组织', '厂商', '运营商', '提供商', '服务商', '供应商', '团队', '单位', '集团', '券商', '基金', '证券', '保险', '交易所']
export const categoryModifiers: readonly string[] = [
  '传统', '科技', '金融', '互联网', '大型', '中小', '小型', '国际', '国内', '国外', '海外', '知名', '初创', '领先', '头部', '主流', '相关', '重点', '骨干',
  'IT', '制造', '商业', '投资', '研究', '咨询', '电信', '证券', '保险', '创业', '技术', '服务', '其他', '其它', '各类', '各大', '众多', '多家', '地方', '股权',
  '全球', '硅谷', '华尔街', '欧美', '亚洲', '欧洲'
]

/**
 * What opens the words after \`等\` when a list named sorts of organisation (\`银行、证券等六大类行业\`,
 * \`等领域\`), not organisations (\`甲、乙等各类机构\` names two).
 */
export const sortsAfterList = /^\s*(?:[\d一二三四五六七八九十几多]+\s*大?类|行业|领域|类型)/u

/**
 * Words that keep a short subject from being an organisation's name (\`腾星推出了\` has one, \`各方积极推动成立\`
 * does not): pronouns, crowds, and the words of a predicate that did not start with a verb of founding.
 */
export const notSubjects: readonly string[] = [
  '我们', '他们', '我国', '我司', '本公司', '该公司', '公司', '各方', '多方', '各地', '各国', '国家', '政府', '业界', '行业', '市场', '社会', '用户', '企业', '机构', '团队',
  '推动', '积极', '努力', '计划', '预计', '准备', '开始', '陆续', '纷纷', '相继', '先后', '已经', '正在', '将会', '不断', '逐步', '首次', '随后', '同时', '此外', '目前'
]

/** Words after a country that make the rest a body of that country, named with it (\`新加坡国立大学\`, \`美国国家标准与技术研究院\`): the country stays. */
export const nationalPrefixes: readonly string[] = ['国立', '国家', '皇家', '联邦', '中央']

/**
 * Endings of the name of a body its members form (\`星河账本联盟\`): such a body
 * may be the subject that launches a product (\`星河账本联盟推出了 Nova\`),
 * though its name reads as no company's.
 */
export const memberBodyEndings: readonly string[] = ['联盟', '联合体', '共同体']

/** Endings of a country's public bodies, named with their country (\`新加坡金融管理局\`, \`日本央行\`): the country stays in the name. */
export const publicBodyEndings: readonly string[] = ['局', '部', '署', '厅', '委员会', '央行', '中央银行', '储备银行', '管理局', '监管局', '政府', '议会']

/** The word after the last item of a list that says the list goes on (\`甲、乙等科技企业\`): what follows it describes the list. */
export const etcetera = '等'

/** Words after a maker that say whom its product is for, before the verb (\`丙科技面向金融机构推出的\`): none of the maker's name. */
export const purposeWords: readonly string[] = ['面向', '针对', '专为', '专门面向']

/** Particles between an agent and its verb (\`由甲公司所开发\`): no part of the party, unless an organisation's ending holds them (\`乙研究所\`). */
export const agentParticles: readonly string[] = ['所']

/** What no organisation's name holds: a dash sets a name apart from what is said of it (\`Murray —— 丙公司发布的…\`). */
export const notInPartyName = /—|--/u

/**
 * Words that say the makers of a thing made what it is built on themselves (\`底层技术：自主研发的南屿链\`): that base was
 * made by the same makers; alone in a base's place, they name no base.
 */
export const selfMadeWords: readonly string[] = ['自研', '自主研发', '自主研制', '自主开发', '独立研发', '自行研发']

/** Words a base's place may hold that name no base: a platform built on nothing else (\`自研\`, \`自主研发\`), or a cell left empty (\`无\`). */
export const notBases: readonly string[] = [...selfMadeWords, '自有', '原创', '无', '暂无', '不详', '未知']
