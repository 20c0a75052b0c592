import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { durationSeconds, parseLabelledText, parseSessionReport, type ReportResult } from '../../src/server/core/session-report'

// The reference's sample (shared/reference/rescue-api.md, "Sample"), TEXT output.
const HEADER =
    'Start Time|End Time|Last Action Time|Technician Name|Technician ID|Technician Email|Technician Group|Session ID|Session Type|Status|Name|Custom field 1|Custom field 2|Custom field 3|Custom field 4|Custom field 5|Tracking ID|Customer IP|Device ID|Incident Tools Used|Resolved Unresolved|Channel ID|Channel Name|Calling Card|Connecting Time|Waiting Time|Total Time|Active Time|Work Time|Hold Time|Time in Transfer|Rebooting Time|Reconnecting Time|Platform|Browser Type|Host Name|'
const ROWS = [
    '3/5/2026 3:02:11 PM|3/5/2026 3:31:40 PM|3/5/2026 3:31:38 PM|Jane Doe|3373660|jane.doe@example.com|L2 Desk|512345678|Applet|Closed by technician|John Smith|INC0012345 Printer offline|||||9f8e7d6c5b4a39281706f5e4d3c2b1a0|203.0.113.25||RC|Resolved|0|||0:00:05|0:00:42|0:29:29|0:29:29|0:29:29|0:00:00|0:00:00|0:00:00|0:00:00|Windows|Chrome|PC-4471|',
    '3/5/2026 4:10:02 PM|3/5/2026 4:18:55 PM|3/5/2026 4:18:50 PM|Raj Patel|3373712|raj.patel@example.com|L2 Desk|512346001|Applet|Closed by customer|Maria Lopez|RITM0045678 VPN setup|||||0a1b2c3d4e5f60718293a4b5c6d7e8f9|198.51.100.7||||0|||0:00:09|0:01:15|0:08:53|0:08:53|0:08:40|0:00:00|0:00:00|0:00:00|0:00:00|Mac OS X|Safari|MBP-ML|',
    '3/5/2026 5:45:30 PM|3/5/2026 6:05:12 PM|3/5/2026 6:05:12 PM|Jane Doe|3373660|jane.doe@example.com|L2 Desk|512347310|Applet|Timed out|Guest|||||||192.0.2.44||||7654321|Support Line||0:00:04|0:00:30|0:19:42|0:12:01|0:11:30|0:07:41|0:00:00|0:00:00|0:00:00|Windows|Edge|LAPTOP-09|',
]
const TEXT = ['OK', '', HEADER, ...ROWS].join('\r\n')

function asXml(header: string, rows: string[]): string {
    const cells = (line: string) => line.split('|').slice(0, -1)
    const field = (id: number, text: string) => `<field id="${id}">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</field>`
    return (
        'OK\n\n<report><header>' +
        cells(header)
            .map((text, id) => field(id, text))
            .join('') +
        '</header><data>' +
        rows
            .map(
                (row) =>
                    '<row>' +
                    cells(row)
                        .map((text, id) => field(id, text))
                        .join('') +
                    '</row>'
            )
            .join('') +
        '</data></report>'
    )
}

const fields = (result: ReportResult, index: number) => {
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    return Object.fromEntries(result.sessions[index]!.fields.map((field) => [field.name, field.value]))
}

