// i18n-exempt-file: the REST endpoint's JSON answers to Rescue stay English, with stable codes: a machine reads them.
// What the session endpoint answers. Errors are { error: { code, message } } and never carry a stack
// trace; results say what happened so a Rescue admin testing the URL can see it worked.
import type { SessionPost } from './session-post'
import { MAX_POSTS_PER_SESSION, MAX_STORED_POSTS_CHARS, type SessionLimit } from './session-decision'

export type StoreOutcome =
    | { readonly kind: 'duplicate'; readonly sessionSysId: string }
    | {
          readonly kind: 'linked'
          readonly sessionSysId: string
          readonly table: string
          readonly taskSysId: string
          readonly number: string
          readonly created: boolean
      }
    /** `tracking_claimed`: the post carries the tracking value of a PIN another Rescue session claimed (core/tracking-claim.ts). */
    | { readonly kind: 'unlinked'; readonly sessionSysId: string; readonly reason?: 'tracking_claimed' }
    /** Stored, but the matched record refused the work-note update; the same post again retries it. */
    | {
          readonly kind: 'note_refused'
          readonly sessionSysId: string
          readonly table: string
          readonly taskSysId: string
          readonly number: string
      }
    /** The session row could not be written (a concurrent post stored the same session id). */
    | { readonly kind: 'conflict' }
    /** The session already holds the most it keeps; nothing was written. */
    | { readonly kind: 'refused'; readonly limit: SessionLimit }

export interface SessionResultBody {
    readonly result: {
        readonly status: 'processed' | 'created' | 'duplicate' | 'stored_unlinked' | 'stored_without_note'
        readonly session_id: string
        readonly post: SessionPost['kind']
        readonly session_sys_id: string
        readonly record?: { readonly table: string; readonly sys_id: string; readonly number: string }
        readonly message: string
    }
}

export function sessionErrorBody(code: string, message: string) {
    return { error: { code, message } }
}

export function sessionResultBody(
    post: SessionPost,
    outcome: StoreOutcome
): { status: number; body: SessionResultBody } | { status: number; body: ReturnType<typeof sessionErrorBody> } {
    const common = { session_id: post.sessionId, post: post.kind }
    switch (outcome.kind) {
        case 'duplicate':
            return {
                status: 200,
                body: {
                    result: {
                        ...common,
                        status: 'duplicate',
                        session_sys_id: outcome.sessionSysId,
                        message: 'This post was already processed; nothing changed.',
                    },
                },
            }
        case 'unlinked':
            return {
                status: 202,
                body: {
                    result: {
                        ...common,
                        status: 'stored_unlinked',
                        session_sys_id: outcome.sessionSysId,
                        message:
                            outcome.reason === 'tracking_claimed'
                                ? 'Stored; its tracking value belongs to another Rescue session, so this session is linked to no record.'
                                : 'Stored; no incident or case matches this session and console sessions do not create records.',
                    },
                },
            }
        case 'note_refused':
            return {
                status: 202,
                body: {
                    result: {
                        ...common,
                        status: 'stored_without_note',
                        session_sys_id: outcome.sessionSysId,
                        record: { table: outcome.table, sys_id: outcome.taskSysId, number: outcome.number },
                        message: `Stored; ${outcome.number || 'the matched record'} refused the work note (see the ServiceNow system log). Sending this post again adds it.`,
                    },
                },
            }
        case 'linked':
            return {
                status: outcome.created ? 201 : 200,
                body: {
                    result: {
                        ...common,
                        status: outcome.created ? 'created' : 'processed',
                        session_sys_id: outcome.sessionSysId,
                        record: { table: outcome.table, sys_id: outcome.taskSysId, number: outcome.number },
                        message: outcome.created
                            ? `Stored; created ${outcome.number || outcome.table} for this console session.`
                            : `Stored on ${outcome.number || 'the matched record'}.`,
                    },
                },
            }
        case 'conflict':
            return {
                status: 409,
                body: sessionErrorBody('conflict', 'Another post for this session was being stored at the same moment; send it again.'),
            }
        case 'refused':
            return outcome.limit === 'too_many_posts'
                ? {
                      status: 422,
                      body: sessionErrorBody(
                          'too_many_posts',
                          `Session ${post.sessionId} already has ${MAX_POSTS_PER_SESSION} different posts stored, the most one session keeps; this post was not stored.`
                      ),
                  }
                : {
                      status: 422,
                      body: sessionErrorBody(
                          'session_storage_full',
                          `This post does not fit the stored posts of session ${post.sessionId} (at most ${MAX_STORED_POSTS_CHARS} characters, even with its longest values left out); it was not stored.`
                      ),
                  }
    }
}
