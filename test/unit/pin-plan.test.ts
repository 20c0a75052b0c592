// The PIN's plan for every case the artifact tests drive through the built app (pin-generate, pin-failures,
// technician-identity): which failure the agent hears before Rescue is called, what to ask Rescue, what to record and
// note, which emails to send, and what the agent and the log are told once Rescue answered.
import { describe, expect, it } from 'vitest'
import { english } from '../fixtures/english'
import { validConfig } from '../fixtures/config'
import { parseConfig } from '../../src/server/core/config'
import {
    agentSsoId,
    choosePinTarget,
    pinIssued,
    pinRecords,
    pinRefused,
    planPin,
    usableSettings,
    type PinPlan,
    type PinRecord,
    type PinTarget,
    type PinTargetFacts,
} from '../../src/server/core/pin-plan'
import { message } from '../../src/shared/i18n'

const INCIDENT = '9f8e7d6c5b4a39281706f5e4d3c2b1a0'
const AGENT = 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0'
const TOKEN = '0123456789abcdef0123456789abcdef'
const READY = { 'x_rescue_connect.company_id': '123456', 'x_rescue_connect.sso_password': 'sso-secret' }

function settings(values: Record<string, string> = {}) {
    return parseConfig((name) => ({ ...READY, ...values })[name as keyof typeof READY] ?? null)
}

function target(table = 'incident', values: Record<string, string> = {}, sysId = INCIDENT): PinTarget {
    const chosen = choosePinTarget({ table, sysId, hasUserRole: true, settings: settings(values) })
    if (!chosen.ok) throw new Error(chosen.code)
    return chosen.value
}

const RECORD: PinRecord = {
    number: 'INC0010001',
    shortDescription: 'Printer offline',
    active: true,
    customerName: 'John Smith',
    customerEmail: 'john.smith@example.org',
    customerLanguage: 'nl',
    writeAccess: { record: true, workNotes: true },
}

function facts(overrides: Partial<PinTargetFacts> = {}): PinTargetFacts {
    return {
        tableInstalled: true,
        customerFieldExists: true,
        record: RECORD,
        agent: { email: 'jane.doe@example.com', emailShared: false, sysId: AGENT, displayName: 'Jane Doe', language: 'de' },
        token: TOKEN,
        findReusablePin: () => null,
        ...overrides,
    }
}

function planned(t: PinTarget = target(), given: Partial<PinTargetFacts> = {}): PinPlan {
    const plan = planPin(t, facts(given))
    if (!plan.ok) throw new Error(plan.code)
    return plan.value
}

function failureCode(t: PinTarget, given: Partial<PinTargetFacts>): string {
    const plan = planPin(t, facts(given))
    return plan.ok ? 'none' : plan.code
}

describe('before any record is read', () => {
    it('without the role, nothing else is looked at', () => {
        expect(choosePinTarget({ table: 'incident', sysId: INCIDENT, hasUserRole: false, settings: settings() })).toMatchObject({
            ok: false,
            code: 'NO_ROLE',
        })
    })
    it('integration off is the answer even with another setting invalid; then invalid, then incomplete settings', () => {
        expect(usableSettings(settings({ 'x_rescue_connect.enabled': 'false', 'x_rescue_connect.company_id': 'acme' }))).toMatchObject({
            ok: false,
            code: 'INTEGRATION_DISABLED',
        })
        const invalid = usableSettings(settings({ 'x_rescue_connect.company_id': 'acme' }))
        expect(invalid).toMatchObject({ ok: false, code: 'SETTINGS_INVALID' })
        expect(!invalid.ok && english(invalid.message)).toContain('x_rescue_connect.company_id')
        const empty = usableSettings(parseConfig(() => null))
        expect(empty).toMatchObject({ ok: false, code: 'SETTINGS_INCOMPLETE' })
        expect(!empty.ok && english(empty.message)).toContain('x_rescue_connect.company_id and x_rescue_connect.sso_password')
        expect(usableSettings(settings())).toEqual({ ok: true, value: validConfig(READY) })
    })
    it("the table's button switched off, a table other than incident or case, a malformed sys_id", () => {
        const request = { sysId: INCIDENT, hasUserRole: true }
        expect(
            choosePinTarget({
                ...request,
                table: 'sn_customerservice_case',
                settings: settings({ 'x_rescue_connect.case.show_pin_button': 'false' }),
            })
        ).toMatchObject({ code: 'BUTTON_DISABLED' })
        expect(choosePinTarget({ ...request, table: 'sys_user', settings: settings() })).toMatchObject({ code: 'TABLE_NOT_SUPPORTED' })
        expect(choosePinTarget({ ...request, table: 'incident', sysId: "' OR 1=1", settings: settings() })).toMatchObject({
            code: 'BAD_REQUEST',
        })
    })
    it('picks the customer field the settings name for the table', () => {
        expect(target('sn_customerservice_case').pinTable).toEqual({
            table: 'sn_customerservice_case',
            kind: 'case',
            customerField: 'contact',
            customerFieldProperty: 'x_rescue_connect.case.contact_field',
        })
        expect(target('incident', { 'x_rescue_connect.incident.caller_field': 'u_customer' }).pinTable.customerField).toBe('u_customer')
    })
})

