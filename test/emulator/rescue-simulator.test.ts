import { describe, expect, it } from 'vitest'
import { RescueSimulator, RESCUE_HOSTS, type RescueSimulatorOptions } from '../../emulator/index.ts'
import { fixtureInstance } from './fixture.ts'

const COMPANY = '1234567'
const SSO_PASSWORD = 'sso-pass'
const JANE = 'jane.doe@example.com'

// Calls go through RESTMessageV2 in the script world, exactly as the app's would.
function setup(options: Partial<RescueSimulatorOptions> = {}) {
    const instance = fixtureInstance()
    const simulator = new RescueSimulator({
        companyId: COMPANY,
        ssoPassword: SSO_PASSWORD,
        technicians: [JANE, { ssoId: 'bob@example.com', state: 'not_technician' }],
        ...options,
    }).attach(instance)
    const post = (method: string, form: Record<string, string>, host: string = RESCUE_HOSTS.global) =>
        instance.runScript(
            `(function () {
                var r = new sn_ws.RESTMessageV2();
                r.setEndpoint('https://${host}/API/${method}.aspx');
                r.setHttpMethod('post');
                r.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
                r.setRequestBody(body);
                r.setHttpTimeout(5000);
                var res = r.execute();
                return JSON.stringify({ status: res.getStatusCode(), body: res.getBody(), error: res.haveError() });
            })()`,
            { variables: { body: new URLSearchParams(form).toString() } }
        ) as string
    const answer = (method: string, form: Record<string, string>, host?: string) => JSON.parse(post(method, form, host)).body as string
    const authCode = (ssoid = JANE, host?: string) => answer('requestAuthCodeSSO', { ssoid, pwd: SSO_PASSWORD, company: COMPANY }, host)
    return { instance, simulator, answer, post, authCode }
}

