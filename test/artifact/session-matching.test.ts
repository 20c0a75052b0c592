// Where a post lands (tracking value, Rescue session id, console sessions), what the work note says
// per setting, and the exactly-once promise: duplicates and either order converge.
import { describe, expect, it } from 'vitest'
import { END_POST, START_POST, TASK_SYS_ID } from '../fixtures/rescue-posts'
import { RENDERABLE, SESSION_TABLE, world } from './session-harness'

const CONSOLE_START = { ...START_POST, SessionID: '600000001', Tracking0: '', CField0: 'John Smith' }
const CONSOLE_END = { ...END_POST, SessionID: '600000001', Tracking0: '' }

/** A row as the comparison of final states sees it: bookkeeping columns and per-world sys_ids left out. */
function settled(row: Record<string, string>) {
    const {
        sys_id,
        sys_created_on,
        sys_created_by,
        sys_updated_on,
        sys_updated_by,
        sys_mod_count,
        last_post_received,
        technician,
        ...rest
    } = row
    return rest
}

/** The field lines of a session's notes (below each headline), as a sorted set: what the notes said together. */
function saidInNotes(notes: readonly string[]): string[] {
    return [...new Set(notes.flatMap((note) => note.split('\n\n').slice(1).join('\n').split('\n')).filter((line) => line !== ''))].sort()
}

describe('matching', () => {
    it('start then end: both go to the PIN row by tracking value; one row, state ended, technician kept', () => {
        const w = world()
        expect(w.post(START_POST).status).toBe(200)
        expect(w.sessionRows()[0]).toMatchObject({ state: 'started', rescue_session_id: '512345678', pickup_time: '2026-03-05 10:02:11' })
        expect(w.post(END_POST).status).toBe(200)
        const rows = w.sessionRows()
        expect(rows).toHaveLength(1)
        expect(rows[0]).toMatchObject({
            sys_id: w.pinRow,
            state: 'ended',
            technician: w.agent,
            closing_time: '2026-03-05 10:31:40',
            platform: 'Windows',
            transmitted_bytes: '1048576',
        })
        const notes = w.notes('incident', w.incident)
        expect(notes).toHaveLength(2)
        expect(notes[0]).toMatch(/^LogMeIn Rescue session 512345678 started by Jane Doe with John Smith\./)
        expect(notes[1]).toMatch(/ended .*work time 29 min/)
    })
    it('an end post without Tracking0 finds the session by its Rescue session id', () => {
        const w = world()
        w.post(START_POST)
        expect(w.post({ ...END_POST, Tracking0: '' }).status).toBe(200)
        expect(w.sessionRows()).toHaveLength(1)
        expect(w.sessionRows()[0].state).toBe('ended')
        expect(w.notes('incident', w.incident)).toHaveLength(2)
    })
    it('two PINs on one record: each session lands on the row of its own PIN', () => {
        const w = world()
        const secondTracking = `${TASK_SYS_ID}.0123456789abcdef01234567`
        const second = w.instance.db.insert(SESSION_TABLE, {
            task: w.incident,
            pin: '999999',
            tracking_id: secondTracking,
            technician: w.agent,
            tech_sso_id: 'jane.doe@example.com',
            state: 'pin_issued',
            source: 'servicenow',
        })
        expect(w.post({ ...START_POST, SessionID: '512345679', Tracking0: secondTracking }).status).toBe(200)
        expect(w.post(START_POST).status).toBe(200)
        expect(w.post(END_POST).status).toBe(200)
        expect(w.instance.db.get(SESSION_TABLE, w.pinRow)).toMatchObject({ rescue_session_id: '512345678', state: 'ended' })
        expect(w.instance.db.get(SESSION_TABLE, second)).toMatchObject({ rescue_session_id: '512345679', state: 'started' })
    })
    it("a second Rescue session with a claimed PIN row's tracking value gets its own row, linked to no record (issue 17)", () => {
        const w = world()
        expect(w.post(START_POST).status).toBe(200)
        expect(w.post({ ...START_POST, SessionID: '512345680' }).status).toBe(202)
        expect(w.instance.db.get(SESSION_TABLE, w.pinRow)).toMatchObject({ rescue_session_id: '512345678' })
        const other = w.sessionRows().find((row) => row.rescue_session_id === '512345680')
        expect(other).toBeDefined()
        expect(other!.task ?? '').toBe('')
    })
    it('a start post naming a PIN arriving after the same session was stored without a match joins that row, never a 409', () => {
        const w = world()
        expect(w.post({ ...END_POST, Tracking0: '' }).status).toBe(202)
        const start = w.post(START_POST)
        expect(start.status).toBe(200)
        expect(start.json.result).toMatchObject({ status: 'processed', record: { sys_id: w.incident } })
        const rows = w.sessionRows().filter((row) => row.rescue_session_id === '512345678')
        expect(rows).toHaveLength(1)
        expect(rows[0]).toMatchObject({ task: w.incident, state: 'ended' })
        expect(w.notes('incident', w.incident)).toHaveLength(1)
        expect(w.post(START_POST).json.result.status).toBe('duplicate')
    })
    it('a matched post costs at most four database operations (a cold message cache adds only its own loads)', () => {
        const w = world()
        w.instance.resetCounters()
        w.post(START_POST)
        const { queries, inserts, updates, deletes, messageLoads } = w.instance.counters
        expect(messageLoads).toBeGreaterThan(0)
        expect(queries - messageLoads + inserts + updates + deletes).toBeLessThanOrEqual(4)
        // Once the instance has served the note's messages, they cost nothing: four operations in all.
        w.post({ ...END_POST, SessionID: '599999999', Tracking0: '' })
        w.instance.resetCounters()
        w.post(END_POST)
        const end = w.instance.counters
        expect(end.messageLoads).toBe(0)
        expect(end.queries + end.inserts + end.updates + end.deletes).toBeLessThanOrEqual(4)
    })
})

