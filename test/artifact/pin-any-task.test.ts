// Issue 20 on the built app: Generate Rescue PIN on any task table x_rescue_connect.pin.tables lists (one UI action on
// task, resolved for child tables as the platform does), the customer each table names (pin.customer_fields, dot-walks
// included), everything after the PIN (notes, Time Worked, session visibility), and the same refusals as on incidents.
// The Flow Designer action runs through the emulator's Script-step runner (the built action's own step script and
// data-pill mappings, so a wrong mapping fails here) and RescueApi is called as another scope's script would call it.
import { describe, expect, it } from 'vitest'
import { AGENT_EMAIL, formFields, pinWorld, sessionsFor, type PinAnswer, type PinWorld } from './pin-fixture.ts'

const ACTION = 'x_rescue_connect_generate_pin'
const ENDPOINT = '/api/x_rescue_connect/v1/rescue/sessiondetails'
const INTEGRATION = { user: 'rescue.integration', password: 'Integration-Pass-1' }
const LISTED = {
    'x_rescue_connect.pin.tables': 'incident,sn_customerservice_case,problem,change_request,sc_req_item,sc_task',
    'x_rescue_connect.pin.customer_fields': 'change_request=requested_by,sc_req_item=requested_for,sc_task=request_item.requested_for',
}

/** A world whose settings list the ITSM task tables, with a problem, a change, a requested item and its catalog task. */
function taskWorld(settings: Record<string, string> = LISTED) {
    const world = pinWorld({ settings })
    const db = world.instance.db
    const requester = world.instance.addUser({
        user_name: 'rita.req',
        email: 'rita@example.org',
        first_name: 'Rita',
        last_name: 'Requester',
        preferred_language: 'nl',
    })
    const records = {
        problem: db.insert('problem', { short_description: 'Printers drop off the network', active: 'true' }),
        change_request: db.insert('change_request', { short_description: 'Replace switch', requested_by: world.caller, active: 'true' }),
        sc_req_item: db.insert('sc_req_item', { short_description: 'New laptop', requested_for: requester, active: 'true' }),
    }
    const sc_task = db.insert('sc_task', { short_description: 'Image the laptop', request_item: records.sc_req_item, active: 'true' })
    return { ...world, requester, records: { ...records, sc_task } }
}

function visible(world: PinWorld, table: string, sysId: string, asUser = world.agent): boolean {
    const action = world.instance.uiAction(table, ACTION)
    return action !== undefined && world.instance.evaluateCondition(action.condition!, { table, sysId }, asUser)
}

const rescueCustomerName = (world: PinWorld) =>
    formFields(world.instance.outbound.filter((call) => call.endpoint.includes('requestPINCode')).at(-1)!.body).cfield0

describe('one UI action on task serves every listed table', () => {
    it('ships once, on task, and resolves for each child table to that one record', () => {
        const world = taskWorld()
        const shipped = world.instance.db.rows('sys_ui_action').filter((row) => row.action_name === ACTION)
        expect(shipped.map((row) => row.table)).toEqual(['task'])
        for (const table of ['incident', 'sn_customerservice_case', 'problem', 'change_request', 'sc_req_item', 'sc_task']) {
            expect(world.instance.uiAction(table, ACTION)?.sys_id, table).toBe(shipped[0]!.sys_id)
        }
        expect(world.instance.uiAction('sys_user', ACTION)).toBeUndefined()
    })

    it('shows on a problem, a change and a requested item when listed, and not otherwise', () => {
        const world = taskWorld()
        for (const table of ['problem', 'change_request', 'sc_req_item'] as const)
            expect(visible(world, table, world.records[table]), table).toBe(true)
        world.instance.setProperty('x_rescue_connect.pin.tables', 'incident,sn_customerservice_case')
        for (const table of ['problem', 'change_request', 'sc_req_item'] as const)
            expect(visible(world, table, world.records[table]), table).toBe(false)
        expect(visible(world, 'incident', world.incident)).toBe(true)
        // A closed problem hides it like a closed incident.
        world.instance.setProperty('x_rescue_connect.pin.tables', 'problem')
        const closed = world.instance.db.insert('problem', { short_description: 'Done', active: 'false' })
        expect(visible(world, 'problem', closed)).toBe(false)
        expect(visible(world, 'problem', world.records.problem)).toBe(true)
    })

    it('refuses a PIN on an unlisted table on the server too, naming the setting', () => {
        const world = taskWorld({ 'x_rescue_connect.pin.tables': 'incident' })
        const { answer } = world.generatePin('problem', world.records.problem)
        expect(answer).toMatchObject({
            ok: false,
            code: 'TABLE_NOT_SUPPORTED',
            message: expect.stringContaining('x_rescue_connect.pin.tables'),
        })
        expect(world.instance.outbound).toEqual([])
    })
})