describe('RescueSimulator', () => {
    it('issues an auth code and a zero-padded PIN, recording the fields sent', () => {
        const { simulator, answer, authCode } = setup()
        const auth = authCode()
        expect(auth).toMatch(/^OK AUTHCODE: \S+$/)
        const code = auth.replace('OK AUTHCODE: ', '')
        expect(
            answer('requestPINCode', {
                authcode: code,
                cfield0: 'John Smith',
                cfield1: 'INC0010001 Printer',
                tracking0: 'abc',
                notechconsole: '1',
            })
        ).toBe('OK PINCODE:012345')
        expect(simulator.pins).toEqual([
            {
                pin: '012345',
                ssoId: JANE,
                host: RESCUE_HOSTS.global,
                region: 'global',
                companyId: COMPANY,
                fields: {
                    cfield0: 'John Smith',
                    cfield1: 'INC0010001 Printer',
                    cfield2: '',
                    cfield3: '',
                    cfield4: '',
                    cfield5: '',
                    tracking0: 'abc',
                },
                notechconsole: '1',
                tooLong: [],
            },
        ])
        expect([simulator.calls('requestAuthCodeSSO'), simulator.calls('requestPINCode'), simulator.calls()]).toEqual([1, 1, 2])
        expect(simulator.issuedAuthCodes()).toEqual([code])
        expect(
            simulator.requests.every(
                (call) =>
                    call.httpMethod === 'POST' &&
                    !JSON.stringify(call.params).includes(SSO_PASSWORD) &&
                    !JSON.stringify(call.params).includes(code)
            )
        ).toBe(true)
    })

    it('a new auth code invalidates the old one; invalidateAuthCodes revokes it', () => {
        const { simulator, answer, authCode } = setup()
        const first = authCode().replace('OK AUTHCODE: ', '')
        const second = authCode().replace('OK AUTHCODE: ', '')
        expect(second).not.toBe(first)
        expect(answer('requestPINCode', { authcode: first })).toBe('INVALID_SECRETAUTHCODE')
        expect(answer('requestPINCode', { authcode: second })).toBe('OK PINCODE:012345')
        simulator.invalidateAuthCodes(JANE)
        expect(answer('requestPINCode', { authcode: second })).toBe('INVALID_SECRETAUTHCODE')
    })

    it('answers the documented error strings with HTTP 200', () => {
        const { simulator, answer, post, authCode } = setup({ pinsLeft: 1 })
        expect(answer('requestAuthCodeSSO', { ssoid: JANE, pwd: SSO_PASSWORD, company: '12a' })).toBe('INVALIDPARAM_COMPANY')
        expect(answer('requestAuthCodeSSO', { ssoid: JANE, pwd: 'wrong', company: COMPANY })).toBe('INVALID')
        expect(answer('requestAuthCodeSSO', { ssoid: 'nobody@example.com', pwd: SSO_PASSWORD, company: COMPANY })).toBe('INVALIDSSOID')
        expect(JSON.parse(post('requestAuthCodeSSO', { ssoid: JANE, pwd: 'wrong', company: COMPANY }))).toMatchObject({
            status: 200,
            error: false,
        })
        const bob = authCode('bob@example.com').replace('OK AUTHCODE: ', '')
        expect(answer('requestPINCode', { authcode: bob })).toBe('NOTTECHNICIAN')
        const jane = authCode().replace('OK AUTHCODE: ', '')
        simulator.setTechnicianState(JANE, 'console_not_running')
        expect(answer('requestPINCode', { authcode: jane, notechconsole: '0' })).toBe('NOTECHCONSOLERUNNING')
        simulator.setTechnicianState(JANE, 'not_logged_in')
        expect(answer('requestPINCode', { authcode: jane })).toBe('NOTLOGGEDIN')
        simulator.setTechnicianState(JANE, 'active')
        expect(answer('requestPINCode', { authcode: jane })).toBe('OK PINCODE:012345')
        expect(answer('requestPINCode', { authcode: jane })).toBe('OUTOFPINCODES')
        simulator.setTechnicianState(JANE, 'deleted')
        expect(answer('requestPINCode', { authcode: jane })).toBe('USER_IS_DELETED')
        expect(authCode()).toBe('USER_DELETED_OR_DISABLED')
    })

    it('enforces one PIN per second per account when given a clock', () => {
        let now = 0
        const { answer, authCode } = setup({ now: () => now })
        const code = authCode().replace('OK AUTHCODE: ', '')
        expect(answer('requestPINCode', { authcode: code })).toBe('OK PINCODE:012345')
        now = 500
        expect(answer('requestPINCode', { authcode: code })).toBe('POLLRATEEXCEEDED')
        now = 1600
        expect(answer('requestPINCode', { authcode: code })).toBe('OK PINCODE:012346')
    })

    it('without a region, every host knows the company and each PIN records its host', () => {
        const { simulator, answer, authCode } = setup()
        const code = authCode(JANE, RESCUE_HOSTS.enterprise).replace('OK AUTHCODE: ', '')
        expect(answer('requestPINCode', { authcode: code }, RESCUE_HOSTS.enterprise)).toBe('OK PINCODE:012345')
        expect(simulator.pins[0]).toMatchObject({ region: 'enterprise', host: RESCUE_HOSTS.enterprise })
    })

    it('with a region, knows the company only on that host', () => {
        const { simulator, answer, authCode } = setup({ region: 'eu' })
        expect(authCode(JANE, RESCUE_HOSTS.global)).toBe('INVALID')
        const code = authCode(JANE, RESCUE_HOSTS.eu).replace('OK AUTHCODE: ', '')
        expect(answer('requestPINCode', { authcode: code }, RESCUE_HOSTS.global)).toBe('INVALID_SECRETAUTHCODE')
        expect(answer('requestPINCode', { authcode: code }, RESCUE_HOSTS.eu)).toBe('OK PINCODE:012345')
        expect(simulator.pins[0]).toMatchObject({ region: 'eu', host: RESCUE_HOSTS.eu })
    })

    it('fails the next call as told: an answer, an HTTP status, garbage, a timeout', () => {
        const { simulator, post, authCode, instance } = setup()
        simulator.failNext({ answer: 'ERROR' })
        expect(authCode()).toBe('ERROR')
        simulator.failNext({ status: 503 })
        expect(JSON.parse(post('requestAuthCodeSSO', {}))).toMatchObject({ status: 503, error: true })
        simulator.failNext({ garbage: true })
        expect(authCode()).toContain('<html>')
        simulator.failNext({ timeout: true })
        expect(JSON.parse(post('requestAuthCodeSSO', {}))).toEqual({ status: 0, body: '', error: true })
        simulator.failNext({ answer: 'POLLRATEEXCEEDED' }, 'requestPINCode')
        expect(authCode()).toMatch(/^OK AUTHCODE/)
        simulator.failNext('requestAuthCodeSSO', 'INVALIDSSOID')
        expect(authCode()).toBe('INVALIDSSOID')
        simulator.failNextWithStatus('requestAuthCodeSSO', 502)
        expect(JSON.parse(post('requestAuthCodeSSO', {}))).toMatchObject({ status: 502, error: true })
        simulator.failNextWithTimeout('requestAuthCodeSSO')
        expect(JSON.parse(post('requestAuthCodeSSO', {}))).toMatchObject({ status: 0, error: true })
        simulator.failNextWithGarbage('requestAuthCodeSSO')
        expect(authCode()).toContain('<html>')
        expect(simulator.calls('requestAuthCodeSSO')).toBe(9)
        expect(instance.counters.outbound).toBe(9)
    })

    it('answers on two lines when multiline, marks over-long fields, and reports latency without sleeping', () => {
        const { simulator, answer, authCode, instance } = setup({ multiline: true, latencyMs: 250 })
        const code = authCode().replace('OK AUTHCODE: ', '')
        expect(answer('requestPINCode', { authcode: code, cfield0: 'x'.repeat(65) })).toBe('OK\r\nPINCODE:012345')
        expect(simulator.pins[0]!.tooLong).toEqual(['cfield0'])
        expect(simulator.simulatedLatencyMs).toBe(500)
        expect(instance.outbound.map((o) => o.simulatedLatencyMs)).toEqual([250, 250])
    })

    it('builds realistic session posts for an issued PIN in JSON, form and XML', () => {
        const { simulator, answer, authCode } = setup()
        const code = authCode().replace('OK AUTHCODE: ', '')
        answer('requestPINCode', { authcode: code, cfield0: 'John <Smith>', tracking0: 'track-1' })
        const start = JSON.parse(simulator.sessionPost('012345', 'start', 'json').body)
        expect(start).toMatchObject({ TechSSOID: JANE, CField0: 'John <Smith>', Tracking0: 'track-1', Notes: '' })
        expect(start.ClosingTime).toBeUndefined()
        const end = simulator.sessionPost('012345', 'end', 'form', { SessionID: '99' })
        expect(end.contentType).toBe('application/x-www-form-urlencoded')
        expect(Object.fromEntries(new URLSearchParams(end.body))).toMatchObject({
            SessionID: '99',
            Notes: 'Reset spooler',
            ClosingTime: '3/5/2026 10:31:40 AM',
        })
        const xml = simulator.sessionPost('012345', 'end', 'xml')
        expect(xml.body).toContain('<session>')
        expect(xml.body).toContain('<cfield0>John &lt;Smith&gt;</cfield0>')
        expect(xml.body).toContain('<tracking0>track-1</tracking0>')
    })
})

