// "Test connection" (admins) end to end: the settings check first (every setting the app cannot use,
// by its title on the Settings page), then one requestAuthCodeSSO call for the admin's own SSO ID; the
// outcome (core/connection-check.ts) is success or error with the next step, in the admin's language.
import { missingPinSettings, type RescueConfig } from '../core/config'
import { SETTINGS } from '../core/settings'
import {
    connectionSucceeded,
    emailShared,
    integrationDisabled,
    internalFailure,
    invalidSettingProperties,
    noEmail,
    rescueRefused,
    settingsMissing,
    settingsUnusable,
    type ConnectionOutcome,
} from '../core/connection-check'
import { message, translateAll, type Texts } from '../../shared/i18n'
import { TEST_CONNECTION_PAGE } from '../core/admin-pages'
import { requestAuthCode } from '../core/pin-flow'
import { redactSecrets } from '../core/redact'
import { RESCUE_HOSTS } from '../core/rescue-hosts'
import { ADMIN_ROLE } from '../core/names'
import { translate } from './messages'
import { readConfig } from './properties'
import { createLogger, type Logger } from './log'
import { createRescueSender } from './rescue-client'
import { authCodeCache, rescueAccountKey } from './auth-code-cache'
import { activeUserWithEmail } from './users'
import { isTaskTable } from './pin-records'
import { logUnservedTable } from './pin-service'

/** What RescueAdminAjax.testConnection answers: the outcome in the admin's language. */
export interface ConnectionAnswer {
    ok: boolean
    /** success or error: the page shows it as the platform shows such messages. */
    type: 'success' | 'error'
    message: string
    /** The settings to fix, one line each. */
    items: string[]
    nextStep: string
}

/**
 * The titles the Settings page shows for these properties (their descriptions; sys_properties is read under the
 * app's cross-scope privilege): one query, made only when a setting needs naming.
 */
function settingTitles(properties: readonly string[]): { [property: string]: string } {
    const titles: { [property: string]: string } = {}
    if (properties.length === 0) return titles
    const property = new GlideRecord('sys_properties')
    property.addQuery('name', 'IN', properties.join(','))
    property.query()
    while (property.next()) titles[property.getValue('name') || ''] = property.getValue('description') || ''
    return titles
}

const titleOf = (titles: { [property: string]: string }, property: string) => titles[property] || property

function answer(outcome: ConnectionOutcome, secrets: readonly string[] = []): ConnectionAnswer {
    const say = (text: Parameters<typeof translate>[0]) => redactSecrets(translate(text), secrets)
    return {
        ok: outcome.ok,
        type: outcome.type,
        message: say(outcome.message),
        items: outcome.items.map(say),
        nextStep: say(outcome.nextStep),
    }
}

/** The Test Connection page's texts in the admin's language; for anyone else also why the page will not work for them. */
export function testConnectionPage(): { allowed: boolean; notice: string; labels: Texts<typeof TEST_CONNECTION_PAGE> } {
    const labels = translateAll(TEST_CONNECTION_PAGE, translate)
    if (!gs.hasRole(ADMIN_ROLE)) return { allowed: false, notice: translate(message('connection.not_admin')), labels }
    return { allowed: true, notice: '', labels }
}

/**
 * The answer with one more line per table x_rescue_connect.pin.tables lists that this instance cannot serve (not
 * installed, or not extending task): each named alone, never with the setting's other values; each logged too.
 */
function withIgnoredTables(reply: ConnectionAnswer, config: RescueConfig, logger: Logger): ConnectionAnswer {
    const ignored = config.pinTables.filter((table) => !isTaskTable(table))
    for (const table of ignored) logUnservedTable(table, logger)
    return {
        ...reply,
        items: [
            ...reply.items,
            ...ignored.map((table) => translate(message('connection.table_ignored', table, SETTINGS.pinTables.property))),
        ],
    }
}

function checkConnection(): ConnectionAnswer {
    if (!gs.hasRole(ADMIN_ROLE)) {
        return {
            ok: false,
            type: 'error',
            message: translate(message('connection.not_admin')),
            items: [],
            nextStep: translate(message('connection.next.not_admin')),
        }
    }
    const parsed = readConfig()
    const config = parsed.config
    if (!config.enabled) return answer(integrationDisabled(SETTINGS.enabled.property))
    if (!parsed.ok) {
        const properties = invalidSettingProperties(parsed.errors)
        const titles = settingTitles(properties)
        return answer(settingsUnusable(parsed.errors.map((problem, index) => ({ title: titleOf(titles, properties[index]!), problem }))))
    }
    const missing = missingPinSettings(config)
    if (missing.length > 0) {
        const titles = settingTitles(missing)
        return answer(settingsMissing(missing.map((property) => ({ title: titleOf(titles, property), property }))))
    }
    const secrets = [config.ssoPassword]
    const ssoId = (gs.getUser().getEmail() || '').trim()
    if (ssoId === '') return answer(noEmail())
    if (activeUserWithEmail(ssoId).kind === 'several') return answer(emailShared(ssoId))
    const host = RESCUE_HOSTS[config.region]
    const logger = createLogger(config.debugLogging, secrets)
    const cache = authCodeCache(gs.getUserID(), rescueAccountKey(host, config.companyId, ssoId))
    const send = createRescueSender(config.httpTimeoutMs, logger, config.debugApiLogging)
    const outcome = requestAuthCode({ region: config.region, companyId: config.companyId, ssoPassword: config.ssoPassword, ssoId }, send)
    if (!outcome.ok) return withIgnoredTables(answer(rescueRefused(outcome.failure, host, ssoId), secrets), config, logger)
    // A new code replaces the admin's old one, so it is kept for their next PIN.
    secrets.push(outcome.value)
    cache.saveAuthCode(outcome.value)
    return withIgnoredTables(answer(connectionSucceeded(host, ssoId), secrets), config, logger)
}

/** RescueAdminAjax.testConnection: the outcome for the admin; a defect is logged (redacted) and answered in one sentence. */
export function testConnection(): ConnectionAnswer {
    try {
        return checkConnection()
    } catch (error) {
        createLogger(false, [gs.getProperty(SETTINGS.ssoPassword.property) || '']).error(`Test connection failed: ${String(error)}`)
        return answer(internalFailure())
    }
}
