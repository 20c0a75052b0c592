// Where secrets ended up: every log line, journal entry, row field (except password2 columns, which
// hold them encrypted), attachment content, event parameter, info message, outbound URL and email sent
// is searched for each secret.
import type { SentEmail } from './notifications.ts'
import type { Runtime } from './runtime.ts'

export interface SecretSighting {
    secret: string
    where: string
}

export function findSecrets(runtime: Runtime, secrets: string[], emails: readonly SentEmail[]): SecretSighting[] {
    const wanted = secrets.filter((secret) => secret !== '')
    const sightings: SecretSighting[] = []
    const check = (text: string, where: string) => {
        for (const secret of wanted) if (text.includes(secret)) sightings.push({ secret, where })
    }
    runtime.logs.forEach((entry, index) => check(entry.message, `log #${index} (${entry.level})`))
    runtime.messages.forEach((entry, index) => check(entry.message, `${entry.type} message #${index}`))
    runtime.events.forEach((event, index) => {
        check(event.parm1, `event #${index} ${event.name} parm1`)
        check(event.parm2, `event #${index} ${event.name} parm2`)
    })
    runtime.outbound.forEach((call, index) => check(call.endpoint, `outbound #${index} URL`))
    emails.forEach((email, index) => {
        check(email.subject, `email #${index} (${email.notification}) subject`)
        check(email.body, `email #${index} (${email.notification}) body`)
    })
    const schema = runtime.db.schema
    for (const table of schema.tableNames()) {
        for (const row of runtime.db.rowsOf(table)) {
            for (const [field, value] of Object.entries(row)) {
                const encrypted =
                    schema.column(table, field)?.type === 'password2' ||
                    (table === 'sys_properties' && field === 'value' && row.type === 'password2')
                if (!encrypted) check(value, `${table}.${field} of ${row.sys_id}`)
            }
        }
    }
    for (const attachment of runtime.db.rows('sys_attachment'))
        check(runtime.db.file(attachment.sys_id) ?? '', `content of attachment ${attachment.sys_id}`)
    return sightings
}