describe('the customer each table names', () => {
    it.each([
        ['change_request', 'John Smith', 'john.smith@example.org'],
        ['sc_req_item', 'Rita Requester', 'rita@example.org'],
        ['sc_task', 'Rita Requester', 'rita@example.org'],
    ] as const)('a PIN on %s names %s (sent to Rescue, in the note, on the session, emailed)', (table, name, email) => {
        const world = taskWorld({ ...LISTED, 'x_rescue_connect.email.customer': 'true' })
        const sysId = world.records[table]
        const { answer } = world.generatePin(table, sysId)
        expect(answer).toMatchObject({ ok: true, message: expect.stringContaining('The customer was also emailed') })
        expect(rescueCustomerName(world)).toBe(name)
        expect(world.instance.journal(table, sysId).map((entry) => entry.value)).toEqual([
            `Rescue PIN ${answer.pin} generated by Jane Doe for ${name}.`,
        ])
        expect(sessionsFor(world, sysId)[0]).toMatchObject({ customer_name: name, state: 'pin_issued' })
        const sent = world.instance.processEvents().filter((mail) => mail.event === 'x_rescue_connect.pin.email_customer')
        expect(sent.map((mail) => mail.recipients)).toEqual([[email]])
    })

    it('a table without an entry gets a PIN without a customer name', () => {
        const world = taskWorld()
        const { answer } = world.generatePin('problem', world.records.problem)
        expect(answer.ok).toBe(true)
        expect(rescueCustomerName(world)).toBe('')
        expect(world.instance.journal('problem', world.records.problem).map((entry) => entry.value)).toEqual([
            `Rescue PIN ${answer.pin} generated by Jane Doe.`,
        ])
    })

    it('a configured field that is empty on the record gets the clear sentence incidents get', () => {
        const world = taskWorld()
        const empty = world.instance.db.insert('change_request', { short_description: 'No requester', active: 'true' })
        expect(world.generatePin('change_request', empty).answer).toEqual({
            ok: false,
            code: 'NO_CUSTOMER',
            message:
                'This record has no customer (field requested_by), so Rescue would not know whom the PIN is for. Fill in customer (field requested_by), save, and try again.',
        })
        // Empty halfway along a dot-walk is empty too: a catalog task whose requested item is gone.
        const orphan = world.instance.db.insert('sc_task', { short_description: 'Orphan', active: 'true' })
        expect(world.generatePin('sc_task', orphan).answer).toMatchObject({
            ok: false,
            code: 'NO_CUSTOMER',
            message: expect.stringContaining('request_item.requested_for'),
        })
        expect(world.instance.outbound).toEqual([])
    })

    it('incident.caller_field and case.contact_field win for their tables', () => {
        const world = taskWorld({
            ...LISTED,
            'x_rescue_connect.pin.customer_fields': 'incident=opened_by,sn_customerservice_case=consumer',
        })
        expect(world.generatePin('incident', world.incident).answer.ok).toBe(true)
        expect(rescueCustomerName(world)).toBe('John Smith')
        expect(world.generatePin('sn_customerservice_case', world.case).answer.ok).toBe(true)
        expect(rescueCustomerName(world)).toBe('Ana Ruiz')
    })

    it('a field that does not exist (on the way or at the end) is a settings error naming the property, not a crash', () => {
        for (const fields of ['change_request=u_customer', 'sc_task=request_item.u_customer', 'sc_task=short_description.requested_for']) {
            const world = taskWorld({ ...LISTED, 'x_rescue_connect.pin.customer_fields': fields })
            const table = fields.split('=')[0] as 'change_request' | 'sc_task'
            const { answer } = world.generatePin(table, world.records[table])
            expect(answer, fields).toMatchObject({
                ok: false,
                code: 'SETTINGS_INVALID',
                message: expect.stringContaining('x_rescue_connect.pin.customer_fields'),
            })
        }
    })
})

