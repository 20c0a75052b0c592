// Step 4 of a session post: given the normalised post and what the session row already holds, decide
// what to write. Pure, so the two promises are testable without an instance:
//  - exactly once: a post whose fingerprint the row already lists changes nothing;
//  - order-free: start and end posts give the same final row whichever arrives first
//    (the state only moves forward; a start post fills empty fields only, an end post overwrites).
import type { PostKind, SessionPost } from './session-post'
import { parseRescueDateTime } from './rescue-datetime'
import type { SessionVariable } from './session-variables'

/** The session-row columns a post writes, with their column sizes. */
export const POST_COLUMNS = {
    rescue_session_id: 40,
    tracking_id: 64,
    tech_id: 40,
    tech_sso_id: 255,
    tech_name: 255,
    tech_email: 255,
    customer_name: 255,
    platform: 100,
    waiting_time: 0,
    work_time: 0,
    transmitted_bytes: 0,
    pickup_time: 0,
    closing_time: 0,
    last_action_time: 0,
} as const

export type PostColumn = keyof typeof POST_COLUMNS
export type SessionState = 'pin_issued' | 'started' | 'ended' | 'failed'

/** Fingerprints of processed posts kept per session, sorted (a session has two or three posts; the cap only guards the column). */
export const MAX_POST_HASHES = 100
/** The stored-posts column holds at most this many characters; beyond it chat logs are left out (the note has them). */
export const MAX_STORED_POSTS_CHARS = 8_000_000

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

export type SessionDecision =
    | { readonly duplicate: true }
    | {
          readonly duplicate: false
          readonly state: SessionState
          /** Only the columns whose value changes. */
          readonly columns: { [column in PostColumn]?: string }
          readonly postHashes: string
          readonly posts: string
      }

const STATE_RANK: { [state: string]: number } = { pin_issued: 0, failed: 0, started: 1, ended: 2 }
const MAX_INTEGER = 2147483647

function integerText(text: string | undefined): string | undefined {
    if (!text || !/^\d+(\.\d+)?$/.test(text)) return undefined
    const value = Math.round(Number(text))
    return value <= MAX_INTEGER ? String(value) : undefined
}

function textColumn(text: string | undefined, size: number): string | undefined {
    return text ? text.slice(0, size) : undefined
}

/** The column values a post carries (empty variables carry nothing). */
export function postColumns(post: SessionPost): { [column in PostColumn]?: string } {
    const v = post.variables
    const text = (name: SessionVariable, column: PostColumn) => textColumn(v[name], POST_COLUMNS[column])
    const candidates: { [column in PostColumn]?: string } = {
        rescue_session_id: post.sessionId,
        tracking_id: text('Tracking0', 'tracking_id'),
        tech_id: text('TechID', 'tech_id'),
        tech_sso_id: text('TechSSOID', 'tech_sso_id'),
        tech_name: text('TechName', 'tech_name'),
        tech_email: text('TechEmail', 'tech_email'),
        customer_name: text('CField0', 'customer_name'),
        platform: text('Platform', 'platform'),
        waiting_time: integerText(v.WaitingTime),
        work_time: integerText(v.WorkTime),
        transmitted_bytes: integerText(v.Transmitted),
        pickup_time: parseRescueDateTime(v.PickupTime),
        closing_time: parseRescueDateTime(v.ClosingTime),
        last_action_time: parseRescueDateTime(v.LastActionTime),
    }
    const columns: { [column in PostColumn]?: string } = {}
    for (const column of Object.keys(candidates) as PostColumn[]) {
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

function readStoredPosts(posts: string): StoredPost[] {
    if (posts.trim() === '') return []
    try {
        const parsed = JSON.parse(posts)
        return Array.isArray(parsed) ? parsed : []
    } catch (error) {
        return []
    }
}

/** Posts are kept start-first, then by fingerprint, so the stored text does not depend on arrival order. */
function storePosts(existing: string, post: SessionPost): string {
    const entry: StoredPost = { hash: post.hash, kind: post.kind, variables: post.variables, extra: post.extra }
    // A post stored before whose fingerprint was forgotten (its work note was refused) is replaced, not kept twice.
    const entries = readStoredPosts(existing)
        .filter((stored) => stored.hash !== post.hash)
        .concat([entry])
    entries.sort((a, b) => (a.kind === b.kind ? (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0) : a.kind === 'start' ? -1 : 1))
    const text = JSON.stringify(entries)
    if (text.length <= MAX_STORED_POSTS_CHARS) return text
    return JSON.stringify(
        entries.map((stored) => {
            const chatLog = stored.variables.ChatLog ?? ''
            if (chatLog === '') return stored
            // i18n-exempt: raw post data for integration admins (the work note carries the chat log), English like the log.
            const variables = { ...stored.variables, ChatLog: `(chat log of ${chatLog.length} characters not stored: too large; see the work notes)` }
            return { ...stored, variables }
        })
    )
}

export function decideSessionUpdate(row: SessionRowState, post: SessionPost): SessionDecision {
    const hashes = splitHashes(row.postHashes)
    if (hashes.indexOf(post.hash) !== -1) return { duplicate: true }

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
        duplicate: false,
        state,
        columns,
        postHashes: hashes.concat([post.hash]).sort().slice(0, MAX_POST_HASHES).join(','),
        posts: storePosts(row.posts, post),
    }
}
