// Recovery from Rescue's session report on the built app: the shipped hourly job, the Rescue simulator's
// reporting API, and the session-post pipeline the recovered sessions go through.
import { describe, expect, it } from 'vitest'
import { Instance } from '../../emulator/index.ts'
import { AGENT_EMAIL, API_TOKEN, GROUP_NODE, MINUTE_MS, recoveryWorld, type RecoveryWorld } from './recovery-fixture.ts'

const RECOVERED_LINE = "The data of this session comes from LogMeIn Rescue's session report, because the session's post did not arrive."
const SETTERS = ['setTimezone', 'setReportArea_v8', 'setReportType', 'setOutput', 'setReportDate_v2', 'setReportTime', 'setDelimiter']

/** A PIN whose session ran 30 minutes in Rescue; `posts` says which of its posts reached the instance. */
function session(w: RecoveryWorld, posts: { start: boolean; end: boolean }): string {
    const pin = w.pin()
    w.start(pin)
    if (posts.start) expect(w.post(pin, 'start')).toBe(200)
    w.clock.now += 30 * MINUTE_MS
    w.end(pin)
    if (posts.end) expect(w.post(pin, 'end')).toBe(200)
    w.clock.now += 10 * MINUTE_MS
    return pin
}

const testConnection = (w: RecoveryWorld) =>
    JSON.parse(w.instance.ajax('x_rescue_connect.RescueAdminAjax', 'testConnection', {}, w.admin).answer ?? '{}') as {
        ok: boolean
        message: string
    }

