import { describe, expect, it } from 'vitest'
import { ADMIN, CLIENT_ID, DAY_MS, FOREIGN_SECRET, REGISTRY_NAME, SECRETS, SERVICE_ACCOUNT, runTokenSetup, steps, tokenRequest, tokenWorld, type TokenWorld } from './token-fixture.ts'

const PAGE = 'x_rescue_connect_token_setup.do'

/** Submits the built Token Setup page: its processing script with the form field and a response that records the redirect. */
function submitPage(world: TokenWorld, picked: string | undefined, asUser = ADMIN): string {
    const page = world.instance.db.rows('sys_ui_page').find((row) => row.endpoint === PAGE)
    if (!page) throw new Error(`${PAGE} is not in the build`)
    const redirects: string[] = []
    const variables: Record<string, unknown> = { response: { sendRedirect: (url: string) => redirects.push(String(url)) } }
    if (picked !== undefined) variables.oauth_application = picked
    world.instance.runScript(page.processing_script ?? '', { asUser, variables })
    expect(redirects).toHaveLength(1)
    return redirects[0]!
}

interface FormModel {
    allowed: boolean
    options: Array<{ sysId: string; label: string; selected: boolean }>
    notice: string
    lastSuccess: string
}

function form(world: TokenWorld, asUser: string): FormModel {
    const core = world.instance.scriptInclude('RescueCore') as { tokenSetupForm(): FormModel }
    return JSON.parse(JSON.stringify(world.instance.runAs(asUser, () => core.tokenSetupForm())))
}

