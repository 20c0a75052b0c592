// The emulator compiles like the platform: a script using a feature the emulated release's "JavaScript engine
// feature support" page does not mark Supported is refused when it loads, although V8 would run it.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { FIXTURE_DIST, fixtureInstance } from './fixture.ts'
import { Instance } from '../../emulator/index.ts'

const OPTIONAL_CATCH = 'var caught = "no"; try { throw new Error("x") } catch { caught = "yes" } caught'

describe('script engine per release', () => {
    it('emulates the oldest supported release unless told otherwise', () => {
        expect(fixtureInstance().release).toBe('yokohama')
        expect(fixtureInstance({ release: 'zurich' }).release).toBe('zurich')
        expect(() => fixtureInstance({ release: 'xanadu' as 'zurich' })).toThrow(/release must be one of yokohama, zurich, australia/)
    })

    it('refuses to run a script using a feature the release disallows, and runs it where the release supports it', () => {
        expect(() => fixtureInstance().runScript(OPTIONAL_CATCH)).toThrow(
            /the yokohama script engine refuses this script: line 1: catch without a binding: "optional catch binding" \/ "basic" is Disallowed on yokohama/
        )
        expect(fixtureInstance({ release: 'zurich' }).runScript(OPTIONAL_CATCH)).toBe('yes')
        expect(fixtureInstance({ release: 'australia' }).runScript(OPTIONAL_CATCH)).toBe('yes')
    })

    it('refuses Not Supported features too (the stricter reading), on every release that does not support them', () => {
        for (const release of ['yokohama', 'zurich', 'australia'] as const) {
            expect(() =>
                fixtureInstance({ release }).runScript('class A { #secret = 1; read() { return this.#secret } } new A().read()')
            ).toThrow(/private instance class fields basic support" is Not Supported/)
        }
        expect(() => fixtureInstance().runScript('[1, 2].at(-1)')).toThrow(/Array.prototype.at\(\)" is Not Supported on yokohama/)
        expect(fixtureInstance({ release: 'zurich' }).runScript('[1, 2].at(-1)')).toBe(2)
    })

    it('does not refuse a script that only names a feature in a string or a comment', () => {
        expect(fixtureInstance().runScript('// catch { } new Promise()\nvar text = "async function* f() {} catch {}"; text.length')).toBe(
            31
        )
    })

    describe('a shipped Script Include', () => {
        const dist = mkdtempSync(join(tmpdir(), 'emulator-engine-'))
        afterAll(() => rmSync(dist, { recursive: true, force: true }))
        cpSync(FIXTURE_DIST, dist, { recursive: true })
        const sysId = 'e'.repeat(32)
        writeFileSync(
            join(dist, 'update', `sys_script_include_${sysId}.xml`),
            `<?xml version="1.0"?>\n<record_update table="sys_script_include">\n  <sys_script_include action="INSERT_OR_UPDATE">\n    <sys_id>${sysId}</sys_id>\n    <name>Planted</name>\n    <api_name>x_rescue_connect.Planted</api_name>\n    <active>true</active>\n    <access>public</access>\n    <script><![CDATA[var Planted = {\n  parse: function (text) {\n    try { return JSON.parse(text) } catch { return null }\n  }\n};]]></script>\n  </sys_script_include>\n</record_update>`
        )

        it('is refused when it loads, naming the include, the line and the feature', () => {
            const instance = Instance.load({ distDir: dist })
            expect(() => instance.scriptInclude('Planted')).toThrow(
                /sys_script_include\/Planted\.js: the yokohama script engine refuses this script: line 3: catch without a binding/
            )
            expect(() => instance.runScript('x_rescue_connect.Planted.parse("1")')).toThrow(
                /Planted\.js: the yokohama script engine refuses/
            )
        })

        it('loads on a release that supports the feature', () => {
            expect(
                (Instance.load({ distDir: dist, release: 'zurich' }).scriptInclude('Planted') as { parse(text: string): unknown }).parse(
                    '{"a":1}'
                )
            ).toEqual({ a: 1 })
        })
    })
})
