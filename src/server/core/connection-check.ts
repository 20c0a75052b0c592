// Test Connection's outcome for the admin who runs it: success or error, what happened, the settings to
// fix (by their titles on the Settings page, never with their values) and the next step — written for
// the admin on this admin-only page, not the "ask your ServiceNow admin" an agent reads on a PIN failure.
import type { RescueFailure } from './rescue-protocol'
import { message, type Message } from '../../shared/i18n'

export type OutcomeType = 'success' | 'error'

export interface ConnectionOutcome {
    readonly ok: boolean
    /** How the page shows it: as the platform's success or error message. */
    readonly type: OutcomeType
    readonly message: Message
    /** The settings to fix, one line each: their title and what is wrong (never their value). */
    readonly items: readonly Message[]
    readonly nextStep: Message
}

export interface SettingProblem {
    /** The setting's title on the Settings page (its description), else its property name. */
    readonly title: string
    readonly problem: Message
}

/** The settings whose values the app cannot use; each config error names its property first (core/config.ts). */
export function invalidSettingProperties(errors: readonly Message[]): string[] {
    return errors.map((error) => String(error.args[0] ?? ''))
}

/** A title as a list item's label: a description's closing full stop goes, as the problem sentence follows it. */
const label = (title: string) => title.replace(/[.\s]+$/, '')

const outcome = (type: OutcomeType, text: Message, nextStep: Message, items: readonly Message[] = []): ConnectionOutcome => ({
    ok: type === 'success',
    type,
    message: text,
    items,
    nextStep,
})

export function connectionSucceeded(host: string, ssoId: string): ConnectionOutcome {
    return outcome('success', message('connection.ok', host, ssoId), message('connection.next.ok'))
}

export function integrationDisabled(property: string): ConnectionOutcome {
    return outcome('error', message('connection.failed_disabled', property), message('connection.next.disabled'))
}

/** Every setting the app cannot use, by title: the check names them all at once, so one round of fixes is enough. */
export function settingsUnusable(problems: readonly SettingProblem[]): ConnectionOutcome {
    const items = problems.map((problem) => message('connection.setting_problem', label(problem.title), problem.problem))
    return outcome('error', message('connection.failed_settings'), message('connection.next.settings'), items)
}

/** The settings a connection test needs that are empty, by title (and property name, as the Settings page shows it beneath). */
export function settingsMissing(settings: readonly { title: string; property: string }[]): ConnectionOutcome {
    const items = settings.map((setting) => message('connection.setting_missing', label(setting.title), setting.property))
    return outcome('error', message('connection.failed_missing'), message('connection.next.missing'), items)
}

export function noEmail(): ConnectionOutcome {
    return outcome('error', message('connection.failed_no_email'), message('connection.next.no_email'))
}

export function emailShared(ssoId: string): ConnectionOutcome {
    return outcome('error', message('connection.failed_email_shared', ssoId), message('connection.next.email_shared'))
}

export function internalFailure(): ConnectionOutcome {
    return outcome('error', message('connection.failed_internal'), message('connection.next.system_log'))
}

/** What Rescue's refusal means for the admin, and what they do next. */
export function rescueRefused(failure: RescueFailure, host: string, ssoId: string): ConnectionOutcome {
    if (failure.kind === 'timeout' || failure.kind === 'unreachable' || failure.kind === 'http') {
        const detail = failure.kind === 'http' ? `HTTP ${failure.status}` : failure.kind === 'timeout' ? 'timeout' : 'unreachable'
        return outcome('error', message('connection.failed_network', host, detail), message('connection.next.network', host))
    }
    if (failure.kind === 'rescue') {
        switch (failure.code) {
            case 'INVALID':
            case 'INVALIDPARAM_COMPANY':
                return outcome('error', message('connection.failed_login', host), message('connection.next.login'))
            case 'INVALIDSSOID':
            case 'NOTTECHNICIAN':
            case 'USER_IS_DELETED':
            case 'USER_DELETED_OR_DISABLED':
            case 'INVALIDPARAM_NODE':
                return outcome(
                    'error',
                    message('connection.failed_technician', host, ssoId, failure.code),
                    message('connection.next.technician', ssoId)
                )
        }
    }
    const said = failure.kind === 'rescue' ? failure.code : failure.kind === 'unknown' ? failure.answer : 'unreadable'
    return outcome('error', message('connection.failed_other', host, said), message('connection.next.system_log'))
}
