// The decisions behind "Generate Rescue PIN", as plain functions: which records qualify, how the
// auth code is chosen and refreshed, and what the agent, the work note and the answer say.
// The platform side (platform/pin-*.ts) supplies the record data and the HTTP call.
import type { RescueConfig, Region } from './config'
import { SETTINGS } from './settings'
import {
    authCodeRequest,
    isStaleAuthCode,
    parseAuthCodeAnswer,
    parsePinAnswer,
    pinRequest,
    type AnswerResult,
    type RescueCallFailure,
    type AuthCodeRequestInput,
    type RescueRequest,
} from './rescue-protocol'
import { PIN_ERRORS, buttonTurnedOff, type PinFailure } from './pin-errors'
import { fail, succeed, type Result } from './result'
import type { HttpOutcome } from './http'
import { message, type Message } from '../../shared/i18n'
import type { PinAnswer, PinModalLabels } from '../../shared/pin-answer'

export const INCIDENT_TABLE = 'incident'
export const CASE_TABLE = 'sn_customerservice_case'

/** A task's `active` as read from the record: only an explicit false ('0'/'false') closes it. */
export function isActiveValue(value: string | null): boolean {
    return value !== '0' && value !== 'false'
}

/** The UI action condition: hidden when the integration or the table's button is switched off. */
export function pinButtonVisible(table: string, active: string | null, config: RescueConfig): boolean {
    if (!config.enabled) return false
    if (table === INCIDENT_TABLE && !config.incidentShowPinButton) return false
    if (table === CASE_TABLE && !config.caseShowPinButton) return false
    return isActiveValue(active)
}

/** A table the button lives on, with the settings that govern it there. */
export interface PinTable {
    readonly table: string
    /** Which kind of record it is, for the sentences that name it. */
    readonly kind: 'incident' | 'case'
    readonly customerField: string
}

const SYS_ID = /^[0-9a-f]{32}$/

/** Validates the GlideAjax parameters and picks the table's settings; no database access. */
export function choosePinTable(table: string, sysId: string, config: RescueConfig): Result<PinTable, PinFailure> {
    if (!SYS_ID.test(sysId)) return fail(PIN_ERRORS.badRequest)
    if (table === INCIDENT_TABLE) {
        if (!config.incidentShowPinButton) return fail(buttonTurnedOff('incident', SETTINGS.incidentShowPinButton.property))
        return succeed({ table, kind: 'incident', customerField: config.incidentCallerField })
    }
    if (table === CASE_TABLE) {
        if (!config.caseShowPinButton) return fail(buttonTurnedOff('case', SETTINGS.caseShowPinButton.property))
        return succeed({ table, kind: 'case', customerField: config.caseContactField })
    }
    return fail(PIN_ERRORS.tableNotAllowed)
}

// tracking0 names the record and the one PIN: `<task sys_id>.<token>` (57 characters, under Rescue's
// 64). The session endpoint looks the exact value up on the PIN rows (platform/session-store.ts): the
// token tells apart several PINs on one record, and a value the app did not issue reaches no record.
export const PIN_TOKEN_CHARS = 24

export function trackingValue(taskSysId: string, pinToken: string): string {
    return `${taskSysId}.${pinToken.slice(0, PIN_TOKEN_CHARS)}`
}

/** Where the auth code comes from and where a new one goes: the per-technician cache. */
export interface PinPorts {
    cachedAuthCode(): string | null
    saveAuthCode(authCode: string): void
    forgetAuthCode(): void
    send(request: RescueRequest): HttpOutcome
}

export interface PinRequestDetails {
    readonly region: Region
    readonly companyId: string
    readonly ssoPassword: string
    readonly ssoId: string
    readonly customerName: string
    readonly recordNumber: string
    readonly shortDescription: string
    readonly tracking: string
}

/** The PIN and the auth code it was issued with; a failure names the auth code it used (null when none), to redact it. */
export type PinOutcome = Result<{ readonly pin: string; readonly authCode: string }, RescueCallFailure & { readonly authCode: string | null }>

