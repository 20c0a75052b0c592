// Session posts meet the database here: find the session row and record, apply the core's decision,
// write the work note, and create a record for console-started sessions. Everything about what to
// write is decided in core/; this file only reads and writes Glide records.
// A matched post costs four operations: session query, session update, task get, task update (one more
// write when the record refuses the work note). With time_worked.record an end post adds the entry's insert;
// with chat_log.attachment a longer chat log adds its attachment's insert and the replaced one's delete.
import { SETTINGS, type RescueConfig } from '../core/config'
import type { SessionPost } from '../core/session-post'
import type { StoreOutcome } from '../core/session-response'
import { formatSessionNote } from '../core/session-note'
import { decideSessionUpdate, forgetPost, MAX_POSTS_PER_SESSION, MAX_STORED_POSTS_CHARS, POST_COLUMNS, type PostColumn, type SessionRowState } from '../core/session-decision'
import { wholeValue } from '../core/session-columns'
import { activeUserWithEmail, type EmailOwner } from './users'
import { insertTimeWorked, keepChatLog, removeAttachment } from './session-extras'
import { timeWorkedEntry, type TimeWorkedEntry, type TimeWorkedFacts } from '../core/time-worked'
import { consoleRecordFields, needsTechnicianLookup } from '../core/session-match'
import type { Logger } from './log'
import { SESSION_TABLE } from '../core/names'
import type { Translate } from '../../shared/i18n'
import { translatorFor, workNotesLanguage } from './messages'
import { recoveryEffect } from '../core/session-recovery'

interface Match {
    readonly row: GlideRecord | null
    /** The task the session belongs to: the row's, or the task of the PIN whose tracking value the post carries. */
    readonly taskSysId: string
}

function value(record: GlideRecord, field: string): string {
    return record.getValue(field) ?? ''
}

/**
 * The row the app wrote when it issued the PIN whose tracking value this is, exactly (the database
 * compares case-insensitively, so the match is checked here). Posts never write a tracking value, and
 * requiring a PIN keeps out any other row that has one (an earlier version wrote them from posts):
 * text in a post can name no other row.
 */
function findPinRow(tracking: string | undefined): GlideRecord | null {
    // A value longer than the column is none the app wrote.
    const wanted = wholeValue(tracking, 'tracking_id')
    if (!wanted) return null
    const row = new GlideRecord(SESSION_TABLE)
    row.addQuery('tracking_id', wanted)
    row.addEncodedQuery('pinISNOTEMPTY')
    row.query()
    while (row.next()) {
        if (value(row, 'tracking_id') === wanted) return row
    }
    return null
}

/**
 * The PIN's row by its tracking value first: written at PIN time, one per PIN. Then the Rescue session
 * id (console sessions, or a row made by an earlier post). A post that matches neither has no task:
 * a Tracking0 that merely names a record links nothing.
 * `retrying`: the first attempt's write was refused. When that attempt chose an unclaimed PIN row, the
 * session id is already on another row (a post without Tracking0 stored it first), so the post goes
 * to that row, linked to the PIN's task; the fast path keeps its single query.
 */
function findSession(post: SessionPost, retrying: boolean): Match {
    const pinRow = findPinRow(post.variables.Tracking0)
    let taskOfPin = ''
    if (pinRow) {
        const claimedBy = value(pinRow, 'rescue_session_id')
        // A PIN row already holding another Rescue session is not overwritten; this session gets its own row.
        if (claimedBy === post.sessionId || (claimedBy === '' && !retrying)) return { row: pinRow, taskSysId: value(pinRow, 'task') }
        taskOfPin = value(pinRow, 'task')
    }
    const row = new GlideRecord(SESSION_TABLE)
    if (row.get('rescue_session_id', post.sessionId)) {
        return { row, taskSysId: value(row, 'task') || taskOfPin }
    }
    return { row: null, taskSysId: taskOfPin }
}

function rowState(row: GlideRecord | null): SessionRowState {
    const columns: { [column in PostColumn]?: string } = {}
    if (!row) return { state: '', postHashes: '', posts: '', columns }
    for (const column of POST_COLUMNS) columns[column] = value(row, column)
    return { state: value(row, 'state'), postHashes: value(row, 'post_hashes'), posts: value(row, 'posts'), columns }
}

/**
 * Who the technician is, by the email that is their SSO ID (or, when no user has that one, their Rescue
 * email). An address several active users share names no one: `several` credits nobody.
 */
function findTechnician(post: SessionPost): EmailOwner {
    const addresses = [post.variables.TechSSOID ?? '', post.variables.TechEmail ?? '']
    for (let i = 0; i < addresses.length; i++) {
        if (addresses[i] === '' || addresses.indexOf(addresses[i]) !== i) continue
        const owner = activeUserWithEmail(addresses[i])
        if (owner.kind !== 'none') return owner
    }
    return { kind: 'none' }
}

