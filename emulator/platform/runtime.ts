// What every emulated API shares inside one Instance: the database, the session user, access
// control, the counters and the observation logs.
import type { AccessControl } from './acl.ts'
import type { Database } from '../engine/db.ts'
import type { SessionUser } from './session-user.ts'

export interface Counters {
    queries: number
    inserts: number
    updates: number
    deletes: number
    outbound: number
    /** Lookups the instance's message cache had not seen (each also counted in queries). */
    messageLoads: number
}

export type LogLevel = 'info' | 'warn' | 'error' | 'debug'

export interface LogEntry {
    level: LogLevel
    message: string
}

export interface EventEntry {
    name: string
    table: string
    sysId: string
    parm1: string
    parm2: string
    /** The event's creator: the session user whose script queued it (sysevent user_id / user_name). */
    userId: string
    userName: string
}

export interface OutboundEntry {
    method: string
    endpoint: string
    headers: Record<string, string>
    body: string
    timeoutMs: number | null
    /** Latency the remote end reported simulating (not slept): benchmarks subtract it. */
    simulatedLatencyMs: number
}

export interface Runtime {
    readonly db: Database
    readonly acl: AccessControl
    readonly counters: Counters
    readonly logs: LogEntry[]
    readonly events: EventEntry[]
    readonly outbound: OutboundEntry[]
    readonly messages: { type: 'info' | 'error'; message: string }[]
    now(): Date
    user(): SessionUser
    log(level: LogLevel, message: string): void
}

export function zeroCounters(): Counters {
    return { queries: 0, inserts: 0, updates: 0, deletes: 0, outbound: 0, messageLoads: 0 }
}
