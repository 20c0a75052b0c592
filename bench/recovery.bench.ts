// Session recovery benchmark on the built app: Rescue calls per run of the hourly job with 0, 1 and 50 sessions
// missing from ServiceNow (asserted: 8 for the report, plus one getNote per recovered session with the default
// note settings, none for chat), and database operations per recovered session (printed, with the run's fixed
// cost on its own line). Counts only; no timing is asserted.
import { describe, expect, it } from 'vitest'
import { MINUTE_MS, recoveryWorld, type RecoveryWorld } from '../test/artifact/recovery-fixture'

function operations(w: RecoveryWorld) {
    const { queries, inserts, updates, deletes } = w.instance.counters
    return { queries, inserts, updates, deletes, total: queries + inserts + updates + deletes }
}

/** `missing` PIN sessions that ended in Rescue without a post, and one fully posted one (which the report lists too). */
function worldWithMissing(missing: number, settings: Record<string, string> = {}): RecoveryWorld {
    const w = recoveryWorld({ settings })
    for (let i = 0; i < missing + 1; i++) {
        const incident = w.instance.db.insert('incident', { short_description: `Bench ${i}`, caller_id: w.caller, active: 'true' })
        const pin = w.pin(incident)
        w.start(pin)
        w.clock.now += MINUTE_MS
        if (i === missing) {
            w.post(pin, 'start')
            w.end(pin)
            w.post(pin, 'end')
        } else {
            w.end(pin)
        }
    }
    w.clock.now += 10 * MINUTE_MS
    return w
}

describe('session recovery', () => {
    it('Rescue calls per run and database operations per recovered session', () => {
        const lines: string[] = []
        let fixed = 0
        for (const missing of [0, 1, 50]) {
            const w = worldWithMissing(missing)
            const before = w.rescue.requests.length
            w.instance.resetCounters()
            w.runJob()
            const calls = w.rescue.requests.slice(before).map((call) => call.method)
            const counts = operations(w)
            expect(calls.filter((method) => method === 'getReport_v2')).toHaveLength(1)
            expect(calls).toHaveLength(8 + missing)
            expect(w.instance.db.rows('x_rescue_connect_session').filter((row) => row.recovery === 'recovered')).toHaveLength(missing)
            if (missing === 0) fixed = counts.total
            const perSession = missing === 0 ? '' : `; per recovered session ${((counts.total - fixed) / missing).toFixed(1)}`
            lines.push(
                `${missing} missing: ${calls.length} Rescue calls (${calls.filter((m) => m === 'getNote').length} getNote, ${calls.filter((m) => m === 'getChat').length} getChat); DB operations ${counts.total} (queries ${counts.queries}, inserts ${counts.inserts}, updates ${counts.updates})${perSession}`
            )
        }
        // Chat and notes off (work_notes.mode none): the report alone.
        const quiet = worldWithMissing(50, { 'x_rescue_connect.work_notes.mode': 'none' })
        const before = quiet.rescue.requests.length
        quiet.runJob()
        lines.push(`50 missing, work_notes.mode none: ${quiet.rescue.requests.length - before} Rescue calls`)
        expect(quiet.rescue.requests.length - before).toBe(8)
        // A second run within a minute: no Rescue call.
        quiet.clock.now += 30_000
        const again = quiet.rescue.requests.length
        quiet.runJob()
        lines.push(`a run within 60 s of the last report: ${quiet.rescue.requests.length - again} Rescue calls`)
        expect(quiet.rescue.requests.length - again).toBe(0)
        console.log(['session recovery (one run of the hourly job, one node):', ...lines.map((line) => '  ' + line)].join('\n'))
    })
})
