// The sandbox server over real HTTP (no browser): the REST path answers what the artifact tests
// expect of the endpoint, GlideAjax and forms need a logged-in interactive user, pages escape data.
import { request as httpRequest } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_INTEGRATION, DEMO_SSO_PASSWORD, DEMO_USER_PASSWORD } from '../../sandbox/demo.ts'
import { SESSION_DETAILS_PATH, serveDemo } from '../../sandbox/server.ts'
import { escapeHtml } from '../../src/shared/markup.ts'

let sandbox: Awaited<ReturnType<typeof serveDemo>>

beforeAll(async () => {
    sandbox = await serveDemo()
})

afterAll(async () => {
    await sandbox?.close()
})

const basic = (user: string, password: string) => 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64')
const integration = basic(DEMO_INTEGRATION.user, DEMO_INTEGRATION.password)

function postSession(body: string, headers: Record<string, string>) {
    return fetch(sandbox.url + SESSION_DETAILS_PATH, { method: 'POST', headers, body })
}

async function logIn(userName: string): Promise<string> {
    const answer = await fetch(`${sandbox.url}/login`, {
        method: 'POST',
        body: new URLSearchParams({ user_name: userName }),
        redirect: 'manual',
    })
    expect(answer.status).toBe(303)
    return answer.headers.get('set-cookie')!.split(';')[0]!
}

describe('session endpoint over HTTP', () => {
    const json = { 'content-type': 'application/json' }

    it('refuses missing or wrong credentials (401) and accounts without the role (403)', async () => {
        const post = JSON.stringify({ SessionID: '512000777' })
        expect((await postSession(post, json)).status).toBe(401)
        expect((await postSession(post, { ...json, authorization: basic(DEMO_INTEGRATION.user, 'wrong') })).status).toBe(401)
        expect((await postSession(post, { ...json, authorization: basic('jane.doe', DEMO_USER_PASSWORD) })).status).toBe(403)
    })

    it('answers malformed JSON 400, other media types 415 and bodies over 2 MiB 413, writing nothing', async () => {
        const rows = sandbox.demo.instance.db.rows('x_rescue_connect_session').length
        expect((await postSession('{"SessionID": ', { ...json, authorization: integration })).status).toBe(400)
        expect((await postSession('SessionID=1', { 'content-type': 'text/plain', authorization: integration })).status).toBe(415)
        const huge = JSON.stringify({ SessionID: '512000778', ChatLog: 'x'.repeat(2 * 1024 * 1024 + 10) })
        expect((await postSession(huge, { ...json, authorization: integration })).status).toBe(413)
        expect(sandbox.demo.instance.db.rows('x_rescue_connect_session')).toHaveLength(rows)
    })

    it('stores a console session post: 202 when no record matches, then 200 duplicate for the same post', async () => {
        const post = JSON.stringify({ SessionID: '512000779', TechSSOID: 'jane.doe@example.com', Notes: 'Console session' })
        const stored = await postSession(post, { ...json, authorization: integration })
        expect(stored.status).toBe(202)
        expect(await stored.json()).toMatchObject({ result: { status: 'stored_unlinked' } })
        const repeated = await postSession(post, { ...json, authorization: integration })
        expect(repeated.status).toBe(200)
        expect(await repeated.json()).toMatchObject({ result: { status: 'duplicate' } })
    })
})

