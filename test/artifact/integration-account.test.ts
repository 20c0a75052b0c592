// The integration account (role x_rescue_connect.integration) may post session details and do nothing else with
// the app's data: its password, or the OAuth refresh token Token Setup hands to the hosted connector, opens no
// other route. The session endpoint's scripts write with GlideRecord, so the role needs only the endpoint's ACL.
// Routes tried, as the emulator serves them (emulator/README.md, "ACLs", "Query ACLs", "Table and Attachment APIs"):
// secure queries (GlideRecordSecure, as lists and forms use), the Table API and the Attachment API.
import { describe, expect, it } from 'vitest'
import { END_POST, START_POST, TASK_SYS_ID } from '../fixtures/rescue-posts'
import { INTEGRATION, SESSION_TABLE, world as sessionWorld } from './session-harness'

const CHAT = '10:02 AM John Smith: my password is hunter2\n10:03 AM Jane Doe: please never send passwords'

/** A session stored by posting (the chat log kept as an attachment on the session row), and the integration account's sys_id. */
function posted() {
    const w = sessionWorld({ settings: { 'x_rescue_connect.chat_log.attachment': 'true', 'x_rescue_connect.work_notes.chat_log': 'true' } })
    // Platform-style incident ACLs (agents with itil), as an instance has them: the account holds no itil.
    w.instance.addAcl({ name: 'incident', roles: ['itil'], description: 'platform-style: agents read incidents' })
    w.instance.addAcl({ name: 'incident', operation: 'write', roles: ['itil'], description: 'platform-style: agents write incidents' })
    const start = w.post(START_POST)
    const end = w.post({ ...END_POST, ChatLog: CHAT })
    const integration = w.instance.db.rows('sys_user').find((row) => row.user_name === INTEGRATION.user)!.sys_id
    const [file] = w.instance.attachments(SESSION_TABLE, w.pinRow)
    return { ...w, start, end, integration, file: file! }
}

// Tests read the answer's JSON as the shape each one asserts (as session-harness.ts's post does).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function api(w: ReturnType<typeof posted>, method: string, path: string, body?: string): { status: number; json: any; raw: string } {
    const result = w.instance.rest({ method, path, headers: { 'Content-Type': 'application/json' }, body: body ?? '', auth: INTEGRATION })
    let json: unknown
    try {
        json = JSON.parse(result.body)
    } catch {
        json = undefined
    }
    return { status: result.status, json, raw: result.body }
}

describe('the integration account', () => {
    it('posts session details: the session is stored, the note written, the chat log attached', () => {
        const w = posted()
        expect([w.start.status, w.end.status]).toEqual([200, 200])
        expect(w.sessionRows().find((row) => row.sys_id === w.pinRow)).toMatchObject({ state: 'ended', rescue_session_id: '512345678' })
        expect(w.notes('incident', TASK_SYS_ID).length).toBeGreaterThan(0)
        expect(w.file.content).toContain('hunter2')
    })

    it('reads, writes, creates and deletes no session row through secure queries', () => {
        const w = posted()
        const result = w.instance.runScript(
            `(function () {
                var read = new GlideRecordSecure('x_rescue_connect_session'); read.query(); var rows = 0; while (read.next()) rows++;
                var plain = new GlideRecord('x_rescue_connect_session'); plain.get('${w.pinRow}');
                var created = new GlideRecordSecure('x_rescue_connect_session'); created.setValue('pin', '000001');
                var files = new GlideRecordSecure('sys_attachment'); files.addQuery('table_name', 'x_rescue_connect_session'); files.query(); var fileRows = 0; while (files.next()) fileRows++;
                return JSON.stringify({ rows: rows, canRead: plain.canRead(), canWrite: plain.canWrite(), posts: plain.posts.canRead(), created: created.insert() !== null, files: fileRows });
            })()`,
            { asUser: w.integration }
        )
        expect(JSON.parse(result as string)).toEqual({ rows: 0, canRead: false, canWrite: false, posts: false, created: false, files: 0 })
        expect(w.sessionRows()).toHaveLength(1)
    })

    it('gets nothing from the Table API: session rows, their attachments, the record', () => {
        const w = posted()
        for (const method of ['GET', 'POST'])
            expect(api(w, method, `/api/now/table/${SESSION_TABLE}`, method === 'POST' ? '{"pin":"1"}' : undefined).status, method).toBe(
                403
            )
        for (const method of ['GET', 'PATCH', 'DELETE'])
            expect(api(w, method, `/api/now/table/${SESSION_TABLE}/${w.pinRow}`, '{"state":"failed"}').status, method).toBe(403)
        expect(api(w, 'GET', '/api/now/table/sys_attachment?sysparm_query=table_name=x_rescue_connect_session').json.result).toEqual([])
        expect(api(w, 'GET', `/api/now/table/sys_attachment/${w.file.sys_id}`).status).toBe(404)
        expect(api(w, 'DELETE', `/api/now/table/sys_attachment/${w.file.sys_id}`).status).toBe(404)
        expect(api(w, 'GET', `/api/now/table/incident/${TASK_SYS_ID}`).status).toBe(404)
        expect(w.sessionRows().find((row) => row.sys_id === w.pinRow)!.state).toBe('ended')
        expect(w.instance.attachments(SESSION_TABLE, w.pinRow)).toHaveLength(1)
    })

    it('gets nothing from the Attachment API: no chat log listed or downloaded, none replaced or deleted', () => {
        const w = posted()
        expect(api(w, 'GET', '/api/now/attachment').json.result).toEqual([])
        expect(api(w, 'GET', `/api/now/attachment/${w.file.sys_id}`).status).toBe(404)
        const download = api(w, 'GET', `/api/now/attachment/${w.file.sys_id}/file`)
        expect(download.status).toBe(404)
        expect(download.raw).not.toContain('hunter2')
        expect(api(w, 'DELETE', `/api/now/attachment/${w.file.sys_id}`).status).toBe(404)
        expect(
            api(w, 'POST', `/api/now/attachment/file?table_name=${SESSION_TABLE}&table_sys_id=${w.pinRow}&file_name=forged.txt`, 'forged')
                .status
        ).toBe(404)
        expect(w.instance.attachments(SESSION_TABLE, w.pinRow).map((file) => file.file_name)).toEqual([w.file.file_name])
    })
})
