// Step 3 of a session post: everything the post does, decided from the facts the platform read first
// (platform/session-store.ts reads them, executes the plan and hands back what the platform refused).
//  - planSessionPost: the row's new values, the Time Worked entry it claims, the chat-log file, the work note,
//    the record a console session creates, and what to log before anything is written;
//  - reportSessionPost: from the plan and what the platform did with it, the answer and what to log.
// A refused row write (the session id is already on another row) is answered by a second plan from fresh facts.
import type { RescueConfig } from './config'
import type { SessionPost } from './session-post'
import type { StoreOutcome } from './session-response'
import { formatSessionNote, type ChatLogAttachmentRef, type NoteContext } from './session-note'
import { decideSessionUpdate, forgetPost, splitHashes, type PostColumn, type SessionRowState } from './session-decision'
import { SESSION_LOG, type LogLine } from './log-lines'
import { chatLogFileName, decideChatLogAttachment, type StoredChatLog } from './chat-log-attachment'
import {
    timeWorkedClaim,
    timeWorkedEntry,
    type EmailOwner,
    type TimeWorkedClaim,
    type TimeWorkedEntry,
    type TimeWorkedFacts,
} from './time-worked'
import { consoleRecordFields } from './console-record'
import { decideTrackingClaim, type TrackingClaim } from './tracking-claim'
import { recoveryEffect } from './session-recovery'
import type { Translate } from '../../shared/i18n'

/** A session row as the platform read it. */
export interface StoredSessionRow extends SessionRowState {
    readonly sysId: string
    /** The incident or case it belongs to ('' when none). */
    readonly task: string
    /** The PIN's tracking value the row holds ('' when none). */
    readonly trackingId: string
    readonly technician: string
    readonly timeWorkedEntry: string
    readonly chatLog: StoredChatLog
    /** Column recovery: '' (posts only), 'recovered' from Rescue's session report, or 'posted_late' after that (absent: ''). */
    readonly recovery?: string
}

/** Where the post may belong, as read before anything is written. */
export interface SessionRows {
    /** The row the app wrote when it issued the PIN whose tracking value the post carries (null when none). */
    readonly pinRow: StoredSessionRow | null
    /**
     * The Rescue session ids (oldest first) of the rows without a PIN that hold the post's tracking value: sessions
     * that claimed it on their own row, which keep any other session from claiming it (core/tracking-claim.ts).
     */
    readonly claimedOnOwnRow: readonly string[]
    /**
     * The row holding the post's session id (null when none). 'not_read' when the PIN row settles it: the post claims
     * that row, and a refused write (the session id is already on another row) sends the next plan here — so a row
     * read while an unclaimed PIN row would have settled it means the previous plan's write was refused.
     */
    readonly sessionRow: StoredSessionRow | null | 'not_read'
}

export interface SessionFacts extends SessionRows {
    /** Whom the post's technician addresses name, when the plan needs to know (technicianLookupNeeded). */
    readonly reportedTechnician?: EmailOwner
    /** The platform's clock when the post was received (last_post_received). */
    readonly receivedAt: string
}

export interface SessionLocation {
    /** The row the post goes to; null when a new row is inserted. */
    readonly row: StoredSessionRow | null
    /** The task the session belongs to: the row's, or the task of the PIN whose tracking value the post carries. */
    readonly taskSysId: string
    /** The PIN's tracking value the session claims on its own row now (tracking_id; '' when none). */
    readonly claimTracking: string
    /** The post carries the tracking value another Rescue session claimed: stored unlinked, no note, no record created. */
    readonly claimedByAnother: boolean
}

function claimedBy(row: StoredSessionRow): string {
    return row.columns.rescue_session_id ?? ''
}

/** Which session the post's tracking value links (core/tracking-claim.ts); `writeRefused`: the previous plan's row write was refused. */
function trackingClaim(post: SessionPost, rows: Pick<SessionRows, 'pinRow' | 'claimedOnOwnRow'>, writeRefused: boolean): TrackingClaim {
    return decideTrackingClaim({
        pinRowSession: rows.pinRow ? claimedBy(rows.pinRow) : null,
        claimedOnOwnRow: rows.claimedOnOwnRow,
        sessionId: post.sessionId,
        retrying: writeRefused,
    })
}

