// LogMeIn Rescue's HTTP API as data: which host, which form fields, and what an answer means.
// Pure: the platform adapter (platform/rescue-client.ts) does the HTTP; everything it sends and
// every way an answer can be read is decided here. See shared/reference/rescue-api.md.
import type { Region } from './config'
import type { HttpOutcome } from './http'
import { RESCUE_HOSTS } from './rescue-hosts'
import { succeed, type Failure, type Result } from './result'

/** The session-report calls (core/report-protocol.ts), in the order one report needs them. */
export const REPORT_METHODS = [
    'setTimezone',
    'setReportArea_v8',
    'setReportType',
    'setOutput',
    'setReportDate_v2',
    'setReportTime',
    'setDelimiter',
    'getReport_v2',
    'getChat',
    'getNote',
] as const

export type ReportMethod = (typeof REPORT_METHODS)[number]
export type RescueMethod = 'requestAuthCodeSSO' | 'requestPINCode' | ReportMethod

/** A call to Rescue: POSTed as form fields to the endpoint, so no secret is ever part of a URL. */
export interface RescueRequest {
    readonly method: RescueMethod
    readonly endpoint: string
    readonly fields: Readonly<Record<string, string>>
}

// Documented maximum lengths of requestPINCode's fields; Rescue rejects longer values.
export const PIN_FIELD_LIMITS = { cfield0: 64, cfield1: 512, tracking0: 64 } as const

export function rescueEndpoint(region: Region, method: RescueMethod): string {
    return `https://${RESCUE_HOSTS[region]}/API/${method}.aspx`
}

/** Where the customer enters the PIN (the direct link Rescue integrations use). */
export function customerJoinUrl(region: Region, pin: string): string {
    return `https://${RESCUE_HOSTS[region]}/Customer/Code.aspx?Code=${encodeURIComponent(pin)}`
}

// Control characters would break Rescue's form parsing and its console display.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]+/g

/**
 * Flattens text to one line and cuts it to `limit` characters without splitting a surrogate pair
 * (half an emoji would make the whole field invalid UTF-16), marking a cut with an ellipsis.
 */
export function fitField(value: string, limit: number): string {
    const flat = value.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim()
    if (flat.length <= limit) return flat
    let end = limit - 1
    const last = flat.charCodeAt(end - 1)
    if (last >= 0xd800 && last <= 0xdbff) end -= 1
    return flat.slice(0, end).trimEnd() + '…'
}

export interface AuthCodeRequestInput {
    readonly region: Region
    readonly companyId: string
    readonly ssoPassword: string
    readonly ssoId: string
}

export function authCodeRequest(input: AuthCodeRequestInput): RescueRequest {
    return {
        method: 'requestAuthCodeSSO',
        endpoint: rescueEndpoint(input.region, 'requestAuthCodeSSO'),
        fields: { ssoid: input.ssoId, pwd: input.ssoPassword, company: input.companyId },
    }
}

export interface PinRequestInput {
    readonly region: Region
    readonly authCode: string
    readonly customerName: string
    readonly recordNumber: string
    readonly shortDescription: string
    readonly tracking: string
}

export function pinRequest(input: PinRequestInput): RescueRequest {
    const summary = [input.recordNumber, input.shortDescription].filter((part) => part.trim() !== '').join(' ')
    return {
        method: 'requestPINCode',
        endpoint: rescueEndpoint(input.region, 'requestPINCode'),
        fields: {
            authcode: input.authCode,
            cfield0: fitField(input.customerName, PIN_FIELD_LIMITS.cfield0),
            cfield1: fitField(summary, PIN_FIELD_LIMITS.cfield1),
            tracking0: fitField(input.tracking, PIN_FIELD_LIMITS.tracking0),
            notechconsole: '1',
        },
    }
}

// Every error string Rescue documents (or integrations have seen) for the two methods we call.
export const RESCUE_ERROR_STRINGS = [
    'ERROR',
    'INVALID',
    'INVALIDPARAM_COMPANY',
    'INVALIDSSOID',
    'NOTLOGGEDIN',
    'NOTTECHNICIAN',
    'NOTECHCONSOLERUNNING',
    'OUTOFPINCODES',
    'POLLRATEEXCEEDED',
    'INVALID_SECRETAUTHCODE',
    'USER_IS_DELETED',
    'USER_DELETED_OR_DISABLED',
    'INVALIDPARAM_NODE',
    'INVALIDPINFORMAT',
] as const

export type RescueErrorString = (typeof RESCUE_ERROR_STRINGS)[number]

/** How a call failed, before it is turned into a sentence (see pin-errors.ts). */
export type RescueFailure =
    | { readonly kind: 'rescue'; readonly code: RescueErrorString }
    | { readonly kind: 'unknown'; readonly answer: string }
    | { readonly kind: 'unreadable' }
    | { readonly kind: 'http'; readonly status: number }
    | { readonly kind: 'timeout' }
    | { readonly kind: 'unreachable'; readonly reason: string }

