// One emulated instance with the built app, the Rescue simulator in place of Rescue, settings filled
// in, an agent, a caller, an incident and a case: what every PIN artifact test starts from.
import { Instance } from '../../emulator/index.ts'
import type { RescueRegion } from '../../emulator/rescue/issued-pin.ts'
import { RescueSimulator, type RescueMethod } from '../../emulator/rescue/simulator.ts'
import type { PinAnswer as ShippedPinAnswer } from '../../src/shared/pin-answer.ts'

export const COMPANY_ID = '4242'
export const SSO_PASSWORD = 'Sso-Pa55word&=+%'
export const AGENT_EMAIL = 'jane.doe@example.com'
export const ADMIN_EMAIL = 'rescue.admin@example.com'

/** The answer as the tests read it (src/shared/pin-answer.ts): `ok` and `message` always, the rest of either side maybe (the tests assert which). */
export type PinAnswer = Pick<ShippedPinAnswer, 'ok' | 'message'> &
    Partial<Omit<Extract<ShippedPinAnswer, { ok: true }>, 'ok'> & Omit<Extract<ShippedPinAnswer, { ok: false }>, 'ok'>>

export interface PinWorld {
    instance: Instance
    rescue: RescueSimulator
    agent: string
    caller: string
    contact: string
    incident: string
    case: string
    /** RescuePinAjax.generatePin as `asUser` (default: the agent), with its parsed JSON answer. */
    generatePin(table: string, sysId: string, asUser?: string): { status: number; answer: PinAnswer }
    /** Every secret in play (as typed and form-encoded): the SSO password, every auth code sent, the one Rescue holds now. */
    secrets(): string[]
    /** The next call of `method` answers HTTP 200 with `answer` (a Rescue error string). */
    failNext(method: RescueMethod, answer: string): void
    /** Adds rescue.admin (x_rescue_connect.admin, ADMIN_EMAIL, which Rescue knows as a technician, as it knows the agent's); their Language if given. */
    addAdmin(language?: string): string
}

export function pinWorld(
    options: { csm?: boolean; settings?: Record<string, string>; region?: RescueRegion; rescueLatencyMs?: number; now?: () => Date } = {}
): PinWorld {
    const instance = Instance.load({ plugins: { csm: options.csm !== false }, ...(options.now ? { now: options.now } : {}) })
    const rescue = new RescueSimulator({
        companyId: COMPANY_ID,
        ssoPassword: SSO_PASSWORD,
        technicians: [AGENT_EMAIL],
        region: options.region ?? 'global',
        latencyMs: options.rescueLatencyMs ?? 0,
    })
    rescue.attach(instance)
    instance.setProperty('x_rescue_connect.company_id', COMPANY_ID)
    instance.setProperty('x_rescue_connect.sso_password', SSO_PASSWORD)
    for (const [name, value] of Object.entries(options.settings ?? {})) instance.setProperty(name, value)

    const agent = instance.addUser({
        user_name: 'jane.doe',
        email: AGENT_EMAIL,
        first_name: 'Jane',
        last_name: 'Doe',
        roles: ['x_rescue_connect.user'],
    })
    const caller = instance.addUser({ user_name: 'john.smith', email: 'john.smith@example.org', first_name: 'John', last_name: 'Smith' })
    const incident = instance.db.insert('incident', { short_description: 'Printer offline', caller_id: caller, active: 'true' })
    let contact = ''
    let caseId = ''
    if (options.csm !== false) {
        contact = instance.addUser({
            user_name: 'ana.ruiz',
            email: 'ana.ruiz@example.net',
            first_name: 'Ana',
            last_name: 'Ruiz',
            table: 'customer_contact',
        })
        caseId = instance.db.insert('sn_customerservice_case', { short_description: 'Cannot log in', contact, active: 'true' })
    }
    return {
        instance,
        rescue,
        agent,
        caller,
        contact,
        incident,
        case: caseId,
        generatePin(table, sysId, asUser = agent) {
            const result = instance.ajax(
                'x_rescue_connect.RescuePinAjax',
                'generatePin',
                { sysparm_table: table, sysparm_sys_id: sysId },
                asUser
            )
            return {
                status: result.status,
                answer: result.answer === null ? (null as unknown as PinAnswer) : (JSON.parse(result.answer) as PinAnswer),
            }
        },
        secrets: () => {
            const sent = instance.outbound.map((call) => formFields(call.body).authcode ?? '').filter((code) => code !== '')
            const current = rescue.authCodeOf(AGENT_EMAIL)
            const plain = [SSO_PASSWORD, ...sent, ...(current ? [current] : [])]
            // Form-encoded, a secret with & = + % looks different but is no less a secret.
            return [...new Set([...plain, ...plain.map((secret) => encodeURIComponent(secret))])]
        },
        failNext: (method, answer) => rescue.failNext({ answer }, method),
        addAdmin(language) {
            rescue.addTechnician({ ssoId: ADMIN_EMAIL })
            return instance.addUser({
                user_name: 'rescue.admin',
                email: ADMIN_EMAIL,
                roles: ['x_rescue_connect.admin'],
                ...(language ? { preferred_language: language } : {}),
            })
        },
    }
}

/** Rows of the app's session table for one task. */
export function sessionsFor(world: PinWorld, taskSysId: string) {
    return world.instance.db.rows('x_rescue_connect_session').filter((row) => row.task === taskSysId)
}

/** The form fields of one outbound call, decoded. */
export function formFields(body: string): Record<string, string> {
    const fields: Record<string, string> = {}
    for (const pair of body.split('&')) {
        const [name, value = ''] = pair.split('=')
        fields[decodeURIComponent(name!)] = decodeURIComponent(value.replace(/\+/g, ' '))
    }
    return fields
}
