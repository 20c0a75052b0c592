// The emulator's own tests run against a small SDK-built fixture app (fixture-app/README.md).
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Instance, type LoadOptions } from '../../emulator/index.ts'

export const FIXTURE_DIST = join(dirname(fileURLToPath(import.meta.url)), 'fixture-app', 'app')

export function fixtureInstance(options: Omit<LoadOptions, 'distDir'> = {}): Instance {
    return Instance.load({ ...options, distDir: FIXTURE_DIST })
}
