// Whether Generate Rescue PIN may write on the record for the agent. A PIN leaves a work note in the agent's name at
// once, and later the session notes and a Time Worked entry credited to them: all of it written with GlideRecord
// (platform/pin-records.ts), which checks no ACL. So the agent's own write access is asked first — the record's and
// its work notes' — and an agent who may only read the record gets no PIN: Rescue is not called, nothing is written.
import { PIN_ERRORS, type PinError } from './pin-errors'

/** The agent's write access to the record, as its ACLs answer it (read by platform/pin-records.ts). */
export interface RecordWriteAccess {
    readonly record: boolean
    readonly workNotes: boolean
}

/** The failure to answer when the agent may not write what a PIN writes; null when they may. */
export function pinWriteRefusal(access: RecordWriteAccess): PinError | null {
    return access.record && access.workNotes ? null : PIN_ERRORS.recordReadOnly
}
