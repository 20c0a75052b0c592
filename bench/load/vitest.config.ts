import { defineConfig } from 'vitest/config'

// `npm run bench:load`: the sandbox server under concurrent session posts over loopback HTTP.
// Prints throughput and latency; asserts only counts (nothing lost, nothing doubled).
export default defineConfig({
    test: {
        root: '.',
        include: ['bench/load/**/*.load.ts'],
        globalSetup: ['test/dist-setup.ts'],
        testTimeout: 300_000,
        reporters: ['verbose'],
        disableConsoleIntercept: true,
    },
})
