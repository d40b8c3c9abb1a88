/**
 * Widely known public platforms, each with a public reference: a text that
 * names one, in its prose, names a record of that kind, even where no
 * sentence says what it is (\`与比特币、以太坊相比\`). The list gives the kind of
 * a name and never a fact; \`--known none\` turns it off, so what the reading
 * alone achieves stays measurable.
 */
export interface KnownEntity {
  /** A kind of the registry the build reads with. */
  kind: string
  /** The name the record takes, then the other names the text may use; Latin names match as whole words. */
  names: readonly string[]
  /** Where the entity is described in public. */
  reference: string
}

export const knownEntities: readonly KnownEntity[] = [
  {kind: 'platform', names: ['比特币', 'Bitcoin'], reference: 'https://bitcoin.org/'},
  {kind: 'platform', names: ['以太坊', 'Ethereum'], reference: 'https://ethereum.org/'},
  {kind: 'platform', names: ['莱特币', 'Litecoin'], reference: 'https://litecoin.org/'},
  {kind: 'platform', names: ['超级账本', 'Hyperledger'], reference: 'https://www.lfdecentralizedtrust.org/'},
  {kind: 'platform', names: ['Hyperledger Fabric', 'Fabric'], reference: 'https://www.lfdecentralizedtrust.org/projects/fabric'},
  {kind: 'platform', names: ['Corda'], reference: 'https://corda.net/'},
  {kind: 'platform', names: ['Stellar'], reference: 'https://stellar.org/'},
  {kind: 'platform', names: ['Polkadot'], reference: 'https://polkadot.com/'},
  {kind: 'platform', names: ['FISCO BCOS'], reference: 'https://fisco-bcos.org/'},
  {kind: 'platform', names: ['长安链', 'ChainMaker'], reference: 'https://chainmaker.org.cn/'},
  {kind: 'platform', names: ['蚂蚁链', 'AntChain'], reference: 'https://antchain.antgroup.com/'},
  {kind: 'platform', names: ['区块链服务网络', 'BSN'], reference: 'https://bsnbase.com/'},
  {kind: 'alliance', names: ['金融区块链合作联盟', '金链盟'], reference: 'https://zh.wikipedia.org/wiki/金融区块链合作联盟'},
  {kind: 'alliance', names: ['企业以太坊联盟', 'Enterprise Ethereum Alliance', 'EEA'], reference: 'https://entethalliance.org/'}
]

/**
 * Words after a known name that leave it a word of its own, not the first
 * word of a longer phrase: particles, conjunctions, adverbs and verbs
 * (\`以太坊相比\`, \`比特币的\`, \`比特币和\`, \`以太坊上\`, \`以太坊仍是\`, \`比特币采用\`), and nouns of what it has.
 */
export const knownNameFollowers: readonly string[] = ['的', '和', '与', '及', '等', '相比', '之', '上', '中', '是', '为', '在', '于', '由', '被', '正式', '最初', '最早', '诞生', '问世', '出现', '兴起', '以来', '之后', '之前', '开创', '已', '也', '都', '仍', '依然', '还', '则', '就', '曾', '将', '目前', '采用', '使用', '支持', '提供', '推出', '具有', '拥有', '引入', '率先', '首次', '通过', '在内', '一样', '那样', '这样', '类似', '不同', '平台', '网络', '区块链', '项目', '社区', '系统', '生态',
  // (or nouns of what it has: \`在以太坊代码基础上\`, \`比特币白皮书\`)
  '基础', '代码', '源代码', '源码', '技术', '主网', '白皮书']
