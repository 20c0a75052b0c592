// Reads the task record (incident, case, problem, …) a PIN is for, as the agent is allowed to see it, and writes what a
// PIN leaves behind: the session row and the email events (its work note: platform/work-notes.ts).
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

/** Installed and extending task (GlideTableHierarchy.getTables: the table and every table it extends). */
export function isTaskTable(table: string): boolean {
    return tableInstalled(table) && new GlideTableHierarchy(table).getTables().indexOf('task') >= 0
}

/** A field of the table, or a dot-walk whose every step but the last is a reference field (request_item.requested_for). */
export function tableHasField(table: string, path: string): boolean {
    let record = new GlideRecord(table)
    const steps = path.split('.')
    for (let i = 0; i < steps.length; i++) {
        if (!record.isValidField(steps[i]!)) return false
        if (i === steps.length - 1) return true
        const referenced = record.getElement(steps[i]!).getReferenceTable()
        if (!referenced) return false
        record = new GlideRecord(referenced)
    }
    return false
}

/** Follows a dot-walk to the record holding its last field; null when a reference on the way is empty. One query per step. */
function holderOf(record: GlideRecord, path: string): { holder: GlideRecord; field: string } | null {
    const steps = path.split('.')
    let holder = record
    for (let i = 0; i < steps.length - 1; i++) {
        if ((holder.getValue(steps[i]!) ?? '') === '') return null
        holder = holder.getElement(steps[i]!).getRefRecord()
        if (!holder.isValidRecord()) return null
    }
    return { holder, field: steps[steps.length - 1]! }
}

/**
 * The record through the agent's ACLs (GlideRecordSecure), or null when missing or not readable. `customerField` may
 * dot-walk (request_item.requested_for), or be '' for a table that names no customer.
 */
export function readPinRecord(table: string, sysId: string, customerField: string): PinRecord | null {
    const record = new GlideRecordSecure(table)
    if (!record.get(sysId) || !record.canRead()) return null
    const active = record.getValue('active')
    const found = customerField === '' ? null : holderOf(record, customerField)
    const customer = found === null ? '' : (found.holder.getValue(found.field) ?? '')
    let customerEmail = ''
    let customerLanguage = ''
    if (found !== null && customer !== '') {
        const customerRecord = found.holder.getElement(found.field).getRefRecord()
        if (customerRecord.isValidRecord()) {
            customerEmail = customerRecord.getValue('email') ?? ''
            customerLanguage = customerRecord.getValue('preferred_language') ?? ''
        }
    }
    return {
        number: record.getValue('number') ?? '',
        shortDescription: record.getValue('short_description') ?? '',
        active: isActiveValue(active),
        customerName: found === null || customer === '' ? '' : found.holder.getDisplayValue(found.field),
        customerEmail,
        customerLanguage: languageOrInstance(customerLanguage),
        writeAccess: { record: record.canWrite(), workNotes: record.getElement('work_notes').canWrite() },
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
