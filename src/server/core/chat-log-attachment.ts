// The chat log kept as a file (x_rescue_connect.chat_log.attachment): one UTF-8 text attachment per session, on the
// Rescue Session row only (never on the incident or case: case attachments reach customers through portals), holding
// the longest chat log received. Pure: the session store writes what this decides.
import type { SessionPost } from './session-post'

export const CHAT_LOG_CONTENT_TYPE = 'text/plain; charset=utf-8'

/** What the session row remembers of its attachment (columns chat_log_attachment, chat_log_chars, chat_log_lines). */
export interface StoredChatLog {
    readonly attachmentSysId: string
    readonly chars: number
    readonly lines: number
}

export type ChatLogAttachmentDecision =
    | { readonly write: false }
    | { readonly write: true; readonly fileName: string; readonly content: string; readonly chars: number; readonly lines: number }

/** rescue-chat-<SessionID>.txt (a session id is 1 to 40 letters, digits, dots, dashes or underscores: a safe file name). */
export function chatLogFileName(sessionId: string): string {
    return `rescue-chat-${sessionId}.txt`
}

export function lineCount(text: string): number {
    return text === '' ? 0 : text.split('\n').length
}

/** A chat log longer than the attached one replaces it; the same or a shorter one (a repeat, a start post after the end) adds nothing. */
export function decideChatLogAttachment(post: SessionPost, stored: StoredChatLog): ChatLogAttachmentDecision {
    const content = post.variables.ChatLog ?? ''
    if (content === '' || (stored.attachmentSysId !== '' && content.length <= stored.chars)) return { write: false }
    return { write: true, fileName: chatLogFileName(post.sessionId), content, chars: content.length, lines: lineCount(content) }
}
