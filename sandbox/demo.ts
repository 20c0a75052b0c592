// The demo world `npm start` serves: the built app in the emulator with users, incidents, cases and
// settings filled in, and the Rescue simulator in place of LogMeIn Rescue's servers.
import { Instance, RescueSimulator, rescueDateTime, type NewAcl } from '../emulator/index.ts'

export const DEMO_COMPANY_ID = '4242'
export const DEMO_SSO_PASSWORD = 'Demo-Sso-Password-1'
/** The API token Rescue's reports accept in the sandbox (a Master Administrator generates one in the Admin Center). */
export const DEMO_API_TOKEN = 'Demo-Api-Token-1'
/** The node ID of the technician group every demo technician is in (the simulator's default group). */
export const DEMO_GROUP_NODE = '9100'
export const DEMO_INTEGRATION = { user: 'rescue.integration', password: 'Integration-Pass-1' }
export const SESSION_DETAILS_PATH = '/api/x_rescue_connect/v1/rescue/sessiondetails'
/** The password every interactive demo user has (the login page only asks whom to act as). */
export const DEMO_USER_PASSWORD = 'demo'

export interface DemoLogin {
    userName: string
    name: string
    roles: string[]
    /** What this login shows off. */
    purpose: string
    password: string
    /** Interactive user (form pages); false for the web-service-only integration account. */
    ui: boolean
    /** The user's Language (sys_user.preferred_language); absent: the instance default (English here). */
    language?: string
}

export const DEMO_LOGINS: DemoLogin[] = [
    {
        userName: 'jane.doe',
        name: 'Jane Doe',
        roles: ['itil', 'x_rescue_connect.user'],
        purpose:
            'agent; her email is a Rescue technician, so Generate Rescue PIN works; may not open the confidential incident, nor see its Rescue session',
        password: DEMO_USER_PASSWORD,
        ui: true,
    },
    {
        userName: 'sanne.devries',
        name: 'Sanne de Vries',
        roles: ['itil', 'x_rescue_connect.user'],
        purpose: 'agent who speaks Dutch: the PIN modal, her answers and errors are in Dutch (work notes stay in the instance language)',
        password: DEMO_USER_PASSWORD,
        ui: true,
        language: 'nl',
    },
    {
        userName: 'lukas.weber',
        name: 'Lukas Weber',
        roles: ['itil', 'x_rescue_connect.user'],
        purpose: 'agent who speaks German',
        password: DEMO_USER_PASSWORD,
        ui: true,
        language: 'de',
    },
    {
        userName: 'camille.martin',
        name: 'Camille Martin',
        roles: ['itil', 'x_rescue_connect.user'],
        purpose: 'agent who speaks French',
        password: DEMO_USER_PASSWORD,
        ui: true,
        language: 'fr',
    },
    {
        userName: 'sam.lee',
        name: 'Sam Lee',
        roles: ['itil', 'x_rescue_connect.user'],
        purpose: 'agent whose email Rescue does not know: the button explains what to fix',
        password: DEMO_USER_PASSWORD,
        ui: true,
    },
    {
        userName: 'admin',
        name: 'System Administrator',
        roles: ['admin', 'x_rescue_connect.admin'],
        purpose: 'integration admin: sees every Rescue session and its raw posts (may also post session details)',
        password: DEMO_USER_PASSWORD,
        ui: true,
    },
    {
        userName: 'anke.schmidt',
        name: 'Anke Schmidt',
        roles: ['x_rescue_connect.admin'],
        purpose: 'integration admin who speaks German: Test Connection and Token Setup in German',
        password: DEMO_USER_PASSWORD,
        ui: true,
        language: 'de',
    },
    {
        userName: 'john.smith',
        name: 'John Smith',
        roles: [],
        purpose: 'customer (caller) without roles: no button',
        password: DEMO_USER_PASSWORD,
        ui: true,
    },
    {
        userName: DEMO_INTEGRATION.user,
        name: 'Rescue Integration',
        roles: ['x_rescue_connect.integration'],
        purpose: 'web-service-only account Rescue posts session details with (curl -u)',
        password: DEMO_INTEGRATION.password,
        ui: false,
    },
]

const EMAILS: Record<string, string> = {
    'jane.doe': 'jane.doe@example.com',
    'sam.lee': 'sam.lee@example.com',
    'sanne.devries': 'sanne.devries@example.com',
    'lukas.weber': 'lukas.weber@example.com',
    'camille.martin': 'camille.martin@example.com',
    'anke.schmidt': 'anke.schmidt@example.com',
    admin: 'admin@example.com',
    'john.smith': 'john.smith@example.org',
    [DEMO_INTEGRATION.user]: '',
}

