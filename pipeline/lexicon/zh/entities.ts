import type {EntityKind} from '../../dataset/kinds.ts'

/**
 * Head nouns that tell what kind of entity a name or a section is about.
 * Chinese puts the head noun last, so the word nearest the end decides.
 */
export const kindWords = {
  alliance: ['联盟组织', '联盟', '盟', '协会', '促进会', '联合会', '联合体', '共同体', 'Alliance', 'Alliances', 'Consortium', 'Consortia', 'alliance', 'consortium', 'consortia', 'Association'],
  platform: ['开源平台', '服务网络', '平台', '链', '账本', '项目', '社区', 'Platform', 'Platforms', 'platform', 'platforms', 'Ledger', 'Project', 'Projects', 'Community', 'Communities']
} as const

/**
 * Heads a name set apart may take besides its kind's own words: in quotes
 * (\`“星票”产品\`, \`“星汇”解决方案\`), or defined by the first words of its
 * entry line (\`星钱包：区块链数字钱包，…\`). Only a name set apart so makes a
 * record with them; \`支付系统\` alone names nothing.
 */
export const setApartKindWords = {
  alliance: [],
  platform: ['产品', '解决方案', '系统', '钱包', '客户端', '币', '网络', '基础设施', '协议', '框架', '联盟链', '公有链', '私有链', '许可链', '底层链', '公链', '区块链', '分布式账本', '区块链服务', 'Network', 'Protocol', 'Wallet', 'Chain', 'Blockchain']
} as const

/** Words between a Latin name and such a head that say what sort it is, still the name's head (\`Hedera 公共网络\`, \`Lumen 支付网络\`). */
export const setApartModifiers: readonly string[] = ['公共', '公有', '开放', '开源', '去中心化', '分布式', '支付', '数据']

/** Words between a Latin name and such a head that make it a technique, no thing launched (\`Helix 共识协议\`, \`Kestrel 签名算法\`). */
export const techniqueModifiers: readonly string[] = ['共识', '签名', '加密', '哈希', '排序', '路由', '传输', '证明']

/** Last words of a technique's name in the script (\`哈希锁定\`, \`公证人机制\`): what a thing is built on so named is a technique, no base. */
export const techniqueEndings: readonly string[] = ['机制', '算法', '锁定', '证明', '通道', '技术', '方法', '模型']

/**
 * Words for a kind's products in general, before examples of them
 * (\`商业的方案如 Nova 和 Vega\`): the examples are records of the kind when
 * their names hold a Latin name.
 */
/** Words before a word for a kind's products in general that keep it general (\`Vega、Lyra 等开源方案\`); any other (\`共识方案\`) makes it something else's. */
export const exampleModifiers: readonly string[] = ['开源', '去中心化', '商用', '商业', '主流', '成熟', '知名', '同类', '类似', '其他', '其它', '区块链', '云']

export const exampleKindWords = {
  alliance: [],
  platform: ['方案', '解决方案', '应用']
} as const

/** Words after a list of examples that close it: \`如 Nova 和 Vega 之外\`. */
export const exampleListEnds: readonly string[] = ['之外', '以外', '等等', '等']

/** Section headings about organisations of other sorts: their entries are companies or schools, not alliances or platforms, whatever their names end in. */
export const organisationSections: readonly string[] = ['企业', '公司', '机构', '学术界', '高校', '院校', '投资机构', '金融机构', '初创公司', '骨干企业', '科研机构', 'Companies', 'Enterprises']

/**
 * What the first sentence of an entry says it is, when its name and section
 * do not: \`…的金融联盟组织\` (an alliance), \`成员包括…\` (an alliance). The
 * kind word ends a clause, after \`的\`.
 */
export const kindInDescription: Readonly<Record<EntityKind, readonly string[]>> = {
  alliance: ['联盟组织', '联盟', '行业组织'],
  platform: ['开源平台', '区块链平台', '链平台', '技术平台', '开源项目', '区块链项目', '账本项目', '分布式账本', '联盟链', '公有链']
}

/** Heads names set apart take after which a Latin name is a ticker, not a product's name: \`发行美元稳定币 USDT\`. */
export const tickerHeads: readonly string[] = ['币']

/** Words of a field or trade that end in a kind word: no kind, but a modifier that narrows a name (\`供应链区块链联盟\` names one). */
export const fieldWords: readonly string[] = ['供应链', '产业链', '价值链', '数据链', '信任链']

