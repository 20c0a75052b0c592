import type { Region } from '../core/config'
import { dateTimeValue, isTrue } from './glide-values'
import { ADMIN_ROLE } from '../core/names'

// The token request table (src/fluent/token-request-table.now.ts): one row per Token Setup run.
// Only sentences, states, hosts and dates are written here, never a secret.
const TABLE = 'x_rescue_connect_token_request'

export type TokenRequestState = 'new' | 'running' | 'succeeded' | 'failed'

export function createTokenRequest(region: Region, connectorHost: string): GlideRecord {
    const request = new GlideRecord(TABLE)
    request.initialize()
    request.setValue('state', 'new')
    request.setValue('region', region)
    request.setValue('connector_host', connectorHost)
    request.insert()
    return request
}

export function setState(request: GlideRecord, state: TokenRequestState): void {
    request.setValue('state', state)
    request.update()
}

/** One journal entry per step, so the record reads as the story of the run. */
export function appendStep(request: GlideRecord, sentence: string): void {
    request.setValue('steps', sentence)
    request.update()
}

export function finishTokenRequest(
    request: GlideRecord,
    outcome: { state: 'succeeded' | 'failed'; message: string; oauthApplication: string; expiresOnMs: number | null }
): void {
    request.setValue('state', outcome.state)
    request.setValue('message', outcome.message)
    if (outcome.oauthApplication !== '') request.setValue('oauth_application', outcome.oauthApplication)
    if (outcome.expiresOnMs !== null) request.setValue('expires_on', dateTimeValue(outcome.expiresOnMs))
    request.update()
}

/** The newest run that reached Rescue's connector: its token is the one the connector holds. */
export function latestSucceededRequest(): GlideRecord | null {
    const request = new GlideRecord(TABLE)
    request.addQuery('state', 'succeeded')
    request.orderByDesc('sys_created_on')
    request.setLimit(1)
    request.query()
    return request.next() ? request : null
}

export function recordWarning(request: GlideRecord, sentence: string, sentAtMs: number): void {
    request.setValue('last_warning_sent', dateTimeValue(sentAtMs))
    request.setValue('steps', sentence)
    request.update()
}

/** sys_ids of the active users who hold the app's admin role (directly or through a containing role). */
export function activeAdminIds(): string[] {
    const role = new GlideRecord('sys_user_role')
    if (!role.get('name', ADMIN_ROLE)) return []
    const grants = new GlideRecord('sys_user_has_role')
    grants.addQuery('role', role.getUniqueValue())
    grants.query()
    const ids: string[] = []
    while (grants.next()) {
        const userId = grants.getValue('user') || ''
        if (userId === '' || ids.indexOf(userId) >= 0) continue
        const user = new GlideRecord('sys_user')
        if (user.get(userId) && isTrue(user.getValue('active'))) ids.push(userId)
    }
    return ids
}
