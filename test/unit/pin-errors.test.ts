import { english } from '../fixtures/english'
import { describe, expect, it } from 'vitest'
import { PIN_ERRORS, describeRescueFailure, settingsIncomplete, noCustomer } from '../../src/server/core/pin-errors'
import { RESCUE_ERROR_STRINGS, type RescueFailure } from '../../src/server/core/rescue-protocol'

const context = { ssoId: 'jane@example.com', timeoutMs: 10000, host: 'https://secure.logmeinrescue.com' }
// A sentence that tells someone to do something: it names who acts or what to do next.
const ACTIONABLE = /\b(Ask|Try again|Wait|Open|Fill in|Add|Save|Reload|Reopen|Generate|reuse)\b/

describe('describeRescueFailure', () => {
    const failures: RescueFailure[] = [
        ...RESCUE_ERROR_STRINGS.map((code) => ({ kind: 'rescue' as const, code })),
        { kind: 'unknown', answer: 'SOMETHING_NEW' },
        { kind: 'unreadable' },
        { kind: 'http', status: 502 },
        { kind: 'timeout' },
        { kind: 'unreachable', reason: 'UnknownHostException' },
    ]

    it.each(failures.map((failure) => [JSON.stringify(failure), failure] as const))(
        '%s gives a code and an actionable sentence',
        (_, failure) => {
            const error = describeRescueFailure(failure, context)
            expect(error.code).toMatch(/^[A-Z_]+$/)
            expect(english(error.message)).toMatch(ACTIONABLE)
            expect(english(error.message)).toMatch(/\.$/)
        }
    )

    it("keeps Rescue's word as the code, and says the specifics", () => {
        expect(describeRescueFailure({ kind: 'rescue', code: 'NOTTECHNICIAN' }, context).code).toBe('NOTTECHNICIAN')
        const sentence = (failure: RescueFailure) => english(describeRescueFailure(failure, context).message)
        expect(sentence({ kind: 'rescue', code: 'INVALIDSSOID' })).toContain('jane@example.com')
        expect(sentence({ kind: 'unknown', answer: 'SOMETHING_NEW' })).toContain('SOMETHING_NEW')
        expect(sentence({ kind: 'http', status: 502 })).toContain('502')
        expect(sentence({ kind: 'timeout' })).toContain('10 seconds')
    })
})

describe('ServiceNow-side errors', () => {
    it('are all actionable sentences', () => {
        for (const error of [
            ...Object.values(PIN_ERRORS),
            settingsIncomplete(['a', 'b']),
            noCustomer('incident', 'caller_id'),
            noCustomer('case', 'u_customer'),
        ]) {
            expect(english(error.message)).toMatch(ACTIONABLE)
        }
        expect(english(settingsIncomplete(['x_rescue_connect.company_id']).message)).toContain('x_rescue_connect.company_id')
        expect(english(settingsIncomplete(['a', 'b']).message)).toContain('fill in a and b in')
        expect(english(noCustomer('incident', 'caller_id').message)).toContain('This incident has no caller')
        expect(english(noCustomer('case', 'u_customer').message)).toContain('This case has no customer (field u_customer)')
    })
})
