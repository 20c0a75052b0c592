// The shipped records around Generate Rescue PIN: the two UI actions (condition, roles, classic and
// workspace scripts), the emails as the event processor sends them, and Test connection (the ATF tests:
// atf.test.ts).
import { describe, expect, it } from 'vitest'
import { AGENT_EMAIL, pinWorld } from './pin-fixture.ts'

const TABLES = ['incident', 'sn_customerservice_case'] as const

describe('UI action Generate Rescue PIN', () => {
    it.each(TABLES)('ships on %s with the classic and workspace scripts, for agents, saved records only', (table) => {
        const world = pinWorld()
        const action = world.instance.uiAction(table, 'x_rescue_connect_generate_pin')!
        expect(action).toBeDefined()
        expect(action).toMatchObject({ name: 'Generate Rescue PIN', active: 'true', client: 'true', onclick: 'generateRescuePin()' })
        expect(action).toMatchObject({ show_insert: 'false', show_update: 'true', form_button: 'true', form_button_v2: 'true' })
        expect(action.script).toMatch(/^function generateRescuePin\(\)/m)
        expect(action.script).toContain('new GlideAjax("x_rescue_connect.RescuePinAjax")')
        expect(action.client_script_v2).toMatch(/^function onClick\(form\)/m)
        const roles = world.instance.db.rows('sys_ui_action_role').filter((row) => row.sys_ui_action === action.sys_id)
        expect(roles.map((row) => world.instance.db.get('sys_user_role', row.sys_user_role!)?.name)).toEqual(['x_rescue_connect.user'])
    })

    it('shows on active records while the integration and the table switch are on', () => {
        const world = pinWorld()
        const visible = (table: string, sysId: string) =>
            world.instance.evaluateCondition(
                world.instance.uiAction(table, 'x_rescue_connect_generate_pin')!.condition!,
                { table, sysId },
                world.agent
            )
        expect(visible('incident', world.incident)).toBe(true)
        expect(visible('sn_customerservice_case', world.case)).toBe(true)

        world.instance.setProperty('x_rescue_connect.incident.show_pin_button', 'false')
        expect(visible('incident', world.incident)).toBe(false)
        expect(visible('sn_customerservice_case', world.case)).toBe(true)

        world.instance.setProperty('x_rescue_connect.incident.show_pin_button', 'true')
        world.instance.setProperty('x_rescue_connect.enabled', 'false')
        expect(visible('incident', world.incident)).toBe(false)
        expect(visible('sn_customerservice_case', world.case)).toBe(false)

        world.instance.setProperty('x_rescue_connect.enabled', 'true')
        const closed = world.instance.db.insert('incident', { short_description: 'Closed', caller_id: world.caller, active: 'false' })
        expect(visible('incident', closed)).toBe(false)
    })

    it('stays hidden while the integration is off even when another setting is invalid (which alone shows it)', () => {
        const world = pinWorld({ settings: { 'x_rescue_connect.company_id': 'acme' } })
        const visible = () =>
            world.instance.evaluateCondition(
                world.instance.uiAction('incident', 'x_rescue_connect_generate_pin')!.condition!,
                { table: 'incident', sysId: world.incident },
                world.agent
            )
        expect(visible()).toBe(true)
        world.instance.setProperty('x_rescue_connect.enabled', 'false')
        expect(visible()).toBe(false)
        world.instance.setProperty('x_rescue_connect.enabled', 'true')
        world.instance.setProperty('x_rescue_connect.incident.show_pin_button', 'false')
        expect(visible()).toBe(false)
    })
})

