// `node --import tsx --import ./tests/scripts/no-chinese-pack.mjs …`: a run in which importing any module of the Chinese pack (`pipeline/lexicon/zh/`) fails
import {register} from 'node:module'

const hook = `export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context)
  if (resolved.url.includes('/pipeline/lexicon/zh/')) throw new Error('the Chinese pack may not be imported in this run: ' + resolved.url)
  return resolved
}`
register(`data:text/javascript,${encodeURIComponent(hook)}`)
