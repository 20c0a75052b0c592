// Session posts meet the database here: read the facts, let core/session-plan.ts decide, execute its plan in
// order, and hand back what the platform refused. Nothing here decides what to write.
// A matched post costs four operations: session query, session update, task get, task update (one more
// write when the record refuses the work note). With time_worked.record an end post adds the entry's insert;
// with chat_log.attachment a longer chat log adds its attachment's insert and the replaced one's delete.
// Order of execution: the row (with the Time Worked claim, and the chat-log file it names), the work note, the
// Time Worked entry; for a console session without a task, the record it creates, then the row's link to it.
import type { RescueConfig } from '../core/config'
import type { SessionPost } from '../core/session-post'
import type { StoreOutcome } from '../core/session-response'
import { POST_COLUMNS, type PostColumn } from '../core/session-decision'
import {
    locateSession,
    planSessionPost,
    reportSessionPost,
    sessionRowNeeded,
    technicianAddresses,
    technicianLookupNeeded,
    type SessionExecution,
    type SessionFacts,
    type StorePlan,
    type StoredSessionRow,
} from '../core/session-plan'
import type { LogLine } from '../core/log-lines'
import { wholeValue } from '../core/session-columns'
import type { TimeWorkedClaim } from '../core/time-worked'
import { SESSION_TABLE } from '../core/names'
import { activeUserWithEmail, type EmailOwner } from './users'
import { attachChatLog, insertTimeWorked, removeAttachment } from './session-extras'
import { addWorkNote } from './work-notes'
import type { Logger } from './log'
import { translatorFor, workNotesLanguage } from './messages'

function value(record: GlideRecord, field: string): string {
    return record.getValue(field) ?? ''
}

function storedNumber(record: GlideRecord, field: string): number {
    const text = value(record, field)
    return /^\d+$/.test(text) ? Number(text) : 0
}

/** The session rows read, by sys_id: the executor writes through the same records, so no row is read twice. */
export interface SessionRecords {
    readonly [sysId: string]: GlideRecord
}

function storedRow(row: GlideRecord, records: { [sysId: string]: GlideRecord }): StoredSessionRow {
    records[row.getUniqueValue()] = row
    const columns: { [column in PostColumn]?: string } = {}
    for (const column of POST_COLUMNS) columns[column] = value(row, column)
    return {
        sysId: row.getUniqueValue(),
        state: value(row, 'state'),
        postHashes: value(row, 'post_hashes'),
        posts: value(row, 'posts'),
        columns,
        task: value(row, 'task'),
        trackingId: value(row, 'tracking_id'),
        technician: value(row, 'technician'),
        timeWorkedEntry: value(row, 'time_worked_entry'),
        chatLog: {
            attachmentSysId: value(row, 'chat_log_attachment'),
            chars: storedNumber(row, 'chat_log_chars'),
            lines: storedNumber(row, 'chat_log_lines'),
        },
        recovery: value(row, 'recovery'),
    }
}

/**
 * The rows holding this tracking value, exactly (the database compares case-insensitively, so the match is checked
 * here): the PIN row the app wrote when it issued the PIN — only a row with a PIN links a post to a record — and the
 * Rescue sessions of rows without a PIN that hold it: sessions that claimed the value on their own row (or, from an
 * earlier version that wrote Tracking0 from posts, arrived with it), which keep any other session from claiming it.
 * Posts never write a tracking value from their text: text in a post can name no other row.
 */
function readTrackingRows(
    tracking: string | undefined,
    records: { [sysId: string]: GlideRecord }
): Pick<SessionFacts, 'pinRow' | 'claimedOnOwnRow'> {
    const claimedOnOwnRow: string[] = []
    // A value longer than the column is none the app wrote.
    const wanted = wholeValue(tracking, 'tracking_id')
    if (!wanted) return { pinRow: null, claimedOnOwnRow }
    const row = new GlideRecord(SESSION_TABLE)
    row.addQuery('tracking_id', wanted)
    // Rows without a PIN (empty sorts first) come before the PIN row, so the record stops on the PIN row: one query.
    row.orderBy('pin')
    row.orderBy('sys_created_on')
    row.query()
    while (row.next()) {
        if (value(row, 'tracking_id') !== wanted) continue
        if (value(row, 'pin') !== '') return { pinRow: storedRow(row, records), claimedOnOwnRow }
        if (value(row, 'rescue_session_id') !== '') claimedOnOwnRow.push(value(row, 'rescue_session_id'))
    }
    return { pinRow: null, claimedOnOwnRow }
}

