// POST /api/x_rescue_connect/v1/rescue/sessiondetails — the REST resource's whole behaviour.
// The route script is one line calling x_rescue_connect.RescueCore.receiveSessionDetails.
// Answers: 200 processed or duplicate, 201 record created for a console session, 202 stored without a
// record or without the work note the record refused, 4xx JSON for bad input (422 when the session
// already holds the most it keeps), 503 when the integration is off. The body stream is read exactly once.
import { readConfig } from './properties'
import { createLogger } from './log'
import { readSessionForm, readSessionPost } from '../core/session-post'
import { bodyFormat, declaredSizeError, inboundLimitBytes } from '../core/session-body'
import { sessionErrorBody, sessionResultBody, type SessionResultBody } from '../core/session-response'
import { storeSessionPost } from './session-store'
import { inEnglish } from './messages'

/** Written to the stream so the body is exactly this object (setBody would wrap errors in "result" too). */
function send(response: sn_ws.RESTAPIResponse, status: number, body: object): void {
    response.setStatus(status)
    response.setContentType('application/json')
    response.getStreamWriter().writeString(JSON.stringify(body))
}

/** Reads the body once, as text, whatever the content type (request.body.data would parse JSON only and fail on the rest). */
function bodyText(request: sn_ws.RESTAPIRequest): string {
    const text = request.body ? request.body.dataString : ''
    return text === null || text === undefined ? '' : String(text)
}

/**
 * The platform refuses to read a body above its inbound limit (400, page "Controlling maximum request size"):
 * the declared Content-Length is checked against that limit (or the app's own, whichever is lower) first.
 * gs.getProperty reads the platform's properties as the scoped GlideSystem page's own example reads one.
 */
function tooLarge(request: sn_ws.RESTAPIRequest) {
    const gzipped = /\bgzip\b/i.test(request.getHeader('content-encoding') || '')
    const limit = inboundLimitBytes(
        {
            inboundMb: gs.getProperty('glide.rest.scripted.max_inbound_content_length_mb'),
            gzipInboundMb: gs.getProperty('glide.rest.scripted.max_inbound_gzip_content_length_mb'),
            maxContentMb: gs.getProperty('glide.rest.max_content_length'),
        },
        gzipped
    )
    return declaredSizeError(request.getHeader('content-length'), limit)
}

/** Form fields arrive parsed in request.queryParams; the body text of a form post must not be read. */
function isFormPost(contentType: string | null | undefined): boolean {
    return (contentType ?? '').trim() !== '' && bodyFormat(contentType, '') === 'form'
}

function outcomeOf(body: object): string {
    return 'result' in body ? (body as SessionResultBody).result.status : 'error'
}

export function receiveSessionDetails(request: sn_ws.RESTAPIRequest, response: sn_ws.RESTAPIResponse): void {
    let log = createLogger(false, [])
    try {
        const settings = readConfig()
        if (!settings.ok) {
            // Rescue does not resend a refused post, so an unrelated bad setting must not lose session data:
            // the invalid values fall back to their defaults and the admin is told in the log.
            log.error(
                'Integration settings are invalid; using defaults for them until an admin corrects them: ' +
                    settings.errors.map(inEnglish).join(' ')
            )
        }
        const config = settings.config
        log = createLogger(config.debugLogging, [config.ssoPassword, config.serviceAccountPassword])
        if (!config.enabled) {
            // i18n-exempt: an answer to Rescue, English with a stable code (a machine reads it).
            send(
                response,
                503,
                sessionErrorBody(
                    'integration_disabled',
                    'The LogMeIn Rescue integration is turned off on this instance (x_rescue_connect.enabled).'
                )
            )
            return
        }
        const oversized = tooLarge(request)
        if (oversized) {
            log.warn(`Session post refused (${oversized.status} ${oversized.code}): ${oversized.message}`)
            send(response, oversized.status, sessionErrorBody(oversized.code, oversized.message))
            return
        }
        const contentType = request.getHeader('content-type')
        const read = isFormPost(contentType) ? readSessionForm(request.queryParams) : readSessionPost(contentType, bodyText(request))
        if (!read.ok) {
            log.warn(`Session post refused (${read.status} ${read.code}): ${read.message}`)
            send(response, read.status, sessionErrorBody(read.code, read.message))
            return
        }
        const outcome = storeSessionPost(read.value, config, log)
        const answer = sessionResultBody(read.value, outcome)
        log.debug(`Session ${read.value.sessionId} (${read.value.kind} post) answered ${answer.status}: ${outcomeOf(answer.body)}`)
        send(response, answer.status, answer.body)
    } catch (error) {
        log.error('Session post failed: ' + String(error))
        // i18n-exempt: an answer to Rescue, English with a stable code (a machine reads it).
        send(
            response,
            500,
            sessionErrorBody('internal_error', 'The session post could not be stored; the ServiceNow system log has the details.')
        )
    }
}