describe('pages and GlideAjax', () => {
    it('need a logged-in interactive user; the integration account cannot log in', async () => {
        expect((await fetch(`${sandbox.url}/`, { redirect: 'manual' })).headers.get('location')).toBe('/login')
        expect((await fetch(`${sandbox.url}/xmlhttp.do`, { method: 'POST', body: 'sysparm_processor=x' })).status).toBe(401)
        const refused = await fetch(`${sandbox.url}/login`, {
            method: 'POST',
            body: new URLSearchParams({ user_name: DEMO_INTEGRATION.user }),
            redirect: 'manual',
        })
        expect(refused.status).toBe(403)
    })

    it('GlideAjax runs RescuePinAjax as the logged-in user and answers <xml answer="…"/>', async () => {
        const cookie = await logIn('jane.doe')
        const params = {
            sysparm_processor: 'x_rescue_connect.RescuePinAjax',
            sysparm_name: 'generatePin',
            sysparm_table: 'incident',
            sysparm_sys_id: sandbox.demo.incidents[2]!,
        }
        const answer = await fetch(`${sandbox.url}/xmlhttp.do`, { method: 'POST', headers: { cookie }, body: new URLSearchParams(params) })
        expect(answer.status).toBe(200)
        const xml = await answer.text()
        const pin = /answer="([^"]*)"/.exec(xml)![1]!.replace(/&quot;/g, '"')
        expect(JSON.parse(pin)).toMatchObject({ ok: true, pin: expect.stringMatching(/^\d{6}$/) })
        expect(
            sandbox.demo.instance.db.rows('x_rescue_connect_session').filter((row) => row.task === sandbox.demo.incidents[2])
        ).toHaveLength(1)
    })

    it('forms show record values and work notes as text, and load the built client script of the UI action', async () => {
        const cookie = await logIn('jane.doe')
        const incident = sandbox.demo.instance.db.insert('incident', { short_description: '<img src=x onerror=alert(1)>', active: 'true' })
        sandbox.demo.instance.runScript(
            `var gr = new GlideRecord('incident'); gr.get('${incident}'); gr.work_notes = '<script>alert(2)</script>'; gr.update();`
        )
        const page = await (await fetch(`${sandbox.url}/incident/${incident}`, { headers: { cookie } })).text()
        expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;')
        expect(page).toContain('&lt;script&gt;alert(2)&lt;/script&gt;')
        expect(page).not.toMatch(/<img|<script>alert/)
        const scriptUrl = /<script src="(\/ui_action\/[0-9a-f]{32}\.js)">/.exec(page)![1]!
        const script = await (await fetch(sandbox.url + scriptUrl, { headers: { cookie } })).text()
        expect(script).toBe(sandbox.demo.instance.uiAction('incident', 'x_rescue_connect_generate_pin')!.script)
        expect(page).toContain(`onclick="${sandbox.demo.instance.uiAction('incident', 'x_rescue_connect_generate_pin')!.onclick}"`)
    })

    it('hide Generate Rescue PIN from users without the role and on inactive records', async () => {
        const customer = await logIn('john.smith')
        expect(
            await (await fetch(`${sandbox.url}/incident/${sandbox.demo.incidents[0]}`, { headers: { cookie: customer } })).text()
        ).not.toContain('class="ui-action"')
        const agent = await logIn('jane.doe')
        expect(
            await (await fetch(`${sandbox.url}/incident/${sandbox.demo.incidents[3]}`, { headers: { cookie: agent } })).text()
        ).not.toContain('class="ui-action"')
        expect(
            await (await fetch(`${sandbox.url}/sn_customerservice_case/${sandbox.demo.cases[0]}`, { headers: { cookie: agent } })).text()
        ).toContain('class="ui-action"')
    })
})

