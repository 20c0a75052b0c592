// The platform's Table API and Attachment API as an authenticated caller meets them, far enough to show what an
// account can read, write and delete through them (rules and sources: emulator/README.md, "Table and Attachment
// APIs"; tests in test/emulator/table-api.test.ts):
//  - basic authentication, else 401; a table whose "Allow access to this table via web services" is off
//    (sys_db_object.ws_access false) answers 403 to every Table API request;
//  - every read, write, create and delete goes through the caller's ACLs as GlideRecordSecure does (query ACLs
//    included): rows they may not read are not listed and a record they may not read is 404; fields they may not
//    read are left out of the answer; a create, write or delete their ACLs refuse is 403;
//  - the Attachment API lists and serves sys_attachment rows the caller may read, and uploads a file only for a
//    caller who may create sys_attachment records and read and write the target record (else 404 for the record);
//    a delete needs the sys_attachment delete ACLs and write access to the record the file hangs on.
// Only the methods listed here are served; anything else is 400 (no such resource).
import { ATTACHMENT_TABLE } from './attachment.ts'
import { GlideRecordCore } from './glide-record.ts'
import type { Row } from '../engine/loader.ts'
import type { Runtime } from './runtime.ts'
import type { SessionUser } from './session-user.ts'

export interface PlatformApiRequest {
    method: string
    /** Path without the query string. */
    path: string
    query: URLSearchParams
    body: string
    headers: Record<string, string>
}

export interface PlatformApiResult {
    status: number
    headers: Record<string, string>
    body: string
}

const TABLE_PATH = /^\/api\/now(?:\/v[12])?\/table\/([A-Za-z0-9_]+)(?:\/([0-9a-f]{32}))?\/?$/
const ATTACHMENT_PATH = /^\/api\/now(?:\/v1)?\/attachment(?:\/(file|[0-9a-f]{32}))?(?:\/(file))?\/?$/

/** Whether the path is one of the platform's own REST APIs emulated here (the Table API or the Attachment API). */
export function isPlatformApi(path: string): boolean {
    return TABLE_PATH.test(path) || ATTACHMENT_PATH.test(path)
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): PlatformApiResult => ({
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? '' : JSON.stringify(body),
})

const error = (status: number, message: string, detail: string) => json(status, { error: { message, detail }, status: 'failure' })

/** The values of a row the caller may see: every field except those their ACLs hide, as the API answers them. */
function visibleFields(record: GlideRecordCore, fields: string[] | null): Record<string, string> {
    const row: Row = record.heldRow() ?? { sys_id: '' }
    const hidden = new Set(record.unreadableFields())
    const out: Record<string, string> = {}
    for (const name of Object.keys(row)) {
        if (hidden.has(name) || (fields && !fields.includes(name))) continue
        out[name] = row[name] ?? ''
    }
    return out
}

function bodyFields(body: string): Record<string, unknown> | null {
    try {
        const parsed = JSON.parse(body || '{}')
        return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : null
    } catch {
        return null
    }
}

function webServiceAccess(runtime: Runtime, table: string): boolean {
    const definition = runtime.db.rows('sys_db_object').find((row) => row.name === table)
    return definition?.ws_access !== 'false'
}

function secure(runtime: Runtime, table: string): GlideRecordCore {
    return new GlideRecordCore(runtime, table, true)
}

function serveTable(runtime: Runtime, request: PlatformApiRequest, table: string, sysId: string | undefined): PlatformApiResult {
    if (!runtime.db.schema.has(table)) return error(400, 'Invalid table', `Table ${table} does not exist`)
    if (!webServiceAccess(runtime, table))
        return error(
            403,
            'User Not Authorized',
            `Web service access to table ${table} is not allowed (Allow access to this table via web services is off)`
        )
    const fieldList = request.query.get('sysparm_fields')
    const fields = fieldList ? fieldList.split(',').map((name) => name.trim()) : null
    const method = request.method.toUpperCase()
    if (method === 'GET' && !sysId) {
        const list = secure(runtime, table)
        const query = request.query.get('sysparm_query')
        if (query) list.addEncodedQuery(query)
        const limit = request.query.get('sysparm_limit')
        if (limit && /^\d+$/.test(limit)) list.setLimit(Number(limit))
        list.query()
        const result: Record<string, string>[] = []
        while (list.next()) result.push(visibleFields(list, fields))
        return json(200, { result })
    }
    if (method === 'POST' && !sysId) {
        const values = bodyFields(request.body)
        if (!values) return error(400, 'Exception while reading request', 'The payload is not valid JSON.')
        const record = secure(runtime, table)
        record.initialize()
        for (const [name, value] of Object.entries(values)) if (record.isValidField(name)) record.setValue(name, value)
        const created = record.insert()
        if (!created) return error(403, 'Operation Failed', 'Error during insert of ' + table + ' (security constraints)')
        return json(201, { result: visibleFields(record, fields) })
    }
    if (!sysId) return error(400, 'Requested URI does not represent any resource', `${method} ${request.path}`)
    const record = secure(runtime, table)
    if (!record.get(sysId)) return error(404, 'No Record found', "Record doesn't exist or ACL restricts the record retrieval")
    if (method === 'GET') return json(200, { result: visibleFields(record, fields) })
    if (method === 'PUT' || method === 'PATCH') {
        const values = bodyFields(request.body)
        if (!values) return error(400, 'Exception while reading request', 'The payload is not valid JSON.')
        for (const [name, value] of Object.entries(values)) if (record.isValidField(name)) record.setValue(name, value)
        if (!record.update()) return error(403, 'Operation Failed', 'Error during update of ' + table + ' (security constraints)')
        return json(200, { result: visibleFields(record, fields) })
    }
    if (method === 'DELETE') {
        if (!record.deleteRecord()) return error(403, 'Operation Failed', 'Error during delete of ' + table + ' (security constraints)')
        return json(204, undefined, {})
    }
    return error(405, 'Method not Supported', `${method} is not supported by the Table API`)
}

