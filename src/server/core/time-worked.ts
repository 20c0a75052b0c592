// Step 5 of an end post (x_rescue_connect.time_worked.record): whether the session's work time becomes a Time Worked
// entry (task_time_worked) on its incident or case, and what the entry says. Pure; the session store writes it.
// Exactly once per session: the row remembers the entry (time_worked_entry), so a repeated or re-sent end post, or
// a start post arriving after the end, adds nothing.
import type { SessionPost } from './session-post'
import { neutraliseMarkup } from '../../shared/markup'
import { technicianName } from './session-note'
import { message, type Message, type Translate } from '../../shared/i18n'

/** The comment field's size on the platform's Time Worked table (as the emulator defines it). */
export const TIME_WORKED_COMMENT_MAX_CHARS = 4000

/** Whom an email names: exactly one active user, none, or several (then none is credited: platform/users.ts). */
export type EmailOwner = { readonly kind: 'none' } | { readonly kind: 'one'; readonly sysId: string } | { readonly kind: 'several' }

export interface TimeWorkedFacts {
    /** The incident or case the session belongs to ('' when none). */
    readonly taskSysId: string
    /** The entry the session already added ('' when none). */
    readonly recordedEntry: string
    /** The session's work time in whole seconds, as the row's work_time column holds it ('' when Rescue sent none). */
    readonly workTimeSeconds: string
    readonly technician: EmailOwner
}

export interface TimeWorkedEntry {
    readonly taskSysId: string
    /** The user to credit ('' when no single active user has the technician's email). */
    readonly userSysId: string
    /** The duration's internal value. */
    readonly timeWorked: string
    readonly comment: string
}

/**
 * A duration as the platform stores it: the date-time that many seconds after 1970-01-01 00:00:00 (GlideDuration -
 * Scoped, "store the duration as a date and time from January 1, 1970"): 1769 s → '1970-01-01 00:29:29'.
 */
export function durationValue(seconds: number): string {
    return new Date(seconds * 1000).toISOString().slice(0, 19).replace('T', ' ')
}

/** The entry's comment, in the work-notes language (`t`): everyone on the record reads it. */
function comment(post: SessionPost, technician: EmailOwner, t: Translate): string {
    const address = post.variables.TechSSOID || post.variables.TechEmail || ''
    const name = technicianName(post, message('note.technician_unknown'))
    const who = address && address !== name ? message('time_worked.technician_with_address', name, address) : name
    const named = message('time_worked.comment', post.sessionId, who)
    const unmatched: Message | null =
        technician.kind === 'one'
            ? null
            : address === ''
              ? message('time_worked.no_address')
              : technician.kind === 'several'
                ? message('time_worked.several_users', address)
                : message('time_worked.no_user', address)
    return neutraliseMarkup(t(unmatched ? message('list.sentences', named, unmatched) : named)).slice(0, TIME_WORKED_COMMENT_MAX_CHARS)
}

/** What a Time Worked entry says, before it is tied to a record: the session plan ties it to the task it links or creates. */
export type TimeWorkedClaim = Omit<TimeWorkedEntry, 'taskSysId'>

/** The entry an end post adds to whichever record the session has, or null: not an end post, already recorded, or no work time. */
export function timeWorkedClaim(post: SessionPost, facts: Omit<TimeWorkedFacts, 'taskSysId'>, t: Translate): TimeWorkedClaim | null {
    if (post.kind !== 'end' || facts.recordedEntry !== '') return null
    const seconds = /^\d+$/.test(facts.workTimeSeconds) ? Number(facts.workTimeSeconds) : 0
    if (seconds <= 0) return null
    return {
        userSysId: facts.technician.kind === 'one' ? facts.technician.sysId : '',
        timeWorked: durationValue(seconds),
        comment: comment(post, facts.technician, t),
    }
}

/** The entry an end post adds, or null: not an end post, no record, already recorded, or no work time. */
export function timeWorkedEntry(post: SessionPost, facts: TimeWorkedFacts, t: Translate): TimeWorkedEntry | null {
    if (facts.taskSysId === '') return null
    const claim = timeWorkedClaim(post, facts, t)
    return claim ? { taskSysId: facts.taskSysId, ...claim } : null
}
