// Install formats per release: every record the build ships must be in a format each supported release
// (Yokohama, Zurich, Australia) installs. The SDK's guides state the per-release formats:
// - choice sets: node_modules/@servicenow/sdk/docs/guides/choiceset-guide.md "Platform Version Support" —
//   v4 (<sys_choice_v2>) is skipped before Zurich P11 / Australia P4 (so on all of Yokohama); v3
//   (<sys_choice_set>) installs everywhere. The SDK's own default (legacyChoices: true) is lost in its config
//   schema (`z.boolean().default(true).optional()` leaves it undefined, so it emits v4): now.config.json says it.
// - ATF step types: Run UI Test Script exists only from Australia (atf.test.ts "use only step types every
//   supported release has").
// - scripts: the app's js_level selects the ES12 mode whose column the engine gate reads (engine-lint.test.ts).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const DIST = join(import.meta.dirname, '../../dist/app')
const FILES = readdirSync(DIST, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.xml'))
    .map((name) => ({ name, xml: readFileSync(join(DIST, name), 'utf8') }))

/** Record formats some supported release does not install, with where that is stated. */
const SKIPPED_FORMATS = [
    {
        pattern: /<sys_choice_v2\b/,
        format: 'choice set v4 (<sys_choice_v2>)',
        skippedOn: 'Yokohama, Zurich before P11, Australia before P4',
        source: '@servicenow/sdk docs/guides/choiceset-guide.md, Platform Version Support',
    },
    {
        pattern: /<sys_choice_set\b[^>]*\bversion="(?!3")[^"]*"/,
        format: 'a choice set wrapper of a version other than 3',
        skippedOn: 'any release without that loader',
        source: '@servicenow/sdk docs/guides/choiceset-guide.md, Platform Version Support (v3 installs on all platform versions)',
    },
]

describe('install formats', () => {
    it('ship no record in a format a supported release skips', () => {
        const skipped = FILES.flatMap(({ name, xml }) =>
            SKIPPED_FORMATS.filter(({ pattern }) => pattern.test(xml)).map(
                ({ format, skippedOn, source }) => `${name}: ${format} — skipped on ${skippedOn} (${source})`
            )
        )
        expect(skipped).toEqual([])
    })

    it('catch a planted v4 choice set (the guard can fail)', () => {
        const planted =
            '<record_update><sys_choice_v2 action="INSERT_OR_UPDATE" field="state" table="x_rescue_connect_session" version="4"></sys_choice_v2></record_update>'
        expect(SKIPPED_FORMATS.filter(({ pattern }) => pattern.test(planted)).map(({ format }) => format)).toEqual([
            'choice set v4 (<sys_choice_v2>)',
        ])
    })

    it('ship every choice list as a v3 choice set, each choice in English, Dutch, German and French', () => {
        const sets = FILES.filter(({ xml }) => /<sys_choice_set action="INSERT_OR_UPDATE" field=/.test(xml))
        const fields = sets
            .map(({ xml }) =>
                /<sys_choice_set action="INSERT_OR_UPDATE" field="([^"]+)" table="([^"]+)" version="3">/
                    .exec(xml)!
                    .slice(1)
                    .reverse()
                    .join('.')
            )
            .sort()
        expect(fields).toEqual([
            'x_rescue_connect_recovery_run.state',
            'x_rescue_connect_session.recovery',
            'x_rescue_connect_session.source',
            'x_rescue_connect_session.state',
            'x_rescue_connect_token_request.region',
            'x_rescue_connect_token_request.state',
        ])
        for (const { xml } of sets) {
            const choices = [
                ...xml.matchAll(
                    /<sys_choice action="INSERT_OR_UPDATE">[\s\S]*?<value>([^<]*)<\/value>[\s\S]*?<language>([^<]*)<\/language>/g
                ),
            ].map((m) => `${m[1]}/${m[2]}`)
            const values = [...new Set(choices.map((choice) => choice.split('/')[0]))]
            expect(values.length).toBeGreaterThan(1)
            for (const value of values)
                expect(
                    choices
                        .filter((choice) => choice.startsWith(`${value}/`))
                        .map((choice) => choice.split('/')[1])
                        .sort()
                ).toEqual(['de', 'en', 'fr', 'nl'])
        }
    })

    it('run the scripts in ECMAScript 2021 (ES12) mode, the column the engine gate checks', () => {
        const scope = FILES.find(({ name }) => name.startsWith('scope'))!
        expect(/<js_level>([^<]*)<\/js_level>/.exec(scope.xml)?.[1]).toBe('es_latest')
    })
})
