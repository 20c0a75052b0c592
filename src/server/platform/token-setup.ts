// Token Setup and its expiry warning, wired: settings, registry, HTTP and the token request record
// around the pure steps in core/token-setup.ts and core/token-expiry.ts. RescueCore exposes these.
import type { HttpOutcome, HttpRequest } from '../core/http'
import { RESCUE_HOSTS } from '../core/rescue-hosts'
import { expiryWarning, expiryWarningSentence, expiryReminderEmail } from '../core/token-expiry'
import type { Email } from '../core/pin-email'
import { formatUtc, performTokenSetup, registrySelection, tokenSetupFormOptions, type RegistryOption } from '../core/token-setup'
import { millisOf, nowMs } from './glide-values'
import { sendHttp } from './http'
import { createLogger } from './log'
import { listExternalClients, readRegistryEntry } from './oauth-registry'
import { readConfig } from './properties'
import {
    activeAdminIds,
    appendStep,
    createTokenRequest,
    finishTokenRequest,
    latestSucceededRequest,
    recordWarning,
    setState,
} from './token-requests'
import { message, sentences, translateAll, type Message, type Texts } from '../../shared/i18n'
import { TOKEN_SETUP_PAGE } from '../core/admin-pages'
import { inEnglish, languageOrInstance, translate, translateIn, translatorFor, workNotesLanguage } from './messages'
import { ADMIN_ROLE } from '../core/names'

export const TOKEN_EXPIRING_EVENT = 'x_rescue_connect.token.expiring'
const NOT_ADMIN = message('token.not_admin')

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
    if (!gs.hasRole(ADMIN_ROLE)) return { ok: false, message: translate(NOT_ADMIN), requestId: '' }
    const settings = readConfig()
    // The request's journal and message are written like work notes (one language for all readers);
    // the answer on the page is in the admin's own language.
    // One translator for the whole answer: its messages load in one lookup.
    const inJournal = translatorFor(workNotesLanguage(settings.config))
    const region = settings.ok ? settings.config.region : 'global'
    const request = createTokenRequest(region, RESCUE_HOSTS[region])
    const requestId = request.getUniqueValue()
    setState(request, 'running')

    if (!settings.ok) {
        const reason = message('token.settings_invalid', sentences(settings.errors))
        const recorded = inJournal(reason)
        appendStep(request, recorded)
        finishTokenRequest(request, { state: 'failed', message: recorded, oauthApplication: '', expiresOnMs: null })
        return { ok: false, message: translate(reason), requestId }
    }

    const { config } = settings
    const log = createLogger(config.debugLogging, [config.serviceAccountPassword, config.ssoPassword])
    // Bodies carry passwords, the client secret and tokens, so API logging shows the call and its outcome only.
    const send = (call: HttpRequest): HttpOutcome => {
        const outcome = sendHttp(call)
        if (config.debugApiLogging) {
            // i18n-exempt: part of the API log line below.
            const said =
                outcome.kind === 'response'
                    ? `HTTP ${outcome.status} (${outcome.body.length} characters)`
                    : outcome.kind === 'timeout'
                      ? 'no answer (timeout)'
                      : `unreachable (${outcome.reason})`
            log.info(`Token Setup ${requestId}: ${call.method} ${call.url} -> ${said}`)
        }
        return outcome
    }
    const instance = instanceIdentity()
    const result = performTokenSetup(
        {
            config,
            selection: registrySelection(pickedSysId, config.oauthApplication),
            instanceName: instance.name,
            instanceUrl: instance.url,
        },
        { readRegistryEntry, send, nowMs, step: (sentence) => appendStep(request, inJournal(sentence)) }
    )
    finishTokenRequest(request, {
        state: result.ok ? 'succeeded' : 'failed',
        message: inJournal(result.message),
        oauthApplication: result.entry ? result.entry.sysId : '',
        expiresOnMs: result.ok ? result.expiresOnMs : null,
    })
    if (result.ok) log.info(`Token Setup ${requestId} succeeded.`)
    else log.warn(`Token Setup ${requestId} failed: ${inEnglish(result.message)}`)
    return { ok: result.ok, message: translate(result.message), requestId }
}

export interface TokenSetupForm {
    readonly allowed: boolean
    /** The page's own texts in the admin's language (its markup holds none). */
    readonly labels: Texts<typeof TOKEN_SETUP_PAGE>
    readonly options: (RegistryOption & { readonly label: string })[]
    readonly notice: string
    readonly lastSuccess: string
}

/** What the Token Setup page shows; its client script (src/client/token-setup.ts) puts every value in as text. */
export function tokenSetupForm(): TokenSetupForm {
    const labels = translateAll(TOKEN_SETUP_PAGE, translate)
    if (!gs.hasRole(ADMIN_ROLE)) return { allowed: false, labels, options: [], notice: translate(NOT_ADMIN), lastSuccess: '' }
    const settings = readConfig()
    const form = tokenSetupFormOptions(listExternalClients(), settings.ok ? settings.config.oauthApplication : '')
    const options = form.options.map((option) => ({
        ...option,
        label: typeof option.label === 'string' ? option.label : translate(option.label),
    }))
    const latest = latestSucceededRequest()
    const expiresOnMs = latest ? millisOf(latest, 'expires_on') : null
    const lastSuccess: Message =
        latest && expiresOnMs !== null ? message('token.last_success', formatUtc(expiresOnMs)) : message('token.never_succeeded')
    return { allowed: true, labels, options, notice: form.notice ? translate(form.notice) : '', lastSuccess: translate(lastSuccess) }
}

/** The daily job: from 14 days before the connector's refresh token expires, email the admins once a day. */
export function warnTokenExpiry(): void {
    const request = latestSucceededRequest()
    const expiresOnMs = request ? millisOf(request, 'expires_on') : null
    if (request === null || expiresOnMs === null) return
    const now = nowMs()
    const warning = expiryWarning(now, expiresOnMs, millisOf(request, 'last_warning_sent'))
    if (!warning.send) return
    // One email per admin, each in that admin's language (parm1 the admin, parm2 the days left).
    const admins = activeAdminIds()
    for (const admin of admins) gs.eventQueue(TOKEN_EXPIRING_EVENT, request, admin, String(warning.daysLeft))
    const config = readConfig().config
    recordWarning(
        request,
        translateIn(workNotesLanguage(config), expiryWarningSentence(warning, admins.length, formatUtc(expiresOnMs))),
        now
    )
}

/**
 * The token-expiry notification's subject and body, for its mail script: one email per admin (parm1),
 * written in that admin's language; parm2 is the days left.
 */
export function tokenExpiryEmail(request: GlideRecord, recipient: string, daysLeft: string): Email {
    const user = new GlideRecord('sys_user')
    const t = translatorFor(languageOrInstance(user.get(recipient) ? user.getValue('preferred_language') : ''))
    const expiresOnMs = millisOf(request, 'expires_on')
    return expiryReminderEmail({ expiresOn: expiresOnMs === null ? '' : formatUtc(expiresOnMs), daysLeft }, t)
}
