// The instance's own OAuth token endpoint (/oauth_token.do) for the resource-owner password grant, as
// Token Setup calls it: the client must be an active "OAuth API endpoint for external clients" registry
// entry (oauth_entity, type client) with the matching secret, and the user an active, unlocked sys_user
// with the matching password. Tokens come from `issue` (random by default).
import { randomBytes } from 'node:crypto'
import type { Database } from '../engine/db.ts'
import type { OutboundAnswer, OutboundRequest } from './outbound.ts'
import { decryptPassword2, hashPassword } from '../engine/values.ts'

export interface IssuedTokens {
    accessToken: string
    refreshToken: string
}

const randomTokens = (): IssuedTokens => ({ accessToken: randomBytes(24).toString('hex'), refreshToken: randomBytes(24).toString('hex') })
const json = (status: number, body: object): OutboundAnswer => ({
    status,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
})

export function answerTokenRequest(db: Database, request: OutboundRequest, issue: () => IssuedTokens = randomTokens): OutboundAnswer {
    if (request.method !== 'POST' || new URL(request.url).pathname !== '/oauth_token.do') return { status: 404, body: '' }
    const form = Object.fromEntries(new URLSearchParams(request.body))
    if (form.grant_type !== 'password') return json(400, { error: 'unsupported_grant_type' })
    const client = db.rows('oauth_entity').find((row) => row.client_id === form.client_id && row.type === 'client' && row.active !== '0')
    if (!client || decryptPassword2(client.client_secret ?? '') !== form.client_secret)
        return json(401, { error: 'invalid_client', error_description: 'invalid_client' })
    const user = db.rows('sys_user').find((row) => row.user_name === form.username)
    if (
        !user ||
        user.active === '0' ||
        user.locked_out === '1' ||
        !user.user_password ||
        user.user_password !== hashPassword(form.password ?? '')
    ) {
        return json(401, { error_description: 'access_denied', error: 'server_error' })
    }
    const tokens = issue()
    return json(200, {
        access_token: tokens.accessToken,
        refresh_token: tokens.refreshToken,
        scope: 'useraccount',
        token_type: 'Bearer',
        expires_in: 1799,
    })
}
