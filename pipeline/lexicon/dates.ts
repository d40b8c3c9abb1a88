/** Words that make a date the time a count holds at, not an event. */
export const asOfWords: readonly string[] = ['截至', '截止', '截止到', '截至到', '到']