describe('what the platform read for the table', () => {
    it('fails in this order: table not installed, customer field missing (naming the setting, not its value), record missing, closed or read-only, agent email, customer', () => {
        const t = target()
        expect(failureCode(target('sn_customerservice_case'), { tableInstalled: false, customerFieldExists: false, record: null })).toBe(
            'TABLE_NOT_INSTALLED'
        )
        const misconfigured = planPin(
            target('incident', { 'x_rescue_connect.incident.caller_field': 'u_customer' }),
            facts({ customerFieldExists: false, record: null })
        )
        expect(misconfigured).toMatchObject({ ok: false, code: 'SETTINGS_INVALID' })
        const sentence = misconfigured.ok ? '' : english(misconfigured.message)
        expect(sentence).toContain('x_rescue_connect.incident.caller_field')
        expect(sentence).not.toContain('u_customer')
        expect(failureCode(t, { record: null })).toBe('RECORD_NOT_FOUND')
        expect(failureCode(t, { record: { ...RECORD, active: false } })).toBe('RECORD_INACTIVE')
        expect(failureCode(t, { record: { ...RECORD, active: false, writeAccess: { record: false, workNotes: false } } })).toBe(
            'RECORD_INACTIVE'
        )
        expect(
            failureCode(t, {
                record: { ...RECORD, writeAccess: { record: false, workNotes: true } },
                agent: { ...facts().agent, email: '' },
            })
        ).toBe('RECORD_READ_ONLY')
        expect(failureCode(t, { agent: { ...facts().agent, email: '' }, record: { ...RECORD, customerName: '' } })).toBe('NO_EMAIL')
        expect(failureCode(t, { agent: { ...facts().agent, emailShared: true } })).toBe('EMAIL_NOT_UNIQUE')
        expect(failureCode(t, { record: { ...RECORD, customerName: '' } })).toBe('NO_CUSTOMER')
    })
    it('no customer names the caller or contact, or the configured field', () => {
        const noCustomer = (t: PinTarget) => {
            const plan = planPin(t, facts({ record: { ...RECORD, customerName: '' } }))
            return plan.ok ? '' : english(plan.message)
        }
        expect(noCustomer(target())).toContain('caller')
        expect(noCustomer(target('sn_customerservice_case'))).toContain('contact')
        expect(noCustomer(target('incident', { 'x_rescue_connect.incident.caller_field': 'u_customer' }))).toContain('u_customer')
    })
    it('a shared email answers that it is shared, naming it', () => {
        const shared = agentSsoId({ email: 'jane.doe@example.com', emailShared: true })
        expect(shared).toMatchObject({ ok: false, code: 'EMAIL_NOT_UNIQUE' })
        expect(!shared.ok && english(shared.message)).toContain('jane.doe@example.com')
        expect(agentSsoId({ email: 'jane.doe@example.com', emailShared: false })).toEqual({ ok: true, value: 'jane.doe@example.com' })
    })
})

