// Step 4 of a session post: given the normalised post and what the session row already holds, decide
// what to write. Pure, so its promises are testable without an instance:
//  - exactly once: a post whose fingerprint the row already lists changes nothing;
//  - order-free: start and end posts give the same final row whichever arrives first
//    (the state only moves forward; a start post fills empty fields only, an end post overwrites);
//  - bounded: at most MAX_POSTS_PER_SESSION distinct posts, every value within its column, none cut.
import type { PostKind, SessionPost } from './session-post'
import { parseRescueDateTime } from './rescue-datetime'
import type { SessionVariable } from './session-variables'
import { SESSION_COLUMN_SIZES, wholeValue, type SessionStringColumn } from './session-columns'
import { durationValue } from './time-worked'

/**
 * The session-row columns a post writes. The tracking value is not among them: it is the PIN's, written
 * when the PIN is issued, and text in a post never moves it (a post reaches a record only through it).
 */
export const POST_COLUMNS = [
    'rescue_session_id',
    'tech_id',
    'tech_sso_id',
    'tech_name',
    'tech_email',
    'customer_name',
    'platform',
    'waiting_time',
    'work_time',
    'waiting_duration',
    'work_duration',
    'transmitted_bytes',
    'pickup_time',
    'closing_time',
    'last_action_time',
] as const

export type PostColumn = (typeof POST_COLUMNS)[number]
export type SessionState = 'pin_issued' | 'started' | 'ended' | 'failed' | 'expired'

/**
 * Distinct posts one session accepts. A session has two or three (start, end, a resend); the cap
 * bounds the row, and keeps every accepted post's fingerprint within its column (17 characters each).
 */
export const MAX_POSTS_PER_SESSION = 100
/** The stored posts of a session hold at most this many characters (the posts column's size). */
export const MAX_STORED_POSTS_CHARS = SESSION_COLUMN_SIZES.posts

export interface SessionRowState {
    readonly state: string
    /** Comma-separated fingerprints (column post_hashes). */
    readonly postHashes: string
    /** JSON array of the normalised posts received (column posts). */
    readonly posts: string
    readonly columns: { readonly [column in PostColumn]?: string }
}

export const EMPTY_ROW: SessionRowState = { state: '', postHashes: '', posts: '', columns: {} }

export interface StoredPost {
    readonly hash: string
    readonly kind: PostKind
    readonly variables: SessionPost['variables']
    readonly extra: SessionPost['extra']
}

/** Why a session refuses a post: it already holds the most posts it keeps, or the post does not fit its stored posts. */
export type SessionLimit = 'too_many_posts' | 'too_large'

export type SessionDecision =
    | { readonly kind: 'duplicate' }
    | { readonly kind: 'refused'; readonly limit: SessionLimit }
    | {
          readonly kind: 'update'
          readonly state: SessionState
          /** Only the columns whose value changes. */
          readonly columns: { [column in PostColumn]?: string }
          readonly postHashes: string
          readonly posts: string
          /** Values left out of the stored posts (replaced by a note of their length) to keep them within their column. */
          readonly valuesLeftOut: number
          /** The session's other posts stored before this one (a re-sent post whose note was refused is not among them). */
          readonly earlierPosts: readonly StoredPost[]
      }

const STATE_RANK: { [state: string]: number } = { pin_issued: 0, failed: 0, expired: 0, started: 1, ended: 2 }
const MAX_INTEGER = 2147483647

function integerText(text: string | undefined): string | undefined {
    if (!text || !/^\d+(\.\d+)?$/.test(text)) return undefined
    const value = Math.round(Number(text))
    return value <= MAX_INTEGER ? String(value) : undefined
}

/** Whole seconds as a duration column's value (the date-time that long after 1970-01-01 00:00:00), when the integer is usable. */
function durationText(text: string | undefined): string | undefined {
    const seconds = integerText(text)
    return seconds === undefined ? undefined : durationValue(Number(seconds))
}

/** The column values a post carries (empty variables carry nothing; text too long for its column is left to the stored post). */
export function postColumns(post: SessionPost): { [column in PostColumn]?: string } {
    const v = post.variables
    const text = (name: SessionVariable, column: SessionStringColumn) => wholeValue(v[name], column)
    const candidates: { [column in PostColumn]?: string } = {
        rescue_session_id: post.sessionId,
        tech_id: text('TechID', 'tech_id'),
        tech_sso_id: text('TechSSOID', 'tech_sso_id'),
        tech_name: text('TechName', 'tech_name'),
        tech_email: text('TechEmail', 'tech_email'),
        customer_name: text('CField0', 'customer_name'),
        platform: text('Platform', 'platform'),
        waiting_time: integerText(v.WaitingTime),
        work_time: integerText(v.WorkTime),
        waiting_duration: durationText(v.WaitingTime),
        work_duration: durationText(v.WorkTime),
        transmitted_bytes: integerText(v.Transmitted),
        pickup_time: parseRescueDateTime(v.PickupTime),
        closing_time: parseRescueDateTime(v.ClosingTime),
        last_action_time: parseRescueDateTime(v.LastActionTime),
    }
    const columns: { [column in PostColumn]?: string } = {}
    for (const column of POST_COLUMNS) {
        if (candidates[column]) columns[column] = candidates[column]
    }
    return columns
}

export function splitHashes(postHashes: string): string[] {
    return postHashes.split(',').filter((hash) => /^[0-9a-f]{16}$/.test(hash))
}

