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
        // At most 100 characters (the column's size): parm1 = admin sys_ids, comma-separated; parm2 = days left.
        description: "Rescue connector's refresh token expires within 14 days. parm1: admins (sys_ids); parm2: days left",
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
    // parm1 names the admins; an admin who runs the job by hand is the event's creator and must not be left out.
    recipientDetails: {
        eventParm1WithRecipient: true,
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'text/html',
        importance: 'high',
        subject: 'LogMeIn Rescue: run Token Setup again, the connector token expires ${expires_on}',
        messageHtml: `<p>The OAuth refresh token that LogMeIn Rescue's hosted connector uses to reach this instance expires on \${expires_on} (days left: \${event.parm2}).</p>
<p>After it expires, Rescue can no longer post session details to ServiceNow through the connector.</p>
<p>Open <b>LogMeIn Rescue &gt; Token Setup</b> and run it again. You will get this reminder once a day until a new Token Setup succeeds.</p>`,
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
