// The technician is identified by an email that belongs to exactly one active user. The SSO ID Rescue
// knows a technician by is their email, so a user who sets their email to a colleague's must get
// neither PINs nor sessions as that colleague. The platform compares strings in queries
// case-insensitively (https://www.servicenow.com/docs/r/xanadu/api-reference/server-api-reference/c_GlideFilterScopedAPI.html,
// "Case sensitivity"), and so does the app: Jane.Doe@Example.com is jane.doe@example.com.
import { describe, expect, it } from 'vitest'
import { START_POST } from '../fixtures/rescue-posts'
import { AGENT_EMAIL, pinWorld, sessionsFor } from './pin-fixture'
import { world } from './session-harness'

const SHARED = /belongs to more than one active ServiceNow user/

describe('Generate Rescue PIN with a shared email', () => {
    it('is refused with a sentence and no call to Rescue when another active user has the agent’s email (in any case)', () => {
        const w = pinWorld()
        w.instance.addUser({ user_name: 'mallory', email: AGENT_EMAIL.toUpperCase(), first_name: 'Mallory' })
        const { answer } = w.generatePin('incident', w.incident)
        expect(answer).toMatchObject({ ok: false, code: 'EMAIL_NOT_UNIQUE', message: expect.stringMatching(SHARED) })
        expect(answer.message).toMatch(/\bAsk\b/)
        expect(answer).not.toHaveProperty('pin')
        expect(w.instance.outbound).toEqual([])
        expect(sessionsFor(w, w.incident)).toEqual([])
        expect(w.instance.journal('incident', w.incident)).toEqual([])
    })

    it('is refused for the colleague whose email was copied too: neither is the technician', () => {
        const w = pinWorld()
        const mallory = w.instance.addUser({
            user_name: 'mallory',
            email: AGENT_EMAIL,
            first_name: 'Mallory',
            roles: ['x_rescue_connect.user'],
        })
        expect(w.generatePin('incident', w.incident, mallory).answer.code).toBe('EMAIL_NOT_UNIQUE')
        expect(w.generatePin('incident', w.incident).answer.code).toBe('EMAIL_NOT_UNIQUE')
        expect(w.rescue.calls()).toBe(0)
    })

    it('is not refused for an inactive user or a different address', () => {
        const w = pinWorld()
        w.instance.addUser({ user_name: 'former', email: AGENT_EMAIL, active: false })
        w.instance.addUser({ user_name: 'other', email: 'jane.doe@example.org' })
        expect(w.generatePin('incident', w.incident).answer).toMatchObject({ ok: true })
    })
})

describe('Test Connection with a shared email', () => {
    it('answers that the email is shared, without calling Rescue', () => {
        const w = pinWorld()
        const admin = w.addAdmin()
        w.instance.addUser({ user_name: 'copycat', email: 'Rescue.Admin@example.com' })
        const result = w.instance.ajax('x_rescue_connect.RescueAdminAjax', 'testConnection', {}, admin)
        expect(JSON.parse(result.answer!)).toEqual({
            ok: false,
            type: 'error',
            message: expect.stringMatching(
                /^Not tested: your email address rescue\.admin@example\.com belongs to more than one active user/
            ),
            items: [],
            nextStep: expect.stringMatching(/^Next: give each user their own email address/),
        })
        expect(w.instance.outbound).toEqual([])
    })
})

describe('sessions credited to a technician', () => {
    it('only when exactly one active user has the SSO ID: a shared address credits no one', () => {
        const w = world({ settings: { 'x_rescue_connect.console_session.create_record': 'true' } })
        w.instance.addUser({ user_name: 'mallory', email: 'JANE.DOE@example.com' })
        const answer = w.post({ ...START_POST, SessionID: '600000020', Tracking0: '' })
        expect(answer.status).toBe(201)
        const row = w.sessionRows().find((r) => r.rescue_session_id === '600000020')!
        expect(row.technician ?? '').toBe('')
        expect(w.instance.db.get('incident', answer.json.result.record.sys_id)?.assigned_to ?? '').toBe('')
    })

    it('a unique address is matched whatever its case', () => {
        const w = world()
        w.post({ ...START_POST, SessionID: '600000021', Tracking0: '', TechSSOID: 'Jane.Doe@EXAMPLE.com' })
        expect(w.sessionRows().find((r) => r.rescue_session_id === '600000021')?.technician).toBe(w.agent)
    })

    it('a shared SSO ID is not rescued by a unique Rescue email', () => {
        const w = world()
        const bob = w.instance.addUser({ user_name: 'bob', email: 'bob@example.com' })
        w.instance.addUser({ user_name: 'mallory', email: 'jane.doe@example.com' })
        w.post({ ...START_POST, SessionID: '600000022', Tracking0: '', TechEmail: 'bob@example.com' })
        const row = w.sessionRows().find((r) => r.rescue_session_id === '600000022')!
        expect(row.technician ?? '').toBe('')
        expect(row.technician).not.toBe(bob)
    })

    it('a session reported under a shared SSO ID no longer credits the PIN’s technician', () => {
        const w = world()
        w.instance.addUser({ user_name: 'bob', email: 'bob@example.com' })
        w.instance.addUser({ user_name: 'bob2', email: 'bob@example.com' })
        w.post({ ...START_POST, TechSSOID: 'bob@example.com', TechEmail: 'bob@example.com' })
        expect(w.instance.db.get('x_rescue_connect_session', w.pinRow)?.technician ?? '').toBe('')
    })
})
