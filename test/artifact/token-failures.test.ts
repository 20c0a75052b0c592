import { describe, expect, it } from 'vitest'
import { runTokenSetup, steps, tokenRequest, tokenWorld, type TokenWorld } from './token-fixture.ts'

// Every failure Token Setup knows ends the request as failed, with a sentence that says what to fix,
// and that sentence is also the last entry of the request's journal.
const failures: Array<{
    name: string
    arrange: (world: TokenWorld) => string
    message: RegExp
    tokenCalls: number
    connectorCalls: number
}> = [
    {
        name: 'wrong service-account password',
        arrange: (world) => (world.instance.setProperty('x_rescue_connect.service_account.password', 'not-the-password'), world.entryId),
        message:
            /^The instance refused to sign in the service account "svc\.rescue\.connector" \(HTTP 401, server_error\)\. Correct the password in x_rescue_connect\.service_account\.password/,
        tokenCalls: 1,
        connectorCalls: 0,
    },
    {
        name: 'registry entry named in the settings missing',
        arrange: (world) => (world.instance.setProperty('x_rescue_connect.oauth.application', 'Deleted entry'), ''),
        message: /^No OAuth application registry entry has the name in setting x_rescue_connect\.oauth\.application\./,
        tokenCalls: 0,
        connectorCalls: 0,
    },
    {
        name: 'picked registry entry missing',
        arrange: () => '0123456789abcdef0123456789abcdef',
        message: /^The OAuth application registry entry you picked does not exist in the LogMeIn Rescue Integration application scope\./,
        tokenCalls: 0,
        connectorCalls: 0,
    },
    {
        name: 'registry entry of the wrong type',
        arrange: (world) => world.instance.db.rows('oauth_entity').find((row) => row.type === 'oauth_provider')!.sys_id,
        message:
            /^The OAuth application registry entry "Some third-party provider" is of type "oauth_provider", not an OAuth API endpoint for external clients/,
        tokenCalls: 0,
        connectorCalls: 0,
    },
    {
        name: 'token endpoint unreachable',
        arrange: (world) => (
            (world.tokenEndpoint = () => ({ connectionError: 'java.net.ConnectException: Connection refused' })),
            world.entryId
        ),
        message:
            /^The instance's OAuth token endpoint https:\/\/acme\.service-now\.com\/oauth_token\.do could not be reached \(java\.net\.ConnectException: Connection refused\)\./,
        tokenCalls: 0,
        connectorCalls: 0,
    },
    {
        name: 'token endpoint timing out',
        arrange: (world) => ((world.tokenEndpoint = () => ({ timeout: true })), world.entryId),
        message: /^The instance's OAuth token endpoint .* did not answer within 10000 ms\./,
        tokenCalls: 0,
        connectorCalls: 0,
    },
    {
        name: 'connector rejecting the token',
        arrange: (world) => (
            (world.connector = () => ({ status: 403, body: '{"message":"ServiceNow connector not enabled for this company"}' })),
            world.entryId
        ),
        message:
            /^Rescue's connector at secure\.logmeinrescue\.com rejected the token \(HTTP 403: ServiceNow connector not enabled for this company\)\./,
        tokenCalls: 1,
        connectorCalls: 1,
    },
    {
        name: 'connector timing out',
        arrange: (world) => ((world.connector = () => ({ timeout: true })), world.entryId),
        message: /^Rescue's connector at secure\.logmeinrescue\.com did not answer within 10000 ms\./,
        tokenCalls: 1,
        connectorCalls: 1,
    },
    {
        name: 'connector host unreachable',
        arrange: (world) => (world.instance.http.unroute('secure.logmeinrescue.com'), world.entryId),
        message:
            /^Rescue's connector at secure\.logmeinrescue\.com could not be reached \(java\.net\.UnknownHostException: secure\.logmeinrescue\.com\)\./,
        tokenCalls: 1,
        connectorCalls: 0,
    },
    {
        name: 'region mismatch (connector redirects to the EU host)',
        arrange: (world) => (
            (world.connector = () => ({
                status: 307,
                headers: { Location: 'https://secure.logmeinrescue.eu/integration/api/servicenow/token' },
                body: '',
            })),
            world.entryId
        ),
        message:
            /^Region mismatch: your Rescue company is served by the EU data centre \(secure\.logmeinrescue\.eu\), but the settings choose global \(secure\.logmeinrescue\.com\)\. Set x_rescue_connect\.region\.eu and x_rescue_connect\.enterprise/,
        tokenCalls: 1,
        connectorCalls: 1,
    },
    {
        name: 'region mismatch (connector does not know the company)',
        arrange: (world) => ((world.connector = () => ({ status: 404, body: '{"error":"unknown company"}' })), world.entryId),
        message:
            /^Region mismatch: Rescue's connector at secure\.logmeinrescue\.com \(global data centre\) does not know company 1234567 \(HTTP 404: unknown company\)\./,
        tokenCalls: 1,
        connectorCalls: 1,
    },
]

describe('Token Setup failures on the built app', () => {
    it.each(failures)('$name: failed, with a sentence that says what to fix', ({ arrange, message, tokenCalls, connectorCalls }) => {
        const world = tokenWorld()
        const picked = arrange(world)
        const answer = runTokenSetup(world, picked)
        expect(answer).toMatchObject({ ok: false, message: expect.stringMatching(message) })
        expect(answer.message).toMatch(/\.$/)
        const request = tokenRequest(world, answer.requestId)
        expect(request.state).toBe('failed')
        expect(request.message).toBe(answer.message)
        expect(request.expires_on ?? '').toBe('')
        expect(steps(world, answer.requestId).at(-1)).toBe(answer.message)
        expect(world.tokenCalls).toHaveLength(tokenCalls)
        expect(world.connectorCalls).toHaveLength(connectorCalls)
        expect(world.instance.logs.filter((entry) => entry.level === 'warn').map((entry) => entry.message)).toEqual([
            `[x_rescue_connect] Token Setup ${answer.requestId} failed: ${answer.message}`,
        ])
    })

    it('fails with the settings problems when the settings do not parse', () => {
        const world = tokenWorld()
        world.instance.setProperty('x_rescue_connect.token.connector_path', 'https://elsewhere.example/token')
        const answer = runTokenSetup(world, world.entryId)
        expect(answer.message).toMatch(
            /^Token Setup cannot run until the settings are fixed: Property x_rescue_connect\.token\.connector_path must be a path/
        )
        expect(tokenRequest(world, answer.requestId).state).toBe('failed')
        expect(world.instance.outbound).toEqual([])
    })

    it('records which entry a failed run was for', () => {
        const world = tokenWorld()
        world.instance.setProperty('x_rescue_connect.company_id', '')
        const answer = runTokenSetup(world, world.entryId)
        expect(answer.message).toMatch(/^Enter the Rescue company ID/)
        expect(tokenRequest(world, answer.requestId).oauth_application).toBe(world.entryId)
    })
})
