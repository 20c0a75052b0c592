// A scripted LogMeIn Rescue API (see /work/shared/reference/rescue-api.md): requestAuthCodeSSO and
// requestPINCode over form POST (or GET) on the global, EU and Enterprise hosts, answering the
// documented strings with HTTP 200. It tracks one auth code per technician (a new one invalidates
// the old), records every PIN with the fields it was requested with, counts calls per method, and
// can be told to fail the next call. Simulated latency is reported to the emulator, never slept.
// Its reporting API (session reports, chat and notes, per-account report settings) is in reports.ts.
import type { HttpRouter, OutboundAnswer, OutboundRequest } from '../platform/outbound.ts'
import { RESCUE_HOSTS, type IssuedPin, type RescueRegion } from './issued-pin.ts'
import { sessionPost, sessionVariables, type SessionKind, type SessionPostFormat, type SessionPost } from './session-posts.ts'
import { isReportMethod, RescueReports, type ReportMethod, type ReportVariants } from './reports.ts'

export type RescueMethod = 'requestAuthCodeSSO' | 'requestPINCode' | ReportMethod

/** What a technician account can be in Rescue, and the error it causes. */
export type TechnicianState = 'active' | 'deleted' | 'disabled' | 'not_technician' | 'not_logged_in' | 'console_not_running'

export interface TechnicianOptions {
    /** The SSO ID (in this integration the agent's ServiceNow email). */
    ssoId: string
    state?: TechnicianState
    /** Rescue's technician id and display name, used in session posts. */
    techId?: string
    name?: string
    /** The node ID of the technician's group (default 9100): session reports on it list the technician's sessions. */
    groupId?: string
}

export interface RescueSimulatorOptions {
    companyId: string
    ssoPassword: string
    technicians: (string | TechnicianOptions)[]
    /** The data centre the company lives on; the other hosts then do not know it. Absent: every host knows it (tests read `pins[].region`). */
    region?: RescueRegion
    /** Answer `OK\r\nPINCODE:012345` instead of `OK PINCODE:012345`. */
    multiline?: boolean
    /** Reported per call as simulated latency (RESTMessageV2 times out when it exceeds the request timeout). */
    latencyMs?: number
    /** PINs left for the company (default unlimited); at 0 requestPINCode answers OUTOFPINCODES. */
    pinsLeft?: number
    /** The first PIN handed out (default 12345 → "012345"); each next one adds 1. */
    firstPin?: number
    /** Enforce "one PIN per second per account" against this clock (POLLRATEEXCEEDED); off when absent. */
    now?: () => number
    /** Session posts carry times from this clock (pickup at the first start post, closing at the end post); absent: fixed 3/5/2026 times. */
    clock?: () => number
    /** Path of the hosted connector's token endpoint on the Rescue hosts (default /integration/api/servicenow/token). */
    connectorPath?: string
    /** The API token a Master Administrator generated: the one authcode session reports accept. */
    apiToken?: string
    /** How this account's session reports look (renamed headers, duration format, the answer within 60 s). */
    reportVariants?: ReportVariants
}

/** What the hosted connector received from Token Setup (its body, as JSON). */
export interface ConnectorToken {
    host: string
    body: Record<string, string>
}

export type Failure = { answer: string } | { status: number; body?: string } | { garbage: true } | { timeout: true }

export interface RescueCall {
    method: RescueMethod | string
    host: string
    httpMethod: string
    /** Parameters received, with pwd and authcode masked. */
    params: Record<string, string>
    answer: string
    status: number
}

const MAX_LENGTH: Record<keyof IssuedPin['fields'], number> = {
    cfield0: 64,
    cfield1: 512,
    cfield2: 512,
    cfield3: 256,
    cfield4: 64,
    cfield5: 64,
    tracking0: 64,
}

const DEFAULT_CONNECTOR_PATH = '/integration/api/servicenow/token'

const GARBAGE = "<html><head><title>Runtime Error</title></head><body><h1>Server Error in '/' Application.</h1></body></html>"

interface Technician {
    ssoId: string
    state: TechnicianState
    techId: string
    name: string
    groupId: string
    authCode: string | undefined
    lastPinAt: number | undefined
}

export class RescueSimulator {
    readonly options: RescueSimulatorOptions
    /** Every call received, in order (secrets masked). */
    readonly requests: RescueCall[] = []
    readonly pins: IssuedPin[] = []
    /** Token Setup posts the connector accepted (they hold secrets: the client secret and the refresh token). */
    readonly connectorTokens: ConnectorToken[] = []
    /** Sum of the latency reported for every call. */
    simulatedLatencyMs = 0
    /** The reporting API: its sessions (every ended one, posted or not) and each account's report settings. */
    readonly reports: RescueReports
    private readonly technicians = new Map<string, Technician>()
    private readonly failures: (Failure & { method?: RescueMethod })[] = []
    private nextPin: number
    private pinsLeft: number | undefined
    private readonly issued: string[] = []
    /** When each PIN's session was picked up (the first start post), by PIN. */
    private readonly pickups = new Map<string, number>()

