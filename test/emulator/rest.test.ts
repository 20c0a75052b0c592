import { describe, expect, it } from 'vitest'
import { fixtureInstance } from './fixture.ts'

function withUsers() {
    const instance = fixtureInstance()
    instance.addUser({
        user_name: 'poster',
        password: 'pw-poster',
        roles: ['x_rescue_connect.fixture_role'],
        web_service_access_only: true,
    })
    instance.addUser({ user_name: 'plain', password: 'pw-plain' })
    return instance
}

const ECHO = '/api/x_rescue_connect/v1/fixture/echo'
const json = { 'Content-Type': 'application/json' }

describe('Scripted REST', () => {
    it('finds the route, runs the operation script as the authenticated user, and wraps setBody in result', () => {
        const instance = withUsers()
        const response = instance.rest({
            method: 'POST',
            path: `${ECHO}?tag=a&tag=b`,
            headers: { ...json, 'X-Custom': '1' },
            body: '{"a":1}',
            auth: { user: 'poster', password: 'pw-poster' },
        })
        expect(response.status).toBe(201)
        expect(response.headers['x-echo']).toBe('yes')
        expect(response.headers['content-type']).toBe('application/json')
        expect(JSON.parse(response.body)).toEqual({
            result: {
                first: '{"a":1}',
                again: '',
                contentType: 'application/json',
                headerKeys: 'content-type,x-custom,content-length',
                user: 'poster',
                tags: ['a', 'b'],
            },
        })
        expect(instance.restErrors).toEqual([])
    })

    it('reads the body once: after request.body.data, dataString is empty', () => {
        const instance = withUsers()
        const response = instance.rest({
            method: 'POST',
            path: `${ECHO}?read=data`,
            headers: json,
            body: '{"SessionID":"5"}',
            auth: { user: 'poster', password: 'pw-poster' },
        })
        expect(JSON.parse(response.body).result).toMatchObject({ first: { SessionID: '5' }, again: '' })
    })

    it('answers 400 when request.body.data meets invalid JSON', () => {
        const instance = withUsers()
        const response = instance.rest({
            method: 'POST',
            path: `${ECHO}?read=data`,
            headers: json,
            body: '{oops',
            auth: { user: 'poster', password: 'pw-poster' },
        })
        expect(response.status).toBe(400)
        expect(instance.restErrors).toEqual([])
    })

    it('answers 401 without or with wrong credentials, 403 without the ACL role, with the platform error body', () => {
        const instance = withUsers()
        const anonymous = instance.rest({ method: 'POST', path: ECHO, headers: json, body: '{}' })
        expect(anonymous.status).toBe(401)
        expect(JSON.parse(anonymous.body)).toEqual({
            error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' },
            status: 'failure',
        })
        expect(instance.rest({ method: 'POST', path: ECHO, body: '{}', auth: { user: 'poster', password: 'wrong' } }).status).toBe(401)
        const forbidden = instance.rest({
            method: 'POST',
            path: ECHO,
            headers: json,
            body: '{}',
            auth: { user: 'plain', password: 'pw-plain' },
        })
        expect(forbidden.status).toBe(403)
        expect(JSON.parse(forbidden.body)).toMatchObject({ error: { message: 'User Not Authorized' }, status: 'failure' })
    })

    it('refuses inactive and locked-out accounts with 401', () => {
        const instance = withUsers()
        instance.addUser({ user_name: 'retired', password: 'pw', roles: ['x_rescue_connect.fixture_role'], active: false })
        const locked = instance.addUser({ user_name: 'locked', password: 'pw', roles: ['x_rescue_connect.fixture_role'] })
        instance.db.update('sys_user', locked, { locked_out: true })
        for (const user of ['retired', 'locked'])
            expect(instance.rest({ method: 'POST', path: ECHO, headers: json, body: '{}', auth: { user, password: 'pw' } }).status).toBe(
                401
            )
    })

    it('accepts a Basic Authorization header', () => {
        const instance = withUsers()
        const header = 'Basic ' + Buffer.from('poster:pw-poster').toString('base64')
        expect(instance.rest({ method: 'POST', path: ECHO, headers: { ...json, Authorization: header }, body: '{}' }).status).toBe(201)
    })

    it('serves unauthenticated routes, path parameters, the default-version URI and the stream writer', () => {
        const instance = withUsers()
        for (const path of ['/api/x_rescue_connect/v1/fixture/open/42', '/api/x_rescue_connect/fixture/open/42']) {
            const response = instance.rest({ method: 'GET', path })
            expect(response).toEqual({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'id=42 user=guest' })
        }
        expect(instance.rest({ method: 'POST', path: '/api/x_rescue_connect/v1/fixture/open/42' }).status).toBe(400)
    })

    it('turns an uncaught exception into a 500 and records it', () => {
        const instance = withUsers()
        const response = instance.rest({
            method: 'POST',
            path: `${ECHO}?fail=1`,
            headers: json,
            body: '{}',
            auth: { user: 'poster', password: 'pw-poster' },
        })
        expect(response.status).toBe(500)
        expect(instance.restErrors).toEqual([{ path: ECHO, message: 'asked to fail' }])
    })

    it('refuses a Content-Type outside the resource formats with 415 and an unsatisfiable Accept with 406, before the script runs', () => {
        const instance = withUsers()
        const auth = { user: 'poster', password: 'pw-poster' }
        const textPlain = instance.rest({
            method: 'POST',
            path: `${ECHO}?fail=1`,
            headers: { 'Content-Type': 'text/plain' },
            body: 'x',
            auth,
        })
        expect(textPlain.status).toBe(415)
        expect(JSON.parse(textPlain.body)).toMatchObject({ error: { message: 'Unsupported Media Type' }, status: 'failure' })
        expect(instance.rest({ method: 'POST', path: ECHO, headers: { ...json, Accept: 'text/html' }, body: '{}', auth }).status).toBe(406)
        expect(
            instance.rest({
                method: 'POST',
                path: ECHO,
                headers: { 'Content-Type': 'application/json; charset=utf-8', Accept: 'application/*' },
                body: '{}',
                auth,
            }).status
        ).toBe(201)
        expect(instance.restErrors).toEqual([])
    })

    it('puts form fields into queryParams; reading dataString of a body that is not JSON or XML fails with 500', () => {
        const instance = withUsers()
        const FORM = '/api/x_rescue_connect/v1/fixture/form'
        const form = { 'Content-Type': 'application/x-www-form-urlencoded' }
        const ok = instance.rest({ method: 'POST', path: `${FORM}?from=query`, headers: form, body: 'SessionID=42&Notes=a+b&from=body' })
        expect(ok.status).toBe(200)
        expect(JSON.parse(ok.body).result.params).toEqual({ from: ['query', 'body'], SessionID: ['42'], Notes: ['a b'] })
        expect(instance.rest({ method: 'POST', path: FORM, headers: { 'Content-Type': 'text/csv' }, body: 'a' }).status).toBe(200)
        const read = instance.rest({ method: 'POST', path: FORM, headers: form, body: 'readString=1' })
        expect(read.status).toBe(500)
        expect(instance.restErrors).toEqual([
            { path: FORM, message: expect.stringContaining('only dataStream reads bodies that are not JSON or XML') },
        ])
    })
})

