/** Words that make a date the time a count holds at, not an event. */
export const asOfWords: readonly string[] = ['截至', '截止', '截止到', '截至到', '到']

/** Words before the date of a founding or launch: \`由甲于 2016 年发起\`, \`由乙在 2009 年提出\`. */
export const datePrepositions: readonly string[] = ['于', '在']
