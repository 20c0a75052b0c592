// The instance's own /oauth_token.do as the emulator serves it for Token Setup (password grant).
import { describe, expect, it } from 'vitest'
import { fixtureInstance } from './fixture.ts'

function world() {
    const instance = fixtureInstance()
    instance.db.insert('oauth_entity', { name: 'client', type: 'client', client_id: 'cid', client_secret: 'csecret', active: true })
    instance.db.insert('oauth_entity', { name: 'off', type: 'client', client_id: 'off', client_secret: 'csecret', active: false })
    instance.addUser({ user_name: 'svc', password: 'svc-pass', web_service_access_only: true })
    instance.addUser({ user_name: 'gone', password: 'gone-pass', active: false })
    instance.serveOAuthTokens('acme.service-now.com', () => ({ accessToken: 'at', refreshToken: 'rt' }))
    const grant = (form: Record<string, string>, path = '/oauth_token.do') =>
        JSON.parse(
            instance.runScript(
                `(function () { var r = new sn_ws.RESTMessageV2(); r.setEndpoint('https://acme.service-now.com${path}'); r.setHttpMethod('post');
                r.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded'); r.setRequestBody(body); var res = r.execute();
                return JSON.stringify({ status: res.getStatusCode(), body: res.getBody() }); })()`,
                { variables: { body: new URLSearchParams(form).toString() } }
            ) as string
        ) as { status: number; body: string }
    return { grant }
}

describe("the instance's OAuth token endpoint", () => {
    const good = { grant_type: 'password', client_id: 'cid', client_secret: 'csecret', username: 'svc', password: 'svc-pass' }

    it('issues tokens for an active external client and a valid user', () => {
        const answer = world().grant(good)
        expect(answer.status).toBe(200)
        expect(JSON.parse(answer.body)).toMatchObject({ access_token: 'at', refresh_token: 'rt', token_type: 'Bearer' })
    })

    it('refuses a wrong or inactive client, a wrong password, an inactive user, another grant and another path', () => {
        const { grant } = world()
        expect(grant({ ...good, client_secret: 'x' }).status).toBe(401)
        expect(grant({ ...good, client_id: 'off' }).status).toBe(401)
        expect(grant({ ...good, password: 'x' }).status).toBe(401)
        expect(grant({ ...good, username: 'gone', password: 'gone-pass' }).status).toBe(401)
        expect(grant({ ...good, grant_type: 'client_credentials' }).status).toBe(400)
        expect(grant(good, '/other.do').status).toBe(404)
    })
})
