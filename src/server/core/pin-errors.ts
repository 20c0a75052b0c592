// Every way generating a PIN can fail, as a code and one sentence (a message of src/i18n/en.ts) that
// tells the agent (or the admin they should ask) what to do. No message ever carries a secret: none is passed in.
import { rescueFailureCode, type RescueFailure, type RescueErrorString } from './rescue-protocol'
import type { Failure } from './result'
import { message, sentences, type Message, type MessageKey } from '../../shared/i18n'

export interface PinError {
    readonly code: string
    readonly message: Message
}

/** A failed PIN step (core/result.ts): the agent's code and sentence. */
export type PinFailure = Failure<string, Message>

export interface FailureContext {
    /** The technician's SSO ID (their ServiceNow email), named so the Rescue admin knows whom to fix. */
    readonly ssoId: string
    readonly timeoutMs: number
    readonly host: string
}

function rescueErrorMessage(code: RescueErrorString, context: FailureContext): Message {
    switch (code) {
        case 'ERROR':
            return message('pin.rescue.error')
        case 'INVALID':
            return message('pin.rescue.invalid', context.ssoId)
        case 'INVALIDPARAM_COMPANY':
            return message('pin.rescue.invalid_company')
        case 'INVALIDSSOID':
            return message('pin.rescue.invalid_sso_id', context.ssoId)
        case 'NOTLOGGEDIN':
        case 'INVALID_SECRETAUTHCODE':
            return message('pin.rescue.not_logged_in', context.ssoId)
        case 'NOTTECHNICIAN':
            return message('pin.rescue.not_technician', context.ssoId)
        case 'NOTECHCONSOLERUNNING':
            return message('pin.rescue.console_not_running')
        case 'OUTOFPINCODES':
            return message('pin.rescue.out_of_pins')
        case 'POLLRATEEXCEEDED':
            return message('pin.rescue.poll_rate')
        case 'USER_IS_DELETED':
        case 'USER_DELETED_OR_DISABLED':
            return message('pin.rescue.user_disabled', context.ssoId)
        case 'INVALIDPARAM_NODE':
            return message('pin.rescue.invalid_node', context.ssoId)
        case 'INVALIDPINFORMAT':
            return message('pin.rescue.invalid_pin_format')
    }
}

/** The sentence for a failed Rescue call; `code` is Rescue's own word where it sent one. */
export function describeRescueFailure(failure: RescueFailure, context: FailureContext): PinError {
    return { code: rescueFailureCode(failure), message: rescueFailureSentence(failure, context) }
}

function rescueFailureSentence(failure: RescueFailure, context: FailureContext): Message {
    switch (failure.kind) {
        case 'rescue':
            return rescueErrorMessage(failure.code, context)
        case 'unknown':
            return message('pin.rescue.unknown_answer', failure.answer)
        case 'unreadable':
            return message('pin.rescue.unreadable_answer')
        case 'http':
            return message('pin.rescue.http_error', failure.status)
        case 'timeout':
            return message('pin.rescue.timeout', Math.round(context.timeoutMs / 1000), context.host)
        case 'unreachable':
            return message('pin.rescue.unreachable', context.host)
    }
}

const pinError = (code: string, key: MessageKey): PinError => ({ code, message: message(key) })

// Failures found on the ServiceNow side, before Rescue is called.
export const PIN_ERRORS = {
    noRole: pinError('NO_ROLE', 'pin.error.no_role'),
    disabled: pinError('INTEGRATION_DISABLED', 'pin.error.disabled'),
    badRequest: pinError('BAD_REQUEST', 'pin.error.bad_request'),
    caseTableMissing: pinError('TABLE_NOT_INSTALLED', 'pin.error.table_not_installed'),
    recordNotFound: pinError('RECORD_NOT_FOUND', 'pin.error.record_not_found'),
    recordInactive: pinError('RECORD_INACTIVE', 'pin.error.record_inactive'),
    recordReadOnly: pinError('RECORD_READ_ONLY', 'pin.error.record_read_only'),
    noEmail: pinError('NO_EMAIL', 'pin.error.no_email'),
    writeFailed: pinError('SAVE_FAILED', 'pin.error.save_failed'),
    runnerCannotWrite: pinError('RECORD_NOT_WRITABLE', 'pin.error.runner_cannot_write'),
    internal: pinError('INTERNAL_ERROR', 'pin.error.internal'),
} as const satisfies Record<string, PinError>

/** The table is not one x_rescue_connect.pin.tables lists. */
export function tableNotListed(property: string): PinError {
    return { code: 'TABLE_NOT_SUPPORTED', message: message('pin.error.table_not_supported', property) }
}

/** A listed table that is not installed here or does not extend task (it is named alone: it passed the table-name shape). */
export function tableNotTask(table: string, property: string): PinError {
    return { code: 'TABLE_NOT_INSTALLED', message: message('pin.error.table_not_task', table, property) }
}

export function buttonTurnedOff(table: 'incident' | 'case', property: string): PinError {
    return {
        code: 'BUTTON_DISABLED',
        message: message(table === 'incident' ? 'pin.error.button_off_incidents' : 'pin.error.button_off_cases', property),
    }
}

/** "x and y" for the one or two settings a PIN needs. */
function propertyList(properties: readonly string[]): Message | string {
    return properties.length === 2 ? message('list.two', properties[0]!, properties[1]!) : properties.join(', ')
}

export function settingsIncomplete(missingProperties: readonly string[]): PinError {
    return { code: 'SETTINGS_INCOMPLETE', message: message('pin.error.settings_incomplete', propertyList(missingProperties)) }
}

/** `problems` are the settings' own sentences (config.ts), each naming the property to fix. */
export function settingsInvalid(problems: readonly Message[]): PinError {
    return { code: 'SETTINGS_INVALID', message: message('pin.error.settings_invalid', sentences(problems)) }
}

/** No customer on the record: the standard caller/contact field, or the admin's own field by name. */
export function noCustomer(kind: 'incident' | 'case' | 'task', field: string): PinError {
    if (kind === 'task') return { code: 'NO_CUSTOMER', message: message('pin.error.no_customer_record', field) }
    const standard = kind === 'incident' ? field === 'caller_id' : field === 'contact'
    const text = standard
        ? message(kind === 'incident' ? 'pin.error.no_caller' : 'pin.error.no_contact')
        : message(kind === 'incident' ? 'pin.error.no_customer_incident' : 'pin.error.no_customer_case', field)
    return { code: 'NO_CUSTOMER', message: text }
}

/** A technician named by a flow or script (not the session user) who cannot be given a PIN; `who` is their name or email. */
export function technicianError(problem: 'unknown' | 'noRole' | 'noEmail' | 'emailNotUnique', who: string): PinError {
    switch (problem) {
        case 'unknown':
            return { code: 'TECHNICIAN_UNKNOWN', message: message('pin.error.technician_unknown') }
        case 'noRole':
            return { code: 'NO_ROLE', message: message('pin.error.technician_no_role', who) }
        case 'noEmail':
            return { code: 'NO_EMAIL', message: message('pin.error.technician_no_email', who) }
        case 'emailNotUnique':
            return { code: 'EMAIL_NOT_UNIQUE', message: message('pin.error.technician_email_not_unique', who) }
    }
}

/** The agent's email is their Rescue SSO ID, so an address several active users share identifies no technician. */
export function emailNotUnique(email: string): PinError {
    return { code: 'EMAIL_NOT_UNIQUE', message: message('pin.error.email_not_unique', email) }
}
