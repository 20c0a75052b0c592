import { describe, expect, it } from 'vitest'
import { fixtureInstance } from './fixture.ts'

const call = (url: string, timeout = 5000) => `
    (function () {
        var r = new sn_ws.RESTMessageV2();
        r.setEndpoint('${url}');
        r.setHttpMethod('post');
        r.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
        r.setRequestBody('a=1');
        r.setHttpTimeout(${timeout});
        var res = r.execute();
        return JSON.stringify({ status: res.getStatusCode(), body: res.getBody(), header: res.getHeader('x-answer'), error: res.haveError(), code: res.getErrorCode(), message: res.getErrorMessage() });
    })()`

describe('sn_ws.RESTMessageV2', () => {
    it('executes synchronously through the routed handler and records the call', () => {
        const instance = fixtureInstance()
        const seen: unknown[] = []
        instance.http.route('api.example.com', (request) => {
            seen.push(request)
            return { status: 200, body: 'OK', headers: { 'X-Answer': 'yes' } }
        })
        expect(JSON.parse(instance.runScript(call('https://api.example.com/path?q=1')) as string)).toEqual({
            status: 200,
            body: 'OK',
            header: 'yes',
            error: false,
            code: 0,
            message: '',
        })
        expect(seen).toEqual([
            {
                method: 'POST',
                url: 'https://api.example.com/path?q=1',
                headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
                body: 'a=1',
                timeoutMs: 5000,
            },
        ])
        expect(instance.outbound).toEqual([
            {
                method: 'POST',
                endpoint: 'https://api.example.com/path?q=1',
                headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
                body: 'a=1',
                timeoutMs: 5000,
                simulatedLatencyMs: 0,
            },
        ])
        expect(instance.counters.outbound).toBe(1)
    })

    it('a timeout gives haveError, status 0 and the platform message', () => {
        const instance = fixtureInstance()
        instance.http.route('slow.example.com', () => ({ timeout: true }))
        instance.http.route('late.example.com', () => ({ status: 200, body: 'late', simulatedLatencyMs: 3000 }))
        for (const host of ['slow.example.com', 'late.example.com']) {
            expect(JSON.parse(instance.runScript(call(`https://${host}/`, 2000)) as string)).toEqual({
                status: 0,
                body: '',
                header: '',
                error: true,
                code: 1,
                message: 'java.net.SocketTimeoutException: Read timed out',
            })
        }
        expect(instance.outbound.map((o) => o.simulatedLatencyMs)).toEqual([0, 3000])
    })

    it('an unrouted host fails like a DNS error; an HTTP error status sets haveError', () => {
        const instance = fixtureInstance()
        expect(JSON.parse(instance.runScript(call('https://nowhere.example.com/')) as string)).toMatchObject({
            status: 0,
            error: true,
            message: 'java.net.UnknownHostException: nowhere.example.com',
        })
        instance.http.route('down.example.com', () => ({ status: 503, body: 'busy' }))
        expect(JSON.parse(instance.runScript(call('https://down.example.com/API/x.aspx')) as string)).toEqual({
            status: 503,
            body: 'busy',
            header: '',
            error: true,
            code: 503,
            message: 'Method failed: (/API/x.aspx) with code: 503',
        })
    })
})