/** The fingerprints without this post's: it counts as not processed, and the same post again is not a duplicate. */
export function forgetPost(postHashes: string, hash: string): string {
    return splitHashes(postHashes)
        .filter((kept) => kept !== hash)
        .join(',')
}

/** The posts a row has stored (its posts column), never throwing: unreadable text is none. */
export function readStoredPosts(posts: string): StoredPost[] {
    if (posts.trim() === '') return []
    try {
        const parsed = JSON.parse(posts)
        return Array.isArray(parsed) ? parsed : []
    } catch (error) {
        return []
    }
}

function byStoredOrder(a: StoredPost, b: StoredPost): number {
    if (a.kind !== b.kind) return a.kind === 'start' ? -1 : 1
    return a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0
}

/** What a value left out of the stored posts is replaced by. */
export function leftOutNote(length: number): string {
    // i18n-exempt: stands in for a raw post value in the stored JSON (data for integration admins, English like the log).
    return `(${length} characters not stored: a session's stored posts are limited to ${MAX_STORED_POSTS_CHARS} characters; see the work notes)`
}

/** Sets a property as an own data property, whatever its name (a post may carry a field named __proto__). */
function setOwn(holder: { [name: string]: string }, name: string, value: string): void {
    Object.defineProperty(holder, name, { value, enumerable: true, writable: true, configurable: true })
}

interface Candidate {
    /** Position in stored order: ties go to the earlier value. */
    readonly order: number
    readonly holder: { [name: string]: string }
    readonly name: string
    readonly note: string
    /** Characters the JSON text loses when the value is replaced by its note. */
    readonly saving: number
}

/**
 * The stored posts as JSON within the column: when the text is too long, the longest values (largest
 * saving first, ties in stored order) are replaced whole by a note of their length until it fits —
 * never a value cut. null when even that cannot make it fit.
 */
function storedPostsText(entries: StoredPost[]): { text: string; valuesLeftOut: number } | null {
    const text = JSON.stringify(entries)
    let excess = text.length - MAX_STORED_POSTS_CHARS
    if (excess <= 0) return { text, valuesLeftOut: 0 }
    const copies: { hash: string; kind: PostKind; variables: { [name: string]: string }; extra: { [name: string]: string } }[] =
        JSON.parse(text)
    const candidates: Candidate[] = []
    for (const copy of copies) {
        for (const holder of [copy.variables, copy.extra]) {
            for (const name of Object.keys(holder)) {
                const note = leftOutNote(holder[name].length)
                const saving = JSON.stringify(holder[name]).length - JSON.stringify(note).length
                if (saving > 0) candidates.push({ order: candidates.length, holder, name, note, saving })
            }
        }
    }
    candidates.sort((a, b) => b.saving - a.saving || a.order - b.order)
    let valuesLeftOut = 0
    for (const candidate of candidates) {
        if (excess <= 0) break
        setOwn(candidate.holder, candidate.name, candidate.note)
        excess -= candidate.saving
        valuesLeftOut++
    }
    return excess > 0 ? null : { text: JSON.stringify(copies), valuesLeftOut }
}

/** The distinct posts a session has accepted: every fingerprint it lists and every post it stores (a forgotten fingerprint's post stays stored). */
function acceptedPosts(hashes: string[], stored: StoredPost[]): string[] {
    const accepted = hashes.slice()
    for (const entry of stored) if (accepted.indexOf(entry.hash) === -1) accepted.push(entry.hash)
    return accepted
}

export function decideSessionUpdate(row: SessionRowState, post: SessionPost): SessionDecision {
    const hashes = splitHashes(row.postHashes)
    if (hashes.indexOf(post.hash) !== -1) return { kind: 'duplicate' }
    const stored = readStoredPosts(row.posts)
    const accepted = acceptedPosts(hashes, stored)
    if (accepted.indexOf(post.hash) === -1 && accepted.length >= MAX_POSTS_PER_SESSION) return { kind: 'refused', limit: 'too_many_posts' }

    // Posts are kept start-first, then by fingerprint, so the stored text does not depend on arrival order.
    // A post stored before whose fingerprint was forgotten (its work note was refused) is replaced, not kept twice.
    const entry: StoredPost = { hash: post.hash, kind: post.kind, variables: post.variables, extra: post.extra }
    const earlierPosts = stored.filter((kept) => kept.hash !== post.hash)
    const entries = earlierPosts.concat([entry])
    entries.sort(byStoredOrder)
    const posts = storedPostsText(entries)
    if (!posts) return { kind: 'refused', limit: 'too_large' }

    const columns: { [column in PostColumn]?: string } = {}
    const incoming = postColumns(post)
    for (const column of Object.keys(incoming) as PostColumn[]) {
        const current = row.columns[column] ?? ''
        const value = incoming[column] as string
        if (value !== current && (post.kind === 'end' || current === '')) columns[column] = value
    }
    const currentRank = STATE_RANK[row.state] ?? 0
    const postState: SessionState = post.kind === 'end' ? 'ended' : 'started'
    const state: SessionState = STATE_RANK[postState] >= currentRank ? postState : (row.state as SessionState)
    return {
        kind: 'update',
        state,
        columns,
        postHashes: hashes.concat([post.hash]).sort().join(','),
        posts: posts.text,
        valuesLeftOut: posts.valuesLeftOut,
        earlierPosts,
    }
}