/**
 * Words that end in a kind word without being of that kind: 链 in 区块链 or
 * 供应链 makes no platform, nor does 账本 in 分布式账本.
 */
/** Words that rank a thing among others (\`国内首条联盟链\`, \`唯一的\`): a phrase holding one describes, it names nothing. */
export const rankingWords: readonly string[] = ['首个', '首条', '首家', '首款', '首批', '第一', '唯一', '最大', '最早', '最新', '最具']

export const notOfKind: readonly string[] = [
  '区块链', '联盟链', '公有链', '私有链', '公链', '私链', '侧链', '主链', '跨链', '多链', '子链', '平行链', '中继链', '应用链', '底层链', '许可链',
  '分布式账本', '共享账本', '总账本',
  // unions of states, not alliances of organisations
  '欧盟', '非盟', '东盟', '阿盟', '南盟', '国际电信联盟', '国际电联', '万国邮政联盟',
  ...fieldWords
]

/**
 * Phrases of a kind that name no one in particular: a section may be about
 * them, a record is never called by one (区块链联盟 said of alliances in general).
 */
/** Endings of a noun for a quality (\`安全性\`, \`透明度\`): a word in the script so ending names no record, as a point under a heading of projects. */
export const qualityEndings: readonly string[] = ['性', '度']

/** Endings of words in the script that name a part of a system (\`共识模块\`, \`应用层\`), no record of their own. */
export const partEndings: readonly string[] = ['模块', '组件', '子系统', '接口', '层']

/** Words for a sort of chain, naming none: the head of a list of chains of that sort (\`比特币、以太坊等公有链\`). */
export const chainSorts: readonly string[] = ['联盟链', '公有链', '私有链', '许可链', '公链']

export const genericNames: readonly string[] = [
  ...notOfKind,
  '区块链联盟', '产业联盟', '区块链产业联盟', '行业联盟', '相关联盟', '战略联盟', '联盟',
  '区块链平台', '开源平台', '区块链开源平台', '底层平台', '技术平台', '区块链技术平台', '服务平台', '应用平台', '开放平台', '交易平台', '平台',
  '服务网络', '区块链服务网络', '区块链网络',
  // a currency in general, not one by name (\`域名币\` is one)
  '货币', '数字货币', '加密货币', '虚拟货币', '电子货币', '法定货币', '法币', '稳定币', '代币', '数字代币', '加密代币', '本币', '外币', '人民币', '硬币',
  '项目', '开源项目', '区块链项目', '研究项目', '试点项目', '示范项目', '应用项目', '合作项目',
  '社区', '开源社区', '技术社区', '开发者社区', '开放社区', '区块链社区',
  '同盟'
]

/**
 * The kind words that make a name in running text a record (with a short
 * name declared or a clause that gives its parties): not 协会 and the like,
 * which running text uses of associations of every sort.
 */
export const mentionKindWords: Readonly<Record<EntityKind, readonly string[]>> = {
  alliance: ['联盟组织', '联盟', '盟', 'Alliance', 'Consortium'],
  platform: ['服务网络', '平台', '链', '账本', '项目', '社区', 'Platform', 'Ledger', 'Project', 'Community']
}

/** Words after a name that say what it is without changing whom it names: \`星河账本项目\` is \`星河账本\`. */
export const nameSuffixes: readonly string[] = ['项目', '社区', '平台', '体系', '系统', '网络', 'Project', 'Community', 'Platform', 'Network', 'Protocol', 'Wallet', 'Chain', 'Blockchain']

/** Words between a name and such a suffix that still leave the name whom it names: \`丁岳链开放平台\` is \`丁岳链\`. */
export const suffixModifiers: readonly string[] = ['开放', '开源', '公共', '基础', 'BaaS']

/** Kind words that alone head a section about their kind (\`# 联盟\`); others alone (\`账本\`) are things. */
export const bareSectionWords: Readonly<Record<EntityKind, readonly string[]>> = {
  alliance: ['联盟', 'Alliance', 'Alliances', 'Consortium', 'Consortia'],
  platform: ['平台', 'Platform', 'Platforms']
}

/** Quotes, colons and copulas around a short name in its parentheses: \`（简称：“X”）\`, \`（简称为X）\`. */
export const aliasWrapping = /^[\s：:为是“”"「」‘’]+|[\s“”"「」‘’]+$/gu

/** What joins the items of a list in running text: a clause without one names no list of parties. */
export const itemSeparators: readonly string[] = ['、', '，以及', '以及', '及', '和', '与']

