import { describe, expect, it } from 'vitest'
import {
    ADMIN,
    CLIENT_ID,
    DAY_MS,
    FOREIGN_SECRET,
    REGISTRY_NAME,
    SECRETS,
    SERVICE_ACCOUNT,
    runTokenSetup,
    steps,
    tokenRequest,
    tokenWorld,
    type TokenWorld,
} from './token-fixture.ts'

const PAGE = 'x_rescue_connect_token_setup.do'

interface FormModel {
    allowed: boolean
    options: Array<{ sysId: string; label: string; selected: boolean }>
    notice: string
    lastSuccess: string
}

/** What the page's client script reads on load: RescueAdminAjax.tokenSetupForm, through GlideAjax. */
function form(world: TokenWorld, asUser: string): FormModel {
    const result = world.instance.ajax('x_rescue_connect.RescueAdminAjax', 'tokenSetupForm', {}, asUser)
    expect(result.status).toBe(200)
    return JSON.parse(result.answer!)
}

describe('Token Setup on the built app', () => {
    it('is a static page in the menu for admins only, driven by its client script through RescueAdminAjax', () => {
        const world = tokenWorld()
        const module = world.instance.db.rows('sys_app_module').find((row) => row.query === PAGE)
        expect(module?.roles).toBe('x_rescue_connect.admin')
        const pageAcls = world.instance.db.rows('sys_security_acl').filter((row) => row.type === 'ui_page')
        expect(pageAcls.map((row) => row.name)).toContain('x_rescue_connect_token_setup')
        const page = world.instance.db.rows('sys_ui_page').find((row) => row.endpoint === PAGE)!
        expect(page.processing_script ?? '').toBe('')
        expect(page.client_script).toMatch(/^function rescueTokenSetup\(\)/)
        expect(page.client_script).toContain('new GlideAjax("x_rescue_connect.RescueAdminAjax")')
        expect(page.html).toContain("window.addEventListener('load', function () { rescueTokenSetup(); });")
    })

    it('offers the external-client registry entries, preselecting the configured one; refuses non-admins', () => {
        const world = tokenWorld()
        const model = form(world, ADMIN)
        expect(model).toMatchObject({ allowed: true, notice: '', lastSuccess: 'Token Setup has not succeeded on this instance yet.' })
        expect(model.options).toEqual([{ sysId: world.entryId, label: REGISTRY_NAME, selected: true }])

        world.instance.addUser({ user_name: 'agent', roles: ['x_rescue_connect.user'] })
        expect(world.instance.ajax('x_rescue_connect.RescueAdminAjax', 'tokenSetupForm', {}, 'agent').status).toBe(403)
        const core = world.instance.scriptInclude('RescueCore') as { tokenSetupForm(): unknown }
        expect(world.instance.runAs('agent', () => JSON.parse(JSON.stringify(core.tokenSetupForm())))).toMatchObject({
            allowed: false,
            options: [],
        })
    })

    it("offers only entries in the app's scope, and says what to do when there is none", () => {
        const world = tokenWorld()
        const offered = form(world, ADMIN).options.map((option) => option.sysId)
        for (const foreign of world.foreignEntryIds) expect(offered).not.toContain(foreign)

        for (const row of world.instance.db.rows('oauth_entity'))
            if (row.sys_scope === world.instance.appScopeSysId) world.instance.db.delete('oauth_entity', row.sys_id)
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
            expect(answer).toMatchObject({
                ok: false,
                message: expect.stringMatching(
                    /^The OAuth application registry entry you picked does not exist in the LogMeIn Rescue Integration application scope\./
                ),
            })
        }
        world.instance.setProperty('x_rescue_connect.oauth.application', 'Global portal client')
        expect(runTokenSetup(world, '').ok).toBe(false)
        expect(world.instance.outbound).toEqual([])
        expect(world.instance.secretsSeen([FOREIGN_SECRET])).toEqual([])
    })

    it('sends the refresh token to the connector and records each step', () => {
        const world = tokenWorld()
        const answer = runTokenSetup(world, world.entryId)
        const requestId = answer.requestId
        expect(answer).toMatchObject({
            ok: true,
            requestId: expect.stringMatching(/^[0-9a-f]{32}$/),
            message: expect.stringMatching(/^Token Setup succeeded: /),
        })

        expect(world.tokenCalls).toEqual([
            {
                grant_type: 'password',
                client_id: CLIENT_ID,
                client_secret: SECRETS.clientSecret,
                username: SERVICE_ACCOUNT,
                password: SECRETS.serviceAccountPassword,
            },
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
        expect(form(world, ADMIN).lastSuccess).toBe(
            'The last successful Token Setup sent a refresh token that expires on 2026-06-13 09:30 UTC.'
        )
    })

    it('uses the entry named in the settings when the form sends none, and the region host of the settings', () => {
        const world = tokenWorld()
        world.instance.setProperty('x_rescue_connect.region.eu', 'true')
        const answer = runTokenSetup(world)
        expect(answer.ok).toBe(true)
        expect(world.connectorCalls.map((call) => call.url)).toEqual(['https://secure.logmeinrescue.eu/integration/api/servicenow/token'])
        expect(tokenRequest(world, answer.requestId)).toMatchObject({
            region: 'eu',
            connector_host: 'secure.logmeinrescue.eu',
            oauth_application: world.entryId,
        })
    })

    it('answers a failure as a sentence that quotes names verbatim (the page shows it as text)', () => {
        const world = tokenWorld()
        const hostile = world.instance.db.insert('oauth_entity', {
            name: '<img src=x onerror=alert(1)>',
            type: 'oauth_provider',
            active: true,
            sys_scope: world.instance.appScopeSysId,
        })
        expect(runTokenSetup(world, hostile)).toMatchObject({
            ok: false,
            message: expect.stringContaining('"<img src=x onerror=alert(1)>" is of type'),
        })
        expect(world.instance.outbound).toEqual([])
    })

    it('creates nothing and calls nothing for a user without the admin role', () => {
        const world = tokenWorld()
        world.instance.addUser({ user_name: 'agent', roles: ['x_rescue_connect.user'] })
        // The page's client-callable ACL refuses the call; RescueCore refuses it again for a caller that gets past it.
        expect(
            world.instance.ajax('x_rescue_connect.RescueAdminAjax', 'runTokenSetup', { sysparm_oauth_application: world.entryId }, 'agent')
                .status
        ).toBe(403)
        const core = world.instance.scriptInclude('RescueCore') as { runTokenSetup(picked: string): unknown }
        expect(world.instance.runAs('agent', () => JSON.parse(JSON.stringify(core.runTokenSetup(world.entryId))))).toEqual({
            ok: false,
            message: 'Only LogMeIn Rescue admins (role x_rescue_connect.admin) can run Token Setup.',
            requestId: '',
        })
        expect(world.instance.db.rows('x_rescue_connect_token_request')).toEqual([])
        expect(world.instance.outbound).toEqual([])
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
        expect(tokenRequest(world, answer.requestId).expires_on).toBe(
            new Date(world.clock.now + 30 * DAY_MS).toISOString().slice(0, 19).replace('T', ' ')
        )
    })
})