describe('what each user may read (the ACLs the demo seeds, and the app ships)', () => {
    const page = async (path: string, cookie: string) => {
        const answer = await fetch(sandbox.url + path, { headers: { cookie } })
        return { status: answer.status, text: await answer.text() }
    }
    const sessionOf = (where: (row: Record<string, string>) => boolean) =>
        sandbox.demo.instance.db.rows('x_rescue_connect_session').find(where)!.sys_id
    const confidentialSession = () => sessionOf((row) => row.task === sandbox.demo.confidentialIncident)
    const consoleSession = () => sessionOf((row) => row.rescue_session_id === '512990001')
    const vpnSession = () => sessionOf((row) => row.task === sandbox.demo.incidents[1])

    it('an agent does not see the confidential incident in the list, cannot open it, and is told rows were removed', async () => {
        const agent = await logIn('jane.doe')
        const home = await page('/', agent)
        expect(home.text).not.toContain('Payroll export')
        expect(home.text).toContain('Number of rows removed from this list by Security constraints: 1')
        const form = await page(`/incident/${sandbox.demo.confidentialIncident}`, agent)
        expect(form.status).toBe(403)
        expect(form.text).not.toContain('Payroll export')
    })

    it("an agent's Sessions list shows only the sessions of records they may read, and no raw post; those forms answer 403", async () => {
        const agent = await logIn('jane.doe')
        const list = await page('/sessions', agent)
        expect(list.text).toContain(`data-session="${vpnSession()}"`)
        expect(list.text).not.toContain(`data-session="${confidentialSession()}"`)
        expect(list.text).not.toContain(`data-session="${consoleSession()}"`)
        // The confidential and console sessions at least (other tests here post console sessions too).
        expect(Number(/removed from this list by Security constraints: (\d+)/.exec(list.text)?.[1])).toBeGreaterThanOrEqual(2)
        const vpn = await page(`/x_rescue_connect_session/${vpnSession()}`, agent)
        expect(vpn.status).toBe(200)
        expect(vpn.text).toContain('data-field="state"')
        expect(vpn.text).not.toContain('data-field="posts"')
        expect(vpn.text).not.toContain('it drops again right now')
        for (const hidden of [confidentialSession(), consoleSession()]) {
            const form = await page(`/x_rescue_connect_session/${hidden}`, agent)
            expect(form.status).toBe(403)
            expect(form.text).not.toMatch(/payroll-all|badge PIN/)
        }
    })

    it('the integration admin sees every session with its raw posts, and the confidential incident with its session', async () => {
        const admin = await logIn('admin')
        const list = await page('/sessions', admin)
        for (const session of [vpnSession(), confidentialSession(), consoleSession()])
            expect(list.text).toContain(`data-session="${session}"`)
        expect(list.text).not.toContain('removed from this list')
        const form = await page(`/x_rescue_connect_session/${confidentialSession()}`, admin)
        expect(form.text).toContain('data-field="posts"')
        expect(form.text).toContain('payroll-all@')
        const incident = await page(`/incident/${sandbox.demo.confidentialIncident}`, admin)
        expect(incident.status).toBe(200)
        expect(incident.text).toContain(`href="/x_rescue_connect_session/${confidentialSession()}"`)
    })
})

const SETTINGS_PAGE = '/system_properties_ui.do?sysparm_category=LogMeIn%20Rescue'
const text = async (path: string, cookie: string) => {
    const answer = await fetch(sandbox.url + path, { headers: { cookie } })
    return { status: answer.status, text: await answer.text() }
}

