// What a session post may add besides its row and note, each behind its setting: the chat log as a file on the
// session row (chat_log.attachment) and the session's work time as a Time Worked entry (time_worked.record).
// Only Glide calls here; what to write is decided in core/session-plan.ts (with core/chat-log-attachment.ts and core/time-worked.ts).
import { CHAT_LOG_CONTENT_TYPE } from '../core/chat-log-attachment'
import type { TimeWorkedEntry } from '../core/time-worked'

const TIME_WORKED_TABLE = 'task_time_worked'

/** Attaches the chat log to the session row (a stored record): the attachment's sys_id, or '' when the platform refused it. */
export function attachChatLog(row: GlideRecord, fileName: string, content: string): string {
    return new GlideSysAttachment().write(row, fileName, CHAT_LOG_CONTENT_TYPE, content) || ''
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
