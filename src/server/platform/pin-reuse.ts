// One PIN per click, at the platform edge: the unused PINs the same agent got for the same record lately
// (core/pin-reuse.ts decides which one is shown again), and the scheduled job that marks the unused
// PINs Rescue no longer accepts as expired, so the Sessions list shows what is still open.
import { expiredBefore, reusablePin, reuseWindowStart, type IssuedPin, type PinTimings, type ReusedPin } from '../core/pin-reuse'
import { SESSION_TABLE } from '../core/names'
import { readConfig } from './properties'
import { createLogger } from './log'
import { dateTimeValue, nowMs } from './glide-values'

/** At most this many rows are read per click: a record has a handful of PINs per agent within minutes. */
const REUSE_CANDIDATES = 5
/** Rows the expiry job updates per run; the next run takes the rest. */
const EXPIRE_BATCH = 500

function timings(reuseMinutes: number, validityMinutes: number): PinTimings {
    return { nowMs: nowMs(), reuseMinutes, validityMinutes }
}

/** The unused PIN to show again for this agent and record, or null (reuse off, none recent, or all expired). */
export function findReusablePin(
    taskSysId: string,
    technicianSysId: string,
    reuseMinutes: number,
    validityMinutes: number
): ReusedPin | null {
    const now = timings(reuseMinutes, validityMinutes)
    if (now.reuseMinutes <= 0) return null
    const rows = new GlideRecord(SESSION_TABLE)
    rows.addQuery('task', taskSysId)
    rows.addQuery('technician', technicianSysId)
    rows.addQuery('state', 'pin_issued')
    rows.addQuery('sys_created_on', '>=', dateTimeValue(reuseWindowStart(now)))
    rows.orderByDesc('sys_created_on')
    rows.setLimit(REUSE_CANDIDATES)
    rows.query()
    const candidates: IssuedPin[] = []
    const shown: { [sysId: string]: string } = {}
    while (rows.next()) {
        const sysId = rows.getUniqueValue()
        candidates.push({
            sysId,
            pin: rows.getValue('pin') ?? '',
            state: rows.getValue('state') ?? '',
            issuedAtMs: new GlideDateTime(rows.getValue('sys_created_on') ?? '').getNumericValue(),
        })
        shown[sysId] = rows.getDisplayValue('sys_created_on')
    }
    const chosen = reusablePin(candidates, now)
    return chosen === null ? null : { pin: chosen.pin, sessionId: chosen.sysId, issuedAtDisplay: shown[chosen.sysId] ?? '' }
}

/**
 * The PIN expiry job (RescueCore.expireUnusedPins): every session row still pin_issued after Rescue's PIN
 * validity becomes expired. A post that arrives later for it still moves it on (session-decision.ts).
 * Returns how many rows it marked.
 */
export function expireUnusedPins(): number {
    const parsed = readConfig()
    const rows = new GlideRecord(SESSION_TABLE)
    rows.addQuery('state', 'pin_issued')
    rows.addQuery('sys_created_on', '<=', dateTimeValue(expiredBefore(nowMs(), parsed.config.pinValidityMinutes)))
    rows.setLimit(EXPIRE_BATCH)
    rows.query()
    let marked = 0
    while (rows.next()) {
        rows.setValue('state', 'expired')
        if (rows.update() !== null) marked++
    }
    if (marked > 0) createLogger(parsed.config.debugLogging, []).debug(`PIN expiry: ${marked} unused PINs marked expired`)
    return marked
}
