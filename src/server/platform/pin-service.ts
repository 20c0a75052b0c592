// "Generate Rescue PIN" and "Test connection" end to end: every server-side check the UI condition
// only hints at, then core/pin-flow.ts's decisions against Rescue, then the records a PIN leaves.
// Each failure is an answer with a code and a sentence; nothing here throws to the caller.
import { SETTINGS, missingPinSettings, parseConfig, type RescueConfig } from '../core/config'
import { redactSecrets } from '../core/redact'
import { customerJoinUrl } from '../core/rescue-protocol'
import { RESCUE_HOSTS } from '../core/rescue-hosts'
import {
    choosePinTable,
    connectionCheckSentence,
    obtainPin,
    pinButtonVisible,
    pinSuccessMessage,
    pinWorkNote,
    PIN_MODAL_LABELS,
    requestAuthCode,
    trackingValue,
    type PinAnswer,
    type PinModalLabels,
} from '../core/pin-flow'
import { PIN_ERRORS, describeRescueFailure, emailNotUnique, noCustomer, settingsIncomplete, settingsInvalid, type PinError } from '../core/pin-errors'
import { message, translateAll, type Texts } from '../../shared/i18n'
import { TEST_CONNECTION_PAGE } from '../core/admin-pages'
import { neutraliseMarkup } from '../../shared/markup'
import { sessionLanguage, translate, translateIn, workNotesLanguage } from './messages'
import { readConfig } from './properties'
import { createLogger, type Logger } from './log'
import { createRescueSender } from './rescue-client'
import { authCodeCache, rescueAccountKey } from './auth-code-cache'
import {
    CUSTOMER_EMAIL_EVENT,
    TECHNICIAN_EMAIL_EVENT,
    addWorkNote,
    insertPinSession,
    queuePinEmail,
    readPinRecord,
    tableHasField,
    tableInstalled,
} from './pin-records'
import { ADMIN_ROLE, USER_ROLE } from '../core/names'
import { activeUserWithEmail } from './users'

/**
 * The agent's email, which is their Rescue SSO ID, when it identifies them: not empty, and no other
 * active user has it (compared case-insensitively). Otherwise the error to answer; Rescue is not called.
 */
function agentSsoId(): { ok: true; ssoId: string } | { ok: false; error: PinError } {
    const ssoId = (gs.getUser().getEmail() || '').trim()
    if (ssoId === '') return { ok: false, error: PIN_ERRORS.noEmail }
    if (activeUserWithEmail(ssoId).kind === 'several') return { ok: false, error: emailNotUnique(ssoId) }
    return { ok: true, ssoId }
}

/** The agent's failure answer, in their language, with every known secret redacted. */
function failureAnswer(error: PinError, secrets: readonly string[] = []): PinAnswer {
    return { ok: false, code: error.code, message: redactSecrets(translate(error.message), secrets) }
}

/** The modal's texts in the agent's language; the join link's {0} is left for the client to fill. */
function modalLabels(pin: string, answer: string): PinModalLabels {
    return {
        ...translateAll(PIN_MODAL_LABELS, translate),
        titleWithPin: translate(message('pin.modal.title_with_pin', pin)),
        infoFallback: translate(message('pin.modal.info_fallback', pin, answer)),
    }
}

type Usable = { ok: true; config: RescueConfig; logger: Logger; secrets: string[] } | { ok: false; error: PinError }

/** Settings valid, integration on, company ID and SSO password filled in (the live settings unless given). */
function usableConfig(parsed = readConfig()): Usable {
    // Switched off is the answer even when another setting is invalid too: nothing else matters then.
    if (!parsed.config.enabled) return { ok: false, error: PIN_ERRORS.disabled }
    if (!parsed.ok) return { ok: false, error: settingsInvalid(parsed.errors) }
    const config = parsed.config
    const missing = missingPinSettings(config)
    if (missing.length > 0) return { ok: false, error: settingsIncomplete(missing) }
    // The logger reads this list on every line, so auth codes added later are redacted too.
    const secrets = [config.ssoPassword]
    return { ok: true, config, logger: createLogger(config.debugLogging, secrets), secrets }
}

