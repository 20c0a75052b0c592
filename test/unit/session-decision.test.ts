import { english } from '../fixtures/english'
import { describe, expect, it } from 'vitest'
import type { SessionPost } from '../../src/server/core/session-post'
import { decideSessionUpdate, EMPTY_ROW, forgetPost, MAX_STORED_POSTS_CHARS, type SessionRowState } from '../../src/server/core/session-decision'
import { consoleRecordFields, customerCandidates, needsTechnicianLookup, taskSysIdFromTracking } from '../../src/server/core/session-match'
import { acceptedPost, END_POST, START_POST, TASK_SYS_ID } from '../fixtures/rescue-posts'

/** Applies a decision the way the adapter does, giving the row as it would read back. */
function apply(row: SessionRowState, p: SessionPost): SessionRowState {
    const decision = decideSessionUpdate(row, p)
    if (decision.duplicate) return row
    return { state: decision.state, postHashes: decision.postHashes, posts: decision.posts, columns: { ...row.columns, ...decision.columns } }
}

const PIN_ROW: SessionRowState = {
    state: 'pin_issued',
    postHashes: '',
    posts: '',
    columns: { tracking_id: TASK_SYS_ID, tech_sso_id: 'jane.doe@example.com', tech_name: 'Jane Doe', customer_name: 'J. Smith' },
}

describe('decideSessionUpdate', () => {
    it('writes the session columns from a start post and moves the state to started', () => {
        const decision = decideSessionUpdate(EMPTY_ROW, acceptedPost(START_POST))
        expect(decision).toMatchObject({
            duplicate: false,
            state: 'started',
            columns: { rescue_session_id: '512345678', waiting_time: '42', pickup_time: '2026-03-05 10:02:11', platform: 'Windows', work_time: '0' },
        })
        if (decision.duplicate) return
        expect(decision.columns.closing_time).toBeUndefined()
        expect(JSON.parse(decision.posts)).toHaveLength(1)
    })
    it('changes nothing for a post it has already processed', () => {
        const once = apply(PIN_ROW, acceptedPost(END_POST))
        expect(decideSessionUpdate(once, acceptedPost(END_POST))).toEqual({ duplicate: true })
        const sameInOtherSpelling = acceptedPost(Object.fromEntries(Object.entries(END_POST).map(([k, v]) => [k.toUpperCase(), v])))
        expect(decideSessionUpdate(once, sameInOtherSpelling)).toEqual({ duplicate: true })
    })
    it('converges to the same row whichever of start and end arrives first; ended never goes back', () => {
        const startThenEnd = apply(apply(PIN_ROW, acceptedPost(START_POST)), acceptedPost(END_POST))
        const endThenStart = apply(apply(PIN_ROW, acceptedPost(END_POST)), acceptedPost(START_POST))
        expect(endThenStart).toEqual(startThenEnd)
        expect(startThenEnd.state).toBe('ended')
        expect(startThenEnd.columns).toMatchObject({ work_time: '1769', closing_time: '2026-03-05 10:31:40', customer_name: 'John Smith' })
        const repeated = apply(apply(endThenStart, acceptedPost(START_POST)), acceptedPost(END_POST))
        expect(repeated).toEqual(endThenStart)
    })
    it('a start post fills only empty columns; an end post overwrites', () => {
        const start = decideSessionUpdate(PIN_ROW, acceptedPost(START_POST))
        expect(start.duplicate === false && start.columns.customer_name).toBeFalsy()
        const end = decideSessionUpdate(PIN_ROW, acceptedPost(END_POST))
        expect(end.duplicate === false && end.columns.customer_name).toBe('John Smith')
    })
    it('fits values to the columns: long text is cut, numbers too large for an integer column are left out', () => {
        const decision = decideSessionUpdate(EMPTY_ROW, acceptedPost({ SessionID: '1', Platform: 'p'.repeat(300), Transmitted: '99999999999', WorkTime: '12.6' }))
        expect(decision).toMatchObject({ columns: { platform: 'p'.repeat(100), work_time: '13' } })
        expect(decision.duplicate === false && decision.columns.transmitted_bytes).toBeUndefined()
    })
    it('keeps stored posts under the column size by leaving chat logs out (the work notes keep them)', () => {
        const huge = acceptedPost({ SessionID: '1', ChatLog: 'x'.repeat(MAX_STORED_POSTS_CHARS) })
        const decision = decideSessionUpdate(EMPTY_ROW, huge)
        if (decision.duplicate) throw new Error('unexpected duplicate')
        expect(decision.posts.length).toBeLessThan(MAX_STORED_POSTS_CHARS)
        expect(JSON.parse(decision.posts)[0].variables.ChatLog).toMatch(/not stored/)
    })
    it('a post whose fingerprint was forgotten (its work note was refused) is processed again and stored once', () => {
        const once = apply(PIN_ROW, acceptedPost(START_POST))
        const forgotten = { ...once, postHashes: forgetPost(once.postHashes, acceptedPost(START_POST).hash) }
        expect(forgotten.postHashes).toBe('')
        const decision = decideSessionUpdate(forgotten, acceptedPost(START_POST))
        if (decision.duplicate) throw new Error('a forgotten post must not count as a duplicate')
        expect(decision.columns).toEqual({})
        expect(JSON.parse(decision.posts)).toHaveLength(1)
        expect(decision.postHashes).toBe(once.postHashes)
    })
    it('survives an unreadable stored-posts column', () => {
        const decision = decideSessionUpdate({ ...EMPTY_ROW, posts: '{broken' }, acceptedPost(START_POST))
        expect(decision.duplicate === false && JSON.parse(decision.posts)).toHaveLength(1)
    })
})

