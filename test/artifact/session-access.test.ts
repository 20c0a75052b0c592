// Who reads Rescue Session rows, through the shipped ACLs as the emulator evaluates them (emulator/README.md,
// "ACLs"): an agent sees the sessions of the incidents and cases they can read themselves — the record's own
// ACLs decide, whatever they are — and never the raw posts, their fingerprints, the PIN's tracking value or a session
// row's attachments; integration admins see everything; nobody else (the integration account included: it only
// posts, test/artifact/integration-account.test.ts) sees anything.
import { describe, expect, it } from 'vitest'
import { Instance } from '../../emulator/index.ts'
import { END_POST, START_POST, TASK_SYS_ID } from '../fixtures/rescue-posts'
import { world as sessionWorld } from './session-harness'

const AGENT_ROLES = ['itil', 'x_rescue_connect.user']
const RAW_POSTS = JSON.stringify([{ SessionID: '512000001', ChatLog: '10:02 Customer: my password is hunter2' }])

/**
 * An instance with platform-style ACLs on incident (agents with itil read incidents, except confidential ones)
 * and one session per kind of record: a readable incident, a confidential incident, a case, and none (console).
 */
function world() {
    const instance = Instance.load()
    instance.addAcl({
        name: 'incident',
        roles: ['itil'],
        condition: 'category!=confidential',
        description: 'platform-style: agents read incidents but confidential ones',
    })
    const users = {
        agent: instance.addUser({ user_name: 'agent', roles: AGENT_ROLES }),
        itilOnly: instance.addUser({ user_name: 'itil.only', roles: ['itil'] }),
        integrationAdmin: instance.addUser({ user_name: 'rescue.admin', roles: ['x_rescue_connect.admin'] }),
        integration: instance.addUser({
            user_name: 'rescue.integration',
            roles: ['x_rescue_connect.integration'],
            web_service_access_only: true,
        }),
        admin: instance.addUser({ user_name: 'sysadmin', roles: ['admin'] }),
    }
    const records = {
        open: instance.db.insert('incident', { short_description: 'Printer', category: 'hardware' }),
        confidential: instance.db.insert('incident', { short_description: 'Payroll data exposure', category: 'confidential' }),
        case: instance.db.insert('sn_customerservice_case', { short_description: 'Portal login' }),
    }
    const session = (pin: string, task: string) =>
        instance.db.insert('x_rescue_connect_session', {
            pin,
            task,
            rescue_session_id: `5120000${pin}`,
            state: 'ended',
            tech_name: 'Jane Doe',
            customer_name: 'John Smith',
            platform: 'Windows',
            work_time: '120',
            posts: RAW_POSTS,
            post_hashes: 'a1b2c3',
            tracking_id: `${task || 'none'}.tracking${pin}`,
        })
    const sessions = {
        open: session('11', records.open),
        confidential: session('22', records.confidential),
        case: session('33', records.case),
        console: session('44', ''),
    }
    return { instance, users, records, sessions }
}

type Seen = Record<string, string | null>

/** What the user's secure query of the session table returns, per PIN, with the columns that matter here. */
function secureList(instance: Instance, user: string): Record<string, Seen> {
    const result = instance.runScript(
        `(function () {
            var out = {};
            var s = new GlideRecordSecure('x_rescue_connect_session'); s.orderBy('pin'); s.query();
            while (s.next()) out[s.getValue('pin')] = {
                state: s.getValue('state'), tech_name: s.getValue('tech_name'), customer_name: s.getValue('customer_name'),
                platform: s.getValue('platform'), work_time: s.getValue('work_time'), task: s.getValue('task'),
                posts: s.getValue('posts'), post_hashes: s.getValue('post_hashes'), tracking_id: s.getValue('tracking_id')
            };
            return JSON.stringify(out);
        })()`,
        { asUser: user }
    )
    return JSON.parse(result as string) as Record<string, Seen>
}

const pins = (seen: Record<string, Seen>) => Object.keys(seen)