    constructor(options: RescueSimulatorOptions) {
        this.options = options
        this.nextPin = options.firstPin ?? 12345
        this.pinsLeft = options.pinsLeft
        this.reports = new RescueReports(
            () => (options.now ?? options.clock ?? Date.now)(),
            (authcode) => options.apiToken !== undefined && authcode === options.apiToken,
            options.reportVariants
        )
        options.technicians.forEach((entry, index) => this.addTechnician(typeof entry === 'string' ? { ssoId: entry } : entry, index))
    }

    addTechnician(technician: TechnicianOptions, index = this.technicians.size): void {
        this.technicians.set(technician.ssoId.toLowerCase(), {
            ssoId: technician.ssoId,
            state: technician.state ?? 'active',
            techId: technician.techId ?? String(3373660 + index),
            name: technician.name ?? technician.ssoId.split('@')[0]!,
            groupId: technician.groupId ?? '9100',
            authCode: undefined,
            lastPinAt: undefined,
        })
    }

    setTechnicianState(ssoId: string, state: TechnicianState): void {
        this.technician(ssoId).state = state
    }

    /** Routes the three Rescue hosts of the instance's outbound HTTP here. */
    attach(instance: { http: HttpRouter }): this {
        for (const host of Object.values(RESCUE_HOSTS)) instance.http.route(host, (request) => this.handle(request))
        return this
    }

    /**
     * The next call (of the given method, or any) fails this way instead of being answered:
     * `failNext({ answer: 'ERROR' })`, `failNext({ status: 503 })`, `failNext({ garbage: true })`,
     * `failNext({ timeout: true })`, optionally with the method second — or method first:
     * `failNext('requestPINCode', 'NOTTECHNICIAN')`, `failNext('requestPINCode', { timeout: true })`.
     */
    failNext(failure: Failure | string, method?: RescueMethod): void
    failNext(method: RescueMethod, failure: Failure | string): void
    failNext(first: Failure | string, second?: Failure | string): void {
        const methodFirst = second !== undefined && typeof first === 'string' && isMethod(first) && !isMethod(second)
        const [failure, method] = methodFirst ? [second, first as RescueMethod] : [first, second as RescueMethod | undefined]
        const asFailure: Failure = typeof failure === 'string' ? { answer: failure } : failure
        this.failures.push(method ? { ...asFailure, method } : asFailure)
    }

    /** Shorthands for failNext(method, { status }), ({ garbage: true }) and ({ timeout: true }). */
    failNextWithStatus(method: RescueMethod, status: number): void {
        this.failNext(method, { status })
    }

    failNextWithGarbage(method: RescueMethod): void {
        this.failNext(method, { garbage: true })
    }

    failNextWithTimeout(method: RescueMethod): void {
        this.failNext(method, { timeout: true })
    }

    /** How many calls of the method (or of any) arrived, failed and injected ones included. */
    calls(method?: RescueMethod): number {
        return this.requests.filter((request) => method === undefined || request.method === method).length
    }

    /** Every auth code handed out so far: secrets that must never show up anywhere. */
    issuedAuthCodes(): string[] {
        return [...this.issued]
    }

    /** Invalidates the technician's auth code, as Rescue does when one is issued elsewhere or revoked. */
    invalidateAuthCodes(ssoId: string): void {
        this.technician(ssoId).authCode = undefined
    }

    /** The auth code Rescue currently accepts for the technician (undefined when none). */
    authCodeOf(ssoId: string): string | undefined {
        return this.technician(ssoId).authCode
    }

    /** Session variables for a PIN this simulator issued, as Rescue posts them at session start or end. */
    sessionVariables(pin: string, kind: SessionKind, overrides: Record<string, string> = {}): Record<string, string> {
        const issued = this.pins.find((p) => p.pin === pin)
        if (!issued) throw new Error(`RescueSimulator: PIN ${pin} was not issued`)
        const technician = this.technician(issued.ssoId)
        const now = this.options.clock?.()
        let times: { pickupMs: number; closingMs?: number } | undefined
        if (now !== undefined) {
            if (kind === 'start' && !this.pickups.has(pin)) this.pickups.set(pin, now)
            times = kind === 'start' ? { pickupMs: this.pickups.get(pin)! } : { pickupMs: this.pickups.get(pin) ?? now, closingMs: now }
        }
        const source = {
            issued,
            technician: { id: technician.techId, ssoId: technician.ssoId, name: technician.name, email: technician.ssoId },
        }
        return sessionVariables(times ? { ...source, times } : source, kind, overrides)
    }

