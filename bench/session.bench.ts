// Session endpoint benchmark on the built app: database operations per post (asserted: ≤ 4 for a
// matched post) and time per post for a typical post and one carrying a 1 MB chat log (printed only).
import { describe, expect, it } from 'vitest'
import { END_POST, START_POST } from '../test/fixtures/rescue-posts'
import { world } from '../test/artifact/session-harness'

function operations(w: ReturnType<typeof world>) {
    const { queries, inserts, updates, deletes } = w.instance.counters
    return { queries, inserts, updates, deletes, total: queries + inserts + updates + deletes }
}

function timePosts(label: string, runs: number, makeBody: (i: number) => object, settings: Record<string, string> = {}) {
    const w = world({ settings })
    const started = process.hrtime.bigint()
    for (let i = 0; i < runs; i++) {
        const answer = w.post(makeBody(i))
        if (answer.status >= 300) throw new Error(`${label}: ${answer.status} ${answer.raw}`)
    }
    const perPostMs = Number(process.hrtime.bigint() - started) / 1e6 / runs
    console.log(`${label}: ${perPostMs.toFixed(2)} ms per post (${runs} posts)`)
}

describe('session endpoint', () => {
    it('database operations per post', () => {
        const w = world()
        const rows: [string, ReturnType<typeof operations>][] = []
        for (const [label, body] of [
            ['matched start post (PIN row by tracking value)', START_POST],
            ['matched end post', END_POST],
            ['duplicate post', END_POST],
            ['console start post, unlinked', { ...START_POST, SessionID: '600000001', Tracking0: '' }],
        ] as const) {
            w.instance.resetCounters()
            w.post(body)
            rows.push([label, operations(w)])
        }
        const created = world({ settings: { 'x_rescue_connect.console_session.create_record': 'true' } })
        created.instance.resetCounters()
        created.post({ ...START_POST, SessionID: '600000002', Tracking0: '' })
        rows.push(['console start post, incident created', operations(created)])
        for (const [label, ops] of rows) console.log(`${label}: ${ops.total} DB operations (${ops.queries} queries, ${ops.inserts} inserts, ${ops.updates} updates)`)
        expect(rows[0][1].total).toBeLessThanOrEqual(4)
        expect(rows[1][1].total).toBeLessThanOrEqual(4)
        expect(rows[2][1].inserts + rows[2][1].updates).toBe(0)
    })
    it('time per post', () => {
        timePosts('typical post (start then end, alternating sessions)', 200, (i) => ({ ...(i % 2 ? END_POST : START_POST), SessionID: String(700000000 + Math.floor(i / 2)), Tracking0: '' }))
        const chat = 'x'.repeat(64) + '\n'
        const megabyte = chat.repeat(Math.ceil((1024 * 1024) / chat.length)).slice(0, 1024 * 1024)
        timePosts('post with a 1 MB chat log (chat_log on)', 10, (i) => ({ ...END_POST, SessionID: String(800000000 + i), Tracking0: '', ChatLog: megabyte }), { 'x_rescue_connect.work_notes.chat_log': 'true' })
    })
})