function createConsoleRecord(post: SessionPost, config: RescueConfig, technician: string, note: string | null, log: Logger, t: Translate) {
    const fields = consoleRecordFields(post, config, t)
    const record = new GlideRecord(fields.table)
    if (!record.isValid()) {
        log.error(`Cannot create a ${config.consoleRecordType} for Rescue session ${post.sessionId}: table ${fields.table} does not exist on this instance.`)
        return null
    }
    record.initialize()
    record.setValue('short_description', fields.shortDescription)
    record.setValue('description', fields.description)
    if (technician !== '') record.setValue('assigned_to', technician)
    if (note) record.setValue('work_notes', note)
    const sysId = record.insert()
    if (!sysId) {
        log.error(`Creating a ${config.consoleRecordType} for Rescue session ${post.sessionId} failed.`)
        return null
    }
    return { table: fields.table, sysId, number: value(record, 'number') }
}

/** null when the task no longer exists; `written: false` when the record refused the update (a business rule or data policy aborted it). */
function addWorkNote(taskSysId: string, note: string): { table: string; number: string; written: boolean } | null {
    const task = new GlideRecord('task')
    if (!task.get(taskSysId)) return null
    task.setValue('work_notes', note)
    const written = Boolean(task.update())
    return { table: task.getRecordClassName(), number: value(task, 'number'), written }
}

/**
 * The Time Worked entry this post adds, claimed on the row before the row is written: the row names the entry's
 * sys_id, so a repeated or re-sent end post (or a concurrent one, refused by the row's unique session id) adds none.
 */
function claimTimeWorked(row: GlideRecord, post: SessionPost, facts: TimeWorkedFacts, t: Translate): { entry: TimeWorkedEntry; sysId: string } | null {
    const entry = timeWorkedEntry(post, facts, t)
    if (!entry) return null
    const sysId = gs.generateGUID()
    row.setValue('time_worked_entry', sysId)
    return { entry, sysId }
}

/** Inserts a claimed entry; when the platform refuses it, the claim is released and the admin told which record. */
function recordTimeWorked(row: GlideRecord, post: SessionPost, claim: { entry: TimeWorkedEntry; sysId: string } | null, record: string, log: Logger): void {
    if (!claim || insertTimeWorked(claim.entry, claim.sysId)) return
    row.setValue('time_worked_entry', '')
    row.update()
    log.error(
        `Rescue session ${post.sessionId}: ${record} refused its Time Worked entry (${claim.entry.timeWorked.slice(11)} of work; a business rule or data policy aborted the insert). ` +
            'The session and its work note are stored; add the time by hand if it is needed.'
    )
}

