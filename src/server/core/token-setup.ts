// Token Setup: obtain an OAuth refresh token for the service account from the instance's own token
// endpoint and hand it to Rescue's hosted connector. Pure: the caller supplies the ports (registry
// lookup, HTTP, clock, journal), so every step and every failure sentence is testable without Glide.
import { SETTINGS, type Region, type RescueConfig } from './config'
import { formEncode, type HttpOutcome, type HttpRequest } from './http'
import { redactSecrets } from './redact'
import { WARNING_WINDOW_DAYS } from './token-expiry'
import { REGION_NAMES, RESCUE_HOSTS, regionOfHost } from './rescue-hosts'
import { neutraliseMarkup } from './session-note'
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
    readonly label: string
    readonly selected: boolean
}

/** Where an admin creates a usable entry: the registry entry must be an application file of this app's scope. */
const CREATE_IN_SCOPE = `With the application picker set to ${APP_NAME}, create one under System OAuth > Application Registry > New > "Create an OAuth API endpoint for external clients"`

/** The form's choices, preselecting the entry named in the settings, and a note when that name matches none. */
export function tokenSetupFormOptions(entries: readonly RegistryEntrySummary[], configuredName: string): { options: RegistryOption[]; notice: string } {
    const wanted = configuredName.trim()
    const preselected = entries.find((entry) => entry.name === wanted)
    const options = entries.map((entry) => ({
        sysId: entry.sysId,
        label: entry.active ? entry.name : `${entry.name} (inactive)`,
        selected: entry === preselected,
    }))
    let notice = ''
    if (entries.length === 0) {
        notice = `No OAuth API endpoint for external clients exists in the ${APP_NAME} application scope (${APP_SCOPE}). ${CREATE_IN_SCOPE}, then reload this page.`
    } else if (wanted !== '' && preselected === undefined) {
        notice = `No OAuth API endpoint for external clients has the name in setting ${SETTINGS.oauthApplication.property}; pick one below or correct the setting.`
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
    step(sentence: string): void
}

export interface TokenSetupInput {
    readonly config: RescueConfig
    readonly selection: RegistrySelection | null
    readonly instanceName: string
    /** The instance's own base URL, https://<instance>.service-now.com/ (glide.servlet.uri). */
    readonly instanceUrl: string
}

export type TokenSetupResult =
    | { readonly ok: true; readonly message: string; readonly entry: RegistryEntry; readonly expiresOnMs: number }
    | { readonly ok: false; readonly message: string; readonly entry: RegistryEntry | null }

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
export function missingTokenSettings(config: RescueConfig): string[] {
    const missing: string[] = []
    if (config.companyId === '')
        missing.push(`Enter the Rescue company ID (${SETTINGS.companyId.property}) in LogMeIn Rescue > Settings; the connector files the token under it.`)
    if (config.serviceAccountUsername === '')
        missing.push(
            `Enter the service account's user ID (${SETTINGS.serviceAccountUsername.property}) in LogMeIn Rescue > Settings; the token is issued for that account.`
        )
    if (config.serviceAccountPassword === '')
        missing.push(
            `Enter the service account's password (${SETTINGS.serviceAccountPassword.property}) in LogMeIn Rescue > Settings; Token Setup signs in with it once.`
        )
    return missing
}

/** Why this registry entry cannot be used, as a sentence, or null when it can. */
export function registryEntryProblem(entry: RegistryEntry | null, selection: RegistrySelection): string | null {
    const create = CREATE_IN_SCOPE
    if (entry === null) {
        return selection.by === 'sysId'
            ? `The OAuth application registry entry you picked does not exist in the ${APP_NAME} application scope. ${create}, then pick it on the Token Setup form.`
            : `No OAuth application registry entry has the name in setting ${SETTINGS.oauthApplication.property}. ${create}, or correct the name in LogMeIn Rescue > Settings.`
    }
    if (entry.type !== EXTERNAL_CLIENT_TYPE) {
        return `The OAuth application registry entry "${entry.name}" is of type "${entry.type || 'none'}", not an OAuth API endpoint for external clients, so the instance will not issue tokens for it. ${create}, then pick it.`
    }
    if (!entry.active) return `The OAuth application registry entry "${entry.name}" is inactive. Open it under System OAuth > Application Registry, tick Active, and run Token Setup again.`
    if (entry.clientId === '' || entry.clientSecret === '') {
        return `The OAuth application registry entry "${entry.name}" has no client ID or client secret. Open it under System OAuth > Application Registry, save it so the platform generates both, and run Token Setup again.`
    }
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

export type TokenGrantResult = { readonly ok: true; readonly refreshToken: string; readonly accessToken: string } | { readonly ok: false; readonly message: string }

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
export function parseTokenGrant(outcome: HttpOutcome, context: { tokenEndpoint: string; entryName: string; username: string; timeoutMs: number }): TokenGrantResult {
    if (outcome.kind === 'timeout') {
        return {
            ok: false,
            message: `The instance's OAuth token endpoint ${context.tokenEndpoint} did not answer within ${context.timeoutMs} ms. Try again; if it keeps happening, raise ${SETTINGS.httpTimeoutMs.property}.`,
        }
    }
    if (outcome.kind === 'unreachable') {
        return {
            ok: false,
            message: `The instance's OAuth token endpoint ${context.tokenEndpoint} could not be reached (${clean(outcome.reason, [])}). Check that the OAuth 2.0 plugin is active and that the instance may call its own URL.`,
        }
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
                    ? `The instance's OAuth token endpoint ${context.tokenEndpoint} answered with something that is not an OAuth token response. Check that the OAuth 2.0 plugin is active.`
                    : `The instance issued no refresh token for "${context.entryName}". Give the registry entry a refresh token lifespan greater than 0 and run Token Setup again.`,
        }
    }
    if (error === 'invalid_client') {
        return {
            ok: false,
            message: `The instance refused the client ID and secret of the OAuth application registry entry "${context.entryName}". Open the entry, save it with a new client secret if needed, and run Token Setup again.`,
        }
    }
    if (outcome.status === 400 || outcome.status === 401 || outcome.status === 403) {
        return {
            ok: false,
            message: `The instance refused to sign in the service account "${context.username}" (HTTP ${outcome.status}${error ? `, ${clean(error, [])}` : ''}). Correct the password in ${SETTINGS.serviceAccountPassword.property}, and check that the account is active, not locked out, and allowed to use web services.`,
        }
    }
    return {
        ok: false,
        message: `The instance's OAuth token endpoint ${context.tokenEndpoint} answered HTTP ${outcome.status}. Check that the OAuth 2.0 plugin is active, then try again.`,
    }
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

export type ConnectorResult = { readonly ok: true; readonly status: number } | { readonly ok: false; readonly message: string }

/** What the connector's answer means. Its API is not public: 2xx accepts; a redirect to another
 * region's host, 404, 421 or a message about the region mean the company lives in another region. */
export function interpretConnectorAnswer(
    outcome: HttpOutcome,
    context: { region: Region; companyId: string; timeoutMs: number; secrets: readonly string[] }
): ConnectorResult {
    const host = RESCUE_HOSTS[context.region]
    const regionSettings = `${SETTINGS.regionEu.property} and ${SETTINGS.enterprise.property}`
    if (outcome.kind === 'timeout') {
        return {
            ok: false,
            message: `Rescue's connector at ${host} did not answer within ${context.timeoutMs} ms. Try again later; if it keeps happening, raise ${SETTINGS.httpTimeoutMs.property}.`,
        }
    }
    if (outcome.kind === 'unreachable') {
        return {
            ok: false,
            message: `Rescue's connector at ${host} could not be reached (${clean(outcome.reason, context.secrets)}). Check that the instance may call https://${host} (firewall, proxy, MID server rules).`,
        }
    }
    const status = outcome.status
    if (status >= 200 && status < 300) return { ok: true, status }

    const detail = connectorDetail(outcome.body, context.secrets)
    const said = detail ? `: ${detail}` : ''
    const redirectedRegion = status >= 300 && status < 400 ? regionOfHost(hostOf(outcome.location)) : null
    if (redirectedRegion !== null && redirectedRegion !== context.region) {
        return {
            ok: false,
            message: `Region mismatch: your Rescue company is served by the ${REGION_NAMES[redirectedRegion]} data centre (${RESCUE_HOSTS[redirectedRegion]}), but the settings choose ${REGION_NAMES[context.region]} (${host}). Set ${regionSettings} to match your Rescue account and run Token Setup again.`,
        }
    }
    if (status === 404 || status === 421 || (status >= 400 && status < 500 && /region/i.test(detail))) {
        return {
            ok: false,
            message: `Region mismatch: Rescue's connector at ${host} (${REGION_NAMES[context.region]} data centre) does not know company ${context.companyId} (HTTP ${status}${said}). If your Rescue account is on another data centre, set ${regionSettings} to match it; if LogMeIn gave you another connector path, set ${SETTINGS.tokenConnectorPath.property}.`,
        }
    }
    if (status === 400 || status === 401 || status === 403 || status === 409 || status === 422) {
        return {
            ok: false,
            message: `Rescue's connector at ${host} rejected the token (HTTP ${status}${said}). Check the Rescue company ID in ${SETTINGS.companyId.property} and that LogMeIn has enabled the ServiceNow connector for your company, then run Token Setup again.`,
        }
    }
    return {
        ok: false,
        message: `Rescue's connector at ${host} answered HTTP ${status}${said}. Try again later; if it keeps happening, contact LogMeIn support and quote this token request's journal.`,
    }
}

/** Runs Token Setup step by step; each step and each failure is one sentence in the journal.
 * The picked entry is checked first, so the request records which entry a failed run was for. */
export function performTokenSetup(input: TokenSetupInput, ports: TokenSetupPorts): TokenSetupResult {
    const { config } = input
    const fail = (message: string, entry: RegistryEntry | null): TokenSetupResult => {
        ports.step(message)
        return { ok: false, message, entry }
    }

    if (input.selection === null) {
        return fail(
            `No OAuth application registry entry was picked and ${SETTINGS.oauthApplication.property} is empty. Pick one on the Token Setup form, or name it in LogMeIn Rescue > Settings.`,
            null
        )
    }

    const entry = ports.readRegistryEntry(input.selection)
    const entryProblem = registryEntryProblem(entry, input.selection)
    if (entry === null || entryProblem !== null) return fail(entryProblem ?? '', entry)
    const lifespan = refreshTokenLifespanSeconds(entry.refreshTokenLifespan)
    ports.step(
        `Read the OAuth application registry entry "${entry.name}" (an OAuth API endpoint for external clients; its refresh tokens live ${
            lifespan === null ? `the platform default of ${DEFAULT_REFRESH_TOKEN_LIFESPAN_S / DAY_S} days, as the entry gives no lifespan` : `${Math.floor(lifespan / DAY_S)} days`
        }).`
    )

    const missing = missingTokenSettings(config)
    if (missing.length > 0) return fail(missing.join(' '), entry)

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
    ports.step(`The instance's OAuth token endpoint issued a refresh token for the service account "${config.serviceAccountUsername}".`)

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
    ports.step(
        `Sent the refresh token, the instance name "${input.instanceName}", the company ID and the entry's client ID and secret to Rescue's connector at ${url}; it accepted them (HTTP ${sent.status}).`
    )
    return {
        ok: true,
        entry,
        expiresOnMs,
        message: `Token Setup succeeded: Rescue's connector now reaches this instance as "${config.serviceAccountUsername}". The refresh token expires on ${formatUtc(expiresOnMs)}; admins are emailed daily from ${WARNING_WINDOW_DAYS} days before until Token Setup runs again.`,
    }
}
