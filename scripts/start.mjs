// npm start: build the app when dist/app is missing or older than its sources, bundle the sandbox
// server (TypeScript) with esbuild into node_modules/.cache, then run it in this process.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { buildIfStale, distDir, root } from './build-if-stale.mjs'

if (!buildIfStale()) {
    console.error('The build failed; fix it and run npm start again.')
    process.exit(1)
}
const outfile = join(root, 'node_modules', '.cache', 'rescue-sandbox', 'main.mjs')
await build({
    entryPoints: [join(root, 'sandbox', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
})
const { main } = await import(pathToFileURL(outfile).href)
try {
    await main({ distDir })
} catch (error) {
    // e.g. the port is taken: say so in one line, not a stack trace.
    console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
}
