import { configDefaults, defineConfig } from 'vitest/config'

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        // Browser tests need Chromium and run on their own: npm run test:e2e (test/e2e/vitest.config.ts).
        exclude: [...configDefaults.exclude, 'test/e2e/**'],
        testTimeout: 60_000,
    },
})
