import { english } from '../fixtures/english'
import { neutraliseMarkup } from '../../src/shared/markup'
import { describe, expect, it } from 'vitest'
import { validConfig } from '../fixtures/config'
import {
    CASE_TABLE,
    INCIDENT_TABLE,
    choosePinTable,
    pinButtonVisible,
    obtainPin,
    pinSuccessMessage,
    pinWorkNote,
    trackingValue,
    type PinPorts,
    type PinRequestDetails,
} from '../../src/server/core/pin-flow'
import type { RescueRequest } from '../../src/server/core/rescue-protocol'
import type { HttpOutcome } from '../../src/server/core/http'

const SYS_ID = '9f8e7d6c5b4a39281706f5e4d3c2b1a0'

const details: PinRequestDetails = {
    region: 'global',
    companyId: '123',
    ssoPassword: 'sso-secret',
    ssoId: 'jane@example.com',
    customerName: 'John Smith',
    recordNumber: 'INC0000001',
    shortDescription: 'Printer',
    tracking: SYS_ID,
}

/** Ports over a scripted Rescue: each call takes the next answer for its method. */
function scripted(cached: string | null, answers: Record<string, string[]>) {
    const calls: RescueRequest[] = []
    const cache = { value: cached, saves: 0, forgets: 0 }
    const ports: PinPorts = {
        cachedAuthCode: () => cache.value,
        saveAuthCode: (code) => {
            cache.value = code
            cache.saves++
        },
        forgetAuthCode: () => {
            cache.value = null
            cache.forgets++
        },
        send: (request): HttpOutcome => {
            calls.push(request)
            const body = answers[request.method]!.shift()
            if (body === undefined) throw new Error(`unexpected ${request.method}`)
            return { kind: 'response', status: 200, body, location: '' }
        },
    }
    return { ports, calls, cache }
}

describe('choosePinTable', () => {
    it('accepts incident and case with their customer fields', () => {
        expect(choosePinTable(INCIDENT_TABLE, SYS_ID, validConfig())).toEqual({
            ok: true,
            value: {
                table: 'incident',
                kind: 'incident',
                customerField: 'caller_id',
                customerFieldProperty: 'x_rescue_connect.incident.caller_field',
            },
        })
        const custom = validConfig({ 'x_rescue_connect.case.contact_field': 'u_customer' })
        expect(choosePinTable(CASE_TABLE, SYS_ID, custom)).toMatchObject({ ok: true, value: { customerField: 'u_customer' } })
    })

    it('refuses other tables, bad sys_ids and tables whose button is off', () => {
        expect(choosePinTable('problem', SYS_ID, validConfig())).toMatchObject({ ok: false, code: 'TABLE_NOT_SUPPORTED' })
        expect(choosePinTable(INCIDENT_TABLE, "x' OR 1=1", validConfig())).toMatchObject({ ok: false, code: 'BAD_REQUEST' })
        const off = validConfig({ 'x_rescue_connect.case.show_pin_button': 'false' })
        expect(choosePinTable(CASE_TABLE, SYS_ID, off)).toMatchObject({ ok: false, code: 'BUTTON_DISABLED' })
    })
})

describe('tracking value', () => {
    const GUID = '0123456789abcdef0123456789abcdef'
    it('is the task sys_id and a PIN token, within the 64 characters Rescue and the tracking column take', () => {
        expect(trackingValue(SYS_ID, GUID)).toBe(`${SYS_ID}.${GUID.slice(0, 24)}`)
        expect(trackingValue(SYS_ID, GUID).length).toBeLessThanOrEqual(64)
    })

    it('differs for two PINs on one record', () => {
        expect(trackingValue(SYS_ID, GUID)).not.toBe(trackingValue(SYS_ID, 'fedcba9876543210fedcba9876543210'))
    })
})

