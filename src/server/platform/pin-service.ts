// "Generate Rescue PIN" end to end: read the facts, let core/pin-plan.ts decide, execute
// its plan (Rescue through core/pin-flow.ts's exchange, then the records a PIN leaves) and answer.
// Each failure is an answer with a code and a sentence; nothing here throws to the caller.
// Order of execution: Rescue (auth code when none is cached, then the PIN), the session row, the work note, the emails.
import { parseConfig } from '../core/config'
import { SETTINGS } from '../core/settings'
import { redactSecrets } from '../core/redact'
import { customerJoinUrl } from '../core/rescue-protocol'
import { obtainPin, pinButtonVisible, PIN_MODAL_LABELS, type PinAnswer, type PinModalLabels } from '../core/pin-flow'
import { PIN_ERRORS, technicianError } from '../core/pin-errors'
import {
    choosePinTarget,
    pinIssued,
    pinRecords,
    pinRefused,
    planPin,
    usableSettings,
    type PinAgent,
    type PinPlan,
    type PinTarget,
    type PinTargetFacts,
} from '../core/pin-plan'
import type { LogLine } from '../core/log-lines'
import { message, translateAll, type Message } from '../../shared/i18n'
import { neutraliseMarkup } from '../../shared/markup'
import { translate, translateIn, workNotesLanguage } from './messages'
import { readConfig } from './properties'
import { createLogger, type Logger } from './log'
import { createRescueSender } from './rescue-client'
import { authCodeCache, rescueAccountKey } from './auth-code-cache'
import { insertPinSession, isTaskTable, queuePinEmail, readPinRecord, tableHasField } from './pin-records'
import { ADMIN_ROLE, USER_ROLE } from '../core/names'
import { findReusablePin } from './pin-reuse'
import { activeUserWithEmail, namedTechnician, sessionTechnician, type Technician } from './users'
import { addWorkNote } from './work-notes'

/** The agent's failure answer, in their language, with every known secret redacted. */
function failureAnswer(failure: { readonly code: string; readonly message: Message }, secrets: readonly string[] = []): PinAnswer {
    return { ok: false, code: failure.code, message: redactSecrets(translate(failure.message), secrets) }
}

/** The modal's texts in the agent's language; the join link's {0} is left for the client to fill. */
function modalLabels(pin: string, answer: string): PinModalLabels {
    return {
        ...translateAll(PIN_MODAL_LABELS, translate),
        infoFallback: translate(message('pin.modal.info_fallback', pin, answer)),
    }
}

function logAll(logger: Logger, lines: readonly LogLine[]): void {
    for (const line of lines) logger[line.level](line.text)
}

/** The agent as their session knows them; whether their email is shared costs one query (none when it is empty). */
function readAgent(technician: Technician): PinAgent {
    const email = technician.email
    return {
        email,
        emailShared: email !== '' && activeUserWithEmail(email).kind === 'several',
        sysId: technician.sysId,
        displayName: technician.name,
        language: technician.language,
        named: !technician.isSessionUser,
    }
}

/**
 * A listed table this instance cannot serve (not installed, or not extending task): named alone in the system log,
 * never with the setting's other values (Generate Rescue PIN and Test Connection).
 */
export function logUnservedTable(table: string, logger: Logger): void {
    logger.warn(`${SETTINGS.pinTables.property} lists ${table}, which is not installed or not a task table here: ignored`)
}

/** What the plan needs to know about the chosen table: the record is read (as the agent) only where the table and its customer field exist. */
function readTargetFacts(target: PinTarget, technician: Technician, logger: Logger): PinTargetFacts {
    const { table, customerField } = target.pinTable
    // Any name may be listed in x_rescue_connect.pin.tables: only an installed table extending task is served.
    const installed = isTaskTable(table)
    if (!installed) logUnservedTable(table, logger)
    // A table without a customer field configured is read without one (a PIN without a customer name).
    const customerFieldExists = installed && (customerField === '' || tableHasField(table, customerField))
    const record = customerFieldExists ? readPinRecord(table, target.sysId, customerField) : null
    return {
        tableInstalled: installed,
        customerFieldExists,
        record,
        agent: readAgent(technician),
        token: gs.generateGUID(),
        findReusablePin: () =>
            findReusablePin(target.sysId, technician.sysId, target.config.pinReuseMinutes, target.config.pinValidityMinutes),
    }
}

