// An invalid setting is named, never quoted: the sentences reach every agent (the PIN answer), admins
// (Test Connection, Token Setup) and the system log. An admin who pastes the SSO password into the
// company ID field must not show it to anyone.
import { describe, expect, it } from 'vitest'
import { START_POST } from '../fixtures/rescue-posts'
import { pinWorld, SSO_PASSWORD } from './pin-fixture'
import { ENDPOINT, INTEGRATION, world } from './session-harness'
import { REGISTRY_NAME, runTokenSetup, SECRETS, steps, tokenWorld } from './token-fixture'

/** Where the secret is seen, leaving out the property rows that hold it (that is where the admin put it). */
function seen(instance: ReturnType<typeof pinWorld>['instance'], secret: string) {
    return instance.secretsSeen([secret]).filter((sighting) => !sighting.where.startsWith('sys_properties.value'))
}

describe('an SSO password pasted into the company ID', () => {
    it('appears in no PIN answer, Test Connection answer, session answer or log line', () => {
        const w = pinWorld({ settings: { 'x_rescue_connect.company_id': SSO_PASSWORD, 'x_rescue_connect.debug.logging': 'true' } })
        const pin = w.generatePin('incident', w.incident).answer
        expect(pin).toMatchObject({ ok: false, code: 'SETTINGS_INVALID', message: expect.stringContaining('x_rescue_connect.company_id') })
        expect(JSON.stringify(pin)).not.toContain(SSO_PASSWORD)

        const admin = w.addAdmin()
        const connection = w.instance.ajax('x_rescue_connect.RescueAdminAjax', 'testConnection', {}, admin).answer!
        expect(connection).toContain('x_rescue_connect.company_id')
        expect(connection).not.toContain(SSO_PASSWORD)

        w.instance.addUser({
            user_name: INTEGRATION.user,
            password: INTEGRATION.password,
            roles: ['x_rescue_connect.integration'],
            web_service_access_only: true,
        })
        const post = w.instance.rest({
            method: 'POST',
            path: ENDPOINT,
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ ...START_POST, Tracking0: '' }),
            auth: INTEGRATION,
        })
        expect(post.status).toBe(202)
        expect(post.body).not.toContain(SSO_PASSWORD)
        expect(w.instance.logs.some((entry) => entry.message.includes('x_rescue_connect.company_id'))).toBe(true)
        expect(seen(w.instance, SSO_PASSWORD)).toEqual([])
    })

    it('appears nowhere when the SSO password itself is a different, valid value (nothing redacts the pasted one)', () => {
        const pasted = 'Pasted-Secret-91x'
        const w = pinWorld({ settings: { 'x_rescue_connect.company_id': pasted } })
        expect(JSON.stringify(w.generatePin('incident', w.incident).answer)).not.toContain(pasted)
        expect(seen(w.instance, pasted)).toEqual([])
    })
})

describe('every kind of invalid setting', () => {
    const secret = 'zz_secret_value'
    it.each([
        ['x_rescue_connect.enabled', 'Tr' + secret],
        ['x_rescue_connect.work_notes.mode', secret],
        ['x_rescue_connect.incident.caller_field', 'Bad Field ' + secret],
        ['x_rescue_connect.http.timeout_ms', '9' + secret],
        ['x_rescue_connect.pin.reuse_minutes', '5' + secret],
        ['x_rescue_connect.token.connector_path', 'https://evil.example/' + secret],
    ])('%s: the PIN answer names it and does not quote its value', (property, value) => {
        const w = pinWorld({ settings: { [property]: value } })
        const answer = w.generatePin('incident', w.incident).answer
        expect(answer.message).toContain(property)
        expect(JSON.stringify(answer)).not.toContain(secret)
        expect(seen(w.instance, secret)).toEqual([])
    })

    it('a caller field that looks like a field name but is none is named, not quoted', () => {
        const w = pinWorld({ settings: { 'x_rescue_connect.incident.caller_field': secret } })
        const answer = w.generatePin('incident', w.incident).answer
        expect(answer).toMatchObject({
            ok: false,
            code: 'SETTINGS_INVALID',
            message: expect.stringContaining('x_rescue_connect.incident.caller_field'),
        })
        expect(JSON.stringify(answer)).not.toContain(secret)
    })

    it('work_notes.fields naming no Rescue variable is counted in the log, not quoted', () => {
        const w = world({
            settings: { 'x_rescue_connect.work_notes.mode': 'selection', 'x_rescue_connect.work_notes.fields': `Notes,${secret}` },
        })
        w.post(START_POST)
        expect(w.instance.logs.some((entry) => entry.message.includes('x_rescue_connect.work_notes.fields'))).toBe(true)
        expect(seen(w.instance, secret)).toEqual([])
    })

    it('Token Setup names an invalid setting or an OAuth application name it cannot find, and quotes neither', () => {
        const invalid = tokenWorld()
        invalid.instance.setProperty('x_rescue_connect.company_id', SECRETS.ssoPassword)
        const refused = runTokenSetup(invalid)
        expect(refused.message).toContain('x_rescue_connect.company_id')
        expect(refused.message).not.toContain(SECRETS.ssoPassword)
        expect(steps(invalid, refused.requestId).join('\n')).not.toContain(SECRETS.ssoPassword)

        const unknown = tokenWorld()
        unknown.instance.setProperty('x_rescue_connect.oauth.application', `${REGISTRY_NAME} ${secret}`)
        const answer = runTokenSetup(unknown)
        expect(answer.message).toContain('x_rescue_connect.oauth.application')
        expect(answer.message).not.toContain(secret)
        expect(seen(unknown.instance, secret)).toEqual([])
    })
})