/**
 * Words a name in running text starts after: the last of them before a kind
 * word ends whatever came before the name (\`…发起成立的X联盟\`, \`例如X联盟\`).
 */
export const nameBoundaries: readonly string[] = [
  '的', '了', '由', '是', '在', '和', '与', '及', '等', '为', '将', '被', '把', '对', '向', '从', '关于', '例如', '比如', '包括', '如', '即', '并', '也', '还', '已', '其中',
  '联合', '携手', '联手', '基于', '支持', '采用', '使用', '围绕', '作为', '成为'
]

/** What a parenthesis after a name says to declare its short name: \`（简称：X）\`, \`（以下简称“X”）\`. */
export const aliasIntroductions: readonly string[] = ['以下简称', '下称', '简称', '英文简称', '英文名称', '英文名', '又称', '亦称', '全称', '原名', '曾用名', '前身为', '原']

/** Words before a former name in parentheses: \`天穹链（原天穹区块链）\` was called \`天穹区块链\`. */
export const formerNameWords: readonly string[] = ['原名', '曾用名', '前身为', '原']

/** Verbs before \`的X\` that make the parties before them X's founders, and those that make them its members. */
export const foundingClauseVerbs: readonly string[] = ['共同发起成立', '联合发起成立', '发起成立', '联合成立', '共同成立', '发起设立', '牵头成立', '发起', '成立', '创立', '组建', '创建', '设立']
export const joiningClauseVerbs: readonly string[] = ['参加', '加入', '参与']

/** Headings of a subsection that only introduces what the heading above it names: \`## Aurum 项目\`, then \`### 简介\`. */
export const overviewHeadings: readonly string[] = ['简介', '介绍', '概述', '概况', '概要', '基本介绍', '项目简介', '项目介绍']

/** Words after a section's subject that say it is an overview of it: 平台概览 is about platforms. */
export const topicSuffixes: readonly string[] = ['概览', '概述', '概况', '介绍', '简介', '一览', '列表', '综述', '现状', '情况', '盘点', '汇总', '分析']

/** Words that describe what a thing does or how it is built, before a head (\`支付网络\`, \`分布式系统\`): a phrase of them names no one. */
export const functionWords: readonly string[] = [
  '支付', '存储', '金融', '数据', '交易', '清算', '结算', '身份', '跨境', '计算', '通信', '分布式', '去中心化', '开放', '公共', '企业级', '私有', '公有',
  '许可', '隐私', '智能', '数字', '点对点', '价值', '信任', '安全', '共享', '开源', '底层', '服务', '管理', '溯源', '认证', '监管',
  '电子', '存证', '票据', '政务', '司法', '版权', '能源', '医疗', '物流', '贸易', '征信', '保险', '积分', '资产', '追溯', '协同', '共识', '跨链', '电商',
  // fields a platform serves: \`不动产登记区块链平台\` says what it does, and names no one
  '登记', '不动产', '证照', '发票', '税务', '档案', '公证', '审计', '招投标', '扶贫', '公益', '农业', '食品', '药品', '交通', '教育', '房产', '产权', '版权保护',
  '证券', '供应链', '物联网', '保理', '信贷', '债券', '医保', '慈善', '电力', '碳排放', '航运', '港口', '海关', '通关', '防伪', '仓储', '知识产权', '社保', '租赁', '跨境支付'
]

/** Words before a generic phrase that still name no one: 国内外区块链联盟 is alliances in general. */
export const genericModifiers: readonly string[] = [
  '国内外', '国内', '国外', '全球', '各类', '各种', '主要', '相关', '不同', '众多', '多个', '一些', '新的', '这些', '那些', '国际',
  '以下', '下列', '上述', '典型', '主流', '知名', '常见', '其他', '其它', '现有', '顶级', '重点', '代表性', '代表', '历史', '早期', '后续',
  // what a product is like, not who it is: \`企业级区块链平台\`, \`高性能联盟链平台\`
  '企业级', '金融级', '商业级', '工业级', '高性能', '高可用', '可扩展', '轻量级', '开源', '分布式', '去中心化', '自主可控', '自主研发',
  '国产', '通用', '新一代', '下一代', '新型', '大型', '底层', '基础', '联盟链', '公有链', '私有链', '许可链', '公链',
  // where it acts, not who it is: \`全球性区块链联盟\`, \`非营利性组织\`
  '全球性', '国际性', '全国性', '区域性', '地方性', '行业性', '综合性', '非营利性', '非营利', '开放式', '跨行业', '跨境'
]