/** One requestAuthCodeSSO call, read: the auth code or why there is none. */
export function requestAuthCode(input: AuthCodeRequestInput, send: PinPorts['send']): AnswerResult<string> {
    return parseAuthCodeAnswer(send(authCodeRequest(input)))
}

function freshAuthCode(details: PinRequestDetails, ports: PinPorts): AnswerResult<string> {
    const answer = requestAuthCode(details, ports.send)
    if (answer.ok) ports.saveAuthCode(answer.value)
    return answer
}

function failedWith(failure: RescueCallFailure, authCode: string | null): PinOutcome {
    return { ...failure, authCode }
}

/**
 * Gets a PIN as the technician: reuses the cached auth code (Rescue keeps it valid until a new one
 * is requested), fetches one when there is none, and when Rescue says the code is stale
 * (INVALID_SECRETAUTHCODE / NOTLOGGEDIN) fetches a fresh one and retries exactly once.
 * A code that still fails is forgotten so the next click starts clean.
 */
export function obtainPin(details: PinRequestDetails, ports: PinPorts): PinOutcome {
    let authCode = ports.cachedAuthCode()
    if (authCode === null) {
        const fresh = freshAuthCode(details, ports)
        if (!fresh.ok) return failedWith(fresh, null)
        authCode = fresh.value
    }
    const first = parsePinAnswer(ports.send(pinRequest({ ...details, authCode })))
    if (first.ok) return succeed({ pin: first.value, authCode })
    if (!isStaleAuthCode(first.failure)) return failedWith(first, authCode)

    ports.forgetAuthCode()
    const fresh = freshAuthCode(details, ports)
    if (!fresh.ok) return failedWith(fresh, authCode)
    const retry = parsePinAnswer(ports.send(pinRequest({ ...details, authCode: fresh.value })))
    if (retry.ok) return succeed({ pin: retry.value, authCode: fresh.value })
    if (isStaleAuthCode(retry.failure)) ports.forgetAuthCode()
    return failedWith(retry, fresh.value)
}

export interface PinNoteInput {
    readonly pin: string
    readonly technicianName: string
    readonly customerName: string
}

/** The work note a PIN leaves (rendered in the work-notes language, then neutralised like every note). */
export function pinWorkNote(input: PinNoteInput): Message {
    return message('pin.work_note', input.pin, input.technicianName, input.customerName)
}

export interface PinSuccessInput {
    readonly pin: string
    readonly customerEmailed: boolean
    readonly customerEmailMissing: boolean
    /** False when the record refused the work note (a business rule or data policy aborted the update). */
    readonly workNoteAdded: boolean
}

/** What the agent reads under the PIN and the join link: what to tell the customer, what was emailed, what was not noted. */
export function pinSuccessMessage(input: PinSuccessInput): Message[] {
    const parts = [message('pin.success.tell_customer', input.pin)]
    if (input.customerEmailed) parts.push(message('pin.success.customer_emailed'))
    if (input.customerEmailMissing) parts.push(message('pin.success.customer_email_missing'))
    if (!input.workNoteAdded) parts.push(message('pin.success.work_note_missing'))
    return parts
}

/** The texts of the PIN modal (classic and workspace), sent with the PIN in the agent's language. */
export const PIN_MODAL_LABELS = {
    title: message('pin.modal.title'),
    pinForCustomer: message('pin.modal.pin_for_customer'),
    pinAria: message('pin.modal.pin_aria'),
    copy: message('pin.modal.copy'),
    copied: message('pin.modal.copied'),
    copyFailed: message('pin.modal.copy_failed'),
    fieldPin: message('pin.modal.field_pin'),
    fieldJoinLink: message('pin.modal.field_join_link'),
    done: message('pin.modal.done'),
    /** "Customer join link: {0}" keeps its placeholder: the classic modal fills it with the link it builds. */
    joinLink: message('pin.modal.join_link'),
} as const satisfies { readonly [name in Exclude<keyof PinModalLabels, 'titleWithPin' | 'infoFallback'>]: Message }

/** The answer's shape is declared once, beside the client's reader: src/shared/pin-answer.ts. */
export type { PinAnswer, PinModalLabels }