function generatePinChecked(table: string, sysId: string): PinAnswer {
    if (!gs.hasRole(USER_ROLE)) return failureAnswer(PIN_ERRORS.noRole)
    const usable = usableConfig()
    if (!usable.ok) return failureAnswer(usable.error)
    const { config, logger, secrets } = usable

    const chosen = choosePinTable(table, sysId, config)
    if (!chosen.ok) return failureAnswer(chosen.error)
    const target = chosen.value
    if (!tableInstalled(target.table)) return failureAnswer(PIN_ERRORS.caseTableMissing)
    if (!tableHasField(target.table, target.customerField)) {
        const property = target.table === 'incident' ? SETTINGS.incidentCallerField.property : SETTINGS.caseContactField.property
        return failureAnswer(settingsInvalid([message('config.not_a_field', property, target.table)]))
    }
    const record = readPinRecord(target.table, sysId, target.customerField)
    if (record === null) return failureAnswer(PIN_ERRORS.recordNotFound)
    if (!record.active) return failureAnswer(PIN_ERRORS.recordInactive)
    const agent = agentSsoId()
    if (!agent.ok) return failureAnswer(agent.error)
    const ssoId = agent.ssoId
    if (record.customerName === '') return failureAnswer(noCustomer(target.kind, target.customerField))

    const technicianSysId = gs.getUserID()
    const tracking = trackingValue(sysId, gs.generateGUID())
    const host = RESCUE_HOSTS[config.region]
    logger.debug(`PIN requested for ${target.table} ${record.number} by ${ssoId} on ${host}`)
    const outcome = obtainPin(
        {
            region: config.region,
            companyId: config.companyId,
            ssoPassword: config.ssoPassword,
            ssoId,
            customerName: record.customerName,
            recordNumber: record.number,
            shortDescription: record.shortDescription,
            tracking,
        },
        {
            ...authCodeCache(technicianSysId, rescueAccountKey(host, config.companyId, ssoId)),
            send: createRescueSender(config.httpTimeoutMs, logger, config.debugApiLogging),
        }
    )
    if (outcome.authCode !== null) secrets.push(outcome.authCode)
    if (!outcome.ok) {
        const error = describeRescueFailure(outcome.failure, { ssoId, timeoutMs: config.httpTimeoutMs, host })
        logger.warn(`No PIN for ${target.table} ${record.number} (${ssoId}): ${error.code}`)
        return failureAnswer(error, secrets)
    }

    const technicianName = gs.getUser().getDisplayName() || ssoId
    const session = insertPinSession({
        taskSysId: sysId,
        pin: outcome.pin,
        tracking,
        technicianSysId,
        technicianName,
        technicianEmail: ssoId,
        customerName: record.customerName,
    })
    if (session === null) {
        logger.error(`Rescue issued a PIN for ${target.table} ${record.number} but the session row could not be inserted`)
        return failureAnswer(PIN_ERRORS.writeFailed)
    }
    const note = neutraliseMarkup(translateIn(workNotesLanguage(config), pinWorkNote({ pin: outcome.pin, technicianName, customerName: record.customerName })))
    const workNoteAdded = addWorkNote(target.table, sysId, note)
    if (!workNoteAdded) logger.error(`Rescue issued a PIN for ${target.table} ${record.number}, but the record refused its work note (a business rule or data policy aborted the update)`)
    // Each email goes out in its recipient's language: the technician's is this session's, the customer's their own.
    if (config.emailTechnician) queuePinEmail(TECHNICIAN_EMAIL_EVENT, session, technicianSysId, sessionLanguage())
    const customerEmailed = config.emailCustomer && record.customerEmail !== ''
    if (customerEmailed) queuePinEmail(CUSTOMER_EMAIL_EVENT, session, record.customerEmail, record.customerLanguage)
    logger.debug(`PIN issued for ${target.table} ${record.number}; session ${session.getUniqueValue()}`)

    const answer = pinSuccessMessage({
        pin: outcome.pin,
        customerEmailed,
        customerEmailMissing: config.emailCustomer && record.customerEmail === '',
        workNoteAdded,
    })
        .map(translate)
        .join(' ')
    return {
        ok: true,
        pin: outcome.pin,
        customerUrl: customerJoinUrl(config.region, outcome.pin),
        message: answer,
        sessionId: session.getUniqueValue(),
        labels: modalLabels(outcome.pin, answer),
    }
}

