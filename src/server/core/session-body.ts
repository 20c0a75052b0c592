// i18n-exempt-file: every text here is an error answer of the REST endpoint to Rescue, English with a stable code (a machine reads it).
// Step 1 of a session post: turn the raw request body into name/value fields, by media type.
// JSON (what Rescue is told to send), HTML-form posts and XML posts all end up in the same shape.
// Nothing here throws; a body that cannot be read is a typed error the endpoint answers with a 4xx.
import { readXml, type XmlElement } from './xml-reader'
import { succeed, type Failure, type Result } from './result'

/** Largest body accepted, in characters: a session with a long chat log fits; anything bigger is answered 413. */
export const MAX_BODY_CHARS = 2 * 1024 * 1024

/**
 * The most bytes a body of at most MAX_BODY_CHARS characters can take (UTF-8 needs at most 3 bytes per UTF-16
 * code unit): a Content-Length above it is over the app's own limit before a byte is read.
 */
export const MAX_BODY_BYTES = 3 * MAX_BODY_CHARS

/**
 * The platform's limits on a Scripted REST body (page "Controlling maximum request size"): reading data or
 * dataString of a larger body answers 400 before the app sees it. Values are the properties as read (null when
 * not set): glide.rest.scripted.max_inbound_content_length_mb (default 10), its gzip twin
 * glide.rest.scripted.max_inbound_gzip_content_length_mb (default 1), and glide.rest.max_content_length
 * (default 10, at most 25), which caps both.
 */
export interface InboundLimitProperties {
    readonly inboundMb: string | null
    readonly gzipInboundMb: string | null
    readonly maxContentMb: string | null
}

/** A megabyte in those properties, read as the smaller 10^6 bytes so the app's 413 comes before the platform's 400. */
const MEGABYTE = 1_000_000
const megabytes = (value: string | null, fallback: number) => {
    const number = Number((value ?? '').trim())
    return (value ?? '').trim() !== '' && Number.isFinite(number) && number > 0 ? number : fallback
}

/** The most bytes a body may declare: the platform's limit for its encoding, or the app's own, whichever is lower. */
export function inboundLimitBytes(properties: InboundLimitProperties, gzipped: boolean): number {
    const scripted = gzipped ? megabytes(properties.gzipInboundMb, 1) : megabytes(properties.inboundMb, 10)
    const overall = Math.min(megabytes(properties.maxContentMb, 10), 25)
    return Math.min(Math.floor(Math.min(scripted, overall) * MEGABYTE), MAX_BODY_BYTES)
}

/** 413 when the declared Content-Length is over the limit; null when it is within it, absent or not a number. */
export function declaredSizeError(contentLength: string | null | undefined, limitBytes: number): RequestError | null {
    const declared = (contentLength ?? '').trim()
    if (!/^\d+$/.test(declared) || Number(declared) <= limitBytes) return null
    return requestError(
        413,
        'payload_too_large',
        `The body (${declared} bytes) is larger than this instance accepts (${limitBytes} bytes).`
    )
}

export type BodyFormat = 'json' | 'form' | 'xml'

/** A field as it arrived; values are whatever the format allows (JSON may carry numbers, objects, ...). */
export interface RawField {
    readonly name: string
    readonly value: unknown
}

/** A request the endpoint refuses: the HTTP status with the failure's code and English message. */
export interface RequestError extends Failure<string, string> {
    readonly status: 400 | 413 | 415
}

export interface ParsedBody {
    readonly format: BodyFormat
    readonly fields: RawField[]
}

export type BodyResult = Result<ParsedBody, RequestError>

export function requestError(status: RequestError['status'], code: string, message: string): RequestError {
    return { ok: false, status, code, message }
}

const MEDIA_TYPES: { [mediaType: string]: BodyFormat } = {
    'application/json': 'json',
    'text/json': 'json',
    'application/x-www-form-urlencoded': 'form',
    'application/xml': 'xml',
    'text/xml': 'xml',
}

/** The body format a Content-Type header names; a missing header is sniffed from the body's first character. */
export function bodyFormat(contentType: string | null | undefined, body: string): BodyFormat | undefined {
    const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase()
    if (mediaType === '') {
        const first = body.trimStart().charAt(0)
        return first === '{' ? 'json' : first === '<' ? 'xml' : 'form'
    }
    if (Object.prototype.hasOwnProperty.call(MEDIA_TYPES, mediaType)) return MEDIA_TYPES[mediaType]
    return mediaType.endsWith('+json') ? 'json' : mediaType.endsWith('+xml') ? 'xml' : undefined
}

