// i18n-exempt-file: system log lines, English: admins and support read the log in one language.
// What the two flows tell the admin in the system log, as their plans decide it (core/session-plan.ts, core/pin-plan.ts);
// platform/log.ts writes them, with every secret redacted.
import { SETTINGS } from './settings'
import { MAX_POSTS_PER_SESSION, MAX_STORED_POSTS_CHARS } from './session-decision'

export type LogLevel = 'debug' | 'warn' | 'error'

export interface LogLine {
    readonly level: LogLevel
    readonly text: string
}

const debug = (text: string): LogLine => ({ level: 'debug', text })
const warn = (text: string): LogLine => ({ level: 'warn', text })
const error = (text: string): LogLine => ({ level: 'error', text })

export const SESSION_LOG = {
    tooManyPosts: (sessionId: string) =>
        warn(`Rescue session ${sessionId} already has ${MAX_POSTS_PER_SESSION} different posts stored; a further post was refused (422).`),
    tooLarge: (sessionId: string) =>
        warn(
            `Rescue session ${sessionId}: a post does not fit the session's stored posts (${MAX_STORED_POSTS_CHARS} characters) and was refused (422).`
        ),
    valuesLeftOut: (sessionId: string, count: number) =>
        warn(
            `Rescue session ${sessionId}: ${count} long values are left out of the stored posts to keep them within ${MAX_STORED_POSTS_CHARS} characters.`
        ),
    // The setting is named, never quoted: an admin may have pasted anything into it.
    unknownNoteFields: (count: number) =>
        warn(
            `Property ${SETTINGS.workNotesFields.property} lists ${count} name(s) that are neither Rescue session variables nor in this post; check its spelling.`
        ),
    chatLogNotAttached: (sessionId: string, sessionSysId: string) =>
        error(
            `Rescue session ${sessionId}: the chat log could not be attached to its Rescue Session record (${sessionSysId}); the work note carries it instead.`
        ),
    chatLogNotNamed: (sessionId: string) =>
        error(
            `Rescue session ${sessionId}: its chat log is attached to the Rescue Session record, but the record could not be updated to name it.`
        ),
    taskMissing: (sessionId: string, taskSysId: string) =>
        warn(`Rescue session ${sessionId}: task ${taskSysId} no longer exists; the session is stored without a work note.`),
    timeWorkedRefused: (sessionId: string, record: string, duration: string) =>
        error(
            `Rescue session ${sessionId}: ${record} refused its Time Worked entry (${duration} of work; a business rule or data policy aborted the insert). ` +
                'The session and its work note are stored; add the time by hand if it is needed.'
        ),
    noteRefused: (sessionId: string, record: string) =>
        error(
            `Rescue session ${sessionId}: ${record} refused the work note (a business rule or data policy aborted the update). ` +
                'The session is stored; sending the post again adds the note.'
        ),
    consoleTableMissing: (sessionId: string, recordType: string, table: string) =>
        error(`Cannot create a ${recordType} for Rescue session ${sessionId}: table ${table} does not exist on this instance.`),
    consoleInsertRefused: (sessionId: string, recordType: string) =>
        error(`Creating a ${recordType} for Rescue session ${sessionId} failed.`),
    // The tracking value is not quoted: it names the PIN's record (core/tracking-claim.ts).
    trackingClaimed: (sessionId: string) =>
        warn(
            `Rescue session ${sessionId} carries the tracking value of a PIN another Rescue session already used; it is stored unlinked (no work note, no record created).`
        ),
    consoleNotLinked: (sessionId: string, record: string) =>
        error(
            `Rescue session ${sessionId}: created ${record} but could not link it to the session row; link them by hand to avoid a second record.`
        ),
}

/** `record` is the task's table and number, e.g. "incident INC0010001". */
export const PIN_LOG = {
    requested: (record: string, ssoId: string, host: string) => debug(`PIN requested for ${record} by ${ssoId} on ${host}`),
    shownAgain: (record: string, ssoId: string, sessionSysId: string) =>
        debug(`PIN shown again for ${record} (${ssoId}); session ${sessionSysId}`),
    refused: (record: string, ssoId: string, code: string) => warn(`No PIN for ${record} (${ssoId}): ${code}`),
    rowNotInserted: (record: string) => error(`Rescue issued a PIN for ${record} but the session row could not be inserted`),
    noteRefused: (record: string) =>
        error(
            `Rescue issued a PIN for ${record}, but the record refused its work note (a business rule or data policy aborted the update)`
        ),
    issued: (record: string, sessionSysId: string) => debug(`PIN issued for ${record}; session ${sessionSysId}`),
}
