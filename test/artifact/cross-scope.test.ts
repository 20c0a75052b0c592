// Least privilege, checked against what the code does: every flow the app ships (and the server-side
// steps of its ATF tests) runs on the built artifact while each GlideRecord operation is traced by table, and every table outside the app's own
// scope that it reads, writes, creates or deletes must be declared as a cross-scope privilege
// (src/fluent/cross-scope-privileges.now.ts) and listed in docs/token-setup.md — and nothing else is.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { GlideSysAttachmentCore } from '../../emulator/platform/attachment.ts'
import { GlideRecordCore } from '../../emulator/platform/glide-record.ts'
import { Instance } from '../../emulator/index.ts'
import { END_POST, START_POST } from '../fixtures/rescue-posts'
import { ATF_STEPS, RUN_SERVER_SIDE_SCRIPT, runStep, serverScript } from './atf-steps.ts'
import { pinWorld } from './pin-fixture.ts'
import { world as sessionWorld } from './session-harness'
import { runTokenSetup, tokenWorld } from './token-fixture.ts'

type Operation = 'read' | 'write' | 'create' | 'delete'

const touched = new Set<string>()
let currentInstance: Instance | null = null

function note(table: string, operation: Operation) {
    if (!table.startsWith('x_rescue_connect_')) touched.add(`${table} ${operation}`)
}

function traceGlideRecord() {
    const proto = GlideRecordCore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>
    const wrap = (method: string, operationOf: (record: GlideRecordCore) => Operation | null) => {
        const original = proto[method]!
        vi.spyOn(proto, method as never).mockImplementation(function (this: GlideRecordCore, ...args: unknown[]) {
            const operation = operationOf(this)
            if (operation) note(this.getTableName(), operation)
            return original.apply(this, args)
        } as never)
    }
    wrap('get', () => 'read')
    wrap('query', () => 'read')
    wrap('insert', () => 'create')
    wrap('deleteRecord', () => 'delete')
    // update() of a record never loaded inserts (traced as create); of a stored row it writes.
    wrap('update', (record) => (currentInstance?.db.get(record.getTableName(), record.getUniqueValue()) ? 'write' : null))
    // GlideSysAttachment writes and deletes sys_attachment rows (listing them is a GlideRecord query, traced above).
    const attachments = GlideSysAttachmentCore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>
    for (const [method, operation] of [
        ['write', 'create'],
        ['deleteAttachment', 'delete'],
        ['getContent', 'read'],
    ] as const) {
        const original = attachments[method]!
        vi.spyOn(attachments, method as never).mockImplementation(function (this: GlideSysAttachmentCore, ...args: unknown[]) {
            note('sys_attachment', operation)
            return original.apply(this, args)
        } as never)
    }
}

function declaredPrivileges(): string[] {
    const world = pinWorld()
    return world.instance.db
        .rows('sys_scope_privilege')
        .filter((row) => row.status === 'allowed')
        .map((row) => `${row.target_name} ${row.operation}`)
        .sort()
}

/** The rows of docs/token-setup.md's privileges table: `| \`table\` | operation | why |`. */
function documentedPrivileges(): string[] {
    const doc = readFileSync(join(import.meta.dirname, '../../docs/token-setup.md'), 'utf8')
    const section = doc.split('## Cross-scope privileges the app declares')[1]!.split('\n## ')[0]!
    return [...section.matchAll(/^\| `([a-z_]+)` \| (read|write|create|delete) \|/gm)].map((match) => `${match[1]} ${match[2]}`).sort()
}

/** The server-side script of every shipped ATF step that runs one (they run in the app's scope too). */
function atfServerScripts(): string[] {
    return (
        ATF_STEPS.filter((step) => step.config === RUN_SERVER_SIDE_SCRIPT)
            // An earlier step's output (a record's sys_id) is filled in before the script runs.
            .map((step) => serverScript(step, {}, '0'.repeat(32)))
            .filter((script, index, all) => all.indexOf(script) === index)
    )
}