describe('what the instance shows, drawn from its own rules (issue 18: no second copy in sandbox/)', () => {
    it('shows Generate Rescue PIN exactly when gs.hasRole says the user holds its role, contained roles included', async () => {
        const { instance, incidents } = sandbox.demo
        // x_rescue_connect.admin contains x_rescue_connect.user: this user holds the button's role only through containment.
        const userName = 'contained.roles'
        const sysId = instance.addUser({
            user_name: userName,
            first_name: 'Chris',
            last_name: 'Contained',
            email: 'jane.doe@example.com',
            roles: ['itil', 'x_rescue_connect.admin'],
        })
        const cases = [
            { userName, sysId },
            { userName: 'jane.doe', sysId: sandbox.demo.users['jane.doe']! },
            { userName: 'john.smith', sysId: sandbox.demo.users['john.smith']! },
            { userName: 'anke.schmidt', sysId: sandbox.demo.users['anke.schmidt']! },
        ]
        for (const user of cases) {
            const hasRole = instance.runScript("gs.hasRole('x_rescue_connect.user')", { asUser: user.sysId })
            const form = await text(`/incident/${incidents[0]}`, await logIn(user.userName))
            expect({ user: user.userName, button: form.status === 200 && form.text.includes('class="ui-action"') }).toEqual({
                user: user.userName,
                button: hasRole === true && form.status === 200,
            })
        }
        expect(instance.runScript("gs.hasRole('x_rescue_connect.user')", { asUser: sysId })).toBe(true)
        expect((await text(`/incident/${incidents[0]}`, await logIn(userName))).text).toContain('class="ui-action"')
    })

    it('lists in the menu only the modules the user holds a role for (agents: no Settings, Test Connection or Token Setup)', async () => {
        const links = (page: string) => [...page.matchAll(/<a href="([^"]*)" data-module>([^<]*)<\/a>/g)].map((match) => match[2])
        expect(links((await text('/', await logIn('jane.doe'))).text)).toEqual(['Sessions'])
        expect(links((await text('/', await logIn('john.smith'))).text)).toEqual([])
        expect(links((await text('/', await logIn('admin'))).text)).toEqual([
            'Settings',
            'Test Connection',
            'Sessions',
            'Reports',
            'Token Setup',
        ])
        const admin = await logIn('admin')
        for (const href of [...(await text('/', admin)).text.matchAll(/<a href="([^"]*)" data-module>/g)].map((match) =>
            match[1]!.replace(/&amp;/g, '&')
        ))
            expect({ href, status: (await text(href, admin)).status }).toEqual({ href, status: 200 })
    })

    it('shows work notes only to users whose ACLs let them read the field: not to the caller on their own incident', async () => {
        const { instance, incidents } = sandbox.demo
        instance.runScript(
            `var gr = new GlideRecord('incident'); gr.get('${incidents[2]}'); gr.work_notes = 'Internal: checked the fan'; gr.update();`
        )
        const caller = await text(`/incident/${incidents[2]}`, await logIn('john.smith'))
        expect(caller.status).toBe(200)
        expect(caller.text).not.toContain('Internal: checked the fan')
        expect(caller.text).not.toContain('id="work-notes"')
        expect((await text(`/incident/${incidents[2]}`, await logIn('jane.doe'))).text).toContain('Internal: checked the fan')
    })

    it('shows display values and labels on forms: a state by its label, Active as a check box', async () => {
        const page = (await text(`/incident/${sandbox.demo.incidents[3]}`, await logIn('jane.doe'))).text
        expect(page).toContain('<th>State</th><td data-field="state">Closed</td>')
        expect(page).toMatch(/<th>Active<\/th><td data-field="active"><input type="checkbox" disabled aria-label="Active"><\/td>/)
        expect(page).toContain('<th>Priority</th>')
    })

    it("opens a record by its table's .do URL (Token Setup's link to its token request), for users who may read it", async () => {
        const { instance } = sandbox.demo
        const request = instance.db.insert('x_rescue_connect_token_request', { state: 'failed', message: 'A recorded outcome' })
        const admin = await text(`/x_rescue_connect_token_request.do?sys_id=${request}`, await logIn('admin'))
        expect(admin.status).toBe(200)
        expect(admin.text).toContain('A recorded outcome')
        expect((await text(`/x_rescue_connect_token_request.do?sys_id=${request}`, await logIn('jane.doe'))).status).toBe(403)
        expect((await text(`/x_rescue_connect_token_request.do?sys_id=${'0'.repeat(32)}`, await logIn('admin'))).status).toBe(404)
    })

    it('shows the Settings page as the properties page: the category title, properties in their declared order under their descriptions', async () => {
        const { instance } = sandbox.demo
        const page = (await text(SETTINGS_PAGE, await logIn('admin'))).text
        expect(page).toContain('<h1 id="properties-title">LogMeIn Rescue Settings</h1>')
        const shown = [...page.matchAll(/data-property="([^"]+)">\n<label class="property-title" for="[^"]+">([^<]*)<\/label>/g)].map(
            (match) => [match[1], match[2]]
        )
        const category = instance.db.rows('sys_properties_category').find((row) => row.name === 'LogMeIn Rescue')!
        const declared = instance.db
            .rows('sys_properties_category_m2m')
            .filter((link) => link.category === category.sys_id)
            .sort((a, b) => Number(a.order) - Number(b.order))
            .map((link) => instance.db.get('sys_properties', link.property!)!)
        expect(shown).toEqual(declared.map((property) => [property.name, escapeHtml(property.description!)]))
        expect(shown[0]![0]).toBe('x_rescue_connect.enabled')
        expect(page).toContain(
            '<input type="hidden" name="x_rescue_connect.enabled" value="false"><input type="checkbox" id="property-x_rescue_connect.enabled" name="x_rescue_connect.enabled" value="true" checked>'
        )
    })
})

