/** Verbs of `由…发起` sentences: founding an alliance, or launching a platform. */
export const foundingVerbs: readonly string[] = ['联合发起', '共同发起', '发起成立', '发起设立', '发起组建', '联合成立', '共同成立', '发起', '成立', '创立', '创建', '组建', '设立', '建立', '揭牌', '挂牌']
/** Verbs by which an organisation offers a service it runs: \`（X 服务：）由 Cirrus Cloud 提供\`, its maker in an entry's text after its agent. */
export const providingVerbs: readonly string[] = ['提供']
/** Verbs that found what follows them only in the active voice, perfective (\`甲、乙等 8 家银行组成了X联盟\`): \`由…组成\` counts members. */
export const formingVerbs: readonly string[] = ['组成了']
/** Events that found a body, named after it: \`X联盟成立大会在北京召开\` tells its founding as \`X联盟成立\` does. */
export const foundingEvents: readonly string[] = ['成立大会', '成立仪式', '成立暨', '揭牌仪式', '成立典礼']
export const launchVerbs: readonly string[] = ['推出', '研发', '开发', '设计', '发布', '启动', '发行', '打造', '构建', '搭建', '建设', '上线', '商用', '投入使用', '投入运营', '投入运行', '投产', '正式运行', '开始运行', '正式运营', '开始运营', '开放主网', '主网上线', '开始研发', '开始开发', '着手研发', '着手开发', '开放测试', '开放公测', '开始公测', '开启公测', '孵化', '共建', '承建', '建成', '部署', '开源', '提出', '主导', '贡献到', '贡献给', '捐赠给', '捐献给', '移交给', '贡献', '提交到']

/** Verbs of launching that make a thing and never start a body its members form (\`甲联盟于 2017 年发布了乙链，并于 2018 年开源\`). */
export const makingVerbs: readonly string[] = ['推出', '研发', '开发', '设计', '发布', '发行', '打造', '构建', '搭建', '承建', '开源', '孵化', '贡献']

/** Verbs of launching by which a system goes live (\`于 2020 年 1 月正式投产\`): they tell no start of a body its members form, whatever sentence they are in. */
export const goingLiveVerbs: readonly string[] = ['上线', '商用', '投入使用', '投入运营', '投入运行', '投产', '正式运行', '开始运行', '正式运营', '开始运营', '开放主网', '开放测试', '开放公测', '开始公测', '开启公测']

/** Verbs that give a project to a body that hosts it: \`贡献到星河社区\`, \`捐赠给甲基金会\`. What follows one, named with a kind word, is a record of that kind. */
export const givingVerbs: readonly string[] = ['贡献到', '贡献给', '捐赠给', '捐献给', '提交到', '移交给']

/** Verbs by which an organisation becomes what the words after a name say: \`甲银行成为星河联盟成员\`, \`甲银行当选为星河联盟理事单位\`. */
export const becomingVerbs: readonly string[] = ['成为', '当选为', '当选']
/** Words before the word for a member that say which of its terms or intakes: \`当选为星河联盟首届理事单位\`. */
export const memberTerms: readonly string[] = ['首届', '首批', '第一届', '新一届', '新一批', '新']

/** The marker of an object moved before its verb: \`甲公司将 Nova 项目贡献给乙基金会\`. */
export const objectMarkers: readonly string[] = ['将', '把']

/** Nouns a verb of founding or launching may head, making it no verb: \`开发计划\`, \`开发者\`, \`发布会\`. */
export const verbNouns: readonly string[] = ['计划', '者', '人员', '人', '器', '状态', '工具', '环境', '文档', '流程', '周期', '模式', '能力', '成本', '效率', '会', '版本', '过程', '阶段', '经验', '资金']

/** Adverbs between a record and the verb by which it starts another: \`星河项目也发起了 Vega 项目\`, \`甲公司此前还牵头组建了乙联盟\` (of addition, and of a time before or after). */
export const alsoAdverbs: readonly string[] = ['也', '还', '又', '亦', '则', '同样', '随后', '后来', '此前', '早前', '先前', '此后', '其后', '曾经', '曾', '已经', '早已', '已']

/** Words that open a clause going on with the one before, its subject the same: \`推出了 Nova 系统，并于 2021 年上线\`. */
export const clauseLinks: readonly string[] = ['并且', '并', '随后', '随即', '之后', '此后', '而后', '又', '也', '还']
/** Of those, the ones that go on with the subject before them, none of their own after them (\`…，并于 2020 年发布\`). */
export const sameSubjectLinks: readonly string[] = ['并且', '并', '又', '也', '还']
/** Verbs that make a thing public, after \`将\` and the thing, ending the clause: \`甲公司于 2019 年将 Corvid 开源\`. */
export const publishingVerbs: readonly string[] = ['开源', '发布', '上线', '推出', '商用']
/** Link words after a deed of the subject's between a date and the verb that tells its start: \`于 2018 年更名并对外开源\`. */
export const deedLinks: readonly string[] = ['并且', '并']