describe('cross-scope privileges', () => {
    beforeAll(() => {
        traceGlideRecord()

        // Generate Rescue PIN on an incident and a case, emails on and rendered; Test connection.
        const pins = pinWorld({ settings: { 'x_rescue_connect.email.technician': 'true', 'x_rescue_connect.email.customer': 'true' } })
        currentInstance = pins.instance
        for (const [table, sysId] of [
            ['incident', pins.incident],
            ['sn_customerservice_case', pins.case],
        ] as const) {
            const { answer } = pins.generatePin(table, sysId)
            expect(answer.ok).toBe(true)
        }
        // The event processor sends each email, running its notification's mail script (traced like any script).
        expect(pins.instance.processEvents().map((email) => email.event)).toEqual(pins.instance.events.map((event) => event.name))
        expect(pins.instance.emails).toHaveLength(4)
        // An agent's session list: the read ACL's script (it runs in the app's scope) opens each row's task and
        // then the incident or case in its own class to ask that record's ACLs.
        const lister = pins.instance.addUser({ user_name: 'list.agent', roles: ['itil', 'x_rescue_connect.user'] })
        const listed = pins.instance.runScript(
            `var s = new GlideRecordSecure('x_rescue_connect_session'); s.query(); var n = 0; while (s.next()) n++; n`,
            { asUser: lister }
        )
        expect(listed).toBe(2)
        const admin = pins.instance.addUser({ user_name: 'rescue.admin', email: 'jane.doe@example.com', roles: ['x_rescue_connect.admin'] })
        expect(pins.instance.ajax('x_rescue_connect.RescueAdminAjax', 'testConnection', {}, admin).status).toBe(200)
        // ...and with a setting the app cannot use, which it names by its title (sys_properties).
        const timeout = pins.instance.getProperty('x_rescue_connect.http.timeout_ms')!
        pins.instance.setProperty('x_rescue_connect.http.timeout_ms', '1')
        expect(JSON.parse(pins.instance.ajax('x_rescue_connect.RescueAdminAjax', 'testConnection', {}, admin).answer!).items).toHaveLength(
            1
        )
        pins.instance.setProperty('x_rescue_connect.http.timeout_ms', timeout)

        // Session details for a PIN, and console sessions that create an incident and a case — with the chat log kept
        // as an attachment (the end post's longer one replacing the start post's) and the work time recorded.
        const extras = {
            'x_rescue_connect.chat_log.attachment': 'true',
            'x_rescue_connect.time_worked.record': 'true',
            'x_rescue_connect.work_notes.chat_log': 'true',
        }
        const sessions = sessionWorld({ settings: extras })
        currentInstance = sessions.instance
        expect(sessions.post(START_POST).status).toBeLessThan(300)
        expect(sessions.post(END_POST).status).toBeLessThan(300)
        expect(sessions.instance.db.rows('task_time_worked')).toHaveLength(1)
        expect(sessions.instance.db.rows('sys_attachment')).toHaveLength(1)
        for (const type of ['incident', 'case']) {
            const consoleWorld = sessionWorld({
                settings: {
                    ...extras,
                    'x_rescue_connect.console_session.create_record': 'true',
                    'x_rescue_connect.console_session.record_type': type,
                },
            })
            currentInstance = consoleWorld.instance
            expect(consoleWorld.post({ ...START_POST, SessionID: '600000001', Tracking0: '' }).status).toBe(201)
            expect(consoleWorld.post({ ...END_POST, SessionID: '600000001', Tracking0: '' }).status).toBe(200)
        }

        // Work notes in another language than the agent's: their text is read from the Message table.
        const dutchNotes = pinWorld({ settings: { 'x_rescue_connect.work_notes.language': 'nl' } })
        currentInstance = dutchNotes.instance
        expect(dutchNotes.generatePin('incident', dutchNotes.incident).answer.ok).toBe(true)
        // The shipped ATF tests' server-side steps, as the impersonated agent (assertions are not the point here).
        const atf = pinWorld()
        currentInstance = atf.instance
        const scripts = atfServerScripts()
        expect(scripts.length).toBeGreaterThanOrEqual(4)
        for (const script of scripts) runStep(atf.instance, script, atf.agent)

        // Token Setup, then the expiry job close to the expiry date.
        const tokens = tokenWorld()
        currentInstance = tokens.instance
        expect(runTokenSetup(tokens, tokens.entryId).ok).toBe(true)
        tokens.clock.now += 95 * 86_400_000
        const job = tokens.instance.db.rows('sysauto_script').find((row) => row.name === 'LogMeIn Rescue token expiry check')!
        tokens.instance.runScript(job.script ?? '')
        expect(tokens.instance.events.map((event) => event.name)).toContain('x_rescue_connect.token.expiring')
        expect(tokens.instance.processEvents().map((email) => email.event)).toEqual(tokens.instance.events.map((event) => event.name))
        currentInstance = null
    })

    afterAll(() => {
        vi.restoreAllMocks()
    })

    it('declare every table outside the scope that the shipped flows touch, and nothing they do not', () => {
        expect(declaredPrivileges()).toEqual([...touched].sort())
    })

    it('are the ones docs/token-setup.md lists', () => {
        expect(documentedPrivileges()).toEqual(declaredPrivileges())
    })
})