describe('a listed table that is not installed or not a task table', () => {
    it('is ignored and named alone in Test Connection and the system log; a PIN on it is refused, never a crash', () => {
        const world = taskWorld({ ...LISTED, 'x_rescue_connect.pin.tables': 'incident,sys_user,u_not_installed' })
        const admin = world.addAdmin()
        const answer = JSON.parse(world.instance.ajax('x_rescue_connect.RescueAdminAjax', 'testConnection', {}, admin).answer!) as {
            ok: boolean
            message: string
            items: string[]
        }
        expect(answer.ok).toBe(true)
        // One line per table, each naming that table alone.
        expect(answer.items).toEqual([
            'Ignored: sys_user is listed in x_rescue_connect.pin.tables but is not installed here or is not a task table.',
            'Ignored: u_not_installed is listed in x_rescue_connect.pin.tables but is not installed here or is not a task table.',
        ])
        expect(world.instance.logs.filter((line) => line.level === 'warn').map((line) => line.message)).toEqual(
            expect.arrayContaining([expect.stringContaining('lists sys_user, which is not installed or not a task table here: ignored')])
        )
        const refused = world.generatePin('sys_user', world.agent).answer
        expect(refused).toMatchObject({ ok: false, code: 'TABLE_NOT_INSTALLED', message: expect.stringContaining('sys_user') })
        expect(world.generatePin('u_not_installed', world.agent).answer).toMatchObject({ ok: false, code: 'TABLE_NOT_INSTALLED' })
        expect(world.instance.logs.filter((line) => line.level === 'error')).toEqual([])
    })
})

describe('after the PIN, as on incidents', () => {
    it.each(['problem', 'change_request', 'sc_req_item'] as const)(
        'a session post on a %s lands as work notes and a Time Worked entry; the row is as visible as the record',
        (table) => {
            const world = taskWorld({ ...LISTED, 'x_rescue_connect.time_worked.record': 'true' })
            world.instance.addUser({
                user_name: INTEGRATION.user,
                password: INTEGRATION.password,
                roles: ['x_rescue_connect.integration'],
                web_service_access_only: true,
            })
            const sysId = world.records[table]
            const { answer } = world.generatePin(table, sysId)
            expect(answer.ok).toBe(true)
            for (const kind of ['start', 'end'] as const) {
                const post = world.rescue.sessionPost(answer.pin!, kind, 'json')
                expect(
                    world.instance.rest({
                        method: 'POST',
                        path: ENDPOINT,
                        headers: { 'Content-Type': post.contentType },
                        body: post.body,
                        auth: INTEGRATION,
                    }).status
                ).toBeLessThan(300)
            }
            expect(sessionsFor(world, sysId)).toEqual([expect.objectContaining({ sys_id: answer.sessionId, state: 'ended' })])
            expect(world.instance.journal(table, sysId)).toHaveLength(3)
            expect(world.instance.db.rows('task_time_worked').map((entry) => [entry.task, entry.user])).toEqual([[sysId, world.agent]])

            // The session row follows the record's own read ACLs, whatever its class.
            const outsider = world.instance.addUser({ user_name: 'outsider', email: 'o@example.com', roles: ['x_rescue_connect.user'] })
            world.instance.addAcl({ name: table, operation: 'read', script: `answer = gs.getUserID() != '${outsider}';` })
            expect(world.instance.secureQuery('x_rescue_connect_session', world.agent).rows.map((row) => row.sys_id)).toEqual([
                answer.sessionId,
            ])
            expect(world.instance.secureQuery('x_rescue_connect_session', outsider).rows).toEqual([])
            expect(world.instance.restErrors).toEqual([])
            expect(world.instance.secretsSeen(world.secrets())).toEqual([])
        }
    )

    it('an agent who may not read (or write) a problem gets the refusals an incident gives', () => {
        const world = taskWorld()
        const hidden = world.instance.addUser({ user_name: 'hidden', email: 'hidden@example.com', roles: ['x_rescue_connect.user'] })
        for (const table of ['incident', 'problem'])
            world.instance.addAcl({ name: table, operation: 'read', script: `answer = gs.getUserID() != '${hidden}';` })
        const onIncident = world.generatePin('incident', world.incident, hidden).answer
        const onProblem = world.generatePin('problem', world.records.problem, hidden).answer
        expect(onIncident).toMatchObject({ ok: false, code: 'RECORD_NOT_FOUND' })
        expect(onProblem).toEqual(onIncident)

        const readOnly = world.instance.addUser({ user_name: 'read.only', email: 'ro@example.com', roles: ['x_rescue_connect.user'] })
        world.rescue.addTechnician({ ssoId: 'ro@example.com' })
        for (const table of ['incident', 'problem'])
            world.instance.addAcl({ name: table, operation: 'write', script: `answer = gs.getUserID() != '${readOnly}';` })
        const strip = (answer: PinAnswer) => ({ ok: answer.ok, code: answer.code })
        expect(strip(world.generatePin('problem', world.records.problem, readOnly).answer)).toEqual(
            strip(world.generatePin('incident', world.incident, readOnly).answer)
        )
    })
})

