import { english } from '../fixtures/english'
import { describe, expect, it } from 'vitest'
import type { SessionPost } from '../../src/server/core/session-post'
import {
    decideSessionUpdate,
    EMPTY_ROW,
    forgetPost,
    MAX_POSTS_PER_SESSION,
    MAX_STORED_POSTS_CHARS,
    type SessionRowState,
} from '../../src/server/core/session-decision'
import { SESSION_COLUMN_SIZES } from '../../src/server/core/session-columns'
import { consoleRecordFields } from '../../src/server/core/console-record'
import { needsTechnicianLookup } from '../../src/server/core/session-plan'
import { acceptedPost, END_POST, START_POST } from '../fixtures/rescue-posts'

/** Applies a decision the way the adapter does, giving the row as it would read back. */
function apply(row: SessionRowState, p: SessionPost): SessionRowState {
    const decision = decideSessionUpdate(row, p)
    if (decision.kind !== 'update') return row
    return {
        state: decision.state,
        postHashes: decision.postHashes,
        posts: decision.posts,
        columns: { ...row.columns, ...decision.columns },
    }
}

const PIN_ROW: SessionRowState = {
    state: 'pin_issued',
    postHashes: '',
    posts: '',
    columns: { tech_sso_id: 'jane.doe@example.com', tech_name: 'Jane Doe', customer_name: 'J. Smith' },
}