describe('work notes per setting', () => {
    it('all (default): every non-empty variable, no chat log', () => {
        const w = world()
        w.post(END_POST)
        const note = w.notes('incident', w.incident)[0]
        expect(note).toContain('Customer name: John Smith')
        expect(note).toContain('Custom field 1: INC0012345 Printer offline')
        expect(note).toContain('Platform: Windows')
        expect(note).not.toContain('Chat log')
        expect(note).not.toContain('Custom field 2')
    })
    it('all with chat_log: the chat log comes last', () => {
        const w = world({ settings: { 'x_rescue_connect.work_notes.chat_log': 'true' } })
        w.post(END_POST)
        expect(w.notes('incident', w.incident)[0]).toMatch(/Chat log:\n10:02 AM Jane Doe: Hello\n10:03 AM John Smith: Hi$/)
    })
    it('selection: listed variables in listed order; ChatLog only when listed; unknown names counted once in the log, never quoted', () => {
        const w = world({
            settings: {
                'x_rescue_connect.work_notes.mode': 'selection',
                'x_rescue_connect.work_notes.fields': 'WorkTime, Notes,Bogus,bogus,CField0',
                'x_rescue_connect.work_notes.chat_log': 'true',
            },
        })
        w.post(END_POST)
        const note = w.notes('incident', w.incident)[0]
        expect(note.split('\n').slice(2)).toEqual([
            'Work time: 29 min 29 s',
            'Technician notes: Reset spooler',
            'Customer name: John Smith',
        ])
        // The setting is named once per post, its value never quoted (an admin may have pasted anything into it).
        const warnings = w.instance.logs.filter((entry) => entry.message.includes('x_rescue_connect.work_notes.fields'))
        expect(warnings).toHaveLength(1)
        expect(warnings[0].message).toContain('lists 1 name(s)')
        expect(w.instance.logs.filter((entry) => /bogus/i.test(entry.message))).toEqual([])

        const chat = world({
            settings: { 'x_rescue_connect.work_notes.mode': 'selection', 'x_rescue_connect.work_notes.fields': 'ChatLog' },
        })
        chat.post(END_POST)
        expect(chat.notes('incident', chat.incident)[0]).toContain('Chat log:\n10:02 AM Jane Doe: Hello')
    })
    it('none: no work note, the session row is still updated', () => {
        const w = world({ settings: { 'x_rescue_connect.work_notes.mode': 'none' } })
        expect(w.post(END_POST).status).toBe(200)
        expect(w.notes('incident', w.incident)).toEqual([])
        expect(w.sessionRows()[0].state).toBe('ended')
    })
    it('[code] and HTML from Rescue cannot render in the journal', () => {
        const w = world({ settings: { 'x_rescue_connect.work_notes.chat_log': 'true' } })
        const hostile = '[code]<img src=x onerror=alert(1)>[/code] <script>alert(1)</script> [CODE ]<b>x</b>'
        w.post({ ...END_POST, Notes: hostile, ChatLog: hostile, TechName: hostile, '[code]<i>': hostile })
        const note = w.notes('incident', w.incident)[0]
        expect(note).not.toMatch(RENDERABLE)
        expect(note).toContain('img src=x')
    })
})

