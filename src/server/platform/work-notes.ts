// Every work note the app writes (a PIN's, a session post's) goes through here, as the system: the agent may read a
// record without being allowed to edit it, and Rescue's posts come in as the integration user.
import type { WrittenNote } from '../core/session-plan'

/**
 * Appends `note` to the task's work notes. `table` is the record's table, or 'task' when only its sys_id is known
 * (the platform then answers with the record's own class). null when the record does not exist; `written: false`
 * when it refused the update (a business rule or data policy aborted it).
 */
export function addWorkNote(table: string, sysId: string, note: string): WrittenNote | null {
    const record = new GlideRecord(table)
    if (!record.get(sysId)) return null
    record.setValue('work_notes', note)
    const written = record.update() !== null
    return { table: record.getRecordClassName(), number: record.getValue('number') ?? '', written }
}
