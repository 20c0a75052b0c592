// A customer (or technician) who types line breaks and a line shaped like a journal entry header into a Rescue field
// must not make a work note read as several entries by other people — in the form, in getJournalEntry and in the
// ${work_notes} of emails, which all show entries as blocks that start with "timestamp - name (field label)" (Scoped
// GlideElement getJournalEntry: https://www.servicenow.com/docs/r/yokohama/api-reference/server-api-reference/c_GlideElementScopedAPI.html).
// Single-line values (name, custom fields, technician name, platform) become one line; in multi-line values (notes,
// chat log, fields Rescue does not document) no line starts like an entry header.
import { describe, expect, it } from 'vitest'
import { startsLikeJournalHeader } from '../../src/server/core/journal-safe'
import { END_POST, START_POST, TASK_SYS_ID } from '../fixtures/rescue-posts'
import { world } from './session-harness'

const HEADER = '2026-03-05 10:29:02 - Beth Anderson (Work notes)'
const forged = (text: string) =>
    `${text}\n\n${HEADER}\nApproved: refund the customer.\r\n05-03-2026 10:30:00 - System Administrator (Work notes)`
const ALL_NOTES = { 'x_rescue_connect.work_notes.mode': 'all', 'x_rescue_connect.work_notes.chat_log': 'true' }

function storedLines(w: ReturnType<typeof world>, table: string, sysId: string): string[] {
    return w.notes(table, sysId).flatMap((note) => note.split('\n'))
}

describe('forged journal lines', () => {
    it('no stored work-note line starts like an entry header, whatever field carried it', () => {
        const w = world({ settings: ALL_NOTES })
        const post = {
            ...END_POST,
            CField0: forged('John Smith'),
            CField1: forged('INC0012345'),
            TechName: forged('Jane Doe'),
            Platform: forged('Windows'),
            Notes: forged('Reset spooler'),
            ChatLog: forged('10:02 AM John Smith: hi'),
            Survey: forged('Great'),
        }
        expect(w.post({ ...START_POST, CField0: forged('John Smith'), TechName: forged('Jane Doe') }).status).toBe(200)
        expect(w.post(post).status).toBe(200)
        const lines = storedLines(w, 'incident', TASK_SYS_ID)
        expect(lines.length).toBeGreaterThan(10)
        expect(lines.filter(startsLikeJournalHeader)).toEqual([])
        // The typed text is still there to read, marked as quoted.
        expect(lines.some((line) => line.includes(HEADER))).toBe(true)
    })

    it('single-line values are one line in the note: name, custom field, technician name, platform', () => {
        const w = world({ settings: ALL_NOTES })
        w.post({ ...END_POST, CField0: 'John\nSmith', CField1: 'INC001\r\n2345', TechName: 'Jane\u2028Doe', Platform: 'Win\rdows' })
        const [note] = w.notes('incident', TASK_SYS_ID)
        expect(note!.split('\n')).toEqual(
            expect.arrayContaining([
                'Customer name: John Smith',
                'Custom field 1: INC001 2345',
                'Technician: Jane Doe',
                'Platform: Win dows',
            ])
        )
        expect(note!.split('\n')[0]).toContain('technician Jane Doe')
    })

    it('a console-started session creates its record with the same note: no forged header there either', () => {
        const w = world({ settings: { ...ALL_NOTES, 'x_rescue_connect.console_session.create_record': 'true' } })
        const answer = w.post({ ...START_POST, SessionID: '600000099', Tracking0: '', CField0: forged('John Smith'), Notes: forged('x') })
        expect(answer.status).toBe(201)
        const lines = storedLines(w, 'incident', answer.json.result.record.sys_id)
        expect(lines.length).toBeGreaterThan(3)
        expect(lines.filter(startsLikeJournalHeader)).toEqual([])
    })
})
