// Rescue's reporting API as the simulator speaks it (shared/reference/rescue-api.md, "Session reports"):
// the setters setTimezone, setReportArea(_v8), setReportType, setOutput, setReportDate(_v2), setReportTime,
// setDelimiter, then getReport_v2; getChat and getNote per session. Report settings are state of the account
// (the API token or auth code), kept between calls and between jobs, and a fresh account starts with
// settings no job wants (Summary, TEXT, local time −300, office hours), so a caller that does not set every
// parameter gets a wrong report. getReport_v2 answers at most once per 60 s per account; the answer to a
// faster call is undocumented, so it is an option (default POLLRATEEXCEEDED). Variants a real account may
// show: renamed Name/custom-field headers, durations as H:MM:SS or seconds, XML or TEXT output.
import { rescueDateTime } from './session-posts.ts'

export const REPORT_METHODS = [
    'setTimezone',
    'setReportArea',
    'setReportArea_v8',
    'setReportType',
    'setOutput',
    'setReportDate',
    'setReportDate_v2',
    'setReportTime',
    'setDelimiter',
    'getReport',
    'getReport_v2',
    'getChat',
    'getNote',
] as const

export type ReportMethod = (typeof REPORT_METHODS)[number]

export function isReportMethod(method: string): method is ReportMethod {
    return (REPORT_METHODS as readonly string[]).includes(method)
}

/** A session as Rescue's reports know it: the end post's variables, the technician's group, and whether Rescue posted it. */
export interface ReportedSession {
    variables: Record<string, string>
    /** Node IDs the session is reported under: its technician's ID and their technician group's. */
    nodes: string[]
    startMs: number
    endMs: number | undefined
}

export interface ReportVariants {
    /** Renamed headers, by their default name (e.g. { Name: 'Your Name:', 'Custom field 1': 'Ticket:' }). */
    headers?: Record<string, string>
    /** How durations are written (default H:MM:SS). */
    durations?: 'hms' | 'seconds'
    /** What getReport_v2 answers within 60 s of the account's last report (default POLLRATEEXCEEDED). */
    tooSoonAnswer?: string
    /** Which time the window filters on (undocumented; default the start, the stricter choice for long sessions). */
    windowOn?: 'start' | 'end'
}

interface AccountSettings {
    timezone: number
    area: string
    type: string
    output: string
    bdateMs: number | undefined
    edateMs: number | undefined
    btime: string
    etime: string
    delimiter: string
    lastReportAt: number | undefined
}

const FRESH_ACCOUNT: AccountSettings = {
    timezone: -300,
    area: '4',
    type: 'SUMMARY',
    output: 'TEXT',
    bdateMs: undefined,
    edateMs: undefined,
    btime: '09:00:00',
    etime: '17:00:00',
    delimiter: ',',
    lastReportAt: undefined,
}

/** The Session area's LISTALL columns, as a 2025 account returned them. */
export const SESSION_COLUMNS = [
    'Start Time',
    'End Time',
    'Last Action Time',
    'Technician Name',
    'Technician ID',
    'Technician Email',
    'Technician Group',
    'Session ID',
    'Session Type',
    'Status',
    'Name',
    'Custom field 1',
    'Custom field 2',
    'Custom field 3',
    'Custom field 4',
    'Custom field 5',
    'Tracking ID',
    'Customer IP',
    'Device ID',
    'Incident Tools Used',
    'Resolved Unresolved',
    'Channel ID',
    'Channel Name',
    'Calling Card',
    'Connecting Time',
    'Waiting Time',
    'Total Time',
    'Active Time',
    'Work Time',
    'Hold Time',
    'Time in Transfer',
    'Rebooting Time',
    'Reconnecting Time',
    'Platform',
    'Browser Type',
    'Host Name',
] as const

/** `M/D/YYYY H:mm:ss` (24 h), as setReportDate_v2 takes it. */
const DATE_V2 = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2})$/
const DATE_V1 = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/
const TIME = /^(\d{1,2}):(\d{2}):(\d{2})$/

