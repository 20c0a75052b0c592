// Benchmark: 100 PINs by the same technician against the Rescue simulator, through the emulator on
// the built app. Prints outbound calls per PIN (target ≤ 1.02: the auth code is reused) and the
// app's own time per PIN. The simulator reports latency (here a realistic 150 ms per call) without
// sleeping, so wall time is the app's own time; the latency is printed beside it. Asserts only counts.
import { performance } from 'node:perf_hooks'
import { expect, it } from 'vitest'
import { pinWorld } from '../test/artifact/pin-fixture.ts'

const PINS = 100
const RESCUE_LATENCY_MS = 150

it(`generates ${PINS} PINs for one technician`, () => {
    // Every PIN here is a new one: reuse (x_rescue_connect.pin.reuse_minutes) is measured below.
    const world = pinWorld({ rescueLatencyMs: RESCUE_LATENCY_MS, settings: { 'x_rescue_connect.pin.reuse_minutes': '0' } })
    world.generatePin('incident', world.incident) // warm-up: loads the Script Includes once, and the messages into the cache
    const warmUpLoads = world.instance.counters.messageLoads
    world.instance.resetCounters()
    world.instance.outbound.length = 0
    world.instance.db
        .rows('x_rescue_connect_auth_code')
        .forEach((row) => world.instance.db.delete('x_rescue_connect_auth_code', row.sys_id))

    const started = performance.now()
    for (let index = 0; index < PINS; index++) {
        const { answer } = world.generatePin('incident', world.incident)
        if (!answer.ok) throw new Error(`PIN ${index + 1} failed: ${answer.code} ${answer.message}`)
    }
    const wallMs = performance.now() - started
    const simulatedLatencyMs = world.instance.outbound.reduce((sum, call) => sum + (call.simulatedLatencyMs ?? 0), 0)
    const outboundPerPin = world.instance.counters.outbound / PINS
    const appMsPerPin = wallMs / PINS

    console.log(
        [
            `pin bench: ${PINS} PINs, one technician`,
            `  outbound calls per PIN: ${outboundPerPin.toFixed(2)} (target <= 1.02)`,
            `  database queries per PIN: ${(world.instance.counters.queries / PINS).toFixed(2)}, inserts: ${(world.instance.counters.inserts / PINS).toFixed(2)}, updates: ${(world.instance.counters.updates / PINS).toFixed(2)}`,
            `  translated messages loaded per PIN: ${(world.instance.counters.messageLoads / PINS).toFixed(2)} (the warm-up PIN loaded ${warmUpLoads}; the instance's cache serves them after that)`,
            `  app time per PIN (emulated instance, simulator latency excluded): ${appMsPerPin.toFixed(2)} ms`,
            `  simulated Rescue latency: ${(simulatedLatencyMs / PINS).toFixed(0)} ms per PIN (${RESCUE_LATENCY_MS} ms per call, not slept)`,
        ].join('\n')
    )
    // One auth code for the run, then one requestPINCode per PIN.
    expect(world.instance.counters.outbound).toBe(PINS + 1)
    expect(outboundPerPin).toBeLessThanOrEqual(1.02)
    expect(world.instance.counters.messageLoads).toBe(0)
    // The write-access check (issue 17) asks the record already read for two ACL decisions: no DB operation of its own.
    expect(world.instance.counters.queries / PINS).toBeLessThanOrEqual(5.01)
})

it('refuses a PIN to an agent who may only read the record, before Rescue is called', () => {
    const world = pinWorld()
    world.instance.db.insert('sys_user_role', { name: 'x_rescue_connect_bench_writer' })
    world.instance.addAcl({ name: 'incident', operation: 'read', roles: ['x_rescue_connect.user'] })
    world.instance.addAcl({ name: 'incident', operation: 'write', roles: ['x_rescue_connect_bench_writer'] })
    world.generatePin('incident', world.incident) // warm-up: Script Includes and messages
    world.instance.resetCounters()
    const { answer } = world.generatePin('incident', world.incident)
    const { queries, inserts, updates, outbound } = world.instance.counters
    console.log(
        `read-only agent's click (issue 17): ${answer.code}; ${queries} DB queries, ${inserts + updates} writes, ${outbound} outbound calls (the write check itself adds no DB operation to a PIN)`
    )
    expect(answer.code).toBe('RECORD_READ_ONLY')
    expect(inserts + updates + outbound).toBe(0)
})