describe('obtainPin', () => {
    it('reuses the cached auth code: one call', () => {
        const { ports, calls, cache } = scripted('CACHED', { requestPINCode: ['OK PINCODE:012345'] })
        expect(obtainPin(details, ports)).toEqual({ ok: true, value: { pin: '012345', authCode: 'CACHED' } })
        expect(calls.map((call) => call.method)).toEqual(['requestPINCode'])
        expect(calls[0]!.fields.authcode).toBe('CACHED')
        expect(cache.saves).toBe(0)
    })

    it('fetches and caches an auth code when none is cached', () => {
        const { ports, calls, cache } = scripted(null, { requestAuthCodeSSO: ['OK AUTHCODE: NEW'], requestPINCode: ['OK PINCODE:111111'] })
        expect(obtainPin(details, ports)).toMatchObject({ ok: true, value: { pin: '111111' } })
        expect(calls.map((call) => call.method)).toEqual(['requestAuthCodeSSO', 'requestPINCode'])
        expect(cache.value).toBe('NEW')
    })

    it.each(['INVALID_SECRETAUTHCODE', 'NOTLOGGEDIN'])('on %s refreshes the auth code and retries once', (stale) => {
        const { ports, calls, cache } = scripted('OLD', {
            requestAuthCodeSSO: ['OK AUTHCODE: FRESH'],
            requestPINCode: [stale, 'OK PINCODE:222222'],
        })
        expect(obtainPin(details, ports)).toEqual({ ok: true, value: { pin: '222222', authCode: 'FRESH' } })
        expect(calls.map((call) => call.fields.authcode ?? call.method)).toEqual(['OLD', 'requestAuthCodeSSO', 'FRESH'])
        expect(cache.value).toBe('FRESH')
    })

    it('retries only once, and forgets a code that still fails', () => {
        const { ports, calls, cache } = scripted('OLD', {
            requestAuthCodeSSO: ['OK AUTHCODE: FRESH'],
            requestPINCode: ['NOTLOGGEDIN', 'INVALID_SECRETAUTHCODE'],
        })
        expect(obtainPin(details, ports)).toMatchObject({ ok: false, failure: { kind: 'rescue', code: 'INVALID_SECRETAUTHCODE' } })
        expect(calls).toHaveLength(3)
        expect(cache.value).toBeNull()
    })

    it('does not retry other errors', () => {
        const { ports, calls } = scripted('OLD', { requestPINCode: ['POLLRATEEXCEEDED'] })
        expect(obtainPin(details, ports)).toMatchObject({ ok: false, failure: { code: 'POLLRATEEXCEEDED' } })
        expect(calls).toHaveLength(1)
    })

    it('stops when the SSO login fails, caching nothing', () => {
        const { ports, calls, cache } = scripted(null, { requestAuthCodeSSO: ['INVALID'] })
        expect(obtainPin(details, ports)).toEqual({
            ok: false,
            code: 'INVALID',
            message: 'Rescue answered INVALID.',
            failure: { kind: 'rescue', code: 'INVALID' },
            authCode: null,
        })
        expect(calls).toHaveLength(1)
        expect(cache.saves).toBe(0)
    })
})

describe('texts', () => {
    it('names PIN, technician and customer in the work note; the values stay data (the platform neutralises the note)', () => {
        expect(english(pinWorkNote({ pin: '012345', technicianName: 'Jane Doe', customerName: 'John Smith' }))).toBe(
            'Rescue PIN 012345 generated by Jane Doe for John Smith.'
        )
        const note = neutraliseMarkup(
            english(pinWorkNote({ pin: '1', technicianName: 'Jane {0}', customerName: '[code]<img src=x onerror=alert(1)>[/CODE]' }))
        )
        expect(note).not.toMatch(/\[\/?code\]/i)
        expect(note).not.toContain('<img')
        expect(note).toContain('Jane {0}')
    })

    it('tells the agent what to tell the customer and what was emailed', () => {
        const sentence = (input: Parameters<typeof pinSuccessMessage>[0]) => pinSuccessMessage(input).map(english).join(' ')
        const message = sentence({ pin: '012345', customerEmailed: true, customerEmailMissing: false, workNoteAdded: true })
        expect(message).toContain('www.LogMeIn123.com and enter PIN 012345')
        expect(message).toContain('emailed')
        expect(message).not.toContain('work note')
        expect(sentence({ pin: '1', customerEmailed: false, customerEmailMissing: true, workNoteAdded: true })).toContain(
            'no email address'
        )
        expect(sentence({ pin: '1', customerEmailed: false, customerEmailMissing: false, workNoteAdded: false })).toContain(
            'work note could not be added'
        )
    })
})

describe('button visibility and small texts', () => {
    it('hides the button when the integration or the table switch is off, or the record is closed', () => {
        expect(pinButtonVisible(INCIDENT_TABLE, '1', validConfig())).toBe(true)
        expect(pinButtonVisible(CASE_TABLE, 'true', validConfig())).toBe(true)
        expect(pinButtonVisible(INCIDENT_TABLE, '1', validConfig({ 'x_rescue_connect.enabled': 'false' }))).toBe(false)
        expect(pinButtonVisible(INCIDENT_TABLE, '1', validConfig({ 'x_rescue_connect.incident.show_pin_button': 'false' }))).toBe(false)
        expect(pinButtonVisible(CASE_TABLE, '1', validConfig({ 'x_rescue_connect.incident.show_pin_button': 'false' }))).toBe(true)
        expect(pinButtonVisible(INCIDENT_TABLE, '0', validConfig())).toBe(false)
        expect(pinButtonVisible(INCIDENT_TABLE, 'false', validConfig())).toBe(false)
    })
})