/** Words between parties that join them into one subject (`丁集团联合戊大学成立了`): they split a list of parties, not a name. */
export const joiningWords: readonly string[] = ['联合', '携手', '联手']

/** Words that may stand between the parties and the verb (`联合`, `升级`). */
export const verbAdverbs: readonly string[] = ['联合', '共同', '携手', '牵头', '主导', '倡议', '倡导', '参与', '率先', '首先', '首次', '最早', '最初', '先后', '相继', '升级', '自主', '独立', '合作', '正式', '主要', '进行', '内部', '对外', '公开', '投入', '负责', '统筹', '主持', '自发', '完成', '实现']

/** \`与甲银行、乙证券等机构开展合作\`: what a platform does with those who take part in it. */
/** Words of what a body its members found works on, before its kind word (\`东屿区块链产业联盟\`, \`技术应用创新联盟\`): none of who it is. */
export const fieldsOfBodies: readonly string[] = ['产业', '技术', '应用', '创新', '发展', '服务', '合作', '研究', '标准', '生态', '金融', '数字经济', '数字']
/** Words that open a phrase of what a subject is taken as, set off by a comma before what it did (\`星云链作为甲公司的核心产品，于 2019 年上线\`). */
export const asWords: readonly string[] = ['作为']
/** \`与东屿区块链产业联盟签署合作协议\`: the word before a body a record works with, and the verbs of an agreement or of working together after it. */
export const partnerFrame = {before: ['与', '同'], verbs: ['签署', '签订', '达成', '建立', '开展', '展开', '缔结', '共建', '合作']} as const
export const collaborationFrame = {before: ['与', '同'], verbs: ['达成合作', '开展合作', '进行合作', '展开合作', '达成了合作', '开展了合作', '进行了合作', '展开了合作', '合作', '共同探索', '探索', '联合测试', '开展试点', '开展了试点', '试点']} as const

/** Words between the parties a body takes in and the member word they become (\`吸纳丙公司为新成员\`). */
export const memberAs: readonly string[] = ['成为新的', '成为新', '成为', '为新的', '为新', '为正式', '为']

/**
 * A chain split in two (\`硬分叉\`), and the verbs that name what came of it (\`未接受分叉的链成为 Larch Classic\`,
 * \`形成了岚穹经典（Lanqiong Classic）\`): a chain of its own, started then.
 */
export const forkFrame = {
  words: ['硬分叉', '软分叉', '分叉', '分裂', '分歧', '原链'],
  results: ['成为', '成了', '形成了', '形成', '诞生了', '产生了', '分叉出', '分裂出', '被称为', '称为'],
  /** \`Quoll 由 Bilby 分叉而来\`: what a chain came of, after its name: the words before it and the verb after it. */
  from: ['由', '从', '是从', '是由'],
  forked: ['硬分叉而来', '分叉而来', '硬分叉出来', '分叉出来', '分叉产生', '分叉形成']
} as const

/** Verbs of keeping a thing running, no making: \`Sovrin 网络由乙基金会运营\` names the network, its keeper no maker of it. */
export const keepingVerbs: readonly string[] = ['运营', '维护', '运维', '管理', '托管']

/** Verbs after a party in a list of makers that make it a supervisor or a funder, not a maker: \`由甲部门指导、乙研究院等发起成立\`, \`由甲基金会资助、乙公司开发\`. */
export const guidanceVerbs: readonly string[] = ['指导', '主管', '监管', '支持', '资助', '赞助']

/** Adverbs of time between a subject and its agent: \`Zephyr 最初由甲公司开发\`. */
export const timeAdverbs: readonly string[] = ['最初', '最早', '起初', '当初', '后来', '随后', '目前', '现在', '如今']

/** Adverbs opening a clause that say what it tells came later than the date the sentence opens with (\`2015 年 9 月，…，随后推出了…\`). */
export const laterAdverbs: readonly string[] = ['随后', '随即', '之后', '此后', '其后', '后来', '而后', '接着']

/** Adverbs that say a state goes on, between a subject and its copula: \`以太坊仍是…\`. */
export const stillAdverbs: readonly string[] = ['仍然', '仍', '依然', '依旧']

