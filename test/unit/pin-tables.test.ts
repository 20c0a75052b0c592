// Issue 20: which tables Generate Rescue PIN serves and which field names the customer on each, as pure decisions
// over the settings (x_rescue_connect.pin.tables, x_rescue_connect.pin.customer_fields); the platform only says
// whether a listed table is installed and extends task (A/pin-any-task.test.ts).
import { describe, expect, it } from 'vitest'
import { english } from '../fixtures/english'
import { validConfig } from '../fixtures/config'
import { parseConfig } from '../../src/server/core/config'
import { CASE_TABLE, INCIDENT_TABLE, choosePinTable, customerFieldFor, pinButtonVisible, pinWorkNote } from '../../src/server/core/pin-flow'

const SYS_ID = '9f8e7d6c5b4a39281706f5e4d3c2b1a0'
const TABLES = 'x_rescue_connect.pin.tables'
const FIELDS = 'x_rescue_connect.pin.customer_fields'
const read = (values: Record<string, string>) => (name: string) => values[name] ?? null

describe('x_rescue_connect.pin.tables', () => {
    it('defaults to incidents and cases, also when set empty', () => {
        expect(validConfig().pinTables).toEqual([INCIDENT_TABLE, CASE_TABLE])
        expect(validConfig({ [TABLES]: '  ' }).pinTables).toEqual([INCIDENT_TABLE, CASE_TABLE])
    })

    it('lists the tables in order, trimmed, empty entries dropped', () => {
        expect(validConfig({ [TABLES]: ' incident , problem,,change_request ,sc_req_item' }).pinTables).toEqual([
            'incident',
            'problem',
            'change_request',
            'sc_req_item',
        ])
    })

    it('refuses a malformed entry with a sentence naming the property, never the value (it may be a pasted secret)', () => {
        const secret = 'Hunter2!Secret'
        const parsed = parseConfig(read({ [TABLES]: `incident,${secret}` }))
        expect(parsed.ok).toBe(false)
        const sentences = parsed.ok ? [] : parsed.errors.map(english)
        expect(sentences).toEqual([expect.stringContaining(TABLES)])
        expect(sentences.join(' ')).not.toContain(secret)
        // The well-formed entries still count, so the button stays where it was and a click says what to fix.
        expect(parsed.config.pinTables).toEqual(['incident'])
    })
})

describe('x_rescue_connect.pin.customer_fields', () => {
    it('reads table=field pairs, dot-walks included', () => {
        const config = validConfig({
            [FIELDS]: 'change_request=requested_by, sc_req_item = requested_for,sc_task=request_item.requested_for',
        })
        expect(config.pinCustomerFields).toEqual([
            { table: 'change_request', field: 'requested_by' },
            { table: 'sc_req_item', field: 'requested_for' },
            { table: 'sc_task', field: 'request_item.requested_for' },
        ])
    })

    it.each(['problem', 'problem=', '=opened_by', 'problem=opened_by=x', 'problem=Opened By', 'problem=a..b', 'problem=a,problem=b'])(
        'refuses %j naming only the property',
        (value) => {
            const parsed = parseConfig(read({ [FIELDS]: value }))
            expect(parsed.ok).toBe(false)
            if (!parsed.ok)
                expect(parsed.errors.map(english)).toEqual([
                    expect.stringMatching(new RegExp(`^Property ${FIELDS.replace(/\./g, '\\.')} must be`)),
                ])
        }
    )

    it('never overrides incident.caller_field and case.contact_field for their tables', () => {
        const config = validConfig({
            [FIELDS]: 'incident=opened_by,sn_customerservice_case=consumer,problem=opened_by',
            'x_rescue_connect.incident.caller_field': 'caller_id',
            'x_rescue_connect.case.contact_field': 'contact',
        })
        expect(customerFieldFor(INCIDENT_TABLE, config)).toEqual({ field: 'caller_id', property: 'x_rescue_connect.incident.caller_field' })
        expect(customerFieldFor(CASE_TABLE, config)).toEqual({ field: 'contact', property: 'x_rescue_connect.case.contact_field' })
        expect(customerFieldFor('problem', config)).toEqual({ field: 'opened_by', property: FIELDS })
        expect(customerFieldFor('change_request', config)).toEqual({ field: '', property: FIELDS })
    })
})

describe('the button and the PIN on any listed task table', () => {
    const config = validConfig({ [TABLES]: 'incident,problem,change_request', [FIELDS]: 'change_request=requested_by' })

    it('shows only on listed tables, with the incident and case switches still in force', () => {
        expect(pinButtonVisible('problem', '1', config)).toBe(true)
        expect(pinButtonVisible('sc_req_item', '1', config)).toBe(false)
        expect(pinButtonVisible(CASE_TABLE, '1', config)).toBe(false)
        expect(pinButtonVisible('problem', '0', config)).toBe(false)
        expect(pinButtonVisible('problem', '1', validConfig({ [TABLES]: 'problem', 'x_rescue_connect.enabled': 'false' }))).toBe(false)
        expect(
            pinButtonVisible(
                INCIDENT_TABLE,
                '1',
                validConfig({ [TABLES]: 'incident,problem', 'x_rescue_connect.incident.show_pin_button': 'false' })
            )
        ).toBe(false)
    })

    it('chooses a listed table with its customer field, or none', () => {
        expect(choosePinTable('change_request', SYS_ID, config)).toEqual({
            ok: true,
            value: { table: 'change_request', kind: 'task', customerField: 'requested_by', customerFieldProperty: FIELDS },
        })
        expect(choosePinTable('problem', SYS_ID, config)).toMatchObject({ ok: true, value: { kind: 'task', customerField: '' } })
    })

    it('refuses an unlisted table with a sentence naming the setting', () => {
        const refused = choosePinTable('sc_req_item', SYS_ID, config)
        expect(refused).toMatchObject({ ok: false, code: 'TABLE_NOT_SUPPORTED' })
        if (!refused.ok) expect(english(refused.message)).toContain(TABLES)
    })

    it('writes a PIN note without a customer when the table names none', () => {
        expect(english(pinWorkNote({ pin: '123456', technicianName: 'Jane Doe', customerName: '' }))).toBe(
            'Rescue PIN 123456 generated by Jane Doe.'
        )
    })
})