/**
 * Whether the session id's row must be read. The PIN row alone settles it when it holds this session, or holds
 * none yet, no other session claimed the value and no write was refused: the post claims it. After a refused
 * write the session id is on another row (a post without Tracking0 stored it first): the next plan reads it.
 * A PIN row holding another session is not overwritten either.
 */
export function sessionRowNeeded(post: SessionPost, rows: Pick<SessionRows, 'pinRow' | 'claimedOnOwnRow'>, writeRefused: boolean): boolean {
    return trackingClaim(post, rows, writeRefused).kind !== 'pin_row'
}

/**
 * The PIN's row by its tracking value first (written at PIN time, one per PIN), for the one Rescue session that
 * claims the value (core/tracking-claim.ts); then the Rescue session id's row (console sessions, or a row made by
 * an earlier post). A post that matches neither has no task: a Tracking0 that merely names a record links nothing,
 * and one another session claimed links nothing either.
 */
export function locateSession(post: SessionPost, rows: SessionRows): SessionLocation {
    const pinRow = rows.pinRow
    const claim = trackingClaim(post, rows, rows.sessionRow !== 'not_read')
    if (pinRow && claim.kind === 'pin_row') return { row: pinRow, taskSysId: pinRow.task, claimTracking: '', claimedByAnother: false }
    const taskOfPin = pinRow && claim.kind === 'own_row' ? pinRow.task : ''
    const row = rows.sessionRow === 'not_read' ? null : rows.sessionRow
    return {
        row,
        taskSysId: (row && row.task) || taskOfPin,
        claimTracking: pinRow && claim.kind === 'own_row' && claim.writeClaim ? pinRow.trackingId : '',
        claimedByAnother: claim.kind === 'claimed_by_another',
    }
}

/**
 * The technician stored at PIN time stays unless Rescue reports a different SSO ID (a transferred
 * session); rows without a technician look one up. Saves a query on most posts.
 */
export function needsTechnicianLookup(
    columns: { readonly [column in PostColumn]?: string },
    technicianSysId: string,
    post: SessionPost
): boolean {
    const reported = (post.variables.TechSSOID || post.variables.TechEmail || '').toLowerCase()
    if (reported === '') return false
    if (technicianSysId === '') return true
    const stored = (columns.tech_sso_id || columns.tech_email || '').toLowerCase()
    return stored !== '' && stored !== reported
}

/** Whether the plan needs to know whom the post's technician addresses name (a post already processed needs nobody). */
export function technicianLookupNeeded(post: SessionPost, location: Pick<SessionLocation, 'row' | 'taskSysId'>): boolean {
    const row = location.row
    if (row && splitHashes(row.postHashes).indexOf(post.hash) !== -1) return false
    return needsTechnicianLookup(row ? row.columns : {}, row ? row.technician : '', post)
}

/** The addresses that may name the technician, in the order they are looked up: their SSO ID, then their Rescue email. */
export function technicianAddresses(post: SessionPost): string[] {
    const addresses: string[] = []
    for (const address of [post.variables.TechSSOID ?? '', post.variables.TechEmail ?? '']) {
        if (address !== '' && addresses.indexOf(address) === -1) addresses.push(address)
    }
    return addresses
}

/** The chat log kept as a file on the session row (chat_log.attachment): attached, then named by the row. */
export interface ChatLogFile {
    readonly fileName: string
    readonly content: string
    readonly chars: number
    readonly lines: number
    /** The shorter attachment it replaces ('' when none): removed once the row names the new one. */
    readonly replaces: string
}

/** The record a console-started session creates (console_session.create_record). */
export interface ConsoleRecord {
    readonly table: 'incident' | 'sn_customerservice_case'
    readonly shortDescription: string
    readonly description: string
    /** The credited technician ('' when none): assigned_to. */
    readonly assignedTo: string
    /** The entry claimed when the session row is linked to the record, inserted once it is. */
    readonly timeWorked: TimeWorkedClaim | null
}