describe('RescueApi (server API for script steps and Virtual Agent)', () => {
    const call = (world: PinWorld, table: string, sysId: string, technician: string, asUser = 'system') =>
        world.instance.runScript('new x_rescue_connect.RescueApi().generatePin(table, sysId, technician)', {
            asUser,
            variables: { table, sysId, technician },
        }) as PinAnswer

    it('answers what the Ajax answer is, for the named technician, from a script running as the system', () => {
        const world = taskWorld()
        const answer = call(world, 'change_request', world.records.change_request, world.agent)
        expect(answer).toMatchObject({
            ok: true,
            pin: expect.stringMatching(/^\d{6}$/),
            customerUrl: expect.stringContaining(answer.pin!),
            sessionId: expect.any(String),
        })
        expect(Object.keys(answer).sort()).toEqual(['customerUrl', 'labels', 'message', 'ok', 'pin', 'sessionId'])
        expect(sessionsFor(world, world.records.change_request)[0]).toMatchObject({
            technician: world.agent,
            tech_email: AGENT_EMAIL,
            tech_name: 'Jane Doe',
        })
        expect(formFields(world.instance.outbound[0]!.body).ssoid).toBe(AGENT_EMAIL)
    })

    it('is not client callable: the browser cannot reach it', () => {
        const world = taskWorld()
        expect(world.instance.ajax('x_rescue_connect.RescueApi', 'generatePin', { sysparm_table: 'problem' }, world.agent).status).toBe(404)
        const record = world.instance.db.rows('sys_script_include').find((row) => row.api_name === 'x_rescue_connect.RescueApi')!
        expect(record).toMatchObject({ client_callable: 'false', access: 'public' })
    })
})