describe('Scripted REST inbound size limit ("Controlling maximum request size")', () => {
    const poster = { user: 'poster', password: 'pw-poster' }
    const bodyOf = (bytes: number) => JSON.stringify({ pad: 'x'.repeat(bytes - 10) })

    it('answers 400 when the script reads data or dataString of a body above glide.rest.scripted.max_inbound_content_length_mb (default 10)', () => {
        const instance = withUsers()
        const big = bodyOf(10_000_001)
        expect(Buffer.byteLength(big)).toBe(10_000_001)
        for (const read of ['dataString', 'data']) {
            const response = instance.rest({ method: 'POST', path: `${ECHO}?read=${read}`, headers: json, body: big, auth: poster })
            expect(response.status).toBe(400)
            expect(JSON.parse(response.body).error.message).toBe('Exception while reading request')
        }
        expect(instance.rest({ method: 'POST', path: ECHO, headers: json, body: bodyOf(10_000_000), auth: poster }).status).toBe(201)
        expect(instance.restErrors).toEqual([])
    })

    it('follows the properties: the scripted limit, capped by glide.rest.max_content_length (at most 25)', () => {
        const instance = withUsers()
        instance.setProperty('glide.rest.scripted.max_inbound_content_length_mb', '1')
        expect(instance.rest({ method: 'POST', path: ECHO, headers: json, body: bodyOf(1_000_001), auth: poster }).status).toBe(400)
        expect(instance.rest({ method: 'POST', path: ECHO, headers: json, body: bodyOf(1_000_000), auth: poster }).status).toBe(201)
        instance.setProperty('glide.rest.scripted.max_inbound_content_length_mb', '40')
        instance.setProperty('glide.rest.max_content_length', '12')
        expect(instance.rest({ method: 'POST', path: ECHO, headers: json, body: bodyOf(12_000_001), auth: poster }).status).toBe(400)
    })

    it('sends the body length as Content-Length (the app shows a script catching the refused read still answers 400)', () => {
        const instance = withUsers()
        instance.setProperty('glide.rest.scripted.max_inbound_content_length_mb', '1')
        const response = instance.rest({ method: 'POST', path: `${ECHO}?read=data`, headers: json, body: bodyOf(2_000_000), auth: poster })
        expect(response.status).toBe(400)
        const small = instance.rest({ method: 'POST', path: ECHO, headers: json, body: '{"a":"é"}', auth: poster })
        expect(JSON.parse(small.body).result.headerKeys).toBe('content-type,content-length')
    })
})
