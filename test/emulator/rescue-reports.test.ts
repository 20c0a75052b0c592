// The Rescue simulator's reporting API answers as rescue-api.md "Session reports" documents: every call of the
// sequence, XML and TEXT, renamed headers, both duration formats, an empty window, the error strings, a report
// within 60 s of the last, and settings kept per account between calls.
import { describe, expect, it } from 'vitest'
import { RescueSimulator, SESSION_COLUMNS } from '../../emulator/index.ts'

const TOKEN = 'api-token-1'
const START = Date.UTC(2026, 2, 5, 9, 0, 0)

function simulator(variants = {}) {
    const clock = { now: START }
    const rescue = new RescueSimulator({
        companyId: '1',
        ssoPassword: 'p',
        technicians: [{ ssoId: 'jane@example.com', techId: '3373660', name: 'Jane Doe', groupId: '9100' }],
        clock: () => clock.now,
        apiToken: TOKEN,
        reportVariants: variants,
    })
    return {
        rescue,
        clock,
        call: (method: string, fields: Record<string, string> = {}) =>
            rescue.reports.answer(method as never, { authcode: TOKEN, ...fields }),
    }
}

function prepare(call: (method: string, fields?: Record<string, string>) => string, output = 'XML') {
    const answers = [
        call('setTimezone', { timezone: '0' }),
        call('setReportArea_v8', { area: '0' }),
        call('setReportType', { type: 'LISTALL' }),
        call('setOutput', { output }),
        call('setReportDate_v2', { bdate: '3/5/2026 0:00:00', edate: '3/5/2026 23:59:59' }),
        call('setReportTime', { btime: '00:00:00', etime: '23:59:59' }),
        call('setDelimiter', { delimiter: '|' }),
    ]
    expect(answers).toEqual(Array(7).fill('OK'))
}