/** Carries out a PIN plan: asks Rescue, then writes what the PIN leaves; `secrets` gains the auth code for redaction. */
function executePinPlan(plan: PinPlan, config: PinTarget['config'], logger: Logger, secrets: string[]): PinAnswer {
    logAll(logger, plan.logs)
    if (plan.reuse) {
        const again = plan.reuse.answer.map(translate).join(' ')
        const { pin, sessionId } = plan.reuse.shown
        return {
            ok: true,
            pin,
            customerUrl: customerJoinUrl(plan.rescue.region, pin),
            message: again,
            sessionId,
            labels: modalLabels(pin, again),
        }
    }
    const outcome = obtainPin(plan.rescue, {
        ...authCodeCache(plan.technicianSysId, rescueAccountKey(plan.host, plan.rescue.companyId, plan.rescue.ssoId)),
        send: createRescueSender(plan.timeoutMs, logger, config.debugApiLogging),
    })
    if (!outcome.ok) {
        if (outcome.authCode !== null) secrets.push(outcome.authCode)
        const refused = pinRefused(plan, outcome.failure)
        logAll(logger, refused.logs)
        return failureAnswer(refused.failure, secrets)
    }
    secrets.push(outcome.value.authCode)

    const pin = outcome.value.pin
    const records = pinRecords(plan, pin)
    const session = insertPinSession(records.session)
    let workNoteAdded = false
    if (session) {
        const note = neutraliseMarkup(translateIn(workNotesLanguage(config), records.note))
        workNoteAdded = addWorkNote(plan.table, plan.session.taskSysId, note)?.written === true
        for (const email of plan.emails) queuePinEmail(email.to, session, email.recipient, email.language)
    }
    const issued = pinIssued(plan, pin, { sessionSysId: session ? session.getUniqueValue() : '', workNoteAdded })
    logAll(logger, issued.logs)
    if (!issued.answer.ok) return failureAnswer(issued.answer)
    const answer = issued.answer.value.map(translate).join(' ')
    return {
        ok: true,
        pin,
        customerUrl: customerJoinUrl(plan.rescue.region, pin),
        message: answer,
        sessionId: session ? session.getUniqueValue() : '',
        labels: modalLabels(pin, answer),
    }
}

/** RescuePinAjax.generatePin: a PIN for the incident or case, or a failure the agent can act on. */
export function generatePin(table: string, sysId: string): PinAnswer {
    return guarded(() => generatePinAs(String(table || ''), String(sysId || ''), sessionTechnician(USER_ROLE)))
}

/**
 * RescueApi.generatePin and the Generate Rescue PIN flow action: the same flow as the button, for the named technician
 * (whose email is their SSO ID), with the same checks; the user the script runs as must be able to write the record.
 */
export function generatePinFor(table: string, sysId: string, technicianSysId: string): PinAnswer {
    return guarded(() => {
        const technician = namedTechnician(String(technicianSysId || ''), USER_ROLE, [ADMIN_ROLE])
        if (technician === null) return failureAnswer(technicianError('unknown', ''))
        // A flow's record pill names no table when the record is gone: that is a missing record, not an unlisted table.
        if (String(table || '') === '') return failureAnswer(PIN_ERRORS.recordNotFound)
        return generatePinAs(String(table || ''), String(sysId || ''), technician)
    })
}

function generatePinAs(table: string, sysId: string, technician: Technician): PinAnswer {
    const request = { table, sysId, hasUserRole: technician.holdsUserRole, settings: readConfig() }
    const target = choosePinTarget(technician.isSessionUser ? request : { ...request, namedTechnician: technician.name })
    if (!target.ok) return failureAnswer(target)
    const config = target.value.config
    // The logger reads this list on every line, so auth codes added later are redacted too.
    const secrets = [config.ssoPassword]
    const logger = createLogger(config.debugLogging, secrets)
    const plan = planPin(target.value, readTargetFacts(target.value, technician, logger))
    if (!plan.ok) return failureAnswer(plan, secrets)
    return executePinPlan(plan.value, config, logger, secrets)
}

function guarded(generate: () => PinAnswer): PinAnswer {
    try {
        return generate()
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
    const read = (property: string) =>
        Object.prototype.hasOwnProperty.call(overrides, property) ? String(overrides[property]) : gs.getProperty(property)
    const usable = usableSettings(parseConfig(read))
    return usable.ok ? { ok: true } : failureAnswer(usable)
}

/**
 * The Generate Rescue PIN UI action's condition. An invalid setting reads as its default (switches on),
 * so the button stays and the agent's click explains which setting to fix instead of the button
 * silently disappearing; a valid switch that is off still hides it.
 */
export function showPinButton(current: GlideRecord): boolean {
    return pinButtonVisible(current.getRecordClassName(), current.getValue('active'), readConfig().config)
}
