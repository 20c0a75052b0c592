// Generate Rescue PIN as a plan, decided from the facts the platform read (platform/pin-service.ts reads them,
// executes the plan and hands back what the platform refused):
//  1. choosePinTarget — who asks, with which settings, for which table (nothing read about any record yet);
//  2. planPin — from what the platform read for that table: what to ask Rescue, what to record and note,
//     which emails to send (every failure found on the ServiceNow side stops here, before Rescue is called —
//     an agent who may only read the record among them: core/record-access.ts);
//  3. once Rescue answered: pinRefused (the agent's failure and the log line) or pinRecords + pinIssued
//     (the session row, the work note, and what the agent reads).
import { missingPinSettings, type ConfigResult, type RescueConfig } from './config'
import { SETTINGS } from './settings'
import { RESCUE_HOSTS } from './rescue-hosts'
import type { RescueFailure } from './rescue-protocol'
import {
    PIN_ERRORS,
    describeRescueFailure,
    emailNotUnique,
    noCustomer,
    settingsIncomplete,
    settingsInvalid,
    tableNotTask,
    technicianError,
    type FailureContext,
    type PinError,
    type PinFailure,
} from './pin-errors'
import {
    CASE_TABLE,
    choosePinTable,
    pinReusedMessage,
    pinSuccessMessage,
    pinWorkNote,
    trackingValue,
    type PinRequestDetails,
    type PinTable,
} from './pin-flow'
import { fail, succeed, type Result } from './result'
import type { ReusedPin } from './pin-reuse'
import { PIN_LOG, type LogLine } from './log-lines'
import { message, type Message } from '../../shared/i18n'
import { pinWriteRefusal, type RecordWriteAccess } from './record-access'

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
    /** The technician's name when a flow or script names them (RescueApi, the flow action); absent for the button. */
    readonly namedTechnician?: string
}

export interface PinTarget {
    readonly config: RescueConfig
    readonly pinTable: PinTable
    readonly sysId: string
}

export function choosePinTarget(request: PinRequestFacts): Result<PinTarget, PinFailure> {
    if (!request.hasUserRole)
        return fail(request.namedTechnician === undefined ? PIN_ERRORS.noRole : technicianError('noRole', request.namedTechnician))
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
    /**
     * Whether the session user may change the record and add work notes to it (its ACLs, through GlideRecordSecure):
     * a PIN writes both in the agent's name; for a named technician, in the runner's.
     */
    readonly writeAccess: RecordWriteAccess
}

/** The agent, from their session. */
export interface PinAgent {
    /** Their email, which is their Rescue SSO ID. */
    readonly email: string
    /** Another active user has the same email (compared case-insensitively): then it identifies no one. */
    readonly emailShared: boolean
    readonly sysId: string
    readonly displayName: string
    /** Their session's language (their own when named): the technician's email is in it. */
    readonly language: string
    /** A technician a flow or script names, not the session user: the sentences name them, and the write check is the runner's. */
    readonly named?: boolean
}

/** The agent's SSO ID when their email identifies them: not empty, and no other active user has it. */
export function agentSsoId(
    agent: Pick<PinAgent, 'email' | 'emailShared'> & Partial<Pick<PinAgent, 'named' | 'displayName'>>
): Result<string, PinFailure> {
    if (agent.email === '') return fail(agent.named ? technicianError('noEmail', agent.displayName ?? '') : PIN_ERRORS.noEmail)
    if (agent.emailShared) return fail(agent.named ? technicianError('emailNotUnique', agent.email) : emailNotUnique(agent.email))
    return succeed(agent.email)
}

/** What the platform read for the chosen table. */
export interface PinTargetFacts {
    /** The table is installed here and extends task (GlideTableHierarchy): x_rescue_connect.pin.tables may list any name. */
    readonly tableInstalled: boolean
    /** The customer field (or each step of its dot-walk) exists; true when the table names no customer field. */
    readonly customerFieldExists: boolean
    /** null when missing, not readable by the agent, or not read (the table or its customer field does not exist). */
    readonly record: PinRecord | null
    readonly agent: PinAgent
    /** A fresh GUID: the tracking value's token, which tells apart several PINs on one record. */
    readonly token: string
    /**
     * An unused PIN this agent got for this record within pin.reuse_minutes (core/pin-reuse.ts chose it), or null.
     * A query on the platform: planPin asks only once it has found no refusal, so a refused click does not pay for it.
     */
    readonly findReusablePin: () => ReusedPin | null
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
    /** One PIN per click: the PIN shown again instead of asking Rescue (no note, no row, no email), with what the agent reads. */
    readonly reuse: { readonly shown: ReusedPin; readonly answer: readonly Message[] } | null
}

export function planPin(target: PinTarget, facts: PinTargetFacts): Result<PinPlan, PinFailure> {
    const { config, pinTable, sysId } = target
    // The case table keeps its own sentence (the CSM plugin); any other listed table is named alone with the setting.
    if (!facts.tableInstalled)
        return fail(pinTable.table === CASE_TABLE ? PIN_ERRORS.caseTableMissing : tableNotTask(pinTable.table, SETTINGS.pinTables.property))
    if (!facts.customerFieldExists)
        return fail(settingsInvalid([message('config.not_a_field', pinTable.customerFieldProperty, pinTable.table)]))
    const record = facts.record
    if (record === null) return fail(PIN_ERRORS.recordNotFound)
    if (!record.active) return fail(PIN_ERRORS.recordInactive)
    // A named technician's own ACLs cannot be asked from a scoped script (no scoped impersonation), so the user the
    // flow or script runs as must be able to write the record the PIN adds its note to.
    if (facts.agent.named && !record.writeAccess.record) return fail(PIN_ERRORS.runnerCannotWrite)
    // The session user clicking the button: an agent who may only read the record, or not add work notes, gets no PIN.
    const readOnly = facts.agent.named ? null : pinWriteRefusal(record.writeAccess)
    if (readOnly) return fail(readOnly)
    const agent = agentSsoId(facts.agent)
    if (!agent.ok) return agent
    const ssoId = agent.value
    // A table with no customer field configured gets a PIN without a customer name.
    if (pinTable.customerField !== '' && record.customerName === '') return fail(noCustomer(pinTable.kind, pinTable.customerField))

    const reused = facts.findReusablePin()
    const tracking = trackingValue(sysId, facts.token)
    const host = RESCUE_HOSTS[config.region]
    const recordLabel = `${pinTable.table} ${record.number}`
    const technicianSysId = facts.agent.sysId
    const emails: PinEmailToSend[] = []
    // Each email goes out in its recipient's language: the technician's is their session's, the customer's their own.
    if (config.emailTechnician) emails.push({ to: 'technician', recipient: technicianSysId, language: facts.agent.language })
    if (config.emailCustomer && record.customerEmail !== '')
        emails.push({ to: 'customer', recipient: record.customerEmail, language: record.customerLanguage })
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
        logs: [reused ? PIN_LOG.shownAgain(recordLabel, ssoId, reused.sessionId) : PIN_LOG.requested(recordLabel, ssoId, host)],
        reuse: reused ? { shown: reused, answer: pinReusedMessage(reused.pin, reused.issuedAtDisplay) } : null,
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
