// Reads the incident/case a PIN is for, as the agent is allowed to see it, and writes what a PIN
// leaves behind: the session row and the email events (its work note: platform/work-notes.ts).
import { isActiveValue } from '../core/pin-flow'
import { SESSION_TABLE } from '../core/names'
import { languageOrInstance } from './messages'
import { wholeValue } from '../core/session-columns'
import type { PinEmailRecipient, PinRecord, PinSessionRow } from '../core/pin-plan'

const EMAIL_EVENTS: { readonly [to in PinEmailRecipient]: string } = {
    technician: 'x_rescue_connect.pin.email_technician',
    customer: 'x_rescue_connect.pin.email_customer',
}

/** False when the table does not exist here (sn_customerservice_case without the CSM plugin). */
export function tableInstalled(table: string): boolean {
    return new GlideRecord(table).isValid()
}

export function tableHasField(table: string, field: string): boolean {
    return new GlideRecord(table).isValidField(field)
}

/** The record through the agent's ACLs (GlideRecordSecure), or null when missing or not readable. */
export function readPinRecord(table: string, sysId: string, customerField: string): PinRecord | null {
    const record = new GlideRecordSecure(table)
    if (!record.get(sysId) || !record.canRead()) return null
    const active = record.getValue('active')
    const customer = record.getValue(customerField) ?? ''
    let customerEmail = ''
    let customerLanguage = ''
    if (customer !== '') {
        const customerRecord = record.getElement(customerField).getRefRecord()
        if (customerRecord.isValidRecord()) {
            customerEmail = customerRecord.getValue('email') ?? ''
            customerLanguage = customerRecord.getValue('preferred_language') ?? ''
        }
    }
    return {
        number: record.getValue('number') ?? '',
        shortDescription: record.getValue('short_description') ?? '',
        active: isActiveValue(active),
        customerName: customer === '' ? '' : record.getDisplayValue(customerField),
        customerEmail,
        customerLanguage: languageOrInstance(customerLanguage),
    }
}

/** Inserts the session row (state pin_issued, source servicenow); null when the insert failed. */
export function insertPinSession(row: PinSessionRow): GlideRecord | null {
    const session = new GlideRecord(SESSION_TABLE)
    session.initialize()
    session.setValue('task', row.taskSysId)
    session.setValue('pin', row.pin)
    session.setValue('tracking_id', row.tracking)
    session.setValue('technician', row.technicianSysId)
    // A name or address too long for its column is left out rather than cut; Rescue's posts bring them again.
    session.setValue('tech_name', wholeValue(row.technicianName, 'tech_name') ?? '')
    session.setValue('tech_email', wholeValue(row.technicianEmail, 'tech_email') ?? '')
    session.setValue('tech_sso_id', wholeValue(row.technicianEmail, 'tech_sso_id') ?? '')
    session.setValue('customer_name', wholeValue(row.customerName, 'customer_name') ?? '')
    session.setValue('state', 'pin_issued')
    session.setValue('source', 'servicenow')
    return session.insert() ? session : null
}

/** parm1 is the recipient (a sys_user sys_id or an email address), as the notifications expect; parm2 the language to write in. */
export function queuePinEmail(to: PinEmailRecipient, session: GlideRecord, recipient: string, language: string): void {
    gs.eventQueue(EMAIL_EVENTS[to], session, recipient, language)
}
