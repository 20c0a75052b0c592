// The one place that talks HTTP to LogMeIn Rescue. Requests are decided in core/rescue-protocol.ts;
// this sends them as form POSTs (secrets in the body, never the URL) and reports what happened.
import { formBody, type HttpOutcome, type RescueRequest } from '../core/rescue-protocol'
import type { Logger } from './log'

// Longest answer text written to the log with API logging on; Rescue's real answers are one line.
const LOGGED_BODY_CHARS = 500
const TIMED_OUT = /time[d\s-]*out/i

export type RescueSender = (request: RescueRequest) => HttpOutcome

function outcomeOf(response: sn_ws.RESTResponseV2): HttpOutcome {
    const status = response.getStatusCode()
    if (response.haveError() && !(status >= 100)) {
        const detail = response.getErrorMessage() || 'no answer'
        return TIMED_OUT.test(detail) ? { kind: 'timeout' } : { kind: 'connection', detail }
    }
    return { kind: 'response', status, body: response.getBody() || '' }
}

/** A sender with the configured timeout; with `apiLogging` each call and answer is logged, redacted. */
export function createRescueSender(timeoutMs: number, logger: Logger, apiLogging: boolean): RescueSender {
    return (request) => {
        const body = formBody(request.fields)
        const message = new sn_ws.RESTMessageV2()
        message.setEndpoint(request.endpoint)
        message.setHttpMethod('post')
        message.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=utf-8')
        message.setRequestHeader('Accept', 'text/plain')
        message.setRequestBody(body)
        message.setHttpTimeout(timeoutMs)
        if (apiLogging) logger.info(`Rescue API ${request.method} POST ${request.endpoint} ${body}`)
        let outcome: HttpOutcome
        try {
            outcome = outcomeOf(message.execute())
        } catch (error) {
            const detail = String(error)
            outcome = TIMED_OUT.test(detail) ? { kind: 'timeout' } : { kind: 'connection', detail }
        }
        if (apiLogging) {
            const shown = outcome.kind === 'response' ? `HTTP ${outcome.status}: ${outcome.body.slice(0, LOGGED_BODY_CHARS)}` : outcome.kind
            logger.info(`Rescue API ${request.method} answered ${shown}`)
        }
        return outcome
    }
}
