import { defineConfig } from 'vitest/config'

// Benchmarks print figures; they assert only stable counts (queries, outbound calls), never timings.
export default defineConfig({
    test: {
        root: '.',
        include: ['bench/**/*.bench.ts'],
        testTimeout: 600_000,
        reporters: ['verbose'],
        disableConsoleIntercept: true,
    },
})
