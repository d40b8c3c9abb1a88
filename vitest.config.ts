import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    setupFiles: ['tests/helpers/setup.ts'],
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/**/*.slow.test.ts'],
    // threads start faster than forked processes, and test files share the modules they load (the pipeline,
    // exceljs, ajv): no test changes a module's state, and loading them per file took a quarter of the run
    pool: 'threads',
    isolate: false,
    // both cores of the machine: vitest's default leaves one to itself, and the run took a quarter longer
    maxWorkers: 2
  }
})
