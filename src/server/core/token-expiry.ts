// When to warn admins that the refresh token Rescue's connector holds is about to expire. The daily
// job asks this once a run; the answer depends only on the clock, the expiry and the last warning.
import { escapeHtml } from '../../shared/markup'
import { htmlSentence, message, textLine, type Message, type Translate } from '../../shared/i18n'
import type { Email } from './pin-email'

export const WARNING_WINDOW_DAYS = 14
const DAY_MS = 86_400_000

export type ExpiryWarning =
    | { readonly send: false; readonly reason: 'not_due' | 'sent_today' }
    | { readonly send: true; readonly daysLeft: number; readonly expired: boolean }

const utcDay = (ms: number) => Math.floor(ms / DAY_MS)

/**
 * Warn once per UTC day from WARNING_WINDOW_DAYS before the expiry on (and after it, since the
 * connector then can no longer post), until a newer Token Setup moves the expiry.
 */
export function expiryWarning(nowMs: number, expiresOnMs: number, lastWarnedMs: number | null): ExpiryWarning {
    if (nowMs < expiresOnMs - WARNING_WINDOW_DAYS * DAY_MS) return { send: false, reason: 'not_due' }
    if (lastWarnedMs !== null && utcDay(lastWarnedMs) === utcDay(nowMs)) return { send: false, reason: 'sent_today' }
    const expired = nowMs >= expiresOnMs
    return { send: true, expired, daysLeft: expired ? 0 : Math.ceil((expiresOnMs - nowMs) / DAY_MS) }
}

/** The journal line for one reminder (singular and plural are separate sentences: languages differ there). */
export function expiryWarningSentence(warning: { daysLeft: number; expired: boolean }, adminCount: number, expiresOn: string): Message {
    if (adminCount === 0) return message(warning.expired ? 'token.expiry_no_admin_expired' : 'token.expiry_no_admin_expires', expiresOn)
    if (warning.expired)
        return adminCount === 1
            ? message('token.expiry_one_admin_expired', expiresOn)
            : message('token.expiry_admins_expired', adminCount, expiresOn)
    if (adminCount === 1) {
        return warning.daysLeft === 1
            ? message('token.expiry_one_admin_one_day', expiresOn)
            : message('token.expiry_one_admin_days', expiresOn, warning.daysLeft)
    }
    return warning.daysLeft === 1
        ? message('token.expiry_admins_one_day', adminCount, expiresOn)
        : message('token.expiry_admins_days', adminCount, expiresOn, warning.daysLeft)
}

/**
 * The reminder email to one admin, in that admin's language (`t`). The date and the days left are values,
 * escaped like every translated sentence: an admin's translation is text, never markup.
 */
export function expiryReminderEmail(input: { readonly expiresOn: string; readonly daysLeft: string }, t: Translate): Email {
    const menuPath = `<b>${escapeHtml(t(message('email.token.menu_path')))}</b>`
    return {
        subject: textLine(t, 'email.token.subject', input.expiresOn),
        html: [
            `<p>${htmlSentence(t, 'email.token.expires', [escapeHtml(input.expiresOn), escapeHtml(input.daysLeft)])}</p>`,
            `<p>${htmlSentence(t, 'email.token.after', [])}</p>`,
            `<p>${htmlSentence(t, 'email.token.action', [menuPath])}</p>`,
        ].join('\n'),
    }
}
