import {
    Acl,
    EmailNotification,
    Record,
    ScheduledScript,
    Table,
    StringColumn,
    ChoiceColumn,
    DateTimeColumn,
    IntegerColumn,
} from '@servicenow/sdk/core'
import { adminRole } from './roles.now'
import { LABELS } from '../i18n/en'

// Recovery from Rescue's session report (x_rescue_connect.reconcile.*): an hourly job reads the report of one
// configured node per run and stores each session of a ServiceNow PIN whose posts never arrived through the
// session-post pipeline (src/server/platform/session-recovery.ts). Each run is one row below: Test Connection
// shows the latest, and the next run starts its window where its node's last successful run ended.

const L = LABELS.tables.x_rescue_connect_recovery_run

// Never a secret here: the API token is sent, never stored; failures are Rescue's error words.
export const x_rescue_connect_recovery_run = Table({
    name: 'x_rescue_connect_recovery_run',
    label: L.label,
    allowWebServiceAccess: false,
    schema: {
        node: StringColumn({ label: L.columns.node, maxLength: 20 }),
        state: ChoiceColumn({
            label: L.columns.state,
            default: 'running',
            dropdown: 'dropdown_without_none',
            choices: {
                running: { label: L.choices.state.running, sequence: 10 },
                succeeded: { label: L.choices.state.succeeded, sequence: 20 },
                failed: { label: L.choices.state.failed, sequence: 30 },
            },
        }),
        window_start: DateTimeColumn({ label: L.columns.window_start }),
        window_end: DateTimeColumn({ label: L.columns.window_end }),
        // Set before getReport_v2 is called: the next run waits until 60 s have passed (Rescue's report limit).
        report_called_at: DateTimeColumn({ label: L.columns.report_called_at }),
        finished: DateTimeColumn({ label: L.columns.finished }),
        rows_read: IntegerColumn({ label: L.columns.rows_read }),
        sessions_recovered: IntegerColumn({ label: L.columns.sessions_recovered }),
        errors: IntegerColumn({ label: L.columns.errors }),
        failure: StringColumn({ label: L.columns.failure, maxLength: 64 }),
        missing_email_sent: DateTimeColumn({ label: L.columns.missing_email_sent }),
    },
    index: [{ name: 'x_rescue_connect_recovery_run_node', unique: false, element: 'node' }],
})

Acl({
    $id: Now.ID['acl-recovery-run-read'],
    type: 'record',
    table: 'x_rescue_connect_recovery_run',
    operation: 'read',
    roles: [adminRole],
    description: 'Only integration admins see and change recovery runs.',
})

Acl({
    $id: Now.ID['acl-recovery-run-write'],
    type: 'record',
    table: 'x_rescue_connect_recovery_run',
    operation: 'write',
    roles: [adminRole],
    description: 'Only integration admins see and change recovery runs.',
})

Acl({
    $id: Now.ID['acl-recovery-run-create'],
    type: 'record',
    table: 'x_rescue_connect_recovery_run',
    operation: 'create',
    roles: [adminRole],
    description: 'Only integration admins see and change recovery runs.',
})

Acl({
    $id: Now.ID['acl-recovery-run-delete'],
    type: 'record',
    table: 'x_rescue_connect_recovery_run',
    operation: 'delete',
    roles: [adminRole],
    description: 'Only integration admins see and change recovery runs.',
})

ScheduledScript({
    $id: Now.ID['job-recover-session-data'],
    name: 'LogMeIn Rescue: recover session data',
    active: true,
    frequency: 'periodically',
    executionInterval: { hours: 1 },
    executionStart: '2026-01-01 00:17:00',
    timeZone: 'UTC',
    script: 'x_rescue_connect.RescueCore.recoverSessionData();',
})

// Sessions of ServiceNow PINs ended over an hour ago without a post: once a day, one event per admin.
export const postsMissingEvent = Record({
    $id: Now.ID['event-posts-missing'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_rescue_connect.posts.missing',
        suffix: 'posts.missing',
        table: 'x_rescue_connect_recovery_run',
        fired_by: 'Scheduled job "LogMeIn Rescue: recover session data" (RescueCore.recoverSessionData)',
        // At most 100 characters (the column's size).
        description: 'Rescue posts never arrived for recovered sessions. parm1: one admin (sys_id); parm2: how many',
    },
})

Record({
    $id: Now.ID['mail-script-posts-missing'],
    table: 'sys_script_email',
    data: {
        name: 'x_rescue_connect_posts_missing_email',
        script: `(function runMailScript(current, template, email, email_action, event) {
    var mail = x_rescue_connect.RescueCore.missingPostsEmail(event.parm1, event.parm2);
    email.setSubject(mail.subject);
    template.print(mail.html);
})(current, template, email, email_action, event);`,
    },
})

EmailNotification({
    $id: Now.ID['notification-posts-missing'],
    table: 'x_rescue_connect_recovery_run',
    name: 'LogMeIn Rescue session posts missing',
    description: "Tells LogMeIn Rescue admins that Rescue's posts of some sessions never arrived and what to check.",
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_rescue_connect.posts.missing',
    },
    recipientDetails: {
        eventParm1WithRecipient: true,
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'text/html',
        importance: 'high',
        subject: 'LogMeIn Rescue',
        messageHtml: '${mail_script:x_rescue_connect_posts_missing_email}',
    },
})
