// Event-triggered notifications (emulator/platform/notifications.ts) as the platform sends them.
// Source: "Create an email notification", https://www.servicenow.com/docs/r/platform-administration/t_CreateANotification.html
// (Who will receive: Send to event creator, Event parm 1/2 contains recipient, active users with an email);
// "Register an event", https://www.servicenow.com/docs/r/australia/build-workflows/system-events/t_RegisterAnEvent.html
// and the SDK's registering-events guide (an unregistered event reaches no notification); the mail script's
// email object: "GlideEmailOutbound - Scoped", https://www.servicenow.com/docs/r/api-reference/server-api-reference/c_GlideEmailOutboundScopedAPI.html
// ("Sets the email's subject line").
import { describe, expect, it } from 'vitest'
import { fixtureInstance } from './fixture.ts'

const EVENT = 'x_rescue_connect.fx.happened'

function world(notification: Record<string, string> = {}, options: { register?: boolean } = {}) {
    const instance = fixtureInstance()
    if (options.register !== false) instance.db.insert('sysevent_register', { event_name: EVENT, suffix: 'fx.happened', table: 'incident' })
    instance.db.insert('sys_script_email', {
        name: 'fx_mail_script',
        script: `(function runMailScript(current, template, email, email_action, event) {
    template.print('<p>' + current.short_description + ' for ' + event.parm1 + '</p>');
})(current, template, email, email_action, event);`,
    })
    instance.db.insert('sysevent_email_action', {
        name: 'Fixture notification',
        collection: 'incident',
        active: 'true',
        generation_type: 'event',
        event_name: EVENT,
        event_parm_1: 'true',
        event_parm_2: 'false',
        send_self: 'false',
        content_type: 'text/html',
        subject: 'About ${number}',
        message_html: '${mail_script:fx_mail_script}',
        ...notification,
    })
    const agent = instance.addUser({ user_name: 'agent', email: 'agent@example.com', first_name: 'Ann', last_name: 'Agent' })
    const other = instance.addUser({ user_name: 'other', email: 'other@example.com' })
    const incident = instance.db.insert('incident', { short_description: 'Printer', active: 'true' })
    const queue = (parm1: string, asUser = agent, parm2 = '') =>
        instance.runScript(`var gr = new GlideRecord('incident'); gr.get('${incident}'); gs.eventQueue('${EVENT}', gr, parm1, parm2);`, {
            asUser,
            variables: { parm1, parm2 },
        })
    return { instance, agent, other, incident, queue }
}

describe('event-triggered notifications', () => {
    it('records who queued an event (its creator)', () => {
        const { instance, agent, queue } = world()
        queue('x')
        expect(instance.events).toEqual([expect.objectContaining({ name: EVENT, userId: agent, userName: 'agent' })])
    })

    it('send to the users and addresses in parm1, rendering the subject, fields and mail script', () => {
        const { instance, other, queue } = world()
        queue(`${other},someone@example.org`)
        expect(instance.emails).toEqual([])
        const [email, ...rest] = instance.processEvents()
        expect(rest).toEqual([])
        expect(email).toMatchObject({
            notification: 'Fixture notification',
            recipients: ['other@example.com', 'someone@example.org'],
            subject: 'About INC0010001',
        })
        expect(email!.body).toBe(`<p>Printer for ${other},someone@example.org</p>`)
        expect(instance.emails).toEqual([email])
        expect(instance.processEvents()).toEqual([])
    })

    it('leave out the event creator unless send_self is set (by sys_id or by their email address)', () => {
        const { instance, agent, other, queue } = world()
        queue(`${agent},${other}`)
        queue('AGENT@example.com')
        expect(instance.processEvents().map((email) => email.recipients)).toEqual([['other@example.com']])

        const sending = world({ send_self: 'true' })
        sending.queue(sending.agent)
        expect(sending.instance.processEvents().map((email) => email.recipients)).toEqual([['agent@example.com']])
    })

    it('reach only active users with an email address', () => {
        const { instance, queue } = world()
        const inactive = instance.addUser({ user_name: 'gone', email: 'gone@example.com', active: false })
        const noEmail = instance.addUser({ user_name: 'nomail' })
        queue(`${inactive},${noEmail},not-an-address,GONE@example.com`)
        expect(instance.processEvents()).toEqual([])
    })

    it('ignore unregistered events, inactive notifications, other tables and parm2 unless asked', () => {
        const unregistered = world({}, { register: false })
        unregistered.queue(unregistered.other)
        expect(unregistered.instance.events).toHaveLength(1)
        expect(unregistered.instance.processEvents()).toEqual([])

        const inactive = world({ active: 'false' })
        inactive.queue(inactive.other)
        expect(inactive.instance.processEvents()).toEqual([])

        const otherTable = world({ collection: 'sn_customerservice_case' })
        otherTable.queue(otherTable.other)
        expect(otherTable.instance.processEvents()).toEqual([])

        const parm2 = world({ event_parm_1: 'false', event_parm_2: 'true' })
        parm2.queue('', parm2.agent, parm2.other)
        expect(parm2.instance.processEvents().map((email) => email.recipients)).toEqual([['other@example.com']])
    })

    it('let a mail script read and replace the subject line (email.getSubject, email.setSubject)', () => {
        const { instance, other, queue } = world({ message_html: '${mail_script:fx_subject}' })
        instance.db.insert('sys_script_email', {
            name: 'fx_subject',
            script: `(function runMailScript(current, template, email, email_action, event) {
    email.setSubject('Re: ' + email.getSubject());
    template.print('body');
})(current, template, email, email_action, event);`,
        })
        queue(other)
        expect(instance.processEvents()).toEqual([expect.objectContaining({ subject: 'Re: About INC0010001', body: 'body' })])
    })

    it('throw on settings and variables the emulator does not implement', () => {
        const groups = world({ recipient_groups: 'abc' })
        groups.queue(groups.other)
        expect(() => groups.instance.processEvents()).toThrow(/unsupported/)
        const variable = world({ subject: '${URI_REF}' })
        variable.queue(variable.other)
        expect(() => variable.instance.processEvents()).toThrow(/unsupported/)
        const method = world({ message_html: '${mail_script:fx_cc}' })
        method.instance.db.insert('sys_script_email', { name: 'fx_cc', script: "email.addAddress('cc', 'x@example.com');" })
        method.queue(method.other)
        expect(() => method.instance.processEvents()).toThrow(/unsupported/)
    })
})
