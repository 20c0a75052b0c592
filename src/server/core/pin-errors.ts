// Every way generating a PIN can fail, as a code and one sentence that tells the agent (or the admin
// they should ask) what to do. No message ever carries a secret: none is passed in.
import type { RescueFailure, RescueErrorString } from './rescue-protocol'

export interface PinError {
    readonly code: string
    readonly message: string
}

export interface FailureContext {
    /** The technician's SSO ID (their ServiceNow email), named so the Rescue admin knows whom to fix. */
    readonly ssoId: string
    readonly timeoutMs: number
    readonly host: string
}

const ASK_SN_ADMIN_SETTINGS = 'Ask your ServiceNow admin to check the company ID and SSO password in LogMeIn Rescue > Settings'

function rescueErrorMessage(code: RescueErrorString, context: FailureContext): string {
    switch (code) {
        case 'ERROR':
            return 'LogMeIn Rescue reported an unspecified error. Wait a minute and try again; if it keeps happening, ask your ServiceNow admin to check the LogMeIn Rescue service status.'
        case 'INVALID':
            return `LogMeIn Rescue refused the single sign-on login for ${context.ssoId}. ${ASK_SN_ADMIN_SETTINGS}, and your Rescue admin that your technician SSO ID is ${context.ssoId}.`
        case 'INVALIDPARAM_COMPANY':
            return `LogMeIn Rescue does not accept the configured company ID. ${ASK_SN_ADMIN_SETTINGS} (the company ID is digits only).`
        case 'INVALIDSSOID':
            return `LogMeIn Rescue has no technician with the SSO ID ${context.ssoId}. Ask your Rescue admin to set your technician's SSO ID to your ServiceNow email, ${context.ssoId}.`
        case 'NOTLOGGEDIN':
        case 'INVALID_SECRETAUTHCODE':
            return `LogMeIn Rescue did not accept the login for ${context.ssoId}, even with a fresh one. Try again in a minute; if it keeps happening, ask your ServiceNow admin to run Test connection in LogMeIn Rescue > Settings.`
        case 'NOTTECHNICIAN':
            return `Your LogMeIn Rescue account (${context.ssoId}) is not a technician. Ask your Rescue admin to add it to a technician group.`
        case 'NOTECHCONSOLERUNNING':
            return 'LogMeIn Rescue wants your Technician Console running. Open the Rescue Technician Console, log in, and try again.'
        case 'OUTOFPINCODES':
            return 'LogMeIn Rescue has no PIN codes left for your account. Ask your Rescue admin to check the PIN code limits, or reuse a PIN you generated earlier.'
        case 'POLLRATEEXCEEDED':
            return 'LogMeIn Rescue allows one PIN per second per account. Wait a few seconds and try again.'
        case 'USER_IS_DELETED':
        case 'USER_DELETED_OR_DISABLED':
            return `Your LogMeIn Rescue technician account (${context.ssoId}) is deleted or disabled. Ask your Rescue admin to enable it.`
        case 'INVALIDPARAM_NODE':
            return `LogMeIn Rescue could not place the session in a technician group for ${context.ssoId}. Ask your Rescue admin to check your technician group.`
        case 'INVALIDPINFORMAT':
            return 'LogMeIn Rescue rejected the PIN request (INVALIDPINFORMAT). Try again; if it keeps happening, ask your ServiceNow admin to turn on API logging and check the system log.'
    }
}

/** The sentence for a failed Rescue call; `code` is Rescue's own word where it sent one. */
export function describeRescueFailure(failure: RescueFailure, context: FailureContext): PinError {
    switch (failure.kind) {
        case 'rescue':
            return { code: failure.code, message: rescueErrorMessage(failure.code, context) }
        case 'unknown':
            return {
                code: 'RESCUE_UNKNOWN_ANSWER',
                message: `LogMeIn Rescue answered "${failure.answer}", which this app does not know. Try again; if it keeps happening, give that answer to your ServiceNow admin.`,
            }
        case 'unreadable':
            return {
                code: 'RESCUE_UNREADABLE_ANSWER',
                message: 'LogMeIn Rescue sent an answer this app cannot read. Try again; if it keeps happening, ask your ServiceNow admin to turn on API logging and check the system log.',
            }
        case 'http':
            return {
                code: 'RESCUE_HTTP_ERROR',
                message: `LogMeIn Rescue is not working right now (HTTP ${failure.status}). Wait a few minutes and try again.`,
            }
        case 'timeout':
            return {
                code: 'RESCUE_TIMEOUT',
                message: `LogMeIn Rescue did not answer within ${Math.round(context.timeoutMs / 1000)} seconds. Try again; if it keeps happening, ask your ServiceNow admin to check the connection to ${context.host}.`,
            }
        case 'unreachable':
            return {
                code: 'RESCUE_UNREACHABLE',
                message: `The instance could not reach LogMeIn Rescue at ${context.host}. Ask your ServiceNow admin to check the instance's outbound connection and the region settings.`,
            }
    }
}

