// x_rescue_connect.chat_log.attachment on the built app: the chat log is kept as one UTF-8 text attachment
// rescue-chat-<SessionID>.txt on the Rescue Session row (never on the incident or case), holding the longest chat log
// received; work notes name it and its line count instead of carrying the chat log. The attachment API is the scoped
// GlideSysAttachment: https://www.servicenow.com/docs/r/xanadu/api-reference/server-api-reference/c_GlideSysAttachmentScopedAPI.html
import { describe, expect, it } from 'vitest'
import { END_POST, START_POST, TASK_SYS_ID } from '../fixtures/rescue-posts'
import { SESSION_TABLE, world, warmUp } from './session-harness'

const ON = { 'x_rescue_connect.chat_log.attachment': 'true', 'x_rescue_connect.work_notes.chat_log': 'true' }
const FILE = 'rescue-chat-512345678.txt'

function files(w: ReturnType<typeof world>, table = SESSION_TABLE, sysId = w.pinRow) {
    return w.instance.attachments(table, sysId)
}

describe('the chat log as an attachment on the Rescue Session row', () => {
    it('is off by default: nothing attached, the note carries the chat log as before', () => {
        const w = world({ settings: { 'x_rescue_connect.work_notes.chat_log': 'true' } })
        w.post(END_POST)
        expect(w.instance.db.rows('sys_attachment')).toEqual([])
        expect(w.notes('incident', TASK_SYS_ID).pop()).toContain('Chat log:\n10:02 AM Jane Doe: Hello\n10:03 AM John Smith: Hi')
    })

    it('one attachment per session holding the longest chat log; notes name it and its line count', () => {
        const w = world({ settings: ON })
        w.post(START_POST)
        const [first] = files(w)
        expect(first).toMatchObject({ file_name: FILE, content_type: 'text/plain; charset=utf-8', content: '10:02 AM Jane Doe: Hello' })
        expect(w.notes('incident', TASK_SYS_ID).pop()).toContain(
            `Chat log: 1 line, in the attachment ${FILE} of the Rescue Session record.`
        )

        w.post(END_POST)
        const [longest] = files(w)
        expect(files(w)).toHaveLength(1)
        expect(longest!.content).toBe(END_POST.ChatLog)
        expect(w.sessionRows().find((row) => row.sys_id === w.pinRow)).toMatchObject({
            chat_log_attachment: longest!.sys_id,
            chat_log_chars: '48',
            chat_log_lines: '2',
        })
        const note = w.notes('incident', TASK_SYS_ID).pop()!
        expect(note).toContain(`Chat log: 2 lines, in the attachment ${FILE} of the Rescue Session record.`)
        expect(note).not.toContain('10:03 AM John Smith: Hi')
    })

    it('a repeat, a shorter chat log or a start post after the end changes nothing', () => {
        const w = world({ settings: ON })
        w.post(END_POST)
        const [attached] = files(w)
        w.post(END_POST)
        w.post({ ...END_POST, Notes: 'Sent again', ChatLog: '10:02 AM Jane Doe: Hello' })
        w.post(START_POST)
        expect(files(w)).toEqual([attached])
        expect(w.notes('incident', TASK_SYS_ID)[0]).toContain(`Chat log: 2 lines, in the attachment ${FILE}`)
        // The late start post's chat log is one an earlier post already sent: its note does not repeat it.
        expect(w.notes('incident', TASK_SYS_ID).pop()).not.toContain('Chat log')
    })

    it('never attaches to the incident or case', () => {
        const w = world({
            settings: {
                ...ON,
                'x_rescue_connect.console_session.create_record': 'true',
                'x_rescue_connect.console_session.record_type': 'case',
            },
        })
        w.post(END_POST)
        const created = w.post({ ...END_POST, SessionID: '600000050', Tracking0: '' })
        expect(created.status).toBe(201)
        const attachments = w.instance.db.rows('sys_attachment')
        expect(attachments.map((row) => [row.table_name, row.file_name]).sort()).toEqual([
            [SESSION_TABLE, FILE],
            [SESSION_TABLE, 'rescue-chat-600000050.txt'],
        ])
        expect(files(w, 'incident', TASK_SYS_ID)).toEqual([])
        expect(files(w, 'sn_customerservice_case', created.json.result.record.sys_id)).toEqual([])
    })

    it('a 1 MB chat log is kept whole in the file, UTF-8, and leaves a note of a few hundred bytes', () => {
        const w = world({ settings: ON })
        const line = '10:02 AM Jane Doe: Grüße — 😀 ' + 'x'.repeat(32)
        const chatLog = Array.from({ length: Math.ceil((1024 * 1024) / line.length) }, () => line).join('\n')
        expect(w.post({ ...END_POST, ChatLog: chatLog }).status).toBe(200)
        const [file] = files(w)
        expect(file!.content).toBe(chatLog)
        expect(Number(file!.size_bytes)).toBe(Buffer.byteLength(chatLog, 'utf8'))
        const note = w.notes('incident', TASK_SYS_ID).pop()!
        expect(Buffer.byteLength(note, 'utf8')).toBeLessThan(1000)
        expect(note).toContain(`Chat log: ${chatLog.split('\n').length} lines, in the attachment ${FILE}`)
        expect(w.instance.truncations).toEqual([])
    })

    it('selection mode with ChatLog listed names the attachment too', () => {
        const w = world({
            settings: {
                'x_rescue_connect.chat_log.attachment': 'true',
                'x_rescue_connect.work_notes.mode': 'selection',
                'x_rescue_connect.work_notes.fields': 'Notes,ChatLog',
            },
        })
        w.post(END_POST)
        expect(w.notes('incident', TASK_SYS_ID).pop()).toContain(
            `Technician notes: Reset spooler\nChat log: 2 lines, in the attachment ${FILE}`
        )
    })

    it('a console session without a record still keeps its chat log on its row', () => {
        const w = world({ settings: ON })
        const answer = w.post({ ...END_POST, SessionID: '600000051', Tracking0: '' })
        expect(answer.status).toBe(202)
        expect(files(w, SESSION_TABLE, answer.json.result.session_sys_id).map((file) => file.content)).toEqual([END_POST.ChatLog])
    })

    it('when the platform refuses the attachment, the post is stored, the note carries the chat log and the log says so', () => {
        const w = world({ settings: ON })
        w.instance.db.abortScriptWrites('sys_attachment')
        expect(w.post(END_POST).status).toBe(200)
        expect(w.instance.db.rows('sys_attachment')).toEqual([])
        expect(w.sessionRows().find((row) => row.sys_id === w.pinRow)!.chat_log_attachment ?? '').toBe('')
        expect(w.notes('incident', TASK_SYS_ID).pop()).toContain('Chat log:\n10:02 AM Jane Doe: Hello\n10:03 AM John Smith: Hi')
        expect(
            w.instance.logs.some((entry) => entry.level === 'error' && entry.message.includes('the chat log could not be attached'))
        ).toBe(true)
    })

    it('with both settings on, an end post replacing the chat log costs 7 DB operations', () => {
        const w = world({ settings: { ...ON, 'x_rescue_connect.time_worked.record': 'true' } })
        warmUp(w)
        w.post(START_POST)
        w.instance.resetCounters()
        w.post(END_POST)
        const { queries, inserts, updates, deletes } = w.instance.counters
        expect({ queries, inserts, updates, deletes }).toEqual({ queries: 2, inserts: 2, updates: 2, deletes: 1 })
    })
})
