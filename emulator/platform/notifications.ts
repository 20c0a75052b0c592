// Event-triggered email notifications as the platform sends them: the event processor hands each
// queued, registered event to the active notifications (sysevent_email_action) for its name and
// table; each notification collects its recipients from its recipient settings, drops inactive
// users and users without an email address, drops the event's creator unless "Send to event
// creator" (send_self) is set, and renders its subject and body (${field}, ${event.parmN},
// ${mail_script:name}) against the record as it is when the event is processed; a mail script may
// replace the subject line (email.setSubject).
// Sources: emulator/README.md, "Platform rules" (notifications and events).
import type { Row } from '../engine/loader.ts'
import type { Database } from '../engine/db.ts'
import { conditionsMatch, parseEncodedQuery } from '../engine/query.ts'
import type { EventEntry } from './runtime.ts'
import { unsupported } from '../engine/unsupported.ts'

export interface SentEmail {
    /** The notification's name (sysevent_email_action.name). */
    notification: string
    event: string
    table: string
    sysId: string
    /** Email addresses, in the order the recipient settings name them, each once. */
    recipients: string[]
    subject: string
    body: string
}

/** What rendering needs from the instance: a record as scripts see it, and the script world. */
export interface NotificationHost {
    readonly db: Database
    record(table: string, sysId: string): { getDisplayValue(field: string): string; isValidField(field: string): boolean } | null
    runScript(source: string, variables: Record<string, unknown>): unknown
}

const isTrue = (value: string | undefined) => value === 'true' || value === '1'

interface Recipient {
    address: string
    userId: string
}

/** One entry of a recipient list: a sys_user sys_id or an email address; anything else reaches nobody. */
function resolveRecipient(db: Database, entry: string): Recipient | null {
    const token = entry.trim()
    if (token === '') return null
    const user = db.get('sys_user', token)
    if (user) {
        // "Your notification recipients must be active users and have a valid email address defined."
        if (!isTrue(user.active) || !(user.email ?? '').includes('@')) return null
        return { address: user.email!, userId: user.sys_id }
    }
    if (!token.includes('@')) return null
    // An address that belongs only to inactive users is an inactive user's (not documented for addresses: the stricter reading).
    const owners = db.rows('sys_user').filter((candidate) => (candidate.email ?? '').toLowerCase() === token.toLowerCase())
    const owner = owners.find((candidate) => isTrue(candidate.active))
    if (owners.length > 0 && !owner) return null
    return { address: token, userId: owner?.sys_id ?? '' }
}

function recipientEntries(db: Database, notification: Row, event: EventEntry, row: Row): string[] {
    if ((notification.recipient_groups ?? '') !== '') unsupported('notification recipient_groups')
    const entries: string[] = []
    if (isTrue(notification.event_parm_1)) entries.push(...event.parm1.split(','))
    if (isTrue(notification.event_parm_2)) entries.push(...event.parm2.split(','))
    entries.push(...(notification.recipient_users ?? '').split(','))
    for (const field of (notification.recipient_fields ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)) {
        const column = db.schema.column(row.sys_class_name || event.table, field)
        if (!column) continue
        if (column.reference && column.reference !== 'sys_user' && !db.schema.ancestry(column.reference).includes('sys_user'))
            unsupported(`notification recipient field ${field} referencing ${column.reference}`)
        entries.push(row[field] ?? '')
    }
    return entries
}

function recipients(db: Database, notification: Row, event: EventEntry, row: Row): string[] {
    const creator = db.get('sys_user', event.userId)
    const creatorEmail = (creator?.email ?? '').toLowerCase()
    const sendToCreator = isTrue(notification.send_self)
    const seen = new Set<string>()
    const addresses: string[] = []
    for (const entry of recipientEntries(db, notification, event, row)) {
        const recipient = resolveRecipient(db, entry)
        if (!recipient) continue
        const isCreator =
            (recipient.userId !== '' && recipient.userId === event.userId) ||
            (creatorEmail !== '' && recipient.address.toLowerCase() === creatorEmail)
        if (isCreator && !sendToCreator) continue
        const key = recipient.address.toLowerCase()
        if (seen.has(key)) continue
        seen.add(key)
        addresses.push(recipient.address)
    }
    return addresses
}

