// Property-based fuzzing through the emulated REST endpoint on the built app: whatever a client sends,
// no 500, a refused post writes nothing, and no journal entry carries renderable markup.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { SESSION_VARIABLES } from '../../src/server/core/session-variables'
import { END_POST, formBody, xmlBody } from '../fixtures/rescue-posts'
import { RENDERABLE, world } from './session-harness'

const MARKUP = [
    '[code]',
    '[/code]',
    '[ CODE ]',
    '<script>',
    '</b>',
    '<img src=x onerror=alert(1)>',
    '<!--',
    '&lt;',
    '&amp;',
    ']]>',
    '\u0000',
    '\r\n',
    '%',
    '&',
    '=',
    '+',
]
const text = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.array(fc.oneof(fc.constantFrom(...MARKUP), fc.string({ maxLength: 5 })), { maxLength: 6 }).map((parts) => parts.join(''))
)
const key = fc.oneof(fc.constantFrom(...SESSION_VARIABLES, 'Note', 'sessionid', 'Survey'), fc.string({ maxLength: 10 }))
const sessionId = fc.oneof(fc.constantFrom('512345678', '600000001', '700000002'), fc.string({ maxLength: 6 }))
const fields = fc.tuple(sessionId, fc.dictionary(key, text, { maxKeys: 8 }), fc.boolean()).map(([id, rest, tracked]) => ({
    ...rest,
    SessionID: id,
    ...(tracked ? { Tracking0: END_POST.Tracking0 } : {}),
}))
const request = fc.oneof(
    fields.map((f) => ({ contentType: 'application/json', body: JSON.stringify(f) })),
    fields.map((f) => ({ contentType: 'application/x-www-form-urlencoded', body: formBody(f) })),
    fields.map((f) => ({ contentType: 'application/xml', body: xmlBody(f) })),
    fc.record({
        contentType: fc.constantFrom('application/json', 'application/xml', 'application/x-www-form-urlencoded', 'text/plain', ''),
        body: fc.string({ maxLength: 120 }),
    }),
    fc.record({
        contentType: fc.constant('application/json'),
        body: fc
            .dictionary(
                key,
                fc.oneof(
                    text,
                    fc.integer(),
                    fc.boolean(),
                    fc.constant(null),
                    fc.array(fc.string(), { maxLength: 2 }),
                    fc.object({ maxDepth: 1 })
                ),
                { maxKeys: 6 }
            )
            .map((o) => JSON.stringify(o)),
    })
)

describe('session endpoint fuzz (built app, emulated REST)', () => {
    it('never answers 500, writes nothing when it refuses, and never journals renderable markup', () => {
        const w = world({
            settings: { 'x_rescue_connect.console_session.create_record': 'true', 'x_rescue_connect.work_notes.chat_log': 'true' },
        })
        let accepted = 0
        fc.assert(
            fc.property(request, ({ contentType, body }) => {
                const before = w.writes()
                const answer = w.post(body, contentType)
                expect(answer.status, answer.raw).not.toBe(500)
                // 422: a session that already holds the most distinct posts it keeps (the fuzz reuses a few session ids).
                expect([200, 201, 202, 400, 409, 413, 415, 422]).toContain(answer.status)
                if (answer.status >= 400) {
                    expect(w.writes()).toBe(before)
                    // A 415 is the platform's own refusal (a content type the resource does not consume); the rest are ours.
                    if (answer.status === 415) expect(answer.json?.error?.message).toEqual(expect.any(String))
                    else expect(answer.json?.error?.code).toEqual(expect.any(String))
                } else {
                    accepted++
                }
            }),
            { numRuns: 3000 }
        )
        expect(w.instance.restErrors).toEqual([])
        expect(accepted).toBeGreaterThan(500)
        const journal = w.instance.db.rows('sys_journal_field')
        expect(journal.length).toBeGreaterThan(100)
        for (const entry of journal) expect(entry.value).not.toMatch(RENDERABLE)
        const ids = w
            .sessionRows()
            .map((row) => row.rescue_session_id)
            .filter(Boolean)
        expect(new Set(ids).size).toBe(ids.length)
    })
})
