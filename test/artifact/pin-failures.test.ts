// Every way Generate Rescue PIN can fail, through the emulator on the built app: each answers
// ok:false with a code and a sentence that says what to do, records no PIN, writes no work note,
// and leaks no secret into answers, logs, notes, rows or events — with debug logging on or off.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { GlideRecordCore } from '../../emulator/platform/glide-record.ts'
import { RESCUE_ERROR_STRINGS } from '../../src/server/core/rescue-protocol.ts'
import { pinWorld, sessionsFor, type PinWorld } from './pin-fixture.ts'

// A sentence that tells someone to do something: it names who acts or what to do next.
const ACTIONABLE = /\b(Ask|Try again|Wait|Open|Fill in|Add|Save|Reload|Reopen|Generate|reuse)\b/
const DEBUG_ON = { 'x_rescue_connect.debug.logging': 'true', 'x_rescue_connect.debug.api_logging': 'true' }

function expectCleanFailure(world: PinWorld, table: string, sysId: string, code: string | RegExp) {
    const { status, answer } = world.generatePin(table, sysId)
    expect(status).toBe(200)
    expect(answer.ok).toBe(false)
    expect(answer.code).toMatch(code)
    expect(answer.message).toMatch(ACTIONABLE)
    expect(answer).not.toHaveProperty('pin')
    expect(sessionsFor(world, sysId)).toEqual([])
    expect(world.instance.journal(table, sysId)).toEqual([])
    expect(world.instance.events).toEqual([])
    const answerText = JSON.stringify(answer)
    for (const secret of world.secrets()) expect(answerText).not.toContain(secret)
    expect(world.instance.secretsSeen(world.secrets())).toEqual([])
    return answer
}

describe.each([
    ['debug logging off', {}],
    ['debug and API logging on', DEBUG_ON],
])('Rescue failures (%s)', (_, settings) => {
    it.each(RESCUE_ERROR_STRINGS.filter((code) => code !== 'INVALID_SECRETAUTHCODE' && code !== 'NOTLOGGEDIN'))(
        'requestPINCode answering %s',
        (code) => {
            const world = pinWorld({ settings })
            world.failNext('requestPINCode', code)
            expectCleanFailure(world, 'incident', world.incident, code)
        }
    )

    it.each(['INVALID_SECRETAUTHCODE', 'NOTLOGGEDIN'])('requestPINCode answering %s twice (after the retry)', (code) => {
        const world = pinWorld({ settings })
        world.failNext('requestPINCode', code)
        world.failNext('requestPINCode', code)
        expectCleanFailure(world, 'incident', world.incident, code)
        expect(world.rescue.calls('requestAuthCodeSSO')).toBe(2)
    })

    it.each(['ERROR', 'INVALID', 'INVALIDPARAM_COMPANY', 'INVALIDSSOID'])('requestAuthCodeSSO answering %s', (code) => {
        const world = pinWorld({ settings })
        world.failNext('requestAuthCodeSSO', code)
        expectCleanFailure(world, 'incident', world.incident, code)
        expect(world.instance.db.rows('x_rescue_connect_auth_code')).toEqual([])
    })

    it('an unknown answer is shown as it came', () => {
        const world = pinWorld({ settings })
        world.failNext('requestPINCode', 'SOMETHING_NEW')
        expect(expectCleanFailure(world, 'incident', world.incident, 'RESCUE_UNKNOWN_ANSWER').message).toContain('SOMETHING_NEW')
    })

    it('a garbage body', () => {
        const world = pinWorld({ settings })
        world.rescue.failNext({ garbage: true }, 'requestPINCode')
        expectCleanFailure(world, 'incident', world.incident, 'RESCUE_UNREADABLE_ANSWER')
    })

    it.each([500, 502, 503])('HTTP %i', (httpStatus) => {
        const world = pinWorld({ settings })
        world.rescue.failNext({ status: httpStatus }, 'requestPINCode')
        expect(expectCleanFailure(world, 'incident', world.incident, 'RESCUE_HTTP_ERROR').message).toContain(String(httpStatus))
    })

    it('a timeout', () => {
        const world = pinWorld({ settings })
        world.rescue.failNext({ timeout: true }, 'requestAuthCodeSSO')
        expect(expectCleanFailure(world, 'incident', world.incident, 'RESCUE_TIMEOUT').message).toContain('10 seconds')
    })

    it('Rescue unreachable', () => {
        const world = pinWorld({ settings })
        world.instance.http.route('secure.logmeinrescue.com', () => ({ connectionError: 'java.net.ConnectException: Connection refused' }))
        expectCleanFailure(world, 'incident', world.incident, 'RESCUE_UNREACHABLE')
    })
})

