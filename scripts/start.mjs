// npm start: build the app when dist/app is missing or older than its sources, bundle the sandbox
// server (TypeScript) with esbuild into node_modules/.cache, then run it in this process.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const distDir = join(root, 'dist', 'app')
/** What the build reads: a change to any of these makes dist/app stale. */
const SOURCES = ['src', 'scripts/compile.mjs', 'now.config.json', 'package.json']

function newestMtime(path) {
    if (!existsSync(path)) return 0
    const stat = statSync(path)
    if (!stat.isDirectory()) return stat.mtimeMs
    let newest = 0
    for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
    return newest
}

function buildIfStale() {
    const built = newestMtime(distDir)
    const sources = Math.max(...SOURCES.map((source) => newestMtime(join(root, source))))
    if (built > 0 && built >= sources) {
        console.log('dist/app is up to date.')
        return
    }
    console.log(built === 0 ? 'dist/app is missing: building the app…' : 'Sources changed since the last build: rebuilding the app…')
    const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
    if (result.status !== 0) {
        console.error('The build failed; fix it and run npm start again.')
        process.exit(result.status ?? 1)
    }
}

buildIfStale()
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
