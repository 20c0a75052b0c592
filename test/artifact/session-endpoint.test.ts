// The built session endpoint through the emulator: who may call it, what it accepts, how it refuses.
import { describe, expect, it } from 'vitest'
import { END_POST, START_POST, formBody, xmlBody } from '../fixtures/rescue-posts'
import { ENDPOINT, INTEGRATION, SESSION_TABLE, world } from './session-harness'

describe('session endpoint record', () => {
    it('requires authentication and ACL authorization, with the integration and admin roles', () => {
        const { instance } = world()
        const operation = instance.db.rows('sys_ws_operation').find((row) => row.operation_uri === ENDPOINT)
        expect(operation).toMatchObject({ http_method: 'POST', requires_authentication: 'true', requires_acl_authorization: 'true' })
        const aclIds = (operation?.enforce_acl ?? '').split(',').filter(Boolean)
        expect(aclIds).toHaveLength(1)
        const roleIds = instance.db
            .rows('sys_security_acl_role')
            .filter((row) => row.sys_security_acl === aclIds[0])
            .map((row) => row.sys_user_role)
        const roleNames = instance.db
            .rows('sys_user_role')
            .filter((row) => roleIds.includes(row.sys_id))
            .map((row) => row.name)
        expect(roleNames.sort()).toEqual(['x_rescue_connect.admin', 'x_rescue_connect.integration'])
        expect(operation?.operation_script).toMatch(/x_rescue_connect\.RescueCore\.receiveSessionDetails\(request, response\)/)
    })
})

describe('who may post', () => {
    it('answers 401 without or with wrong credentials, 403 without the role, and writes nothing', () => {
        const w = world()
        w.instance.addUser({ user_name: 'no.role', password: 'No-Role-Pass-1', roles: [] })
        w.instance.resetCounters()
        expect(w.post(END_POST, 'application/json', null).status).toBe(401)
        expect(w.post(END_POST, 'application/json', { user: INTEGRATION.user, password: 'wrong' }).status).toBe(401)
        expect(w.post(END_POST, 'application/json', { user: 'no.role', password: 'No-Role-Pass-1' }).status).toBe(403)
        expect(w.writes()).toBe(0)
        expect(w.notes('incident', w.incident)).toEqual([])
    })
    it('lets an admin post (to test the setup)', () => {
        const w = world()
        w.instance.addUser({ user_name: 'rescue.admin', password: 'Admin-Pass-1', roles: ['x_rescue_connect.admin'] })
        expect(w.post(START_POST, 'application/json', { user: 'rescue.admin', password: 'Admin-Pass-1' }).status).toBe(200)
    })
    it('answers 503 with a message when the integration is off, and writes nothing', () => {
        const w = world({ settings: { 'x_rescue_connect.enabled': 'false' } })
        w.instance.resetCounters()
        const answer = w.post(END_POST)
        expect(answer.status).toBe(503)
        expect(answer.json).toEqual({ error: { code: 'integration_disabled', message: expect.stringMatching(/turned off/) } })
        expect(w.writes()).toBe(0)
    })
    it('still stores posts when an unrelated setting is invalid, and names the setting in the log', () => {
        const w = world({ settings: { 'x_rescue_connect.company_id': '12ab', 'x_rescue_connect.work_notes.mode': 'everything' } })
        const answer = w.post(END_POST)
        expect(answer.status).toBe(200)
        expect(w.notes('incident', w.incident)).toHaveLength(1)
        const errors = w.instance.logs.filter((entry) => entry.level === 'error').map((entry) => entry.message)
        expect(errors).toEqual([
            expect.stringMatching(
                /x_rescue_connect\.company_id must contain only digits.*x_rescue_connect\.work_notes\.mode must be one of/
            ),
        ])
    })
})