export interface StorePlan {
    readonly kind: 'store'
    /** The row to update, or '' to insert a new one. */
    readonly rowSysId: string
    /** Every value the row write sets, in one write (the Time Worked claim is the executor's fresh sys_id). */
    readonly rowValues: { readonly [column: string]: string }
    /** The entry on the session's task, claimed on the row (time_worked_entry) in the same write, inserted after the note. */
    readonly timeWorked: TimeWorkedEntry | null
    /** The chat-log file to attach: before the update of an existing row, after the insert of a new one (then one more update). */
    readonly chatLog: ChatLogFile | null
    /** The work note (null when the mode is `none`), naming the chat-log file when one is attached or kept. */
    readonly note: string | null
    /** The note when the planned chat-log file could not be attached: it carries the chat log itself. */
    readonly noteWithoutFile: string | null
    /** The task the note goes to ('' when the session has none). */
    readonly taskSysId: string
    /** The post carries a tracking value another Rescue session claimed: stored unlinked, answered naming no record, logged. */
    readonly claimedByAnother: boolean
    /** The row's fingerprints without this post's, written when the task refuses the note: sending it again adds the note. */
    readonly postHashesWithoutPost: string
    /** Created when the session has no task and console_session.create_record is on; the note becomes its first work note. */
    readonly consoleRecord: ConsoleRecord | null
    /** For the log lines that name it (console_session.record_type). */
    readonly consoleRecordType: RescueConfig['consoleRecordType']
    /** Logged before anything is written. */
    readonly logs: readonly LogLine[]
}

export type SessionPlan = { readonly kind: 'answer'; readonly outcome: StoreOutcome; readonly logs: readonly LogLine[] } | StorePlan

/** Whom the post credits: the stored technician, unless Rescue reports someone ServiceNow knows (one user; a shared address credits no one). */
function creditedTechnician(
    post: SessionPost,
    row: StoredSessionRow | null,
    reportedLookup: EmailOwner | undefined
): { sysId: string; reported: EmailOwner } {
    const stored = row ? row.technician : ''
    if (reportedLookup) {
        return {
            sysId: reportedLookup.kind === 'none' ? stored : reportedLookup.kind === 'one' ? reportedLookup.sysId : '',
            reported: reportedLookup,
        }
    }
    // Not looked up: the stored technician is the one the PIN was issued to (an email one active user has), or nobody was reported.
    const reported: EmailOwner =
        (post.variables.TechSSOID || post.variables.TechEmail) && stored !== '' ? { kind: 'one', sysId: stored } : { kind: 'none' }
    return { sysId: stored, reported }
}

function chatLogPlan(
    post: SessionPost,
    row: StoredSessionRow | null
): { file: ChatLogFile | null; kept: ChatLogAttachmentRef | undefined } {
    const stored: StoredChatLog = row ? row.chatLog : { attachmentSysId: '', chars: 0, lines: 0 }
    const decision = decideChatLogAttachment(post, stored)
    if (!decision.write)
        return {
            file: null,
            kept: stored.attachmentSysId !== '' ? { fileName: chatLogFileName(post.sessionId), lines: stored.lines } : undefined,
        }
    const { fileName, content, chars, lines } = decision
    return { file: { fileName, content, chars, lines, replaces: stored.attachmentSysId }, kept: { fileName, lines } }
}

/**
 * The whole post as a plan. `t` renders the note, the Time Worked comment and the console record in the
 * work-notes language (x_rescue_connect.work_notes.language): everyone on the record reads them.
 * `displayDateTime` (GlideDateTime's display value on the platform) shows dates in the note as the session row does.
 */
