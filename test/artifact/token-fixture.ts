// A configured instance for the Token Setup artifact tests: OAuth application registry entries in and out
// of the app's scope, the instance's own /oauth_token.do and Rescue's
// connector, both simulated through instance.http.route.
import { Instance, answerTokenRequest, type OutboundAnswer, type OutboundRequest } from '../../emulator/index.ts'

export const INSTANCE_HOST = 'acme.service-now.com'
export const CONNECTOR_PATH = '/integration/api/servicenow/token'
export const REGISTRY_NAME = 'LogMeIn Rescue connector'
export const SERVICE_ACCOUNT = 'svc.rescue.connector'
export const ADMIN = 'rescue.admin'
export const DAY_MS = 86_400_000

export const SECRETS = {
    serviceAccountPassword: 'Svc-Account-Pa55!',
    clientSecret: 'client-secret-7f3a9c2e1b',
    refreshToken: 'refresh-token-5d8e2f9a4c7b',
    accessToken: 'access-token-1a2b3c4d5e6f',
    ssoPassword: 'Rescue-SSO-Pa55!',
}
export const CLIENT_ID = 'client-id-0a1b2c3d4e5f'
/** The client secret of the registry entries outside the app's scope. */
export const FOREIGN_SECRET = 'foreign-client-secret-9e8d7c'

export interface TokenWorld {
    instance: Instance
    clock: { now: number }
    entryId: string
    /** External-client entries outside the app's scope (another app's, a global one). */
    foreignEntryIds: string[]
    adminId: string
    /** Bodies the connector received, parsed. */
    connectorCalls: Array<{ url: string; body: Record<string, string> }>
    tokenCalls: Array<Record<string, string>>
    /** Replace to make the connector answer differently (default: 200). */
    connector: (request: OutboundRequest) => OutboundAnswer
    /** Replace to make the instance's token endpoint answer differently (default: a real password grant). */
    tokenEndpoint: (request: OutboundRequest) => OutboundAnswer
}

/** The instance's /oauth_token.do (the emulator's), recording what it was asked and handing out the known test tokens. */
function passwordGrant(world: TokenWorld, request: OutboundRequest): OutboundAnswer {
    world.tokenCalls.push(Object.fromEntries(new URLSearchParams(request.body)))
    return answerTokenRequest(world.instance.db, request, () => ({ accessToken: SECRETS.accessToken, refreshToken: SECRETS.refreshToken }))
}

export function tokenWorld(options: { start?: number } = {}): TokenWorld {
    const clock = { now: options.start ?? Date.UTC(2026, 2, 5, 9, 30, 0) }
    const instance = Instance.load({ now: () => new Date(clock.now) })
    // As the setup guide has the admin do it: the entry is created with the application picker on the app's scope.
    const entryId = instance.db.insert('oauth_entity', {
        name: REGISTRY_NAME,
        type: 'client',
        client_id: CLIENT_ID,
        client_secret: SECRETS.clientSecret,
        refresh_token_lifespan: '8640000',
        active: true,
        sys_scope: instance.appScopeSysId,
    })
    instance.db.insert('oauth_entity', {
        name: 'Some third-party provider',
        type: 'oauth_provider',
        client_id: 'other',
        client_secret: 'other-secret',
        active: true,
        sys_scope: instance.appScopeSysId,
    })
    // Another application's external client, and a global one: never offered, never decrypted, never sent.
    const otherApp = instance.db.insert('sys_app', { name: 'Another integration', scope: 'x_other_integration' })
    const foreignEntryIds = [
        instance.db.insert('oauth_entity', {
            name: 'Another integration client',
            type: 'client',
            client_id: 'foreign-client',
            client_secret: FOREIGN_SECRET,
            active: true,
            sys_scope: otherApp,
        }),
        instance.db.insert('oauth_entity', {
            name: 'Global portal client',
            type: 'client',
            client_id: 'global-client',
            client_secret: FOREIGN_SECRET,
            active: true,
        }),
    ]
    const adminId = instance.addUser({ user_name: ADMIN, email: 'rescue.admin@example.com', roles: ['x_rescue_connect.admin'] })
    instance.addUser({
        user_name: SERVICE_ACCOUNT,
        password: SECRETS.serviceAccountPassword,
        web_service_access_only: true,
        roles: ['x_rescue_connect.integration'],
    })

    instance.setProperty('instance_name', 'acme')
    instance.setProperty('glide.servlet.uri', `https://${INSTANCE_HOST}/`)
    instance.setProperty('x_rescue_connect.company_id', '1234567')
    instance.setProperty('x_rescue_connect.sso_password', SECRETS.ssoPassword)
    instance.setProperty('x_rescue_connect.service_account.username', SERVICE_ACCOUNT)
    instance.setProperty('x_rescue_connect.service_account.password', SECRETS.serviceAccountPassword)
    instance.setProperty('x_rescue_connect.oauth.application', REGISTRY_NAME)
    instance.setProperty('x_rescue_connect.debug.logging', 'true')
    instance.setProperty('x_rescue_connect.debug.api_logging', 'true')

    const world: TokenWorld = {
        instance,
        clock,
        entryId,
        foreignEntryIds,
        adminId,
        connectorCalls: [],
        tokenCalls: [],
        connector: () => ({ status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"status":"stored"}' }),
        tokenEndpoint: (request) => passwordGrant(world, request),
    }
    instance.http.route(INSTANCE_HOST, (request) => world.tokenEndpoint(request))
    for (const host of ['secure.logmeinrescue.com', 'secure.logmeinrescue.eu', 'secure.logmeinrescue-enterprise.com']) {
        instance.http.route(host, (request) => {
            world.connectorCalls.push({ url: request.url, body: JSON.parse(request.body || '{}') })
            return world.connector(request)
        })
    }
    return world
}

/** Runs Token Setup as the admin through the page's GlideAjax entry (RescueAdminAjax.runTokenSetup), as its client script does. */
export function runTokenSetup(world: TokenWorld, picked = '', asUser = ADMIN): { ok: boolean; message: string; requestId: string } {
    const result = world.instance.ajax('x_rescue_connect.RescueAdminAjax', 'runTokenSetup', { sysparm_oauth_application: picked }, asUser)
    if (result.status !== 200 || result.answer === null)
        throw new Error(`RescueAdminAjax.runTokenSetup answered ${result.status} ${result.error ?? ''}`)
    return JSON.parse(result.answer)
}

export function tokenRequest(world: TokenWorld, requestId: string) {
    const row = world.instance.db.get('x_rescue_connect_token_request', requestId)
    if (!row) throw new Error(`no token request ${requestId}`)
    return row
}

export function steps(world: TokenWorld, requestId: string): string[] {
    return world.instance.journal('x_rescue_connect_token_request', requestId, 'steps').map((entry) => entry.value)
}

export const ALL_SECRETS = Object.values(SECRETS)
