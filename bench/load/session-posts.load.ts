// Load run: the sandbox server (in this process, on 127.0.0.1) receives Rescue's start and end
// posts for many PINs over real HTTP, with bounded concurrency and some repeated posts, then the
// stored state is checked: one session row per PIN, ended, and exactly one work note per distinct
// post. Prints throughput and latency percentiles; timings are never asserted.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { DEMO_INTEGRATION } from '../../sandbox/demo.ts'
import { SESSION_DETAILS_PATH, serveDemo } from '../../sandbox/server.ts'

const PINS = 1000
const CONCURRENCY = 16
/** Every REPEAT_END-th session sends its end post twice, every REPEAT_START-th its start post again after the end. */
const REPEAT_END = 3
const REPEAT_START = 4
/** The whole run must finish within this; a request that takes longer fails the run. */
const DEADLINE_MS = 240_000

interface Post {
    pin: string
    kind: 'start' | 'end'
    body: string
    repeat: boolean
}

let sandbox: Awaited<ReturnType<typeof serveDemo>>

beforeAll(async () => {
    sandbox = await serveDemo()
})

afterAll(async () => {
    await sandbox?.close()
})

function percentile(sorted: number[], fraction: number): number {
    return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!
}

it(`${PINS} sessions, start + end posts (some repeated), ${CONCURRENCY} concurrent clients over loopback HTTP`, async () => {
    const { instance, rescue, users } = sandbox.demo
    const setupStarted = performance.now()
    const incidents: string[] = []
    const sequences: Post[][] = []
    for (let index = 0; index < PINS; index++) {
        const incident = instance.db.insert('incident', {
            short_description: `Load incident ${index}`,
            caller_id: users['john.smith'],
            active: 'true',
        })
        const answer = instance.ajax(
            'x_rescue_connect.RescuePinAjax',
            'generatePin',
            { sysparm_table: 'incident', sysparm_sys_id: incident },
            users['jane.doe']!
        )
        const pin = (JSON.parse(answer.answer ?? '{}') as { pin?: string }).pin
        if (!pin) throw new Error(`PIN ${index} failed: ${answer.status} ${answer.answer}`)
        incidents.push(incident)
        const start = rescue.sessionPost(pin, 'start').body
        const end = rescue.sessionPost(pin, 'end', 'json', { Notes: `Load notes for ${pin}` }).body
        const sequence: Post[] = [
            { pin, kind: 'start', body: start, repeat: false },
            { pin, kind: 'end', body: end, repeat: false },
        ]
        if (index % REPEAT_END === 0) sequence.push({ pin, kind: 'end', body: end, repeat: true })
        if (index % REPEAT_START === 0) sequence.push({ pin, kind: 'start', body: start, repeat: true })
        sequences.push(sequence)
    }
    const setupMs = performance.now() - setupStarted
    const journalBefore = instance.db.rows('sys_journal_field').length

    const authorization = 'Basic ' + Buffer.from(`${DEMO_INTEGRATION.user}:${DEMO_INTEGRATION.password}`).toString('base64')
    const latencies: number[] = []
    const outcomes = new Map<string, number>()
    const deadline = AbortSignal.timeout(DEADLINE_MS)
    let next = 0
    // Each client takes the next session and sends its posts in order (Rescue posts start before end).
    async function client(): Promise<void> {
        while (next < sequences.length) {
            for (const post of sequences[next++]!) {
                const sent = performance.now()
                const answer = await fetch(sandbox.url + SESSION_DETAILS_PATH, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json', authorization },
                    body: post.body,
                    signal: deadline,
                })
                const json = (await answer.json()) as { result?: { status?: string }; error?: { code?: string } }
                latencies.push(performance.now() - sent)
                const outcome = `${answer.status} ${json.result?.status ?? json.error?.code ?? '?'}${post.repeat ? ' (repeat)' : ''}`
                outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
            }
        }
    }
    const started = performance.now()
    await Promise.all(Array.from({ length: CONCURRENCY }, client))
    const elapsedMs = performance.now() - started

    const sorted = latencies.slice().sort((a, b) => a - b)
    const posts = sequences.flat()
    const repeats = posts.filter((post) => post.repeat).length
    console.log(`\nsandbox load: ${PINS} PINs issued in ${(setupMs / 1000).toFixed(1)} s (setup, not timed below)`)
    console.log(
        `  ${posts.length} posts (${repeats} repeats) with ${CONCURRENCY} concurrent clients in ${(elapsedMs / 1000).toFixed(2)} s → ${(posts.length / (elapsedMs / 1000)).toFixed(0)} posts/s`
    )
    console.log(
        `  latency ms: p50 ${percentile(sorted, 0.5).toFixed(1)}  p95 ${percentile(sorted, 0.95).toFixed(1)}  p99 ${percentile(sorted, 0.99).toFixed(1)}  max ${sorted[sorted.length - 1]!.toFixed(1)}`
    )
    console.log(`  answers: ${[...outcomes].map(([outcome, count]) => `${outcome} ×${count}`).join(', ')}`)

    expect(latencies).toHaveLength(posts.length)
    expect(Object.fromEntries(outcomes)).toEqual({ '200 processed': PINS * 2, '200 duplicate (repeat)': repeats })
    expect(instance.restErrors).toEqual([])
    const sessions = instance.db.rows('x_rescue_connect_session').filter((row) => incidents.includes(row.task ?? ''))
    expect(sessions).toHaveLength(PINS)
    expect(new Set(sessions.map((row) => row.rescue_session_id)).size).toBe(PINS)
    expect(sessions.filter((row) => row.state === 'ended')).toHaveLength(PINS)
    // One note for the PIN (written during setup), then exactly one per distinct post: start and end.
    expect(instance.db.rows('sys_journal_field').length - journalBefore).toBe(PINS * 2)
    for (const incident of incidents) expect(instance.journal('incident', incident)).toHaveLength(3)
})