/** Adverbs of time and aspect that open a predicate: \`Vega 已经上线\`, \`Nova 也在其中\`. */
export const aspectAdverbs: readonly string[] = ['已经', '已', '正在', '将会', '将', '也', '还', '都', '均', '曾经', '曾']

/** Verbs of saying that stand before the founding they announce: \`甲集团宣布成立乙联盟\`. */
export const announcingVerbs: readonly string[] = ['正式宣布', '宣布', '宣告']

/** Verbs of saying after a subject, before what it says of itself (\`甲银行表示，其自主研发的…\`). */
export const sayingVerbs: readonly string[] = [...announcingVerbs, '表示', '透露', '介绍', '指出', '称']

/** Prepositions of a place between a subject and its verb: \`甲、乙在上海共同发起成立了\`. */
export const placePrepositions: readonly string[] = ['在']

/** Verbs of taking part: `吸引了…参与`, `吸引了…加入`. */
export const joiningVerbs: readonly string[] = ['参与', '加入', '加盟']
export const attractingVerbs: readonly string[] = ['吸引了', '吸引', '汇聚了', '聚集了', '吸纳了', '吸纳']

/** Words before the party that did what a verb says: \`是由甲推出的\`. */
export const agentMarkers: readonly string[] = ['由', '被']

/** Words after \`由\` that make it no agent: \`由于\` (because), \`由此\` (hence). */
export const notAgentAfter: readonly string[] = ['于', '此']

/** The copula of \`X是甲推出的平台\`. */
export const copulas: readonly string[] = ['是']

/** The particle that ends a relative clause before the noun it describes: \`甲发起成立的X\`. */
export const relativeMarkers: readonly string[] = ['的']

/** The aspect particle a verb may take: \`牵头成立了\`. */
export const perfectiveMarkers: readonly string[] = ['了']

/** Prepositions between a founding or launch verb and its date: \`成立于 2019 年\`. */
export const verbDatePrepositions: readonly string[] = ['于']

/** Verbs of coming into being, read only before the preposition of a date: \`诞生于 2009 年\`, \`始于 2016 年\`, \`问世于\`. */
export const bornVerbs: readonly string[] = ['诞生', '问世', '起步', '始']

/** What a launch verb may have before it besides adverbs, still a launch of the subject: \`2019 年主网上线\`. */
export const launchedParts: readonly string[] = ['主网', '首批节点']

/** Verbs after a verb of launching that say the thing is now in use or open to the public: \`上线运营\`, \`投入试运行\`, \`启动公测\`. */
export const launchedTails: readonly string[] = ['运营', '运行', '试运行', '使用', '公测', '公开测试', '内测', '测试版']

/** What a basis is framed by: \`在甲的基础上研发\`. */
export const basisFrame = {before: ['在'], after: ['基础上']} as const

/** \`该网络使用 Nova 协议\`, \`运行在 Nova 区块链上\`: verbs of a record's base and the words after a base's name. */
export const basisUses = {verbs: ['使用', '采用', '运行在', '运行于', '构建在', '构建于', '部署在'], after: ['协议', '区块链', '平台', '网络', '框架', '作为底层', '之上', '上']} as const

/** \`采用自研的星桥链作为底层\`: a verb of use, the base (a name in any script), and the role it is used in. */
export const basisRoles = {verbs: ['采用', '使用', '选用', '选择', '以'], as: ['作为', '为'], roles: ['底层', '底座', '底链', '基础']} as const

/** \`（该平台）底层采用的是乙链\`: a part that is what a record runs on, the verbs that say what it is, and the words before the base. */
export const basisUnderlying = {parts: ['底层', '底链', '底座'], verbs: ['采用', '使用', '选用', '基于', '运行在', '构建在', '构建于'], after: ['的是', '了', '的']} as const

/** \`基于 Nova 区块链的跨境支付平台\`: the words around a base in the phrase that defines a record. */
export const basisOf = {before: '基于', after: '的'} as const

/** Words after what a subject is based on that say it is its technology, not a name: \`基于超级账本技术\`, \`基于甲链框架开发\`. */
export const basisTails: readonly string[] = ['技术', '共识算法', '共识机制', '共识', '框架', '底层', '架构', '共识引擎', '引擎', '内核', '代码库', '源代码', '代码', '进行']

/** Words for a thing's code after its name (\`将 Wren 代码贡献给…\`): the code given is the thing, named without them. */
export const codeWords: readonly string[] = ['源代码', '代码库', '源码', '代码']