describe('settings page', () => {
    it('lets admins switch the integration off (the endpoint answers 503) and never shows a secret', async () => {
        const agent = await logIn('jane.doe')
        expect((await fetch(`${sandbox.url}/settings`, { headers: { cookie: agent } })).status).toBe(403)

        const admin = await logIn('admin')
        const page = await (await fetch(`${sandbox.url}/settings`, { headers: { cookie: admin } })).text()
        expect(page).toContain('x_rescue_connect.company_id')
        expect(page).not.toContain(DEMO_SSO_PASSWORD)
        const save = (fields: Record<string, string>) =>
            fetch(`${sandbox.url}${SETTINGS_PAGE}`, {
                method: 'POST',
                headers: { cookie: admin },
                body: new URLSearchParams(fields),
                redirect: 'manual',
            })
        try {
            expect((await save({ 'x_rescue_connect.enabled': 'false', 'x_rescue_connect.sso_password': '' })).status).toBe(303)
            expect(sandbox.demo.instance.getProperty('x_rescue_connect.sso_password')).toBe(DEMO_SSO_PASSWORD)
            const refused = await postSession(JSON.stringify({ SessionID: '512000780' }), {
                'content-type': 'application/json',
                authorization: integration,
            })
            expect(refused.status).toBe(503)
        } finally {
            await save({ 'x_rescue_connect.enabled': 'true' })
        }
        expect(sandbox.demo.instance.getProperty('x_rescue_connect.enabled')).toBe('true')
    })
})

