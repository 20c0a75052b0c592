import { describe, expect, it } from 'vitest'
import { ALL_SECRETS, SECRETS, runTokenSetup, tokenWorld } from './token-fixture.ts'

describe('Token Setup keeps secrets out of records, journals, logs, messages and URLs', () => {
    it('on success and on every failure path, with debug and API logging on', () => {
        const world = tokenWorld()
        expect(runTokenSetup(world, world.entryId).ok).toBe(true)

        world.connector = () => ({
            status: 403,
            body: JSON.stringify({ message: `refresh token ${SECRETS.refreshToken} refused for client secret ${SECRETS.clientSecret}` }),
        })
        const echoed = runTokenSetup(world, world.entryId)
        expect(echoed.message).toContain('refresh token [redacted] refused for client secret [redacted]')

        world.connector = () => ({ timeout: true })
        runTokenSetup(world, world.entryId)
        world.tokenEndpoint = () => ({ status: 500, body: `stack trace with ${SECRETS.serviceAccountPassword}` })
        runTokenSetup(world, world.entryId)
        world.instance.setProperty('x_rescue_connect.service_account.password', 'wrong-password-123')
        world.tokenEndpoint = () => ({ status: 401, body: '{"error":"server_error","error_description":"access_denied"}' })
        runTokenSetup(world, world.entryId)

        expect(world.instance.db.rows('x_rescue_connect_token_request')).toHaveLength(5)
        expect(world.instance.outbound).toHaveLength(8)
        expect(
            world.instance.logs.filter((entry) => entry.message.includes('POST https://acme.service-now.com/oauth_token.do -> '))
        ).toHaveLength(5)
        expect(world.instance.secretsSeen([...ALL_SECRETS, 'wrong-password-123'])).toEqual([])
    })

    it('stores no secret-bearing column on the token request table', () => {
        const world = tokenWorld()
        const columns = world.instance.db.schema.columns('x_rescue_connect_token_request').map((column) => column.name)
        expect(columns.filter((name) => /secret|token$|password|refresh|access/i.test(name))).toEqual([])
    })
})