describe('PIN emails', () => {
    /** The body of the email the event processor sent for the PIN's event of this kind (its notification runs the mail script). */
    function render(world: ReturnType<typeof pinWorld>, kind: 'technician' | 'customer', sessionId: string): string {
        world.instance.processEvents()
        const email = world.instance.emails.find((sent) => sent.event === `x_rescue_connect.pin.email_${kind}` && sent.sysId === sessionId)!
        expect(email.subject).not.toBe('')
        return email.body
    }

    it('render escaped bodies; the customer email holds nothing internal', () => {
        const world = pinWorld({ settings: { 'x_rescue_connect.email.technician': 'true', 'x_rescue_connect.email.customer': 'true' } })
        const hostile = world.instance.addUser({
            user_name: 'hostile',
            email: 'h@example.org',
            first_name: '<script>alert(1)</script>',
            last_name: 'Smith',
        })
        const incident = world.instance.db.insert('incident', {
            short_description: 'Printer <img src=x onerror=alert(1)>',
            caller_id: hostile,
            active: 'true',
        })
        const { answer } = world.generatePin('incident', incident)
        expect(answer.ok).toBe(true)

        const technician = render(world, 'technician', answer.sessionId!)
        expect(technician).toContain(answer.pin!)
        expect(technician).toContain('&lt;script&gt;')
        expect(technician).toContain('&lt;img src=x')
        expect(technician).not.toMatch(/<script|<img/)

        const customer = render(world, 'customer', answer.sessionId!)
        expect(customer).toContain(answer.pin!)
        expect(customer).toContain(`href="${answer.customerUrl}"`)
        expect(customer).not.toMatch(/<script|<img/)
        const number = world.instance.db.get('incident', incident)!.number!
        for (const internal of [number, 'Printer', incident, AGENT_EMAIL]) expect(customer).not.toContain(internal)
        // Internal = anything that names or links into the instance: no sys_id-shaped value (record, session,
        // user, tracking), no link but the Rescue join link, no instance host, no agent user name.
        expect(customer).not.toMatch(/[0-9a-f]{32}/)
        expect([...customer.matchAll(/href="([^"]*)"/g)].map((match) => match[1])).toEqual([answer.customerUrl])
        expect(customer).not.toMatch(/service-now\.com|\.do\b|jane\.doe\b/)
        expect(world.instance.secretsSeen(world.secrets())).toEqual([])
    })

    it('are registered events with event-triggered notifications to parm1', () => {
        const world = pinWorld()
        const events = world.instance.db
            .rows('sysevent_register')
            .map((row) => row.event_name!)
            .filter((name) => name.startsWith('x_rescue_connect.pin.'))
            .sort()
        expect(events).toEqual(['x_rescue_connect.pin.email_customer', 'x_rescue_connect.pin.email_technician'])
        const notifications = world.instance.db.rows('sysevent_email_action')
        for (const event of events) {
            expect(notifications.find((row) => row.event_name === event)).toMatchObject({
                generation_type: 'event',
                collection: 'x_rescue_connect_session',
                event_parm_1: 'true',
            })
        }
    })
})

describe('Test connection', () => {
    function test(world: ReturnType<typeof pinWorld>, asUser: string) {
        const result = world.instance.ajax('x_rescue_connect.RescueAdminAjax', 'testConnection', {}, asUser)
        return {
            status: result.status,
            answer:
                result.answer === null
                    ? null
                    : (JSON.parse(result.answer) as { ok: boolean; type: string; message: string; items: string[]; nextStep: string }),
        }
    }

    it('reports a working connection as a success with the next step, for the admin’s own SSO ID', () => {
        const world = pinWorld()
        const admin = world.addAdmin()
        const { answer } = test(world, admin)
        expect(answer).toEqual({
            ok: true,
            type: 'success',
            message: expect.stringMatching(/^Connected: .*rescue\.admin@example\.com\.$/),
            items: [],
            nextStep: expect.stringMatching(/^Next: .*Token Setup/),
        })
        expect(world.instance.outbound.map((call) => call.endpoint)).toEqual([
            'https://secure.logmeinrescue.com/API/requestAuthCodeSSO.aspx',
        ])
    })

    it('says what to fix when Rescue refuses the login or settings are empty', () => {
        const world = pinWorld()
        const admin = world.addAdmin()
        world.failNext('requestAuthCodeSSO', 'INVALID')
        expect(test(world, admin).answer).toEqual({
            ok: false,
            type: 'error',
            message: expect.stringMatching(/^Not connected: .*refused the company ID and SSO password/),
            items: [],
            nextStep: expect.stringMatching(/^Next: copy the company ID and SSO password from Rescue Admin Center/),
        })
        world.instance.setProperty('x_rescue_connect.sso_password', '')
        const empty = test(world, admin).answer!
        expect(empty).toMatchObject({ ok: false, type: 'error', message: 'Not tested: these settings are empty.' })
        // By the title the Settings page shows (the property's description), with the property name.
        const title = world.instance.db.rows('sys_properties').find((row) => row.name === 'x_rescue_connect.sso_password')!.description
        expect(empty.items).toEqual([`${title!.replace(/\.$/, '')} (x_rescue_connect.sso_password)`])
        expect(world.instance.secretsSeen(world.secrets())).toEqual([])
    })

    it('lists every setting whose value the app cannot use by its title on the Settings page, never quoting a value, and calls no one', () => {
        const world = pinWorld()
        const admin = world.addAdmin()
        const bad = {
            'x_rescue_connect.company_id': 'Not-Digits-77',
            'x_rescue_connect.http.timeout_ms': '98765432',
            'x_rescue_connect.debug.logging': 'maybe',
        }
        for (const [name, value] of Object.entries(bad)) world.instance.setProperty(name, value)
        const answer = test(world, admin).answer!
        const title = (name: string) =>
            world.instance.db
                .rows('sys_properties')
                .find((row) => row.name === name)!
                .description!.replace(/\.$/, '')
        expect(answer).toMatchObject({ ok: false, type: 'error', message: 'Not tested: these settings have values the app cannot use.' })
        expect(answer.items.map((item) => item.slice(0, item.indexOf(': ')))).toEqual(expect.arrayContaining(Object.keys(bad).map(title)))
        expect(answer.items).toHaveLength(3)
        for (const value of Object.values(bad)) expect(JSON.stringify(answer)).not.toContain(value)
        expect(answer.nextStep).toMatch(/^Next: correct these settings in LogMeIn Rescue > Settings/)
        expect(world.instance.outbound).toEqual([])
    })

    it('is for admins only', () => {
        const world = pinWorld()
        expect(test(world, world.agent)).toMatchObject({ status: 403, answer: null })
    })

    it('re-checks the admin role on the server when the ACL is bypassed', () => {
        const world = pinWorld()
        const answer = world.instance.runScript(
            'JSON.parse(new x_rescue_connect.RescueAdminAjax({ getParameter: function () { return null } }).testConnection())',
            {
                asUser: world.agent,
            }
        )
        expect(answer).toEqual({
            ok: false,
            type: 'error',
            message: expect.stringMatching(/^Only LogMeIn Rescue admins/),
            items: [],
            nextStep: expect.stringMatching(/^Next: /),
        })
        expect(world.instance.outbound).toEqual([])
    })

    it('ships its page and an admin-only module', () => {
        const world = pinWorld()
        const module = world.instance.db.rows('sys_app_module').find((row) => row.title === 'Test Connection')!
        expect(module).toMatchObject({ link_type: 'DIRECT', query: 'x_rescue_connect_test_connection.do' })
        expect(module.roles).toContain('x_rescue_connect.admin')
        const page = world.instance.db.rows('sys_ui_page').find((row) => row.endpoint === 'x_rescue_connect_test_connection.do')!
        expect(page.client_script).toContain('x_rescue_connect.RescueAdminAjax')
    })

    it('guards its page with an admin-only ui_page ACL, like Token Setup (the module alone hides only the link)', () => {
        const world = pinWorld()
        const acl = world.instance.db
            .rows('sys_security_acl')
            .find((row) => row.type === 'ui_page' && row.name === 'x_rescue_connect_test_connection')
        expect(acl).toMatchObject({ operation: 'read', active: 'true' })
        const roles = world.instance.db.rows('sys_security_acl_role').filter((row) => row.sys_security_acl === acl!.sys_id)
        expect(roles.map((row) => world.instance.db.get('sys_user_role', row.sys_user_role!)?.name)).toEqual(['x_rescue_connect.admin'])
    })
})
