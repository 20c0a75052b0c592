// Test Connection's outcomes (core/connection-check.ts): success or error, the settings to fix by title, a next
// step for the admin reading the page — never "ask your ServiceNow admin", never a setting's value.
import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/server/core/config'
import {
    connectionSucceeded,
    invalidSettingProperties,
    rescueRefused,
    settingsMissing,
    settingsUnusable,
    type ConnectionOutcome,
} from '../../src/server/core/connection-check'
import { english } from '../fixtures/english'

const HOST = 'secure.logmeinrescue.com'
const read = (outcome: ConnectionOutcome) => ({
    type: outcome.type,
    message: english(outcome.message),
    items: outcome.items.map(english),
    next: english(outcome.nextStep),
})

describe('Test Connection outcomes', () => {
    it('success names the host and SSO ID and says what to do next', () => {
        expect(read(connectionSucceeded(HOST, 'ada@example.com'))).toEqual({
            type: 'success',
            message: 'Connected: LogMeIn Rescue at secure.logmeinrescue.com accepted the company ID and SSO password for ada@example.com.',
            items: [],
            next: "Next: agents can generate PINs now. So that session details reach this instance, set each technician group's Post to URL to its session endpoint (or run Token Setup if you use the hosted connector).",
        })
    })

    it('lists every setting the app cannot use, by title, without quoting a value', () => {
        const pasted = 'Pasted-Secret-1'
        const parsed = parseConfig(
            (property) =>
                ({
                    'x_rescue_connect.company_id': pasted,
                    'x_rescue_connect.enabled': 'yes',
                    'x_rescue_connect.http.timeout_ms': '5',
                    'x_rescue_connect.work_notes.mode': 'some',
                })[property]
        )
        expect(parsed.ok).toBe(false)
        const errors = parsed.ok ? [] : parsed.errors
        const properties = invalidSettingProperties(errors)
        expect(properties.sort()).toEqual([
            'x_rescue_connect.company_id',
            'x_rescue_connect.enabled',
            'x_rescue_connect.http.timeout_ms',
            'x_rescue_connect.work_notes.mode',
        ])
        const outcome = read(
            settingsUnusable(errors.map((problem, index) => ({ title: `Title of ${invalidSettingProperties(errors)[index]}`, problem })))
        )
        expect(outcome.type).toBe('error')
        expect(outcome.items).toHaveLength(4)
        for (const item of outcome.items) expect(item).toMatch(/^Title of x_rescue_connect\.[a-z_.]+: /)
        expect(JSON.stringify(outcome)).not.toContain(pasted)
        expect(JSON.stringify(outcome)).not.toContain('yes')
        expect(outcome.next).toBe('Next: correct these settings in LogMeIn Rescue > Settings, save, and run Test Connection again.')
    })

    it('names empty settings by title and property', () => {
        expect(read(settingsMissing([{ title: 'LogMeIn Rescue company ID', property: 'x_rescue_connect.company_id' }])).items).toEqual([
            'LogMeIn Rescue company ID (x_rescue_connect.company_id)',
        ])
    })

    it("tells the admin what to do about each of Rescue's refusals, never to ask an admin", () => {
        const failures = [
            { kind: 'rescue', code: 'INVALID' },
            { kind: 'rescue', code: 'INVALIDPARAM_COMPANY' },
            { kind: 'rescue', code: 'INVALIDSSOID' },
            { kind: 'rescue', code: 'NOTTECHNICIAN' },
            { kind: 'rescue', code: 'ERROR' },
            { kind: 'unknown', answer: 'NEW_THING' },
            { kind: 'unreadable' },
            { kind: 'http', status: 503 },
            { kind: 'timeout' },
            { kind: 'unreachable', reason: 'DNS' },
        ] as const
        const outcomes = failures.map((failure) => read(rescueRefused(failure, HOST, 'ada@example.com')))
        for (const outcome of outcomes) {
            expect(outcome.type).toBe('error')
            expect(outcome.message).toMatch(/^Not connected: /)
            expect(outcome.next).toMatch(/^Next: /)
            expect(`${outcome.message} ${outcome.next}`).not.toMatch(/ask your ServiceNow admin/i)
        }
        expect(outcomes[0]!.next).toContain('Global Settings > Single Sign-On')
        expect(outcomes[2]!.next).toContain('ada@example.com')
        expect(outcomes[7]!.message).toContain('HTTP 503')
    })
})