describe('Rescue simulator: session times and the hosted connector', () => {
    const issue = (setupWorld: ReturnType<typeof setup>) => {
        const code = setupWorld.authCode().replace('OK AUTHCODE: ', '')
        return setupWorld.answer('requestPINCode', { authcode: code, cfield0: 'John' }).replace('OK PINCODE:', '')
    }

    it('keeps the fixed 3/5/2026 times without a clock, and follows the clock when given one', () => {
        const fixed = setup()
        const pin = issue(fixed)
        expect(fixed.simulator.sessionVariables(pin, 'end')).toMatchObject({
            PickupTime: '3/5/2026 10:02:11 AM',
            ClosingTime: '3/5/2026 10:31:40 AM',
            WorkTime: '1769',
        })

        const clock = { now: Date.UTC(2027, 0, 9, 13, 5, 7) }
        const live = setup({ clock: () => clock.now })
        const livePin = issue(live)
        expect(live.simulator.sessionVariables(livePin, 'start')).toMatchObject({
            PickupTime: '1/9/2027 1:05:07 PM',
            LastActionTime: '1/9/2027 1:05:07 PM',
            WorkTime: '0',
        })
        clock.now += 125_000
        expect(live.simulator.sessionVariables(livePin, 'end')).toMatchObject({
            PickupTime: '1/9/2027 1:05:07 PM',
            ClosingTime: '1/9/2027 1:07:12 PM',
            LastActionTime: '1/9/2027 1:07:10 PM',
            WorkTime: '125',
        })
    })

    it('stores a connector token for the company on its host and refuses other companies and hosts', () => {
        const { instance, simulator } = setup({ region: 'eu' })
        const send = (host: string, body: Record<string, string>) =>
            JSON.parse(
                instance.runScript(
                    `(function () { var r = new sn_ws.RESTMessageV2(); r.setEndpoint('https://${host}/integration/api/servicenow/token'); r.setHttpMethod('post');
                    r.setRequestBody(body); var res = r.execute(); return JSON.stringify({ status: res.getStatusCode(), body: res.getBody() }); })()`,
                    { variables: { body: JSON.stringify(body) } }
                ) as string
            )
        const body = {
            instance_name: 'acme',
            instance_url: 'https://acme.service-now.com/',
            company_id: COMPANY,
            client_id: 'c',
            client_secret: 's',
            refresh_token: 'r',
        }
        expect(send(RESCUE_HOSTS.eu, body)).toEqual({ status: 200, body: '{"status":"stored"}' })
        expect(send(RESCUE_HOSTS.global, body).status).toBe(404)
        expect(send(RESCUE_HOSTS.eu, { ...body, company_id: '999' }).status).toBe(404)
        expect(send(RESCUE_HOSTS.eu, { ...body, refresh_token: '' }).status).toBe(400)
        expect(simulator.connectorTokens).toEqual([{ host: RESCUE_HOSTS.eu, body }])
    })
})
