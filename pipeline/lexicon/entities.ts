/**
 * Head nouns that tell what kind of entity a name or a section is about.
 * Chinese puts the head noun last, so the word nearest the end decides.
 */
export const kindWords = {
  alliance: ['联盟', '协会', '联合会', '共同体', 'Alliance', 'Consortium', 'alliance', 'consortium', 'consortia', 'Association'],
  platform: ['开源平台', '平台', '链', '账本', 'Platform', 'platform', 'platforms', 'Ledger']
} as const

export type EntityKind = keyof typeof kindWords

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

/** Words that open a sentence without being its subject. */
export const sentenceOpeners: readonly string[] = [
  '目前', '同时', '此外', '另外', '其中', '随后', '之后', '此后', '近年来', '如今', '并且', '而且', '并', '而', '且', '也', '还'
]

/** Words that introduce the items of a list. */
export const listIntroductions: readonly string[] = ['主要包括', '包括', '例如', '比如', '譬如', '诸如', '主要有', '如', '有']

/** Words after the last item of a list. */
export const listEndings: readonly string[] = ['等等', '等']

/** Words that place the entities of a list abroad or at home. */
export const originWords = {
  international: ['国际', '国外', '海外', '全球', '世界'],
  domestic: ['国内', '我国', '本土']
} as const
