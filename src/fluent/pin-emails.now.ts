import { EmailNotification, Record } from '@servicenow/sdk/core'

// PIN emails (x_rescue_connect.email.technician / .email.customer): RescueCore.generatePin queues an
// event on the new session row with the recipient in parm1; each notification's body comes from a
// mail script that calls RescueCore.pinEmailHtml, which HTML-escapes every value.

Record({
    $id: Now.ID['event-pin-email-technician'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_rescue_connect.pin.email_technician',
        suffix: 'pin.email_technician',
        table: 'x_rescue_connect_session',
        fired_by: 'RescueCore.generatePin (script include)',
        description: 'A Rescue PIN was generated; parm1 = the technician (sys_user sys_id) to email it to.',
    },
})

Record({
    $id: Now.ID['event-pin-email-customer'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_rescue_connect.pin.email_customer',
        suffix: 'pin.email_customer',
        table: 'x_rescue_connect_session',
        fired_by: 'RescueCore.generatePin (script include)',
        description: 'A Rescue PIN was generated; parm1 = the customer email address to send the join link to.',
    },
})

Record({
    $id: Now.ID['mail-script-pin-email-technician'],
    table: 'sys_script_email',
    data: {
        name: 'x_rescue_connect_pin_email_technician',
        script: `(function runMailScript(current, template, email, email_action, event) {
    template.print(x_rescue_connect.RescueCore.pinEmailHtml('technician', current));
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail-script-pin-email-customer'],
    table: 'sys_script_email',
    data: {
        name: 'x_rescue_connect_pin_email_customer',
        script: `(function runMailScript(current, template, email, email_action, event) {
    template.print(x_rescue_connect.RescueCore.pinEmailHtml('customer', current));
})(current, template, email, email_action, event);`,
    },
})

EmailNotification({
    $id: Now.ID['notification-pin-email-technician'],
    table: 'x_rescue_connect_session',
    name: 'Rescue PIN generated (technician)',
    description: 'Emails a newly generated LogMeIn Rescue PIN to the technician who generated it.',
    active: true,
    triggerConditions: { generationType: 'event', eventName: 'x_rescue_connect.pin.email_technician' },
    // The technician is the user whose click queued the event (its creator): without sendToCreator the
    // platform leaves them out and nobody gets the PIN. Always explicit: the SDK's default is not what it writes.
    recipientDetails: { eventParm1WithRecipient: true, sendToCreator: true },
    emailContent: {
        contentType: 'text/html',
        subject: 'LogMeIn Rescue PIN ${pin}',
        messageHtml: '${mail_script:x_rescue_connect_pin_email_technician}',
    },
})

EmailNotification({
    $id: Now.ID['notification-pin-email-customer'],
    table: 'x_rescue_connect_session',
    name: 'Rescue PIN join link (customer)',
    description: 'Emails the customer a link to join the LogMeIn Rescue session, with the PIN. Nothing internal is included.',
    active: true,
    triggerConditions: { generationType: 'event', eventName: 'x_rescue_connect.pin.email_customer' },
    // The customer's address: an agent who is also the record's caller gets the join link too.
    recipientDetails: { eventParm1WithRecipient: true, sendToCreator: true },
    emailContent: {
        contentType: 'text/html',
        subject: 'Your remote support session',
        messageHtml: '${mail_script:x_rescue_connect_pin_email_customer}',
        omitWatermark: true,
    },
})
