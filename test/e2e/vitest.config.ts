import { defineConfig } from 'vitest/config'

// End-to-end tests in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core): `npm run test:e2e`.
export default defineConfig({
    test: {
        root: '.',
        include: ['test/e2e/**/*.test.ts'],
        globalSetup: ['test/dist-setup.ts'],
        testTimeout: 120_000,
        hookTimeout: 60_000,
    },
})
