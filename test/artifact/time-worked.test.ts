// x_rescue_connect.time_worked.record on the built app: an ended session's WorkTime becomes exactly one Time Worked
// entry (task_time_worked) on its incident or case, for the user whose email is the technician's, stored as the
// platform stores durations (GlideDuration - Scoped:
// https://www.servicenow.com/docs/r/yokohama/api-reference/server-api-reference/c_GlideDurationScopedAPI.html).
import { describe, expect, it } from 'vitest'
import { END_POST, START_POST, TASK_SYS_ID } from '../fixtures/rescue-posts'
import { world, warmUp } from './session-harness'

const ON = { 'x_rescue_connect.time_worked.record': 'true' }
const entries = (w: ReturnType<typeof world>) => w.instance.db.rows('task_time_worked')

describe('Time Worked entries from Rescue sessions', () => {
    it('are off by default', () => {
        const w = world()
        w.post(START_POST)
        w.post(END_POST)
        expect(entries(w)).toEqual([])
        expect(w.sessionRows()[0]!.time_worked_entry ?? '').toBe('')
    })

    it("an end post adds one entry of the session's work time for the technician, naming the session and technician", () => {
        const w = world({ settings: ON })
        expect(w.post(START_POST).status).toBe(200)
        expect(entries(w)).toEqual([])
        expect(w.post(END_POST).status).toBe(200)
        const [entry] = entries(w)
        expect(entry).toMatchObject({ task: TASK_SYS_ID, user: w.agent, time_worked: '1970-01-01 00:29:29' })
        expect(entry!.comments).toBe('LogMeIn Rescue session 512345678, technician Jane Doe (jane.doe@example.com).')
        expect(w.sessionRows()[0]!.time_worked_entry).toBe(entry!.sys_id)
        expect(
            (w.instance.record('task_time_worked', entry!.sys_id) as { getDisplayValue(field: string): string }).getDisplayValue(
                'time_worked'
            )
        ).toBe('29 Minutes')
        // The incident's own timer is the agent's; the entry does not change it.
        expect(w.instance.db.get('incident', TASK_SYS_ID)!.time_worked ?? '').toBe('')
    })

    it('exactly once: a repeated end post, a re-sent one with other content and a start post after the end add nothing', () => {
        const w = world({ settings: ON })
        w.post(END_POST)
        expect(w.post(END_POST).json.result.status).toBe('duplicate')
        expect(w.post({ ...END_POST, Notes: 'Reset spooler (sent again)', WorkTime: '1800' }).status).toBe(200)
        expect(w.post(START_POST).status).toBe(200)
        expect(entries(w).map((entry) => entry.time_worked)).toEqual(['1970-01-01 00:29:29'])
    })

    it('no entry for a work time of 0 or none, nor for a session that belongs to no record', () => {
        for (const body of [
            { ...END_POST, WorkTime: '0' },
            { ...END_POST, WorkTime: '' },
            { ...END_POST, SessionID: '600000040', Tracking0: '' },
        ]) {
            const w = world({ settings: ON })
            expect(w.post(body).status).toBeLessThan(300)
            expect(entries(w), JSON.stringify(body.WorkTime)).toEqual([])
        }
    })

    it.each(['incident', 'case'])('a console-created %s gets its entry', (type) => {
        const w = world({
            settings: {
                ...ON,
                'x_rescue_connect.console_session.create_record': 'true',
                'x_rescue_connect.console_session.record_type': type,
            },
        })
        const console = { SessionID: '600000041', Tracking0: '' }
        const created = w.post({ ...START_POST, ...console })
        expect(created.status).toBe(201)
        expect(w.post({ ...END_POST, ...console }).status).toBe(200)
        expect(entries(w).map((entry) => [entry.task, entry.user, entry.time_worked])).toEqual([
            [created.json.result.record.sys_id, w.agent, '1970-01-01 00:29:29'],
        ])
    })

    it('when no active user has the email Rescue reports, the entry names nobody (not the PIN issuer, not the integration account) and says so', () => {
        const w = world({ settings: ON })
        w.post({ ...END_POST, TechSSOID: 'bob.transfer@example.com', TechEmail: 'bob.transfer@example.com', TechName: 'Bob Transfer' })
        const [entry] = entries(w)
        expect(entry!.user ?? '').toBe('')
        expect(entry!.comments).toBe(
            'LogMeIn Rescue session 512345678, technician Bob Transfer (bob.transfer@example.com). No active ServiceNow user has the email bob.transfer@example.com, so this entry names no user.'
        )
    })

    it('an email two active users share (compared as the platform compares, ignoring case) credits neither', () => {
        const w = world({ settings: { ...ON, 'x_rescue_connect.console_session.create_record': 'true' } })
        w.instance.addUser({ user_name: 'jane.twin', email: 'JANE.DOE@example.com' })
        w.post({ ...END_POST, SessionID: '600000042', Tracking0: '' })
        const [entry] = entries(w)
        expect(entry!.user ?? '').toBe('')
        expect(entry!.comments).toContain('More than one active ServiceNow user has the email')
    })

    it('an insert the platform refuses still stores the post and its note, logs the record, and can be added by a later end post', () => {
        const w = world({ settings: ON })
        const allow = w.instance.db.abortScriptWrites('task_time_worked')
        const answer = w.post(END_POST)
        expect(answer.status).toBe(200)
        expect(entries(w)).toEqual([])
        expect(w.sessionRows()[0]).toMatchObject({ state: 'ended', work_time: '1769' })
        expect(w.sessionRows()[0]!.time_worked_entry ?? '').toBe('')
        expect(w.notes('incident', TASK_SYS_ID).some((note) => note.includes('ended'))).toBe(true)
        const number = w.instance.db.get('incident', TASK_SYS_ID)!.number!
        expect(w.instance.logs.filter((entry) => entry.level === 'error').map((entry) => entry.message)).toEqual([
            expect.stringContaining(`Rescue session 512345678: ${number} refused its Time Worked entry`),
        ])
        allow()
        w.post({ ...END_POST, Notes: 'Reset spooler (resent)' })
        expect(entries(w)).toHaveLength(1)
    })

    it('costs the end post one insert (5 DB operations for a PIN session)', () => {
        const w = world({ settings: ON })
        warmUp(w)
        w.post(START_POST)
        w.instance.resetCounters()
        w.post(END_POST)
        const { queries, inserts, updates, deletes } = w.instance.counters
        expect({ queries, inserts, updates, deletes }).toEqual({ queries: 2, inserts: 1, updates: 2, deletes: 0 })
    })
})
