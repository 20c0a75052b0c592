// Benchmark: what translated texts add per PIN and per session post, on a cold instance (message cache empty:
// the first PIN or post after a restart or a translation change) and a warm one. The texts in the session's
// language come from the platform's message cache (gs.getMessage: one load per key the cache has not seen);
// a text in another language (a work note in x_rescue_connect.work_notes.language, an email in its recipient's)
// comes from the Message table: one GlideRecord query for all of the app's messages in that language and in
// English, per answer. Prints the figures; asserts only counts.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { GlideRecordCore } from '../emulator/platform/glide-record.ts'
import { END_POST, START_POST } from '../test/fixtures/rescue-posts'
import { pinWorld } from '../test/artifact/pin-fixture.ts'
import { world as sessionWorld } from '../test/artifact/session-harness'

/** Message-table queries and the rows they read, counted by spying on the emulated GlideRecord. */
const messageTable = { queries: 0, rows: 0 }
beforeAll(() => {
    const proto = GlideRecordCore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>
    for (const method of ['query', 'next'] as const) {
        const original = proto[method]!
        vi.spyOn(proto, method as never).mockImplementation(function (this: GlideRecordCore, ...args: unknown[]) {
            const result = original.apply(this, args)
            if (this.getTableName() === 'sys_ui_message') {
                if (method === 'query') messageTable.queries++
                else if (result === true) messageTable.rows++
            }
            return result
        } as never)
    }
})
afterAll(() => vi.restoreAllMocks())

interface Cost {
    cacheLoads: number
    tableQueries: number
    tableRows: number
}

/** The message cost of one call of `act` on the instance behind `counters`. */
function cost(counters: { messageLoads: number }, act: () => void): Cost {
    const loads = counters.messageLoads
    const queries = messageTable.queries
    const rows = messageTable.rows
    act()
    return { cacheLoads: counters.messageLoads - loads, tableQueries: messageTable.queries - queries, tableRows: messageTable.rows - rows }
}

const line = (label: string, cold: Cost, warm: Cost) =>
    `  ${label}: cold ${cold.cacheLoads} cache loads + ${cold.tableQueries} Message-table queries (${cold.tableRows} rows); ` +
    `warm ${warm.cacheLoads} cache loads + ${warm.tableQueries} queries (${warm.tableRows} rows)`

describe('translated messages', () => {
    it('per PIN', () => {
        const figures: string[] = []
        const scenarios = [
            { label: 'agent and work notes in English', agentLanguage: '', notes: '', extraQueries: 0 },
            { label: 'Dutch agent, English work notes', agentLanguage: 'nl', notes: '', extraQueries: 1 },
            { label: 'Dutch agent, Dutch work notes', agentLanguage: 'nl', notes: 'nl', extraQueries: 0 },
        ]
        for (const scenario of scenarios) {
            // Each PIN a new one (reuse off): a reused PIN writes no note and sends no email.
            const settings: Record<string, string> = { 'x_rescue_connect.pin.reuse_minutes': '0' }
            if (scenario.notes) settings['x_rescue_connect.work_notes.language'] = scenario.notes
            const world = pinWorld({ settings })
            if (scenario.agentLanguage) world.instance.db.update('sys_user', world.agent, { preferred_language: scenario.agentLanguage })
            const pin = () => expect(world.generatePin('incident', world.incident).answer.ok).toBe(true)
            const cold = cost(world.instance.counters, pin)
            const warm = cost(world.instance.counters, pin)
            figures.push(line(scenario.label, cold, warm))
            expect(warm.cacheLoads).toBe(0)
            expect(warm.tableQueries).toBe(scenario.extraQueries)
            expect(cold.tableQueries).toBe(scenario.extraQueries)
        }
        console.log(['messages per PIN (emails off):', ...figures].join('\n'))
    })

    it('per session post (start + end of a matched session)', () => {
        const figures: string[] = []
        for (const [label, notes, extraQueries] of [
            ['work notes in the integration user’s language', '', 0],
            ['work notes in Dutch', 'nl', 1],
        ] as const) {
            const w = sessionWorld({ settings: notes ? { 'x_rescue_connect.work_notes.language': notes } : {} })
            let session = 0
            const post = () => {
                session++
                const task = w.instance.db.insert('incident', { short_description: `Bench ${session}` })
                w.instance.db.insert('x_rescue_connect_session', {
                    task,
                    pin: String(200000 + session),
                    tracking_id: task,
                    technician: w.agent,
                    tech_sso_id: 'jane.doe@example.com',
                    state: 'pin_issued',
                })
                for (const body of [START_POST, END_POST])
                    expect(w.post({ ...body, SessionID: String(800000000 + session), Tracking0: task }).status).toBeLessThan(300)
            }
            const cold = cost(w.instance.counters, post)
            const warm = cost(w.instance.counters, post)
            figures.push(line(label, cold, warm) + ' — for two posts')
            expect(warm.cacheLoads).toBe(0)
            expect(warm.tableQueries).toBe(2 * extraQueries)
        }
        console.log(['messages per session (a start post and an end post):', ...figures].join('\n'))
    })
})