// Failures found on the ServiceNow side, before Rescue is called.
export const PIN_ERRORS = {
    noRole: {
        code: 'NO_ROLE',
        message: 'You need the role x_rescue_connect.user to generate LogMeIn Rescue PINs. Ask your ServiceNow admin to grant it.',
    },
    disabled: {
        code: 'INTEGRATION_DISABLED',
        message: 'The LogMeIn Rescue integration is turned off. Ask your ServiceNow admin to turn it on in LogMeIn Rescue > Settings.',
    },
    badRequest: {
        code: 'BAD_REQUEST',
        message: 'The request did not name a record. Reload the form and try again.',
    },
    tableNotAllowed: {
        code: 'TABLE_NOT_SUPPORTED',
        message: 'Rescue PINs can be generated only from incidents and customer service cases. Open the incident or case and generate the PIN there.',
    },
    caseTableMissing: {
        code: 'TABLE_NOT_INSTALLED',
        message: 'Cases need the Customer Service Management plugin, which is not installed on this instance. Generate the PIN from an incident, or ask your ServiceNow admin to install the plugin.',
    },
    recordNotFound: {
        code: 'RECORD_NOT_FOUND',
        message: 'The record was not found or you cannot read it. Save the record, reload it, and try again.',
    },
    recordInactive: {
        code: 'RECORD_INACTIVE',
        message: 'This record is closed. Reopen it, or generate the PIN from an active record.',
    },
    noEmail: {
        code: 'NO_EMAIL',
        message: 'Your ServiceNow user has no email address, and your email is your LogMeIn Rescue SSO ID. Add your email to your user profile (or ask your ServiceNow admin), then try again.',
    },
    writeFailed: {
        code: 'SAVE_FAILED',
        message: 'LogMeIn Rescue issued a PIN but the instance could not record it. Try again; if it keeps happening, ask your ServiceNow admin to check the system log.',
    },
} as const satisfies Record<string, PinError>

export function buttonTurnedOff(tableLabel: string, property: string): PinError {
    return {
        code: 'BUTTON_DISABLED',
        message: `Generating Rescue PINs from ${tableLabel} is turned off (${property}). Ask your ServiceNow admin if you need it.`,
    }
}

export function settingsIncomplete(missingProperties: readonly string[]): PinError {
    return {
        code: 'SETTINGS_INCOMPLETE',
        message: `LogMeIn Rescue is not set up yet. Ask your ServiceNow admin to fill in ${missingProperties.join(' and ')} in LogMeIn Rescue > Settings.`,
    }
}

export function settingsInvalid(problems: readonly string[]): PinError {
    return {
        code: 'SETTINGS_INVALID',
        message: `Ask your ServiceNow admin to fix LogMeIn Rescue > Settings: ${problems.join(' ')}`,
    }
}

/** The agent's email is their Rescue SSO ID, so an address several active users share identifies no technician. */
export function emailNotUnique(email: string): PinError {
    return {
        code: 'EMAIL_NOT_UNIQUE',
        message: `Your email address, ${email}, belongs to more than one active ServiceNow user, so LogMeIn Rescue cannot tell which technician you are. Ask your ServiceNow admin to give each user their own email address, then try again.`,
    }
}

export function noCustomer(recordLabel: string, fieldLabel: string): PinError {
    return {
        code: 'NO_CUSTOMER',
        message: `This ${recordLabel} has no ${fieldLabel}, so Rescue would not know whom the PIN is for. Fill in ${fieldLabel}, save, and try again.`,
    }
}