    /**
     * Rescue closes the PIN's session: from now on its session report lists it (whether or not Rescue's post reaches
     * the instance). Returns the end post's variables, so a test can post them — or not.
     */
    endSession(pin: string, overrides: Record<string, string> = {}): Record<string, string> {
        const variables = this.sessionVariables(pin, 'end', overrides)
        const issued = this.pins.find((p) => p.pin === pin)!
        const technician = this.technician(issued.ssoId)
        const endMs = this.options.clock?.() ?? Date.UTC(2026, 2, 5, 10, 31, 40)
        const startMs = this.pickups.get(pin) ?? endMs - Number(variables.WorkTime ?? '0') * 1000
        this.reports.sessions.push({ variables, nodes: [technician.techId, technician.groupId], startMs, endMs })
        return variables
    }

    /** A session started in the Technician Console (no PIN from ServiceNow), ended and in the report. */
    consoleSession(
        ssoId: string,
        sessionId: string,
        startMs: number,
        endMs: number,
        overrides: Record<string, string> = {}
    ): Record<string, string> {
        const technician = this.technician(ssoId)
        const variables: Record<string, string> = {
            SessionID: sessionId,
            TechID: technician.techId,
            TechName: technician.name,
            TechEmail: technician.ssoId,
            CField0: 'Walk-in caller',
            Tracking0: '',
            WaitingTime: '30',
            WorkTime: String(Math.round((endMs - startMs) / 1000)),
            Platform: 'Windows',
            ChatLog: '',
            Notes: '',
            ...overrides,
        }
        this.reports.sessions.push({ variables, nodes: [technician.techId, technician.groupId], startMs, endMs })
        return variables
    }

    /** A realistic session post body for a PIN (JSON, form-urlencoded or XML). */
    sessionPost(pin: string, kind: SessionKind, format: SessionPostFormat = 'json', overrides: Record<string, string> = {}): SessionPost {
        return sessionPost(this.sessionVariables(pin, kind, overrides), format)
    }

    private technician(ssoId: string): Technician {
        const technician = this.technicians.get(ssoId.toLowerCase())
        if (!technician) throw new Error(`RescueSimulator: no technician ${ssoId}`)
        return technician
    }

    private handle(request: OutboundRequest): OutboundAnswer {
        const url = new URL(request.url)
        const method = /^\/API\/(\w+)\.aspx$/i.exec(url.pathname)?.[1] ?? url.pathname
        const params = request.method === 'GET' ? url.searchParams : new URLSearchParams(request.body)
        const values: Record<string, string> = {}
        for (const [name, value] of params) values[name.toLowerCase()] = value
        const latency = { simulatedLatencyMs: this.options.latencyMs ?? 0 }
        this.simulatedLatencyMs += latency.simulatedLatencyMs
        const known = isMethod(method) || isReportMethod(method)
        const record = (answer: string, status: number) =>
            this.requests.push({ method, host: url.host, httpMethod: request.method, params: mask(values), answer, status })

        const failureIndex = this.failures.findIndex((failure) => !failure.method || failure.method === method)
        if (failureIndex >= 0) {
            const [failure] = this.failures.splice(failureIndex, 1)
            if ('timeout' in failure!) {
                record('(timeout)', 0)
                return { timeout: true, ...latency }
            }
            if ('garbage' in failure!) {
                record(GARBAGE, 200)
                return { status: 200, body: GARBAGE, headers: { 'Content-Type': 'text/html' }, ...latency }
            }
            if ('status' in failure!) {
                const body = failure.body ?? 'Service Unavailable'
                record(body, failure.status)
                return { status: failure.status, body, headers: { 'Content-Type': 'text/html' }, ...latency }
            }
            record(failure!.answer, 200)
            return { status: 200, body: failure!.answer, headers: { 'Content-Type': 'text/plain' }, ...latency }
        }
        if (!known && request.method === 'POST' && url.pathname === (this.options.connectorPath ?? DEFAULT_CONNECTOR_PATH)) {
            const answer = this.connector(url.host, request.body)
            record(answer.body, answer.status)
            return { ...answer, headers: { 'Content-Type': 'application/json' }, ...latency }
        }
        if (!known) {
            record('Not Found', 404)
            return { status: 404, body: 'Not Found', ...latency }
        }
        const region = (Object.keys(RESCUE_HOSTS) as RescueRegion[]).find((r) => RESCUE_HOSTS[r] === url.host)!
        const answer = isReportMethod(method)
            ? this.companyKnownHere(region)
                ? this.reports.answer(method, values)
                : 'INVALID_SECRETAUTHCODE'
            : method === 'requestAuthCodeSSO'
              ? this.authCode(values, region)
              : this.pinCode(values, region, url.host)
        record(answer, 200)
        return { status: 200, body: answer, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, ...latency }
    }