function readSessionRow(sessionId: string, records: { [sysId: string]: GlideRecord }): StoredSessionRow | null {
    const row = new GlideRecord(SESSION_TABLE)
    return row.get('rescue_session_id', sessionId) ? storedRow(row, records) : null
}

/** Who the technician is, by the first of their addresses one or several active users have (several credit nobody). */
function readTechnician(addresses: readonly string[]): EmailOwner {
    for (const address of addresses) {
        const owner = activeUserWithEmail(address)
        if (owner.kind !== 'none') return owner
    }
    return { kind: 'none' }
}

/** `writeRefused`: the previous plan's row write was refused, so the session id is already on another row. */
export function readSessionFacts(post: SessionPost, writeRefused: boolean): { facts: SessionFacts; records: SessionRecords } {
    const records: { [sysId: string]: GlideRecord } = {}
    const tracking = readTrackingRows(post.variables.Tracking0, records)
    const rows = {
        ...tracking,
        sessionRow: sessionRowNeeded(post, tracking, writeRefused) ? readSessionRow(post.sessionId, records) : ('not_read' as const),
    }
    const reportedTechnician = technicianLookupNeeded(post, locateSession(post, rows))
        ? readTechnician(technicianAddresses(post))
        : undefined
    return { facts: { ...rows, reportedTechnician, receivedAt: new GlideDateTime().getValue() }, records }
}

function openRow(plan: StorePlan, records: SessionRecords): GlideRecord {
    let row = records[plan.rowSysId]
    if (!row) {
        row = new GlideRecord(SESSION_TABLE)
        row.initialize()
    }
    for (const column of Object.keys(plan.rowValues)) row.setValue(column, plan.rowValues[column])
    return row
}

/** Sets the row's claim on a new entry's sys_id; the row write that follows makes it the session's one entry. */
function claimTimeWorked(row: GlideRecord, claim: TimeWorkedClaim | null): string {
    if (!claim) return ''
    const sysId = gs.generateGUID()
    row.setValue('time_worked_entry', sysId)
    return sysId
}

/** Inserts a claimed entry; when the platform refuses it, the claim is released. */
function recordTimeWorked(
    row: GlideRecord,
    claim: TimeWorkedClaim | null,
    entrySysId: string,
    taskSysId: string
): SessionExecution['timeWorked'] {
    if (!claim) return 'none'
    if (insertTimeWorked({ ...claim, taskSysId }, entrySysId)) return 'inserted'
    row.setValue('time_worked_entry', '')
    row.update()
    return 'refused'
}

function nameChatLog(row: GlideRecord, plan: StorePlan): string {
    const file = plan.chatLog
    if (!file) return ''
    const written = attachChatLog(row, file.fileName, file.content)
    if (written === '') return ''
    row.setValue('chat_log_attachment', written)
    row.setValue('chat_log_chars', file.chars)
    row.setValue('chat_log_lines', file.lines)
    return written
}

const NOTHING_ELSE = { chatLog: 'none', workNote: 'none', timeWorked: 'none', consoleRecord: 'none' } as const