export function planSessionPost(
    post: SessionPost,
    config: RescueConfig,
    facts: SessionFacts,
    t: Translate,
    displayDateTime?: NoteContext['displayDateTime']
): SessionPlan {
    const location = locateSession(post, facts)
    const row = location.row
    const current: SessionRowState = row ?? { state: '', postHashes: '', posts: '', columns: {} }
    // The recovery fact (core/session-recovery.ts): a report post never touches a session that has its end, and a
    // real post to a recovered session stores its data without a second note.
    const recovery = recoveryEffect({ state: current.state, mark: row ? (row.recovery ?? '') : '' }, post.source ?? 'post')
    if (recovery.kind === 'skip') return { kind: 'answer', outcome: { kind: 'duplicate', sessionSysId: row ? row.sysId : '' }, logs: [] }
    const decision = decideSessionUpdate(current, post)
    if (decision.kind === 'duplicate')
        return { kind: 'answer', outcome: { kind: 'duplicate', sessionSysId: row ? row.sysId : '' }, logs: [] }
    if (decision.kind === 'refused') {
        const line = decision.limit === 'too_many_posts' ? SESSION_LOG.tooManyPosts(post.sessionId) : SESSION_LOG.tooLarge(post.sessionId)
        return { kind: 'answer', outcome: { kind: 'refused', limit: decision.limit }, logs: [line] }
    }
    const logs: LogLine[] = []
    if (decision.valuesLeftOut > 0) logs.push(SESSION_LOG.valuesLeftOut(post.sessionId, decision.valuesLeftOut))

    const technician = creditedTechnician(post, row, facts.reportedTechnician)
    const rowValues: { [column: string]: string } = {}
    if (!row) rowValues.source = location.taskSysId !== '' ? 'servicenow' : 'console'
    for (const column of Object.keys(decision.columns) as PostColumn[]) rowValues[column] = decision.columns[column] ?? ''
    rowValues.state = decision.state
    rowValues.post_hashes = decision.postHashes
    rowValues.posts = decision.posts
    rowValues.technician = technician.sysId
    // A recovered session received no post: the report's arrival is its own column.
    rowValues[post.source === 'report' ? 'recovered_at' : 'last_post_received'] = facts.receivedAt
    if (recovery.mark !== '') rowValues.recovery = recovery.mark
    if (location.taskSysId !== '' && (!row || row.task === '')) rowValues.task = location.taskSysId
    if (location.claimTracking !== '') rowValues.tracking_id = location.claimTracking

    // The Time Worked entry is claimed on the row before the row is written: the row names the entry's sys_id, so a
    // repeated or re-sent end post (or a concurrent one, refused by the row's unique session id) adds none.
    const timeWorkedFacts: Omit<TimeWorkedFacts, 'taskSysId'> = {
        recordedEntry: row ? row.timeWorkedEntry : '',
        workTimeSeconds: decision.columns.work_time ?? current.columns.work_time ?? '',
        technician: technician.reported,
    }
    const timeWorked = config.timeWorkedRecord ? timeWorkedEntry(post, { ...timeWorkedFacts, taskSysId: location.taskSysId }, t) : null

    const chatLog = config.chatLogAttachment ? chatLogPlan(post, row) : { file: null, kept: undefined }
    // In mode all, nothing an earlier post of the session said unchanged.
    const noteContext: NoteContext = { displayDateTime, earlierPosts: decision.earlierPosts }
    const note = recovery.note ? formatSessionNote(post, config, t, chatLog.kept, noteContext) : { text: null, unknownFields: [] }
    const noteWithoutFile = chatLog.file && recovery.note ? formatSessionNote(post, config, t, undefined, noteContext).text : note.text
    if (note.unknownFields.length > 0) logs.push(SESSION_LOG.unknownNoteFields(note.unknownFields.length))

    // A session carrying a tracking value another session claimed is no console session: it creates no record.
    const createRecord = location.taskSysId === '' && config.consoleCreateRecord && !location.claimedByAnother
    const consoleRecord: ConsoleRecord | null = createRecord
        ? {
              ...consoleRecordFields(post, config, t),
              assignedTo: technician.sysId,
              timeWorked: config.timeWorkedRecord ? timeWorkedClaim(post, timeWorkedFacts, t) : null,
          }
        : null
    return {
        kind: 'store',
        rowSysId: row ? row.sysId : '',
        rowValues,
        timeWorked,
        chatLog: chatLog.file,
        note: note.text,
        noteWithoutFile,
        taskSysId: location.taskSysId,
        claimedByAnother: location.taskSysId === '' && location.claimedByAnother,
        postHashesWithoutPost: forgetPost(decision.postHashes, post.hash),
        consoleRecord,
        consoleRecordType: config.consoleRecordType,
        logs,
    }
}

/** The task a work note went to, as the platform answered: null when it no longer exists. */
export interface WrittenNote {
    readonly table: string
    readonly number: string
    /** False when the record refused the update (a business rule or data policy aborted it). */
    readonly written: boolean
}

