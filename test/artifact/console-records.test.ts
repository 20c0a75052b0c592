// A record created for a console-started session does not trust what the customer typed into Rescue:
// the caller (case: contact and account) is never set from a typed name or email — anyone can type
// anyone's — and what was typed is kept on the record as text, marked as given by the customer.
import { describe, expect, it } from 'vitest'
import { END_POST, START_POST } from '../fixtures/rescue-posts'
import { RENDERABLE, world } from './session-harness'

const CREATE = { 'x_rescue_connect.console_session.create_record': 'true' }
const CONSOLE = { ...START_POST, SessionID: '600000030', Tracking0: '', CField1: '' }
const MARK = 'Given by the customer in LogMeIn Rescue (not verified):'

describe('console records and what the customer typed', () => {
    it('an incident: no caller from a typed name or email that match a user; the typed text is on the record, marked', () => {
        const w = world({ settings: CREATE })
        const answer = w.post({ ...CONSOLE, CField0: 'John Smith', CField2: 'john.smith@example.com' })
        expect(answer.status).toBe(201)
        const created = w.instance.db.get('incident', answer.json.result.record.sys_id)!
        expect(created.caller_id ?? '').toBe('')
        expect(created.assigned_to).toBe(w.agent)
        expect(created.short_description).toBe('LogMeIn Rescue session 600000030 (Technician Console)')
        expect(created.description).toContain(`${MARK}\nCustomer name: John Smith\nCustom field 2: john.smith@example.com`)
        expect(w.instance.truncations).toEqual([])
    })

    it('a configured caller field is not set either', () => {
        const w = world({ settings: { ...CREATE, 'x_rescue_connect.incident.caller_field': 'opened_by' } })
        const answer = w.post({ ...CONSOLE, CField3: 'john.smith@example.com' })
        const created = w.instance.db.get('incident', answer.json.result.record.sys_id)!
        expect([created.opened_by ?? '', created.caller_id ?? '']).toEqual(['', ''])
    })

    it('a case: neither contact nor account from a typed contact email or name', () => {
        const w = world({ settings: { ...CREATE, 'x_rescue_connect.console_session.record_type': 'case' } })
        const account = w.instance.db.insert('customer_account', { name: 'Acme' })
        w.instance.db.insert('customer_contact', {
            user_name: 'ann.contact',
            email: 'ann@acme.example',
            first_name: 'Ann',
            last_name: 'Contact',
            name: 'Ann Contact',
            account,
        })
        const answer = w.post({ ...CONSOLE, CField0: 'Ann Contact', CField2: 'ann@acme.example' })
        expect(answer.status).toBe(201)
        const kase = w.instance.db.get('sn_customerservice_case', answer.json.result.record.sys_id)!
        expect([kase.contact ?? '', kase.account ?? '']).toEqual(['', ''])
        expect(kase.description).toContain(`${MARK}\nCustomer name: Ann Contact\nCustom field 2: ann@acme.example`)
    })

    it('typed markup stays text, and nothing typed is cut: a value that does not fit is named, not shortened', () => {
        const w = world({ settings: CREATE })
        const hostile = '[code]<img src=x onerror=alert(1)>[/code]'
        const answer = w.post({ ...CONSOLE, CField0: hostile, CField1: 'x'.repeat(3990), CField4: 'kept' })
        const description = w.instance.db.get('incident', answer.json.result.record.sys_id)!.description!
        expect(description).not.toMatch(RENDERABLE)
        expect(description).toContain('img src=x')
        expect(description.length).toBeLessThanOrEqual(4000)
        expect(description).toContain('Custom field 4: kept')
        expect(description).toContain('Custom field 1: (3990 characters, not shown here; the Rescue Session record keeps them)')
        expect(w.instance.truncations).toEqual([])
    })

    it('without typed fields the description says nothing was given; the end post keeps the same record', () => {
        const w = world({ settings: CREATE })
        const start = w.post({ ...CONSOLE, CField0: '', CField1: '' })
        const created = w.instance.db.get('incident', start.json.result.record.sys_id)!
        expect(created.description).not.toContain(MARK)
        const end = w.post({ ...END_POST, SessionID: '600000030', Tracking0: '' })
        expect(end.json.result.record.sys_id).toBe(created.sys_id)
    })
})
