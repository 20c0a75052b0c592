// Vitest global setup for runs that read the built app (artifact and sandbox tests, e2e, load): build it first
// when dist/app is missing or stale.
import { buildIfStale } from '../scripts/build-if-stale.mjs'

export default function setup(): void {
    if (!buildIfStale()) throw new Error('no up-to-date dist/app (see above); these tests need it')
}
