// What LogMeIn Rescue posts (Post-to-URL) at session start and end, built for a PIN the simulator
// issued, in the three formats admins can choose: JSON (a flat object), form-urlencoded and XML
// (lowercase tags under <session>). A start post has no ClosingTime and empty Notes.
import type { IssuedPin } from './issued-pin.ts'

export type SessionKind = 'start' | 'end'
export type SessionPostFormat = 'json' | 'form' | 'xml'

export interface SessionPost {
    contentType: string
    body: string
}

export interface SessionSource {
    issued: IssuedPin
    technician: { id: string; ssoId: string; name: string; email: string }
    /** When the technician picked the session up and (for an end post) closed it; absent: fixed times on 3/5/2026. */
    times?: { pickupMs: number; closingMs?: number }
}

const pad2 = (value: number) => String(value).padStart(2, '0')

/** `3/5/2026 10:02:11 AM` (UTC), the form Rescue's posts have been seen to use. */
export function rescueDateTime(ms: number): string {
    const at = new Date(ms)
    const hour = at.getUTCHours()
    return `${at.getUTCMonth() + 1}/${at.getUTCDate()}/${at.getUTCFullYear()} ${hour % 12 || 12}:${pad2(at.getUTCMinutes())}:${pad2(at.getUTCSeconds())} ${hour < 12 ? 'AM' : 'PM'}`
}

/** The time variables of a post from real times: pickup, last action, closing and the work time in seconds. */
function timeVariables(kind: SessionKind, times: NonNullable<SessionSource['times']>): Record<string, string> {
    const pickup = rescueDateTime(times.pickupMs)
    if (kind === 'start') return { PickupTime: pickup, LastActionTime: pickup, WorkTime: '0' }
    const closingMs = Math.max(times.closingMs ?? times.pickupMs, times.pickupMs)
    return {
        PickupTime: pickup,
        ClosingTime: rescueDateTime(closingMs),
        LastActionTime: rescueDateTime(Math.max(times.pickupMs, closingMs - 2000)),
        WorkTime: String(Math.round((closingMs - times.pickupMs) / 1000)),
    }
}

/** Rescue's session variables for the PIN; `overrides` replace or add variables (e.g. SessionID, ChatLog). */
export function sessionVariables(source: SessionSource, kind: SessionKind, overrides: Record<string, string> = {}): Record<string, string> {
    const { issued, technician } = source
    const start: Record<string, string> = {
        SessionID: String(512000000 + Number(issued.pin)),
        TechID: technician.id,
        TechSSOID: technician.ssoId,
        TechName: technician.name,
        TechEmail: technician.email,
        TechDescr: 'Service desk',
        CField0: issued.fields.cfield0,
        CField1: issued.fields.cfield1,
        CField2: issued.fields.cfield2,
        CField3: issued.fields.cfield3,
        CField4: issued.fields.cfield4,
        CField5: issued.fields.cfield5,
        Tracking0: issued.fields.tracking0,
        ChatLog: '',
        Notes: '',
        WaitingTime: '42',
        PickupTime: '3/5/2026 10:02:11 AM',
        WorkTime: '0',
        LastActionTime: '3/5/2026 10:02:11 AM',
        Transmitted: '0',
        Platform: 'Windows',
    }
    const end: Record<string, string> =
        kind === 'end'
            ? {
                  ChatLog: `10:02 AM ${technician.name}: Hello\n10:03 AM ${issued.fields.cfield0 || 'Customer'}: Hi`,
                  Notes: 'Reset spooler',
                  ClosingTime: '3/5/2026 10:31:40 AM',
                  WorkTime: '1769',
                  LastActionTime: '3/5/2026 10:31:38 AM',
                  Transmitted: '1048576',
              }
            : {}
    return { ...start, ...end, ...(source.times ? timeVariables(kind, source.times) : {}), ...overrides }
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export function sessionPost(variables: Record<string, string>, format: SessionPostFormat): SessionPost {
    switch (format) {
        case 'json':
            return { contentType: 'application/json', body: JSON.stringify(variables) }
        case 'form':
            return { contentType: 'application/x-www-form-urlencoded', body: new URLSearchParams(variables).toString() }
        case 'xml':
            return {
                contentType: 'application/xml',
                body:
                    '<?xml version="1.0" encoding="utf-8"?>\n<session>\n' +
                    Object.entries(variables)
                        .map(([name, value]) => `  <${name.toLowerCase()}>${escapeXml(value)}</${name.toLowerCase()}>`)
                        .join('\n') +
                    '\n</session>',
            }
    }
}
