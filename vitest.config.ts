import { defineConfig } from 'vitest/config'

// Two projects, so that no test reads a stale build and none waits for a build it does not need:
// - source: unit tests of the pure code, the emulator's own tests (on its SDK-built fixture app) and the lints
//   of source files; they read no dist/app.
// - built: tests that load what ships (dist/app): artifact and sandbox tests, and the lint of the built scripts.
//   Their global setup runs `npm run build` first when dist/app is missing or older than src/ (build-if-stale).
// Browser tests need Chromium and run on their own: npm run test:e2e (test/e2e/vitest.config.ts, same setup).
export default defineConfig({
    test: {
        testTimeout: 60_000,
        projects: [
            {
                extends: true,
                test: {
                    name: 'source',
                    include: ['test/unit/**/*.test.ts', 'test/emulator/**/*.test.ts', 'test/lint/**/*.test.ts'],
                },
            },
            {
                extends: true,
                test: {
                    name: 'built',
                    include: ['test/artifact/**/*.test.ts', 'test/sandbox/**/*.test.ts'],
                    globalSetup: ['test/dist-setup.ts'],
                },
            },
        ],
    },
})
