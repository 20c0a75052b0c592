// Issue 21 (Languages): a post that names no technician reads "started by an unknown technician" and
// "(technician unknown)", never "technician an unknown technician", in every language.
import { describe, expect, it } from 'vitest'
import { formatSessionNote, type NoteSettings } from '../../src/server/core/session-note'
import { timeWorkedEntry } from '../../src/server/core/time-worked'
import { renderMessage, type Message } from '../../src/shared/i18n'
import { MESSAGES } from '../../src/i18n/en'
import nl from '../../src/i18n/languages/nl'
import de from '../../src/i18n/languages/de'
import fr from '../../src/i18n/languages/fr'
import { english } from '../fixtures/english'
import { acceptedPost, END_POST, START_POST } from '../fixtures/rescue-posts'

const all: NoteSettings = { workNotesMode: 'selection', workNotesFields: [], workNotesChatLog: false }
const anonymous = (post: Record<string, string>) => {
    const { TechName, TechSSOID, TechEmail, TechID, ...rest } = post
    return acceptedPost(rest)
}
const facts = {
    taskSysId: '9f8e7d6c5b4a39281706f5e4d3c2b1a0',
    recordedEntry: '',
    workTimeSeconds: '1769',
    technician: { kind: 'none' as const },
}

describe('a post without technician', () => {
    it('names the technician as unknown in English', () => {
        expect(formatSessionNote(anonymous(START_POST), all, english).text).toMatch(
            /^LogMeIn Rescue session 512345678 started by an unknown technician with John Smith\./
        )
        expect(formatSessionNote(anonymous(END_POST), all, english).text).toMatch(/\(technician unknown\)\.$/)
        expect(timeWorkedEntry(anonymous(END_POST), facts as never, english)?.comment).toMatch(
            /^LogMeIn Rescue session 512345678, technician unknown\./
        )
    })

    it('never doubles the word for technician in any language', () => {
        for (const [language, pack, word] of [
            ['nl', nl, 'technicus'],
            ['de', de, 'techniker'],
            ['fr', fr, 'technicien'],
        ] as const) {
            const t = (text: Message) => renderMessage(text, (key) => (pack.messages as Record<string, string>)[key] ?? MESSAGES[key])
            for (const text of [
                formatSessionNote(anonymous(END_POST), all, t).text ?? '',
                timeWorkedEntry(anonymous(END_POST), facts as never, t)?.comment ?? '',
            ]) {
                // The sentence that names the technician (a Time Worked comment may add one about its user); a sentence
                // ends at a full stop before a capital or the end, not at an abbreviation such as "29 Min. 29 s".
                const naming = text.split(/\.(?:\s+(?=\p{Lu})|$)/u).find((sentence) => sentence.includes('512345678'))!
                const mentions = naming.toLowerCase().split(word).length - 1
                expect({ language, naming, mentions }).toEqual({ language, naming, mentions: 1 })
            }
        }
    })
})
