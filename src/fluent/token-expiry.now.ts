import { EmailNotification, Record, ScheduledScript } from '@servicenow/sdk/core'

// The refresh token Rescue's connector holds expires (100 days by default). A daily job checks the
// latest successful Token Setup and, from 14 days before, queues this event once a day; the
// notification emails the admins it names until a new Token Setup succeeds.
export const tokenExpiringEvent = Record({
    $id: Now.ID['event-token-expiring'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_rescue_connect.token.expiring',
        suffix: 'token.expiring',
        table: 'x_rescue_connect_token_request',
        fired_by: 'Scheduled job "LogMeIn Rescue token expiry check" (RescueCore.warnTokenExpiry)',
        // At most 100 characters (the column's size). Queued once per admin, so each email is in its reader's language.
        description: "Rescue connector's refresh token expires within 14 days. parm1: one admin (sys_id); parm2: days left",
    },
})

// The email's subject and body, in the recipient admin's language (RescueCore.tokenExpiryEmail).
Record({
    $id: Now.ID['mail-script-token-expiry'],
    table: 'sys_script_email',
    data: {
        name: 'x_rescue_connect_token_expiry_email',
        script: `(function runMailScript(current, template, email, email_action, event) {
    var mail = x_rescue_connect.RescueCore.tokenExpiryEmail(current, event.parm1, event.parm2);
    email.setSubject(mail.subject);
    template.print(mail.html);
})(current, template, email, email_action, event);`,
    },
})

EmailNotification({
    $id: Now.ID['notification-token-expiring'],
    table: 'x_rescue_connect_token_request',
    name: 'LogMeIn Rescue connector token expiring',
    description: 'Tells LogMeIn Rescue admins to run Token Setup again before the connector loses access to the instance.',
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_rescue_connect.token.expiring',
    },
    // parm1 names one admin per event; an admin who runs the job by hand creates every event and must still get their own.
    recipientDetails: {
        eventParm1WithRecipient: true,
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'text/html',
        importance: 'high',
        // Only what shows before the mail script sets the subject: the product name.
        subject: 'LogMeIn Rescue',
        messageHtml: '${mail_script:x_rescue_connect_token_expiry_email}',
    },
})

ScheduledScript({
    $id: Now.ID['job-token-expiry-check'],
    name: 'LogMeIn Rescue token expiry check',
    active: true,
    frequency: 'daily',
    executionTime: { hours: 7, minutes: 0, seconds: 0 },
    executionStart: '2026-01-01 07:00:00',
    timeZone: 'UTC',
    script: 'x_rescue_connect.RescueCore.warnTokenExpiry();',
})
