// Token Setup: obtain an OAuth refresh token for the service account from the instance's own token
// endpoint and hand it to Rescue's hosted connector. Pure: the caller supplies the ports (registry
// lookup, HTTP, clock, journal), so every step and every failure sentence is testable without Glide.
import type { Region, RescueConfig } from './config'
import { SETTINGS } from './settings'
import { formEncode, type HttpOutcome, type HttpRequest } from './http'
import { redactSecrets } from './redact'
import { WARNING_WINDOW_DAYS } from './token-expiry'
import { RESCUE_HOSTS, regionOfHost } from './rescue-hosts'
import { neutraliseMarkup } from '../../shared/markup'
import { message, sentences, type Message } from '../../shared/i18n'
import { APP_NAME, APP_SCOPE } from './names'

/** oauth_entity.type of an "OAuth API endpoint for external clients" (the platform labels it OAuth Client). */
export const EXTERNAL_CLIENT_TYPE = 'client'
/** The platform's default refresh token lifespan: 8,640,000 s = 100 days. */
export const DEFAULT_REFRESH_TOKEN_LIFESPAN_S = 8_640_000
const DAY_S = 86_400
const DETAIL_MAX_LENGTH = 200

/** One oauth_entity row, with its client secret decrypted by the platform adapter. */
export interface RegistryEntry {
    readonly sysId: string
    readonly name: string
    readonly type: string
    readonly active: boolean
    readonly clientId: string
    readonly clientSecret: string
    /** refresh_token_lifespan as stored (seconds); may be empty. */
    readonly refreshTokenLifespan: string
}

/** One line of the Token Setup form's list of entries. */
export interface RegistryEntrySummary {
    readonly sysId: string
    readonly name: string
    readonly active: boolean
}

export interface RegistryOption {
    readonly sysId: string
    /** The entry's name, marked when it is inactive. */
    readonly label: Message | string
    readonly selected: boolean
}

/** The form's choices, preselecting the entry named in the settings, and a note when that name matches none. */
export function tokenSetupFormOptions(
    entries: readonly RegistryEntrySummary[],
    configuredName: string
): { options: RegistryOption[]; notice: Message | null } {
    const wanted = configuredName.trim()
    const preselected = entries.find((entry) => entry.name === wanted)
    const options = entries.map((entry) => ({
        sysId: entry.sysId,
        label: entry.active ? entry.name : message('token.inactive_entry', entry.name),
        selected: entry === preselected,
    }))
    let notice: Message | null = null
    if (entries.length === 0) {
        notice = message('token.no_external_clients', APP_NAME, APP_SCOPE)
    } else if (wanted !== '' && preselected === undefined) {
        notice = message('token.configured_entry_missing', SETTINGS.oauthApplication.property)
    }
    return { options, notice }
}

/** What the admin picked on the form, or, when nothing was picked, the entry named in the settings. */
export type RegistrySelection = { readonly by: 'sysId'; readonly value: string } | { readonly by: 'name'; readonly value: string }

export interface TokenSetupPorts {
    readRegistryEntry(selection: RegistrySelection): RegistryEntry | null
    send(request: HttpRequest): HttpOutcome
    nowMs(): number
    /** Appends one sentence to the token request's journal. */
    step(sentence: Message): void
}

export interface TokenSetupInput {
    readonly config: RescueConfig
    readonly selection: RegistrySelection | null
    readonly instanceName: string
    /** The instance's own base URL, https://<instance>.service-now.com/ (glide.servlet.uri). */
    readonly instanceUrl: string
}

export type TokenSetupResult =
    | { readonly ok: true; readonly message: Message; readonly entry: RegistryEntry; readonly expiresOnMs: number }
    | { readonly ok: false; readonly message: Message; readonly entry: RegistryEntry | null }

/** The connector's token endpoint for the configured region. */
export function connectorUrl(region: Region, path: string): string {
    return `https://${RESCUE_HOSTS[region]}${path}`
}

/** The instance's own OAuth token endpoint. */
export function tokenEndpointOf(instanceUrl: string): string {
    return `${instanceUrl.replace(/\/+$/, '')}/oauth_token.do`
}

