// The platform's Table API and Attachment API as emulator/table-api.ts serves them (emulator/README.md, "Table and
// Attachment APIs"), each rule with its page:
//   TABLE_API  https://www.servicenow.com/docs/r/yokohama/api-reference/rest-apis/c_TableAPI.html
//   ATTACH_API https://www.servicenow.com/docs/r/yokohama/api-reference/rest-apis/c_AttachmentAPI.html
//   REST       https://www.servicenow.com/docs/r/yokohama/api-reference/rest-api-explorer/c_RESTAPI.html ("REST API table access")
import { describe, expect, it } from 'vitest'
import { fixtureInstance } from './fixture.ts'

function world() {
    const instance = fixtureInstance()
    instance.db.insert('sys_user_role', { name: 'reader' })
    instance.addAcl({ name: 'incident', operation: 'read', roles: ['reader'] })
    instance.addAcl({ name: 'incident', operation: 'write', roles: ['admin'] })
    instance.addAcl({ name: 'incident', operation: 'create', roles: ['admin'] })
    instance.addAcl({ name: 'incident', operation: 'delete', roles: ['admin'] })
    instance.addAcl({ name: 'incident.description', operation: 'read', roles: ['admin'] })
    instance.addUser({ user_name: 'reader', password: 'pw-reader', roles: ['reader'] })
    instance.addUser({ user_name: 'plain', password: 'pw-plain' })
    instance.addUser({ user_name: 'boss', password: 'pw-boss', roles: ['admin'] })
    const incident = instance.db.insert('incident', { short_description: 'Printer', description: 'secret floor' })
    const call = (user: string, method: string, path: string, body?: unknown) => {
        const result = instance.rest({
            method,
            path,
            headers: { 'Content-Type': 'application/json' },
            body: body === undefined ? '' : JSON.stringify(body),
            auth: { user, password: `pw-${user}` },
        })
        return { status: result.status, json: result.body ? JSON.parse(result.body) : undefined, raw: result.body }
    }
    return { instance, incident, call }
}

describe('Table API (TABLE_API: "The calling user must have sufficient roles to access the data"; REST "REST API table access")', () => {
    it('401 without credentials', () => {
        const { instance } = world()
        expect(instance.rest({ method: 'GET', path: '/api/now/table/incident' }).status).toBe(401)
    })

    it('lists the rows the caller may read, without the fields they may not read', () => {
        const { call, incident } = world()
        const reader = call('reader', 'GET', '/api/now/table/incident')
        expect(reader.status).toBe(200)
        expect(reader.json.result).toHaveLength(1)
        expect(reader.json.result[0]).toMatchObject({ sys_id: incident, short_description: 'Printer' })
        expect(reader.json.result[0]).not.toHaveProperty('description')
        expect(call('plain', 'GET', '/api/now/table/incident').json.result).toEqual([])
        expect(call('boss', 'GET', '/api/now/table/incident').json.result[0]).toMatchObject({ description: 'secret floor' })
    })

    it('a record the caller may not read is 404; a create, write or delete the ACLs refuse is 403 and changes nothing', () => {
        const { call, incident, instance } = world()
        expect(call('plain', 'GET', `/api/now/table/incident/${incident}`).status).toBe(404)
        expect(call('reader', 'GET', `/api/now/table/incident/${incident}`).status).toBe(200)
        expect(call('reader', 'PATCH', `/api/now/table/incident/${incident}`, { short_description: 'Changed' }).status).toBe(403)
        expect(call('reader', 'DELETE', `/api/now/table/incident/${incident}`).status).toBe(403)
        expect(call('reader', 'POST', '/api/now/table/incident', { short_description: 'New' }).status).toBe(403)
        expect(instance.db.rows('incident').map((row) => row.short_description)).toEqual(['Printer'])
        expect(call('boss', 'PATCH', `/api/now/table/incident/${incident}`, { short_description: 'Changed' }).status).toBe(200)
        expect(call('boss', 'POST', '/api/now/table/incident', { short_description: 'New' }).status).toBe(201)
        expect(call('boss', 'DELETE', `/api/now/table/incident/${incident}`).status).toBe(204)
    })

    it('a table whose "Allow access to this table via web services" is off refuses everyone, admin included (403)', () => {
        const { call, instance } = world()
        instance.db.insert('x_rescue_connect_fx', { name: 'row' })
        for (const method of ['GET', 'POST'])
            expect(call('boss', method, '/api/now/table/x_rescue_connect_fx', method === 'POST' ? { name: 'x' } : undefined).status).toBe(
                403
            )
        expect(instance.db.rows('x_rescue_connect_fx')).toHaveLength(1)
    })

    it('applies query ACLs to sysparm_query: a condition on a field the caller may not query is left out', () => {
        const { call, instance } = world()
        instance.addAcl({ name: 'incident.description', operation: 'query_range', roles: ['admin'] })
        expect(call('reader', 'GET', '/api/now/table/incident?sysparm_query=descriptionLIKEnothing-like-this').json.result).toHaveLength(1)
        expect(call('boss', 'GET', '/api/now/table/incident?sysparm_query=descriptionLIKEnothing-like-this').json.result).toHaveLength(0)
    })
})

describe('Attachment API (ATTACH_API "Attachment API role requirements", status codes)', () => {
    function withFile() {
        const w = world()
        const file = w.instance.db.insert('sys_attachment', {
            table_name: 'incident',
            table_sys_id: w.incident,
            file_name: 'log.txt',
            content_type: 'text/plain',
        })
        w.instance.db.writeFile(file, 'file content')
        return { ...w, file }
    }

    it('lists and serves the attachments the caller may read (sys_attachment read ACLs); others are 404', () => {
        const { call, file, instance } = withFile()
        instance.addAcl({ name: 'sys_attachment', operation: 'read', roles: ['reader'] })
        expect(call('reader', 'GET', '/api/now/attachment').json.result.map((row: { file_name: string }) => row.file_name)).toEqual([
            'log.txt',
        ])
        expect(
            instance.rest({ method: 'GET', path: `/api/now/attachment/${file}/file`, auth: { user: 'reader', password: 'pw-reader' } }).body
        ).toBe('file content')
        expect(call('plain', 'GET', '/api/now/attachment').json.result).toEqual([])
        expect(call('plain', 'GET', `/api/now/attachment/${file}`).status).toBe(404)
        expect(call('plain', 'GET', `/api/now/attachment/${file}/file`).status).toBe(404)
    })

    it('uploads only for a caller who may read and write the target record (else 404), and sys_attachment create', () => {
        const { incident, instance } = withFile()
        const upload = (user: string) =>
            instance.rest({
                method: 'POST',
                path: `/api/now/attachment/file?table_name=incident&table_sys_id=${incident}&file_name=x.txt`,
                body: 'x',
                auth: { user, password: `pw-${user}` },
            })
        expect(upload('reader').status).toBe(404)
        expect(upload('plain').status).toBe(404)
        expect(instance.attachments('incident', incident)).toHaveLength(1)
        expect(upload('boss').status).toBe(201)
        expect(instance.attachments('incident', incident)).toHaveLength(2)
    })

    it('deletes only for a caller with write access to the record the file hangs on', () => {
        const { call, file, instance, incident } = withFile()
        expect(call('reader', 'DELETE', `/api/now/attachment/${file}`).status).toBe(403)
        expect(instance.attachments('incident', incident)).toHaveLength(1)
        expect(call('boss', 'DELETE', `/api/now/attachment/${file}`).status).toBe(204)
        expect(instance.attachments('incident', incident)).toHaveLength(0)
    })
})