/** RescuePinAjax.generatePin: a PIN for the incident or case, or a failure the agent can act on. */
export function generatePin(table: string, sysId: string): PinAnswer {
    try {
        return generatePinChecked(String(table || ''), String(sysId || ''))
    } catch (error) {
        // A defect, not a Rescue answer: log it (redacted) for the admin, tell the agent one sentence.
        createLogger(false, [gs.getProperty(SETTINGS.ssoPassword.property) || '']).error(`Generate Rescue PIN failed: ${String(error)}`)
        return failureAnswer(PIN_ERRORS.internal)
    }
}

/**
 * What Generate Rescue PIN answers for the live settings with `overrides` on top, changing none of them:
 * the shipped ATF test of the empty-settings message runs this instead of blanking the instance's settings.
 */
export function pinSettingsCheck(overrides: { [property: string]: string }): PinAnswer | { ok: true } {
    const read = (property: string) => (Object.prototype.hasOwnProperty.call(overrides, property) ? String(overrides[property]) : gs.getProperty(property))
    const usable = usableConfig(parseConfig(read))
    return usable.ok ? { ok: true } : failureAnswer(usable.error)
}

/**
 * The Generate Rescue PIN UI action's condition. An invalid setting reads as its default (switches on),
 * so the button stays and the agent's click explains which setting to fix instead of the button
 * silently disappearing; a valid switch that is off still hides it.
 */
export function showPinButton(current: GlideRecord): boolean {
    return pinButtonVisible(current.getTableName(), current.getValue('active'), readConfig().config)
}

export type ConnectionCheck = { ok: boolean; message: string }

/** The Test Connection page's texts in the admin's language; for anyone else also why the page will not work for them. */
export function testConnectionPage(): { allowed: boolean; notice: string; labels: Texts<typeof TEST_CONNECTION_PAGE> } {
    const labels = translateAll(TEST_CONNECTION_PAGE, translate)
    if (!gs.hasRole(ADMIN_ROLE)) return { allowed: false, notice: translate(message('connection.not_admin')), labels }
    return { allowed: true, notice: '', labels }
}

/**
 * Test connection (admins): requests an auth code for the admin's own SSO ID with the configured
 * company ID and SSO password. The code is cached for the admin, since a new one replaces the old.
 */
export function testConnection(): ConnectionCheck {
    try {
        if (!gs.hasRole(ADMIN_ROLE)) return { ok: false, message: translate(message('connection.not_admin')) }
        const usable = usableConfig()
        if (!usable.ok) return { ok: false, message: translate(connectionCheckSentence(usable.error.message, '', '')) }
        const { config, logger, secrets } = usable
        const agent = agentSsoId()
        if (!agent.ok) return { ok: false, message: translate(connectionCheckSentence(agent.error.message, '', '')) }
        const ssoId = agent.ssoId
        const host = RESCUE_HOSTS[config.region]
        const cache = authCodeCache(gs.getUserID(), rescueAccountKey(host, config.companyId, ssoId))
        const send = createRescueSender(config.httpTimeoutMs, logger, config.debugApiLogging)
        const outcome = requestAuthCode({ region: config.region, companyId: config.companyId, ssoPassword: config.ssoPassword, ssoId }, send)
        if (outcome.ok) {
            secrets.push(outcome.value)
            cache.saveAuthCode(outcome.value)
            return { ok: true, message: translate(connectionCheckSentence(null, ssoId, host)) }
        }
        const error = describeRescueFailure(outcome.failure, { ssoId, timeoutMs: config.httpTimeoutMs, host })
        return { ok: false, message: redactSecrets(translate(connectionCheckSentence(error.message, ssoId, host)), secrets) }
    } catch (error) {
        createLogger(false, [gs.getProperty(SETTINGS.ssoPassword.property) || '']).error(`Test connection failed: ${String(error)}`)
        return { ok: false, message: translate(connectionCheckSentence(PIN_ERRORS.internal.message, '', '')) }
    }
}
