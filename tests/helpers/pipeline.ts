import type {Heading, Root} from 'mdast'
import {VFile} from 'vfile'
import {createProcessor} from '../../pipeline/index.ts'
import type {Registry} from '../../pipeline/dataset/kinds.ts'
import type {KnownEntity} from '../../pipeline/lexicon/zh/index.ts'
import {pageAt} from '../../pipeline/clean/page-furniture.ts'

/** Run the whole pipeline over a text, as the build does for one source (\`known\`: the widely known names to recognise, the pack's by default). */
export async function runPipeline(value: string, path = 'sources/test.txt', id = 'test', kinds?: Registry, known?: readonly KnownEntity[]) {
  const file = new VFile({path, value})
  file.data.id = id
  return runFile(file, kinds, known)
}

/** Run the whole pipeline over a source already read. */
export async function runFile(file: VFile, kinds?: Registry, known?: readonly KnownEntity[]) {
  const processor = createProcessor({...(kinds ? {kinds} : {}), ...(known ? {known} : {})})
  const tree = (await processor.run(processor.parse(file), file)) as Root
  const markdown = processor.stringify(tree, file)
  return {file, tree, markdown}
}

/** Entry headings of a cleaned tree, with the page their name is printed on. */
export function entryPages(tree: Root, file: VFile) {
  return tree.children
    .filter((node): node is Heading => node.type === 'heading' && node.data?.entry === true)
    .map((node) => ({
      name: node.children.map((child) => ('value' in child ? child.value : '')).join(''),
      page: pageAt(file.data.pageMap ?? [], node.position?.start.offset ?? 0)
    }))
}
