// One PIN per click: which earlier PIN a new click shows again, and when an unused PIN has expired.
// Pure: the platform edge reads the candidate rows and the clock and passes them in.

/** A PIN shown again: its session row and when it was issued, as the session row shows that to the agent. */
export interface ReusedPin {
    readonly pin: string
    readonly sessionId: string
    readonly issuedAtDisplay: string
}

/** A session row the same agent got for the same record, as the reuse check reads it. */
export interface IssuedPin {
    readonly sysId: string
    readonly pin: string
    readonly state: string
    /** sys_created_on as milliseconds since the epoch. */
    readonly issuedAtMs: number
}

export interface PinTimings {
    readonly nowMs: number
    /** x_rescue_connect.pin.reuse_minutes: 0 turns reuse off. */
    readonly reuseMinutes: number
    /** x_rescue_connect.pin.validity_minutes: Rescue's "Private code validity period" for the technician group. */
    readonly validityMinutes: number
}

const MINUTE_MS = 60_000

/** True when Rescue no longer accepts a PIN issued then: its validity period has passed. */
export function pinExpired(issuedAtMs: number, nowMs: number, validityMinutes: number): boolean {
    return nowMs - issuedAtMs >= validityMinutes * MINUTE_MS
}

/**
 * The newest PIN still unused (state pin_issued) that is younger than the reuse window and than Rescue's
 * validity, so showing it again gives the customer a PIN that works; null when a new PIN is needed.
 */
export function reusablePin(candidates: readonly IssuedPin[], timings: PinTimings): IssuedPin | null {
    if (timings.reuseMinutes <= 0) return null
    let newest: IssuedPin | null = null
    for (const candidate of candidates) {
        if (candidate.state !== 'pin_issued' || !/^\d+$/.test(candidate.pin)) continue
        const age = timings.nowMs - candidate.issuedAtMs
        if (age < 0 || age >= timings.reuseMinutes * MINUTE_MS) continue
        if (pinExpired(candidate.issuedAtMs, timings.nowMs, timings.validityMinutes)) continue
        if (newest === null || candidate.issuedAtMs > newest.issuedAtMs) newest = candidate
    }
    return newest
}

/** The earliest creation time (ms) a reuse candidate can have: the query's lower bound, so the edge reads few rows. */
export function reuseWindowStart(timings: PinTimings): number {
    return timings.nowMs - Math.min(timings.reuseMinutes, timings.validityMinutes) * MINUTE_MS
}

/** The creation time (ms) at or before which an unused PIN has expired: the expiry job's query bound. */
export function expiredBefore(nowMs: number, validityMinutes: number): number {
    return nowMs - validityMinutes * MINUTE_MS
}