function parseDate(text: string, v2: boolean, timezone: number): number | undefined {
    const match = (v2 ? DATE_V2 : DATE_V1).exec(text.trim())
    if (!match) return undefined
    const [month, day, year, hour, minute, second] = match.slice(1).map(Number) as number[]
    if (month! < 1 || month! > 12 || day! < 1 || day! > 31 || (hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return undefined
    // Report dates are in the account's time zone (minutes from UTC).
    return Date.UTC(year!, month! - 1, day!, hour ?? 0, minute ?? 0, second ?? 0) - timezone * 60_000
}

function secondsOfDay(text: string): number {
    const match = TIME.exec(text)!
    return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3])
}

function duration(seconds: number, format: 'hms' | 'seconds'): string {
    if (format === 'seconds') return String(seconds)
    const pad = (value: number) => String(value).padStart(2, '0')
    return `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export class RescueReports {
    /** Sessions Rescue knows, whether or not it posted them. */
    readonly sessions: ReportedSession[] = []
    variants: ReportVariants
    private readonly accounts = new Map<string, AccountSettings>()

    constructor(
        private readonly clock: () => number,
        /** Whether the auth code or API token may run reports. */
        private readonly mayReport: (authcode: string) => boolean,
        variants: ReportVariants = {}
    ) {
        this.variants = variants
    }

    /** The account's report settings as Rescue keeps them (a copy). */
    settingsOf(authcode: string): AccountSettings {
        return { ...this.account(authcode) }
    }

    private account(authcode: string): AccountSettings {
        let account = this.accounts.get(authcode)
        if (!account) {
            account = { ...FRESH_ACCOUNT }
            this.accounts.set(authcode, account)
        }
        return account
    }

    answer(method: ReportMethod, values: Record<string, string>): string {
        const authcode = values.authcode ?? ''
        if (authcode === '') return 'NOTLOGGEDIN'
        if (!this.mayReport(authcode)) return 'INVALID_SECRETAUTHCODE'
        const account = this.account(authcode)
        switch (method) {
            case 'setTimezone': {
                const zone = values.timezone ?? ''
                if (!/^-?\d{1,4}$/.test(zone) || Math.abs(Number(zone)) > 840) return 'INVALIDPARAM'
                account.timezone = Number(zone)
                return 'OK'
            }
            case 'setReportArea':
            case 'setReportArea_v8':
                if (!/^\d{1,2}$/.test(values.area ?? '')) return 'INVALIDPARAM'
                account.area = values.area!
                return 'OK'
            case 'setReportType':
                if (values.type !== 'LISTALL' && values.type !== 'SUMMARY') return 'NOTSUPPORTED'
                account.type = values.type
                return 'OK'
            case 'setOutput':
                if (values.output !== 'XML' && values.output !== 'TEXT') return 'INVALIDPARAM'
                account.output = values.output
                return 'OK'
            case 'setReportDate':
            case 'setReportDate_v2': {
                const v2 = method === 'setReportDate_v2'
                const begin = parseDate(values.bdate ?? '', v2, account.timezone)
                const end = parseDate(values.edate ?? '', v2, account.timezone)
                if (begin === undefined || end === undefined) return 'INVALIDFORMAT'
                if (end < begin) return 'INVALIDDATERANGE'
                account.bdateMs = begin
                account.edateMs = v2 ? end : end + 86_399_000
                return 'OK'
            }
            case 'setReportTime':
                if (!TIME.test(values.btime ?? '') || !TIME.test(values.etime ?? '')) return 'INVALIDFORMAT'
                account.btime = values.btime!
                account.etime = values.etime!
                return 'OK'
            case 'setDelimiter':
                if ((values.delimiter ?? '').length !== 1) return 'INVALIDPARAM'
                account.delimiter = values.delimiter!
                return 'OK'
            case 'getReport':
            case 'getReport_v2':
                return this.report(account, values)
            case 'getChat':
            case 'getNote': {
                const session = this.sessions.find((candidate) => candidate.variables.SessionID === values.session)
                if (!session) return method === 'getChat' ? 'ERROR' : 'INVALIDPARAM_SESSION'
                return method === 'getChat' ? `OK CHATLOG:${session.variables.ChatLog ?? ''}` : `OK NOTE:${session.variables.Notes ?? ''}`
            }
        }
    }

    private report(account: AccountSettings, values: Record<string, string>): string {
        const now = this.clock()
        if (account.lastReportAt !== undefined && now - account.lastReportAt < 60_000)
            return this.variants.tooSoonAnswer ?? 'POLLRATEEXCEEDED'
        account.lastReportAt = now
        const node = values.node ?? ''
        if (!/^\d+$/.test(node) || (values.nodetype ?? 'NODE') !== 'NODE') return 'INVALIDPARAM_NODE'
        if (account.bdateMs === undefined || account.edateMs === undefined) return 'INVALIDDATERANGE'
        const headers =
            account.area === '0' && account.type === 'LISTALL'
                ? [...SESSION_COLUMNS]
                : ['Technician Name', 'Number of Sessions', 'Total Time']
        const slot = [secondsOfDay(account.btime), secondsOfDay(account.etime)]
        const zoneMs = account.timezone * 60_000
        const rows = this.sessions.filter((session) => {
            if (!session.nodes.includes(node)) return false
            const at = this.variants.windowOn === 'end' ? session.endMs : session.startMs
            if (at === undefined || at < account.bdateMs! || at > account.edateMs!) return false
            const local = new Date(at + zoneMs)
            const second = local.getUTCHours() * 3600 + local.getUTCMinutes() * 60 + local.getUTCSeconds()
            return second >= slot[0]! && second <= slot[1]!
        })
        const cells =
            headers[0] === 'Start Time'
                ? rows.map((session) => this.cells(session, zoneMs))
                : [[String(rows.length ? 'All' : ''), String(rows.length), '0:00:00']]
        const shown = headers.map((header) => this.variants.headers?.[header] ?? header)
        if (account.output === 'XML') {
            const field = (id: number, text: string) => `<field id="${id}">${escapeXml(text)}</field>`
            return (
                'OK\r\n\r\n<report><header>' +
                shown.map((header, id) => field(id, header)).join('') +
                '</header><data>' +
                cells.map((row) => '<row>' + row.map((text, id) => field(id, text)).join('') + '</row>').join('') +
                '</data></report>'
            )
        }
        const line = (row: string[]) => row.join(account.delimiter) + account.delimiter
        return ['OK', '', line(shown), ...cells.map(line)].join('\r\n') + '\r\n'
    }

    private cells(session: ReportedSession, zoneMs: number): string[] {
        const v = session.variables
        const format = this.variants.durations ?? 'hms'
        const time = (ms: number | undefined) => (ms === undefined ? '' : rescueDateTime(ms + zoneMs))
        const work = Number(v.WorkTime ?? '0')
        const byHeader: Record<string, string> = {
            'Start Time': time(session.startMs),
            'End Time': time(session.endMs),
            'Last Action Time': time(session.endMs),
            'Technician Name': v.TechName ?? '',
            'Technician ID': v.TechID ?? '',
            'Technician Email': v.TechEmail ?? '',
            'Technician Group': 'Service desk',
            'Session ID': v.SessionID ?? '',
            'Session Type': 'Applet',
            Status: session.endMs === undefined ? 'Active' : 'Closed by technician',
            Name: v.CField0 ?? '',
            'Custom field 1': v.CField1 ?? '',
            'Custom field 2': v.CField2 ?? '',
            'Custom field 3': v.CField3 ?? '',
            'Custom field 4': v.CField4 ?? '',
            'Custom field 5': v.CField5 ?? '',
            'Tracking ID': v.Tracking0 ?? '',
            'Customer IP': '203.0.113.25',
            'Connecting Time': duration(5, format),
            'Waiting Time': duration(Number(v.WaitingTime ?? '0'), format),
            'Total Time': duration(work, format),
            'Active Time': duration(work, format),
            'Work Time': duration(work, format),
            'Hold Time': duration(0, format),
            'Time in Transfer': duration(0, format),
            'Rebooting Time': duration(0, format),
            'Reconnecting Time': duration(0, format),
            Platform: v.Platform ?? '',
            'Browser Type': 'Chrome',
            'Host Name': 'PC-4471',
        }
        return SESSION_COLUMNS.map((header) => byHeader[header] ?? '')
    }
}