/** Rescue knows these SSO IDs as technicians (Jane, Sanne, Lukas, Camille and both admins; not Sam). */
const TECHNICIANS = [
    { ssoId: 'jane.doe@example.com', name: 'Jane Doe' },
    { ssoId: 'sanne.devries@example.com', name: 'Sanne de Vries' },
    { ssoId: 'lukas.weber@example.com', name: 'Lukas Weber' },
    { ssoId: 'camille.martin@example.com', name: 'Camille Martin' },
    { ssoId: 'admin@example.com', name: 'System Administrator' },
    { ssoId: 'anke.schmidt@example.com', name: 'Anke Schmidt' },
]

export const DEMO_SETTINGS: Record<string, string> = {
    'x_rescue_connect.company_id': DEMO_COMPANY_ID,
    'x_rescue_connect.sso_password': DEMO_SSO_PASSWORD,
    'x_rescue_connect.service_account.username': DEMO_INTEGRATION.user,
    'x_rescue_connect.service_account.password': DEMO_INTEGRATION.password,
    'x_rescue_connect.work_notes.chat_log': 'true',
    'x_rescue_connect.chat_log.attachment': 'true',
    'x_rescue_connect.time_worked.record': 'true',
    // Issue 20: Generate Rescue PIN on problems, changes and requested items too (one UI action on task).
    'x_rescue_connect.pin.tables': 'incident,sn_customerservice_case,problem,change_request,sc_req_item',
    'x_rescue_connect.pin.customer_fields': 'change_request=requested_by,sc_req_item=requested_for',
    'x_rescue_connect.reconcile.enabled': 'true',
    'x_rescue_connect.reconcile.api_token': DEMO_API_TOKEN,
    'x_rescue_connect.reconcile.nodes': DEMO_GROUP_NODE,
}

/**
 * Incident ACLs as an instance has them (the emulator ships none for platform tables): agents read incidents but
 * confidential ones, callers read their own. The app's session ACLs ask these, so they decide which sessions show.
 */
export const DEMO_INCIDENT_ACLS: NewAcl[] = [
    {
        name: 'incident',
        operation: 'read',
        roles: ['itil'],
        condition: 'category!=confidential',
        description: 'Agents (itil) read incidents, except confidential ones.',
    },
    {
        name: 'incident',
        operation: 'read',
        script: 'answer = current.caller_id == gs.getUserID();',
        description: 'Callers read their own incidents.',
    },
    // The base system's work notes are for agents ("Work notes: ITIL users can update", Journal fields); a caller who
    // reads their incident does not see them (the activity shows only the fields the user may read).
    { name: 'task.work_notes', operation: 'read', roles: ['itil'], description: 'Agents (itil) read work notes.' },
]

export interface Demo {
    instance: Instance
    rescue: RescueSimulator
    /** Moves the sandbox's clock (the instance's and Rescue's) forward, as if that much time had passed. */
    advanceClock(ms: number): void
    /** sys_id by user_name of every demo login. */
    users: Record<string, string>
    /** INC0010001…INC0010004, then the confidential INC0010005 that agents may not open. */
    incidents: string[]
    /** A problem, a change and a requested item (x_rescue_connect.pin.tables lists them). */
    otherTasks: string[]
    confidentialIncident: string
    cases: string[]
}

/** The emulated instance's own host: Token Setup calls its /oauth_token.do there (served by the emulator). */
export const DEMO_INSTANCE_HOST = 'sandbox.service-now.com'
export const DEMO_OAUTH_ENTRY = 'LogMeIn Rescue connector'