describe('ServiceNow-side failures', () => {
    it('settings empty', () => {
        const world = pinWorld()
        world.instance.setProperty('x_rescue_connect.company_id', '')
        world.instance.setProperty('x_rescue_connect.sso_password', '')
        const answer = expectCleanFailure(world, 'incident', world.incident, 'SETTINGS_INCOMPLETE')
        expect(answer.message).toContain('x_rescue_connect.company_id')
        expect(answer.message).toContain('x_rescue_connect.sso_password')
        expect(world.instance.outbound).toEqual([])
    })

    it('a setting that is not valid', () => {
        const world = pinWorld({ settings: { 'x_rescue_connect.company_id': 'acme' } })
        expect(expectCleanFailure(world, 'incident', world.incident, 'SETTINGS_INVALID').message).toContain('x_rescue_connect.company_id')
    })

    it('integration off', () => {
        const world = pinWorld({ settings: { 'x_rescue_connect.enabled': 'false' } })
        expectCleanFailure(world, 'incident', world.incident, 'INTEGRATION_DISABLED')
        expect(world.instance.outbound).toEqual([])
    })

    it('integration off, with another setting invalid as well: off is what the agent hears', () => {
        const world = pinWorld({ settings: { 'x_rescue_connect.enabled': 'false', 'x_rescue_connect.company_id': 'acme' } })
        expectCleanFailure(world, 'incident', world.incident, 'INTEGRATION_DISABLED')
    })

    it("the table's button switched off", () => {
        const world = pinWorld({ settings: { 'x_rescue_connect.case.show_pin_button': 'false' } })
        expectCleanFailure(world, 'sn_customerservice_case', world.case, 'BUTTON_DISABLED')
    })

    it('the agent has no email', () => {
        const world = pinWorld()
        const noEmail = world.instance.addUser({
            user_name: 'no.email',
            first_name: 'No',
            last_name: 'Email',
            roles: ['x_rescue_connect.user'],
        })
        const { answer } = world.generatePin('incident', world.incident, noEmail)
        expect(answer).toMatchObject({ ok: false, code: 'NO_EMAIL' })
        expect(answer.message).toMatch(ACTIONABLE)
        expect(sessionsFor(world, world.incident)).toEqual([])
        expect(world.instance.outbound).toEqual([])
    })

    it('no customer on the record', () => {
        const world = pinWorld()
        const incident = world.instance.db.insert('incident', { short_description: 'No caller', active: 'true' })
        expect(expectCleanFailure(world, 'incident', incident, 'NO_CUSTOMER').message).toContain('caller')
        const kase = world.instance.db.insert('sn_customerservice_case', { short_description: 'No contact', active: 'true' })
        expect(expectCleanFailure(world, 'sn_customerservice_case', kase, 'NO_CUSTOMER').message).toContain('contact')
    })

    it('the case table is not installed (no CSM plugin)', () => {
        const world = pinWorld({ csm: false })
        expectCleanFailure(world, 'sn_customerservice_case', 'a'.repeat(32), 'TABLE_NOT_INSTALLED')
    })

    it('a table other than incident or case, or a malformed sys_id', () => {
        const world = pinWorld()
        expectCleanFailure(world, 'sys_user', world.agent, 'TABLE_NOT_SUPPORTED')
        expectCleanFailure(world, 'incident', "' OR 1=1", 'BAD_REQUEST')
    })

    it('a record that does not exist, or is closed', () => {
        const world = pinWorld()
        expectCleanFailure(world, 'incident', 'b'.repeat(32), 'RECORD_NOT_FOUND')
        const closed = world.instance.db.insert('incident', { short_description: 'Closed', caller_id: world.caller, active: 'false' })
        expectCleanFailure(world, 'incident', closed, 'RECORD_INACTIVE')
    })

    it('a misconfigured customer field', () => {
        const world = pinWorld({ settings: { 'x_rescue_connect.incident.caller_field': 'u_customer' } })
        const message = expectCleanFailure(world, 'incident', world.incident, 'SETTINGS_INVALID').message
        expect(message).toContain('x_rescue_connect.incident.caller_field')
        expect(message).not.toContain('u_customer')
    })
})

