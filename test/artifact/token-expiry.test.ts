import { describe, expect, it } from 'vitest'
import { ALL_SECRETS, DAY_MS, runTokenSetup, steps, tokenWorld, type TokenWorld } from './token-fixture.ts'

const EVENT = 'x_rescue_connect.token.expiring'

/** Runs the shipped scheduled job's script, as the scheduler would at the current instance time. */
function runDailyJob(world: TokenWorld, asUser?: string): void {
    const job = world.instance.db.rows('sysauto_script').find((row) => row.name === 'LogMeIn Rescue token expiry check')
    if (!job) throw new Error('the expiry job is not in the build')
    world.instance.runScript(job.script ?? '', asUser === undefined ? {} : { asUser })
}

describe('expiry warning on the built app', () => {
    it('ships a daily job with a fixed start, an event and an email notification for admins', () => {
        const world = tokenWorld()
        const job = world.instance.db.rows('sysauto_script').find((row) => row.name === 'LogMeIn Rescue token expiry check')
        expect(job).toMatchObject({ run_type: 'daily', run_start: '2026-01-01 07:00:00', active: 'true' })
        const registered = world.instance.db.rows('sysevent_register').find((row) => row.event_name === EVENT)
        expect(registered?.table).toBe('x_rescue_connect_token_request')
        const notification = world.instance.db.rows('sysevent_email_action').find((row) => row.event_name === EVENT)
        expect(notification).toMatchObject({
            collection: 'x_rescue_connect_token_request',
            event_parm_1: 'true',
            generation_type: 'event',
            send_self: 'true',
        })
    })

    it('emails the admins once a day from 14 days before the expiry until a new Token Setup succeeds', () => {
        const world = tokenWorld({ start: Date.UTC(2026, 2, 5, 9, 30, 0) })
        const first = runTokenSetup(world, world.entryId)
        const expiresOn = world.clock.now + 100 * DAY_MS

        const sentOnDay: Array<[number, string]> = []
        // The job runs at 07:00 UTC each day; an admin also runs it by hand at 08:00.
        for (let day = 80; day <= 103; day++) {
            for (const hour of [7, 8]) {
                world.clock.now = Date.UTC(2026, 2, 5) + day * DAY_MS + hour * 3_600_000
                const before = world.instance.events.length
                runDailyJob(world)
                for (const event of world.instance.events.slice(before)) sentOnDay.push([day, event.parm2])
            }
            if (day === 101) {
                world.clock.now = Date.UTC(2026, 2, 5) + day * DAY_MS + 16 * 3_600_000
                expect(runTokenSetup(world, world.entryId).ok).toBe(true)
            }
        }

        // The token expires on day 100 at 09:30: day 86 at 07:00 is 14 days and 2.5 hours before, so the first reminder is day 87.
        expect(sentOnDay).toEqual([
            [87, '14'],
            [88, '13'],
            [89, '12'],
            [90, '11'],
            [91, '10'],
            [92, '9'],
            [93, '8'],
            [94, '7'],
            [95, '6'],
            [96, '5'],
            [97, '4'],
            [98, '3'],
            [99, '2'],
            [100, '1'],
            [101, '0'],
        ])
        const events = world.instance.events.filter((event) => event.name === EVENT)
        expect(new Set(events.map((event) => event.sysId))).toEqual(new Set([first.requestId]))
        expect(new Set(events.map((event) => event.parm1))).toEqual(new Set([world.adminId]))
        expect(events.every((event) => event.table === 'x_rescue_connect_token_request')).toBe(true)
        expect(expiresOn).toBe(Date.UTC(2026, 5, 13, 9, 30))

        const journal = steps(world, first.requestId)
        expect(journal.filter((line) => line.startsWith('Emailed 1 admin'))).toHaveLength(15)
        expect(journal.at(-1)).toBe(
            "Emailed 1 admin: the refresh token expired on 2026-06-13 09:30 UTC; Rescue's connector can no longer post until Token Setup runs again."
        )
    })

    it('does nothing before any Token Setup succeeded, and skips inactive admins', () => {
        const world = tokenWorld()
        runDailyJob(world)
        expect(world.instance.events).toEqual([])

        runTokenSetup(world, world.entryId)
        world.instance.addUser({ user_name: 'former.admin', roles: ['x_rescue_connect.admin'], active: false })
        const second = world.instance.addUser({ user_name: 'second.admin', roles: ['x_rescue_connect.admin'] })
        world.clock.now += 95 * DAY_MS
        world.instance.resetCounters()
        runDailyJob(world)
        // One event per admin, so each email can be written in its admin's language.
        expect(world.instance.events.map((event) => event.parm1)).toEqual([world.adminId, second])
        expect(world.instance.counters.outbound).toBe(0)
    })

    it('reaches every active admin, the one who ran the job by hand (the event creator) included, each in their language', () => {
        const world = tokenWorld()
        runTokenSetup(world, world.entryId)
        const second = world.instance.addUser({
            user_name: 'second.admin',
            email: 'second.admin@example.com',
            roles: ['x_rescue_connect.admin'],
            preferred_language: 'nl',
        })
        world.clock.now += 95 * DAY_MS
        runDailyJob(world, world.adminId)
        // One event per admin (parm1), all created by the admin who ran the job.
        expect(world.instance.events.map((event) => [event.name, event.parm1, event.parm2, event.userId])).toEqual([
            [EVENT, world.adminId, '5', world.adminId],
            [EVENT, second, '5', world.adminId],
        ])
        const emails = world.instance.processEvents()
        expect(emails.map((email) => email.recipients)).toEqual([['rescue.admin@example.com'], ['second.admin@example.com']])
        expect(emails[0]!.subject).toBe('LogMeIn Rescue: run Token Setup again, the connector token expires 2026-06-13 09:30 UTC')
        expect(emails[0]!.body).toContain('(days left: 5)')
        expect(emails[1]!.subject).toBe(
            world.instance.message('x_rescue_connect.email.token.subject', 'nl').replace('{0}', '2026-06-13 09:30 UTC')
        )
        // The emails name the expiry, never the token or a secret behind it.
        expect(world.instance.secretsSeen(ALL_SECRETS)).toEqual([])
    })
})
