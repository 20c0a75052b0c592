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
    world.instance.db.rows('x_rescue_connect_auth_code').forEach((row) => world.instance.db.delete('x_rescue_connect_auth_code', row.sys_id))

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
})

it('a second click within pin.reuse_minutes shows the same PIN again', () => {
    const world = pinWorld()
    const first = world.generatePin('incident', world.incident).answer
    world.instance.resetCounters()
    const again = world.generatePin('incident', world.incident).answer
    const { queries, inserts, updates, outbound } = world.instance.counters
    console.log(`pin bench: a reused PIN (second click within the window): ${outbound} outbound calls, ${queries} queries, ${inserts} inserts, ${updates} updates`)
    expect(again.pin).toBe(first.pin)
    expect(outbound).toBe(0)
    expect(inserts + updates).toBe(0)
})