describe('fidelity with the platform', () => {
    it("serves the app's UI pages as static markup plus their client script, behind their ui_page ACLs", async () => {
        const admin = await logIn('admin')
        for (const page of ['x_rescue_connect_token_setup.do', 'x_rescue_connect_test_connection.do']) {
            const answer = await fetch(`${sandbox.url}/${page}`, { headers: { cookie: admin } })
            expect(answer.status).toBe(200)
            const html = await answer.text()
            const record = sandbox.demo.instance.db.rows('sys_ui_page').find((row) => row.endpoint === page)!
            expect(html).toContain(record.client_script!.split('\n')[0]!)
            expect(html).toContain('<script src="/glide-shims.js"></script>')
            expect(html).not.toMatch(/<j:jelly|<g:|<\?xml/)
        }
        const agent = await logIn('jane.doe')
        expect((await fetch(`${sandbox.url}/x_rescue_connect_token_setup.do`, { headers: { cookie: agent } })).status).toBe(403)
        expect((await fetch(`${sandbox.url}/x_rescue_connect_token_setup.do`, { redirect: 'manual' })).headers.get('location')).toBe(
            '/login'
        )
    })

    it('Token Setup runs through GlideAjax to a success against the simulated connector', async () => {
        const admin = await logIn('admin')
        const ajax = async (params: Record<string, string>) => {
            const answer = await fetch(`${sandbox.url}/xmlhttp.do`, {
                method: 'POST',
                headers: { cookie: admin },
                body: new URLSearchParams({ sysparm_processor: 'x_rescue_connect.RescueAdminAjax', ...params }),
            })
            const xml = await answer.text()
            return JSON.parse(
                /answer="([^"]*)"/
                    .exec(xml)![1]!
                    .replace(/&quot;/g, '"')
                    .replace(/&#39;/g, "'")
                    .replace(/&lt;/g, '<')
                    .replace(/&gt;/g, '>')
                    .replace(/&amp;/g, '&')
            )
        }
        const form = await ajax({ sysparm_name: 'tokenSetupForm' })
        expect(form.options).toEqual([expect.objectContaining({ label: 'LogMeIn Rescue connector', selected: true })])
        const run = await ajax({ sysparm_name: 'runTokenSetup', sysparm_oauth_application: form.options[0].sysId })
        expect(run).toMatchObject({ ok: true, message: expect.stringMatching(/^Token Setup succeeded/) })
        expect(sandbox.demo.rescue.connectorTokens).toHaveLength(1)
    })

    it('shows the workspace view of a record with the workspace client script and the g_modal shim', async () => {
        const agent = await logIn('jane.doe')
        for (const [table, sysId] of [
            ['incident', sandbox.demo.incidents[0]!],
            ['sn_customerservice_case', sandbox.demo.cases[0]!],
        ] as const) {
            const page = await (await fetch(`${sandbox.url}/workspace/${table}/${sysId}`, { headers: { cookie: agent } })).text()
            expect(page).toContain('<script src="/workspace-shims.js"></script>')
            expect(page).toContain('data-view="workspace"')
            expect(page).toContain('onclick="onClick(g_form)"')
            const scriptUrl = /<script src="(\/ui_action\/[0-9a-f]{32}\/workspace\.js)">/.exec(page)![1]!
            expect(await (await fetch(sandbox.url + scriptUrl, { headers: { cookie: agent } })).text()).toBe(
                sandbox.demo.instance.uiAction(table, 'x_rescue_connect_generate_pin')!.client_script_v2
            )
        }
        const shims = await (await fetch(`${sandbox.url}/workspace-shims.js`)).text()
        expect(shims).toContain('function undocumentedShowFields(options, spec)')
    })

    it('shows choicelist settings as drop-downs with their choices', async () => {
        const admin = await logIn('admin')
        const page = await (await fetch(`${sandbox.url}/settings`, { headers: { cookie: admin } })).text()
        const select =
            /<select id="property-x_rescue_connect\.work_notes\.mode" name="x_rescue_connect\.work_notes\.mode">(.*?)<\/select>/.exec(
                page
            )![1]!
        expect(select).toBe(
            '<option value="all" selected>All session data</option><option value="selection">Selected fields</option><option value="none">None</option>'
        )
        expect(page).toContain(
            'name="x_rescue_connect.console_session.record_type"><option value="incident" selected>Incident</option><option value="case">Case</option></select>'
        )
    })

    it("posts sessions with the sandbox clock's times, not fixed dates", async () => {
        const issued = sandbox.demo.rescue.pins[0] ?? null
        const cookie = await logIn('jane.doe')
        if (!issued) {
            const params = {
                sysparm_processor: 'x_rescue_connect.RescuePinAjax',
                sysparm_name: 'generatePin',
                sysparm_table: 'incident',
                sysparm_sys_id: sandbox.demo.incidents[1]!,
            }
            await fetch(`${sandbox.url}/xmlhttp.do`, { method: 'POST', headers: { cookie }, body: new URLSearchParams(params) })
        }
        const pin = sandbox.demo.rescue.pins.at(-1)!.pin
        const variables = sandbox.demo.rescue.sessionVariables(pin, 'start')
        const today = new Date()
        expect(variables.PickupTime).toMatch(new RegExp(`^${today.getUTCMonth() + 1}/${today.getUTCDate()}/${today.getUTCFullYear()} `))
    })
})

/** A raw HTTP request, so the test can send any Host header (fetch sets its own). */
function raw(options: {
    method?: string
    path: string
    headers: Record<string, string>
    body?: string
}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
    const { port } = new URL(sandbox.url)
    return new Promise((resolve, reject) => {
        const call = httpRequest(
            { host: '127.0.0.1', port: Number(port), method: options.method ?? 'GET', path: options.path, headers: options.headers },
            (response) => {
                const chunks: Buffer[] = []
                response.on('data', (chunk: Buffer) => chunks.push(chunk))
                response.on('end', () =>
                    resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') })
                )
            }
        )
        call.on('error', reject)
        call.end(options.body)
    })
}

