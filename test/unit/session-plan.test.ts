// The session post's plan and report for every case the artifact tests drive through the built app
// (session-matching, session-linking, session-bounds, time-worked, chat-log-attachment, console-records,
// pin-to-session, technician-identity): the plan is what the executor does, the report what it answers and logs.
import { describe, expect, it } from 'vitest'
import { english } from '../fixtures/english'
import { validConfig } from '../fixtures/config'
import { acceptedPost, END_POST, START_POST, TASK_SYS_ID } from '../fixtures/rescue-posts'
import {
    locateSession,
    planSessionPost,
    reportSessionPost,
    sessionRowNeeded,
    technicianAddresses,
    technicianLookupNeeded,
    type SessionExecution,
    type SessionFacts,
    type SessionPlan,
    type StorePlan,
    type StoredSessionRow,
} from '../../src/server/core/session-plan'
import { decideSessionUpdate, MAX_POSTS_PER_SESSION, MAX_STORED_POSTS_CHARS } from '../../src/server/core/session-decision'
import type { SessionPost } from '../../src/server/core/session-post'

const AGENT = 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0'
const OTHER_USER = 'b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0'
const PIN_ROW_ID = 'c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0'
const SESSION_ROW_ID = 'd0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0'
const NOW = '2026-03-05 10:31:41'
const CREATE_RECORD = { 'x_rescue_connect.console_session.create_record': 'true' }
const TIME_WORKED = { 'x_rescue_connect.time_worked.record': 'true' }
const CHAT_LOG_FILE = { 'x_rescue_connect.chat_log.attachment': 'true' }
const CHAT_LOG_IN_NOTES = { 'x_rescue_connect.work_notes.chat_log': 'true' }

/** The PIN row as Generate Rescue PIN leaves it. */
function pinRow(overrides: Partial<StoredSessionRow> = {}): StoredSessionRow {
    return {
        sysId: PIN_ROW_ID,
        state: 'pin_issued',
        postHashes: '',
        posts: '',
        columns: {
            rescue_session_id: '',
            tech_sso_id: 'jane.doe@example.com',
            tech_email: 'jane.doe@example.com',
            tech_name: 'Jane Doe',
            customer_name: 'J. Smith',
        },
        task: TASK_SYS_ID,
        trackingId: START_POST.Tracking0,
        technician: AGENT,
        timeWorkedEntry: '',
        chatLog: { attachmentSysId: '', chars: 0, lines: 0 },
        ...overrides,
    }
}

/** The row after `post` was stored on `row` (as the executor writes it). */
function after(row: StoredSessionRow, post: SessionPost, changes: Partial<StoredSessionRow> = {}): StoredSessionRow {
    const decision = decideSessionUpdate(row, post)
    if (decision.kind !== 'update') throw new Error(decision.kind)
    return {
        ...row,
        state: decision.state,
        postHashes: decision.postHashes,
        posts: decision.posts,
        columns: { ...row.columns, ...decision.columns },
        ...changes,
    }
}

function facts(overrides: Partial<SessionFacts> = {}): SessionFacts {
    return { pinRow: pinRow(), claimedOnOwnRow: [], sessionRow: 'not_read', receivedAt: NOW, ...overrides }
}

function plan(post: SessionPost, given: Partial<SessionFacts> = {}, settings: Record<string, string> = {}): SessionPlan {
    return planSessionPost(post, validConfig(settings), facts(given), english)
}

function stored(post: SessionPost, given: Partial<SessionFacts> = {}, settings: Record<string, string> = {}): StorePlan {
    const result = plan(post, given, settings)
    if (result.kind !== 'store') throw new Error(`expected a store plan, got ${JSON.stringify(result)}`)
    return result
}

const START = acceptedPost(START_POST)
const END = acceptedPost(END_POST)
const CONSOLE_START = acceptedPost({ ...START_POST, SessionID: '600000001', Tracking0: '', CField0: 'John Smith' })
const CONSOLE_END = acceptedPost({ ...END_POST, SessionID: '600000001', Tracking0: '' })
const NO_PIN = { pinRow: null, claimedOnOwnRow: [], sessionRow: null }