describe('decideSessionUpdate', () => {
    it('writes the session columns from a start post and moves the state to started', () => {
        const decision = decideSessionUpdate(EMPTY_ROW, acceptedPost(START_POST))
        expect(decision).toMatchObject({
            kind: 'update',
            state: 'started',
            columns: {
                rescue_session_id: '512345678',
                waiting_time: '42',
                pickup_time: '2026-03-05 10:02:11',
                platform: 'Windows',
                work_time: '0',
            },
        })
        if (decision.kind !== 'update') return
        expect(decision.columns.closing_time).toBeUndefined()
        expect(JSON.parse(decision.posts)).toHaveLength(1)
    })
    it('changes nothing for a post it has already processed', () => {
        const once = apply(PIN_ROW, acceptedPost(END_POST))
        expect(decideSessionUpdate(once, acceptedPost(END_POST))).toEqual({ kind: 'duplicate' })
        const sameInOtherSpelling = acceptedPost(Object.fromEntries(Object.entries(END_POST).map(([k, v]) => [k.toUpperCase(), v])))
        expect(decideSessionUpdate(once, sameInOtherSpelling)).toEqual({ kind: 'duplicate' })
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
    it('an expired PIN that Rescue still accepted moves on: a late start makes it started, an end ended', () => {
        const expired = { ...PIN_ROW, state: 'expired' }
        expect(decideSessionUpdate(expired, acceptedPost(START_POST))).toMatchObject({ kind: 'update', state: 'started' })
        expect(apply(apply(expired, acceptedPost(START_POST)), acceptedPost(END_POST)).state).toBe('ended')
    })
    it('a start post fills only empty columns; an end post overwrites', () => {
        const start = decideSessionUpdate(PIN_ROW, acceptedPost(START_POST))
        expect(start.kind === 'update' && start.columns.customer_name).toBeFalsy()
        const end = decideSessionUpdate(PIN_ROW, acceptedPost(END_POST))
        expect(end.kind === 'update' && end.columns.customer_name).toBe('John Smith')
    })
    it('fits values to the columns: text too long for its column is left out (never cut), numbers too large for an integer column too', () => {
        const decision = decideSessionUpdate(
            EMPTY_ROW,
            acceptedPost({
                SessionID: '1',
                Platform: 'p'.repeat(101),
                TechName: 't'.repeat(255),
                Transmitted: '99999999999',
                WorkTime: '12.6',
            })
        )
        expect(decision).toMatchObject({ kind: 'update', columns: { tech_name: 't'.repeat(255), work_time: '13' } })
        expect(decision.kind === 'update' && [decision.columns.platform, decision.columns.transmitted_bytes]).toEqual([
            undefined,
            undefined,
        ])
    })
    it("never writes the tracking value: it is the PIN row's", () => {
        const decision = decideSessionUpdate(EMPTY_ROW, acceptedPost(START_POST))
        expect(decision.kind === 'update' && Object.keys(decision.columns)).not.toContain('tracking_id')
    })
    it('keeps stored posts within their column by leaving the longest values out whole, with a note of their length', () => {
        const chat = 'x'.repeat(MAX_STORED_POSTS_CHARS)
        const decision = decideSessionUpdate(EMPTY_ROW, acceptedPost({ SessionID: '1', ChatLog: chat, Notes: 'kept' }))
        if (decision.kind !== 'update') throw new Error('expected an update')
        expect(decision.posts.length).toBeLessThanOrEqual(MAX_STORED_POSTS_CHARS)
        const stored = JSON.parse(decision.posts)[0].variables
        expect(stored).toMatchObject({
            Notes: 'kept',
            ChatLog: `(${chat.length} characters not stored: a session's stored posts are limited to ${MAX_STORED_POSTS_CHARS} characters; see the work notes)`,
        })
        expect(decision.valuesLeftOut).toBe(1)
    })
    it('gives the same stored posts for a large start and end whichever arrives first', () => {
        const start = acceptedPost({ ...START_POST, ChatLog: 's'.repeat(3_000_000) })
        const end = acceptedPost({ ...END_POST, ChatLog: 'e'.repeat(2_500_000) })
        const startFirst = apply(apply(EMPTY_ROW, start), end)
        expect(apply(apply(EMPTY_ROW, end), start)).toEqual(startFirst)
        expect(startFirst.posts.length).toBeLessThanOrEqual(MAX_STORED_POSTS_CHARS)
    })
    it('accepts at most MAX_POSTS_PER_SESSION distinct posts; their fingerprints fit the column; replays stay duplicates', () => {
        const posts = Array.from({ length: MAX_POSTS_PER_SESSION + 1 }, (_, i) => acceptedPost({ ...END_POST, Notes: `n${i}` }))
        const full = posts.slice(0, MAX_POSTS_PER_SESSION).reduce(apply, PIN_ROW)
        expect(full.postHashes.length).toBeLessThanOrEqual(SESSION_COLUMN_SIZES.post_hashes)
        expect(decideSessionUpdate(full, posts[MAX_POSTS_PER_SESSION]!)).toEqual({ kind: 'refused', limit: 'too_many_posts' })
        for (const post of posts.slice(0, MAX_POSTS_PER_SESSION)) expect(decideSessionUpdate(full, post)).toEqual({ kind: 'duplicate' })
        // A post whose fingerprint was forgotten is still one of the session's posts: sending it again is not refused.
        const forgotten = { ...full, postHashes: forgetPost(full.postHashes, posts[0]!.hash) }
        expect(decideSessionUpdate(forgotten, posts[0]!).kind).toBe('update')
    })
    it('refuses a post that cannot fit the stored posts even with every long value left out', () => {
        const names = (prefix: string) => Object.fromEntries(Array.from({ length: 490 }, (_, i) => [`${prefix}${i}`.padEnd(200, 'k'), 'v']))
        let row = EMPTY_ROW
        let refused = false
        for (let i = 0; i < 60 && !refused; i++) {
            const decision = decideSessionUpdate(row, acceptedPost({ SessionID: '1', Notes: `n${i}`, ...names(`p${i}-`) }))
            if (decision.kind === 'refused') {
                expect(decision.limit).toBe('too_large')
                refused = true
            } else if (decision.kind === 'update') {
                expect(decision.posts.length).toBeLessThanOrEqual(MAX_STORED_POSTS_CHARS)
                row = {
                    state: decision.state,
                    postHashes: decision.postHashes,
                    posts: decision.posts,
                    columns: { ...row.columns, ...decision.columns },
                }
            }
        }
        expect(refused).toBe(true)
    })
    it('a post whose fingerprint was forgotten (its work note was refused) is processed again and stored once', () => {
        const once = apply(PIN_ROW, acceptedPost(START_POST))
        const forgotten = { ...once, postHashes: forgetPost(once.postHashes, acceptedPost(START_POST).hash) }
        expect(forgotten.postHashes).toBe('')
        const decision = decideSessionUpdate(forgotten, acceptedPost(START_POST))
        if (decision.kind !== 'update') throw new Error('a forgotten post must not count as a duplicate')
        expect(decision.columns).toEqual({})
        expect(JSON.parse(decision.posts)).toHaveLength(1)
        expect(decision.postHashes).toBe(once.postHashes)
    })
    it('survives an unreadable stored-posts column', () => {
        const decision = decideSessionUpdate({ ...EMPTY_ROW, posts: '{broken' }, acceptedPost(START_POST))
        expect(decision.kind === 'update' && JSON.parse(decision.posts)).toHaveLength(1)
    })
})

describe('matching helpers', () => {
    it('looks the technician up only when the row has none or Rescue reports someone else', () => {
        const p = acceptedPost(END_POST)
        expect(needsTechnicianLookup({ tech_sso_id: 'Jane.Doe@example.com' }, 'u1', p)).toBe(false)
        expect(needsTechnicianLookup({}, 'u1', p)).toBe(false)
        expect(needsTechnicianLookup({}, '', p)).toBe(true)
        expect(needsTechnicianLookup({ tech_sso_id: 'bob@example.com' }, 'u1', p)).toBe(true)
        expect(needsTechnicianLookup({}, '', acceptedPost({ SessionID: '1' }))).toBe(false)
    })
    it('a console record names the session, keeps what the customer typed as marked text and sets no customer from it', () => {
        const incident = consoleRecordFields(acceptedPost(END_POST), { consoleRecordType: 'incident' }, english)
        expect(incident).toMatchObject({ table: 'incident', shortDescription: 'LogMeIn Rescue session 512345678 (Technician Console)' })
        expect(incident.description).toMatch(
            /\n\nGiven by the customer in LogMeIn Rescue \(not verified\):\nCustomer name: John Smith\nCustom field 1: INC0012345 Printer offline$/
        )
        const kase = consoleRecordFields(acceptedPost({ SessionID: '9' }), { consoleRecordType: 'case' }, english)
        expect(kase.table).toBe('sn_customerservice_case')
        expect(kase.description).not.toContain('Given by the customer')
    })
    it("fits a console record's description within 4000 characters by naming the longest typed values instead of cutting them", () => {
        const fields = consoleRecordFields(
            acceptedPost({ SessionID: '9', CField1: 'a'.repeat(2500), CField2: 'b'.repeat(2000), CField3: 'c'.repeat(100) }),
            { consoleRecordType: 'incident' },
            english
        )
        expect(fields.description.length).toBeLessThanOrEqual(4000)
        expect(fields.description).toContain('Custom field 1: (2500 characters, not shown here; the Rescue Session record keeps them)')
        expect(fields.description).toContain('Custom field 2: ' + 'b'.repeat(2000))
        expect(fields.description).toContain('Custom field 3: ' + 'c'.repeat(100))
    })
})