// A web page the developer visits must not drive the sandbox: a foreign Host (DNS rebinding) or a
// cross-origin form post is refused before anything runs.
describe('requests from elsewhere', () => {
    const local = () => `127.0.0.1:${new URL(sandbox.url).port}`

    it('accepts only local host names in Host', async () => {
        const port = new URL(sandbox.url).port
        for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
            expect((await raw({ path: '/login', headers: { host } })).status, host).toBe(200)
        }
        for (const host of [`evil.example:${port}`, 'evil.example', `localhost.evil.example:${port}`, `127.0.0.1.nip.io:${port}`]) {
            const answer = await raw({ path: '/login', headers: { host } })
            expect(answer.status, host).toBe(403)
            expect(answer.body).not.toContain('<form')
        }
    })

    it('refuses a foreign Host on the REST path too, storing nothing', async () => {
        const rows = sandbox.demo.instance.db.rows('x_rescue_connect_session').length
        const body = JSON.stringify({ SessionID: '512000901', Notes: 'rebound' })
        const answer = await raw({
            method: 'POST',
            path: SESSION_DETAILS_PATH,
            headers: { host: 'evil.example', 'content-type': 'application/json', authorization: integration },
            body,
        })
        expect(answer.status).toBe(403)
        expect(sandbox.demo.instance.db.rows('x_rescue_connect_session')).toHaveLength(rows)
    })

    it('refuses cross-origin posts (log in, GlideAjax, settings, Rescue simulator, REST) and accepts same-origin ones', async () => {
        const cookie = await logIn('jane.doe')
        const admin = await logIn('admin')
        const pins = sandbox.demo.rescue.pins.length
        const rows = sandbox.demo.instance.db.rows('x_rescue_connect_session').length
        for (const origin of ['https://evil.example', 'null', `http://${local()}.evil.example`, `https://${local()}`]) {
            const headers = { host: local(), origin, 'content-type': 'application/x-www-form-urlencoded' }
            const login = await raw({ method: 'POST', path: '/login', headers, body: 'user_name=jane.doe' })
            expect([login.status, login.headers['set-cookie']], origin).toEqual([403, undefined])
            const ajax = await raw({
                method: 'POST',
                path: '/xmlhttp.do',
                headers: { ...headers, cookie },
                body: new URLSearchParams({
                    sysparm_processor: 'x_rescue_connect.RescuePinAjax',
                    sysparm_name: 'generatePin',
                    sysparm_table: 'incident',
                    sysparm_sys_id: sandbox.demo.incidents[1]!,
                }).toString(),
            })
            expect(ajax.status, origin).toBe(403)
            const settings = await raw({
                method: 'POST',
                path: '/settings',
                headers: { ...headers, cookie: admin },
                body: 'x_rescue_connect.enabled=false',
            })
            expect(settings.status, origin).toBe(403)
            const rest = await raw({
                method: 'POST',
                path: SESSION_DETAILS_PATH,
                headers: { ...headers, 'content-type': 'application/json', authorization: integration },
                body: JSON.stringify({ SessionID: '512000902' }),
            })
            expect(rest.status, origin).toBe(403)
        }
        expect(sandbox.demo.rescue.pins).toHaveLength(pins)
        expect(sandbox.demo.instance.getProperty('x_rescue_connect.enabled')).toBe('true')
        expect(sandbox.demo.instance.db.rows('x_rescue_connect_session')).toHaveLength(rows)

        const sameOrigin = await raw({
            method: 'POST',
            path: '/login',
            headers: { host: local(), origin: `http://${local()}`, 'content-type': 'application/x-www-form-urlencoded' },
            body: 'user_name=jane.doe',
        })
        expect(sameOrigin.status).toBe(303)
        const noOrigin = await raw({
            method: 'POST',
            path: '/login',
            headers: { host: local(), 'content-type': 'application/x-www-form-urlencoded' },
            body: 'user_name=jane.doe',
        })
        expect(noOrigin.status).toBe(303)
    })
})