/** What the platform did with a store plan, in the executor's order. */
export interface SessionExecution {
    /** False when the row write was refused: the session id is already on another row. Nothing after it was done then. */
    readonly rowWritten: boolean
    readonly sessionSysId: string
    /** The planned chat-log file: attached, refused by the platform, or attached to a new row that could not then name it. */
    readonly chatLog: 'none' | 'attached' | 'refused' | 'attached_not_named'
    /** 'none' when no note was written (no task, or no note); null when the task no longer exists. */
    readonly workNote: WrittenNote | null | 'none'
    readonly timeWorked: 'none' | 'inserted' | 'refused'
    readonly consoleRecord:
        | 'none'
        | 'table_missing'
        | 'insert_refused'
        | { readonly table: string; readonly sysId: string; readonly number: string; readonly linked: boolean }
}

function timeWorkedRefused(post: SessionPost, entry: TimeWorkedClaim, record: string): LogLine {
    return SESSION_LOG.timeWorkedRefused(post.sessionId, record, entry.timeWorked.slice(11))
}

/** The answer and the log lines for what the platform did (the plan's own log lines are logged before execution). */
export function reportSessionPost(post: SessionPost, plan: StorePlan, done: SessionExecution): { outcome: StoreOutcome; logs: LogLine[] } {
    const logs: LogLine[] = []
    const sessionSysId = done.sessionSysId
    if (done.chatLog === 'refused') logs.push(SESSION_LOG.chatLogNotAttached(post.sessionId, sessionSysId))
    if (!done.rowWritten) return { outcome: { kind: 'conflict' }, logs }
    if (done.chatLog === 'attached_not_named') logs.push(SESSION_LOG.chatLogNotNamed(post.sessionId))
    if (plan.taskSysId !== '') {
        const task = done.workNote === 'none' ? null : done.workNote
        if (done.workNote === null) logs.push(SESSION_LOG.taskMissing(post.sessionId, plan.taskSysId))
        if (plan.timeWorked && done.timeWorked === 'refused')
            logs.push(timeWorkedRefused(post, plan.timeWorked, task?.number || `task ${plan.taskSysId}`))
        if (task && !task.written) {
            logs.push(SESSION_LOG.noteRefused(post.sessionId, task.number || task.table))
            return {
                outcome: { kind: 'note_refused', sessionSysId, table: task.table, taskSysId: plan.taskSysId, number: task.number },
                logs,
            }
        }
        return {
            outcome: {
                kind: 'linked',
                sessionSysId,
                table: task ? task.table : 'task',
                taskSysId: plan.taskSysId,
                number: task ? task.number : '',
                created: false,
            },
            logs,
        }
    }
    if (plan.claimedByAnother) {
        logs.push(SESSION_LOG.trackingClaimed(post.sessionId))
        return { outcome: { kind: 'unlinked', sessionSysId, reason: 'tracking_claimed' }, logs }
    }
    const created = done.consoleRecord
    if (created === 'none' || !plan.consoleRecord) return { outcome: { kind: 'unlinked', sessionSysId }, logs }
    if (created === 'table_missing') {
        logs.push(SESSION_LOG.consoleTableMissing(post.sessionId, plan.consoleRecordType, plan.consoleRecord.table))
        return { outcome: { kind: 'unlinked', sessionSysId }, logs }
    }
    if (created === 'insert_refused') {
        logs.push(SESSION_LOG.consoleInsertRefused(post.sessionId, plan.consoleRecordType))
        return { outcome: { kind: 'unlinked', sessionSysId }, logs }
    }
    const label = created.number || created.table
    if (!created.linked) {
        // Only a rule on the session table can refuse this; without the link a later post of the session
        // would create a second record, so the admin must hear of it. No Time Worked entry without the claim.
        logs.push(SESSION_LOG.consoleNotLinked(post.sessionId, label))
    } else if (plan.consoleRecord.timeWorked && done.timeWorked === 'refused') {
        logs.push(timeWorkedRefused(post, plan.consoleRecord.timeWorked, label))
    }
    return {
        outcome: { kind: 'linked', sessionSysId, table: created.table, taskSysId: created.sysId, number: created.number, created: true },
        logs,
    }
}