export function createDemo(options: { distDir?: string } = {}): Demo {
    // One clock for the instance and Rescue: session times in posts follow the sandbox's time (plus any time the
    // person let pass, e.g. to run the recovery job later than a session ended).
    let offsetMs = 0
    const clock = () => new Date(Date.now() + offsetMs)
    const instance = Instance.load({ distDir: options.distDir, now: clock })
    const rescue = new RescueSimulator({
        companyId: DEMO_COMPANY_ID,
        ssoPassword: DEMO_SSO_PASSWORD,
        technicians: TECHNICIANS,
        clock: () => clock().getTime(),
        apiToken: DEMO_API_TOKEN,
    }).attach(instance)
    for (const [name, value] of Object.entries(DEMO_SETTINGS)) instance.setProperty(name, value)

    // Token Setup: an OAuth API endpoint for external clients created in the app's scope, as the setup guide
    // has the admin do, and the instance's own token endpoint; the simulated connector accepts the token.
    instance.db.insert('oauth_entity', {
        name: DEMO_OAUTH_ENTRY,
        type: 'client',
        client_id: 'sandbox-connector-client',
        client_secret: 'Sandbox-Client-Secret-1',
        active: true,
        sys_scope: instance.appScopeSysId,
    })
    instance.setProperty('instance_name', 'sandbox')
    instance.setProperty('glide.servlet.uri', `https://${DEMO_INSTANCE_HOST}/`)
    instance.setProperty('x_rescue_connect.oauth.application', DEMO_OAUTH_ENTRY)
    instance.serveOAuthTokens(DEMO_INSTANCE_HOST)

    const users: Record<string, string> = {}
    for (const login of DEMO_LOGINS) {
        const [first_name, ...last] = login.name.split(' ')
        users[login.userName] = instance.addUser({
            user_name: login.userName,
            email: EMAILS[login.userName],
            first_name,
            last_name: last.join(' '),
            roles: login.roles,
            password: login.password,
            web_service_access_only: !login.ui,
            ...(login.language ? { preferred_language: login.language } : {}),
        })
    }
    const mary = instance.addUser({ user_name: 'mary.jones', email: 'mary.jones@example.org', first_name: 'Mary', last_name: 'Jones' })
    const account = instance.db.insert('customer_account', { name: 'Acme Corporation' })
    const ana = instance.addUser({
        user_name: 'ana.ruiz',
        email: 'ana.ruiz@example.net',
        first_name: 'Ana',
        last_name: 'Ruiz',
        table: 'customer_contact',
    })

    const incident = (short_description: string, caller_id: string, fields: Record<string, string> = {}) =>
        instance.db.insert('incident', {
            short_description,
            caller_id,
            category: 'hardware',
            assigned_to: users['jane.doe'],
            active: 'true',
            ...fields,
        })
    const incidents = [
        incident('Printer offline on floor 3', users['john.smith']!, {
            description: 'The HP printer near the kitchen shows "offline" for everyone.',
            priority: '3',
        }),
        incident('VPN drops every hour', mary, { category: 'network', priority: '2' }),
        incident('Laptop fan very loud', users['john.smith']!),
        incident('Password reset (closed)', mary, { category: 'inquiry', active: 'false', state: '7' }),
    ]
    const confidentialIncident = incident('Payroll export sent to the wrong mailbox', mary, {
        category: 'confidential',
        priority: '1',
        assigned_to: users.admin!,
    })
    incidents.push(confidentialIncident)
    for (const acl of DEMO_INCIDENT_ACLS) instance.addAcl(acl)
    const supportCase = (short_description: string, fields: Record<string, string> = {}) =>
        instance.db.insert('sn_customerservice_case', {
            short_description,
            contact: ana,
            account,
            assigned_to: users['jane.doe'],
            active: 'true',
            ...fields,
        })
    const cases = [supportCase('Cannot log in to the customer portal', { priority: '2' }), supportCase('Invoice PDF does not open')]
    // Other task types the settings list: a problem (no customer field: PINs name no customer), a change and a requested item.
    const otherTasks = [
        instance.db.insert('problem', {
            short_description: 'Printers on floor 3 keep dropping off the network',
            assigned_to: users['jane.doe'],
            active: 'true',
            priority: '3',
        }),
        instance.db.insert('change_request', {
            short_description: 'Replace the floor 3 network switch',
            requested_by: users['john.smith'],
            assigned_to: users['jane.doe'],
            active: 'true',
        }),
        instance.db.insert('sc_req_item', {
            short_description: 'New laptop for Mary Jones',
            requested_for: mary,
            assigned_to: users['jane.doe'],
            active: 'true',
        }),
    ]
    const advanceClock = (ms: number) => {
        offsetMs += ms
    }
    const demo = { instance, rescue, advanceClock, users, incidents, confidentialIncident, cases, otherTasks }
    seedPastSessions(demo, clock())
    return demo
}

/** Rescue's date-time text (M/d/yyyy h:mm:ss AM, read as UTC) of a moment, plus some seconds. */
const rescueTime = (moment: Date, plusSeconds = 0) => rescueDateTime(moment.getTime() + plusSeconds * 1000)

/** The moment `daysAgo` days before `now`, at the given UTC time of day ('HH:mm'). */
function daysBefore(now: Date, daysAgo: number, time: string): Date {
    const [hours, minutes] = time.split(':').map(Number) as [number, number]
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - daysAgo, hours, minutes))
}

/** A session's times and figures as Rescue reports them: picked up at `pickup`, closed work seconds later. */
function sessionFigures(pickup: Date, waiting: number, work: number, platform: string): Record<string, string> {
    return {
        PickupTime: rescueTime(pickup),
        ClosingTime: rescueTime(pickup, work + 20),
        LastActionTime: rescueTime(pickup, work),
        WaitingTime: String(waiting),
        WorkTime: String(work),
        Platform: platform,
    }
}

