import {kinds, type Registry} from '../../pipeline/dataset/kinds.ts'

/**
 * A third kind of record, registered the way a user of the library would:
 * its shape (table, fields, ties) and its words. Tests read one in sentences
 * of their own and follow it into every output.
 */
export const exchangeKind = {
  kind: 'exchange',
  table: 'exchanges',
  title: 'Exchange',
  description: 'A digital asset exchange: one named in running text.',
  leads: 'founders',
  leadsDescription: 'Who founded the exchange.',
  joiners: 'members',
  joinersDescription: 'Members the text names.',
  started: 'founded',
  leadPredicate: 'foundedBy',
  joinPredicate: 'hasMember',
  single: ['founded', 'memberCount'],
  words: {heads: ['交易所'], inProse: ['交易所'], alone: ['交易所'], inDescription: ['交易场所'], anaphors: ['该交易所']}
} as const

/** The dataset's kinds and the exchange. */
export const withExchanges: Registry = {...kinds, exchange: exchangeKind}
