// Token Setup and its expiry warning, wired: settings, registry, HTTP and the token request record
// around the pure steps in core/token-setup.ts and core/token-expiry.ts. RescueCore exposes these.
import type { HttpOutcome, HttpRequest } from '../core/http'
import { RESCUE_HOSTS } from '../core/rescue-hosts'
import { expiryWarning, expiryWarningSentence } from '../core/token-expiry'
import { formatUtc, performTokenSetup, registrySelection, tokenSetupFormOptions, type RegistryOption } from '../core/token-setup'
import { millisOf, nowMs } from './glide-values'
import { sendHttp } from './http'
import { createLogger } from './log'
import { listExternalClients, readRegistryEntry } from './oauth-registry'
import { readConfig } from './properties'
import { activeAdminIds, appendStep, createTokenRequest, finishTokenRequest, latestSucceededRequest, recordWarning, setState } from './token-requests'
import { ADMIN_ROLE } from '../core/names'

export const TOKEN_EXPIRING_EVENT = 'x_rescue_connect.token.expiring'
const NOT_ADMIN = `Only LogMeIn Rescue admins (role ${ADMIN_ROLE}) can run Token Setup.`

export interface TokenSetupAnswer {
    readonly ok: boolean
    readonly message: string
    /** sys_id of the token request record; empty when none was created. */
    readonly requestId: string
}

/** The instance's own URL: glide.servlet.uri, else the service-now.com name of the instance. */
function instanceIdentity(): { name: string; url: string } {
    const name = gs.getProperty('instance_name') || ''
    const url = gs.getProperty('glide.servlet.uri') || `https://${name}.service-now.com/`
    return { name, url }
}

export function runTokenSetup(pickedSysId: string): TokenSetupAnswer {
    if (!gs.hasRole(ADMIN_ROLE)) return { ok: false, message: NOT_ADMIN, requestId: '' }
    const settings = readConfig()
    const region = settings.ok ? settings.config.region : 'global'
    const request = createTokenRequest(region, RESCUE_HOSTS[region])
    const requestId = request.getUniqueValue()
    setState(request, 'running')

    if (!settings.ok) {
        const message = `Token Setup cannot run until the settings are fixed: ${settings.errors.join(' ')}`
        appendStep(request, message)
        finishTokenRequest(request, { state: 'failed', message, oauthApplication: '', expiresOnMs: null })
        return { ok: false, message, requestId }
    }

    const { config } = settings
    const log = createLogger(config.debugLogging, [config.serviceAccountPassword, config.ssoPassword])
    // Bodies carry passwords, the client secret and tokens, so API logging shows the call and its outcome only.
    const send = (call: HttpRequest): HttpOutcome => {
        const outcome = sendHttp(call)
        if (config.debugApiLogging) {
            const said = outcome.kind === 'response' ? `HTTP ${outcome.status} (${outcome.body.length} characters)` : outcome.kind === 'timeout' ? 'no answer (timeout)' : `unreachable (${outcome.reason})`
            log.info(`Token Setup ${requestId}: ${call.method} ${call.url} -> ${said}`)
        }
        return outcome
    }
    const instance = instanceIdentity()
    const result = performTokenSetup(
        { config, selection: registrySelection(pickedSysId, config.oauthApplication), instanceName: instance.name, instanceUrl: instance.url },
        { readRegistryEntry, send, nowMs, step: (sentence) => appendStep(request, sentence) }
    )
    finishTokenRequest(request, {
        state: result.ok ? 'succeeded' : 'failed',
        message: result.message,
        oauthApplication: result.entry ? result.entry.sysId : '',
        expiresOnMs: result.ok ? result.expiresOnMs : null,
    })
    if (result.ok) log.info(`Token Setup ${requestId} succeeded.`)
    else log.warn(`Token Setup ${requestId} failed: ${result.message}`)
    return { ok: result.ok, message: result.message, requestId }
}

export interface TokenSetupForm {
    readonly allowed: boolean
    readonly options: RegistryOption[]
    readonly notice: string
    readonly lastSuccess: string
}

/** What the Token Setup page shows; its client script (src/client/token-setup.ts) puts every value in as text. */
export function tokenSetupForm(): TokenSetupForm {
    if (!gs.hasRole(ADMIN_ROLE)) return { allowed: false, options: [], notice: NOT_ADMIN, lastSuccess: '' }
    const settings = readConfig()
    const { options, notice } = tokenSetupFormOptions(listExternalClients(), settings.ok ? settings.config.oauthApplication : '')
    const latest = latestSucceededRequest()
    const expiresOnMs = latest ? millisOf(latest, 'expires_on') : null
    const lastSuccess =
        latest && expiresOnMs !== null
            ? `The last successful Token Setup sent a refresh token that expires on ${formatUtc(expiresOnMs)}.`
            : 'Token Setup has not succeeded on this instance yet.'
    return { allowed: true, options, notice, lastSuccess }
}

/** The daily job: from 14 days before the connector's refresh token expires, email the admins once a day. */
export function warnTokenExpiry(): void {
    const request = latestSucceededRequest()
    const expiresOnMs = request ? millisOf(request, 'expires_on') : null
    if (request === null || expiresOnMs === null) return
    const now = nowMs()
    const warning = expiryWarning(now, expiresOnMs, millisOf(request, 'last_warning_sent'))
    if (!warning.send) return
    const admins = activeAdminIds()
    if (admins.length > 0) gs.eventQueue(TOKEN_EXPIRING_EVENT, request, admins.join(','), String(warning.daysLeft))
    recordWarning(request, expiryWarningSentence(warning, admins.length, formatUtc(expiresOnMs)), now)
}