describe('parseSessionReport', () => {
    it('reads the TEXT sample by header name into post variables, durations in seconds', () => {
        const result = parseSessionReport(TEXT)
        expect(result).toMatchObject({ ok: true, rowsRead: 3, rowsSkipped: 0 })
        expect(fields(result, 0)).toEqual({
            SessionID: '512345678',
            TechID: '3373660',
            TechName: 'Jane Doe',
            TechEmail: 'jane.doe@example.com',
            Tracking0: '9f8e7d6c5b4a39281706f5e4d3c2b1a0',
            PickupTime: '3/5/2026 3:02:11 PM',
            ClosingTime: '3/5/2026 3:31:40 PM',
            LastActionTime: '3/5/2026 3:31:38 PM',
            WaitingTime: '42',
            WorkTime: '1769',
            Platform: 'Windows',
            CField0: 'John Smith',
            CField1: 'INC0012345 Printer offline',
        })
        if (!result.ok) return
        expect(result.sessions.map((session) => [session.sessionId, session.tracking, session.ended])).toEqual([
            ['512345678', '9f8e7d6c5b4a39281706f5e4d3c2b1a0', true],
            ['512346001', '0a1b2c3d4e5f60718293a4b5c6d7e8f9', true],
            ['512347310', '', true],
        ])
    })

    it('reads the same report as XML, with ids or by position, and in any column order', () => {
        const xml = parseSessionReport(asXml(HEADER, ROWS))
        const text = parseSessionReport(TEXT)
        expect(xml).toEqual(text)
        // Columns shuffled (the XML ids still name the header fields): the same sessions.
        const shuffled =
            'OK\n<report><header><field id="b">Tracking ID</field><field id="a">Session ID</field><field id="c">End Time</field></header>' +
            '<data><row><field id="c">3/5/2026 6:05:12 PM</field><field id="a">512347310</field><field id="b">abc</field></row></data></report>'
        expect(fields(parseSessionReport(shuffled), 0)).toEqual({
            SessionID: '512347310',
            Tracking0: 'abc',
            ClosingTime: '3/5/2026 6:05:12 PM',
        })
    })

    it('takes the six columns between Status and Tracking ID as CField0…5, however the account renamed them', () => {
        const renamed = HEADER.replace('|Name|Custom field 1|', '|Your Name:|Company name:|').replace('Custom field 2', 'Your Phone #:')
        expect(fields(parseSessionReport(['OK', '', renamed, ROWS[0]].join('\n')), 0)).toMatchObject({
            CField0: 'John Smith',
            CField1: 'INC0012345 Printer offline',
        })
    })

    it('accepts the one-line form the guide prints, seconds as durations, and an empty window', () => {
        const oneLine = 'OK ' + HEADER + '\n' + ROWS[0]!.replace('|0:00:42|0:29:29|0:29:29|0:29:29|', '|42|1769|1769|1769|')
        expect(fields(parseSessionReport(oneLine), 0)).toMatchObject({ WaitingTime: '42', WorkTime: '1769' })
        expect(parseSessionReport('OK\r\n\r\n' + HEADER + '\r\n')).toEqual({ ok: true, sessions: [], rowsRead: 0, rowsSkipped: 0 })
        expect(parseSessionReport('OK')).toEqual({ ok: true, sessions: [], rowsRead: 0, rowsSkipped: 0 })
        expect(parseSessionReport(asXml(HEADER, []))).toEqual({ ok: true, sessions: [], rowsRead: 0, rowsSkipped: 0 })
    })

    it('skips a row whose cells shifted (a value with the delimiter) instead of guessing, and counts it', () => {
        const shifted = ROWS[1]!.replace('Maria Lopez', 'Maria | Lopez')
        const result = parseSessionReport(['OK', '', HEADER, ROWS[0], shifted].join('\n'))
        expect(result).toMatchObject({ ok: true, rowsRead: 2, rowsSkipped: 1 })
        if (result.ok) expect(result.sessions.map((session) => session.sessionId)).toEqual(['512345678'])
    })

    it('keeps one session per Session ID (overlapping rows): the last row wins', () => {
        const again = ROWS[0]!.replace('|Windows|Chrome|', '|Linux|Chrome|')
        const result = parseSessionReport(['OK', '', HEADER, ROWS[0], again].join('\n'))
        expect(result.ok && result.sessions.length).toBe(1)
        expect(fields(result, 0).Platform).toBe('Linux')
    })

    it('reports an open session (no End Time) as not ended', () => {
        const open = ROWS[0]!.replace('3/5/2026 3:31:40 PM', '')
        const result = parseSessionReport(['OK', '', HEADER, open].join('\n'))
        expect(result.ok && result.sessions[0]!.ended).toBe(false)
    })

    it('answers a typed error for error strings, garbage and reports without the columns every report has', () => {
        expect(parseSessionReport('INVALID_SECRETAUTHCODE')).toEqual({
            ok: false,
            error: { kind: 'rescue', code: 'INVALID_SECRETAUTHCODE' },
        })
        expect(parseSessionReport('ERROR NOTLOGGEDIN\r\n')).toEqual({ ok: false, error: { kind: 'rescue', code: 'NOTLOGGEDIN' } })
        expect(parseSessionReport('<html><body>Server Error</body></html>')).toMatchObject({ ok: false, error: { kind: 'unreadable' } })
        expect(parseSessionReport('OK\n\nTechnician Name|Number of Sessions|Total Time|\nAll|3|1:00:00|')).toEqual({
            ok: false,
            error: { kind: 'unreadable', reason: 'the report has no Session ID column' },
        })
        expect(parseSessionReport('OK\n<report><header>')).toMatchObject({ ok: false, error: { kind: 'unreadable' } })
        expect(parseSessionReport('OK\n<!DOCTYPE x [<!ENTITY a "b">]><report/>')).toMatchObject({
            ok: false,
            error: { kind: 'unreadable' },
        })
        expect(parseSessionReport(undefined)).toMatchObject({ ok: false })
    })

    it('never throws, whatever the body', () => {
        fc.assert(
            fc.property(
                fc.oneof(
                    fc.string(),
                    fc.string().map((tail) => 'OK\n' + HEADER + '\n' + tail),
                    fc.string().map((tail) => 'OK\n<report><header>' + tail)
                ),
                (body) => {
                    const result = parseSessionReport(body)
                    expect(typeof result.ok).toBe('boolean')
                }
            ),
            { numRuns: 300 }
        )
    })
})

describe('durationSeconds', () => {
    it('reads H:MM:SS, MM:SS and seconds; nothing else', () => {
        expect(['0:29:29', '12:00:01', '29:29', '1769', ' 42 '].map(durationSeconds)).toEqual(['1769', '43201', '1769', '1769', '42'])
        expect(['', '1:2:3', '0:60:00', '-5', '1.5', 'abc'].map(durationSeconds)).toEqual([
            undefined,
            undefined,
            undefined,
            undefined,
            undefined,
            undefined,
        ])
    })
})

describe('parseLabelledText', () => {
    it('takes the text after the label, never at an offset', () => {
        expect(parseLabelledText('OK CHATLOG:10:02 Jane: Hi\n10:03 John: Hello\r\n', 'CHATLOG')).toBe('10:02 Jane: Hi\n10:03 John: Hello')
        expect(parseLabelledText('OK\r\nNOTE: Reset spooler', 'NOTE')).toBe('Reset spooler')
        expect(parseLabelledText('ERROR', 'NOTE')).toBeNull()
        expect(parseLabelledText('INVALIDPARAM_SESSION', 'NOTE')).toBeNull()
    })
})