    /**
     * The hosted connector's token endpoint (its API is not public; docs/token-setup.md): it accepts the JSON
     * Token Setup sends when the company lives on this host, and answers 404 with a message when it does not.
     */
    private connector(host: string, body: string): { status: number; body: string } {
        let fields: Record<string, string> = {}
        try {
            fields = JSON.parse(body) as Record<string, string>
        } catch (error) {
            return { status: 400, body: '{"error":"invalid_request","message":"The body is not JSON."}' }
        }
        const region = (Object.keys(RESCUE_HOSTS) as RescueRegion[]).find((r) => RESCUE_HOSTS[r] === host)!
        const required = ['instance_name', 'instance_url', 'company_id', 'client_id', 'client_secret', 'refresh_token']
        if (required.some((name) => typeof fields[name] !== 'string' || fields[name] === ''))
            return { status: 400, body: '{"error":"invalid_request","message":"A field is missing."}' }
        if (fields.company_id !== this.options.companyId || !this.companyKnownHere(region))
            return { status: 404, body: '{"error":"not_found","message":"This region does not know the company."}' }
        this.connectorTokens.push({ host, body: fields })
        return { status: 200, body: '{"status":"stored"}' }
    }

    private companyKnownHere(region: RescueRegion): boolean {
        return this.options.region === undefined || region === this.options.region
    }

    private authCode(values: Record<string, string>, region: RescueRegion): string {
        const company = values.company ?? ''
        if (!/^\d+$/.test(company)) return 'INVALIDPARAM_COMPANY'
        if (!this.companyKnownHere(region) || company !== this.options.companyId || values.pwd !== this.options.ssoPassword)
            return 'INVALID'
        const technician = this.technicians.get((values.ssoid ?? '').toLowerCase())
        if (!technician) return 'INVALIDSSOID'
        if (technician.state === 'deleted' || technician.state === 'disabled') return 'USER_DELETED_OR_DISABLED'
        technician.authCode = `AC${this.issued.length + 1}x` + Buffer.from(`${technician.ssoId}:${this.issued.length + 1}`).toString('hex')
        this.issued.push(technician.authCode)
        return `OK AUTHCODE: ${technician.authCode}`
    }

    private pinCode(values: Record<string, string>, region: RescueRegion, host: string): string {
        const technician = [...this.technicians.values()].find((t) => t.authCode !== undefined && t.authCode === values.authcode)
        if (!technician || !this.companyKnownHere(region)) return 'INVALID_SECRETAUTHCODE'
        if (technician.state === 'deleted') return 'USER_IS_DELETED'
        if (technician.state === 'disabled') return 'USER_DELETED_OR_DISABLED'
        if (technician.state === 'not_technician') return 'NOTTECHNICIAN'
        if (technician.state === 'not_logged_in') return 'NOTLOGGEDIN'
        if (technician.state === 'console_not_running' && values.notechconsole !== '1') return 'NOTECHCONSOLERUNNING'
        if (this.pinsLeft === 0) return 'OUTOFPINCODES'
        const now = this.options.now?.()
        if (now !== undefined && technician.lastPinAt !== undefined && now - technician.lastPinAt < 1000) return 'POLLRATEEXCEEDED'
        technician.lastPinAt = now
        if (this.pinsLeft !== undefined) this.pinsLeft--
        const pin = String(this.nextPin++ % 1_000_000).padStart(6, '0')
        const fields = Object.fromEntries(
            (Object.keys(MAX_LENGTH) as (keyof IssuedPin['fields'])[]).map((name) => [name, values[name] ?? ''])
        ) as IssuedPin['fields']
        const tooLong = (Object.keys(MAX_LENGTH) as (keyof IssuedPin['fields'])[]).filter((name) => fields[name].length > MAX_LENGTH[name])
        this.pins.push({
            pin,
            ssoId: technician.ssoId,
            host,
            region,
            companyId: this.options.companyId,
            fields,
            notechconsole: values.notechconsole ?? '',
            tooLong,
        })
        return this.options.multiline ? `OK\r\nPINCODE:${pin}` : `OK PINCODE:${pin}`
    }
}

function isMethod(value: unknown): value is RescueMethod {
    return value === 'requestAuthCodeSSO' || value === 'requestPINCode' || (typeof value === 'string' && isReportMethod(value))
}

/** Secrets never enter the call log: the SSO password and auth codes are masked. */
function mask(values: Record<string, string>): Record<string, string> {
    const masked = { ...values }
    if (masked.pwd !== undefined) masked.pwd = '***'
    if (masked.authcode !== undefined) masked.authcode = '***'
    return masked
}
