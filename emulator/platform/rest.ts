// Scripted REST as the platform serves it: the sys_ws_operation is found by method and URI
// (versioned, or unversioned for the default version), authentication (basic auth against emulated
// users) gives 401, ACL authorization 403, and the operation script runs with RESTAPIRequest /
// RESTAPIResponse emulations. The request body is a stream: of dataString, data and dataStream only
// the first read returns the content. setBody wraps the body as {"result": …}, as the platform does.
import type { AccessControl } from './acl.ts'
import type { ScriptWorld } from './context.ts'
import type { Database } from '../engine/db.ts'
import type { Row } from '../engine/loader.ts'
import { GUEST_USER, type SessionUser } from './session-user.ts'
import { acceptable, bodyKind, mediaType, supportedFormat, type BodyKind } from './content-type.ts'
import { hashPassword } from '../engine/values.ts'
import { errorMessage, unsupported } from '../engine/unsupported.ts'
import { isPlatformApi, type PlatformApiRequest, type PlatformApiResult } from './table-api.ts'

export interface RestRequest {
    method: string
    /** Path with optional query string, e.g. /api/x_rescue_connect/v1/rescue/sessiondetails?x=1 */
    path: string
    headers?: Record<string, string>
    body?: string
    auth?: { user: string; password: string }
}

export interface RestResult {
    status: number
    /** Header names lowercased. */
    headers: Record<string, string>
    body: string
}

export interface RestError {
    path: string
    message: string
}

/** Scripted REST's default supported request and response formats. */
const DEFAULT_FORMATS = 'application/json,application/xml,text/xml'

const failure = (status: number, message: string, detail: string): RestResult => ({
    status,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ error: { message, detail }, status: 'failure' }),
})

/** Matches /api/ns/v1/svc/{id} against a concrete path; returns the path parameters. */
function matchTemplate(template: string, path: string): Record<string, string> | undefined {
    const names: string[] = []
    const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_whole, name: string) => {
        names.push(name)
        return '([^/]+)'
    })
    const match = new RegExp(`^${pattern}/?$`).exec(path)
    if (!match) return undefined
    return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(match[index + 1]!)]))
}

function findOperation(db: Database, method: string, path: string): { operation: Row; pathParams: Record<string, string> } | undefined {
    const defaultVersions = new Set(
        db
            .rows('sys_ws_version')
            .filter((v) => v.is_default === 'true' && v.active !== 'false')
            .map((v) => v.sys_id)
    )
    for (const operation of db.rows('sys_ws_operation')) {
        if (operation.active === 'false' || operation.http_method?.toUpperCase() !== method.toUpperCase()) continue
        const templates = [operation.operation_uri ?? '']
        if (defaultVersions.has(operation.web_service_version ?? '')) templates.push(operation.default_operation_uri ?? '')
        for (const template of templates) {
            const pathParams = template ? matchTemplate(template, path) : undefined
            if (pathParams) return { operation, pathParams }
        }
    }
    return undefined
}

/** The user a Basic Authorization header names, when the password matches and the account may log in. */
function authenticate(db: Database, auth: RestRequest['auth'] | undefined): SessionUser | undefined {
    if (!auth) return undefined
    const user = db.rows('sys_user').find((row) => row.user_name === auth.user)
    if (
        !user ||
        user.active === '0' ||
        user.locked_out === '1' ||
        !user.user_password ||
        user.user_password !== hashPassword(auth.password)
    )
        return undefined
    return { sysId: user.sys_id, userName: user.user_name ?? '' }
}