describe('matching helpers', () => {
    it('only a 32-hex tracking value can name a task', () => {
        expect(taskSysIdFromTracking(TASK_SYS_ID.toUpperCase())).toBe(TASK_SYS_ID)
        expect(taskSysIdFromTracking('INC0012345')).toBeNull()
        expect(taskSysIdFromTracking(undefined)).toBeNull()
    })
    it('looks the technician up only when the row has none or Rescue reports someone else', () => {
        const p = acceptedPost(END_POST)
        expect(needsTechnicianLookup({ tech_sso_id: 'Jane.Doe@example.com' }, 'u1', p)).toBe(false)
        expect(needsTechnicianLookup({}, 'u1', p)).toBe(false)
        expect(needsTechnicianLookup({}, '', p)).toBe(true)
        expect(needsTechnicianLookup({ tech_sso_id: 'bob@example.com' }, 'u1', p)).toBe(true)
        expect(needsTechnicianLookup({}, '', acceptedPost({ SessionID: '1' }))).toBe(false)
    })
    it('finds customer candidates: emails in custom fields first, then the Name field', () => {
        expect(customerCandidates(acceptedPost({ SessionID: '1', CField0: 'John Smith', CField2: 'john@example.com' }))).toEqual([
            { field: 'email', value: 'john@example.com' },
            { field: 'name', value: 'John Smith' },
        ])
        expect(customerCandidates(acceptedPost({ SessionID: '1', CField0: 'john@example.com' }))).toEqual([{ field: 'email', value: 'john@example.com' }])
        expect(customerCandidates(acceptedPost({ SessionID: '1' }))).toEqual([])
    })
    it('names the session in the short description of a console record, for incidents and cases', () => {
        const incident = consoleRecordFields(acceptedPost(END_POST), { consoleRecordType: 'incident', incidentCallerField: 'caller_id', caseContactField: 'contact' }, english)
        expect(incident.shortDescription).toBe('LogMeIn Rescue session 512345678 with John Smith')
        expect(incident.target).toMatchObject({ table: 'incident', customerTable: 'sys_user', customerField: 'caller_id' })
        const kase = consoleRecordFields(acceptedPost({ SessionID: '9' }), { consoleRecordType: 'case', incidentCallerField: 'caller_id', caseContactField: 'contact' }, english)
        expect(kase.shortDescription).toBe('LogMeIn Rescue session 9')
        expect(kase.target).toMatchObject({ table: 'sn_customerservice_case', customerTable: 'customer_contact', customerField: 'contact', accountField: 'account' })
    })
})
