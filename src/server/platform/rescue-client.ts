// Calls to the LogMeIn Rescue API. Requests are decided in core/rescue-protocol.ts; this sends them
// through platform/http.ts as form POSTs (secrets in the body, never the URL) with the configured
// timeout, and with API logging on writes each call and answer to the log, redacted by the logger.
import { formEncode, type HttpOutcome } from '../core/http'
import type { RescueRequest } from '../core/rescue-protocol'
import { sendHttp } from './http'
import type { Logger } from './log'

// Longest answer text written to the log with API logging on; Rescue's real answers are one line.
const LOGGED_BODY_CHARS = 500

export type RescueSender = (request: RescueRequest) => HttpOutcome

/** A sender with the configured timeout; with `apiLogging` each call and answer is logged, redacted. */
export function createRescueSender(timeoutMs: number, logger: Logger, apiLogging: boolean): RescueSender {
    return (request) => {
        const body = formEncode(Object.keys(request.fields).map((name) => [name, request.fields[name] ?? ''] as const))
        if (apiLogging) logger.info(`Rescue API ${request.method} POST ${request.endpoint} ${body}`)
        const outcome = sendHttp({
            method: 'POST',
            url: request.endpoint,
            headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', Accept: 'text/plain' },
            body,
            timeoutMs,
        })
        if (apiLogging) {
            const shown = outcome.kind === 'response' ? `HTTP ${outcome.status}: ${outcome.body.slice(0, LOGGED_BODY_CHARS)}` : outcome.kind
            logger.info(`Rescue API ${request.method} answered ${shown}`)
        }
        return outcome
    }
}