/** What the platform does with a plan when it refuses nothing. */
function executed(p: StorePlan, overrides: Partial<SessionExecution> = {}): SessionExecution {
    const workNote = p.taskSysId !== '' && p.note ? { table: 'incident', number: 'INC0010001', written: true } : 'none'
    const timeWorked = p.timeWorked || p.consoleRecord?.timeWorked ? 'inserted' : 'none'
    const consoleRecord = p.consoleRecord
        ? { table: p.consoleRecord.table, sysId: 'e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0', number: 'INC0010002', linked: true }
        : 'none'
    return {
        rowWritten: true,
        sessionSysId: p.rowSysId || SESSION_ROW_ID,
        chatLog: p.chatLog ? 'attached' : 'none',
        workNote,
        timeWorked,
        consoleRecord,
        ...overrides,
    }
}

describe('where a post goes', () => {
    it('start then end go to the PIN row by tracking value: one row, state ended, technician kept, the PIN row read alone', () => {
        expect(sessionRowNeeded(START, { pinRow: pinRow(), claimedOnOwnRow: [] }, false)).toBe(false)
        const start = stored(START)
        expect(start).toMatchObject({
            rowSysId: PIN_ROW_ID,
            taskSysId: TASK_SYS_ID,
            consoleRecord: null,
            timeWorked: null,
            chatLog: null,
            logs: [],
        })
        expect(start.rowValues).toMatchObject({
            state: 'started',
            rescue_session_id: '512345678',
            pickup_time: '2026-03-05 10:02:11',
            technician: AGENT,
            last_post_received: NOW,
        })
        // The row already names its task and source: neither is written again.
        expect(start.rowValues).not.toHaveProperty('task')
        expect(start.rowValues).not.toHaveProperty('source')
        expect(start.note).toMatch(/^LogMeIn Rescue session 512345678 started by Jane Doe with John Smith\./)
        const claimed = after(pinRow(), START)
        expect(sessionRowNeeded(END, { pinRow: claimed, claimedOnOwnRow: [] }, false)).toBe(false)
        const end = stored(END, { pinRow: claimed })
        expect(end).toMatchObject({
            rowSysId: PIN_ROW_ID,
            rowValues: { state: 'ended', technician: AGENT, closing_time: '2026-03-05 10:31:40', transmitted_bytes: '1048576' },
        })
        expect(end.note).toMatch(/ended .*work time 29 min/)
        expect(reportSessionPost(END, end, executed(end))).toEqual({
            outcome: {
                kind: 'linked',
                sessionSysId: PIN_ROW_ID,
                table: 'incident',
                taskSysId: TASK_SYS_ID,
                number: 'INC0010001',
                created: false,
            },
            logs: [],
        })
    })
    it('an end post without Tracking0 finds the session by its Rescue session id', () => {
        const post = acceptedPost({ ...END_POST, Tracking0: '' })
        expect(sessionRowNeeded(post, { pinRow: null, claimedOnOwnRow: [] }, false)).toBe(true)
        const row = after(pinRow(), START)
        expect(stored(post, { pinRow: null, sessionRow: row })).toMatchObject({
            rowSysId: PIN_ROW_ID,
            taskSysId: TASK_SYS_ID,
            rowValues: { state: 'ended' },
        })
    })
    it("a second Rescue session with a claimed PIN row's tracking value is stored on its own row, unlinked: no note, no record, a 202 naming none, a log line", () => {
        const claimed = after(pinRow(), START)
        const second = acceptedPost({ ...START_POST, SessionID: '512345680' })
        expect(sessionRowNeeded(second, { pinRow: claimed, claimedOnOwnRow: [] }, false)).toBe(true)
        // Even with console sessions creating records: it is no console session.
        const p = stored(second, { pinRow: claimed, sessionRow: null }, CREATE_RECORD)
        expect(p).toMatchObject({
            rowSysId: '',
            taskSysId: '',
            claimedByAnother: true,
            consoleRecord: null,
            rowValues: { source: 'console', rescue_session_id: '512345680', technician: '' },
        })
        expect(p.rowValues).not.toHaveProperty('task')
        expect(p.rowValues).not.toHaveProperty('tracking_id')
        const done = executed(p)
        expect(done.workNote).toBe('none')
        expect(reportSessionPost(second, p, done)).toEqual({
            outcome: { kind: 'unlinked', sessionSysId: SESSION_ROW_ID, reason: 'tracking_claimed' },
            logs: [
                {
                    level: 'warn',
                    text: expect.stringContaining(
                        'Rescue session 512345680 carries the tracking value of a PIN another Rescue session already used'
                    ),
                },
            ],
        })
        // Its own later posts stay unlinked; the claiming session's end still lands on the PIN row.
        const secondRow = {
            ...after({ ...pinRow(), sysId: SESSION_ROW_ID, columns: {}, task: '', trackingId: '', technician: '', state: '' }, second),
        }
        const secondEnd = acceptedPost({ ...END_POST, SessionID: '512345680' })
        expect(stored(secondEnd, { pinRow: claimed, sessionRow: secondRow })).toMatchObject({
            rowSysId: SESSION_ROW_ID,
            taskSysId: '',
            claimedByAnother: true,
        })
        expect(stored(END, { pinRow: claimed })).toMatchObject({ rowSysId: PIN_ROW_ID, taskSysId: TASK_SYS_ID, claimedByAnother: false })
    })
    it('a session that claimed the value on its own row keeps landing on the record; the unclaimed PIN row takes no other session', () => {
        const ownRow = {
            ...after(
                {
                    ...pinRow(),
                    sysId: SESSION_ROW_ID,
                    columns: {},
                    task: TASK_SYS_ID,
                    trackingId: START_POST.Tracking0,
                    technician: AGENT,
                    state: '',
                },
                START
            ),
        }
        const rows = { pinRow: pinRow(), claimedOnOwnRow: ['512345678'] }
        expect(sessionRowNeeded(END, rows, false)).toBe(true)
        const end = stored(END, { ...rows, sessionRow: ownRow })
        expect(end).toMatchObject({ rowSysId: SESSION_ROW_ID, taskSysId: TASK_SYS_ID, claimedByAnother: false })
        // The claim is already on the row: not written again.
        expect(end.rowValues).not.toHaveProperty('tracking_id')
        const later = acceptedPost({ ...START_POST, SessionID: '512999001' })
        expect(sessionRowNeeded(later, rows, false)).toBe(true)
        const p = stored(later, { ...rows, sessionRow: null })
        expect(p).toMatchObject({ rowSysId: '', taskSysId: '', claimedByAnother: true })
        expect(reportSessionPost(later, p, executed(p)).outcome).toEqual({
            kind: 'unlinked',
            sessionSysId: SESSION_ROW_ID,
            reason: 'tracking_claimed',
        })
    })
    it('a start post naming a PIN after the same session was stored without a match: the refused claim is answered by a plan for the stored row', () => {
        const unmatched: StoredSessionRow = {
            ...after(
                { ...pinRow(), sysId: SESSION_ROW_ID, columns: {}, task: '', trackingId: '', technician: AGENT, state: '' },
                acceptedPost({ ...END_POST, Tracking0: '' })
            ),
        }
        // First plan: the unclaimed PIN row settles it; the platform refuses the row's second copy of the session id.
        const first = stored(START)
        expect(first.rowSysId).toBe(PIN_ROW_ID)
        expect(reportSessionPost(START, first, { ...executed(first), rowWritten: false })).toEqual({
            outcome: { kind: 'conflict' },
            logs: [],
        })
        // Second plan, from fresh facts: the session id's row, linked to the PIN's task; the PIN row is left alone.
        expect(sessionRowNeeded(START, { pinRow: pinRow(), claimedOnOwnRow: [] }, true)).toBe(true)
        const second = stored(START, { sessionRow: unmatched })
        // The stored row claims the PIN's tracking value (from the PIN row, never from the post's text).
        expect(second).toMatchObject({
            rowSysId: SESSION_ROW_ID,
            taskSysId: TASK_SYS_ID,
            rowValues: { task: TASK_SYS_ID, state: 'ended', tracking_id: pinRow().trackingId },
        })
        expect(reportSessionPost(START, second, executed(second)).outcome).toMatchObject({
            kind: 'linked',
            sessionSysId: SESSION_ROW_ID,
            taskSysId: TASK_SYS_ID,
        })
    })
    it('two PINs on one record: each session lands on the row of its own PIN', () => {
        const secondPin = pinRow({ sysId: SESSION_ROW_ID })
        expect(
            locateSession(acceptedPost({ ...START_POST, SessionID: '512345679' }), {
                pinRow: secondPin,
                claimedOnOwnRow: [],
                sessionRow: 'not_read',
            }).row?.sysId
        ).toBe(SESSION_ROW_ID)
        expect(locateSession(START, { pinRow: pinRow(), claimedOnOwnRow: [], sessionRow: 'not_read' }).row?.sysId).toBe(PIN_ROW_ID)
    })
    it('a Tracking0 that names a record without a PIN (or a forged one) links nothing: stored unlinked as a console session', () => {
        const forged = acceptedPost({ ...START_POST, SessionID: '600000003', Tracking0: TASK_SYS_ID + '.forged' })
        const p = stored(forged, NO_PIN)
        expect(p).toMatchObject({ rowSysId: '', taskSysId: '', consoleRecord: null, rowValues: { source: 'console' } })
        expect(p.rowValues).not.toHaveProperty('task')
        expect(reportSessionPost(forged, p, executed(p))).toEqual({ outcome: { kind: 'unlinked', sessionSysId: SESSION_ROW_ID }, logs: [] })
    })
    it('a later post never moves the tracking value: posts write no tracking_id', () => {
        const p = stored(acceptedPost({ ...END_POST, Tracking0: 'something-else' }), { pinRow: null, sessionRow: after(pinRow(), START) })
        expect(p.rowValues).not.toHaveProperty('tracking_id')
        expect(p.taskSysId).toBe(TASK_SYS_ID)
    })
})

