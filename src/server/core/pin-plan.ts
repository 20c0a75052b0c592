// Generate Rescue PIN as a plan, decided from the facts the platform read (platform/pin-service.ts reads them,
// executes the plan and hands back what the platform refused):
//  1. choosePinTarget — who asks, with which settings, for which table (nothing read about any record yet);
//  2. planPin — from what the platform read for that table: what to ask Rescue, what to record and note,
//     which emails to send (every failure found on the ServiceNow side stops here, before Rescue is called);
//  3. once Rescue answered: pinRefused (the agent's failure and the log line) or pinRecords + pinIssued
//     (the session row, the work note, and what the agent reads).
import { missingPinSettings, type ConfigResult, type RescueConfig } from './config'
import { SETTINGS } from './settings'
import { RESCUE_HOSTS } from './rescue-hosts'
import type { RescueFailure } from './rescue-protocol'
import { PIN_ERRORS, describeRescueFailure, emailNotUnique, noCustomer, settingsIncomplete, settingsInvalid, type FailureContext, type PinError, type PinFailure } from './pin-errors'
import { choosePinTable, pinSuccessMessage, pinWorkNote, trackingValue, type PinRequestDetails, type PinTable } from './pin-flow'
import { fail, succeed, type Result } from './result'
import { PIN_LOG, type LogLine } from './log-lines'
import { message, type Message } from '../../shared/i18n'

/** Settings valid, integration on, company ID and SSO password filled in. */
export function usableSettings(parsed: ConfigResult): Result<RescueConfig, PinFailure> {
    // Switched off is the answer even when another setting is invalid too: nothing else matters then.
    if (!parsed.config.enabled) return fail(PIN_ERRORS.disabled)
    if (!parsed.ok) return fail(settingsInvalid(parsed.errors))
    const missing = missingPinSettings(parsed.config)
    if (missing.length > 0) return fail(settingsIncomplete(missing))
    return succeed(parsed.config)
}

/** The agent's click, as the platform received it. */
export interface PinRequestFacts {
    readonly table: string
    readonly sysId: string
    /** gs.hasRole(x_rescue_connect.user): the UI condition only hints at it, so the server checks again. */
    readonly hasUserRole: boolean
    readonly settings: ConfigResult
}

export interface PinTarget {
    readonly config: RescueConfig
    readonly pinTable: PinTable
    readonly sysId: string
}

export function choosePinTarget(request: PinRequestFacts): Result<PinTarget, PinFailure> {
    if (!request.hasUserRole) return fail(PIN_ERRORS.noRole)
    const settings = usableSettings(request.settings)
    if (!settings.ok) return settings
    const chosen = choosePinTable(request.table, request.sysId, settings.value)
    if (!chosen.ok) return chosen
    return succeed({ config: settings.value, pinTable: chosen.value, sysId: request.sysId })
}

/** The incident or case as the agent may read it (GlideRecordSecure). */
export interface PinRecord {
    readonly number: string
    readonly shortDescription: string
    readonly active: boolean
    readonly customerName: string
    readonly customerEmail: string
    /** The customer's language (their preferred_language, else the instance's): their email is in it. */
    readonly customerLanguage: string
}

/** The agent, from their session. */
export interface PinAgent {
    /** Their email, which is their Rescue SSO ID. */
    readonly email: string
    /** Another active user has the same email (compared case-insensitively): then it identifies no one. */
    readonly emailShared: boolean
    readonly sysId: string
    readonly displayName: string
    /** Their session's language: the technician's email is in it. */
    readonly language: string
}

/** The agent's SSO ID when their email identifies them: not empty, and no other active user has it. */
export function agentSsoId(agent: Pick<PinAgent, 'email' | 'emailShared'>): Result<string, PinFailure> {
    if (agent.email === '') return fail(PIN_ERRORS.noEmail)
    if (agent.emailShared) return fail(emailNotUnique(agent.email))
    return succeed(agent.email)
}

/** What the platform read for the chosen table. */
export interface PinTargetFacts {
    readonly tableInstalled: boolean
    readonly customerFieldExists: boolean
    /** null when missing, not readable by the agent, or not read (the table or its customer field does not exist). */
    readonly record: PinRecord | null
    readonly agent: PinAgent
    /** A fresh GUID: the tracking value's token, which tells apart several PINs on one record. */
    readonly token: string
}

/** The session row a PIN leaves (state pin_issued, source servicenow). */
export interface PinSessionRow {
    readonly taskSysId: string
    readonly pin: string
    readonly tracking: string
    readonly technicianSysId: string
    readonly technicianName: string
    readonly technicianEmail: string
    readonly customerName: string
}

export type PinEmailRecipient = 'technician' | 'customer'

/** An email event queued on the session row: parm1 the recipient (a sys_user sys_id or an address), parm2 their language. */
export interface PinEmailToSend {
    readonly to: PinEmailRecipient
    readonly recipient: string
    readonly language: string
}