describe('the recovery job on the built app', () => {
    it('ships hourly, off by default, with its three settings on the one properties page', () => {
        const w = { instance: Instance.load() }
        const job = w.instance.db.rows('sysauto_script').find((row) => row.name === 'LogMeIn Rescue: recover session data')
        expect(job).toMatchObject({ run_type: 'periodically', run_period: '1970-01-01 01:00:00', active: 'true' })
        const properties = w.instance.db.rows('sys_properties').filter((row) => row.name!.startsWith('x_rescue_connect.reconcile.'))
        expect(properties.map((row) => [row.name, row.type, row.value]).sort()).toEqual([
            ['x_rescue_connect.reconcile.api_token', 'password2', ''],
            ['x_rescue_connect.reconcile.enabled', 'boolean', 'false'],
            ['x_rescue_connect.reconcile.nodes', 'string', ''],
        ])
        const page = w.instance.db.rows('sys_properties_category_m2m').map((link) => link.property)
        for (const property of properties) expect(page).toContain(property.sys_id)
        expect(properties.find((row) => row.name === 'x_rescue_connect.reconcile.api_token')!.is_private).toBe('1')
    })

    it('recovers a PIN session that never posted: the row completed, one note that says why, its Time Worked', () => {
        const w = recoveryWorld({ settings: { 'x_rescue_connect.time_worked.record': 'true' } })
        const pin = session(w, { start: false, end: false })
        expect(w.row(pin).state).toBe('pin_issued')
        w.runJob()
        const row = w.row(pin)
        expect(row).toMatchObject({
            state: 'ended',
            recovery: 'recovered',
            work_time: '1800',
            rescue_session_id: w.rescue.sessionVariables(pin, 'end').SessionID,
        })
        expect(row.closing_time).toBe('2026-03-05 09:30:01')
        const notes = w.notes()
        expect(notes).toHaveLength(2)
        expect(notes[1]!.split('\n')[1]).toBe(RECOVERED_LINE)
        expect(notes[1]).toContain('Technician notes: Reset spooler')
        const entries = w.instance.db.rows('task_time_worked')
        expect(entries.map((entry) => [entry.task, entry.user, entry.time_worked])).toEqual([[w.incident, w.agent, '1970-01-01 00:30:00']])
        expect(w.errors()).toEqual([])
        // One report, every parameter set before it; the notes fetched because the note shows them, the chat not.
        const calls = w.rescue.requests.map((call) => call.method).filter((method) => !method.startsWith('request'))
        expect(calls).toEqual([...SETTERS, 'getReport_v2', 'getNote'])
        const reportCalls = w.rescue.requests.filter((call) => !call.method.startsWith('request'))
        expect(reportCalls.every((call) => call.httpMethod === 'POST' && call.params.authcode === '***')).toBe(true)
        expect(
            w.instance.outbound.every(
                (call) => !call.endpoint.includes(API_TOKEN) && !call.endpoint.includes(encodeURIComponent(API_TOKEN))
            )
        ).toBe(true)
        expect(w.instance.secretsSeen(w.secrets())).toEqual([])

        // The next hour's run sees the session has its end: nothing more.
        w.clock.now += 60 * MINUTE_MS
        w.runJob()
        expect(w.notes()).toHaveLength(2)
        expect(w.instance.db.rows('task_time_worked')).toHaveLength(1)
    })

    it('leaves a fully posted session untouched: no note, no change', () => {
        const w = recoveryWorld()
        const pin = session(w, { start: true, end: true })
        const before = { ...w.row(pin) }
        const notes = w.notes()
        w.runJob()
        expect(w.row(pin)).toEqual(before)
        expect(w.notes()).toEqual(notes)
        expect(w.rescue.calls('getNote')).toBe(0)
    })

    it('gives a start-only session its end once, however often the job runs', () => {
        const w = recoveryWorld()
        const pin = session(w, { start: true, end: false })
        w.runJob()
        w.clock.now += 60 * MINUTE_MS
        w.runJob()
        w.clock.now += 60 * MINUTE_MS
        w.runJob()
        const notes = w.notes()
        expect(notes).toHaveLength(3)
        expect(notes[1]).toMatch(/^LogMeIn Rescue session \d+ started by Jane Doe/)
        expect(notes[2]!.split('\n')[1]).toBe(RECOVERED_LINE)
        expect(w.row(pin)).toMatchObject({ state: 'ended', recovery: 'recovered' })
    })

    it('writes no second end note when the real end post arrives after a recovery, whatever its content', () => {
        const w = recoveryWorld({ settings: { 'x_rescue_connect.time_worked.record': 'true' } })
        const pin = session(w, { start: false, end: false })
        w.runJob()
        expect(w.notes()).toHaveLength(2)
        // The late post, and a re-sent one with other content (another fingerprint): data stored, no note.
        expect(w.post(pin, 'end')).toBe(200)
        expect(w.post(pin, 'end', { Notes: 'Reset spooler, re-sent', WorkTime: '1900' })).toBe(200)
        expect(w.post(pin, 'start')).toBe(200)
        expect(w.notes()).toHaveLength(2)
        expect(w.row(pin)).toMatchObject({ state: 'ended', recovery: 'posted_late', work_time: '1900' })
        expect(w.instance.db.rows('task_time_worked')).toHaveLength(1)
        // And the next run leaves it alone.
        w.clock.now += 60 * MINUTE_MS
        w.runJob()
        expect(w.notes()).toHaveLength(2)
    })

    it('links nothing for a report row whose tracking value the app never issued', () => {
        const w = recoveryWorld()
        const other = w.instance.db.insert('incident', { short_description: 'Someone else\u2019s', active: 'true' })
        // A console session whose tracking value names a record (as if a customer or script set it).
        w.rescue.consoleSession(AGENT_EMAIL, '512999001', w.clock.now - 40 * MINUTE_MS, w.clock.now - 10 * MINUTE_MS, { Tracking0: other })
        w.runJob()
        expect(w.notes(other)).toEqual([])
        expect(w.instance.db.rows('x_rescue_connect_session')).toEqual([])
        expect(w.instance.db.rows('x_rescue_connect_recovery_run').at(-1)).toMatchObject({
            state: 'succeeded',
            rows_read: '1',
            sessions_recovered: '0',
            errors: '0',
        })
    })

    it('with console records on, recovers a console session once and creates its record once', () => {
        const w = recoveryWorld({ settings: { 'x_rescue_connect.console_session.create_record': 'true' } })
        w.rescue.consoleSession(AGENT_EMAIL, '512999002', w.clock.now - 40 * MINUTE_MS, w.clock.now - 10 * MINUTE_MS)
        w.runJob()
        w.clock.now += 60 * MINUTE_MS
        w.runJob()
        const rows = w.instance.db.rows('x_rescue_connect_session')
        expect(rows.map((row) => [row.rescue_session_id, row.state, row.source, row.recovery])).toEqual([
            ['512999002', 'ended', 'console', 'recovered'],
        ])
        const created = w.instance.db.rows('incident').filter((row) => row.sys_id !== w.incident)
        expect(created).toHaveLength(1)
        expect(w.instance.journal('incident', created[0]!.sys_id).map((entry) => entry.value.split('\n')[1])).toEqual([RECOVERED_LINE])
    })

    it('makes one report call for two runs within a minute, and reports again after it', () => {
        const w = recoveryWorld()
        w.runJob()
        w.clock.now += 30_000
        w.runJob()
        expect(w.rescue.calls('getReport_v2')).toBe(1)
        expect(w.instance.logs.some((line) => line.message.includes('Session recovery waited'))).toBe(true)
        w.clock.now += 31_000
        w.runJob()
        expect(w.rescue.calls('getReport_v2')).toBe(2)
        expect(w.rescue.requests.filter((call) => call.answer === 'POLLRATEEXCEEDED')).toEqual([])
    })

    it('sets every report parameter before each report, whatever another job left on the account', () => {
        const w = recoveryWorld()
        const pin = session(w, { start: false, end: false })
        // Another tool on the same account switched the report to TEXT, a summary, local time and office hours.
        for (const [method, fields] of [
            ['setOutput', { output: 'TEXT' }],
            ['setReportType', { type: 'SUMMARY' }],
            ['setTimezone', { timezone: '-300' }],
            ['setReportTime', { btime: '10:00:00', etime: '11:00:00' }],
        ] as const) {
            expect(w.rescue.reports.answer(method, { ...fields, authcode: API_TOKEN })).toBe('OK')
        }
        w.runJob()
        expect(w.row(pin)).toMatchObject({ state: 'ended', recovery: 'recovered' })
        expect(w.rescue.reports.settingsOf(API_TOKEN)).toMatchObject({
            output: 'XML',
            type: 'LISTALL',
            timezone: 0,
            area: '0',
            btime: '00:00:00',
            etime: '23:59:59',
        })
    })

    it('reads renamed custom-field headers and durations in seconds', () => {
        const w = recoveryWorld({ variants: { headers: { Name: 'Your Name:', 'Custom field 1': 'Ticket number:' }, durations: 'seconds' } })
        const pin = session(w, { start: false, end: false })
        w.runJob()
        expect(w.row(pin)).toMatchObject({ state: 'ended', customer_name: 'John Smith', work_time: '1800', waiting_time: '42' })
    })

    it('fetches chat and notes only when a setting shows them', () => {
        const none = recoveryWorld({ settings: { 'x_rescue_connect.work_notes.mode': 'none' } })
        session(none, { start: false, end: false })
        none.runJob()
        expect([none.rescue.calls('getChat'), none.rescue.calls('getNote')]).toEqual([0, 0])

        const chat = recoveryWorld({ settings: { 'x_rescue_connect.chat_log.attachment': 'true' } })
        const pin = session(chat, { start: false, end: false })
        chat.runJob()
        expect([chat.rescue.calls('getChat'), chat.rescue.calls('getNote')]).toEqual([1, 1])
        expect(chat.instance.attachments('x_rescue_connect_session', chat.row(pin).sys_id).map((file) => file.file_name)).toEqual([
            `rescue-chat-${chat.rescue.sessionVariables(pin, 'end').SessionID}.txt`,
        ])
    })

    it('a wrong token: one clear log line, a Test Connection sentence, no crash, no secret anywhere', () => {
        const w = recoveryWorld({ settings: { 'x_rescue_connect.reconcile.api_token': 'Wrong-Token-123' } })
        const pin = session(w, { start: false, end: false })
        w.runJob()
        expect(w.row(pin).state).toBe('pin_issued')
        const errors = w.errors()
        expect(errors).toHaveLength(1)
        expect(errors[0]).toContain('setTimezone answered INVALID_SECRETAUTHCODE')
        expect(errors.join()).not.toContain('Wrong-Token-123')
        expect(w.instance.db.rows('x_rescue_connect_recovery_run').at(-1)).toMatchObject({
            state: 'failed',
            failure: 'INVALID_SECRETAUTHCODE',
        })
        const answer = testConnection(w)
        expect(answer.message).toContain(
            'Last recovery run: 2026-03-05 09:40 UTC, node 9100, failed (INVALID_SECRETAUTHCODE); no session was recovered.'
        )
        expect(answer.message).toContain(
            'The API token does not work: LogMeIn Rescue at secure.logmeinrescue.com refused it (INVALID_SECRETAUTHCODE).'
        )
        expect(w.instance.secretsSeen([...w.secrets(), 'Wrong-Token-123'])).toEqual([])
    })

    it.each([
        ['a refused report', { answer: 'NOTADMIN' }, 'getReport_v2 answered NOTADMIN'],
        ['a garbled answer', { garbage: true }, 'getReport_v2 answered UNREADABLE'],
        ['an HTTP error', { status: 503 }, 'getReport_v2 answered HTTP 503'],
        ['a timeout', { timeout: true }, 'getReport_v2 answered TIMEOUT'],
    ] as const)('%s: one log line, the run marked failed, the next run tries the same window again', (_, failure, logged) => {
        const w = recoveryWorld()
        const pin = session(w, { start: false, end: false })
        w.rescue.failNext('getReport_v2', failure)
        w.runJob()
        expect(w.errors()).toHaveLength(1)
        expect(w.errors()[0]).toContain(logged)
        w.clock.now += 60 * MINUTE_MS
        w.runJob()
        expect(w.row(pin)).toMatchObject({ state: 'ended', recovery: 'recovered' })
    })

    it('a garbled report body (not XML, not the columns every report has) is a typed failure, not a crash', () => {
        const w = recoveryWorld()
        w.rescue.failNext('getReport_v2', {
            answer: 'OK\r\n\r\n<report><header><field id="0">Start Time</field></header><data><row><field id="0">x',
        })
        w.runJob()
        expect(w.errors()).toHaveLength(1)
        expect(w.errors()[0]).toMatch(/getReport_v2 answered UNREADABLE \(The XML/)
    })

    it('Test Connection shows the last run and says the token works', () => {
        const w = recoveryWorld()
        session(w, { start: false, end: false })
        expect(testConnection(w).message).toContain('Session recovery has not run yet.')
        w.runJob()
        const message = testConnection(w).message
        expect(message).toContain(
            'Last recovery run: 2026-03-05 09:40 UTC, node 9100. Report rows read: 1; sessions recovered: 1; errors: 0.'
        )
        expect(message).toContain('The API token works: LogMeIn Rescue at secure.logmeinrescue.com accepted it for session reports.')
        // With recovery off, Test Connection asks Rescue nothing about it.
        w.instance.setProperty('x_rescue_connect.reconcile.enabled', 'false')
        const before = w.rescue.requests.length
        expect(testConnection(w).message).not.toContain('recovery')
        expect(w.rescue.requests.slice(before).map((call) => call.method)).toEqual(['requestAuthCodeSSO'])
    })

    it('settings are validated when used: an empty token or a bad node list is one log line and no Rescue call', () => {
        for (const [setting, value] of [
            ['x_rescue_connect.reconcile.api_token', ''],
            ['x_rescue_connect.reconcile.nodes', '9100, group-a'],
        ] as const) {
            const w = recoveryWorld({ settings: { [setting]: value } })
            w.runJob()
            expect(w.rescue.requests).toEqual([])
            expect(w.errors()).toHaveLength(1)
            expect(w.errors()[0]).toContain(setting)
            expect(testConnection(w).message).toContain('The API token was not tested')
        }
    })

    it('emails the admins once a day, in their language, when sessions of ServiceNow PINs ended over an hour ago without posts', () => {
        const w = recoveryWorld()
        const dutch = w.instance.addUser({
            user_name: 'beheerder',
            email: 'beheerder@example.nl',
            roles: ['x_rescue_connect.admin'],
            preferred_language: 'nl',
        })
        session(w, { start: false, end: false })
        session(w, { start: true, end: false })
        session(w, { start: true, end: true })
        w.clock.now += 30 * MINUTE_MS
        session(w, { start: false, end: false })
        w.runJob()
        // Three recovered; the last one ended 10 minutes ago, so two count.
        let events = w.instance.events.filter((event) => event.name === 'x_rescue_connect.posts.missing')
        expect(events.map((event) => [event.parm1, event.parm2])).toEqual([
            [w.admin, '2'],
            [dutch, '2'],
        ])
        const emails = w.instance.processEvents()
        expect(emails.map((email) => email.recipients)).toEqual([['rescue.admin@example.com'], ['beheerder@example.nl']])
        expect(emails[0]!.subject).toBe('LogMeIn Rescue: session posts did not arrive (2)')
        expect(emails[0]!.body).toContain('Post-to-URL')
        expect(emails[1]!.subject).toBe(w.instance.message('x_rescue_connect.email.missing.subject', 'nl').replace('{0}', '2'))
        // Later the same day: no second email, even with a new recovery.
        w.clock.now += 2 * 60 * MINUTE_MS
        session(w, { start: false, end: false })
        w.clock.now += 60 * MINUTE_MS
        w.runJob()
        events = w.instance.events.filter((event) => event.name === 'x_rescue_connect.posts.missing')
        expect(events).toHaveLength(2)
        expect(w.instance.secretsSeen(w.secrets())).toEqual([])
    })

    it('first run looks back one day only: older sessions are not imported', () => {
        const w = recoveryWorld()
        const old = session(w, { start: false, end: false })
        w.clock.now += 26 * 60 * MINUTE_MS
        w.runJob()
        expect(w.row(old).state).toBe('pin_issued')
        const run = w.instance.db.rows('x_rescue_connect_recovery_run').at(-1)!
        expect([run.window_start, run.window_end]).toEqual(['2026-03-05 11:35:01', '2026-03-06 11:35:01'])
        expect(run.node).toBe(GROUP_NODE)
    })
})
