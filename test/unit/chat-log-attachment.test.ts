import { describe, expect, it } from 'vitest'
import { english } from '../fixtures/english'
import { chatLogFileName, decideChatLogAttachment, lineCount } from '../../src/server/core/chat-log-attachment'
import { formatSessionNote, type NoteSettings } from '../../src/server/core/session-note'
import { acceptedPost, END_POST, START_POST } from '../fixtures/rescue-posts'

const none = { attachmentSysId: '', chars: 0, lines: 0 }

describe('decideChatLogAttachment', () => {
    it('attaches the first chat log as rescue-chat-<SessionID>.txt with its length and line count', () => {
        expect(decideChatLogAttachment(acceptedPost(END_POST), none)).toEqual({
            write: true,
            fileName: 'rescue-chat-512345678.txt',
            content: '10:02 AM Jane Doe: Hello\n10:03 AM John Smith: Hi',
            chars: 48,
            lines: 2,
        })
    })

    it('replaces it only with a longer one: a repeat, a shorter one or none writes nothing', () => {
        const attached = { attachmentSysId: 'c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3', chars: 24, lines: 1 }
        expect(decideChatLogAttachment(acceptedPost(END_POST), attached).write).toBe(true)
        expect(decideChatLogAttachment(acceptedPost(START_POST), attached)).toEqual({ write: false })
        expect(decideChatLogAttachment(acceptedPost({ ...END_POST, ChatLog: '' }), none)).toEqual({ write: false })
        expect(decideChatLogAttachment(acceptedPost(END_POST), { ...attached, chars: 48 })).toEqual({ write: false })
    })

    it('names and counts plainly', () => {
        expect(chatLogFileName('5.1_2-3')).toBe('rescue-chat-5.1_2-3.txt')
        expect([lineCount(''), lineCount('a'), lineCount('a\nb\n')]).toEqual([0, 1, 3])
    })
})

describe('a work note with the chat log kept as an attachment', () => {
    const attachment = { fileName: 'rescue-chat-512345678.txt', lines: 2 }
    const all: NoteSettings = { workNotesMode: 'all', workNotesFields: [], workNotesChatLog: true }

    it('names the attachment and its line count where the chat log would be (all and selection modes)', () => {
        const line = 'Chat log: 2 lines, in the attachment rescue-chat-512345678.txt of the Rescue Session record.'
        expect((formatSessionNote(acceptedPost(END_POST), all, english, attachment).text ?? '').split('\n').pop()).toBe(line)
        const selection = formatSessionNote(
            acceptedPost(END_POST),
            { workNotesMode: 'selection', workNotesFields: ['Notes', 'ChatLog'], workNotesChatLog: false },
            english,
            attachment
        )
        expect(selection.text).toContain(`Technician notes: Reset spooler\n${line}`)
    })

    it('says nothing of it where the note would not carry the chat log', () => {
        expect(formatSessionNote(acceptedPost(END_POST), { ...all, workNotesChatLog: false }, english, attachment).text).not.toContain(
            'Chat log'
        )
        expect(formatSessionNote(acceptedPost({ ...END_POST, ChatLog: '' }), all, english, attachment).text).not.toContain('Chat log')
    })

    it('a 1 MB chat log leaves a note of a few hundred bytes', () => {
        const megabyte = ('x'.repeat(63) + '\n').repeat(16384)
        const note = formatSessionNote(acceptedPost({ ...END_POST, ChatLog: megabyte }), all, english, {
            fileName: 'rescue-chat-512345678.txt',
            lines: lineCount(megabyte.trim()),
        })
        expect(note.text!.length).toBeLessThan(800)
        expect(note.text).toContain('16384 lines')
    })
})
