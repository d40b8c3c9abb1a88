/** Words that make a date the time a count holds at, not an event. */
export const asOfWords: readonly string[] = ['截至', '截止', '截止到', '截至到', '到']

/** Words before the date of a founding or launch: \`由甲于 2016 年发起\`, \`由乙在 2009 年提出\`. */
export const datePrepositions: readonly string[] = ['于', '在']

/**
 * Words after a year or a month that name a part of it (\`2016 年底\`, \`2017 年 3 月初\`): part of the
 * date as written, which keeps the precision of the year or month. Written as patterns, since
 * some start longer words (\`初步\`, and \`中\` of \`年中国\` is left out for that).
 */
export const yearParts: readonly string[] = ['上半年', '下半年', '初(?!步|期|始)', '底(?!层)', '末']
export const monthParts: readonly string[] = ['上旬', '中旬', '下旬', '初(?!步|期|始)', '底(?!层)', '末']

/** Units after a number that make it an amount, never a date in figures: \`2019.5 亿元\`. */
export const amountUnits: readonly string[] = ['亿', '万', '元', '%', '％', '倍', '个', '家', '人', '美元']