describe('Token Setup on the built app', () => {
    it('is a page in the menu for admins only', () => {
        const world = tokenWorld()
        const module = world.instance.db.rows('sys_app_module').find((row) => row.query === PAGE)
        expect(module?.roles).toBe('x_rescue_connect.admin')
        const pageAcls = world.instance.db.rows('sys_security_acl').filter((row) => row.type === 'ui_page')
        expect(pageAcls.map((row) => row.name)).toContain('x_rescue_connect_token_setup')
    })

    it('offers the external-client registry entries, preselecting the configured one; refuses non-admins', () => {
        const world = tokenWorld()
        const model = form(world, ADMIN)
        expect(model).toMatchObject({ allowed: true, notice: '', lastSuccess: 'Token Setup has not succeeded on this instance yet.' })
        expect(model.options).toEqual([{ sysId: world.entryId, label: REGISTRY_NAME, selected: true }])

        world.instance.addUser({ user_name: 'agent', roles: ['x_rescue_connect.user'] })
        expect(form(world, 'agent')).toMatchObject({ allowed: false, options: [] })
    })

    it("offers only entries in the app's scope, and says what to do when there is none", () => {
        const world = tokenWorld()
        const offered = form(world, ADMIN).options.map((option) => option.sysId)
        for (const foreign of world.foreignEntryIds) expect(offered).not.toContain(foreign)

        for (const row of world.instance.db.rows('oauth_entity')) if (row.sys_scope === world.instance.appScopeSysId) world.instance.db.delete('oauth_entity', row.sys_id)
        const empty = form(world, ADMIN)
        expect(empty.options).toEqual([])
        expect(empty.notice).toBe(
            'No OAuth API endpoint for external clients exists in the LogMeIn Rescue Integration application scope (x_rescue_connect). With the application picker set to LogMeIn Rescue Integration, create one under System OAuth > Application Registry > New > "Create an OAuth API endpoint for external clients", then reload this page.'
        )
    })

    it("never decrypts or sends an entry outside the app's scope, even when its sys_id is posted", () => {
        const world = tokenWorld()
        for (const foreign of world.foreignEntryIds) {
            const answer = runTokenSetup(world, foreign)
            expect(answer).toMatchObject({ ok: false, message: expect.stringMatching(/^The OAuth application registry entry you picked does not exist in the LogMeIn Rescue Integration application scope\./) })
        }
        world.instance.setProperty('x_rescue_connect.oauth.application', 'Global portal client')
        expect(runTokenSetup(world, '').ok).toBe(false)
        expect(world.instance.outbound).toEqual([])
        expect(world.instance.secretsSeen([FOREIGN_SECRET])).toEqual([])
    })

    it('sends the refresh token to the connector and records each step', () => {
        const world = tokenWorld()
        const redirect = submitPage(world, world.entryId)
        const requestId = /sys_id=([0-9a-f]{32})$/.exec(redirect)?.[1] ?? ''
        expect(redirect).toBe(`x_rescue_connect_token_request.do?sys_id=${requestId}`)

        expect(world.tokenCalls).toEqual([
            { grant_type: 'password', client_id: CLIENT_ID, client_secret: SECRETS.clientSecret, username: SERVICE_ACCOUNT, password: SECRETS.serviceAccountPassword },
        ])
        expect(world.connectorCalls).toEqual([
            {
                url: 'https://secure.logmeinrescue.com/integration/api/servicenow/token',
                body: {
                    instance_name: 'acme',
                    instance_url: 'https://acme.service-now.com/',
                    company_id: '1234567',
                    client_id: CLIENT_ID,
                    client_secret: SECRETS.clientSecret,
                    refresh_token: SECRETS.refreshToken,
                },
            },
        ])
        const outbound = world.instance.outbound
        expect(outbound.map((call) => [call.method, call.endpoint, call.timeoutMs])).toEqual([
            ['POST', 'https://acme.service-now.com/oauth_token.do', 10000],
            ['POST', 'https://secure.logmeinrescue.com/integration/api/servicenow/token', 10000],
        ])

        const request = tokenRequest(world, requestId)
        expect(request).toMatchObject({
            state: 'succeeded',
            oauth_application: world.entryId,
            region: 'global',
            connector_host: 'secure.logmeinrescue.com',
            expires_on: '2026-06-13 09:30:00',
        })
        expect(request.message).toMatch(/^Token Setup succeeded: .* expires on 2026-06-13 09:30 UTC;/)
        expect(steps(world, requestId)).toEqual([
            expect.stringMatching(/^Read the OAuth application registry entry "LogMeIn Rescue connector" .* 100 days\)\.$/),
            `The instance's OAuth token endpoint issued a refresh token for the service account "${SERVICE_ACCOUNT}".`,
            expect.stringMatching(/^Sent the refresh token, the instance name "acme", .* it accepted them \(HTTP 200\)\.$/),
        ])
        expect(world.instance.messages).toEqual([{ type: 'info', message: expect.stringContaining('Token Setup succeeded') }])
        expect(form(world, ADMIN).lastSuccess).toBe('The last successful Token Setup sent a refresh token that expires on 2026-06-13 09:30 UTC.')
    })

    it('uses the entry named in the settings when the form sends none, and the region host of the settings', () => {
        const world = tokenWorld()
        world.instance.setProperty('x_rescue_connect.region.eu', 'true')
        const answer = runTokenSetup(world)
        expect(answer.ok).toBe(true)
        expect(world.connectorCalls.map((call) => call.url)).toEqual(['https://secure.logmeinrescue.eu/integration/api/servicenow/token'])
        expect(tokenRequest(world, answer.requestId)).toMatchObject({ region: 'eu', connector_host: 'secure.logmeinrescue.eu', oauth_application: world.entryId })
    })

    it('shows a failure as an error message whose quoted names are text, not markup', () => {
        const world = tokenWorld()
        const hostile = world.instance.db.insert('oauth_entity', { name: '<img src=x onerror=alert(1)>', type: 'oauth_provider', active: true, sys_scope: world.instance.appScopeSysId })
        submitPage(world, hostile)
        expect(world.instance.messages).toEqual([{ type: 'error', message: expect.stringContaining('&quot;&lt;img src=x onerror=alert(1)&gt;&quot; is of type') }])
        expect(world.instance.outbound).toEqual([])
    })

    it('creates nothing and calls nothing for a user without the admin role', () => {
        const world = tokenWorld()
        world.instance.addUser({ user_name: 'agent', roles: ['x_rescue_connect.user'] })
        expect(submitPage(world, world.entryId, 'agent')).toBe(PAGE)
        expect(world.instance.db.rows('x_rescue_connect_token_request')).toEqual([])
        expect(world.instance.outbound).toEqual([])
        expect(world.instance.messages).toEqual([{ type: 'error', message: 'Only LogMeIn Rescue admins (role x_rescue_connect.admin) can run Token Setup.' }])
    })

    it("takes the expiry from the picked entry's refresh token lifespan", () => {
        const world = tokenWorld()
        const thirtyDays = world.instance.db.insert('oauth_entity', {
            name: 'Rescue connector (30 days)',
            type: 'client',
            client_id: 'client-id-30-days',
            client_secret: SECRETS.clientSecret,
            refresh_token_lifespan: String(30 * 86_400),
            active: true,
            sys_scope: world.instance.appScopeSysId,
        })
        const answer = runTokenSetup(world, thirtyDays)
        expect(answer.ok).toBe(true)
        expect(tokenRequest(world, answer.requestId).expires_on).toBe(new Date(world.clock.now + 30 * DAY_MS).toISOString().slice(0, 19).replace('T', ' '))
    })
})
