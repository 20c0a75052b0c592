import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
    PIN_FIELD_LIMITS,
    RESCUE_ERROR_STRINGS,
    authCodeRequest,
    customerJoinUrl,
    fitField,
    isStaleAuthCode,
    parseAuthCodeAnswer,
    parsePinAnswer,
    pinRequest,
    rescueEndpoint,
    type RescueFailure,
} from '../../src/server/core/rescue-protocol'
import type { HttpOutcome } from '../../src/server/core/http'

const ok = (body: string): HttpOutcome => ({ kind: 'response', status: 200, body, location: '' })

describe('hosts and endpoints', () => {
    it('uses the documented host per region', () => {
        expect(rescueEndpoint('global', 'requestPINCode')).toBe('https://secure.logmeinrescue.com/API/requestPINCode.aspx')
        expect(rescueEndpoint('eu', 'requestAuthCodeSSO')).toBe('https://secure.logmeinrescue.eu/API/requestAuthCodeSSO.aspx')
        expect(rescueEndpoint('enterprise', 'requestPINCode')).toBe('https://secure.logmeinrescue-enterprise.com/API/requestPINCode.aspx')
    })

    it('builds the customer join link on the same host, PIN kept as typed', () => {
        expect(customerJoinUrl('global', '012345')).toBe('https://secure.logmeinrescue.com/Customer/Code.aspx?Code=012345')
        expect(customerJoinUrl('eu', '000001')).toBe('https://secure.logmeinrescue.eu/Customer/Code.aspx?Code=000001')
    })
})

describe('requests', () => {
    it('puts the SSO credentials in form fields, never in the endpoint', () => {
        const request = authCodeRequest({ region: 'global', companyId: '123456', ssoPassword: 's3cret!', ssoId: 'jane@example.com' })
        expect(request.endpoint).not.toContain('s3cret')
        expect(request.endpoint).not.toContain('?')
        expect(request.fields).toEqual({ ssoid: 'jane@example.com', pwd: 's3cret!', company: '123456' })
    })

    it('sends name, number + description, tracking and notechconsole=1 with the auth code', () => {
        const request = pinRequest({
            region: 'eu',
            authCode: 'AUTH',
            customerName: 'John Smith',
            recordNumber: 'INC0012345',
            shortDescription: 'Printer offline',
            tracking: '9f8e7d6c5b4a39281706f5e4d3c2b1a0',
        })
        expect(request.endpoint).toBe('https://secure.logmeinrescue.eu/API/requestPINCode.aspx')
        expect(request.fields).toEqual({
            authcode: 'AUTH',
            cfield0: 'John Smith',
            cfield1: 'INC0012345 Printer offline',
            tracking0: '9f8e7d6c5b4a39281706f5e4d3c2b1a0',
            notechconsole: '1',
        })
    })

    it('keeps every field within its documented limit, whatever the text', () => {
        fc.assert(
            fc.property(
                fc.string({ unit: 'grapheme', maxLength: 800 }),
                fc.string({ unit: 'binary', maxLength: 800 }),
                (name, description) => {
                    const { fields } = pinRequest({
                        region: 'global',
                        authCode: 'A',
                        customerName: name,
                        recordNumber: 'INC0000001',
                        shortDescription: description,
                        tracking: name + description,
                    })
                    expect(fields.cfield0!.length).toBeLessThanOrEqual(PIN_FIELD_LIMITS.cfield0)
                    expect(fields.cfield1!.length).toBeLessThanOrEqual(PIN_FIELD_LIMITS.cfield1)
                    expect(fields.tracking0!.length).toBeLessThanOrEqual(PIN_FIELD_LIMITS.tracking0)
                    for (const value of Object.values(fields)) expect(value).not.toMatch(/[\u0000-\u001f]/)
                }
            ),
            { numRuns: 500 }
        )
    })

    it('never cuts a surrogate pair in half and marks a cut', () => {
        const text = 'a'.repeat(62) + '😀😀'
        const fitted = fitField(text, 64)
        expect(fitted.endsWith('…')).toBe(true)
        expect(() => encodeURIComponent(fitted)).not.toThrow()
        expect(fitField('  two\nlines\t here ', 64)).toBe('two lines here')
    })
})