describe('the plan for a PIN', () => {
    it('for an incident: asks Rescue as the agent with the customer, the record and the tracking value; records the row; no email by default', () => {
        const plan = planned()
        expect(plan.rescue).toEqual({
            region: 'global',
            companyId: '123456',
            ssoPassword: 'sso-secret',
            ssoId: 'jane.doe@example.com',
            customerName: 'John Smith',
            recordNumber: 'INC0010001',
            shortDescription: 'Printer offline',
            tracking: `${INCIDENT}.${TOKEN.slice(0, 24)}`,
        })
        expect(plan).toMatchObject({
            table: 'incident',
            technicianSysId: AGENT,
            host: 'secure.logmeinrescue.com',
            timeoutMs: 10000,
            emails: [],
            customerEmailMissing: false,
        })
        expect(plan.session).toEqual({
            taskSysId: INCIDENT,
            tracking: plan.rescue.tracking,
            technicianSysId: AGENT,
            technicianName: 'Jane Doe',
            technicianEmail: 'jane.doe@example.com',
            customerName: 'John Smith',
        })
        expect(plan.logs).toEqual([
            { level: 'debug', text: 'PIN requested for incident INC0010001 by jane.doe@example.com on secure.logmeinrescue.com' },
        ])
    })
    it('two PINs on one record get different tracking values', () => {
        expect(planned(target(), { token: 'fedcba9876543210fedcba9876543210' }).rescue.tracking).not.toBe(planned().rescue.tracking)
    })
    it('the EU region asks the EU host; the configured timeout is used', () => {
        const plan = planned(target('incident', { 'x_rescue_connect.region.eu': 'true', 'x_rescue_connect.http.timeout_ms': '15000' }))
        expect([plan.host, plan.timeoutMs]).toEqual(['secure.logmeinrescue.eu', 15000])
    })
    it('an agent without a display name is named by their SSO ID', () => {
        expect(planned(target(), { agent: { ...facts().agent, displayName: '' } }).session.technicianName).toBe('jane.doe@example.com')
    })
    it('emails when switched on: the technician in their session language, the customer at their address in theirs', () => {
        const plan = planned(target('incident', { 'x_rescue_connect.email.technician': 'true', 'x_rescue_connect.email.customer': 'true' }))
        expect(plan.emails).toEqual([
            { to: 'technician', recipient: AGENT, language: 'de' },
            { to: 'customer', recipient: 'john.smith@example.org', language: 'nl' },
        ])
    })
    it('a new PIN is asked for unless an unused one is reusable: then it is shown again, naming when it was issued, and logged as shown again', () => {
        expect(planned().reuse).toBeNull()
        const shown = { pin: '012345', sessionId: 'a'.repeat(32), issuedAtDisplay: '2026-12-08 10:00:00' }
        const plan = planned(target(), { findReusablePin: () => shown })
        expect(plan.reuse).toEqual({
            shown,
            answer: [message('pin.success.reused', shown.issuedAtDisplay), message('pin.success.tell_customer', shown.pin)],
        })
        expect(plan.logs.map((line) => line.text)).toEqual([
            `PIN shown again for incident INC0010001 (jane.doe@example.com); session ${shown.sessionId}`,
        ])
    })
    it('a reusable PIN does not hide a refusal: a closed record is still refused', () => {
        const closed = planPin(
            target(),
            facts({
                record: { ...RECORD, active: false },
                findReusablePin: () => ({ pin: '012345', sessionId: 'b'.repeat(32), issuedAtDisplay: 'x' }),
            })
        )
        expect(closed.ok).toBe(false)
    })
    it('an agent who may not write the record, or not its work notes, gets RECORD_READ_ONLY: no Rescue call, no row, no note, no email', () => {
        const emailing = target('incident', { 'x_rescue_connect.email.technician': 'true', 'x_rescue_connect.email.customer': 'true' })
        const readOnlyRecord = planPin(emailing, facts({ record: { ...RECORD, writeAccess: { record: false, workNotes: true } } }))
        const readOnlyNotes = planPin(emailing, facts({ record: { ...RECORD, writeAccess: { record: true, workNotes: false } } }))
        // A failure result carries no plan: nothing to ask Rescue, no session row, no note, no email.
        for (const refused of [readOnlyRecord, readOnlyNotes]) {
            expect(refused).toEqual({ ok: false, code: 'RECORD_READ_ONLY', message: message('pin.error.record_read_only') })
        }
        const reusable = planPin(
            emailing,
            facts({
                record: { ...RECORD, writeAccess: { record: true, workNotes: false } },
                findReusablePin: () => ({ pin: '012345', sessionId: 'c'.repeat(32), issuedAtDisplay: 'x' }),
            })
        )
        expect(reusable).toMatchObject({ ok: false, code: 'RECORD_READ_ONLY' })
    })
    it('the reuse look-up (a query) is asked only once no refusal was found', () => {
        let asked = 0
        const findReusablePin = () => {
            asked++
            return null
        }
        planPin(target(), facts({ record: { ...RECORD, active: false }, findReusablePin }))
        planPin(target(), facts({ record: { ...RECORD, writeAccess: { record: false, workNotes: true } }, findReusablePin }))
        planPin(target(), facts({ record: { ...RECORD, customerName: '' }, findReusablePin }))
        expect(asked).toBe(0)
        planned(target(), { findReusablePin })
        expect(asked).toBe(1)
    })
    it('a customer without an email gets none, and the agent is told', () => {
        const plan = planned(target('incident', { 'x_rescue_connect.email.customer': 'true' }), {
            record: { ...RECORD, customerEmail: '' },
        })
        expect([plan.emails, plan.customerEmailMissing]).toEqual([[], true])
        const issued = pinIssued(plan, '012345', { sessionSysId: 'b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0', workNoteAdded: true })
        expect(issued.answer.ok && issued.answer.value.map(english).join(' ')).toContain('no email address')
    })
})

