import fc from 'fast-check'
import type {PhrasingContent, Root, RootContent} from 'mdast'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {text} from '../../pipeline/clean/escape-text.ts'

/** `escape-text` must write exactly what remark-stringify's own text handler writes. */
const options = {bullet: '-', emphasis: '_', rule: '-'} as const
const stock = unified().use(remarkStringify, options)
const ours = unified().use(remarkStringify, {...options, handlers: {text}})

/** Text made of what Markdown may need escaped, CJK, full-width punctuation and white space. */
const value = fc
  .array(fc.constantFrom(...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r0123456789aZ区块链联盟，。：（）“”、\u007f'.split(''), '1.', '- ', '# ', '***', '<a>', '__', '\\*'), {maxLength: 24})
  .map((pieces) => pieces.join(''))
const phrasing: fc.Arbitrary<PhrasingContent> = fc.oneof(
  {weight: 6, arbitrary: value.map((text): PhrasingContent => ({type: 'text', value: text}))},
  {weight: 1, arbitrary: value.map((text): PhrasingContent => ({type: 'emphasis', children: [{type: 'text', value: text}]}))},
  {weight: 1, arbitrary: value.map((text): PhrasingContent => ({type: 'strong', children: [{type: 'text', value: text}]}))},
  {weight: 1, arbitrary: value.map((text): PhrasingContent => ({type: 'inlineCode', value: text}))},
  {weight: 1, arbitrary: value.map((text): PhrasingContent => ({type: 'link', url: 'https://example.org/a_b', children: [{type: 'text', value: text}]}))}
)
const block: fc.Arbitrary<RootContent> = fc.oneof(
  fc.array(phrasing, {minLength: 1, maxLength: 4}).map((children): RootContent => ({type: 'paragraph', children})),
  fc
    .tuple(fc.integer({min: 1, max: 6}), fc.array(phrasing, {minLength: 1, maxLength: 3}))
    .map(([depth, children]): RootContent => ({type: 'heading', depth: depth as 1, children})),
  fc.array(phrasing, {minLength: 1, maxLength: 3}).map((children): RootContent => ({
    type: 'list',
    children: [{type: 'listItem', children: [{type: 'paragraph', children}]}]
  }))
)

describe('escape-text', () => {
  it('writes the same Markdown as remark-stringify’s own text handler', () => {
    fc.assert(
      fc.property(fc.array(block, {minLength: 1, maxLength: 5}), (children) => {
        const tree: Root = {type: 'root', children}
        expect(ours.stringify(tree)).toBe(stock.stringify(tree))
      }),
      {numRuns: 1500}
    )
  })
})
