// The platform lint over what ships: every script in dist/app (scripts/platform-lint.mjs; its rules are
// tested on planted scripts in test/lint/platform-lint.test.ts, which needs no build).
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { lintDist } from '../../scripts/platform-lint.mjs'

describe('platform lint: the built app', () => {
    it('passes every script the app ships', () => {
        const { findings, scripts } = lintDist(join(__dirname, '../../dist/app'))
        expect(scripts).toBeGreaterThan(0)
        expect(findings).toEqual([])
    })
})