describe('Rescue Session rows are as visible as their record', () => {
    it('an agent reads the session of an incident or case they can read', () => {
        const { instance, users } = world()
        const seen = secureList(instance, users.agent)
        expect(seen['11']).toMatchObject({
            state: 'ended',
            tech_name: 'Jane Doe',
            customer_name: 'John Smith',
            platform: 'Windows',
            work_time: '120',
        })
        expect(seen['33']).toMatchObject({ state: 'ended' })
    })

    it('an agent does not see the session of a record they cannot read: not listed, not fetched, not readable', () => {
        const { instance, users, sessions } = world()
        expect(pins(secureList(instance, users.agent))).not.toContain('22')
        const probe = instance.runScript(
            `var g = new GlideRecordSecure('x_rescue_connect_session'); var got = g.get('${sessions.confidential}');
             var r = new GlideRecord('x_rescue_connect_session'); r.get('${sessions.confidential}'); [got, r.canRead()].join()`,
            { asUser: users.agent }
        )
        expect(probe).toBe('false,false')
    })

    it('a session with no record is hidden from agents', () => {
        const { instance, users } = world()
        expect(pins(secureList(instance, users.agent))).not.toContain('44')
    })

    it('a secure query lists only the rows the agent may read', () => {
        const { instance, users } = world()
        expect(pins(secureList(instance, users.agent))).toEqual(['11', '33'])
    })

    it("follows the record's own ACLs as they change, for incidents and cases alike (it asks the record; it copies nothing)", () => {
        const { instance, users, records } = world()
        instance.db.update('incident', records.confidential, { category: 'hardware' })
        expect(pins(secureList(instance, users.agent))).toEqual(['11', '22', '33'])
        instance.addAcl({ name: 'sn_customerservice_case', roles: ['sn_customerservice_agent'] })
        expect(pins(secureList(instance, users.agent))).toEqual(['11', '22'])
    })

    it('a user without the app role sees no session, even of a record they can read', () => {
        const { instance, users } = world()
        expect(pins(secureList(instance, users.itilOnly))).toEqual([])
    })

    it('integration admins and admins read every session; the integration account none', () => {
        const { instance, users } = world()
        for (const user of [users.integrationAdmin, users.admin]) expect(pins(secureList(instance, user))).toEqual(['11', '22', '33', '44'])
        expect(pins(secureList(instance, users.integration))).toEqual([])
    })
})

describe('raw posts, their fingerprints and the tracking value are for integration admins', () => {
    it('are NULL for an agent, who keeps the ordinary columns', () => {
        const { instance, users, records, sessions } = world()
        const seen = secureList(instance, users.agent)['11']!
        expect(seen).toMatchObject({
            posts: null,
            post_hashes: null,
            tracking_id: null,
            task: records.open,
            state: 'ended',
            tech_name: 'Jane Doe',
        })
        const elements = instance.runScript(
            `var r = new GlideRecord('x_rescue_connect_session'); r.addQuery('pin', '11'); r.query(); r.next();
             [r.posts.canRead(), r.post_hashes.canRead(), r.tracking_id.canRead(), r.state.canRead(), r.customer_name.canRead()].join()`,
            { asUser: users.agent }
        )
        expect(elements).toBe('false,false,false,true,true')
        // The form shows the agent none of them either.
        const form = instance.secureRecord('x_rescue_connect_session', sessions.open, users.agent)!
        expect(form.unreadable).toEqual(expect.arrayContaining(['posts', 'post_hashes', 'tracking_id']))
        expect([form.row.posts, form.row.post_hashes, form.row.tracking_id]).toEqual(['', '', ''])
    })

    it('are readable by integration admins and admins', () => {
        const { instance, users } = world()
        for (const user of [users.integrationAdmin, users.admin]) {
            const seen = secureList(instance, user)
            for (const pin of ['11', '22', '33', '44'])
                expect(seen[pin]).toMatchObject({
                    posts: RAW_POSTS,
                    post_hashes: 'a1b2c3',
                    tracking_id: expect.stringContaining(`.tracking${pin}`),
                })
        }
    })

    it("a session row's attachments (the chat log of issue 11) are for them too (not for the integration account); an incident's are not affected", () => {
        const { instance, users, sessions, records } = world()
        instance.db.insert('sys_attachment', {
            table_name: 'x_rescue_connect_session',
            table_sys_id: sessions.open,
            file_name: 'rescue-chat-512000011.txt',
            content_type: 'text/plain',
        })
        instance.db.insert('sys_attachment', {
            table_name: 'incident',
            table_sys_id: records.open,
            file_name: 'screenshot.png',
            content_type: 'image/png',
        })
        const files = (user: string) =>
            instance.runScript(
                `var a = new GlideRecordSecure('sys_attachment'); a.orderBy('file_name'); a.query(); var out = []; while (a.next()) out.push(a.getValue('file_name')); out.join()`,
                {
                    asUser: user,
                }
            )
        for (const user of [users.agent, users.integration]) expect(files(user)).toBe('screenshot.png')
        for (const user of [users.integrationAdmin, users.admin]) expect(files(user)).toBe('rescue-chat-512000011.txt,screenshot.png')
    })
})

