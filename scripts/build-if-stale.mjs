// Builds the app (npm run build) when dist/app is missing or older than what the build reads.
// Used by npm start, npm test and the global setup of every test run that reads dist/app, so each works on a
// fresh clone and none reads a stale build. `node scripts/build-if-stale.mjs` runs it alone.
// CI builds once itself and sets BUILD_ONCE=1: a stale dist/app then fails instead of building a second time.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const distDir = join(root, 'dist', 'app')
/** What the build reads: a change to any of these makes dist/app stale. */
const SOURCES = ['src', 'scripts/compile.mjs', 'scripts/generate-translations.mjs', 'now.config.json', 'package.json']

function newestMtime(path) {
    if (!existsSync(path)) return 0
    const stat = statSync(path)
    if (!stat.isDirectory()) return stat.mtimeMs
    let newest = 0
    for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
    return newest
}

/** Returns false when the build failed (its output has been shown). */
export function buildIfStale() {
    const built = newestMtime(distDir)
    const sources = Math.max(...SOURCES.map((source) => newestMtime(join(root, source))))
    if (built > 0 && built >= sources) {
        console.log('dist/app is up to date.')
        return true
    }
    const reason = built === 0 ? 'dist/app is missing' : 'sources changed since the last build'
    if (process.env.BUILD_ONCE === '1') {
        console.error(`${reason}, and BUILD_ONCE=1 forbids a second build`)
        return false
    }
    console.log(`${reason}: building the app…`)
    return spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }).status === 0
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && !buildIfStale()) process.exit(1)