it('a second click within pin.reuse_minutes shows the same PIN again', () => {
    const world = pinWorld()
    world.generatePin('incident', world.incident) // warm-up: Script Includes, messages and the auth code
    const caller = world.instance.db.get('incident', world.incident)!.caller_id ?? ''
    const other = world.instance.db.insert('incident', { short_description: 'Second record', caller_id: caller, active: 'true' })
    world.instance.resetCounters()
    const first = world.generatePin('incident', other).answer
    const issued = { ...world.instance.counters }
    console.log(
        `pin bench: a new PIN with reuse on (the default): ${issued.outbound} outbound calls, ${issued.queries} queries, ${issued.inserts} inserts, ${issued.updates} updates`
    )
    world.instance.resetCounters()
    const again = world.generatePin('incident', other).answer
    const { queries, inserts, updates, outbound } = world.instance.counters
    console.log(
        `pin bench: a reused PIN (second click within the window): ${outbound} outbound calls, ${queries} queries, ${inserts} inserts, ${updates} updates`
    )
    expect(again.pin).toBe(first.pin)
    expect(outbound).toBe(0)
    expect(inserts + updates).toBe(0)
})

// Issue 20: a PIN on a catalog task whose customer is a dot-walk (request_item.requested_for), beside one on an
// incident (caller_id): what the table check and the walk add per PIN, for the button and for the flow action.
it(`generates ${PINS} PINs on a catalog task with a dot-walked customer field`, () => {
    const world = pinWorld({
        settings: {
            'x_rescue_connect.pin.tables': 'incident,sc_task',
            'x_rescue_connect.pin.customer_fields': 'sc_task=request_item.requested_for',
            // Every PIN here is a new one (reuse is measured above).
            'x_rescue_connect.pin.reuse_minutes': '0',
        },
    })
    const item = world.instance.db.insert('sc_req_item', { short_description: 'New laptop', requested_for: world.caller, active: 'true' })
    const task = world.instance.db.insert('sc_task', { short_description: 'Image the laptop', request_item: item, active: 'true' })
    const measure = (label: string, generate: () => { ok: boolean; code?: string }) => {
        generate() // warm-up
        world.instance.resetCounters()
        for (let index = 0; index < PINS; index++) {
            const answer = generate()
            if (!answer.ok) throw new Error(`${label} PIN ${index + 1} failed: ${answer.code}`)
        }
        const { queries, inserts, updates, outbound } = world.instance.counters
        console.log(
            `  ${label}: queries ${(queries / PINS).toFixed(2)}, inserts ${(inserts / PINS).toFixed(2)}, updates ${(updates / PINS).toFixed(2)}, Rescue calls ${(outbound / PINS).toFixed(2)} per PIN`
        )
        return { queries: queries / PINS, outbound: outbound / PINS }
    }
    console.log(`pin bench (issue 20): ${PINS} PINs each, one technician`)
    const incident = measure('incident, caller_id (button)', () => world.generatePin('incident', world.incident).answer)
    const walked = measure('sc_task, request_item.requested_for (button)', () => world.generatePin('sc_task', task).answer)
    const flow = measure('sc_task, request_item.requested_for (flow action, run as system)', () => {
        const outputs = world.instance.runFlowAction('Generate Rescue PIN', { record: task, technician: world.agent }, 'system').outputs
        return { ok: outputs.ok === true, code: String(outputs.error_code) }
    })
    console.log(
        `  the dot-walk adds ${(walked.queries - incident.queries).toFixed(2)} queries per PIN; the flow action (named technician) ${(flow.queries - walked.queries).toFixed(2)} more`
    )
    expect(walked.outbound).toBe(1)
    expect(flow.outbound).toBe(1)
})
