/** Verbs of `由…发起` sentences: founding an alliance, or launching a platform. */
export const foundingVerbs: readonly string[] = ['联合发起', '共同发起', '发起成立', '联合成立', '共同成立', '发起', '成立', '创立', '创建', '组建', '设立', '建立']
export const launchVerbs: readonly string[] = ['推出', '研发', '开发', '发布', '打造', '构建', '上线', '开源', '提出']

/** Words that may stand between the parties and the verb (`联合`, `升级`). */
export const verbAdverbs: readonly string[] = ['联合', '共同', '携手', '牵头', '升级', '自主', '独立', '合作', '正式']

/** Verbs of taking part: `吸引了…参与`, `吸引了…加入`. */
export const joiningVerbs: readonly string[] = ['参与', '加入']
export const attractingVerbs: readonly string[] = ['吸引了', '吸引', '汇聚了', '聚集了']

/** Words before the party that did what a verb says: \`是由甲推出的\`. */
export const agentMarkers: readonly string[] = ['由']