describe('once Rescue answered', () => {
    it('a PIN: the row with the PIN, the note naming PIN, technician and customer, and the agent told what to say and what was emailed', () => {
        const plan = planned(target('incident', { 'x_rescue_connect.email.customer': 'true' }))
        const records = pinRecords(plan, '012345')
        expect(records.session).toEqual({ ...plan.session, pin: '012345' })
        expect(english(records.note)).toBe('Rescue PIN 012345 generated by Jane Doe for John Smith.')
        const issued = pinIssued(plan, '012345', { sessionSysId: 'b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0', workNoteAdded: true })
        expect(issued.answer.ok && issued.answer.value.map(english)).toEqual([
            expect.stringContaining('012345'),
            'The customer was also emailed the link and the PIN.',
        ])
        expect(issued.logs).toEqual([
            { level: 'debug', text: 'PIN issued for incident INC0010001; session b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0' },
        ])
    })
    it('the session row cannot be inserted: SAVE_FAILED and an error in the log', () => {
        const issued = pinIssued(planned(), '012345', { sessionSysId: '', workNoteAdded: false })
        expect(issued.answer).toMatchObject({ ok: false, code: 'SAVE_FAILED' })
        expect(issued.logs).toEqual([
            { level: 'error', text: 'Rescue issued a PIN for incident INC0010001 but the session row could not be inserted' },
        ])
    })
    it('the record refuses the work note: the PIN stands, the agent and the log are told', () => {
        const issued = pinIssued(planned(), '012345', { sessionSysId: 'b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0', workNoteAdded: false })
        expect(issued.answer.ok && issued.answer.value.map(english).join(' ')).toContain('The work note could not be added')
        expect(issued.logs[0]).toEqual({
            level: 'error',
            text: expect.stringContaining('INC0010001, but the record refused its work note'),
        })
    })
    it("no PIN: Rescue's code, a sentence naming the SSO ID, timeout or host as it needs, and a warning naming the code", () => {
        const plan = planned()
        const invalid = pinRefused(plan, { kind: 'rescue', code: 'INVALIDSSOID' })
        expect(invalid.failure).toMatchObject({ ok: false, code: 'INVALIDSSOID' })
        expect(english(invalid.failure.message)).toContain('jane.doe@example.com')
        expect(invalid.logs).toEqual([{ level: 'warn', text: 'No PIN for incident INC0010001 (jane.doe@example.com): INVALIDSSOID' }])
        const timeout = pinRefused(plan, { kind: 'timeout' })
        expect(timeout.failure.code).toBe('RESCUE_TIMEOUT')
        expect(english(timeout.failure.message)).toMatch(/10 s.*secure\.logmeinrescue\.com|secure\.logmeinrescue\.com.*10/)
        expect(pinRefused(plan, { kind: 'unknown', answer: 'SOMETHING_NEW' }).failure).toMatchObject({ code: 'RESCUE_UNKNOWN_ANSWER' })
        expect(pinRefused(plan, { kind: 'unreadable' }).failure.code).toBe('RESCUE_UNREADABLE_ANSWER')
        expect(pinRefused(plan, { kind: 'unreachable', reason: 'DNS' }).failure.code).toBe('RESCUE_UNREACHABLE')
        expect(pinRefused(plan, { kind: 'http', status: 502 }).failure.code).toBe('RESCUE_HTTP_ERROR')
    })
})