// Query ACLs (https://www.servicenow.com/docs/r/yokohama/platform-security/access-control/query-acl-rule.html, on
// Yokohama's page too): a field an agent may not read must not be usable to learn its content by filtering or
// sorting on it ("blind queries"). The app ships its own query_match and query_range ACLs on the hidden fields, so
// this holds on an instance without the platform's base *.* query ACLs — which is how the emulator runs here.
const HIDDEN_FIELDS = ['posts', 'post_hashes', 'tracking_id'] as const

describe('hidden fields cannot be queried by agents (blind queries)', () => {
    const pinsOf = (instance: Instance, user: string, query: string) =>
        instance.secureQuery('x_rescue_connect_session', user, query).rows.map((row) => row.pin)

    it.each(HIDDEN_FIELDS)("an agent's secure query filtered on %s matches the same rows whatever the filter value", (field) => {
        const { instance, users } = world()
        const unfiltered = pinsOf(instance, users.agent, 'ORDERBYpin')
        expect(unfiltered).toEqual(['11', '33'])
        for (const condition of [
            'LIKEhunter2',
            'LIKEno-such-text',
            'STARTSWITH[',
            'STARTSWITHx',
            '>=a',
            '<a',
            '=a1b2c3',
            '!=a1b2c3',
            'ISEMPTY',
            'ISNOTEMPTY',
            'INa1b2c3',
        ]) {
            expect(pinsOf(instance, users.agent, `${field}${condition}^ORDERBYpin`), `${field}${condition}`).toEqual(unfiltered)
        }
        // Nor does the count of rows the read ACLs removed (what a list says under "Security constraints").
        const removed = (condition: string) => instance.secureQuery('x_rescue_connect_session', users.agent, `${field}${condition}`).removed
        expect(removed('LIKEhunter2')).toBe(removed('LIKEno-such-text'))
        expect(removed('LIKEhunter2')).toBe(2)
        // An OR alternative on the hidden field does not widen or narrow the condition either.
        expect(pinsOf(instance, users.agent, `pin=11^OR${field}LIKEhunter2^ORDERBYpin`)).toEqual(['11'])
    })

    it.each(HIDDEN_FIELDS)('ordering on %s tells an agent nothing: the order is the same whichever way', (field) => {
        const { instance, users, sessions } = world()
        // Make the hidden values order the rows against their PINs, so an applied order would show.
        instance.db.update('x_rescue_connect_session', sessions.open, { [field]: 'zzz' })
        instance.db.update('x_rescue_connect_session', sessions.case, { [field]: 'aaa' })
        const ascending = pinsOf(instance, users.agent, `ORDERBY${field}^ORDERBYpin`)
        expect(ascending).toEqual(['11', '33'])
        expect(pinsOf(instance, users.agent, `ORDERBYDESC${field}^ORDERBYpin`)).toEqual(ascending)
    })

    it('integration admins (and admins) may still filter on them', () => {
        const { instance, users } = world()
        for (const user of [users.integrationAdmin, users.admin])
            expect(pinsOf(instance, user, 'postsLIKEhunter2^ORDERBYpin'), user).toEqual(['11', '22', '33', '44'])
        expect(pinsOf(instance, users.integrationAdmin, 'postsLIKEno-such-text')).toEqual([])
    })
})