/** Picks what Token Setup should use: the form's choice, else the entry named in the settings, else nothing. */
export function registrySelection(pickedSysId: string, configuredName: string): RegistrySelection | null {
    if (pickedSysId.trim() !== '') return { by: 'sysId', value: pickedSysId.trim() }
    if (configuredName.trim() !== '') return { by: 'name', value: configuredName.trim() }
    return null
}

/** Refresh token lifespan in seconds, or null when the entry does not give a usable one. */
export function refreshTokenLifespanSeconds(raw: string): number | null {
    const text = raw.trim()
    if (!/^\d+$/.test(text) || Number(text) <= 0) return null
    return Number(text)
}

/** When a refresh token issued at `issuedAtMs` by an entry with this lifespan expires. */
export function refreshTokenExpiry(issuedAtMs: number, lifespanSeconds: number): number {
    return issuedAtMs + lifespanSeconds * 1000
}

/** `2026-03-05 10:31 UTC`: unambiguous in journals and messages whatever the reader's time zone. */
export function formatUtc(ms: number): string {
    return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC'
}

/** Settings Token Setup needs that are empty, each as the sentence that says what to enter. */
export function missingTokenSettings(config: RescueConfig): Message[] {
    const missing: Message[] = []
    if (config.companyId === '') missing.push(message('token.missing_company_id', SETTINGS.companyId.property))
    if (config.serviceAccountUsername === '') missing.push(message('token.missing_username', SETTINGS.serviceAccountUsername.property))
    if (config.serviceAccountPassword === '') missing.push(message('token.missing_password', SETTINGS.serviceAccountPassword.property))
    return missing
}

/** Why this registry entry cannot be used, as a sentence, or null when it can. */
export function registryEntryProblem(entry: RegistryEntry | null, selection: RegistrySelection): Message | null {
    if (entry === null) {
        return selection.by === 'sysId'
            ? message('token.entry_gone', APP_NAME)
            : message('token.entry_not_named', SETTINGS.oauthApplication.property, APP_NAME)
    }
    if (entry.type !== EXTERNAL_CLIENT_TYPE)
        return message('token.entry_wrong_type', entry.name, entry.type || message('token.entry_type_none'), APP_NAME)
    if (!entry.active) return message('token.entry_inactive', entry.name)
    if (entry.clientId === '' || entry.clientSecret === '') return message('token.entry_no_client', entry.name)
    return null
}

export function passwordGrantRequest(input: {
    tokenEndpoint: string
    entry: RegistryEntry
    username: string
    password: string
    timeoutMs: number
}): HttpRequest {
    return {
        method: 'POST',
        url: input.tokenEndpoint,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        // The platform reads client credentials from the POST body only (glide.oauth.allow.parameters.in.post.body.only).
        body: formEncode([
            ['grant_type', 'password'],
            ['client_id', input.entry.clientId],
            ['client_secret', input.entry.clientSecret],
            ['username', input.username],
            ['password', input.password],
        ]),
        timeoutMs: input.timeoutMs,
    }
}

export type TokenGrantResult =
    { readonly ok: true; readonly refreshToken: string; readonly accessToken: string } | { readonly ok: false; readonly message: Message }

function parseJsonObject(body: string): { [key: string]: unknown } | null {
    try {
        const value: unknown = JSON.parse(body)
        return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { [key: string]: unknown }) : null
    } catch {
        return null
    }
}

function stringField(object: { [key: string]: unknown } | null, name: string): string {
    const value = object === null ? undefined : object[name]
    return typeof value === 'string' ? value : ''
}

