import {createRequire} from 'node:module'
import path from 'node:path'
// the library's core without its node entry, which loads every one of its 80 locales
import countries from 'i18n-iso-countries/index.js'
import {homeCountries} from './parties.ts'

// required rather than imported: a JSON import needs an attribute that bundlers do not all keep; required
// from a folder of the project (this one, or in the bundle the pipeline's build folder, which its
// import.meta.dirname names) rather than from import.meta.url, which
// in the bundle is the build cache, perhaps outside the project (WHITEPAPER_DATASETS_CACHE)
countries.registerLocale(createRequire(path.join(import.meta.dirname, 'countries.ts'))('i18n-iso-countries/langs/zh.json'))

/** Chinese country names, longest first, with their ISO 3166-1 alpha-2 codes, by their first character; the home country left out. */
const namesByFirst = new Map<string, Array<[string, string]>>()
for (const [name, code] of Object.entries(countries.getNames('zh', {select: 'all'}))
  .flatMap(([code, list]) => list.map((name): [string, string] => [name, code]))
  .filter(([name]) => !homeCountries.includes(name))
  .sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))) {
  const first = name[0]!
  namesByFirst.set(first, [...(namesByFirst.get(first) ?? []), [name, code]])
}

/** The foreign country a name starts with (`日本某某集团`), with the rest of the name. */
export function leadingCountry(text: string): {code: string; rest: string} | undefined {
  for (const [name, code] of namesByFirst.get(text[0] ?? '') ?? []) {
    if (text.startsWith(name) && text.length > name.length) return {code, rest: text.slice(name.length).trim()}
  }
  return undefined
}
