import { ChoiceColumn, DateTimeColumn, DurationColumn, IntegerColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'
import { LABELS } from '../i18n/en'
import { SESSION_COLUMN_SIZES } from '../server/core/session-columns'

// English labels come from src/i18n/en.ts; their nl/de/fr translations ship as sys_documentation and
// sys_choice records (generated/translations.now.ts), so adding a language touches no file here.
const L = LABELS.tables.x_rescue_connect_session

// One row per PIN issued from ServiceNow or per session Rescue reports, keyed by the Rescue session id.
export const x_rescue_connect_session = Table({
    name: 'x_rescue_connect_session',
    label: L.label,
    display: 'pin',
    allowWebServiceAccess: false,
    schema: {
        task: ReferenceColumn({ label: L.columns.task, referenceTable: 'task' }),
        pin: StringColumn({ label: L.columns.pin, maxLength: SESSION_COLUMN_SIZES.pin }),
        tracking_id: StringColumn({ label: L.columns.tracking_id, maxLength: SESSION_COLUMN_SIZES.tracking_id }),
        rescue_session_id: StringColumn({
            label: L.columns.rescue_session_id,
            maxLength: SESSION_COLUMN_SIZES.rescue_session_id,
            unique: true,
        }),
        technician: ReferenceColumn({ label: L.columns.technician, referenceTable: 'sys_user' }),
        tech_id: StringColumn({ label: L.columns.tech_id, maxLength: SESSION_COLUMN_SIZES.tech_id }),
        tech_sso_id: StringColumn({ label: L.columns.tech_sso_id, maxLength: SESSION_COLUMN_SIZES.tech_sso_id }),
        tech_name: StringColumn({ label: L.columns.tech_name, maxLength: SESSION_COLUMN_SIZES.tech_name }),
        tech_email: StringColumn({ label: L.columns.tech_email, maxLength: SESSION_COLUMN_SIZES.tech_email }),
        customer_name: StringColumn({ label: L.columns.customer_name, maxLength: SESSION_COLUMN_SIZES.customer_name }),
        state: ChoiceColumn({
            label: L.columns.state,
            default: 'pin_issued',
            dropdown: 'dropdown_without_none',
            choices: {
                pin_issued: { label: L.choices.state.pin_issued, sequence: 10 },
                started: { label: L.choices.state.started, sequence: 20 },
                ended: { label: L.choices.state.ended, sequence: 30 },
                failed: { label: L.choices.state.failed, sequence: 40 },
                // Never used within Rescue's PIN validity (the PIN expiry job); a late post still moves it on.
                expired: { label: L.choices.state.expired, sequence: 50 },
            },
        }),
        source: ChoiceColumn({
            label: L.columns.source,
            default: 'servicenow',
            dropdown: 'dropdown_without_none',
            choices: {
                servicenow: { label: L.choices.source.servicenow, sequence: 10 },
                console: { label: L.choices.source.console, sequence: 20 },
            },
        }),
        waiting_time: IntegerColumn({ label: L.columns.waiting_time }),
        work_time: IntegerColumn({ label: L.columns.work_time }),
        // The same times as durations, so lists, forms and reports (SUM, AVG) show them in days, hours and minutes.
        waiting_duration: DurationColumn({ label: L.columns.waiting_duration }),
        work_duration: DurationColumn({ label: L.columns.work_duration }),
        pickup_time: DateTimeColumn({ label: L.columns.pickup_time }),
        closing_time: DateTimeColumn({ label: L.columns.closing_time }),
        last_action_time: DateTimeColumn({ label: L.columns.last_action_time }),
        transmitted_bytes: IntegerColumn({ label: L.columns.transmitted_bytes }),
        platform: StringColumn({ label: L.columns.platform, maxLength: SESSION_COLUMN_SIZES.platform }),
        last_post_received: DateTimeColumn({ label: L.columns.last_post_received }),
        // Written when the recovery job stored the session from Rescue's session report (its posts never arrived),
        // and moved on when a real post arrives after all: that post writes no second note
        // (src/server/core/session-recovery.ts recoveryEffect). The missing-posts email counts the recovered ones.
        recovery: ChoiceColumn({
            label: L.columns.recovery,
            dropdown: 'dropdown_with_none',
            choices: {
                recovered: { label: L.choices.recovery.recovered, sequence: 10 },
                posted_late: { label: L.choices.recovery.posted_late, sequence: 20 },
            },
        }),
        recovered_at: DateTimeColumn({ label: L.columns.recovered_at }),
        // Written by the session endpoint when x_rescue_connect.time_worked.record is on: the one Time Worked entry the
        // session added to its incident or case (set before the entry is inserted, cleared again if the insert fails).
        time_worked_entry: ReferenceColumn({ label: L.columns.time_worked_entry, referenceTable: 'task_time_worked' }),
        // When x_rescue_connect.chat_log.attachment is on: the attachment on this row holding the longest chat log
        // received, and that chat log's length and line count (so a repeat or a shorter one writes nothing).
        chat_log_attachment: ReferenceColumn({ label: L.columns.chat_log_attachment, referenceTable: 'sys_attachment' }),
        chat_log_chars: IntegerColumn({ label: L.columns.chat_log_chars }),
        chat_log_lines: IntegerColumn({ label: L.columns.chat_log_lines }),
        // Written by the session endpoint (src/server/core/session-decision.ts): fingerprints of the posts
        // already processed, so a repeated post changes nothing, and every post as received (normalised JSON).
        // Sizes as in src/server/core/session-columns.ts (at most 100 posts of 17 characters; 5,000,000
        // characters fit mediumtext's 16,777,215 bytes whatever the characters).
        post_hashes: StringColumn({ label: L.columns.post_hashes, maxLength: SESSION_COLUMN_SIZES.post_hashes, readOnly: true }),
        posts: StringColumn({ label: L.columns.posts, maxLength: SESSION_COLUMN_SIZES.posts, readOnly: true }),
    },
    index: [
        { name: 'x_rescue_connect_session_tracking', unique: false, element: 'tracking_id' },
        { name: 'x_rescue_connect_session_task', unique: false, element: 'task' },
    ],
})
