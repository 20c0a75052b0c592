import { describe, expect, it } from 'vitest'
import { describeDuration, formatSessionNote, type NoteSettings } from '../../src/server/core/session-note'
import { neutraliseMarkup } from '../../src/shared/markup'
import { acceptedPost, END_POST, START_POST } from '../fixtures/rescue-posts'
import { english } from '../fixtures/english'

const all: NoteSettings = { workNotesMode: 'all', workNotesFields: [], workNotesChatLog: false }

describe('formatSessionNote', () => {
    it('reads differently at start and at end', () => {
        expect(formatSessionNote(acceptedPost(START_POST), all, english).text).toMatch(/^LogMeIn Rescue session 512345678 started by Jane Doe with John Smith\./)
        expect(formatSessionNote(acceptedPost(END_POST), all, english).text).toMatch(
            /^LogMeIn Rescue session 512345678 ended 3\/5\/2026 10:31:40 AM, work time 29 min \(technician Jane Doe\)\./
        )
    })
    it('all: every non-empty variable in reading order, unknown keys after, chat log only when enabled and last', () => {
        const text = formatSessionNote(acceptedPost({ ...END_POST, Survey: 'Great' }), all, english).text ?? ''
        const lines = text.split('\n')
        expect(lines).toContain('Customer name: John Smith')
        expect(lines).toContain('Work time: 29 min (1769 s)')
        expect(lines).toContain('Technician notes: Reset spooler')
        expect(lines).toContain('Survey: Great')
        expect(text).not.toContain('Custom field 2')
        expect(text).not.toContain('Chat log')
        expect(text.indexOf('Technician: Jane Doe')).toBeLessThan(text.indexOf('Customer name'))
        expect(text.indexOf('Technician notes')).toBeLessThan(text.indexOf('Survey: Great'))

        const withChat = formatSessionNote(acceptedPost(END_POST), { ...all, workNotesChatLog: true }, english).text ?? ''
        expect(withChat.endsWith('Chat log:\n10:02 AM Jane Doe: Hello\n10:03 AM John Smith: Hi')).toBe(true)
    })
    it('selection: only the listed variables, in the listed order; ChatLog only when listed; unknown names reported', () => {
        const settings: NoteSettings = { workNotesMode: 'selection', workNotesFields: ['Notes', 'cfield0', 'Bogus', 'Survey', 'bogus', 'Notes'], workNotesChatLog: true }
        const note = formatSessionNote(acceptedPost({ ...END_POST, survey: 'Great' }), settings, english)
        expect(note.text).toBe(
            'LogMeIn Rescue session 512345678 ended 3/5/2026 10:31:40 AM, work time 29 min (technician Jane Doe).\n\n' +
                'Technician notes: Reset spooler\nCustomer name: John Smith\nsurvey: Great'
        )
        expect(note.unknownFields).toEqual(['Bogus'])
        const withChat = formatSessionNote(acceptedPost(END_POST), { ...settings, workNotesFields: ['ChatLog'], workNotesChatLog: false }, english)
        expect(withChat.text).toContain('Chat log:\n10:02 AM Jane Doe: Hello')
    })
    it('none: no note at all', () => {
        expect(formatSessionNote(acceptedPost(END_POST), { ...all, workNotesMode: 'none' }, english)).toEqual({ text: null, unknownFields: [] })
    })
    it('neutralises [code] tags and HTML wherever they come from, keeping the text readable', () => {
        const hostile = '[code]<img src=x onerror=alert(1)>[/code] [ CODE ] [/Code] <script>x</script> <!-- c --> a < b'
        const note = formatSessionNote(acceptedPost({ SessionID: '1', TechName: hostile, Notes: hostile, '<b>key</b>[code]': hostile }), { ...all, workNotesChatLog: true }, english)
        const text = note.text ?? ''
        expect(text).not.toMatch(/\[\s*\/?\s*code/i)
        expect(text).not.toMatch(/<[A-Za-z\/!?]/)
        expect(text).toContain('a < b')
        expect(neutraliseMarkup('[code]x[/code]')).toBe('\uff3bcode]x\uff3b/code]')
    })
})

describe('describeDuration', () => {
    it('rounds seconds to minutes, keeps short times in seconds, ignores non-numbers', () => {
        expect(english(describeDuration('1769')!)).toBe('29 min')
        expect(english(describeDuration('59')!)).toBe('59 s')
        expect(english(describeDuration('90')!)).toBe('2 min')
        expect(describeDuration('abc')).toBeUndefined()
        expect(describeDuration(undefined)).toBeUndefined()
    })
})
