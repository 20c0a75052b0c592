// One PIN per click on the built app: a second click within x_rescue_connect.pin.reuse_minutes shows the
// same unused PIN again (no Rescue call, no note, no email, no row), saying when it was issued; and the
// scheduled job "LogMeIn Rescue PIN expiry" marks unused PINs expired after Rescue's PIN validity.
import { describe, expect, it } from 'vitest'
import { pinWorld, sessionsFor, type PinWorld } from './pin-fixture.ts'

const MINUTE = 60_000
const START = Date.UTC(2026, 11, 7, 9, 0, 0)

function clockedWorld(settings: Record<string, string> = {}): PinWorld & { clock: { now: number } } {
    const clock = { now: START }
    const world = pinWorld({ settings, now: () => new Date(clock.now) })
    return Object.assign(world, { clock })
}

/** Runs the shipped job's script, as the scheduler would at the instance's current time. */
function runExpiryJob(world: PinWorld): void {
    const job = world.instance.db.rows('sysauto_script').find((row) => row.name === 'LogMeIn Rescue PIN expiry')
    if (!job) throw new Error('the PIN expiry job is not in the build')
    world.instance.runScript(job.script ?? '')
}

describe('a second click within the reuse window', () => {
    it('shows the same PIN again, saying when it was issued, with no Rescue call, no note, no email and no new row', () => {
        const world = clockedWorld({ 'x_rescue_connect.email.technician': 'true' })
        const first = world.generatePin('incident', world.incident).answer
        expect(first.ok).toBe(true)
        const calls = world.instance.outbound.length
        const notes = world.instance.journal('incident', world.incident).length
        const events = world.instance.events.length

        world.clock.now += 9 * MINUTE
        const second = world.generatePin('incident', world.incident).answer
        expect(second).toMatchObject({ ok: true, pin: first.pin, sessionId: first.sessionId, customerUrl: first.customerUrl })
        const row = world.instance.db.get('x_rescue_connect_session', first.sessionId!)!
        // The time as the session row shows it to the agent.
        const shown = world.instance.displayValue('x_rescue_connect_session', 'sys_created_on', row.sys_created_on, world.agent)
        expect(shown).not.toBe('')
        expect(second.message).toBe(
            `You got this PIN for this record at ${shown} and it has not been used yet, so it is shown again: no new PIN, no new work note. ` +
                `Tell the customer: go to www.LogMeIn123.com and enter PIN ${first.pin} (or open the join link), then accept the download and wait for the technician.`
        )
        expect(world.instance.outbound).toHaveLength(calls)
        expect(world.instance.journal('incident', world.incident)).toHaveLength(notes)
        expect(world.instance.events).toHaveLength(events)
        expect(sessionsFor(world, world.incident)).toHaveLength(1)
    })

    it('asks Rescue again once the window has passed, when the PIN was used, for another agent, or with reuse off', () => {
        const world = clockedWorld()
        const first = world.generatePin('incident', world.incident).answer
        world.clock.now += 10 * MINUTE
        const late = world.generatePin('incident', world.incident).answer
        expect(late.pin).not.toBe(first.pin)

        world.instance.db.update('x_rescue_connect_session', late.sessionId!, { state: 'started' })
        expect(world.generatePin('incident', world.incident).answer.pin).not.toBe(late.pin)

        const admin = world.addAdmin()
        const own = world.generatePin('incident', world.incident, admin).answer
        expect(sessionsFor(world, world.incident).find((row) => row.sys_id === own.sessionId)?.technician).toBe(admin)
        expect(world.rescue.pins).toHaveLength(4)

        const off = clockedWorld({ 'x_rescue_connect.pin.reuse_minutes': '0' })
        const a = off.generatePin('incident', off.incident).answer
        const b = off.generatePin('incident', off.incident).answer
        expect(b.pin).not.toBe(a.pin)
        expect(off.instance.journal('incident', off.incident)).toHaveLength(2)
    })

    it('never shows a PIN again that Rescue no longer accepts, even inside the reuse window', () => {
        const world = clockedWorld({ 'x_rescue_connect.pin.reuse_minutes': '60', 'x_rescue_connect.pin.validity_minutes': '15' })
        const first = world.generatePin('incident', world.incident).answer
        world.clock.now += 14 * MINUTE
        expect(world.generatePin('incident', world.incident).answer.pin).toBe(first.pin)
        world.clock.now += 1 * MINUTE
        expect(world.generatePin('incident', world.incident).answer.pin).not.toBe(first.pin)
    })

    it('is per record: the same agent gets a new PIN for another record', () => {
        const world = clockedWorld()
        const incident = world.generatePin('incident', world.incident).answer
        const supportCase = world.generatePin('sn_customerservice_case', world.case).answer
        expect(supportCase.pin).not.toBe(incident.pin)
    })
})

describe('unused PINs expire', () => {
    it('ships a job every 5 minutes that calls RescueCore.expireUnusedPins', () => {
        const job = clockedWorld()
            .instance.db.rows('sysauto_script')
            .find((row) => row.name === 'LogMeIn Rescue PIN expiry')
        expect(job).toMatchObject({ run_type: 'periodically', active: 'true', script: 'x_rescue_connect.RescueCore.expireUnusedPins();' })
    })

    it('marks an old unused PIN expired after the validity period, and leaves used and young ones alone', () => {
        const world = clockedWorld()
        const old = world.generatePin('incident', world.incident).answer
        const used = world.generatePin('sn_customerservice_case', world.case).answer
        world.instance.db.update('x_rescue_connect_session', used.sessionId!, { state: 'started' })

        world.clock.now += 19 * MINUTE
        runExpiryJob(world)
        expect(world.instance.db.get('x_rescue_connect_session', old.sessionId!)!.state).toBe('pin_issued')

        world.clock.now += 1 * MINUTE
        const young = world.generatePin('incident', world.incident).answer
        expect(young.pin).not.toBe(old.pin)
        runExpiryJob(world)
        const state = (sysId: string) => world.instance.db.get('x_rescue_connect_session', sysId)!.state
        expect([state(old.sessionId!), state(used.sessionId!), state(young.sessionId!)]).toEqual(['expired', 'started', 'pin_issued'])
        // The list shows the state's label in the reader's language.
        expect(world.instance.displayValue('x_rescue_connect_session', 'state', 'expired', world.agent)).toBe('Expired')
    })

    it('follows x_rescue_connect.pin.validity_minutes', () => {
        const world = clockedWorld({ 'x_rescue_connect.pin.validity_minutes': '60' })
        const pin = world.generatePin('incident', world.incident).answer
        world.clock.now += 59 * MINUTE
        runExpiryJob(world)
        expect(world.instance.db.get('x_rescue_connect_session', pin.sessionId!)!.state).toBe('pin_issued')
        world.clock.now += 1 * MINUTE
        runExpiryJob(world)
        expect(world.instance.db.get('x_rescue_connect_session', pin.sessionId!)!.state).toBe('expired')
    })
})