describe('the chat log kept as an attachment (chat_log.attachment) by the session endpoint', () => {
    it("is for integration admins only: the agent who reads the session's incident cannot read the file", () => {
        const w = sessionWorld({
            settings: { 'x_rescue_connect.chat_log.attachment': 'true', 'x_rescue_connect.work_notes.chat_log': 'true' },
        })
        w.instance.addAcl({ name: 'incident', roles: ['itil'], description: 'platform-style: agents read incidents' })
        const agent = w.instance.addUser({ user_name: 'desk.agent', roles: AGENT_ROLES })
        const integrationAdmin = w.instance.addUser({ user_name: 'rescue.admin', roles: ['x_rescue_connect.admin'] })
        w.post(START_POST)
        w.post({ ...END_POST, ChatLog: '10:02 AM John Smith: my password is hunter2\n10:03 AM Jane Doe: please never send passwords' })
        const [file] = w.instance.attachments('x_rescue_connect_session', w.pinRow)
        expect(file!.content).toContain('hunter2')

        // The agent reads the incident and its session row (without the raw posts) — but not the file, by any route.
        expect(w.instance.secureRecord('incident', TASK_SYS_ID, agent)).toBeDefined()
        expect(w.instance.secureRecord('x_rescue_connect_session', w.pinRow, agent)?.unreadable).toContain('posts')
        const readable = (user: string) =>
            w.instance.runScript(
                `var a = new GlideRecordSecure('sys_attachment'); a.addQuery('table_sys_id', '${w.pinRow}'); a.query(); var n = []; while (a.next()) n.push(a.getValue('file_name')); n.join()`,
                { asUser: user }
            )
        expect(readable(agent)).toBe('')
        expect(w.instance.secureRecord('sys_attachment', file!.sys_id, agent)).toBeUndefined()
        expect(readable(integrationAdmin)).toBe('rescue-chat-512345678.txt')
        expect(readable(w.instance.db.rows('sys_user').find((row) => row.user_name === 'rescue.integration')!.sys_id)).toBe('')
        // No column of the session row lets the agent find the chat log by filtering on it (the raw posts still
        // carry it, for integration admins): every condition on a column holding it leaves the rows unchanged.
        const holding = Object.entries(w.instance.db.get('x_rescue_connect_session', w.pinRow)!).filter(([, value]) =>
            value.includes('hunter2')
        )
        expect(holding.map(([column]) => column)).toEqual(['posts'])
        for (const column of Object.keys(w.instance.db.get('x_rescue_connect_session', w.pinRow)!)) {
            const found = (text: string) => w.instance.secureQuery('x_rescue_connect_session', agent, `${column}LIKE${text}`).rows.length
            expect(found('hunter2'), column).toBe(found('no-such-text-anywhere'))
        }
        // What the agent does read — the incident's work notes — names the file, never its content.
        const notes = w.notes('incident', TASK_SYS_ID).join('\n')
        expect(notes).toContain('in the attachment rescue-chat-512345678.txt')
        expect(notes).not.toContain('hunter2')
    })
})

describe('what the roles may do with session rows', () => {
    function access(roles: string[]) {
        const instance = Instance.load()
        const incident = instance.db.insert('incident', { short_description: 'Printer' })
        instance.db.insert('x_rescue_connect_session', { pin: '012345', rescue_session_id: '1', task: incident })
        const user = instance.addUser({ user_name: 'someone', roles })
        const result = instance.runScript(
            `(function () {
                var read = new GlideRecordSecure('x_rescue_connect_session'); read.query();
                var canRead = read.next();
                var wrote = canRead && (read.setValue('state', 'started'), read.update() !== null);
                var created = new GlideRecordSecure('x_rescue_connect_session');
                created.setValue('pin', '000001');
                return JSON.stringify({ read: canRead, write: wrote, create: created.insert() !== null });
            })()`,
            { asUser: user }
        )
        return JSON.parse(result as string)
    }

    it.each([
        [[], { read: false, write: false, create: false }],
        [['itil'], { read: false, write: false, create: false }],
        [['x_rescue_connect.user'], { read: true, write: false, create: false }],
        [['x_rescue_connect.admin'], { read: true, write: true, create: true }],
        // It posts through the session endpoint only (test/artifact/integration-account.test.ts).
        [['x_rescue_connect.integration'], { read: false, write: false, create: false }],
        [['admin'], { read: true, write: true, create: true }],
    ])('roles %j (on a session of a readable incident)', (roles, expected) => {
        expect(access(roles)).toEqual(expected)
    })
})