describe('exactly once and bounded', () => {
    it('the same post again changes nothing and says so; a processed post needs no technician lookup', () => {
        const once = after(pinRow(), END)
        expect(plan(END, { pinRow: once })).toEqual({ kind: 'answer', outcome: { kind: 'duplicate', sessionSysId: PIN_ROW_ID }, logs: [] })
        expect(technicianLookupNeeded(END, { row: { ...once, technician: '' }, taskSysId: TASK_SYS_ID })).toBe(false)
    })
    it(`a distinct post beyond the ${MAX_POSTS_PER_SESSION}-post cap is refused (422) and logged, nothing written`, () => {
        let row = pinRow()
        for (let i = 0; i < MAX_POSTS_PER_SESSION; i++) row = after(row, acceptedPost({ ...END_POST, Notes: `Step ${i}` }))
        const refused = plan(acceptedPost({ ...END_POST, Notes: 'one too many' }), { pinRow: row })
        expect(refused).toEqual({
            kind: 'answer',
            outcome: { kind: 'refused', limit: 'too_many_posts' },
            logs: [
                {
                    level: 'warn',
                    text: `Rescue session 512345678 already has ${MAX_POSTS_PER_SESSION} different posts stored; a further post was refused (422).`,
                },
            ],
        })
    })
    it('long values left out of the stored posts are counted in the log', () => {
        const p = stored(acceptedPost({ ...END_POST, ChatLog: 'x'.repeat(MAX_STORED_POSTS_CHARS + 1) }))
        expect(p.logs).toEqual([
            { level: 'warn', text: expect.stringMatching(/^Rescue session 512345678: 1 long values are left out of the stored posts/) },
        ])
    })
})