/** Verbs of reworking what a thing is built on (\`基于 Nova 进行了大量改造\`): its base as much as a verb of building. */
export const reworkVerbs: readonly string[] = ['改造', '二次开发', '定制开发', '定制', '改进', '扩展', '重构', '修改', '优化']

/** Words that end a name at the start of a sentence, where the sentence goes on to say what it did: \`甲联盟于…\`, \`甲联盟由…\`. */
export const predicateStarts: readonly string[] = ['于', '由', '是', '成立', '在', '自', '已', '正式']

/**
 * Words after a name set apart that let the sentence go on with the name as a noun of its own (\`推出了存储网络“溪流”并…\`,
 * besides the starts of a predicate): a name followed by any other word modifies that word (\`星河联盟“链上金融”计划\`).
 */
export const appositionFollowers: readonly string[] = ['的', '和', '与', '及', '并', '等', '将', '为', '已经', '目前', '现已', '被', '遭到', '遭受', '受到']

/** The possessive that points back at a sentence's subject (\`甲宣布通过其交易平台乙完成交易\`), and the words that hold it without being it. */
export const possessive = {word: '其', notIn: ['其中', '其他', '其它', '其余', '其实', '其次', '尤其', '极其', '与其', '及其']} as const

/**
 * \`甲银行、乙证券是星河联盟的发起单位\`: what a party is of a record, after \`是…的\`: its founders' roles, then its
 * members'. (\`之一\` may follow: one of them.)
 */
export const roleWords = {
  leads: ['发起单位', '发起方', '发起人', '发起成员', '发起机构', '创始成员', '创始单位', '牵头单位', '开发者', '开发方', '研发方', '开发团队', '研发团队', '开发商'],
  joiners: ['理事单位', '会员单位', '成员单位', '会员', '成员', '参与方', '合作伙伴'],
  /** Adverbs before the copula (\`也是\`, \`均为\`), and the words after the role that make it one of several. */
  adverbs: ['同为', '均', '都', '也'],
  /** Words before the role that keep it the same role: \`X的主要开发者\`. */
  modifiers: ['主要', '核心', '重要'],
  oneOf: ['之一'],
  /** What joins a role to those who hold it in a clause of its own: \`（X成立于…，）发起方为甲和乙\`. */
  copulas: ['为', '是']
} as const

/** Words for a version of a thing: \`2.0 版本\` released is no start of the thing. */
export const versionWords: readonly string[] = ['版本', '新版']
/** Verbs of launching that only propose a thing: a start they tell gives way to a launch the sentence goes on to (\`于 2013 年提出，2015 年上线\`). */
export const proposingVerbs: readonly string[] = ['提出']
/** Verbs of an early stage of a thing (\`于 2019 年共同设计，并于 2020 年 2 月发布\`): their date gives way to a launch the sentence goes on to tell. */
export const earlyStageVerbs: readonly string[] = [...proposingVerbs, '设计', '开始研发', '开始开发', '着手研发', '着手开发']
/** Words for an idea or a paper, the object of a verb of launching that puts forward no thing (\`提出设想\`, \`发布白皮书\`): no start of the subject. */
export const ideaWords: readonly string[] = ['设想', '构想', '概念', '想法', '理念', '思路', '白皮书', '黄皮书', '论文', '报告', '倡议', '建议', '路线图']
/** The object of a verb of releasing when what was released is the first version of the thing (\`发布其首个正式版本\`): its start, not something else it made (\`发布了首个跨境应用\` is no start). */
export const firstReleaseWords: readonly string[] = [
  '首个版本', '首个正式版本', '首个正式版', '首个稳定版本', '首个测试版本', '第一个版本', '第一个正式版本', '第一个稳定版本', '第一个测试版本', '首版', '第一版', '初版', '正式版本', '正式版'
]

/** Words between an organisation and \`的\` that say a product is its own (\`甲集团旗下的乙链\`). */
export const ownershipWords: readonly string[] = ['旗下', '下属', '自有', '自己']
/** What an organisation is said to own, after such a word, before a list of them (\`旗下产品包括…\`). */
export const ownedNouns: readonly string[] = ['产品', '平台', '项目', '解决方案', '系统']

/** How long the making took, between the makers and the verb (\`甲公司历时三年自主研发的\`): none of the makers' names. */
export const durationFrame = {before: ['历时', '耗时', '用时', '历经', '经过'], units: ['个多月', '个月', '多年', '年', '月', '周', '天']} as const

/** Times a text tells only by the day it was written (\`甲集团已于上月推出…\`): no date of a record, and none of a maker's name. */
export const relativeTimes: readonly string[] = ['上个月', '上月', '本月', '上周', '本周', '近日', '日前', '近期', '不久前']