function basicAuthFromHeader(headers: Record<string, string>): RestRequest['auth'] | undefined {
    const value = headers.authorization
    if (!value?.toLowerCase().startsWith('basic ')) return undefined
    const decoded = Buffer.from(value.slice(6).trim(), 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    return colon < 0 ? undefined : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}

/**
 * request.body: a stream read once. For a JSON or XML subtype, dataString gives the text and data the
 * parsed JSON; for any other content type only dataStream may be read — data and dataString fail the
 * request with 500, as the platform documents (form fields arrive in request.queryParams instead).
 */
class RequestBody {
    #content: string
    #kind: BodyKind
    #contentType: string
    #consumed = false
    #json: JSON
    #limitBytes: number
    /** Set when a read was refused for size: the service answers 400 whatever the script does next. */
    refusedAbove: number | null = null

    constructor(content: string, contentType: string, json: JSON, limitBytes: number) {
        this.#content = content
        this.#contentType = contentType
        this.#kind = bodyKind(contentType)
        this.#json = json
        this.#limitBytes = limitBytes
    }

    #take(field: string): string | undefined {
        if (field !== 'dataStream' && this.#kind === 'other') {
            throw new Error(
                `request.body.${field} cannot read a ${this.#contentType || 'body without a Content-Type'}: only dataStream reads bodies that are not JSON or XML`
            )
        }
        // "Controlling maximum request size": data and dataString of a body above the limit answer 400; dataStream is not limited.
        if (field !== 'dataStream' && Buffer.byteLength(this.#content, 'utf8') > this.#limitBytes) {
            this.refusedAbove = this.#limitBytes
            throw new BodyTooLarge(this.#limitBytes)
        }
        if (this.#consumed) return undefined
        this.#consumed = true
        return this.#content
    }

    get dataString(): string {
        return this.#take('dataString') ?? ''
    }

    get data(): unknown {
        const content = this.#take('data')
        if (content === undefined || content === '') return null
        if (this.#kind === 'xml') return unsupported('request.body.data for XML (read dataString)')
        try {
            return this.#json.parse(content)
        } catch {
            throw new InvalidJsonBody()
        }
    }

    get dataStream(): object {
        this.#take('dataStream')
        return {}
    }

    get nextEntry(): never {
        return unsupported('request.body.nextEntry')
    }

    get hasNext(): never {
        return unsupported('request.body.hasNext')
    }
}

class InvalidJsonBody extends Error {}

class BodyTooLarge extends Error {
    constructor(readonly limitBytes: number) {
        super(`request body larger than ${limitBytes} bytes`)
    }
}

/** A megabyte of the limit properties, read as 10^6 bytes (the page does not say; the stricter, smaller reading). */
const MEGABYTE = 1_000_000
const megabytes = (value: string | null, fallback: number) => {
    const number = Number((value ?? '').trim())
    return (value ?? '').trim() !== '' && Number.isFinite(number) && number > 0 ? number : fallback
}

/**
 * The platform's limit on a Scripted REST body, from "Controlling maximum request size": the
 * glide.rest.scripted.max_inbound_content_length_mb property (default 10; its gzip twin, default 1, for a
 * gzipped body), capped by glide.rest.max_content_length (default 10, at most 25).
 */
export function inboundLimitBytes(property: (name: string) => string | null, gzipped: boolean): number {
    const scripted = gzipped
        ? megabytes(property('glide.rest.scripted.max_inbound_gzip_content_length_mb'), 1)
        : megabytes(property('glide.rest.scripted.max_inbound_content_length_mb'), 10)
    return Math.floor(Math.min(scripted, megabytes(property('glide.rest.max_content_length'), 10), 25) * MEGABYTE)
}

class ResponseBuilder {
    status = 200
    headers: Record<string, string> = {}
    body: string | undefined
    streamed = ''

    setStatus(status: number): void {
        this.status = Number(status)
    }

    setBody(body: unknown): void {
        this.body = JSON.stringify({ result: body })
        if (!this.headers['content-type']) this.headers['content-type'] = 'application/json'
    }

    setHeader(name: string, value: string): void {
        this.headers[String(name).toLowerCase()] = String(value)
    }

    setContentType(type: string): void {
        this.headers['content-type'] = String(type)
    }

    getStreamWriter() {
        return {
            writeString: (text: string) => {
                this.streamed += String(text)
            },
            writeStream: () => unsupported('RESTAPIResponseStream.writeStream'),
        }
    }

    setError(): never {
        return unsupported('response.setError')
    }

    setLocation(): never {
        return unsupported('response.setLocation')
    }
}

export interface RestDependencies {
    db: Database
    acl: AccessControl
    world: ScriptWorld
    runAs<T>(user: SessionUser, action: () => T): T
    errors: RestError[]
    /** The platform's Table and Attachment APIs (emulator/table-api.ts), for an authenticated caller. */
    platformApi(request: PlatformApiRequest, user: SessionUser): PlatformApiResult
    /** A system property's value (null when it does not exist). */
    property(name: string): string | null
}

export function serveRest(deps: RestDependencies, request: RestRequest): RestResult {
    const headers = Object.fromEntries(Object.entries(request.headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]))
    // A client sends the body's length (a test may declare another one, as a client could).
    if (request.body !== undefined && headers['content-length'] === undefined)
        headers['content-length'] = String(Buffer.byteLength(request.body, 'utf8'))
    const url = new URL(request.path, 'https://emulator.service-now.com')
    if (isPlatformApi(url.pathname)) {
        const caller = authenticate(deps.db, request.auth ?? basicAuthFromHeader(headers))
        if (!caller) return failure(401, 'User Not Authenticated', 'Required to provide Auth information')
        return deps.platformApi(
            { method: request.method, path: url.pathname, query: url.searchParams, body: request.body ?? '', headers },
            caller
        )
    }
    const found = findOperation(deps.db, request.method, url.pathname)
    if (!found) return failure(400, 'Requested URI does not represent any resource', `${request.method.toUpperCase()} ${url.pathname}`)
    const { operation, pathParams } = found
    const auth = request.auth ?? basicAuthFromHeader(headers)
    const user = authenticate(deps.db, auth)
    if (auth && !user) return failure(401, 'User Not Authenticated', 'Required to provide Auth information')
    if (operation.requires_authentication !== 'false' && !user)
        return failure(401, 'User Not Authenticated', 'Required to provide Auth information')
    const sessionUser = user ?? GUEST_USER
    if (operation.requires_acl_authorization !== 'false') {
        const aclIds = (operation.enforce_acl ?? '').split(',').filter(Boolean)
        if (!deps.acl.passesAll(sessionUser, aclIds))
            return failure(403, 'User Not Authorized', 'The user does not have the roles this resource requires')
    }

    const contentType = mediaType(headers['content-type'])
    const bodyMethod = ['POST', 'PUT', 'PATCH'].includes(request.method.toUpperCase())
    if (bodyMethod && contentType !== '' && !supportedFormat(contentType, operation.consumes || DEFAULT_FORMATS)) {
        return failure(415, 'Unsupported Media Type', `Content-Type ${contentType} is not a supported request format of this resource`)
    }
    if (headers.accept && !acceptable(headers.accept, operation.produces || DEFAULT_FORMATS)) {
        return failure(406, 'Not Acceptable', `No supported response format matches Accept: ${headers.accept}`)
    }

    const json = deps.world.json
    const queryParams: Record<string, string[]> = Object.create(null)
    for (const [name, value] of url.searchParams) (queryParams[name] ??= []).push(value)
    // Form fields join the query parameters, as the platform documents for x-www-form-urlencoded.
    if (contentType === 'application/x-www-form-urlencoded')
        for (const [name, value] of new URLSearchParams(request.body ?? '')) (queryParams[name] ??= []).push(value)
    const requestObject = {
        body: new RequestBody(
            request.body ?? '',
            contentType,
            json,
            inboundLimitBytes(deps.property, /\bgzip\b/i.test(headers['content-encoding'] ?? ''))
        ),
        headers: json.parse(JSON.stringify(headers)),
        getHeader: (name: string) => headers[String(name).toLowerCase()] ?? null,
        queryParams: json.parse(JSON.stringify(queryParams)),
        pathParams: json.parse(JSON.stringify(pathParams)),
        queryString: url.search.replace(/^\?/, ''),
        uri: url.pathname,
        url: url.href,
    }
    const response = new ResponseBuilder()
    const tooLarge = (limitBytes: number) =>
        failure(
            400,
            'Exception while reading request',
            `The request body is larger than the maximum of ${limitBytes} bytes (glide.rest.scripted.max_inbound_content_length_mb)`
        )
    try {
        deps.runAs(sessionUser, () =>
            deps.world.run(operation.operation_script ?? '', { request: requestObject, response }, `sys_ws_operation/${operation.name}.js`)
        )
    } catch (error) {
        if (error instanceof InvalidJsonBody) return failure(400, 'Exception while reading request', 'The payload is not valid JSON.')
        if (error instanceof BodyTooLarge) return tooLarge(error.limitBytes)
        deps.errors.push({ path: url.pathname, message: errorMessage(error) })
        return failure(500, errorMessage(error), 'Script Evaluation Exception')
    }
    if (requestObject.body.refusedAbove !== null) return tooLarge(requestObject.body.refusedAbove)
    return {
        status: response.status,
        headers: { ...response.headers },
        body: response.streamed !== '' ? response.streamed : (response.body ?? ''),
    }
}