describe.each([
    ['debug logging off', {}],
    ['debug and API logging on', DEBUG_ON],
])('ServiceNow-side failures leak no secret (%s)', (_, settings) => {
    it('bad setting, misconfigured customer field, missing or closed record, no customer', () => {
        const invalid = pinWorld({ settings: { ...settings, 'x_rescue_connect.company_id': 'acme' } })
        expectCleanFailure(invalid, 'incident', invalid.incident, 'SETTINGS_INVALID')
        const misconfigured = pinWorld({ settings: { ...settings, 'x_rescue_connect.incident.caller_field': 'u_customer' } })
        expectCleanFailure(misconfigured, 'incident', misconfigured.incident, 'SETTINGS_INVALID')
        const world = pinWorld({ settings })
        expectCleanFailure(world, 'incident', 'b'.repeat(32), 'RECORD_NOT_FOUND')
        const closed = world.instance.db.insert('incident', { short_description: 'Closed', caller_id: world.caller, active: 'false' })
        expectCleanFailure(world, 'incident', closed, 'RECORD_INACTIVE')
        const noCaller = world.instance.db.insert('incident', { short_description: 'No caller', active: 'true' })
        expectCleanFailure(world, 'incident', noCaller, 'NO_CUSTOMER')
        expect(world.instance.outbound).toEqual([])
    })
})

describe('failures inside the instance', () => {
    afterEach(() => {
        vi.restoreAllMocks()
    })

    /** Makes `method` of GlideRecords on `table` misbehave as `replacement` says; other tables work as usual. */
    function breakGlideRecord(method: 'get', table: string, replacement: () => unknown) {
        const proto = GlideRecordCore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>
        const original = proto[method]!
        vi.spyOn(proto, method as never).mockImplementation(function (this: GlideRecordCore, ...args: unknown[]) {
            return this.getTableName() === table ? replacement() : original.apply(this, args)
        } as never)
    }

    it('the session row cannot be inserted after Rescue issued the PIN: SAVE_FAILED, no note, no email', () => {
        const world = pinWorld({
            settings: { ...DEBUG_ON, 'x_rescue_connect.email.technician': 'true', 'x_rescue_connect.email.customer': 'true' },
        })
        world.instance.db.abortScriptWrites('x_rescue_connect_session', ['insert'])
        expectCleanFailure(world, 'incident', world.incident, 'SAVE_FAILED')
        expect(world.instance.logs.some((line) => line.level === 'error' && line.message.includes('could not be inserted'))).toBe(true)
    })

    it('the record refuses the work note (a business rule or data policy): the PIN stands, the agent and the log are told', () => {
        const world = pinWorld()
        world.instance.db.abortScriptWrites('incident', ['update'])
        const { answer } = world.generatePin('incident', world.incident)
        expect(answer.ok).toBe(true)
        expect(sessionsFor(world, world.incident)).toHaveLength(1)
        expect(world.instance.journal('incident', world.incident)).toEqual([])
        expect(answer.message).toMatch(/work note could not be added.*PIN/i)
        const number = world.instance.db.get('incident', world.incident)!.number!
        expect(
            world.instance.logs.some(
                (line) => line.level === 'error' && line.message.includes(`work note`) && line.message.includes(number)
            )
        ).toBe(true)
    })

    it('a defect (an exception) answers one sentence and logs it with secrets redacted', () => {
        const world = pinWorld({ settings: DEBUG_ON })
        breakGlideRecord('get', 'incident', () => {
            throw new Error(`boom near pwd ${world.secrets()[0]}`)
        })
        expectCleanFailure(world, 'incident', world.incident, 'INTERNAL_ERROR')
        expect(world.instance.logs.some((line) => line.level === 'error' && line.message.includes('boom near pwd [redacted]'))).toBe(true)
    })
})

