import {
    Table,
    StringColumn,
    ReferenceColumn,
    ChoiceColumn,
    DateTimeColumn,
    IntegerColumn,
} from '@servicenow/sdk/core'

// One row per PIN issued from ServiceNow or per session Rescue reports, keyed by the Rescue session id.
export const x_rescue_connect_session = Table({
    name: 'x_rescue_connect_session',
    label: 'Rescue Session',
    display: 'pin',
    allowWebServiceAccess: false,
    schema: {
        task: ReferenceColumn({ label: 'Task', referenceTable: 'task' }),
        pin: StringColumn({ label: 'PIN', maxLength: 16 }),
        tracking_id: StringColumn({ label: 'Tracking value', maxLength: 64 }),
        rescue_session_id: StringColumn({ label: 'Rescue session ID', maxLength: 40, unique: true }),
        technician: ReferenceColumn({ label: 'Technician', referenceTable: 'sys_user' }),
        tech_id: StringColumn({ label: 'Rescue technician ID', maxLength: 40 }),
        tech_sso_id: StringColumn({ label: 'Technician SSO ID', maxLength: 255 }),
        tech_name: StringColumn({ label: 'Technician name', maxLength: 255 }),
        tech_email: StringColumn({ label: 'Technician email', maxLength: 255 }),
        customer_name: StringColumn({ label: 'Customer name', maxLength: 255 }),
        state: ChoiceColumn({
            label: 'State',
            default: 'pin_issued',
            dropdown: 'dropdown_without_none',
            choices: {
                pin_issued: { label: 'PIN issued', sequence: 10 },
                started: { label: 'Started', sequence: 20 },
                ended: { label: 'Ended', sequence: 30 },
                failed: { label: 'Failed', sequence: 40 },
            },
        }),
        source: ChoiceColumn({
            label: 'Source',
            default: 'servicenow',
            dropdown: 'dropdown_without_none',
            choices: {
                servicenow: { label: 'ServiceNow', sequence: 10 },
                console: { label: 'Technician Console', sequence: 20 },
            },
        }),
        waiting_time: IntegerColumn({ label: 'Waiting time (s)' }),
        work_time: IntegerColumn({ label: 'Work time (s)' }),
        pickup_time: DateTimeColumn({ label: 'Picked up' }),
        closing_time: DateTimeColumn({ label: 'Closed' }),
        last_action_time: DateTimeColumn({ label: 'Last action' }),
        transmitted_bytes: IntegerColumn({ label: 'Bytes transmitted' }),
        platform: StringColumn({ label: 'Platform', maxLength: 100 }),
        last_post_received: DateTimeColumn({ label: 'Last post received' }),
        // Written by the session endpoint when x_rescue_connect.time_worked.record is on: the one Time Worked entry the
        // session added to its incident or case (set before the entry is inserted, cleared again if the insert fails).
        time_worked_entry: ReferenceColumn({ label: 'Time Worked entry', referenceTable: 'task_time_worked' }),
        // When x_rescue_connect.chat_log.attachment is on: the attachment on this row holding the longest chat log
        // received, and that chat log's length and line count (so a repeat or a shorter one writes nothing).
        chat_log_attachment: ReferenceColumn({ label: 'Chat log attachment', referenceTable: 'sys_attachment' }),
        chat_log_chars: IntegerColumn({ label: 'Chat log length (characters)' }),
        chat_log_lines: IntegerColumn({ label: 'Chat log lines' }),
        // Written by the session endpoint (src/server/core/session-decision.ts): fingerprints of the posts
        // already processed, so a repeated post changes nothing, and every post as received (normalised JSON).
        // Sizes as in src/server/core/session-columns.ts (at most 100 posts of 17 characters; 5,000,000
        // characters fit mediumtext's 16,777,215 bytes whatever the characters).
        post_hashes: StringColumn({ label: 'Processed post fingerprints', maxLength: 4000, readOnly: true }),
        posts: StringColumn({ label: 'Received posts (JSON)', maxLength: 5000000, readOnly: true }),
    },
    index: [
        { name: 'x_rescue_connect_session_tracking', unique: false, element: 'tracking_id' },
        { name: 'x_rescue_connect_session_task', unique: false, element: 'task' },
    ],
})