/**
 * The mail script's `email` object (GlideEmailOutbound - Scoped): getSubject and setSubject, which
 * replaces the notification's subject line. Any other method is unsupported here.
 */
interface Outbound {
    subject: string
}

function emailObject(outbound: Outbound): object {
    const known: Record<string, unknown> = {
        getSubject: () => outbound.subject,
        setSubject: (subject: unknown) => {
            outbound.subject = String(subject)
        },
    }
    return new Proxy(known, {
        get: (target, name) =>
            typeof name === 'string' && !(name in target) ? () => unsupported(`email.${name} in a mail script`) : target[name as string],
    })
}

/** Replaces ${field}, ${event.parm1}, ${event.parm2} and ${mail_script:name}; any other variable is unsupported. */
function render(host: NotificationHost, template: string, notification: Row, event: EventEntry, outbound: Outbound): string {
    const current = host.record(event.table, event.sysId)
    return template.replace(/\$\{([^}]*)\}/g, (_whole, variable: string) => {
        const name = variable.trim()
        if (name === 'event.parm1') return event.parm1
        if (name === 'event.parm2') return event.parm2
        if (name.startsWith('mail_script:')) {
            const scriptName = name.slice('mail_script:'.length)
            const script = host.db.rows('sys_script_email').find((row) => row.name === scriptName)
            if (!script) unsupported(`mail script ${scriptName} (none ships with that name)`)
            const printed: string[] = []
            host.runScript(script!.script ?? '', {
                current,
                template: { print: (text: unknown) => printed.push(String(text)) },
                email: emailObject(outbound),
                email_action: notification,
                event: { name: event.name, parm1: event.parm1, parm2: event.parm2, table: event.table, instance: event.sysId },
            })
            return printed.join('')
        }
        if (current && /^[a-z0-9_]+$/.test(name) && current.isValidField(name)) return current.getDisplayValue(name)
        return unsupported(`notification variable \${${name}}`)
    })
}

/** The emails one processed event produces (none for an unregistered event, as the platform's processor ignores it). */
export function emailsForEvent(host: NotificationHost, event: EventEntry): SentEmail[] {
    const { db } = host
    const registered = db.rows('sysevent_register').some((row) => row.event_name === event.name)
    if (!registered) return []
    const row = event.sysId ? db.get(event.table, event.sysId) : undefined
    if (!row) return []
    const tables = db.schema.ancestry(row.sys_class_name || event.table)
    const emails: SentEmail[] = []
    for (const notification of db.rows('sysevent_email_action')) {
        if (!isTrue(notification.active) || notification.generation_type !== 'event' || notification.event_name !== event.name) continue
        if (!tables.includes(notification.collection ?? '')) continue
        if ((notification.advanced_condition ?? '').trim() !== '') unsupported('notification advanced_condition')
        if ((notification.condition ?? '') !== '') {
            const { groups } = parseEncodedQuery(notification.condition!)
            if (!groups.some((conditions) => conditionsMatch(conditions, (field) => row[field] ?? ''))) continue
        }
        const to = recipients(db, notification, event, row)
        if (to.length === 0) continue
        const html = (notification.content_type ?? 'text/html') === 'text/html'
        // The subject line first; a mail script in the body may replace it (email.setSubject).
        const outbound: Outbound = { subject: '' }
        outbound.subject = render(host, notification.subject ?? '', notification, event, outbound)
        const body = render(
            host,
            (html ? notification.message_html : notification.message_text) || notification.message || '',
            notification,
            event,
            outbound
        )
        emails.push({
            notification: notification.name ?? '',
            event: event.name,
            table: event.table,
            sysId: event.sysId,
            recipients: to,
            subject: outbound.subject,
            body,
        })
    }
    return emails
}