/** The stable code of a failed call: Rescue's own word where it sent one. */
export function rescueFailureCode(failure: RescueFailure): string {
    switch (failure.kind) {
        case 'rescue':
            return failure.code
        case 'unknown':
            return 'RESCUE_UNKNOWN_ANSWER'
        case 'unreadable':
            return 'RESCUE_UNREADABLE_ANSWER'
        case 'http':
            return 'RESCUE_HTTP_ERROR'
        case 'timeout':
            return 'RESCUE_TIMEOUT'
        case 'unreachable':
            return 'RESCUE_UNREACHABLE'
    }
}

/** What Rescue answered, as a failed call's message (English, like the log); the agent reads pin-errors.ts's sentence instead. */
function rescueAnswerText(failure: RescueFailure): string {
    // i18n-exempt: a reading of Rescue's answer for the system log and tests, English like the log.
    const text =
        failure.kind === 'rescue'
            ? `Rescue answered ${failure.code}.`
            : failure.kind === 'unknown'
              ? `Rescue answered ${failure.answer}, which its API does not document.`
              : failure.kind === 'unreadable'
                ? 'Rescue answered something that is not one of its answers.'
                : failure.kind === 'http'
                  ? `Rescue answered HTTP ${failure.status}.`
                  : failure.kind === 'timeout'
                    ? 'Rescue did not answer in time.'
                    : `Rescue could not be reached: ${failure.reason}`
    return text
}

/** A call that gave no value: the stable code, the English reading, and how it failed (to tell a stale auth code apart). */
export interface RescueCallFailure extends Failure<string, string> {
    readonly failure: RescueFailure
}

export function rescueCallFailure(failure: RescueFailure): RescueCallFailure {
    return { ok: false, code: rescueFailureCode(failure), message: rescueAnswerText(failure), failure }
}

export type AnswerResult<T> = Result<T, RescueCallFailure>

const AUTHCODE = /AUTHCODE:\s*(\S+)/i
const PINCODE = /PINCODE:\s*(\d+)/i
// An answer Rescue meant as an error code: one upper-case word, e.g. "NOTLOGGEDIN" or "NEW_THING".
const ERROR_WORD = /^[A-Z][A-Z0-9_]{1,63}$/

/** A 2xx answer's body, or how the call failed before Rescue could say anything. */
export function readFailure(outcome: HttpOutcome): RescueFailure | { body: string } {
    if (outcome.kind === 'timeout') return { kind: 'timeout' }
    if (outcome.kind === 'unreachable') return { kind: 'unreachable', reason: outcome.reason }
    if (outcome.status < 200 || outcome.status >= 300) return { kind: 'http', status: outcome.status }
    return { body: typeof outcome.body === 'string' ? outcome.body : '' }
}

// Rescue's errors are one word, sometimes after "ERROR" or "OK"; a longer body (an HTML error page,
// a proxy's answer) is unreadable even if a known word happens to appear in it.
const MAX_ERROR_WORDS = 3

export function classifyError(body: string): RescueFailure {
    const words = body
        .trim()
        .split(/\s+/)
        .filter((word) => word !== '')
    if (words.length === 0 || words.length > MAX_ERROR_WORDS || !words.every((word) => ERROR_WORD.test(word))) {
        return { kind: 'unreadable' }
    }
    const documented = words.find((word) => word !== 'ERROR' && (RESCUE_ERROR_STRINGS as readonly string[]).includes(word))
    if (documented) return { kind: 'rescue', code: documented as RescueErrorString }
    const meaningful = words.filter((word) => word !== 'OK' && word !== 'ERROR')
    if (meaningful.length > 0) return { kind: 'unknown', answer: meaningful.join(' ') }
    return words.includes('ERROR') ? { kind: 'rescue', code: 'ERROR' } : { kind: 'unreadable' }
}

// The value after its label anywhere in a 2xx body, else why there is none; never a fixed offset.
function readLabelled(outcome: HttpOutcome, label: RegExp): AnswerResult<string> {
    const read = readFailure(outcome)
    if ('kind' in read) return rescueCallFailure(read)
    const match = label.exec(read.body)
    if (match) return succeed(match[1] as string)
    return rescueCallFailure(classifyError(read.body))
}

/** Reads requestAuthCodeSSO's answer: `OK AUTHCODE: <code>`, else an error. */
export function parseAuthCodeAnswer(outcome: HttpOutcome): AnswerResult<string> {
    return readLabelled(outcome, AUTHCODE)
}

/** Reads requestPINCode's answer: `PINCODE:<digits>`; the PIN stays a string (leading zeros). */
export function parsePinAnswer(outcome: HttpOutcome): AnswerResult<string> {
    return readLabelled(outcome, PINCODE)
}

/** The failures after which a fresh auth code may succeed: the cached one was replaced or expired. */
export function isStaleAuthCode(failure: RescueFailure): boolean {
    return failure.kind === 'rescue' && (failure.code === 'INVALID_SECRETAUTHCODE' || failure.code === 'NOTLOGGEDIN')
}

/** A report setter's answer: `OK` (compared after trim), else why not. */
export function parseOkAnswer(outcome: HttpOutcome): AnswerResult<true> {
    const read = readFailure(outcome)
    if ('kind' in read) return rescueCallFailure(read)
    return read.body.trim() === 'OK' ? succeed(true) : rescueCallFailure(classifyError(read.body))
}