export interface PinPlan {
    /** "incident INC0010001": how log lines name the record. */
    readonly recordLabel: string
    readonly table: string
    /** What to ask Rescue (requestAuthCodeSSO when no auth code is cached, then requestPINCode). */
    readonly rescue: PinRequestDetails
    /** Whose auth code cache the exchange uses. */
    readonly technicianSysId: string
    readonly host: string
    readonly timeoutMs: number
    /** The session row, without the PIN Rescue will issue. */
    readonly session: Omit<PinSessionRow, 'pin'>
    readonly emails: readonly PinEmailToSend[]
    /** The customer email is switched on but the customer has no address: the agent is told. */
    readonly customerEmailMissing: boolean
    /** Logged before Rescue is called. */
    readonly logs: readonly LogLine[]
}

export function planPin(target: PinTarget, facts: PinTargetFacts): Result<PinPlan, PinFailure> {
    const { config, pinTable, sysId } = target
    if (!facts.tableInstalled) return fail(PIN_ERRORS.caseTableMissing)
    if (!facts.customerFieldExists) {
        const property = pinTable.table === 'incident' ? SETTINGS.incidentCallerField.property : SETTINGS.caseContactField.property
        return fail(settingsInvalid([message('config.not_a_field', property, pinTable.table)]))
    }
    const record = facts.record
    if (record === null) return fail(PIN_ERRORS.recordNotFound)
    if (!record.active) return fail(PIN_ERRORS.recordInactive)
    const agent = agentSsoId(facts.agent)
    if (!agent.ok) return agent
    const ssoId = agent.value
    if (record.customerName === '') return fail(noCustomer(pinTable.kind, pinTable.customerField))

    const tracking = trackingValue(sysId, facts.token)
    const host = RESCUE_HOSTS[config.region]
    const recordLabel = `${pinTable.table} ${record.number}`
    const technicianSysId = facts.agent.sysId
    const emails: PinEmailToSend[] = []
    // Each email goes out in its recipient's language: the technician's is their session's, the customer's their own.
    if (config.emailTechnician) emails.push({ to: 'technician', recipient: technicianSysId, language: facts.agent.language })
    if (config.emailCustomer && record.customerEmail !== '') emails.push({ to: 'customer', recipient: record.customerEmail, language: record.customerLanguage })
    return succeed({
        recordLabel,
        table: pinTable.table,
        rescue: {
            region: config.region,
            companyId: config.companyId,
            ssoPassword: config.ssoPassword,
            ssoId,
            customerName: record.customerName,
            recordNumber: record.number,
            shortDescription: record.shortDescription,
            tracking,
        },
        technicianSysId,
        host,
        timeoutMs: config.httpTimeoutMs,
        session: {
            taskSysId: sysId,
            tracking,
            technicianSysId,
            technicianName: facts.agent.displayName || ssoId,
            technicianEmail: ssoId,
            customerName: record.customerName,
        },
        emails,
        customerEmailMissing: config.emailCustomer && record.customerEmail === '',
        logs: [PIN_LOG.requested(recordLabel, ssoId, host)],
    })
}

/** Rescue gave no PIN: the agent's code and sentence (naming the SSO ID, the timeout or the host as they need), and the log line. */
export function pinRefused(plan: PinPlan, failure: RescueFailure): { failure: PinFailure; logs: LogLine[] } {
    const context: FailureContext = { ssoId: plan.rescue.ssoId, timeoutMs: plan.timeoutMs, host: plan.host }
    const error: PinError = describeRescueFailure(failure, context)
    return { failure: fail(error), logs: [PIN_LOG.refused(plan.recordLabel, plan.rescue.ssoId, error.code)] }
}

/** What the PIN leaves once Rescue issued it: the session row, and the work note (rendered in the work-notes language, then neutralised). */
export function pinRecords(plan: PinPlan, pin: string): { session: PinSessionRow; note: Message } {
    return {
        session: { ...plan.session, pin },
        note: pinWorkNote({ pin, technicianName: plan.session.technicianName, customerName: plan.session.customerName }),
    }
}

/** What the platform did with the PIN's records. */
export interface PinExecution {
    /** '' when the session row could not be inserted: then no note and no email. */
    readonly sessionSysId: string
    /** False when the record refused the work note (a business rule or data policy aborted the update). */
    readonly workNoteAdded: boolean
}

/** The agent's answer sentences (the PIN stands even when the note was refused), or SAVE_FAILED without a session row; and the log lines. */
export function pinIssued(plan: PinPlan, pin: string, done: PinExecution): { answer: Result<Message[], PinFailure>; logs: LogLine[] } {
    if (done.sessionSysId === '') return { answer: fail(PIN_ERRORS.writeFailed), logs: [PIN_LOG.rowNotInserted(plan.recordLabel)] }
    const logs: LogLine[] = []
    if (!done.workNoteAdded) logs.push(PIN_LOG.noteRefused(plan.recordLabel))
    logs.push(PIN_LOG.issued(plan.recordLabel, done.sessionSysId))
    const sentences = pinSuccessMessage({
        pin,
        customerEmailed: plan.emails.some((email) => email.to === 'customer'),
        customerEmailMissing: plan.customerEmailMissing,
        workNoteAdded: done.workNoteAdded,
    })
    return { answer: succeed(sentences), logs }
}
