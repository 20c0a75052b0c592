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
import { PIN_ERRORS, buttonTurnedOff, tableNotListed, type PinFailure } from './pin-errors'
import { fail, succeed, type Result } from './result'
import type { HttpOutcome } from './http'
import { message, type Message } from '../../shared/i18n'
import type { PinAnswer, PinModalLabels } from '../../shared/pin-answer'
import { oneLine } from './journal-safe'

export const INCIDENT_TABLE = 'incident'
export const CASE_TABLE = 'sn_customerservice_case'

/** A task's `active` as read from the record: only an explicit false ('0'/'false') closes it. */
export function isActiveValue(value: string | null): boolean {
    return value !== '0' && value !== 'false'
}

/**
 * The UI action condition (one action on task serves every table): hidden when the integration is off, the table is
 * not listed in x_rescue_connect.pin.tables, or its own switch (incidents, cases) is off; and on closed records.
 */
export function pinButtonVisible(table: string, active: string | null, config: RescueConfig): boolean {
    if (!config.enabled || config.pinTables.indexOf(table) < 0) return false
    if (table === INCIDENT_TABLE && !config.incidentShowPinButton) return false
    if (table === CASE_TABLE && !config.caseShowPinButton) return false
    return isActiveValue(active)
}

/** A table the button lives on, with the settings that govern it there. */
export interface PinTable {
    readonly table: string
    /** Which kind of record it is, for the sentences that name it: an incident, a case, or another task. */
    readonly kind: PinRecordKind
    /** The field (or dot-walk) naming the customer; '' when the table has none configured (a PIN without a customer name). */
    readonly customerField: string
    /** The setting that names the customer field, for the sentence when that field does not exist. */
    readonly customerFieldProperty: string
}

export type PinRecordKind = 'incident' | 'case' | 'task'

const SYS_ID = /^[0-9a-f]{32}$/

/**
 * The customer field of a listed table: incident.caller_field and case.contact_field win for their tables, any other
 * table takes its x_rescue_connect.pin.customer_fields entry, and a table without one names no customer ('').
 */
export function customerFieldFor(table: string, config: RescueConfig): { field: string; property: string } {
    if (table === INCIDENT_TABLE) return { field: config.incidentCallerField, property: SETTINGS.incidentCallerField.property }
    if (table === CASE_TABLE) return { field: config.caseContactField, property: SETTINGS.caseContactField.property }
    const entry = config.pinCustomerFields.find((candidate) => candidate.table === table)
    return { field: entry ? entry.field : '', property: SETTINGS.pinCustomerFields.property }
}

/** Validates the GlideAjax parameters and picks the table's settings; no database access. */
export function choosePinTable(table: string, sysId: string, config: RescueConfig): Result<PinTable, PinFailure> {
    if (!SYS_ID.test(sysId)) return fail(PIN_ERRORS.badRequest)
    if (config.pinTables.indexOf(table) < 0) return fail(tableNotListed(SETTINGS.pinTables.property))
    if (table === INCIDENT_TABLE && !config.incidentShowPinButton)
        return fail(buttonTurnedOff('incident', SETTINGS.incidentShowPinButton.property))
    if (table === CASE_TABLE && !config.caseShowPinButton) return fail(buttonTurnedOff('case', SETTINGS.caseShowPinButton.property))
    const kind: PinRecordKind = table === INCIDENT_TABLE ? 'incident' : table === CASE_TABLE ? 'case' : 'task'
    const customer = customerFieldFor(table, config)
    return succeed({ table, kind, customerField: customer.field, customerFieldProperty: customer.property })
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
export type PinOutcome = Result<
    { readonly pin: string; readonly authCode: string },
    RescueCallFailure & { readonly authCode: string | null }
>

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
    // Names are one line each: no line of the note can read as another journal entry's header (core/journal-safe.ts).
    // A table with no customer field configured gets PINs without a customer name: the note names none either.
    if (input.customerName === '') return message('pin.work_note_no_customer', input.pin, oneLine(input.technicianName))
    return message('pin.work_note', input.pin, oneLine(input.technicianName), oneLine(input.customerName))
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

/** The answer for a PIN shown again (core/pin-reuse.ts): when it was issued, then what to tell the customer. */
export function pinReusedMessage(pin: string, issuedAtDisplay: string): Message[] {
    return [message('pin.success.reused', issuedAtDisplay), message('pin.success.tell_customer', pin)]
}

/** The texts of the PIN modal (classic and workspace), sent with the PIN in the agent's language. */
export const PIN_MODAL_LABELS = {
    title: message('pin.modal.title'),
    pinForCustomer: message('pin.modal.pin_for_customer'),
    pinAria: message('pin.modal.pin_aria'),
    copy: message('pin.modal.copy'),
    copied: message('pin.modal.copied'),
    copyFailed: message('pin.modal.copy_failed'),
    /** "Customer join link: {0}" keeps its placeholder: the classic modal fills it with the link it builds. */
    joinLink: message('pin.modal.join_link'),
} as const satisfies { readonly [name in Exclude<keyof PinModalLabels, 'infoFallback'>]: Message }

/** The answer's shape is declared once, beside the client's reader: src/shared/pin-answer.ts. */
export type { PinAnswer, PinModalLabels }