describe('console-started sessions', () => {
    it('with create_record off: stored unlinked, answered 202, no record created', () => {
        const w = world()
        const incidents = w.instance.db.rows('incident').length
        const answer = w.post(CONSOLE_START)
        expect(answer.status).toBe(202)
        expect(answer.json.result.status).toBe('stored_unlinked')
        const row = w.sessionRows().find((r) => r.rescue_session_id === '600000001')
        expect(row).toMatchObject({ source: 'console', state: 'started', technician: w.agent })
        expect(row?.task ?? '').toBe('')
        expect(w.instance.db.rows('incident')).toHaveLength(incidents)
    })
    it('incident: created with the assignee and a short description naming the session (no caller: see console-records.test.ts); the end post goes to it', () => {
        const w = world({ settings: { 'x_rescue_connect.console_session.create_record': 'true' } })
        const before = w.instance.db.rows('incident').length
        const start = w.post(CONSOLE_START)
        expect(start.status).toBe(201)
        const created = w.instance.db.rows('incident').find((r) => r.sys_id === start.json.result.record.sys_id)
        expect(created).toMatchObject({ assigned_to: w.agent, short_description: 'LogMeIn Rescue session 600000001 (Technician Console)' })
        expect(created?.caller_id ?? '').toBe('')
        expect(start.json.result.record.number).toMatch(/^INC/)
        const end = w.post(CONSOLE_END)
        expect(end.status).toBe(200)
        expect(end.json.result.record.sys_id).toBe(created?.sys_id)
        expect(w.instance.db.rows('incident')).toHaveLength(before + 1)
        expect(w.notes('incident', created!.sys_id)).toHaveLength(2)
        expect(w.sessionRows().filter((r) => r.rescue_session_id === '600000001')).toHaveLength(1)
    })
    it('tells the admin when the created record cannot be linked to the session row', () => {
        const w = world({ settings: { 'x_rescue_connect.console_session.create_record': 'true' } })
        w.instance.db.abortScriptWrites(SESSION_TABLE, ['update'])
        const start = w.post(CONSOLE_START)
        expect(start.status).toBe(201)
        const errors = w.instance.logs.filter((entry) => entry.level === 'error').map((entry) => entry.message)
        expect(errors).toEqual([expect.stringContaining(`created ${start.json.result.record.number} but could not link it`)])
    })
    it('end post first also creates one record, and the late start post joins it', () => {
        const w = world({ settings: { 'x_rescue_connect.console_session.create_record': 'true' } })
        const before = w.instance.db.rows('incident').length
        expect(w.post(CONSOLE_END).status).toBe(201)
        expect(w.post(CONSOLE_START).status).toBe(200)
        expect(w.instance.db.rows('incident')).toHaveLength(before + 1)
        expect(w.sessionRows().find((r) => r.rescue_session_id === '600000001')?.state).toBe('ended')
    })
    it('case: created for the session and assigned; the end post goes to the same case', () => {
        const w = world({
            settings: { 'x_rescue_connect.console_session.create_record': 'true', 'x_rescue_connect.console_session.record_type': 'case' },
        })
        const answer = w.post(CONSOLE_START)
        expect(answer.status).toBe(201)
        const kase = w.instance.db.get('sn_customerservice_case', answer.json.result.record.sys_id)
        expect(kase).toMatchObject({ assigned_to: w.agent, short_description: 'LogMeIn Rescue session 600000001 (Technician Console)' })
        expect(w.notes('sn_customerservice_case', kase!.sys_id)).toHaveLength(1)
        const end = w.post(CONSOLE_END)
        expect(end.status).toBe(200)
        expect(end.json.result.record).toMatchObject({ table: 'sn_customerservice_case', sys_id: kase!.sys_id })
        expect(w.instance.db.rows('sn_customerservice_case')).toHaveLength(1)
        expect(w.notes('sn_customerservice_case', kase!.sys_id)).toHaveLength(2)
    })
    it('case without the CSM plugin: stored unlinked, the failure logged, never a 500', () => {
        const w = world({
            csm: false,
            settings: { 'x_rescue_connect.console_session.create_record': 'true', 'x_rescue_connect.console_session.record_type': 'case' },
        })
        const answer = w.post(CONSOLE_START)
        expect(answer.status).toBe(202)
        expect(w.instance.logs.some((entry) => entry.level === 'error' && entry.message.includes('sn_customerservice_case'))).toBe(true)
    })
})

