// What a session post may add besides its row and note, each behind its setting: the chat log as a file on the
// session row (chat_log.attachment) and the session's work time as a Time Worked entry (time_worked.record).
// Only Glide calls here; what to write is decided in core/chat-log-attachment.ts and core/time-worked.ts.
import { CHAT_LOG_CONTENT_TYPE, chatLogFileName, decideChatLogAttachment } from '../core/chat-log-attachment'
import type { ChatLogAttachmentRef } from '../core/session-note'
import type { SessionPost } from '../core/session-post'
import type { TimeWorkedEntry } from '../core/time-worked'
import type { Logger } from './log'

const TIME_WORKED_TABLE = 'task_time_worked'

export interface KeptChatLog {
    /** What the note names instead of the chat log; undefined when the note must carry it (nothing attached, or attaching failed). */
    readonly ref: ChatLogAttachmentRef | undefined
    /** The attachment written for this post ('' when none): removed again if the row cannot be saved. */
    readonly written: string
    /** The shorter attachment it replaces ('' when none): removed once the row names the new one. */
    readonly replaced: string
}

function storedNumber(row: GlideRecord, field: string): number {
    const text = row.getValue(field) ?? ''
    return /^\d+$/.test(text) ? Number(text) : 0
}

/**
 * Attaches the post's chat log to the session row (a stored record) when it is longer than the one attached, and
 * sets the row's chat_log_* columns; the caller saves the row. One insert when it writes, nothing otherwise.
 */
export function keepChatLog(row: GlideRecord, post: SessionPost, log: Pick<Logger, 'error'>): KeptChatLog {
    const stored = { attachmentSysId: row.getValue('chat_log_attachment') ?? '', chars: storedNumber(row, 'chat_log_chars'), lines: storedNumber(row, 'chat_log_lines') }
    const decision = decideChatLogAttachment(post, stored)
    if (!decision.write) {
        const ref = stored.attachmentSysId !== '' ? { fileName: chatLogFileName(post.sessionId), lines: stored.lines } : undefined
        return { ref, written: '', replaced: '' }
    }
    const written = new GlideSysAttachment().write(row, decision.fileName, CHAT_LOG_CONTENT_TYPE, decision.content)
    if (!written) {
        log.error(`Rescue session ${post.sessionId}: the chat log could not be attached to its Rescue Session record (${row.getUniqueValue()}); the work note carries it instead.`)
        return { ref: undefined, written: '', replaced: '' }
    }
    row.setValue('chat_log_attachment', written)
    row.setValue('chat_log_chars', decision.chars)
    row.setValue('chat_log_lines', decision.lines)
    return { ref: { fileName: decision.fileName, lines: decision.lines }, written, replaced: stored.attachmentSysId }
}

export function removeAttachment(attachmentSysId: string): void {
    if (attachmentSysId !== '') new GlideSysAttachment().deleteAttachment(attachmentSysId)
}

/**
 * Inserts the Time Worked entry with the sys_id the session row already names (so a concurrent or later post
 * cannot add a second one). False when the platform refused it (a business rule or data policy aborted the insert).
 */
export function insertTimeWorked(entry: TimeWorkedEntry, entrySysId: string): boolean {
    const record = new GlideRecord(TIME_WORKED_TABLE)
    if (!record.isValid()) return false
    record.initialize()
    record.setNewGuidValue(entrySysId)
    record.setValue('task', entry.taskSysId)
    // Set even when empty: a new entry would otherwise name the current user, the integration account.
    record.setValue('user', entry.userSysId)
    record.setValue('time_worked', entry.timeWorked)
    record.setValue('comments', entry.comment)
    return record.insert() !== null
}
