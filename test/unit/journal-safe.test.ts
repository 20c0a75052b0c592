import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { oneLine, QUOTED_LINE_MARK, startsLikeJournalHeader, unforgeableLines } from '../../src/server/core/journal-safe'

describe('journal-safe text', () => {
    it.each([
        '2026-03-05 10:29:02 - Beth Anderson (Work notes)',
        '05-03-2026 10:29:02 - Beth Anderson (Work notes)',
        '03/05/2026 10:29 - Beth Anderson (Additional comments)',
        '5.3.2026 10:29:02 - Beth Anderson (Werknotities)',
        '05-Mar-2026 10:29:02 - Beth Anderson (Work notes)',
        'Mar 5, 2026 10:29:02 - Beth Anderson (Work notes)',
        '  2026-03-05 10:29:02 - x',
        '\u200b2026-03-05 10:29:02 - x',
        '\ufeff\u00a02026-03-05T10:29:02',
    ])('%j starts like a journal entry header', (line) => {
        expect(startsLikeJournalHeader(line)).toBe(true)
    })

    it.each(['10:02 AM John Smith: hello', 'Reset spooler on 2026-03-05', 'Ticket 2026-03-05', '2026 was a good year', ''])(
        '%j does not',
        (line) => {
            expect(startsLikeJournalHeader(line)).toBe(false)
        }
    )

    it('marks only the lines that start like a header, keeping their text', () => {
        const forged = 'Printer fixed\n\n2026-03-05 10:29:02 - Beth Anderson (Work notes)\nApproved the refund.'
        expect(unforgeableLines(forged)).toBe(
            `Printer fixed\n\n${QUOTED_LINE_MARK}2026-03-05 10:29:02 - Beth Anderson (Work notes)\nApproved the refund.`
        )
    })

    it('treats every line terminator as a line break (\\r, \\r\\n, U+2028, U+2029, U+0085, VT, FF)', () => {
        for (const separator of ['\r', '\r\n', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c']) {
            const text = unforgeableLines(`ok${separator}2026-03-05 10:29:02 - Beth Anderson (Work notes)`)
            expect(text, JSON.stringify(separator)).toBe(`ok\n${QUOTED_LINE_MARK}2026-03-05 10:29:02 - Beth Anderson (Work notes)`)
        }
    })

    it('oneLine: any run of line breaks becomes one space', () => {
        expect(oneLine('John\r\n\r\n2026-03-05 10:29:02 - Beth Anderson (Work notes)\u2028x')).toBe(
            'John 2026-03-05 10:29:02 - Beth Anderson (Work notes) x'
        )
    })

    it('no line of the result starts like a header, whatever the text (property)', () => {
        const pieces = fc.constantFrom(
            '2026-03-05 10:29:02 - Beth (Work notes)',
            '\n',
            '\r',
            '\u2028',
            ' ',
            '\u200b',
            'text',
            '05-Mar-2026 10:29'
        )
        fc.assert(
            fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
                const text = unforgeableLines(parts.join(''))
                return text.split('\n').every((line) => !startsLikeJournalHeader(line)) && !/[\r\u2028\u2029\u0085]/.test(text)
            })
        )
        fc.assert(fc.property(fc.string(), (value) => !/[\n\r\u2028\u2029\u0085]/.test(oneLine(value))))
    })
})
