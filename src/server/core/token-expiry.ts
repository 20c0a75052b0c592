// When to warn admins that the refresh token Rescue's connector holds is about to expire. The daily
// job asks this once a run; the answer depends only on the clock, the expiry and the last warning.

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

/** The journal line for one reminder. */
export function expiryWarningSentence(warning: { daysLeft: number; expired: boolean }, adminCount: number, expiresOn: string): string {
    const who = adminCount === 1 ? '1 admin' : `${adminCount} admins`
    if (adminCount === 0) {
        return `The refresh token ${warning.expired ? 'expired' : 'expires'} on ${expiresOn}, but no active user holds x_rescue_connect.admin, so no one was emailed.`
    }
    return warning.expired
        ? `Emailed ${who}: the refresh token expired on ${expiresOn}; Rescue's connector can no longer post until Token Setup runs again.`
        : `Emailed ${who}: the refresh token expires on ${expiresOn}, in ${warning.daysLeft} day${warning.daysLeft === 1 ? '' : 's'}.`
}
