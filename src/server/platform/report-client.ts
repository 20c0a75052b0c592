// The session-report calls to Rescue (core/report-protocol.ts decides them): the setters in order, then
// getReport_v2; getChat and getNote per recovered session; the token check of Test Connection. Each call
// stops the sequence at the first refusal, so a report never runs on settings another job left behind.
import type { Region } from '../core/config'
import { chatRequest, noteRequest, reportRequests, tokenCheckRequest, type ReportWindow } from '../core/report-protocol'
import { parseOkAnswer, readFailure, type ReportMethod, type RescueFailure } from '../core/rescue-protocol'
import { parseLabelledText } from '../core/session-report'
import type { RescueSender } from './rescue-client'

export type ReportAnswer =
    { readonly ok: true; readonly body: string } | { readonly ok: false; readonly method: ReportMethod; readonly failure: RescueFailure }

/** Sets every report parameter, then asks for the report; the getReport_v2 body as it came (core/session-report.ts reads it). */
export function fetchSessionReport(
    send: RescueSender,
    input: { region: Region; token: string; node: string; window: ReportWindow }
): ReportAnswer {
    const requests = reportRequests(input)
    for (let i = 0; i < requests.length - 1; i++) {
        const answer = parseOkAnswer(send(requests[i]!))
        if (!answer.ok) return { ok: false, method: requests[i]!.method as ReportMethod, failure: answer.failure }
    }
    const report = requests[requests.length - 1]!
    const read = readFailure(send(report))
    if ('kind' in read) return { ok: false, method: 'getReport_v2', failure: read }
    return { ok: true, body: read.body }
}

/** The chat log or the technician notes of one session; null when Rescue gave none (the note is written without them). */
export function fetchSessionText(
    send: RescueSender,
    region: Region,
    token: string,
    sessionId: string,
    what: 'chat' | 'notes'
): string | null {
    const outcome = send(what === 'chat' ? chatRequest(region, token, sessionId) : noteRequest(region, token, sessionId))
    const read = readFailure(outcome)
    if ('kind' in read) return null
    return parseLabelledText(read.body, what === 'chat' ? 'CHATLOG' : 'NOTE')
}

/** Whether Rescue accepts the token: null when it did, else how it failed. */
export function checkReportToken(send: RescueSender, region: Region, token: string): RescueFailure | null {
    const answer = parseOkAnswer(send(tokenCheckRequest(region, token)))
    return answer.ok ? null : answer.failure
}