function fieldsOf(object: { [name: string]: unknown }): RawField[] {
    return Object.keys(object).map((name) => ({ name, value: object[name] }))
}

function parseJson(body: string): BodyResult {
    let parsed: unknown
    try {
        parsed = JSON.parse(body)
    } catch (error) {
        return requestError(400, 'malformed_json', 'The body is not valid JSON.')
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return requestError(400, 'not_an_object', 'The JSON body must be an object of session variables.')
    }
    return succeed({ format: 'json', fields: fieldsOf(parsed as { [name: string]: unknown }) })
}

function decodeFormComponent(text: string): string | undefined {
    try {
        return decodeURIComponent(text.replace(/\+/g, ' '))
    } catch (error) {
        return undefined
    }
}

function parseForm(body: string): BodyResult {
    const fields: RawField[] = []
    for (const pair of body.split('&')) {
        if (pair === '') continue
        const equals = pair.indexOf('=')
        const name = decodeFormComponent(equals === -1 ? pair : pair.slice(0, equals))
        const value = decodeFormComponent(equals === -1 ? '' : pair.slice(equals + 1))
        if (name === undefined || value === undefined) {
            return requestError(400, 'malformed_form', 'The form body has a malformed percent-encoding.')
        }
        fields.push({ name, value })
    }
    return succeed({ format: 'form', fields })
}

/**
 * The platform parses an x-www-form-urlencoded body itself and hands the fields over in
 * request.queryParams (each a list of values, URL parameters included); reading the body text
 * instead would end the request with a 500. This is that path's parse step.
 */
export function parseFormParams(params: { readonly [name: string]: readonly unknown[] | unknown }): BodyResult {
    const fields: RawField[] = []
    let size = 0
    for (const name of Object.keys(params)) {
        const values = Array.isArray(params[name]) ? (params[name] as unknown[]) : [params[name]]
        for (const value of values) {
            const text = value === null || value === undefined ? '' : String(value)
            size += name.length + text.length + 2
            fields.push({ name, value: text })
        }
    }
    if (size > MAX_BODY_CHARS) {
        return requestError(413, 'payload_too_large', `The body is larger than ${MAX_BODY_CHARS} characters.`)
    }
    if (fields.length === 0) return requestError(400, 'empty_body', 'The body is empty; Rescue session variables were expected.')
    return succeed({ format: 'form', fields })
}

/** An element with child elements becomes an object (which the normaliser rejects as a value, or unwraps). */
function xmlValue(element: XmlElement): unknown {
    if (element.children.length === 0) return element.text
    const object: { [name: string]: unknown } = Object.create(null)
    for (const child of element.children) object[child.name] = xmlValue(child)
    return object
}

function parseXml(body: string): BodyResult {
    const result = readXml(body)
    if (!result.ok) return requestError(400, result.code, result.message)
    const fields = result.value.children.map((child) => ({ name: child.name, value: xmlValue(child) }))
    return succeed({ format: 'xml', fields })
}

/** One integration receives the variables wrapped as { "session": { ... } }: a lone `session` object is unwrapped. */
function unwrapSession(fields: RawField[]): RawField[] {
    if (fields.length !== 1 || fields[0].name.trim().toLowerCase() !== 'session') return fields
    const inner = fields[0].value
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return fields
    return fieldsOf(inner as { [name: string]: unknown })
}

export function parseBody(contentType: string | null | undefined, body: string): BodyResult {
    if (body.length > MAX_BODY_CHARS) {
        return requestError(413, 'payload_too_large', `The body is larger than ${MAX_BODY_CHARS} characters.`)
    }
    const format = bodyFormat(contentType, body)
    if (!format) {
        return requestError(
            415,
            'unsupported_media_type',
            'Send session data as application/json, application/x-www-form-urlencoded or application/xml.'
        )
    }
    if (body.trim() === '') return requestError(400, 'empty_body', 'The body is empty; Rescue session variables were expected.')
    const parsed = format === 'json' ? parseJson(body) : format === 'form' ? parseForm(body) : parseXml(body)
    return parsed.ok ? succeed({ format, fields: unwrapSession(parsed.value.fields) }) : parsed
}
