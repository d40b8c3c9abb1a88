import {defineConfig} from 'vitest/config'

/** `npm run test:slow`: tests that start real processes (killed builds, the cache's environment) or LibreOffice, and hostile inputs of megabytes. */
export default defineConfig({
  test: {
    setupFiles: ['tests/helpers/setup.ts'],
    include: ['tests/**/*.slow.test.ts'],
    pool: 'threads'
  }
})