/** Latin terms of the trade that follow a kind's phrase without naming one: \`平台 API\`, \`服务平台 BaaS\`. */
export const technicalTerms: readonly string[] = [
  'API', 'APIs', 'SDK', 'BaaS', 'SaaS', 'PaaS', 'IaaS', 'App', 'APP', 'Apps', 'DApp', 'DApps', 'DAPP', 'IT', 'ID', 'IoT', 'AI', 'P2P', 'PoW', 'PoS', 'DPoS',
  'PBFT', 'BFT', 'Raft', 'RAFT', 'KYC', 'CA', 'PKI', 'TPS', 'UTXO', 'EVM', 'VM', 'Token', 'Tokens', 'ICO', 'NFT', 'DeFi', 'Web', 'HTTP', 'JSON', 'SQL',
  // protocols and formats of the internet at large, proposed and kept by standards bodies, no one's product
  'HTTPS', 'TCP', 'UDP', 'IP', 'TLS', 'SSL', 'DNS', 'SMTP', 'FTP', 'BGP', 'MQTT', 'REST', 'RPC', 'gRPC', 'XML', 'DID', 'SSI'
]

/** Words a name never starts with: pronouns, determiners and prepositions, so what follows them is no name. */
export const notNameStarts: readonly string[] = ['其', '该', '此', '这', '那', '各', '每', '本', '另', '第', '一个', '一类', '一种', '一些', '有些', '在', '对', '从', '向', '与', '和', '及', '或', '多', '该类', '某', '国内', '首个', '首家', '的', '了']

/** Words that point back at the entity the text is about. */
export const anaphors: Readonly<Record<string, EntityKind | 'any'>> = {
  该联盟: 'alliance',
  此联盟: 'alliance',
  该协会: 'alliance',
  该平台: 'platform',
  此平台: 'platform',
  该项目: 'platform',
  该系统: 'platform',
  该链: 'platform',
  其: 'any',
  它: 'any'
}

/**
 * Words that point back at a record when the phrase for a kind follows, a few
 * words of description between (\`该支付网络\`, \`此开源平台\`), besides the
 * pointers above; not when they speak of a sort (\`notPointers\`).
 */
export const demonstratives: readonly string[] = ['该', '此']
/** The word by which a document points at its own subject: \`本平台\`, \`本系统\` in a product's white paper. */
export const selfReferences: readonly string[] = ['本']
export const notPointers: readonly string[] = ['该类', '此类', '该种', '此种', '该些', '此些']

/** Heads products are named with, rather than described (\`乙链\`, \`丙币\` name one; \`企业级区块链服务平台\` describes one): a clause of launching before a name so headed makes it a record. */
export const nameLikeHeads: readonly string[] = ['链', '币', 'Chain', 'Coin']

/** An opening clause that only says what the sentence is about (\`在开源平台方面，\`, \`在金融领域，\`): its first word and its last. */
export const topicClause = {
  /** Words that open a clause saying what the sentence's deed was for: \`为推动标准统一，\`. */
  purposes: ['为了', '为'],
  /** Words that end a short clause saying what the sentence is about, with no \`在\` before: \`国内方面，\`. */
  aboutAlone: ['方面', '层面'],
  /** A clause that sets what follows against something else: its first word and its last (\`与这些网络不同，\`, \`和甲相比，\`). */
  comparison: {before: ['与', '和', '同', '跟'], after: ['不同', '相比', '相比较', '类似', '相似', '一样', '相同']},
  before: ['在'],
  after: ['方面', '领域', '层面', '背景下', '方向上', '中', '上', '支持下', '指导下', '推动下', '领导下', '倡导下', '主导下', '见证下', '号召下'],
  /** Clauses that say only where or how what follows holds, whole before their comma: \`国际上，\`, \`例如，\`. */
  whole: [
    '国际上', '国外', '国内', '海外', '国内外', '全球范围内', '在国外', '在国内', '在海外', '在全球', '全球',
    '总体上', '总体来看', '整体来看', '事实上', '实际上', '具体来说', '具体而言', '简单来说', '一般来说',
    '首先', '其次', '再次', '最后', '与此同时', '值得一提的是', '值得注意的是', '据统计', '据了解', '据悉', '一方面', '另一方面',
    '当前', '现阶段', '例如', '比如', '譬如', '又如', '再如', '如', '其中', '相比之下', '与此不同', '与之相比', '与此相比'
  ]
} as const