/** Carries out a store plan in the documented order; what the platform refused is in the answer. */
export function executeSessionPlan(plan: StorePlan, records: SessionRecords): SessionExecution {
    const row = openRow(plan, records)
    const timeWorkedSysId = plan.taskSysId !== '' ? claimTimeWorked(row, plan.timeWorked) : ''
    let attached: string
    let chatLog: SessionExecution['chatLog'] = 'none'
    if (plan.rowSysId !== '') {
        // The chat log as a file needs a stored record: on an existing row it is attached first and named in the same update.
        attached = nameChatLog(row, plan)
        if (plan.chatLog) chatLog = attached !== '' ? 'attached' : 'refused'
        if (!row.update()) {
            removeAttachment(attached)
            return { ...NOTHING_ELSE, rowWritten: false, sessionSysId: plan.rowSysId, chatLog: chatLog === 'refused' ? 'refused' : 'none' }
        }
    } else {
        // The unique Rescue session id: another request stored this session a moment ago.
        if (!row.insert()) return { rowWritten: false, sessionSysId: '', ...NOTHING_ELSE }
        // A new row is inserted first and updated once more to name its chat-log file.
        attached = nameChatLog(row, plan)
        if (plan.chatLog) chatLog = attached === '' ? 'refused' : row.update() ? 'attached' : 'attached_not_named'
    }
    if (attached !== '' && plan.chatLog) removeAttachment(plan.chatLog.replaces)
    const sessionSysId = row.getUniqueValue()
    const note = plan.chatLog && attached === '' ? plan.noteWithoutFile : plan.note

    if (plan.taskSysId !== '') {
        const workNote = note ? addWorkNote('task', plan.taskSysId, note) : 'none'
        const timeWorked = recordTimeWorked(row, plan.timeWorked, timeWorkedSysId, plan.taskSysId)
        if (workNote && workNote !== 'none' && !workNote.written) {
            // The row is written first (its unique session id keeps concurrent posts apart), so the note comes second;
            // when the record refuses it, the post's fingerprint is forgotten so that sending it again adds the note.
            row.setValue('post_hashes', plan.postHashesWithoutPost)
            row.update()
        }
        return { rowWritten: true, sessionSysId, chatLog, workNote, timeWorked, consoleRecord: 'none' }
    }
    const wanted = plan.consoleRecord
    if (!wanted) return { rowWritten: true, sessionSysId, chatLog, workNote: 'none', timeWorked: 'none', consoleRecord: 'none' }
    const record = new GlideRecord(wanted.table)
    if (!record.isValid())
        return { rowWritten: true, sessionSysId, chatLog, workNote: 'none', timeWorked: 'none', consoleRecord: 'table_missing' }
    record.initialize()
    record.setValue('short_description', wanted.shortDescription)
    record.setValue('description', wanted.description)
    if (wanted.assignedTo !== '') record.setValue('assigned_to', wanted.assignedTo)
    if (note) record.setValue('work_notes', note)
    const createdSysId = record.insert()
    if (!createdSysId)
        return { rowWritten: true, sessionSysId, chatLog, workNote: 'none', timeWorked: 'none', consoleRecord: 'insert_refused' }
    row.setValue('task', createdSysId)
    const entrySysId = claimTimeWorked(row, wanted.timeWorked)
    const linked = Boolean(row.update())
    const timeWorked = linked ? recordTimeWorked(row, wanted.timeWorked, entrySysId, createdSysId) : 'none'
    const created = { table: wanted.table, sysId: createdSysId, number: value(record, 'number'), linked }
    return { rowWritten: true, sessionSysId, chatLog, workNote: 'none', timeWorked, consoleRecord: created }
}

function logAll(log: Logger, lines: readonly LogLine[]): void {
    for (const line of lines) log[line.level](line.text)
}

function attempt(post: SessionPost, config: RescueConfig, log: Logger, writeRefused: boolean): StoreOutcome {
    // Everyone on the record reads its notes and its Time Worked comment: one language for all of them
    // (x_rescue_connect.work_notes.language).
    const read = readSessionFacts(post, writeRefused)
    const plan = planSessionPost(post, config, read.facts, translatorFor(workNotesLanguage(config)), (internal) =>
        new GlideDateTime(internal).getDisplayValue()
    )
    logAll(log, plan.logs)
    if (plan.kind === 'answer') return plan.outcome
    const report = reportSessionPost(post, plan, executeSessionPlan(plan, read.records))
    logAll(log, report.logs)
    return report.outcome
}

/**
 * Stores one session post. A refused session-row write means the Rescue session id is already on another
 * row: a second request stored the same new session between our lookup and insert, or an earlier post
 * without Tracking0 stored it before this post chose its PIN row. A second plan from fresh facts finds that row.
 */
export function storeSessionPost(post: SessionPost, config: RescueConfig, log: Logger): StoreOutcome {
    const outcome = attempt(post, config, log, false)
    return outcome.kind === 'conflict' ? attempt(post, config, log, true) : outcome
}