describe('the work note', () => {
    it('none: no work note, the session row is still updated', () => {
        const p = stored(END, {}, { 'x_rescue_connect.work_notes.mode': 'none' })
        expect(p).toMatchObject({ note: null, rowValues: { state: 'ended' } })
        expect(reportSessionPost(END, p, executed(p)).outcome).toMatchObject({ kind: 'linked', table: 'task', number: '' })
    })
    it('selection: unknown names are counted once in the log, never quoted', () => {
        const p = stored(
            END,
            {},
            { 'x_rescue_connect.work_notes.mode': 'selection', 'x_rescue_connect.work_notes.fields': 'Notes,Bogus,bogus' }
        )
        expect(p.logs).toEqual([{ level: 'warn', text: expect.stringContaining('x_rescue_connect.work_notes.fields lists 1 name(s)') }])
        expect(JSON.stringify(p.logs)).not.toMatch(/bogus/i)
    })
    it('a record that refuses the note: stored, answered and logged, and the fingerprint is forgotten so the same post adds it again', () => {
        const p = stored(END)
        expect(p.postHashesWithoutPost.split(',')).not.toContain(END.hash)
        expect(p.rowValues.post_hashes.split(',')).toContain(END.hash)
        const report = reportSessionPost(END, p, executed(p, { workNote: { table: 'incident', number: 'INC0010001', written: false } }))
        expect(report.outcome).toEqual({
            kind: 'note_refused',
            sessionSysId: PIN_ROW_ID,
            table: 'incident',
            taskSysId: TASK_SYS_ID,
            number: 'INC0010001',
        })
        expect(report.logs).toEqual([
            { level: 'error', text: expect.stringMatching(/^Rescue session 512345678: INC0010001 refused the work note/) },
        ])
    })
    it('a task that no longer exists: stored without a note, and the log says so', () => {
        const p = stored(END)
        const report = reportSessionPost(END, p, executed(p, { workNote: null }))
        expect(report.outcome).toMatchObject({ kind: 'linked', table: 'task', number: '' })
        expect(report.logs).toEqual([
            {
                level: 'warn',
                text: `Rescue session 512345678: task ${TASK_SYS_ID} no longer exists; the session is stored without a work note.`,
            },
        ])
    })
    it('[code] and HTML from Rescue cannot render in the note', () => {
        expect(stored(acceptedPost({ ...END_POST, Notes: '[code]<img src=x onerror=alert(1)>[/code]' })).note).not.toMatch(
            /\[\s*\/?\s*code|<[A-Za-z/!?]/i
        )
    })
})

describe('console-started sessions', () => {
    it('with create_record off: a new console row, technician credited, no record', () => {
        const p = stored(CONSOLE_START, { ...NO_PIN, reportedTechnician: { kind: 'one', sysId: AGENT } })
        expect(p).toMatchObject({
            rowSysId: '',
            taskSysId: '',
            consoleRecord: null,
            rowValues: { source: 'console', state: 'started', technician: AGENT },
        })
        expect(reportSessionPost(CONSOLE_START, p, executed(p)).outcome).toEqual({ kind: 'unlinked', sessionSysId: SESSION_ROW_ID })
    })
    it('incident: created with the assignee, the note as its first work note; the end post goes to it', () => {
        const p = stored(CONSOLE_START, { ...NO_PIN, reportedTechnician: { kind: 'one', sysId: AGENT } }, CREATE_RECORD)
        expect(p.consoleRecord).toMatchObject({
            table: 'incident',
            assignedTo: AGENT,
            shortDescription: 'LogMeIn Rescue session 600000001 (Technician Console)',
            timeWorked: null,
        })
        expect(p.consoleRecord?.description).toContain('John Smith')
        const report = reportSessionPost(CONSOLE_START, p, executed(p))
        expect(report).toEqual({
            outcome: {
                kind: 'linked',
                sessionSysId: SESSION_ROW_ID,
                table: 'incident',
                taskSysId: 'e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0',
                number: 'INC0010002',
                created: true,
            },
            logs: [],
        })
        const row = after(
            { ...pinRow(), sysId: SESSION_ROW_ID, columns: {}, task: 'e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0', state: '' },
            CONSOLE_START
        )
        const end = stored(CONSOLE_END, { pinRow: null, sessionRow: row }, CREATE_RECORD)
        expect(end).toMatchObject({ rowSysId: SESSION_ROW_ID, taskSysId: 'e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0', consoleRecord: null })
    })
    it('case: created as a case (console_session.record_type)', () => {
        expect(
            stored(CONSOLE_START, NO_PIN, { ...CREATE_RECORD, 'x_rescue_connect.console_session.record_type': 'case' }).consoleRecord
        ).toMatchObject({ table: 'sn_customerservice_case' })
    })
    it('a created record that cannot be linked is logged (no Time Worked entry then); a missing table or a refused insert leave it unlinked, logged', () => {
        const p = stored(CONSOLE_END, NO_PIN, { ...CREATE_RECORD, ...TIME_WORKED })
        expect(p.consoleRecord?.timeWorked).toMatchObject({ timeWorked: '1970-01-01 00:29:29' })
        const unlinked = reportSessionPost(
            CONSOLE_END,
            p,
            executed(p, {
                timeWorked: 'none',
                consoleRecord: { table: 'incident', sysId: 'e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0', number: 'INC0010002', linked: false },
            })
        )
        expect(unlinked.outcome).toMatchObject({ kind: 'linked', created: true })
        expect(unlinked.logs).toEqual([{ level: 'error', text: expect.stringContaining('created INC0010002 but could not link it') }])
        const missing = reportSessionPost(CONSOLE_END, p, executed(p, { consoleRecord: 'table_missing' }))
        expect(missing).toEqual({
            outcome: { kind: 'unlinked', sessionSysId: SESSION_ROW_ID },
            logs: [
                {
                    level: 'error',
                    text: 'Cannot create a incident for Rescue session 600000001: table incident does not exist on this instance.',
                },
            ],
        })
        expect(reportSessionPost(CONSOLE_END, p, executed(p, { consoleRecord: 'insert_refused' })).logs).toEqual([
            { level: 'error', text: 'Creating a incident for Rescue session 600000001 failed.' },
        ])
    })
})

describe('Time Worked entries (time_worked.record)', () => {
    it('are off by default', () => {
        expect(stored(END).timeWorked).toBeNull()
    })
    it("an end post claims one entry of the session's work time for the technician, naming the session and technician", () => {
        expect(stored(END, { pinRow: after(pinRow(), START) }, TIME_WORKED).timeWorked).toEqual({
            taskSysId: TASK_SYS_ID,
            userSysId: AGENT,
            timeWorked: '1970-01-01 00:29:29',
            comment: 'LogMeIn Rescue session 512345678, technician Jane Doe (jane.doe@example.com).',
        })
    })
    it('exactly once: a session already recorded, a start post, a work time of 0 and a session without a record claim none', () => {
        expect(
            stored(
                acceptedPost({ ...END_POST, Notes: 'resent' }),
                { pinRow: after(pinRow(), END, { timeWorkedEntry: 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0' }) },
                TIME_WORKED
            ).timeWorked
        ).toBeNull()
        expect(stored(START, {}, TIME_WORKED).timeWorked).toBeNull()
        expect(stored(acceptedPost({ ...END_POST, WorkTime: '0' }), {}, TIME_WORKED).timeWorked).toBeNull()
        const unlinked = stored(CONSOLE_END, NO_PIN, TIME_WORKED)
        expect([unlinked.timeWorked, unlinked.consoleRecord]).toEqual([null, null])
    })
    it('when no active user has the reported email the entry names nobody; a shared one credits neither', () => {
        const stranger = acceptedPost({ ...END_POST, TechSSOID: 'stranger@example.com', TechEmail: 'stranger@example.com' })
        expect(technicianLookupNeeded(stranger, { row: pinRow(), taskSysId: TASK_SYS_ID })).toBe(true)
        const none = stored(stranger, { reportedTechnician: { kind: 'none' } }, TIME_WORKED)
        expect(none.timeWorked).toMatchObject({
            userSysId: '',
            comment: expect.stringContaining('No active ServiceNow user has the email stranger@example.com'),
        })
        // Nobody found keeps the PIN's technician on the row; a shared address credits no one, there too.
        expect(none.rowValues.technician).toBe(AGENT)
        const shared = stored(stranger, { reportedTechnician: { kind: 'several' } }, TIME_WORKED)
        expect([shared.rowValues.technician, shared.timeWorked?.userSysId]).toEqual(['', ''])
    })
    it('an insert the platform refuses still stores the post and its note, and logs the record', () => {
        const p = stored(END, {}, TIME_WORKED)
        const report = reportSessionPost(END, p, executed(p, { timeWorked: 'refused' }))
        expect(report.outcome).toMatchObject({ kind: 'linked' })
        expect(report.logs).toEqual([
            {
                level: 'error',
                text: expect.stringMatching(/^Rescue session 512345678: INC0010001 refused its Time Worked entry \(00:29:29 of work/),
            },
        ])
    })
})

describe('the technician', () => {
    it('is looked up when Rescue reports another SSO ID or the row has none, by SSO ID then Rescue email', () => {
        const transferred = acceptedPost({ ...END_POST, TechSSOID: 'bob@example.com', TechEmail: 'bob.b@example.com' })
        expect(technicianLookupNeeded(transferred, { row: pinRow(), taskSysId: TASK_SYS_ID })).toBe(true)
        expect(technicianAddresses(transferred)).toEqual(['bob@example.com', 'bob.b@example.com'])
        expect(technicianAddresses(END)).toEqual(['jane.doe@example.com'])
        expect(technicianLookupNeeded(END, { row: pinRow(), taskSysId: TASK_SYS_ID })).toBe(false)
        expect(stored(transferred, { reportedTechnician: { kind: 'one', sysId: OTHER_USER } }).rowValues.technician).toBe(OTHER_USER)
    })
    it('a session reported under a shared SSO ID no longer credits the PIN’s technician', () => {
        const p = stored(acceptedPost({ ...END_POST, TechSSOID: 'shared@example.com' }), { reportedTechnician: { kind: 'several' } })
        expect(p.rowValues.technician).toBe('')
    })
})

describe('the chat log as a file (chat_log.attachment)', () => {
    it('is off by default: nothing attached, the note carries the chat log', () => {
        const p = stored(END, {}, CHAT_LOG_IN_NOTES)
        expect(p.chatLog).toBeNull()
        expect(p.note).toContain('10:03 AM John Smith: Hi')
    })
    it('a longer chat log is attached, replacing the shorter one; the note names the file and its line count', () => {
        const row = after(pinRow(), START, { chatLog: { attachmentSysId: 'f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1', chars: 23, lines: 1 } })
        const p = stored(END, { pinRow: row }, { ...CHAT_LOG_FILE, ...CHAT_LOG_IN_NOTES })
        expect(p.chatLog).toEqual({
            fileName: 'rescue-chat-512345678.txt',
            content: END_POST.ChatLog,
            chars: END_POST.ChatLog.length,
            lines: 2,
            replaces: 'f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1',
        })
        expect(p.note).toContain('rescue-chat-512345678.txt')
        expect(p.note).not.toContain('John Smith: Hi')
        expect(p.noteWithoutFile).toContain('10:03 AM John Smith: Hi')
        expect(reportSessionPost(END, p, executed(p)).logs).toEqual([])
    })
    it('a repeat, a shorter chat log or a start post after the end attaches nothing; the note still names the kept file', () => {
        const row = after(pinRow(), END, {
            chatLog: { attachmentSysId: 'f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1', chars: END_POST.ChatLog.length, lines: 2 },
        })
        const p = stored(START, { pinRow: row }, { ...CHAT_LOG_FILE, ...CHAT_LOG_IN_NOTES })
        expect(p.chatLog).toBeNull()
        expect(p.note).toContain('rescue-chat-512345678.txt')
    })
    it('a console session without a record keeps its chat log on its new row', () => {
        expect(stored(CONSOLE_END, NO_PIN, CHAT_LOG_FILE).chatLog).toMatchObject({ fileName: 'rescue-chat-600000001.txt', replaces: '' })
    })
    it('when the platform refuses the attachment the log says so (the executor writes the note that carries the chat log)', () => {
        const p = stored(END, {}, CHAT_LOG_FILE)
        const report = reportSessionPost(END, p, executed(p, { chatLog: 'refused' }))
        expect(report.logs).toEqual([
            {
                level: 'error',
                text: `Rescue session 512345678: the chat log could not be attached to its Rescue Session record (${PIN_ROW_ID}); the work note carries it instead.`,
            },
        ])
        const consolePlan = stored(CONSOLE_END, NO_PIN, CHAT_LOG_FILE)
        const notNamed = reportSessionPost(CONSOLE_END, consolePlan, executed(consolePlan, { chatLog: 'attached_not_named' }))
        expect(notNamed.logs).toEqual([{ level: 'error', text: expect.stringContaining('could not be updated to name it') }])
    })
})