/** Console sessions of the weeks before the demo starts (no PIN from ServiceNow, so no record): what the Reports page charts besides the PIN sessions. */
const CONSOLE_HISTORY = [
    {
        id: '512990002',
        sso: 'admin@example.com',
        name: 'System Administrator',
        daysAgo: 27,
        time: '09:15',
        waiting: 35,
        work: 900,
        platform: 'macOS',
    },
    {
        id: '512990003',
        sso: 'jane.doe@example.com',
        name: 'Jane Doe',
        daysAgo: 26,
        time: '14:02',
        waiting: 80,
        work: 1500,
        platform: 'Windows',
    },
    {
        id: '512990004',
        sso: 'chris.night@contractor.example',
        name: 'Chris Night (contractor)',
        daysAgo: 19,
        time: '19:40',
        waiting: 140,
        work: 600,
        platform: 'Android',
    },
    { id: '512990005', sso: 'jane.doe@example.com', name: 'Jane Doe', daysAgo: 13, time: '08:30', waiting: 20, work: 300, platform: 'iOS' },
    {
        id: '512990006',
        sso: 'admin@example.com',
        name: 'System Administrator',
        daysAgo: 11,
        time: '16:10',
        waiting: 60,
        work: 2400,
        platform: 'Windows',
    },
]

/**
 * Sessions that happened before the demo starts, through the app's own flows: a PIN the admin issued on the
 * confidential incident and Jane's on the VPN incident (both started and ended, chat logs included — kept as
 * attachments, their work time recorded as Time Worked entries), a console session that matched no record, and the
 * console sessions of the weeks before. Jane sees only the VPN one, without its raw posts or chat-log file; the admin
 * sees all of them and the Reports page.
 */
function seedPastSessions(demo: Demo, now: Date): void {
    const { instance, rescue, users } = demo
    const post = (body: string) => {
        const answer = instance.rest({
            method: 'POST',
            path: SESSION_DETAILS_PATH,
            headers: {
                'content-type': 'application/json',
                authorization: 'Basic ' + Buffer.from(`${DEMO_INTEGRATION.user}:${DEMO_INTEGRATION.password}`).toString('base64'),
            },
            body,
        })
        if (answer.status >= 300) throw new Error(`demo: seeding a session post answered ${answer.status}: ${answer.body}`)
    }
    const pastSession = (technician: string, incident: string, chatLog: string, notes: string, figures: Record<string, string> = {}) => {
        const generated = instance.ajax(
            'x_rescue_connect.RescuePinAjax',
            'generatePin',
            { sysparm_table: 'incident', sysparm_sys_id: incident },
            technician
        )
        const pin = (JSON.parse(generated.answer ?? '{}') as { pin?: string }).pin
        if (!pin) throw new Error(`demo: could not seed a PIN: ${generated.answer}`)
        const { ClosingTime, LastActionTime, WorkTime, ...atStart } = figures
        post(rescue.sessionPost(pin, 'start', 'json', atStart).body)
        post(rescue.sessionPost(pin, 'end', 'json', { ChatLog: chatLog, Notes: notes, ...figures }).body)
    }
    pastSession(
        users.admin!,
        demo.confidentialIncident,
        '09:12 AM Mary Jones: the export went to payroll-all@ instead of payroll-hr@',
        'Recalled the message; mailbox rule fixed.'
    )
    pastSession(
        users['jane.doe']!,
        demo.incidents[1]!,
        '11:40 AM Mary Jones: it drops again right now\n11:41 AM Jane Doe: I see it, updating the client\n11:52 AM Mary Jones: stable now, thanks',
        'Updated the VPN client to 5.2.',
        sessionFigures(daysBefore(now, 20, '11:38'), 45, 1260, 'Windows')
    )
    post(
        JSON.stringify({
            SessionID: '512990001',
            TechSSOID: 'jane.doe@example.com',
            TechName: 'Jane Doe',
            CField0: 'Walk-in caller',
            ChatLog: '08:05 AM Walk-in caller: my badge PIN is 4711',
            Notes: 'Console session, no ticket.',
            ...sessionFigures(daysBefore(now, 6, '08:04'), 15, 420, 'Windows'),
        })
    )
    for (const session of CONSOLE_HISTORY) {
        post(
            JSON.stringify({
                SessionID: session.id,
                TechSSOID: session.sso,
                TechEmail: session.sso,
                TechName: session.name,
                CField0: 'Walk-in caller',
                ChatLog: `${rescueTime(daysBefore(now, session.daysAgo, session.time))} ${session.name}: connected`,
                Notes: 'Console session, no ticket.',
                ...sessionFigures(daysBefore(now, session.daysAgo, session.time), session.waiting, session.work, session.platform),
            })
        )
    }
}
