// A PIN's tracking value (Tracking0) links exactly the one Rescue session that claimed it: that session's repeats,
// start and end keep landing on the PIN's record; any other session carrying the value — a month later, with a
// new Rescue session id — is stored unlinked (nothing lost), writes no note, and the answer names no record.
// Tracking values appear in no note and are not shown to agents (test/artifact/session-access.test.ts).
import { describe, expect, it } from 'vitest'
import { END_POST, START_POST, TASK_SYS_ID } from '../fixtures/rescue-posts'
import { pinWorld } from './pin-fixture'
import { SESSION_TABLE, world } from './session-harness'

const LATER = { ...START_POST, SessionID: '512999001', ChatLog: '11:00 AM Someone: hello again' }

describe('a tracking value links one Rescue session', () => {
    it('a second session carrying a claimed value is stored unlinked, writes no note, and the answer names no record', () => {
        const w = world()
        expect(w.post(START_POST).json.result).toMatchObject({ status: 'processed', record: { sys_id: TASK_SYS_ID } })
        const notes = w.notes('incident', TASK_SYS_ID).length
        const later = w.post(LATER)
        expect(later.status).toBe(202)
        expect(later.json.result).toMatchObject({ status: 'stored_unlinked', session_id: '512999001' })
        expect(later.raw).not.toContain(TASK_SYS_ID)
        expect(later.raw).not.toMatch(/INC\d/)
        expect(w.notes('incident', TASK_SYS_ID)).toHaveLength(notes)
        const stored = w.sessionRows().find((row) => row.rescue_session_id === '512999001')!
        expect(stored.task ?? '').toBe('')
        expect(stored.posts).toContain('hello again')
        // The claiming session's own posts still land: its repeat, and its end after the other session's post.
        expect(w.post(START_POST).json.result.status).toBe('duplicate')
        expect(w.post(END_POST).json.result).toMatchObject({ status: 'processed', record: { sys_id: TASK_SYS_ID } })
        expect(w.instance.db.get(SESSION_TABLE, w.pinRow)).toMatchObject({ rescue_session_id: '512345678', state: 'ended' })
        expect(w.post({ ...LATER, ...END_POST, SessionID: '512999001' }).json.result.status).toBe('stored_unlinked')
        expect(w.notes('incident', TASK_SYS_ID)).toHaveLength(notes + 1)
    })

    it('a session first stored without Tracking0 claims the value on its own row; later sessions with it are unlinked', () => {
        const w = world()
        expect(w.post({ ...END_POST, Tracking0: '' }).status).toBe(202)
        expect(w.post(START_POST).json.result).toMatchObject({ status: 'processed', record: { sys_id: TASK_SYS_ID } })
        const later = w.post(LATER)
        expect(later.json.result.status).toBe('stored_unlinked')
        expect(w.sessionRows().find((row) => row.rescue_session_id === '512999001')!.task ?? '').toBe('')
        expect(w.notes('incident', TASK_SYS_ID)).toHaveLength(1)
        // The PIN row itself was never claimed, yet it does not take the later session either.
        expect(w.instance.db.get(SESSION_TABLE, w.pinRow)!.rescue_session_id ?? '').toBe('')
    })

    it('with console sessions creating records, a session carrying a claimed value creates none', () => {
        const w = world({ settings: { 'x_rescue_connect.console_session.create_record': 'true' } })
        w.post(START_POST)
        const incidents = w.instance.db.rows('incident').length
        expect(w.post(LATER).json.result.status).toBe('stored_unlinked')
        expect(w.instance.db.rows('incident')).toHaveLength(incidents)
    })
})

describe('tracking values appear in no note', () => {
    it('session notes (mode all, and a selection that names Tracking0) do not print it', () => {
        const variants: Record<string, string>[] = [
            { 'x_rescue_connect.work_notes.mode': 'all' },
            { 'x_rescue_connect.work_notes.mode': 'selection', 'x_rescue_connect.work_notes.fields': 'Tracking0,Notes' },
        ]
        for (const settings of variants) {
            const w = world({ settings })
            w.post(START_POST)
            w.post(END_POST)
            const notes = w.notes('incident', TASK_SYS_ID).join('\n')
            expect(notes, JSON.stringify(settings)).toContain('LogMeIn Rescue session 512345678')
            expect(notes, JSON.stringify(settings)).not.toContain(TASK_SYS_ID)
        }
    })

    it('the PIN note does not print it', () => {
        const world = pinWorld()
        const { answer } = world.generatePin('incident', world.incident)
        expect(answer.ok).toBe(true)
        const tracking = world.instance.db.rows(SESSION_TABLE)[0]!.tracking_id!
        expect(tracking).toMatch(new RegExp(`^${world.incident}\\.`))
        const notes = world.instance
            .journal('incident', world.incident)
            .map((entry) => entry.value)
            .join('\n')
        expect(notes).toContain(answer.pin!)
        expect(notes).not.toContain(tracking)
        expect(notes).not.toContain(world.incident)
    })
})