/** Words that open a sentence without being its subject. */
export const sentenceOpeners: readonly string[] = [
  '截至目前', '截止目前', '截至当前', '到目前为止', '迄今为止', '迄今', '据统计', '据了解', '据悉', '据报道', '据介绍', '据称', '与此同时',
  // (news of the day: \`近日，甲银行宣布…\`)
  '近日', '日前', '近期', '最近', '不久前', '今年以来', '值得一提的是', '值得注意的是', '需要指出的是',
  '至今', '目前', '同时', '此外', '另外', '其中', '随后', '之后', '此后', '近年来', '如今', '并且', '而且', '并', '而', '且', '也', '还',
  // words that introduce an example: what follows is the subject (\`典型的应用案例是 Iris 网络，它由…推出\`)
  '例如', '比如', '譬如', '典型的应用案例是', '典型的案例是', '典型案例是', '典型的例子是', '一个典型的例子是',
  // the label of a note, with its colon: \`注：Potoroo 联盟于 2018 年成立\`
  '注：', '注:', '备注：', '说明：', '提示：'
]

/**
 * Words that open a sentence by introducing a representative one, the name
 * after them its subject: \`比较有代表性的是 X\`, \`另一个代表性的项目是 X\`
 * (\`before\`, then a modifier, a noun for what it is, and \`是\`).
 */
export const representativeOpening = {
  before: ['另一个', '又一个', '一个'],
  modifiers: ['最具代表性的', '最有代表性的', '比较有代表性的', '较有代表性的', '具有代表性的', '有代表性的', '代表性的', '最典型的', '比较典型的', '典型的', '知名的', '著名的', '值得关注的', '值得一提的', '值得注意的', '重要', '知名', '著名'],
  nouns: ['应用案例', '案例', '例子', '项目', '平台', '产品', '联盟', '组织'],
  /** What may follow the noun: \`代表性的项目之一是\`. */
  partitives: ['之一'],
  copulas: ['是', '为']
} as const

/** Words that open a phrase saying what the subject after it is: \`作为首个开源的许可链平台，启明链…\`. */
export const appositionOpeners: readonly string[] = ['作为']

/** Words that introduce the items of a list. */
export const listIntroductions: readonly string[] = ['主要包括', '包括', '例如', '比如', '譬如', '诸如', '主要有', '如', '有']
/** Those of them that introduce examples after a comma too: \`一批代表性的底层平台，如甲链、乙链等\`. */
export const exampleIntroductions: readonly string[] = ['例如', '比如', '譬如', '诸如', '如']
/** The words around an example a sentence opens with, the name between them: \`以 Tessel 为例，该项目…\`. */
export const exampleFrame = {before: ['以'], after: ['为例', '为代表']} as const
/** Words that open with an introduction and introduce nothing: \`如果\`, \`如何\`. */
export const notIntroductions: readonly string[] = ['如果', '如何', '如今', '如下', '如同', '如此', '如是', '有关', '有效', '有助', '有利', '有望', '有所', '有着', '有些', '有的', '有待']
/** Words that end a sentence introducing a list whose items follow as a list of their own (\`主流平台包括：\`, \`例如：\`, \`如下：\`). */
export const itemListIntroductions: readonly string[] = ['主要包括', '包括', '例如', '比如', '譬如', '诸如', '主要有', '如下', '有以下', '以下', '有']
/** Nouns a sentence introducing a list ends with when its items are no records but points of the text (\`遵循以下原则：\`, \`主要特点如下：\`). */
export const pointListHeads: readonly string[] = ['原则', '几点', '要点', '特点', '优点', '缺点', '优势', '功能', '特性', '方面', '步骤', '问题', '建议', '措施', '挑战', '目标', '要求', '条件', '场景', '阶段', '思路', '方向']
/** Words that begin as a list's introduction and are none: \`如果\`, \`有些\`. */
export const notListIntroductions: readonly string[] = ['如果', '如何', '如下', '如今', '如同', '如此', '有些', '有的', '有关', '有效', '有助']

/** The words around the parties a crowd is said to include: \`包括甲银行、乙证券在内的 60 多家机构\`. */
export const inclusionFrame = {before: ['其中包括', '包括', '包含'], after: ['在内的', '在内']} as const

/** Words that point back at a name just given and say what it is, before an article: \`推出了 Zenith，这是一种许可链\`. */
export const appositionCopulas: readonly string[] = ['这是', '它是', '此为']