describe('Flow Designer action Generate Rescue PIN', () => {
    const run = (world: PinWorld, record: string, technician: string, asUser = 'system') =>
        world.instance.runFlowAction('Generate Rescue PIN', { record, technician }, asUser)

    it('ships in category LogMeIn Rescue with the inputs and outputs the issue names', () => {
        const world = taskWorld()
        const action = world.instance.db.rows('sys_hub_action_type_definition').find((row) => row.name === 'Generate Rescue PIN')!
        expect(action).toMatchObject({ category: 'LogMeIn Rescue', access: 'public' })
        const of = (table: string) =>
            world.instance.db.rows(table).filter((row) => row.model === action.sys_id && !row.element!.startsWith('__'))
        expect(of('sys_hub_action_input').map((row) => [row.element, row.reference])).toEqual([
            ['record', 'task'],
            ['technician', 'sys_user'],
        ])
        expect(of('sys_hub_action_output').map((row) => row.element)).toEqual([
            'ok',
            'pin',
            'customer_url',
            'session',
            'error_code',
            'error_message',
        ])
    })

    it('generates the PIN for the assignee on an incident, as the button does', () => {
        const world = taskWorld({ ...LISTED, 'x_rescue_connect.email.customer': 'true' })
        const { outputs, error } = run(world, world.incident, world.agent)
        expect(error).toBeUndefined()
        expect(outputs).toMatchObject({ ok: true, pin: expect.stringMatching(/^\d{6}$/), error_code: '', error_message: '' })
        expect(outputs.customer_url).toContain(String(outputs.pin))
        expect(world.instance.db.get('x_rescue_connect_session', String(outputs.session))).toMatchObject({
            task: world.incident,
            technician: world.agent,
            pin: outputs.pin,
        })
        expect(world.instance.journal('incident', world.incident).map((entry) => entry.value)).toEqual([
            `Rescue PIN ${outputs.pin} generated by Jane Doe for John Smith.`,
        ])
        expect(world.instance.processEvents().map((mail) => mail.recipients)).toEqual([['john.smith@example.org']])
    })

    it("emails the named technician in their own language, not the flow's session's", () => {
        const world = taskWorld({ ...LISTED, 'x_rescue_connect.email.technician': 'true' })
        world.instance.db.update('sys_user', world.agent, { preferred_language: 'de' })
        expect(run(world, world.incident, world.agent).outputs.ok).toBe(true)
        expect(
            world.instance.events
                .filter((event) => event.name === 'x_rescue_connect.pin.email_technician')
                .map((event) => [event.parm1, event.parm2])
        ).toEqual([[world.agent, 'de']])
    })

    it('works on a requested item found through its record input (the data pill of its class)', () => {
        const world = taskWorld()
        expect(run(world, world.records.sc_req_item, world.agent).outputs).toMatchObject({ ok: true })
        expect(rescueCustomerName(world)).toBe('Rita Requester')
    })

    it('never throws into the flow: each refusal is ok=false with the code and a sentence, and Rescue is not called', () => {
        const world = taskWorld()
        const noRole = world.instance.addUser({ user_name: 'no.role', email: 'nr@example.com', first_name: 'No', last_name: 'Role' })
        const twin = world.instance.addUser({ user_name: 'jane.twin', email: AGENT_EMAIL, roles: ['x_rescue_connect.user'] })
        const noEmail = world.instance.addUser({
            user_name: 'no.email',
            first_name: 'Nomail',
            last_name: 'Tech',
            roles: ['x_rescue_connect.user'],
        })
        const inactive = world.instance.addUser({
            user_name: 'gone',
            email: 'gone@example.com',
            roles: ['x_rescue_connect.user'],
            active: false,
        })
        const cases: [string, string, string, RegExp][] = [
            [world.incident, noRole, 'NO_ROLE', /^The technician No Role does not have the role x_rescue_connect\.user/],
            [world.incident, twin, 'EMAIL_NOT_UNIQUE', /^The technician's email address, jane\.doe@example\.com, belongs to more than one/],
            [world.incident, noEmail, 'NO_EMAIL', /^The technician Nomail Tech has no email address/],
            [world.incident, inactive, 'TECHNICIAN_UNKNOWN', /^The technician is not an active ServiceNow user/],
            [world.incident, 'not-a-sys-id', 'TECHNICIAN_UNKNOWN', /^The technician is not/],
            ['0'.repeat(32), world.agent, 'RECORD_NOT_FOUND', /^The record was not found/],
        ]
        for (const [record, technician, code, sentence] of cases) {
            const { outputs, error } = run(world, record, technician)
            expect(error, code).toBeUndefined()
            expect(outputs, code).toMatchObject({
                ok: false,
                pin: '',
                session: '',
                error_code: code,
                error_message: expect.stringMatching(sentence),
            })
        }
        // Twin's email is shared with the agent, so the agent is refused too (once the twin exists).
        expect(world.instance.outbound).toEqual([])
        expect(sessionsFor(world, world.incident)).toEqual([])
    })

    it('a Rescue refusal is an answer too (the technician is not logged in to the console)', () => {
        const world = taskWorld()
        world.failNext('requestPINCode', 'NOTECHCONSOLERUNNING')
        expect(run(world, world.records.problem, world.agent).outputs).toMatchObject({ ok: false, error_code: 'NOTECHCONSOLERUNNING' })
    })

    it('refuses a run-as user who may not write the record (a Virtual Agent topic running as the caller)', () => {
        const world = taskWorld()
        world.instance.addAcl({ name: 'incident', operation: 'write', roles: ['itil'] })
        world.instance.addAcl({ name: 'incident', operation: 'read', script: 'answer = current.caller_id == gs.getUserID();' })
        const { outputs } = run(world, world.incident, world.agent, world.caller)
        expect(outputs).toMatchObject({
            ok: false,
            error_code: 'RECORD_NOT_WRITABLE',
            error_message: expect.stringMatching(/^The user this request runs as cannot edit this record/),
        })
        expect(world.instance.outbound).toEqual([])
    })
})
