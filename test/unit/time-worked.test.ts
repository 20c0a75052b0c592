import { describe, expect, it } from 'vitest'
import { english } from '../fixtures/english'
import { durationValue, timeWorkedEntry, type TimeWorkedFacts } from '../../src/server/core/time-worked'
import { acceptedPost, END_POST, START_POST } from '../fixtures/rescue-posts'

const TASK = '9f8e7d6c5b4a39281706f5e4d3c2b1a0'
const JANE = 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1'
const facts: TimeWorkedFacts = { taskSysId: TASK, recordedEntry: '', workTimeSeconds: '1769', technician: { kind: 'one', sysId: JANE } }

describe('durationValue', () => {
    it('is the date-time that many seconds after 1970-01-01 00:00:00, days included', () => {
        expect(durationValue(1769)).toBe('1970-01-01 00:29:29')
        expect(durationValue(3 * 86400 + 12 * 3600)).toBe('1970-01-04 12:00:00')
        expect(durationValue(1)).toBe('1970-01-01 00:00:01')
    })
})

describe('timeWorkedEntry', () => {
    it('an end post with a record and work time gives one entry for the technician, naming the session and technician', () => {
        expect(timeWorkedEntry(acceptedPost(END_POST), facts, english)).toEqual({
            taskSysId: TASK,
            userSysId: JANE,
            timeWorked: '1970-01-01 00:29:29',
            comment: 'LogMeIn Rescue session 512345678, technician Jane Doe (jane.doe@example.com).',
        })
    })

    it('nothing for a start post, a session without a record, a session already recorded, or no work time', () => {
        expect(timeWorkedEntry(acceptedPost(START_POST), facts, english)).toBeNull()
        expect(timeWorkedEntry(acceptedPost(END_POST), { ...facts, taskSysId: '' }, english)).toBeNull()
        expect(timeWorkedEntry(acceptedPost(END_POST), { ...facts, recordedEntry: 'b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2' }, english)).toBeNull()
        for (const workTimeSeconds of ['', '0', 'abc'])
            expect(timeWorkedEntry(acceptedPost(END_POST), { ...facts, workTimeSeconds }, english), workTimeSeconds).toBeNull()
    })

    it('when no single active user has the email, the entry names nobody and says why', () => {
        const none = timeWorkedEntry(acceptedPost(END_POST), { ...facts, technician: { kind: 'none' } }, english)!
        expect(none.userSysId).toBe('')
        expect(none.comment).toBe(
            'LogMeIn Rescue session 512345678, technician Jane Doe (jane.doe@example.com). No active ServiceNow user has the email jane.doe@example.com, so this entry names no user.'
        )
        const several = timeWorkedEntry(acceptedPost(END_POST), { ...facts, technician: { kind: 'several' } }, english)!
        expect(several.userSysId).toBe('')
        expect(several.comment).toContain('More than one active ServiceNow user has the email jane.doe@example.com')
        const anonymous = timeWorkedEntry(
            acceptedPost({ ...END_POST, TechSSOID: '', TechEmail: '', TechName: '' }),
            { ...facts, technician: { kind: 'none' } },
            english
        )!
        expect(anonymous.comment).toBe(
            'LogMeIn Rescue session 512345678, technician 3373660. Rescue sent no SSO ID or email for the technician, so this entry names no ServiceNow user.'
        )
    })

    it('text from Rescue stays data in the comment, within the field', () => {
        const entry = timeWorkedEntry(acceptedPost({ ...END_POST, TechName: '[code]<b>x</b>[/code]' + 'y'.repeat(5000) }), facts, english)!
        expect(entry.comment).not.toMatch(/\[\s*\/?\s*code|<[A-Za-z/!?]/i)
        expect(entry.comment.length).toBe(4000)
    })
})