describe('access', () => {
    it('refuses a user without the role at the ACL (GlideAjax answers nothing)', () => {
        const world = pinWorld()
        const outsider = world.instance.addUser({ user_name: 'outsider', email: 'outsider@example.com' })
        const result = world.instance.ajax(
            'x_rescue_connect.RescuePinAjax',
            'generatePin',
            { sysparm_table: 'incident', sysparm_sys_id: world.incident },
            outsider
        )
        expect(result).toMatchObject({ status: 403, answer: null })
        expect(world.instance.outbound).toEqual([])
    })

    it('re-checks the role on the server when the ACL is bypassed', () => {
        const world = pinWorld()
        const outsider = world.instance.addUser({ user_name: 'outsider', email: 'outsider@example.com' })
        const answer = world.instance.runScript(
            `JSON.parse(new x_rescue_connect.RescuePinAjax({ getParameter: function (name) {
                return { sysparm_table: 'incident', sysparm_sys_id: '${world.incident}' }[name] || null } }).generatePin())`,
            { asUser: outsider }
        ) as { ok: boolean; code: string }
        expect(answer).toMatchObject({ ok: false, code: 'NO_ROLE' })
        expect(sessionsFor(world, world.incident)).toEqual([])
    })

    it('refuses a record the agent cannot read (GlideRecordSecure)', () => {
        const world = pinWorld()
        const itil = world.instance.db.rows('sys_user_role').find((role) => role.name === 'itil')!.sys_id
        const acl = world.instance.db.insert('sys_security_acl', {
            name: 'incident',
            type: 'record',
            operation: 'read',
            active: 'true',
            admin_overrides: 'true',
        })
        world.instance.db.insert('sys_security_acl_role', { sys_security_acl: acl, sys_user_role: itil })
        expectCleanFailure(world, 'incident', world.incident, 'RECORD_NOT_FOUND')
        expect(world.instance.outbound).toEqual([])
    })

    it('lets an admin of the app generate PINs (the admin role contains the user role)', () => {
        const world = pinWorld()
        const admin = world.addAdmin()
        expect(world.generatePin('incident', world.incident, admin).answer.ok).toBe(true)
    })
})

describe('secrets on success', () => {
    it('appear in no log, note, row, event or answer, with debug and API logging on', () => {
        const world = pinWorld({
            settings: { ...DEBUG_ON, 'x_rescue_connect.email.technician': 'true', 'x_rescue_connect.email.customer': 'true' },
        })
        const answers = [world.generatePin('incident', world.incident).answer]
        world.failNext('requestPINCode', 'INVALID_SECRETAUTHCODE')
        answers.push(world.generatePin('sn_customerservice_case', world.case).answer)
        expect(answers.every((answer) => answer.ok)).toBe(true)
        expect(world.instance.logs.some((line) => line.message.includes('requestPINCode'))).toBe(true)
        expect(world.secrets().length).toBeGreaterThanOrEqual(3)
        expect(world.instance.secretsSeen(world.secrets())).toEqual([])
        for (const secret of world.secrets()) expect(JSON.stringify(answers)).not.toContain(secret)
    })
})