/** Reads the token endpoint's answer to the password grant; never throws. */
export function parseTokenGrant(
    outcome: HttpOutcome,
    context: { tokenEndpoint: string; entryName: string; username: string; timeoutMs: number }
): TokenGrantResult {
    if (outcome.kind === 'timeout') {
        return {
            ok: false,
            message: message('token.grant_timeout', context.tokenEndpoint, context.timeoutMs, SETTINGS.httpTimeoutMs.property),
        }
    }
    if (outcome.kind === 'unreachable') {
        return { ok: false, message: message('token.grant_unreachable', context.tokenEndpoint, clean(outcome.reason, [])) }
    }
    const answer = parseJsonObject(outcome.body)
    const error = stringField(answer, 'error')
    if (outcome.status === 200) {
        const refreshToken = stringField(answer, 'refresh_token')
        if (refreshToken !== '') return { ok: true, refreshToken, accessToken: stringField(answer, 'access_token') }
        return {
            ok: false,
            message:
                answer === null
                    ? message('token.grant_not_oauth', context.tokenEndpoint)
                    : message('token.grant_no_refresh_token', context.entryName),
        }
    }
    if (error === 'invalid_client') return { ok: false, message: message('token.grant_invalid_client', context.entryName) }
    if (outcome.status === 400 || outcome.status === 401 || outcome.status === 403) {
        const property = SETTINGS.serviceAccountPassword.property
        return {
            ok: false,
            message: error
                ? message('token.grant_refused_with_error', context.username, outcome.status, clean(error, []), property)
                : message('token.grant_refused', context.username, outcome.status, property),
        }
    }
    return { ok: false, message: message('token.grant_http_error', context.tokenEndpoint, outcome.status) }
}

export interface ConnectorPayload {
    readonly instanceName: string
    readonly instanceUrl: string
    readonly companyId: string
    readonly clientId: string
    readonly clientSecret: string
    readonly refreshToken: string
}

export function connectorRequest(url: string, payload: ConnectorPayload, timeoutMs: number): HttpRequest {
    return {
        method: 'POST',
        url,
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        // OAuth's own snake_case names: what a refresh client expects, and what core/redact.ts recognises.
        body: JSON.stringify({
            instance_name: payload.instanceName,
            instance_url: payload.instanceUrl,
            company_id: payload.companyId,
            client_id: payload.clientId,
            client_secret: payload.clientSecret,
            refresh_token: payload.refreshToken,
        }),
        timeoutMs,
    }
}

/** Text from outside, made safe for a journal line: one line, no secrets, no markup, bounded length. */
function clean(text: string, secrets: readonly string[]): string {
    const oneLine = neutraliseMarkup(redactSecrets(text, secrets).replace(/[\u0000-\u001f\u007f]+/g, ' ')).trim()
    return oneLine.length > DETAIL_MAX_LENGTH ? `${oneLine.slice(0, DETAIL_MAX_LENGTH)}…` : oneLine
}

/** The connector's own explanation of an answer (its JSON message or error, else the text), cleaned. */
function connectorDetail(body: string, secrets: readonly string[]): string {
    const answer = parseJsonObject(body)
    const stated = stringField(answer, 'message') || stringField(answer, 'error_description') || stringField(answer, 'error')
    return clean(stated || (answer === null ? body : ''), secrets)
}

