// Shared set-up for the session endpoint's artifact tests: the built app in the emulator, the
// integration account, an agent with a PIN-issued session on an incident, and a poster.
import { Instance } from '../../emulator'
import { END_POST, START_POST, TASK_SYS_ID } from '../fixtures/rescue-posts'

export const ENDPOINT = '/api/x_rescue_connect/v1/rescue/sessiondetails'
export const SESSION_TABLE = 'x_rescue_connect_session'
export const INTEGRATION = { user: 'rescue.integration', password: 'Integration-Pass-1' }
export const RENDERABLE = /\[\s*\/?\s*code|<[A-Za-z/!?]/i

export interface World {
    instance: Instance
    agent: string
    customer: string
    incident: string
    pinRow: string
    // Tests read the answer's JSON as the shape each one asserts.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    post(body: unknown, contentType?: string, auth?: { user: string; password: string } | null): { status: number; json: any; raw: string }
    sessionRows(): Record<string, string>[]
    notes(table: string, sysId: string): string[]
    writes(): number
}

export function world(options: { settings?: Record<string, string>; csm?: boolean } = {}): World {
    const instance = Instance.load({ plugins: { csm: options.csm ?? true } })
    instance.addUser({
        user_name: INTEGRATION.user,
        password: INTEGRATION.password,
        roles: ['x_rescue_connect.integration'],
        web_service_access_only: true,
    })
    const agent = instance.addUser({
        user_name: 'jane.doe',
        email: 'jane.doe@example.com',
        first_name: 'Jane',
        last_name: 'Doe',
        roles: ['x_rescue_connect.user'],
    })
    const customer = instance.addUser({ user_name: 'john.smith', email: 'john.smith@example.com', first_name: 'John', last_name: 'Smith' })
    const incident = instance.db.insert('incident', { sys_id: TASK_SYS_ID, short_description: 'Printer offline', caller_id: customer })
    const pinRow = instance.db.insert(SESSION_TABLE, {
        task: incident,
        pin: '012345',
        tracking_id: TASK_SYS_ID,
        technician: agent,
        tech_name: 'Jane Doe',
        tech_email: 'jane.doe@example.com',
        tech_sso_id: 'jane.doe@example.com',
        customer_name: 'John Smith',
        state: 'pin_issued',
        source: 'servicenow',
    })
    for (const [name, value] of Object.entries(options.settings ?? {})) instance.setProperty(name, value)
    return {
        instance,
        agent,
        customer,
        incident,
        pinRow,
        post(body, contentType = 'application/json', auth = INTEGRATION) {
            const headers: Record<string, string> = contentType === '' ? {} : { 'Content-Type': contentType }
            const text = typeof body === 'string' ? body : JSON.stringify(body)
            const result = instance.rest({ method: 'POST', path: ENDPOINT, headers, body: text, ...(auth ? { auth } : {}) })
            let json: unknown
            try {
                json = JSON.parse(result.body)
            } catch {
                json = undefined
            }
            return { status: result.status, json, raw: result.body }
        },
        sessionRows: () => instance.db.rows(SESSION_TABLE),
        notes: (table, sysId) => instance.journal(table, sysId).map((entry) => entry.value),
        writes: () => instance.counters.inserts + instance.counters.updates + instance.counters.deletes,
    }
}

/**
 * Brings the instance to the state a running one is in: posts a whole PIN session (start, end) on an incident
 * of its own and a console session, so every message their notes use has been served once and sits in the
 * instance's message cache (emulator/README.md, "Translated messages"). Operations counted after it are the
 * steady-state cost of a post; the first post after a cache flush costs one query per message more.
 */
export function warmUp(w: World): void {
    const task = w.instance.db.insert('incident', { short_description: 'Warm-up' })
    w.instance.db.insert(SESSION_TABLE, {
        task,
        pin: '099999',
        tracking_id: task,
        technician: w.agent,
        tech_sso_id: 'jane.doe@example.com',
        state: 'pin_issued',
        source: 'servicenow',
    })
    for (const post of [START_POST, END_POST]) w.post({ ...post, SessionID: '590000001', Tracking0: task })
    w.post({ ...START_POST, SessionID: '590000002', Tracking0: '' })
}
