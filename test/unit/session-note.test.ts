import { describe, expect, it } from 'vitest'
import { describeDuration, describeSize, formatSessionNote, type NoteSettings } from '../../src/server/core/session-note'
import { neutraliseMarkup } from '../../src/shared/markup'
import { acceptedPost, END_POST, START_POST } from '../fixtures/rescue-posts'
import { english } from '../fixtures/english'

const all: NoteSettings = { workNotesMode: 'all', workNotesFields: [], workNotesChatLog: false }

describe('formatSessionNote', () => {
    it('reads differently at start and at end', () => {
        expect(formatSessionNote(acceptedPost(START_POST), all, english).text).toMatch(
            /^LogMeIn Rescue session 512345678 started by Jane Doe with John Smith\./
        )
        expect(formatSessionNote(acceptedPost(END_POST), all, english).text).toMatch(
            /^LogMeIn Rescue session 512345678 ended 2026-03-05 10:31:40, work time 29 min 29 s \(technician Jane Doe\)\./
        )
    })
    it('shows dates as the platform displays them, durations as durations and sizes as sizes', () => {
        const shown = (internal: string) => `<${internal}>`.replace(/[<>]/g, '|')
        const text =
            formatSessionNote(acceptedPost({ ...END_POST, Transmitted: '1048576', WaitingTime: '42' }), all, english, undefined, {
                displayDateTime: shown,
            }).text ?? ''
        expect(text).toMatch(/^LogMeIn Rescue session 512345678 ended \|2026-03-05 10:31:40\|, work time 29 min 29 s/)
        const lines = text.split('\n')
        expect(lines).toContain('Closed: |2026-03-05 10:31:40|')
        expect(lines).toContain('Waiting time: 42 s')
        expect(lines).toContain('Work time: 29 min 29 s')
        expect(lines).toContain('Transmitted: 1.0 MB')
        expect(text).not.toMatch(/\d+\/\d+\/\d{4}/)
        // Rescue's text stays when it is no date the app can read.
        expect(formatSessionNote(acceptedPost({ ...END_POST, PickupTime: 'soon' }), all, english).text).toContain('Picked up: soon')
    })
    it('all: the end note leaves out what the start note already said unchanged', () => {
        const start = acceptedPost(START_POST)
        const end = formatSessionNote(acceptedPost(END_POST), all, english, undefined, { earlierPosts: [start] }).text ?? ''
        const alone = formatSessionNote(acceptedPost(END_POST), all, english).text ?? ''
        expect(alone).toContain('Technician: Jane Doe')
        expect(end).not.toContain('Technician: Jane Doe')
        expect(end).not.toContain('Session ID:')
        // What the session produced, or what changed since the start, stays.
        expect(end).toContain('Work time: 29 min 29 s')
        expect(end).toContain('Technician notes: Reset spooler')
        for (const line of end.split('\n').slice(2)) expect(formatSessionNote(start, all, english).text).not.toContain(line)
    })
    it('all: every non-empty variable in reading order, unknown keys after, chat log only when enabled and last', () => {
        const text = formatSessionNote(acceptedPost({ ...END_POST, Survey: 'Great' }), all, english).text ?? ''
        const lines = text.split('\n')
        expect(lines).toContain('Customer name: John Smith')
        expect(lines).toContain('Work time: 29 min 29 s')
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
        const settings: NoteSettings = {
            workNotesMode: 'selection',
            workNotesFields: ['Notes', 'cfield0', 'Bogus', 'Survey', 'bogus', 'Notes'],
            workNotesChatLog: true,
        }
        const note = formatSessionNote(acceptedPost({ ...END_POST, survey: 'Great' }), settings, english)
        expect(note.text).toBe(
            'LogMeIn Rescue session 512345678 ended 2026-03-05 10:31:40, work time 29 min 29 s (technician Jane Doe).\n\n' +
                'Technician notes: Reset spooler\nCustomer name: John Smith\nsurvey: Great'
        )
        expect(note.unknownFields).toEqual(['Bogus'])
        const withChat = formatSessionNote(
            acceptedPost(END_POST),
            { ...settings, workNotesFields: ['ChatLog'], workNotesChatLog: false },
            english
        )
        expect(withChat.text).toContain('Chat log:\n10:02 AM Jane Doe: Hello')
    })
    it('none: no note at all', () => {
        expect(formatSessionNote(acceptedPost(END_POST), { ...all, workNotesMode: 'none' }, english)).toEqual({
            text: null,
            unknownFields: [],
        })
    })
    it('neutralises [code] tags and HTML wherever they come from, keeping the text readable', () => {
        const hostile = '[code]<img src=x onerror=alert(1)>[/code] [ CODE ] [/Code] <script>x</script> <!-- c --> a < b'
        const note = formatSessionNote(
            acceptedPost({ SessionID: '1', TechName: hostile, Notes: hostile, '<b>key</b>[code]': hostile }),
            { ...all, workNotesChatLog: true },
            english
        )
        const text = note.text ?? ''
        expect(text).not.toMatch(/\[\s*\/?\s*code/i)
        expect(text).not.toMatch(/<[A-Za-z/!?]/)
        expect(text).toContain('a < b')
        expect(neutraliseMarkup('[code]x[/code]')).toBe('\uff3bcode]x\uff3b/code]')
    })
})

describe('describeDuration', () => {
    it('reads seconds as seconds, minutes and seconds, or hours and minutes; ignores non-numbers', () => {
        expect(english(describeDuration('1769')!)).toBe('29 min 29 s')
        expect(english(describeDuration('1269')!)).toBe('21 min 9 s')
        expect(english(describeDuration('42')!)).toBe('42 s')
        expect(english(describeDuration('120')!)).toBe('2 min')
        expect(english(describeDuration('3480')!)).toBe('58 min')
        expect(english(describeDuration('3900')!)).toBe('1 h 5 min')
        expect(english(describeDuration('7200')!)).toBe('2 h')
        expect(describeDuration('abc')).toBeUndefined()
        expect(describeDuration(undefined)).toBeUndefined()
    })
    it('never shows the tracking value (Tracking0), in mode all or when a selection names it', () => {
        const post = acceptedPost({ ...END_POST, Tracking0: '9f8e7d6c5b4a39281706f5e4d3c2b1a0.abcdefabcdefabcdefabcdef' })
        expect(formatSessionNote(post, all, english).text).not.toContain('9f8e7d6c')
        const selected = formatSessionNote(
            post,
            { workNotesMode: 'selection', workNotesFields: ['Tracking0', 'Notes'], workNotesChatLog: false },
            english
        )
        expect(selected.text).not.toContain('9f8e7d6c')
        expect(selected.text).toContain('Technician notes: Reset spooler')
        expect(selected.unknownFields).toEqual([])
    })
    it('single-line values become one line; no line of a multi-line value starts like a journal entry header', () => {
        const header = '2026-03-05 10:29:02 - Beth Anderson (Work notes)'
        const post = acceptedPost({ ...END_POST, CField0: `John\n${header}`, TechName: `Jane\r\n${header}`, Notes: `Reset\n${header}` })
        const lines = (formatSessionNote(post, all, english).text ?? '').split('\n')
        expect(lines).toContain(`Customer name: John ${header}`)
        expect(lines).toContain(`\u203a ${header}`)
        expect(lines.filter((line) => line.startsWith('2026-'))).toEqual([])
    })
})

describe('describeSize', () => {
    it('reads bytes in 1024 steps with one decimal', () => {
        expect(english(describeSize('512')!)).toBe('512 B')
        expect(english(describeSize('1536')!)).toBe('1.5 KB')
        expect(english(describeSize('1048576')!)).toBe('1.0 MB')
        expect(english(describeSize('1048575')!)).toBe('1.0 MB')
        expect(english(describeSize(String(5 * 1024 ** 3))!)).toBe('5.0 GB')
        expect(describeSize('1.5')).toBeUndefined()
        expect(describeSize(undefined)).toBeUndefined()
    })
})
