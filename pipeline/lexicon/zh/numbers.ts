/** Chinese numerals: digits and the units that multiply them. */
export const chineseDigits: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9
}

export const chineseUnits: Readonly<Record<string, number>> = {十: 10, 百: 100, 千: 1000, 万: 10000}

/** A numeral written in Chinese characters, as a pattern: \`一百五十\`, \`二〇一七\`. */
export const chineseNumber = `[${Object.keys(chineseDigits).join('')}${Object.keys(chineseUnits).join('')}]{1,12}`

/** Words between a count and its measure word that make it approximate: \`150 多家\`, \`两百余家\`. */
export const approximateMarkers: readonly string[] = ['多', '余']

/** Words before or after a count that say how it is meant. */
export const qualifierWords = {
  over: {before: ['超过', '多于', '高于', '大于', '突破', '超出', '逾', '超'], after: ['多', '余', '以上', '有余']},
  under: {before: ['将近', '接近', '不到', '不足', '少于', '近'], after: ['以下', '以内']},
  about: {before: ['大约', '大概', '约'], after: ['左右', '上下']}
} as const

/** Measure words that follow a count of organisations. */
export const countUnits: readonly string[] = ['家', '个', '名', '位', '所']

/** Words for the members of an alliance or platform. */
export const memberWords: readonly string[] = ['会员单位', '成员单位', '会员', '成员', '企业成员', '参与机构', '参与单位', '参与方']

/** Verbs after a count that make it the count of members: \`由 40 多家机构组成\`. */
export const memberCountVerbs: readonly string[] = ['组成', '构成']

/** Words that open a clause listing an alliance's members (or a platform's participants) in a sentence about it: \`，包括甲、乙等\`. */
export const memberListOpeners: readonly string[] = ['成员包括', '会员包括', '其中包括', '其中有', '包括', '涵盖', '涵括']

/** Words that make a count one of founders, not of members: \`首批成员 32 家\`, \`30 个创始成员\`. */
export const foundingCountWords: readonly string[] = ['首批', '创始', '发起单位', '发起成员', '发起方']

/** Words in a count's clause that date it at the start, when there were fewer: \`最初有 9 家银行加入\` is no count of members now. */
export const initialCountWords: readonly string[] = ['最初', '起初', '初始', '成立之初', '成立时', '成立初期', '当初']

/** Words before a count that say the members grew to it (\`成员增至 80 多家\`): a later count than one the sentence gave before. */
export const countGrowthWords: readonly string[] = ['增至', '增加到', '增加至', '增长到', '增长至', '扩大到', '扩大至', '扩展到', '发展到', '发展至', '达到']

/** Words before a count in its clause that make it a change, not the number of members: \`新增会员 30 家\`. */
export const countChangeWords: readonly string[] = ['新增', '新加入', '净增', '增加了', '增长了', '新一批', '一批新']
/** Words for the members of a body's council, counted apart from all its members (\`理事单位 15 家、会员单位 210 家\`): no count of its members. */
export const councilWords: readonly string[] = ['理事单位', '理事长单位', '常务理事', '副理事长', '理事会成员', '监事单位']

/** Words before a member word that make the members it lists the founders: \`创始成员包括甲、乙\` (not \`首批\`, whose members may have joined at the start without founding). */
export const foundingMemberWords: readonly string[] = ['创始', '发起']

/** Nouns of a count in general: \`成员数量达到 30 家\` counts members when the sentence is about them. */
export const countNouns: readonly string[] = ['数目', '数量', '总数', '规模']

/** Nouns a count may count in a clause about members that are no members: \`来自 30 个国家的 200 余家成员\` counts countries first. */
export const notMemberNouns: readonly string[] = ['国家', '地区', '城市', '省份', '省市', '行业', '领域', '大洲', '年']

/** Verbs between a member word and the members it lists: \`成员包括甲、乙\`. */
export const memberListVerbs: readonly string[] = ['主要包括', '包括', '涵括', '涵盖', '覆盖', '主要有', '有']

/** Verbs of having before a member word: \`星河联盟现有成员 86 家\`. */
export const memberHaving: readonly string[] = ['目前拥有', '目前有', '现已有', '现有', '已有', '共有', '拥有', '发展了', '发展', '有']

/** Words before a number that make it an ordinal, no count: \`成为其第 100 家成员\`. */
export const ordinalMarkers: readonly string[] = ['第']

/** Words right before a numeral that make it a vague quantity, no count: \`数十家\`, \`几十个\`. */
export const vagueMultipliers: readonly string[] = ['数', '几', '若干']

/** Adverbs between a member word and its verb: \`成员已涵括甲、乙\`. */
export const memberListAdverbs: readonly string[] = ['已经', '已', '目前', '现已']

/** \`一个\`, \`一家\` before a noun: an article (\`是一个由…组成的组织\`), not a count of one. */
export const indefiniteArticles: readonly string[] = ['一个', '一家', '一种', '一所']