describe('the simulator reporting API', () => {
    it('answers the documented sequence; TEXT ends header and rows with the delimiter', () => {
        const { rescue, call } = simulator()
        rescue.consoleSession('jane@example.com', '512000001', START + 60_000, START + 600_000)
        prepare(call, 'TEXT')
        const text = call('getReport_v2', { node: '9100', nodetype: 'NODE' })
        const lines = text.split('\r\n')
        expect(lines[0]).toBe('OK')
        expect(lines[1]).toBe('')
        expect(lines[2]).toBe(SESSION_COLUMNS.join('|') + '|')
        expect(lines[3]!.split('|')).toHaveLength(SESSION_COLUMNS.length + 1)
        expect(lines[3]).toContain('|512000001|')
        expect(lines[3]).toContain('|0:09:00|')
    })

    it('speaks XML with ids, renamed headers and durations in seconds when the account has them', () => {
        const { rescue, call } = simulator({ headers: { Name: 'Your Name:' }, durations: 'seconds' })
        rescue.consoleSession('jane@example.com', '512000002', START + 60_000, START + 600_000)
        prepare(call)
        const xml = call('getReport_v2', { node: '3373660' })
        expect(xml.startsWith('OK\r\n\r\n<report><header><field id="0">Start Time</field>')).toBe(true)
        expect(xml).toContain('<field id="10">Your Name:</field>')
        expect(xml).toContain('<field id="28">540</field>')
    })

    it('an empty window is OK and the header only; another node lists nothing', () => {
        const { rescue, call } = simulator()
        rescue.consoleSession('jane@example.com', '512000003', START + 60_000, START + 600_000)
        prepare(call, 'TEXT')
        expect(
            call('getReport_v2', { node: '5555' })
                .split('\r\n')
                .filter((line) => line !== '')
        ).toHaveLength(2)
    })

    it('answers a report within 60 s of the last with the configured answer', () => {
        const { call, clock } = simulator()
        prepare(call)
        expect(call('getReport_v2', { node: '9100' }).startsWith('OK')).toBe(true)
        clock.now += 59_000
        expect(call('getReport_v2', { node: '9100' })).toBe('POLLRATEEXCEEDED')
        clock.now += 1000
        expect(call('getReport_v2', { node: '9100' }).startsWith('OK')).toBe(true)
        const other = simulator({ tooSoonAnswer: 'ERROR' })
        prepare(other.call)
        other.call('getReport_v2', { node: '9100' })
        expect(other.call('getReport_v2', { node: '9100' })).toBe('ERROR')
    })

    it('keeps report settings per account between calls, and starts a fresh account on settings no job wants', () => {
        const { rescue, call } = simulator()
        expect(rescue.reports.settingsOf(TOKEN)).toMatchObject({ type: 'SUMMARY', output: 'TEXT', timezone: -300, btime: '09:00:00' })
        prepare(call)
        expect(rescue.reports.settingsOf(TOKEN)).toMatchObject({ type: 'LISTALL', output: 'XML', timezone: 0, area: '0' })
        call('setOutput', { output: 'TEXT' })
        expect(rescue.reports.settingsOf(TOKEN).output).toBe('TEXT')
        // A summary report has no Session ID column.
        call('setReportType', { type: 'SUMMARY' })
        expect(call('getReport_v2', { node: '9100' })).toContain('Number of Sessions')
    })

    it('answers the documented error strings', () => {
        const { rescue, call } = simulator()
        expect(rescue.reports.answer('setTimezone', { timezone: '0' })).toBe('NOTLOGGEDIN')
        expect(rescue.reports.answer('setTimezone', { timezone: '0', authcode: 'other' })).toBe('INVALID_SECRETAUTHCODE')
        expect(call('setReportDate_v2', { bdate: '2026-03-05', edate: '3/5/2026 1:00:00' })).toBe('INVALIDFORMAT')
        expect(call('setReportDate_v2', { bdate: '3/6/2026 0:00:00', edate: '3/5/2026 1:00:00' })).toBe('INVALIDDATERANGE')
        expect(call('setReportType', { type: 'CHART' })).toBe('NOTSUPPORTED')
        expect(call('getReport_v2', { node: 'abc' })).toBe('INVALIDPARAM_NODE')
        expect(call('getNote', { session: '1' })).toBe('INVALIDPARAM_SESSION')
        expect(call('getChat', { session: '1' })).toBe('ERROR')
    })

    it('serves chat and notes of a session it knows', () => {
        const { rescue, call } = simulator()
        rescue.consoleSession('jane@example.com', '512000004', START, START + 60_000, { ChatLog: '10:00 Jane: Hi', Notes: 'Done' })
        expect(call('getChat', { session: '512000004' })).toBe('OK CHATLOG:10:00 Jane: Hi')
        expect(call('getNote', { session: '512000004' })).toBe('OK NOTE:Done')
    })

    it('filters on the start time (by default) in the account time zone, and on the time-of-day slot', () => {
        const { rescue, call } = simulator()
        rescue.consoleSession('jane@example.com', '512000005', START + 3_600_000, START + 4_000_000)
        prepare(call, 'TEXT')
        call('setReportTime', { btime: '11:00:00', etime: '12:00:00' })
        expect(call('getReport_v2', { node: '9100' })).not.toContain('512000005')
    })

    it('answers over HTTP POST on the Rescue hosts, recording each call with the token masked', () => {
        const { rescue } = simulator()
        const answer = (
            rescue as unknown as {
                handle(request: { method: string; url: string; headers: Record<string, string>; body: string }): { body: string }
            }
        ).handle({
            method: 'POST',
            url: 'https://secure.logmeinrescue.com/API/setTimezone.aspx',
            headers: {},
            body: `timezone=0&authcode=${TOKEN}`,
        })
        expect(answer.body).toBe('OK')
        expect(rescue.requests.at(-1)).toMatchObject({ method: 'setTimezone', params: { timezone: '0', authcode: '***' } })
    })
})