/** The record an attachment hangs on, when the caller may do `operation` on it (read, or write). */
function targetAllows(runtime: Runtime, table: string, sysId: string, operation: 'read' | 'write'): boolean {
    if (!runtime.db.schema.has(table)) return false
    const row = runtime.db.get(table, sysId)
    if (!row) return false
    const user = runtime.user()
    const rowClass = row.sys_class_name || table
    return (
        runtime.acl.canAccessRecord(user, rowClass, 'read', row) &&
        (operation === 'read' || runtime.acl.canAccessRecord(user, rowClass, 'write', row))
    )
}

function serveAttachment(
    runtime: Runtime,
    request: PlatformApiRequest,
    first: string | undefined,
    second: string | undefined
): PlatformApiResult {
    const method = request.method.toUpperCase()
    if (method === 'POST' && first === 'file' && !second) {
        const table = request.query.get('table_name') ?? ''
        const tableSysId = request.query.get('table_sys_id') ?? ''
        const fileName = request.query.get('file_name') ?? ''
        if (!table || !tableSysId || !fileName)
            return error(400, 'Missing parameters', 'table_name, table_sys_id and file_name are mandatory')
        const user = runtime.user()
        if (!targetAllows(runtime, table, tableSysId, 'write'))
            return error(404, 'Record not found', 'The record does not exist or is not accessible to the current user')
        if (!runtime.acl.canAccessRecord(user, ATTACHMENT_TABLE, 'create', undefined))
            return error(403, 'Operation Failed', 'Error during insert of sys_attachment (security constraints)')
        const sysId = runtime.db.insert(
            ATTACHMENT_TABLE,
            { table_name: table, table_sys_id: tableSysId, file_name: fileName, content_type: request.headers['content-type'] ?? '' },
            user.userName
        )
        runtime.counters.inserts++
        runtime.db.writeFile(sysId, request.body)
        return json(201, { result: runtime.db.get(ATTACHMENT_TABLE, sysId) }, { location: `/api/now/attachment/${sysId}` })
    }
    if (method === 'GET' && !first) {
        const list = secure(runtime, ATTACHMENT_TABLE)
        const query = request.query.get('sysparm_query')
        if (query) list.addEncodedQuery(query)
        list.query()
        const result: Record<string, string>[] = []
        while (list.next()) result.push(visibleFields(list, null))
        return json(200, { result })
    }
    if (!first || first === 'file') return error(400, 'Requested URI does not represent any resource', `${method} ${request.path}`)
    const attachment = secure(runtime, ATTACHMENT_TABLE)
    if (!attachment.get(first)) return error(404, 'Record not found', 'The attachment does not exist or the current user cannot access it')
    const row = attachment.heldRow() as Row
    if (method === 'GET' && second === 'file') {
        return {
            status: 200,
            headers: { 'content-type': row.content_type || 'application/octet-stream' },
            body: runtime.db.file(first) ?? '',
        }
    }
    if (method === 'GET' && !second) return json(200, { result: visibleFields(attachment, null) })
    if (method === 'DELETE' && !second) {
        if (!targetAllows(runtime, row.table_name ?? '', row.table_sys_id ?? '', 'write') || !attachment.deleteRecord()) {
            return error(403, 'Operation Failed', 'Error during delete of sys_attachment (security constraints)')
        }
        return json(204, undefined, {})
    }
    return error(405, 'Method not Supported', `${method} is not supported by the Attachment API`)
}

/** Serves a Table API or Attachment API request as `user` (already authenticated by the caller). */
export function servePlatformApi(
    runtime: Runtime,
    request: PlatformApiRequest,
    user: SessionUser,
    runAs: <T>(user: SessionUser, action: () => T) => T
): PlatformApiResult {
    return runAs(user, () => {
        const table = TABLE_PATH.exec(request.path)
        if (table) return serveTable(runtime, request, table[1]!, table[2])
        const attachment = ATTACHMENT_PATH.exec(request.path)!
        return serveAttachment(runtime, request, attachment[1], attachment[2])
    })
}
