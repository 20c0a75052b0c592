// Vitest global setup for runs that serve the built app (e2e, load): build it first when dist/app is missing or stale.
import { buildIfStale } from '../scripts/build-if-stale.mjs'

export default function setup(): void {
    if (!buildIfStale()) throw new Error('npm run build failed; these tests need dist/app')
}
