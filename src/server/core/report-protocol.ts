// The session-report calls to Rescue as data (rescue-api.md, "Call sequence (one window)"): report settings
// are Rescue-side state of the reporting account, so every one of them is set before each getReport_v2, and
// the window is sent in UTC (timezone 0). Each call carries the API token as `authcode`, in the POSTed form,
// never in a URL. Pure: platform/report-client.ts sends them.
import type { Region } from './config'
import { rescueEndpoint, type ReportMethod, type RescueRequest } from './rescue-protocol'
import { REPORT_DELIMITER } from './session-report'

export interface ReportWindow {
    readonly startMs: number
    readonly endMs: number
}

const pad = (value: number) => (value < 10 ? '0' : '') + value

/** setReportDate_v2's format: `M/D/YYYY H:mm:ss`, 24-hour, here in UTC. */
export function reportDate(ms: number): string {
    const at = new Date(ms)
    return `${at.getUTCMonth() + 1}/${at.getUTCDate()}/${at.getUTCFullYear()} ${at.getUTCHours()}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}`
}

function call(region: Region, method: ReportMethod, token: string, fields: { [name: string]: string }): RescueRequest {
    const all: { [name: string]: string } = {}
    for (const name of Object.keys(fields)) all[name] = fields[name]!
    all.authcode = token
    return { method, endpoint: rescueEndpoint(region, method), fields: all }
}

/** The setters, in order, then getReport_v2 for one node: a LISTALL session report of the window as XML, times in UTC. */
export function reportRequests(input: { region: Region; token: string; node: string; window: ReportWindow }): RescueRequest[] {
    const { region, token } = input
    return [
        call(region, 'setTimezone', token, { timezone: '0' }),
        call(region, 'setReportArea_v8', token, { area: '0' }),
        call(region, 'setReportType', token, { type: 'LISTALL' }),
        call(region, 'setOutput', token, { output: 'XML' }),
        call(region, 'setReportDate_v2', token, { bdate: reportDate(input.window.startMs), edate: reportDate(input.window.endMs) }),
        // The full day, so a time-of-day slot someone set earlier on the account cannot filter rows out.
        call(region, 'setReportTime', token, { btime: '00:00:00', etime: '23:59:59' }),
        // For TEXT output only, but a setting left from another job must not matter should XML be refused.
        call(region, 'setDelimiter', token, { delimiter: REPORT_DELIMITER }),
        call(region, 'getReport_v2', token, { node: input.node, nodetype: 'NODE' }),
    ]
}

/** The token check of Test Connection: a setter every report sets anyway, so it changes nothing a report relies on. */
export function tokenCheckRequest(region: Region, token: string): RescueRequest {
    return call(region, 'setTimezone', token, { timezone: '0' })
}

export function chatRequest(region: Region, token: string, sessionId: string): RescueRequest {
    return call(region, 'getChat', token, { session: sessionId })
}

export function noteRequest(region: Region, token: string, sessionId: string): RescueRequest {
    return call(region, 'getNote', token, { session: sessionId })
}