function hostOf(url: string): string {
    const match = /^https?:\/\/([^/:?#]+)/i.exec(url.trim())
    return match ? match[1]!.toLowerCase() : ''
}

export type ConnectorResult = { readonly ok: true; readonly status: number } | { readonly ok: false; readonly message: Message }

/** What the connector's answer means. Its API is not public: 2xx accepts; a redirect to another
 * region's host, 404, 421 or a message about the region mean the company lives in another region. */
export function interpretConnectorAnswer(
    outcome: HttpOutcome,
    context: { region: Region; companyId: string; timeoutMs: number; secrets: readonly string[] }
): ConnectorResult {
    const host = RESCUE_HOSTS[context.region]
    const regionSettings = message('list.two', SETTINGS.regionEu.property, SETTINGS.enterprise.property)
    if (outcome.kind === 'timeout') {
        return { ok: false, message: message('token.connector_timeout', host, context.timeoutMs, SETTINGS.httpTimeoutMs.property) }
    }
    if (outcome.kind === 'unreachable') {
        return { ok: false, message: message('token.connector_unreachable', host, clean(outcome.reason, context.secrets)) }
    }
    const status = outcome.status
    if (status >= 200 && status < 300) return { ok: true, status }

    const detail = connectorDetail(outcome.body, context.secrets)
    const regionName = (region: Region) => message(`token.region.${region}`)
    const redirectedRegion = status >= 300 && status < 400 ? regionOfHost(hostOf(outcome.location)) : null
    if (redirectedRegion !== null && redirectedRegion !== context.region) {
        return {
            ok: false,
            message: message(
                'token.region_redirect',
                regionName(redirectedRegion),
                RESCUE_HOSTS[redirectedRegion],
                regionName(context.region),
                host,
                regionSettings
            ),
        }
    }
    if (status === 404 || status === 421 || (status >= 400 && status < 500 && /region/i.test(detail))) {
        const path = SETTINGS.tokenConnectorPath.property
        return {
            ok: false,
            message: detail
                ? message(
                      'token.region_unknown_company_said',
                      host,
                      regionName(context.region),
                      context.companyId,
                      status,
                      detail,
                      regionSettings,
                      path
                  )
                : message(
                      'token.region_unknown_company',
                      host,
                      regionName(context.region),
                      context.companyId,
                      status,
                      regionSettings,
                      path
                  ),
        }
    }
    if (status === 400 || status === 401 || status === 403 || status === 409 || status === 422) {
        const property = SETTINGS.companyId.property
        return {
            ok: false,
            message: detail
                ? message('token.connector_rejected_said', host, status, detail, property)
                : message('token.connector_rejected', host, status, property),
        }
    }
    return {
        ok: false,
        message: detail
            ? message('token.connector_http_error_said', host, status, detail)
            : message('token.connector_http_error', host, status),
    }
}

/** Runs Token Setup step by step; each step and each failure is one sentence in the journal.
 * The picked entry is checked first, so the request records which entry a failed run was for. */
export function performTokenSetup(input: TokenSetupInput, ports: TokenSetupPorts): TokenSetupResult {
    const { config } = input
    const fail = (reason: Message, entry: RegistryEntry | null): TokenSetupResult => {
        ports.step(reason)
        return { ok: false, message: reason, entry }
    }

    if (input.selection === null) return fail(message('token.nothing_picked', SETTINGS.oauthApplication.property), null)

    const entry = ports.readRegistryEntry(input.selection)
    const entryProblem = registryEntryProblem(entry, input.selection)
    if (entry === null || entryProblem !== null) return fail(entryProblem ?? message('token.entry_gone', APP_NAME), entry)
    const lifespan = refreshTokenLifespanSeconds(entry.refreshTokenLifespan)
    ports.step(
        lifespan === null
            ? message('token.step_read_entry_default', entry.name, DEFAULT_REFRESH_TOKEN_LIFESPAN_S / DAY_S)
            : message('token.step_read_entry', entry.name, Math.floor(lifespan / DAY_S))
    )

    const missing = sentences(missingTokenSettings(config))
    if (missing !== '') return fail(missing, entry)

    const tokenEndpoint = tokenEndpointOf(input.instanceUrl)
    const grantRequest = passwordGrantRequest({
        tokenEndpoint,
        entry,
        username: config.serviceAccountUsername,
        password: config.serviceAccountPassword,
        timeoutMs: config.httpTimeoutMs,
    })
    const grant = parseTokenGrant(ports.send(grantRequest), {
        tokenEndpoint,
        entryName: entry.name,
        username: config.serviceAccountUsername,
        timeoutMs: config.httpTimeoutMs,
    })
    if (!grant.ok) return fail(grant.message, entry)
    const issuedAtMs = ports.nowMs()
    ports.step(message('token.step_token_issued', config.serviceAccountUsername))

    const url = connectorUrl(config.region, config.tokenConnectorPath)
    const payload: ConnectorPayload = {
        instanceName: input.instanceName,
        instanceUrl: input.instanceUrl,
        companyId: config.companyId,
        clientId: entry.clientId,
        clientSecret: entry.clientSecret,
        refreshToken: grant.refreshToken,
    }
    const sent = interpretConnectorAnswer(ports.send(connectorRequest(url, payload, config.httpTimeoutMs)), {
        region: config.region,
        companyId: config.companyId,
        timeoutMs: config.httpTimeoutMs,
        secrets: [entry.clientSecret, grant.refreshToken, grant.accessToken, config.serviceAccountPassword],
    })
    if (!sent.ok) return fail(sent.message, entry)

    const expiresOnMs = refreshTokenExpiry(issuedAtMs, lifespan ?? DEFAULT_REFRESH_TOKEN_LIFESPAN_S)
    ports.step(message('token.step_sent', input.instanceName, url, sent.status))
    return {
        ok: true,
        entry,
        expiresOnMs,
        message: message('token.succeeded', config.serviceAccountUsername, formatUtc(expiresOnMs), WARNING_WINDOW_DAYS),
    }
}