export function storeSessionPost(post: SessionPost, config: RescueConfig, log: Logger, retrying = false): StoreOutcome {
    const match = findSession(post, retrying)
    const current = rowState(match.row)
    // A report post (recovery) never touches a session that has its end; a real post to a recovered session writes no note.
    const recovery = recoveryEffect({ state: current.state, mark: match.row ? value(match.row, 'recovery') : '' }, post.source ?? 'post')
    if (recovery.kind === 'skip') return { kind: 'duplicate', sessionSysId: match.row ? match.row.getUniqueValue() : '' }
    const decision = decideSessionUpdate(current, post)
    if (decision.kind === 'duplicate') return { kind: 'duplicate', sessionSysId: match.row ? match.row.getUniqueValue() : '' }
    if (decision.kind === 'refused') {
        log.warn(
            decision.limit === 'too_many_posts'
                ? `Rescue session ${post.sessionId} already has ${MAX_POSTS_PER_SESSION} different posts stored; a further post was refused (422).`
                : `Rescue session ${post.sessionId}: a post does not fit the session's stored posts (${MAX_STORED_POSTS_CHARS} characters) and was refused (422).`
        )
        return { kind: 'refused', limit: decision.limit }
    }
    if (decision.valuesLeftOut > 0) {
        log.warn(`Rescue session ${post.sessionId}: ${decision.valuesLeftOut} long values are left out of the stored posts to keep them within ${MAX_STORED_POSTS_CHARS} characters.`)
    }

    // Everyone on the record reads its notes and its Time Worked comment: one language for all of them
    // (x_rescue_connect.work_notes.language).
    const t = translatorFor(workNotesLanguage(config))
    const row = match.row ?? new GlideRecord(SESSION_TABLE)
    if (!match.row) {
        row.initialize()
        row.setValue('source', match.taskSysId !== '' ? 'servicenow' : 'console')
    }
    let technician = match.row ? value(match.row, 'technician') : ''
    // Whom the email Rescue reports names: looked up when it differs from the stored technician's; otherwise the
    // stored technician is the one the PIN was issued to (an email one active user has) — or nobody was reported.
    let reported: EmailOwner = (post.variables.TechSSOID || post.variables.TechEmail) && technician !== '' ? { kind: 'one', sysId: technician } : { kind: 'none' }
    if (needsTechnicianLookup(current.columns, technician, post)) {
        // Rescue reporting someone ServiceNow does not know leaves the PIN's technician; a shared address credits no one.
        reported = findTechnician(post)
        if (reported.kind !== 'none') technician = reported.kind === 'one' ? reported.sysId : ''
    }
    for (const column of Object.keys(decision.columns) as PostColumn[]) row.setValue(column, decision.columns[column] ?? '')
    row.setValue('state', decision.state)
    row.setValue('post_hashes', decision.postHashes)
    row.setValue('posts', decision.posts)
    row.setValue('technician', technician)
    row.setValue(post.source === 'report' ? 'recovered_at' : 'last_post_received', new GlideDateTime().getValue())
    if (recovery.mark !== '') row.setValue('recovery', recovery.mark)
    if (match.taskSysId !== '' && value(row, 'task') === '') row.setValue('task', match.taskSysId)

    const timeWorkedFacts = (taskSysId: string): TimeWorkedFacts => ({
        taskSysId,
        recordedEntry: match.row ? value(match.row, 'time_worked_entry') : '',
        workTimeSeconds: decision.columns.work_time ?? current.columns.work_time ?? '',
        technician: reported,
    })
    const timeWorked = config.timeWorkedRecord && match.taskSysId !== '' ? claimTimeWorked(row, post, timeWorkedFacts(match.taskSysId), t) : null
    // The chat log as a file needs a stored record: on an existing row it is attached first and named in the same
    // update; a new row is inserted first and updated once more.
    let chatLog = config.chatLogAttachment && match.row ? keepChatLog(row, post, log) : null
    if (match.row) {
        if (!row.update()) {
            if (chatLog) removeAttachment(chatLog.written)
            return { kind: 'conflict' }
        }
    } else {
        // The unique Rescue session id: another request stored this session a moment ago.
        if (!row.insert()) return { kind: 'conflict' }
        if (config.chatLogAttachment) {
            chatLog = keepChatLog(row, post, log)
            if (chatLog.written !== '' && !row.update()) log.error(`Rescue session ${post.sessionId}: its chat log is attached to the Rescue Session record, but the record could not be updated to name it.`)
        }
    }
    if (chatLog) removeAttachment(chatLog.replaced)
    const sessionSysId = row.getUniqueValue()

    const note = recovery.note ? formatSessionNote(post, config, t, chatLog?.ref) : { text: null, unknownFields: [] }
    if (note.unknownFields.length > 0) {
        // The setting is named, never quoted: an admin may have pasted anything into it.
        log.warn(`Property ${SETTINGS.workNotesFields.property} lists ${note.unknownFields.length} name(s) that are neither Rescue session variables nor in this post; check its spelling.`)
    }

    if (match.taskSysId !== '') {
        const task = note.text ? addWorkNote(match.taskSysId, note.text) : null
        if (note.text && !task) log.warn(`Rescue session ${post.sessionId}: task ${match.taskSysId} no longer exists; the session is stored without a work note.`)
        recordTimeWorked(row, post, timeWorked, task?.number || `task ${match.taskSysId}`, log)
        if (task && !task.written) {
            // The row is written first (its unique session id keeps concurrent posts apart), so the note comes
            // second; when the record refuses it, the post's fingerprint is forgotten so that sending the post
            // again adds the note instead of being answered as a duplicate.
            row.setValue('post_hashes', forgetPost(decision.postHashes, post.hash))
            row.update()
            log.error(
                `Rescue session ${post.sessionId}: ${task.number || task.table} refused the work note (a business rule or data policy aborted the update). ` +
                    'The session is stored; sending the post again adds the note.'
            )
            return { kind: 'note_refused', sessionSysId, table: task.table, taskSysId: match.taskSysId, number: task.number }
        }
        return { kind: 'linked', sessionSysId, table: task ? task.table : 'task', taskSysId: match.taskSysId, number: task ? task.number : '', created: false }
    }
    if (!config.consoleCreateRecord) return { kind: 'unlinked', sessionSysId }
    const created = createConsoleRecord(post, config, technician, note.text, log, t)
    if (!created) return { kind: 'unlinked', sessionSysId }
    row.setValue('task', created.sysId)
    const consoleTimeWorked = config.timeWorkedRecord ? claimTimeWorked(row, post, timeWorkedFacts(created.sysId), t) : null
    if (!row.update()) {
        // Only a rule on the session table can refuse this; without the link a later post of the session
        // would create a second record, so the admin must hear of it. No Time Worked entry without the claim.
        log.error(`Rescue session ${post.sessionId}: created ${created.number || created.table} but could not link it to the session row; link them by hand to avoid a second record.`)
    } else {
        recordTimeWorked(row, post, consoleTimeWorked, created.number || created.table, log)
    }
    return { kind: 'linked', sessionSysId, table: created.table, taskSysId: created.sysId, number: created.number, created: true }
}