describe('formats', () => {
    const cases: [string, string, string][] = [
        ['JSON', 'application/json', JSON.stringify(END_POST)],
        ['JSON with charset', 'application/json; charset=utf-8', JSON.stringify(END_POST)],
        ['JSON wrapped in "session"', 'application/json', JSON.stringify({ session: END_POST })],
        [
            'JSON with lowercase keys and Note',
            'application/json',
            JSON.stringify({
                ...Object.fromEntries(Object.entries(END_POST).map(([k, v]) => [k.toLowerCase(), v])),
                notes: undefined,
                Note: END_POST.Notes,
            }),
        ],
        ['JSON numbers', 'application/json', JSON.stringify({ ...END_POST, SessionID: 512345678, WorkTime: 1769, WaitingTime: 42 })],
        ['HTML form', 'application/x-www-form-urlencoded', formBody(END_POST)],
        ['XML', 'application/xml', xmlBody(END_POST)],
        ['XML as text/xml', 'text/xml', xmlBody(END_POST)],
        ['no content type (sniffed)', '', JSON.stringify(END_POST)],
    ]
    for (const [name, contentType, body] of cases) {
        it(`stores an end post sent as ${name} on the PIN row and notes the incident`, () => {
            const w = world()
            const answer = w.post(body, contentType)
            expect(answer.status).toBe(200)
            expect(answer.json.result).toMatchObject({
                status: 'processed',
                session_id: '512345678',
                post: 'end',
                record: { sys_id: w.incident },
            })
            const rows = w.sessionRows()
            expect(rows).toHaveLength(1)
            expect(rows[0]).toMatchObject({
                sys_id: w.pinRow,
                rescue_session_id: '512345678',
                state: 'ended',
                work_time: '1769',
                waiting_time: '42',
                technician: w.agent,
            })
            const notes = w.notes('incident', w.incident)
            expect(notes).toHaveLength(1)
            // The closing time as the session row displays it, not Rescue's US text.
            const closed = w.instance.displayValue('x_rescue_connect_session', 'closing_time', rows[0]!.closing_time, w.agent)
            expect(closed).toBe('2026-03-05 10:31:40')
            expect(notes[0]).toMatch(new RegExp(`^LogMeIn Rescue session 512345678 ended ${closed}, work time 29 min 29 s`))
            expect(notes[0]).toContain('Technician notes: Reset spooler')
        })
    }
    it('keeps unknown keys in the stored post and the note', () => {
        const w = world()
        expect(w.post({ ...END_POST, SurveyScore: '5' }).status).toBe(200)
        expect(w.sessionRows()[0].posts).toContain('"SurveyScore":"5"')
        expect(w.notes('incident', w.incident)[0]).toContain('SurveyScore: 5')
    })
})

describe('refusals', () => {
    const refusals: [string, string, string, number, string][] = [
        ['malformed JSON', 'application/json', '{"SessionID": "1"', 400, 'malformed_json'],
        ['a JSON array', 'application/json', '[{"SessionID":"1"}]', 400, 'not_an_object'],
        ['malformed XML', 'application/xml', '<session><sessionid>1</session>', 400, 'malformed_xml'],
        [
            'an XML DTD',
            'application/xml',
            '<!DOCTYPE session [<!ENTITY x SYSTEM "file:///etc/passwd">]><session><sessionid>&x;</sessionid></session>',
            400,
            'malformed_xml',
        ],
        ['a form without SessionID', 'application/x-www-form-urlencoded', 'TechName=Jane&Notes=x', 400, 'missing_session_id'],
        ['no SessionID', 'application/json', '{"TechName":"Jane"}', 400, 'missing_session_id'],
        ['an empty body', 'application/json', '', 400, 'empty_body'],
        ['an object value', 'application/json', '{"SessionID":"1","Notes":{"a":1}}', 400, 'invalid_value_type'],
        ['an array value', 'application/json', '{"SessionID":"1","ChatLog":["a"]}', 400, 'invalid_value_type'],
        ['nested XML', 'application/xml', '<session><sessionid>1</sessionid><notes><b>x</b></notes></session>', 400, 'invalid_value_type'],
        [
            'a body over the size limit',
            'application/json',
            JSON.stringify({ SessionID: '1', ChatLog: 'x'.repeat(2 * 1024 * 1024) }),
            413,
            'payload_too_large',
        ],
    ]
    // Content types the resource does not consume never reach the script: the platform answers 415 itself.
    for (const [name, contentType] of [
        ['text/plain', 'text/plain'],
        ['multipart', 'multipart/form-data; boundary=x'],
    ]) {
        it(`leaves ${name} to the platform's 415, writing nothing`, () => {
            const w = world()
            w.instance.resetCounters()
            const answer = w.post('SessionID=1', contentType)
            expect(answer.status).toBe(415)
            expect(w.writes()).toBe(0)
            expect(w.instance.restErrors).toEqual([])
        })
    }
    for (const [name, contentType, body, status, code] of refusals) {
        it(`answers ${status} ${code} for ${name}, with a JSON message, writing nothing`, () => {
            const w = world()
            w.instance.resetCounters()
            const answer = w.post(body, contentType)
            expect(answer.status).toBe(status)
            expect(answer.json).toEqual({ error: { code, message: expect.any(String) } })
            expect(answer.raw).not.toMatch(/\bat \w|\.js:\d|Error:/)
            expect(w.writes()).toBe(0)
            expect(w.instance.db.rows(SESSION_TABLE)).toHaveLength(1)
            expect(w.notes('incident', w.incident)).toEqual([])
        })
    }
})
