// A post reaches a record only through a PIN the app issued for it (its exact tracking value on a PIN
// row) or the console-record setting. Tracking0 is text in the post: whoever can set it must not be
// able to steer a work note onto a task it names. Such posts are stored unlinked (nothing lost), and
// the answer names no record the post was not linked to.
import { describe, expect, it } from 'vitest'
import { END_POST, START_POST, TASK_SYS_ID } from '../fixtures/rescue-posts'
import { SESSION_TABLE, world } from './session-harness'

const OTHER_TASK = '0123456789abcdef0123456789abcdef'

function expectUnlinked(
    w: ReturnType<typeof world>,
    answer: ReturnType<ReturnType<typeof world>['post']>,
    sessionId: string,
    target: { table: string; sysId: string }
) {
    expect(answer.status).toBe(202)
    expect(answer.json.result.status).toBe('stored_unlinked')
    expect(answer.json.result).not.toHaveProperty('record')
    const number = w.instance.db.get(target.table, target.sysId)?.number ?? 'no number'
    expect(answer.raw).not.toContain(target.sysId)
    expect(answer.raw).not.toContain(number)
    expect(w.notes(target.table, target.sysId)).toEqual([])
    const rows = w.sessionRows().filter((row) => row.rescue_session_id === sessionId)
    expect(rows).toHaveLength(1)
    expect(rows[0]!.task ?? '').toBe('')
    expect(JSON.parse(rows[0]!.posts!)).toHaveLength(1)
}

describe('Tracking0 that names a record without a PIN for it', () => {
    it.each([
        ['a task of another type', 'task'],
        ['a case', 'sn_customerservice_case'],
        ['an incident with no PIN', 'incident'],
    ])('%s, by its sys_id with a token: stored unlinked, no note there', (_, table) => {
        const w = world()
        const target = w.instance.db.insert(table, { sys_id: OTHER_TASK, short_description: 'Not yours' })
        const answer = w.post({ ...START_POST, SessionID: '512340000', Tracking0: `${OTHER_TASK}.anything` })
        expectUnlinked(w, answer, '512340000', { table, sysId: target })
    })

    it('an incident with no PIN, by its bare sys_id, start and end: stored unlinked, no note there', () => {
        const w = world()
        const target = w.instance.db.insert('incident', { sys_id: OTHER_TASK, short_description: 'Not yours' })
        expectUnlinked(w, w.post({ ...START_POST, SessionID: '512340001', Tracking0: OTHER_TASK }), '512340001', {
            table: 'incident',
            sysId: target,
        })
        const end = w.post({ ...END_POST, SessionID: '512340001', Tracking0: OTHER_TASK })
        expect(end.status).toBe(202)
        expect(end.raw).not.toContain(OTHER_TASK)
        expect(w.notes('incident', target)).toEqual([])
    })

    it('the record of a PIN, by its sys_id but not the PIN’s tracking value: stored unlinked, the PIN row untouched', () => {
        const w = world()
        w.instance.db.update(SESSION_TABLE, w.pinRow, { tracking_id: `${TASK_SYS_ID}.0123456789abcdef01234567` })
        const answer = w.post({ ...START_POST, SessionID: '512340002', Tracking0: `${TASK_SYS_ID}.forged` })
        expectUnlinked(w, answer, '512340002', { table: 'incident', sysId: w.incident })
        const pinRow = w.instance.db.get(SESSION_TABLE, w.pinRow)!
        expect([pinRow.state, pinRow.rescue_session_id ?? '']).toEqual(['pin_issued', ''])
    })

    it('a PIN’s tracking value in another case, or with more after it: only the exact value links', () => {
        const w = world()
        expectUnlinked(w, w.post({ ...START_POST, SessionID: '512340003', Tracking0: TASK_SYS_ID.toUpperCase() }), '512340003', {
            table: 'incident',
            sysId: w.incident,
        })
        const longer = TASK_SYS_ID + '.' + 'x'.repeat(80)
        expectUnlinked(w, w.post({ ...START_POST, SessionID: '512340004', Tracking0: longer }), '512340004', {
            table: 'incident',
            sysId: w.incident,
        })
        expect(w.instance.db.get(SESSION_TABLE, w.pinRow)?.state).toBe('pin_issued')
        expect(w.instance.truncations).toEqual([])
    })

    it('the tracking value of a record created for a console session does not lead another session to it', () => {
        const w = world({ settings: { 'x_rescue_connect.console_session.create_record': 'true' } })
        const first = w.post({ ...START_POST, SessionID: '600000010', Tracking0: 'shared-tracking' })
        expect(first.status).toBe(201)
        const created = first.json.result.record.sys_id as string
        const second = w.post({ ...START_POST, SessionID: '600000011', Tracking0: 'shared-tracking' })
        expect(second.status).toBe(201)
        expect(second.json.result.record.sys_id).not.toBe(created)
        expect(second.raw).not.toContain(first.json.result.record.number)
        expect(w.notes('incident', created)).toHaveLength(1)
    })

    it('a later post of a PIN session cannot move the PIN’s tracking value', () => {
        const w = world()
        w.instance.db.insert('incident', { sys_id: OTHER_TASK, short_description: 'Not yours' })
        expect(w.post(START_POST).status).toBe(200)
        const end = w.post({ ...END_POST, Tracking0: OTHER_TASK })
        expect(end.json.result).toMatchObject({ status: 'processed', record: { sys_id: w.incident } })
        expect(w.instance.db.get(SESSION_TABLE, w.pinRow)).toMatchObject({ tracking_id: TASK_SYS_ID, state: 'ended' })
        expect(w.notes('incident', OTHER_TASK)).toEqual([])
    })
})

describe('a genuine PIN session', () => {
    it('lands on the PIN’s record through the exact tracking value, start and end', () => {
        const w = world()
        expect(w.post(START_POST).json.result).toMatchObject({ status: 'processed', record: { sys_id: w.incident } })
        expect(w.post(END_POST).json.result).toMatchObject({ status: 'processed', record: { sys_id: w.incident } })
        expect(w.notes('incident', w.incident)).toHaveLength(2)
    })

    it('a second Rescue session with the PIN’s tracking value is stored on its own row, unlinked (issue 17: one session per PIN)', () => {
        const w = world()
        w.post(START_POST)
        const second = w.post({ ...START_POST, SessionID: '512345690' })
        expect(second.json.result).toMatchObject({ status: 'stored_unlinked', session_id: '512345690' })
        expect(second.json.result).not.toHaveProperty('record')
        expect(w.sessionRows().filter((row) => row.task === w.incident)).toHaveLength(1)
        expect(w.sessionRows()).toHaveLength(2)
    })
})
