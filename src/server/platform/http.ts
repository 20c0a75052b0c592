import type { HttpOutcome, HttpRequest } from '../core/http'

// The one place that makes outbound HTTP calls. RESTMessageV2 reports a timeout and a connection
// failure alike (no status, an error message), so the message text tells them apart.
const TIMEOUT = /timed?\s*out|timeout/i

function failure(reason: string): HttpOutcome {
    // i18n-exempt: the reason is the platform's own (English) error text, quoted as data; this only stands in when it gave none.
    return TIMEOUT.test(reason) ? { kind: 'timeout' } : { kind: 'unreachable', reason: reason || 'no answer' }
}

export function sendHttp(request: HttpRequest): HttpOutcome {
    const message = new sn_ws.RESTMessageV2()
    message.setEndpoint(request.url)
    message.setHttpMethod(request.method.toLowerCase())
    for (const name of Object.keys(request.headers)) message.setRequestHeader(name, request.headers[name]!)
    if (request.method !== 'GET') message.setRequestBody(request.body)
    message.setHttpTimeout(request.timeoutMs)
    try {
        const response = message.execute()
        const status = response.getStatusCode()
        if (status > 0) return { kind: 'response', status, body: response.getBody() || '', location: response.getHeader('Location') || '' }
        return failure(response.getErrorMessage())
    } catch (error) {
        return failure(String(error instanceof Error ? error.message : error))
    }
}