describe('exactly once', () => {
    it('the same post again changes nothing and says so', () => {
        const w = world()
        w.post(START_POST)
        w.post(END_POST)
        const rowBefore = { ...w.sessionRows()[0] }
        w.instance.resetCounters()
        for (const body of [END_POST, START_POST]) {
            const again = w.post(body)
            expect(again.status).toBe(200)
            expect(again.json.result.status).toBe('duplicate')
        }
        expect(w.writes()).toBe(0)
        expect(w.sessionRows()[0]).toEqual(rowBefore)
        expect(w.notes('incident', w.incident)).toHaveLength(2)
    })
    it('start and end in either order give the same final state', () => {
        const a = world()
        a.post(START_POST)
        a.post(END_POST)
        const b = world()
        b.post(END_POST)
        b.post(START_POST)
        expect(settled(b.sessionRows()[0])).toEqual(settled(a.sessionRows()[0]))
        expect(b.sessionRows()[0]).toMatchObject({ state: 'ended', technician: b.agent })
        // Each note leaves out what the other already said, so together they say the same in either order.
        expect(saidInNotes(b.notes('incident', b.incident))).toEqual(saidInNotes(a.notes('incident', a.incident)))
    })
    it('a record that refuses the work note: the post is stored, answer and log say so, and the same post again adds the note once', () => {
        const w = world()
        const lift = w.instance.db.abortScriptWrites('incident', ['update'])
        const refused = w.post(START_POST)
        expect(refused.status).toBe(202)
        expect(refused.json.result).toMatchObject({ status: 'stored_without_note', record: { sys_id: w.incident } })
        expect(w.sessionRows()[0]).toMatchObject({ sys_id: w.pinRow, state: 'started', rescue_session_id: '512345678' })
        expect(w.notes('incident', w.incident)).toHaveLength(0)
        expect(w.instance.logs.filter((entry) => entry.level === 'error' && entry.message.includes('512345678'))).toHaveLength(1)
        lift()
        const again = w.post(START_POST)
        expect(again.status).toBe(200)
        expect(again.json.result.status).toBe('processed')
        expect(w.notes('incident', w.incident)).toHaveLength(1)
        expect(JSON.parse(w.sessionRows()[0].posts)).toHaveLength(1)
        expect(w.post(START_POST).json.result.status).toBe('duplicate')
        expect(w.notes('incident', w.incident)).toHaveLength(1)
    })
    it('a console session in either order: the same row, the same created record and the same notes', () => {
        const settings = { 'x_rescue_connect.console_session.create_record': 'true' }
        const a = world({ settings })
        a.post(CONSOLE_START)
        a.post(CONSOLE_END)
        const b = world({ settings })
        b.post(CONSOLE_END)
        b.post(CONSOLE_START)
        const finalState = (w: ReturnType<typeof world>) => {
            const row = w.sessionRows().find((r) => r.rescue_session_id === '600000001')!
            const record = w.instance.db.get('incident', row.task)!
            return {
                row: { ...settled(row), task: undefined },
                technician: row.technician === w.agent,
                record: {
                    short_description: record.short_description,
                    description: record.description,
                    caller: record.caller_id ?? '',
                    assignee: record.assigned_to === w.agent,
                },
                notes: saidInNotes(w.notes('incident', row.task)),
            }
        }
        expect(finalState(b)).toEqual(finalState(a))
        expect(finalState(a)).toMatchObject({
            row: { state: 'ended', source: 'console' },
            technician: true,
            record: { caller: '', assignee: true },
        })
        expect(a.notes('incident', a.sessionRows().find((r) => r.rescue_session_id === '600000001')!.task)).toHaveLength(2)
    })
    it('a session row is never duplicated', () => {
        const w = world({ settings: { 'x_rescue_connect.console_session.create_record': 'true' } })
        for (const body of [CONSOLE_START, CONSOLE_END, CONSOLE_START, { ...CONSOLE_END, Notes: 'more' }]) w.post(body)
        expect(w.sessionRows().filter((r) => r.rescue_session_id === '600000001')).toHaveLength(1)
    })
})
