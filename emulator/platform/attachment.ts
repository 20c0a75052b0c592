// GlideSysAttachment (scoped) over the emulated database: sys_attachment rows say which record a file hangs on,
// the Database keeps each file's content beside its row. Rules and sources: emulator/README.md, "Attachments".
//  - write(record, fileName, contentType, content) attaches to a stored record and returns the attachment's sys_id,
//    or null when nothing was added (a record that is not stored, a rule aborting the insert);
//  - getAttachments(table, sys_id) is a GlideRecord on sys_attachment (one query);
//  - getContent(attachment) gives the content as a string, up to 5 MB, for .csv, .json and .txt files only;
//  - deleteAttachment(sys_id) removes the row and its content.
// Everything else on the platform's class (copy, getContentBase64, getContentStream, writeBase64,
// writeContentStream, the attribute methods) throws "unsupported".
import { recordCore, type GlideRecordCore } from './glide-record.ts'
import type { Runtime } from './runtime.ts'
import { unsupported } from '../engine/unsupported.ts'

export const ATTACHMENT_TABLE = 'sys_attachment'

/** getContent "Returns up to 5MB of data": the emulator cuts at 5,000,000 bytes (the smaller reading of "5MB"). */
export const MAX_CONTENT_BYTES = 5_000_000

/** getContent "supports the following file types for attachments": CSV, JSON and text. */
const READABLE_EXTENSIONS = /\.(csv|json|txt)$/i

const UNSUPPORTED_METHODS = [
    'copy',
    'getContentBase64',
    'getContentStream',
    'writeBase64',
    'writeContentStream',
    'addAttribute',
    'addMultipleAttributes',
    'deleteAllAttributes',
    'deleteAttribute',
    'fetchAllAttributes',
    'fetchAttribute',
    'updateAllAttributes',
    'updateAttribute',
]

function attachmentRecord(value: unknown, method: string): GlideRecordCore {
    const core = recordCore(value)
    if (!core) throw new Error(`GlideSysAttachment.${method}: the argument must be a GlideRecord`)
    return core
}

/** The implementation behind `new GlideSysAttachment()` in scripts (exported so tests can trace what it touches). */
export class GlideSysAttachmentCore {
    readonly #runtime: Runtime
    readonly #newRecord: (table: string) => unknown

    constructor(runtime: Runtime, newRecord: (table: string) => unknown) {
        this.#runtime = runtime
        this.#newRecord = newRecord
    }

    write(record: unknown, fileName: string, contentType: string, content: string): string | null {
        const target = attachmentRecord(record, 'write')
        const table = target.getRecordClassName()
        const sysId = target.getUniqueValue()
        if (!sysId || !this.#runtime.db.get(table, sysId)) return null
        if (this.#runtime.db.scriptWriteAborted(ATTACHMENT_TABLE, 'insert')) return null
        const text = String(content ?? '')
        const result = this.#runtime.db.insertStored(
            ATTACHMENT_TABLE,
            {
                table_name: table,
                table_sys_id: sysId,
                file_name: String(fileName),
                content_type: String(contentType),
                size_bytes: String(Buffer.byteLength(text, 'utf8')),
            },
            this.#runtime.user().userName
        )
        if (!result.ok) return null
        this.#runtime.counters.inserts++
        this.#runtime.db.writeFile(result.sysId, text)
        return result.sysId
    }

    getAttachments(tableName: string, sysId: string): unknown {
        const list = this.#newRecord(ATTACHMENT_TABLE) as { addQuery(field: string, value: string): void; query(): void }
        list.addQuery('table_name', String(tableName))
        list.addQuery('table_sys_id', String(sysId))
        list.query()
        return list
    }

    getContent(attachment: unknown): string {
        const record = attachmentRecord(attachment, 'getContent')
        const sysId = record.getUniqueValue()
        const row = record.getTableName() === ATTACHMENT_TABLE && sysId ? this.#runtime.db.get(ATTACHMENT_TABLE, sysId) : undefined
        if (!row) throw new Error('GlideSysAttachment.getContent: the argument must be a sys_attachment record positioned on an attachment')
        if (!READABLE_EXTENSIONS.test(row.file_name ?? ''))
            unsupported(`GlideSysAttachment.getContent of ${row.file_name} (documented for .csv, .json and .txt files only)`)
        this.#runtime.counters.queries++
        const bytes = Buffer.from(this.#runtime.db.file(sysId) ?? '', 'utf8')
        return bytes.length <= MAX_CONTENT_BYTES ? bytes.toString('utf8') : bytes.subarray(0, MAX_CONTENT_BYTES).toString('utf8')
    }

    deleteAttachment(sysId: string): void {
        if (this.#runtime.db.delete(ATTACHMENT_TABLE, String(sysId))) this.#runtime.counters.deletes++
    }
}

/** The `GlideSysAttachment` constructor scripts see. */
export function createGlideSysAttachmentClass(runtime: Runtime, newRecord: (table: string) => unknown) {
    return function GlideSysAttachment(this: unknown) {
        const core = new GlideSysAttachmentCore(runtime, newRecord)
        const api: Record<string, unknown> = {
            write: (record: unknown, fileName: string, contentType: string, content: string) =>
                core.write(record, fileName, contentType, content),
            getAttachments: (tableName: string, sysId: string) => core.getAttachments(tableName, sysId),
            getContent: (attachment: unknown) => core.getContent(attachment),
            deleteAttachment: (sysId: string) => core.deleteAttachment(sysId),
        }
        for (const method of UNSUPPORTED_METHODS) api[method] = () => unsupported(`GlideSysAttachment.${method}`)
        return api
    }
}
