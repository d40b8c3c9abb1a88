import {createRequire} from 'node:module'
import path from 'node:path'

/**
 * Packages a build needs only sometimes, loaded from the project's
 * `node_modules` on first use and never bundled (`bundle-pipeline.js` lists
 * them as external): pdf.js for a PDF, yaml for a file of the user's, ajv for
 * corrections, a known list or other kinds. Left in the bundle, every start
 * read and compiled their half a megabyte.
 *
 * `require`, not `import()`: the bundle runs as a script (`vm.Script`), which
 * cannot import; Node 20.19 on requires an ES module that does not wait at its
 * top level (pdf.js). This file is two folders below the project, and so is
 * the bundle's launcher, whose folder every module of the bundle sees.
 */
export const projectRequire = createRequire(path.join(import.meta.dirname, '../../package.json'))

/** The packages `loadPackage` loads: `bundle-pipeline.js` keeps each out of the bundle. */
export const lateModules = {
  yaml: () => projectRequire('yaml') as typeof import('yaml'),
  ajv: () => projectRequire('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js'),
  pdfjs: () => projectRequire('pdfjs-dist/legacy/build/pdf.mjs') as typeof import('pdfjs-dist/legacy/build/pdf.mjs')
}

const loaded = new Map<keyof typeof lateModules, Promise<unknown>>()

/** One of `lateModules`, loaded once (a module that cannot load rejects, as `import()` would). */
export function loadPackage<Name extends keyof typeof lateModules>(name: Name): Promise<ReturnType<(typeof lateModules)[Name]>> {
  let promise = loaded.get(name)
  if (!promise) loaded.set(name, (promise = Promise.resolve().then(() => lateModules[name]())))
  return promise as Promise<ReturnType<(typeof lateModules)[Name]>>
}