/** A failed call as the parsers answer it: the stable code, an English reading, and how it failed. */
function failed(failure: RescueFailure, code: string) {
    return { ok: false, code, message: expect.stringMatching(/^Rescue /), failure }
}

describe('answers', () => {
    it('reads the auth code wherever it appears', () => {
        expect(parseAuthCodeAnswer(ok('OK AUTHCODE: abc123XYZ'))).toEqual({ ok: true, value: 'abc123XYZ' })
        expect(parseAuthCodeAnswer(ok('OK\r\nAUTHCODE:abc'))).toEqual({ ok: true, value: 'abc' })
    })

    it('reads the PIN as a string, leading zeros kept, on one line or two', () => {
        expect(parsePinAnswer(ok('OK PINCODE:012345'))).toEqual({ ok: true, value: '012345' })
        expect(parsePinAnswer(ok('OK\nPINCODE: 000042\n'))).toEqual({ ok: true, value: '000042' })
    })

    it.each(RESCUE_ERROR_STRINGS)('recognises the documented error %s alone and after an ERROR/OK prefix', (code) => {
        expect(parsePinAnswer(ok(code))).toEqual(failed({ kind: 'rescue', code }, code))
        expect(parseAuthCodeAnswer(ok(`${code}\r\n`))).toEqual(failed({ kind: 'rescue', code }, code))
        if (code !== 'ERROR') expect(parsePinAnswer(ok(`ERROR ${code}`))).toEqual(failed({ kind: 'rescue', code }, code))
    })

    it('keeps an unknown error word to show it', () => {
        expect(parsePinAnswer(ok('BRAND_NEW_ERROR'))).toEqual(
            failed({ kind: 'unknown', answer: 'BRAND_NEW_ERROR' }, 'RESCUE_UNKNOWN_ANSWER')
        )
    })

    it('calls garbage, HTML pages and a bare OK unreadable', () => {
        for (const body of [
            '',
            '   ',
            '<html><body>Service ERROR NOTLOGGEDIN</body></html>',
            'OK',
            'PINCODE:',
            '{"pin":1}',
            'ok pincode abc',
        ]) {
            expect(parsePinAnswer(ok(body))).toEqual(failed({ kind: 'unreadable' }, 'RESCUE_UNREADABLE_ANSWER'))
        }
    })

    it('turns HTTP errors, timeouts and connection failures into failures', () => {
        expect(parsePinAnswer({ kind: 'response', status: 503, body: 'OK PINCODE:123456', location: '' })).toEqual(
            failed({ kind: 'http', status: 503 }, 'RESCUE_HTTP_ERROR')
        )
        expect(parseAuthCodeAnswer({ kind: 'timeout' })).toEqual(failed({ kind: 'timeout' }, 'RESCUE_TIMEOUT'))
        expect(parseAuthCodeAnswer({ kind: 'unreachable', reason: 'DNS' })).toEqual(
            failed({ kind: 'unreachable', reason: 'DNS' }, 'RESCUE_UNREACHABLE')
        )
    })

    it('never throws on any body', () => {
        fc.assert(
            fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 0, max: 599 }), (body, status) => {
                const pin = parsePinAnswer({ kind: 'response', status, body, location: '' })
                if (pin.ok) expect(pin.value).toMatch(/^\d+$/)
                parseAuthCodeAnswer({ kind: 'response', status, body, location: '' })
            }),
            { numRuns: 2000 }
        )
    })

    it('treats only INVALID_SECRETAUTHCODE and NOTLOGGEDIN as a stale auth code', () => {
        const stale = RESCUE_ERROR_STRINGS.filter((code) => isStaleAuthCode({ kind: 'rescue', code }))
        expect(stale).toEqual(['NOTLOGGEDIN', 'INVALID_SECRETAUTHCODE'])
        expect(isStaleAuthCode({ kind: 'timeout' })).toBe(false)
    })
})