/** Words that open a clause about the first or the second of two names the sentence opened with: \`甲和乙是…，前者由…开发，后者由…开发\`. */
export const formerLatter = {former: ['前者'], latter: ['后者']} as const

/** Words for a part of a thing (\`X 是 Hyperion 的一个子项目\`): what it is a part of holds it, and made none of it. */
export const partWords: readonly string[] = ['子项目', '子链', '子网', '子系统', '分支', '组件', '模块']

/** Words that count two things of a kind before its word (\`甲和乙是市值最大的两条公链\`): each of a pair of names is one, makers said or not. */
export const pairCounts: readonly string[] = ['两条', '两个', '两种', '两大', '两款', '两家', '两项']

/**
 * A definition of a list of names, all of which it says are of a kind: the adverbs for all before its copula
 * (\`甲链、乙链和丙链都是…联盟链平台\`), and a count of them after it (\`…是三个联盟链平台\`).
 */
export const listDefinition = {allAdverbs: ['都', '均', '皆', '全都', '同样', '同'], copulas: ['是', '为', '属于'], count: /^[两二三四五六七八九十\d]+\s{0,2}[个条种大款家项]/u} as const

/**
 * \`以甲、乙为代表的开源项目\`: the words around a list of examples of a kind,
 * and the words that hold the character of \`before\` without opening the frame (\`可以\`).
 */
export const representativeFrame = {
  before: '以',
  after: ['为代表的', '为首的'],
  notBefore: ['可以', '所以', '予以', '得以', '难以', '加以', '足以', '用以', '借以'],
  /** What may follow the phrase for the kind in its clause, the predicate it is the subject of: \`…为代表的开源项目持续活跃\`. */
  predicates: [
    '持续', '不断', '纷纷', '陆续', '相继', '逐渐', '逐步', '日益', '日趋', '迅速', '快速', '蓬勃', '大量', '已经', '已', '正在', '均', '都', '也', '还',
    '涌现', '出现', '兴起', '发展', '活跃', '成熟', '开始', '得到', '获得', '成为', '占据', '受到', '引领', '推动'
  ]
} as const

/** Words after the last item of a list. */
export const listEndings: readonly string[] = ['等等', '等']

/** Words of quantity between a list's ending and the phrase for its kind: \`甲、乙等多个开源项目\`. */
export const listQuantifiers: readonly string[] = ['多个', '几个', '数个', '多项', '一系列', '一批', '众多', '诸多', '若干', '许多', '大量', '不少', '一些']
/** Verbs that take a list of things as their object (\`X 支持与甲、乙等联盟链互通\`): an item ending in one is its subject and verb, no name. */
export const listTakingVerbs: readonly string[] = ['支持', '兼容', '对接', '接入', '集成', '适配', '连接', '打通']
/** Words that say which of a kind a list closed by \`等\` gives, before the phrase for the kind (\`甲、乙等主流联盟链\`, \`甲和乙等现有的许可链系统\`). */
export const listModifiers: readonly string[] = ['主流', '常见', '知名', '著名', '典型', '代表性', '现有', '已有', '其他', '其它', '流行', '成熟']

/** Words that give a name before \`的\` and the phrase for its kind: \`推出了名为 Nova 的区块链平台\`. */
export const namingWords: readonly string[] = ['名为', '名叫', '叫做', '称为', '命名为']

/** Words that place the entities of a list abroad or at home. */
export const originWords = {
  international: ['国际', '国外', '海外', '全球', '世界'],
  domestic: ['国内', '我国', '本土']
} as const

/**
 * Words of a status tag after a name, in brackets (\`Nova [Archived]\`,
 * \`Nova 项目 [Labs/Archived]\`): the state of a project, never part of its
 * name. Compared without letter case.
 */
export const statusTagWords: readonly string[] = [
  'archived', 'deprecated', 'labs', 'lab', 'incubation', 'incubating', 'graduated', 'dormant', 'active', 'end of life', 'eol', 'retired', 'legacy', 'experimental', 'beta', 'alpha',
  '已归档', '归档', '已废弃', '废弃', '孵化', '孵化中', '毕业', '休眠', '实验'
]

/** Words that open parentheses pointing at a reference rather than naming anything: \`Nova（见文献 9）\`. */
export const citationWords: readonly string[] = ['参见文献', '详见文献', '见文献', '参见', '详见', '见', '引自', 'see ', 'cf.']
