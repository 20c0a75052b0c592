import { describe, expect, it } from 'vitest'
import { readSessionPost, MAX_FIELDS } from '../../src/server/core/session-post'
import { canonicalVariable } from '../../src/server/core/session-variables'
import { parseRescueDateTime } from '../../src/server/core/rescue-datetime'
import { acceptedPost, END_POST, START_POST, normaliseFields } from '../fixtures/rescue-posts'

describe('canonicalVariable', () => {
    it('matches keys case-insensitively and ignoring punctuation; Note and Notes are one field', () => {
        expect(canonicalVariable('sessionid')).toBe('SessionID')
        expect(canonicalVariable('SESSION_ID')).toBe('SessionID')
        expect(canonicalVariable('Tech SSO ID')).toBe('TechSSOID')
        expect(canonicalVariable('Note')).toBe('Notes')
        expect(canonicalVariable('notes')).toBe('Notes')
        expect(canonicalVariable('SurveyAnswer1')).toBeUndefined()
        expect(canonicalVariable('__proto__')).toBeUndefined()
        expect(canonicalVariable('constructor')).toBeUndefined()
    })
})

describe('normalisePost', () => {
    it('maps keys to canonical names, keeps unknown keys, and turns numbers into text', () => {
        const p = acceptedPost({ sessionid: 512345678, TECHNAME: 'Jane', WaitingTime: 42, Survey_Q1: 'Great', Flag: true, Empty: null })
        expect(p.sessionId).toBe('512345678')
        expect(p.variables).toEqual({ SessionID: '512345678', TechName: 'Jane', WaitingTime: '42' })
        expect({ ...p.extra }).toEqual({ Survey_Q1: 'Great', Flag: 'true', Empty: '' })
    })
    it('merges Note and Notes (and other spellings of one key) into one value', () => {
        expect(acceptedPost({ SessionID: '1', Note: 'a', Notes: 'a' }).variables.Notes).toBe('a')
        expect(acceptedPost({ SessionID: '1', Note: 'a', notes: 'b' }).variables.Notes).toBe('a\nb')
        expect(acceptedPost({ SessionID: '1', Note: '', Notes: 'b' }).variables.Notes).toBe('b')
    })
    it('tells start from end by content: no ClosingTime and empty Notes is a start', () => {
        expect(acceptedPost(START_POST).kind).toBe('start')
        expect(acceptedPost(END_POST).kind).toBe('end')
        expect(acceptedPost({ ...START_POST, Notes: 'done' }).kind).toBe('end')
        expect(acceptedPost({ ...START_POST, ClosingTime: '3/5/2026 10:31:40 AM' }).kind).toBe('end')
    })
    it('gives the same fingerprint to the same content however it is spelled', () => {
        const a = acceptedPost(END_POST)
        const lower = acceptedPost(Object.fromEntries(Object.entries(END_POST).map(([k, v]) => [k.toLowerCase(), v])))
        const withoutEmpties = acceptedPost(Object.fromEntries(Object.entries(END_POST).filter(([, v]) => v !== '')))
        expect(lower.hash).toBe(a.hash)
        expect(withoutEmpties.hash).toBe(a.hash)
        expect(acceptedPost({ ...END_POST, Notes: 'other' }).hash).not.toBe(a.hash)
        expect(acceptedPost({ ...END_POST, Survey: 'x' }).hash).not.toBe(a.hash)
    })
    it('cleans control characters and unifies line endings, keeping tabs and newlines', () => {
        expect(acceptedPost({ SessionID: '1', ChatLog: 'a\r\nb\rc\u0000d\te\u001b' }).variables.ChatLog).toBe('a\nb\ncd\te')
    })
    it('refuses objects and arrays as values, a missing or malformed SessionID, and oversized posts', () => {
        const refuse = (fields: Record<string, unknown>) => {
            const result = normaliseFields(fields)
            return result.ok ? 'ok' : `${result.status} ${result.code}`
        }
        expect(refuse({ SessionID: '1', Notes: { a: 1 } })).toBe('400 invalid_value_type')
        expect(refuse({ SessionID: ['1'] })).toBe('400 invalid_value_type')
        expect(refuse({ TechName: 'x' })).toBe('400 missing_session_id')
        expect(refuse({ SessionID: '   ' })).toBe('400 missing_session_id')
        expect(refuse({ SessionID: '1 OR 1=1' })).toBe('400 invalid_session_id')
        expect(refuse({ SessionID: '1'.repeat(41) })).toBe('400 invalid_session_id')
        expect(refuse({ SessionID: '1', ['x'.repeat(201)]: 'v' })).toBe('400 field_name_too_long')
        const many: Record<string, string> = { SessionID: '1' }
        for (let i = 0; i < MAX_FIELDS; i++) many[`f${i}`] = 'v'
        expect(refuse(many)).toBe('400 too_many_fields')
    })
    it('keeps a __proto__ key as data without touching any prototype', () => {
        const result = readSessionPost('application/json', '{"SessionID":"1","__proto__":{"polluted":true}}')
        expect(result).toMatchObject({ ok: false, code: 'invalid_value_type' })
        const kept = readSessionPost('application/json', '{"SessionID":"1","__proto__":"x"}')
        expect(kept.ok && kept.value.extra['__proto__']).toBe('x')
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    })
})

describe('parseRescueDateTime', () => {
    it('reads the US style Rescue sends, as UTC in the platform format', () => {
        expect(parseRescueDateTime('3/5/2026 10:02:11 AM')).toBe('2026-03-05 10:02:11')
        expect(parseRescueDateTime('12/31/2025 12:00:00 AM')).toBe('2025-12-31 00:00:00')
        expect(parseRescueDateTime('12/31/2025 12:30:00 PM')).toBe('2025-12-31 12:30:00')
        expect(parseRescueDateTime('1/2/2026 11:59:59 pm')).toBe('2026-01-02 23:59:59')
        expect(parseRescueDateTime('1/2/2026 17:05:00')).toBe('2026-01-02 17:05:00')
    })
    it('reads ISO date-times, applying an offset', () => {
        expect(parseRescueDateTime('2026-03-05T10:02:11Z')).toBe('2026-03-05 10:02:11')
        expect(parseRescueDateTime('2026-03-05T10:02:11+01:00')).toBe('2026-03-05 09:02:11')
        expect(parseRescueDateTime('2026-03-05 10:02:11')).toBe('2026-03-05 10:02:11')
    })
    it('gives undefined for anything it cannot read rather than guessing', () => {
        for (const text of [
            '',
            'yesterday',
            '2/30/2026 1:00:00 PM',
            '13/1/2026 1:00:00 AM',
            '1/1/2026 13:00:00 PM',
            '1/1/2026 0:00:00 AM',
            '1/1/0099 1:00:00 AM',
        ]) {
            expect(parseRescueDateTime(text), text).toBeUndefined()
        }
    })
})
