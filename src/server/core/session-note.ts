// Work-note text for a session post, per the work_notes settings, in the work-notes language (the
// caller passes its translator). Journal fields render anything between [code] and [/code] as HTML, so
// the note is neutralised: no [code] sequence and no HTML tag survives, whatever the technician or
// customer typed.
import type { RescueConfig } from './config'
import type { SessionPost } from './session-post'
import { canonicalVariable, SESSION_VARIABLES, type SessionVariable } from './session-variables'
import { message, type Message, type MessageKey, type Translate } from '../../shared/i18n'
import { neutraliseMarkup } from '../../shared/markup'
import { oneLine, unforgeableLines } from './journal-safe'
import { parseRescueDateTime } from './rescue-datetime'

export type NoteSettings = Pick<RescueConfig, 'workNotesMode' | 'workNotesFields' | 'workNotesChatLog'>

/** The chat-log attachment on the session row (chat_log.attachment on): notes name it instead of carrying the chat log. */
export interface ChatLogAttachmentRef {
    readonly fileName: string
    readonly lines: number
}

/** How a note shows values and what it can leave out; the platform edge supplies both. */
export interface NoteContext {
    /**
     * The display value of an internal UTC date-time ('yyyy-MM-dd HH:mm:ss'): GlideDateTime.getDisplayValue() on
     * the platform, so a date in a note reads as the session row shows it. Default: the internal value.
     */
    readonly displayDateTime?: (internal: string) => string
    /** The posts this session stored before this one: in mode `all` a note leaves out what they said unchanged. */
    readonly earlierPosts?: readonly {
        readonly variables: { readonly [name: string]: string | undefined }
        readonly extra: { readonly [name: string]: string }
    }[]
}

export interface SessionNote {
    /** The work note, or null when the mode is `none`. */
    readonly text: string | null
    /** Names in work_notes.fields that are neither a Rescue variable nor a key of this post. */
    readonly unknownFields: string[]
}

/** Seconds read as a duration: "42 s", "21 min 9 s", "1 h 5 min" (whole units left out when zero). */
export function describeDuration(secondsText: string | undefined): Message | undefined {
    if (!secondsText || !/^\d+(\.\d+)?$/.test(secondsText)) return undefined
    const seconds = Math.round(Number(secondsText))
    if (seconds < 60) return message('note.seconds', seconds)
    if (seconds < 3600)
        return seconds % 60 === 0
            ? message('note.minutes', seconds / 60)
            : message('note.minutes_seconds', Math.floor(seconds / 60), seconds % 60)
    const minutes = Math.round(seconds / 60)
    const hours = Math.floor(minutes / 60)
    return minutes % 60 === 0 ? message('note.hours', hours) : message('note.hours_minutes', hours, minutes % 60)
}

const SIZE_UNITS = ['note.size_kb', 'note.size_mb', 'note.size_gb'] as const

/** Bytes read as a size with one decimal in 1024 steps: "512 B", "1.0 MB" (the decimal mark is the language's). */
export function describeSize(bytesText: string | undefined): Message | undefined {
    if (!bytesText || !/^\d+$/.test(bytesText)) return undefined
    const bytes = Number(bytesText)
    if (bytes < 1024) return message('note.size_bytes', bytes)
    let unit = 0
    let amount = bytes / 1024
    while (unit < SIZE_UNITS.length - 1 && Math.round(amount * 10) / 10 >= 1024) {
        amount /= 1024
        unit++
    }
    const tenths = Math.round(amount * 10)
    return message(SIZE_UNITS[unit]!, Math.floor(tenths / 10), tenths % 10)
}

/** A Rescue date-time as the platform displays it (the session row's value); Rescue's own text when it does not parse. */
function describeDateTime(text: string, context: NoteContext): string {
    const internal = parseRescueDateTime(text)
    if (internal === undefined) return text
    return context.displayDateTime ? context.displayDateTime(internal) : internal
}

/** The label of a Rescue variable in work notes; CField0 is Rescue's "Name" field (the customer). */
export function variableLabel(name: SessionVariable): Message {
    // Typed so that a variable without a label in src/i18n/en.ts does not compile.
    const key: `note.variable.${SessionVariable}` & MessageKey = `note.variable.${name}`
    return message(key)
}

/**
 * How notes and entries name the technician: as Rescue names them, else by their SSO ID, email or Rescue ID. With none,
 * "an unknown technician" where the name stands alone ("started by …"), and `unknown` inside "(technician …)".
 */
export function technicianName(post: SessionPost, unknown: Message = message('note.unknown_technician')): string | Message {
    const v = post.variables
    const name = v.TechName || v.TechSSOID || v.TechEmail || v.TechID
    return name ? oneLine(name) : unknown
}

/**
 * Variables no note shows, whatever the settings: the PIN's tracking value links a Rescue session to the record
 * (core/tracking-claim.ts), so it is kept from everyone who reads the record (its column is for integration admins).
 */
const NEVER_SHOWN: readonly SessionVariable[] = ['Tracking0']

/** Rescue variables whose values are text of several lines; every other variable is one line (core/journal-safe.ts). */
const MULTI_LINE_VARIABLES: readonly SessionVariable[] = ['Notes', 'ChatLog']

/** A variable's value as a note shows it: single-line variables as one line. */
function shownValue(post: SessionPost, name: SessionVariable): string | undefined {
    const value = post.variables[name]
    return value && MULTI_LINE_VARIABLES.indexOf(name) === -1 ? oneLine(value) : value
}

function headline(post: SessionPost, context: NoteContext): Message {
    const v = post.variables
    let technician = technicianName(post)
    if (post.kind === 'start') {
        return v.CField0
            ? message('note.started_with_customer', post.sessionId, technician, oneLine(v.CField0))
            : message('note.started', post.sessionId, technician)
    }
    technician = technicianName(post, message('note.technician_unknown'))
    const workTime = describeDuration(v.WorkTime)
    const closed = v.ClosingTime ? oneLine(describeDateTime(v.ClosingTime, context)) : ''
    if (closed && workTime) return message('note.ended_at_work_time', post.sessionId, closed, workTime, technician)
    if (closed) return message('note.ended_at', post.sessionId, closed, technician)
    if (workTime) return message('note.ended_work_time', post.sessionId, workTime, technician)
    return message('note.ended', post.sessionId, technician)
}

/** "Label: value", or the value on the lines below the label when it has several lines. */
export function noteLine(label: Message | string, value: Message | string): Message {
    const multiline = typeof value === 'string' && value.indexOf('\n') !== -1
    return message(multiline ? 'note.line_multiline' : 'note.line', label, value)
}

const SECONDS_VARIABLES: readonly SessionVariable[] = ['WaitingTime', 'WorkTime']
const DATE_TIME_VARIABLES: readonly SessionVariable[] = ['PickupTime', 'ClosingTime', 'LastActionTime']

function variableLine(post: SessionPost, name: SessionVariable, context: NoteContext): Message | undefined {
    const value = shownValue(post, name)
    if (!value) return undefined
    let shown: Message | string = value
    if (SECONDS_VARIABLES.indexOf(name) !== -1) shown = describeDuration(value) ?? value
    else if (name === 'Transmitted') shown = describeSize(value) ?? value
    else if (DATE_TIME_VARIABLES.indexOf(name) !== -1) shown = describeDateTime(value, context)
    return noteLine(variableLabel(name), shown)
}

/** Where a note would carry the chat log: the chat log itself, or — when it is kept as an attachment — the file's name and line count. */
function chatLogLine(post: SessionPost, attachment: ChatLogAttachmentRef | undefined): Message | undefined {
    if (!attachment || !post.variables.ChatLog) return variableLine(post, 'ChatLog', {})
    return attachment.lines === 1
        ? message('note.chat_log_attachment_one_line', variableLabel('ChatLog'), attachment.fileName)
        : message('note.chat_log_attachment', variableLabel('ChatLog'), attachment.lines, attachment.fileName)
}

function extraName(post: SessionPost, requested: string): string | undefined {
    const wanted = requested.toLowerCase()
    return Object.keys(post.extra).find((name) => name.toLowerCase() === wanted)
}

/**
 * The work note for one post. Mode `all` notes every field Rescue sent except what an earlier post of the
 * session already said with the same value, so the start note says what is new at start and the end note
 * what the session produced; mode `selection` notes the chosen fields each time.
 */
export function formatSessionNote(
    post: SessionPost,
    settings: NoteSettings,
    t: Translate,
    chatLogAttachment?: ChatLogAttachmentRef,
    context: NoteContext = {}
): SessionNote {
    if (settings.workNotesMode === 'none') return { text: null, unknownFields: [] }
    const lines: Message[] = []
    const unknownFields: string[] = []
    if (settings.workNotesMode === 'all') {
        const earlier = context.earlierPosts ?? []
        const saidBefore = (value: string, read: (earlierPost: (typeof earlier)[number]) => string | undefined) =>
            earlier.some((earlierPost) => read(earlierPost) === value)
        for (const name of SESSION_VARIABLES) {
            if (name === 'ChatLog' || NEVER_SHOWN.indexOf(name) !== -1 || saidBefore(post.variables[name] ?? '', (e) => e.variables[name]))
                continue
            const text = variableLine(post, name, context)
            if (text) lines.push(text)
        }
        for (const name of Object.keys(post.extra).sort()) {
            if (post.extra[name] && !saidBefore(post.extra[name], (e) => e.extra[name]))
                lines.push(noteLine(name || message('note.unnamed_field'), post.extra[name]))
        }
        // The transcript goes last: it is long, and the summary above should stay on screen.
        if (settings.workNotesChatLog && !saidBefore(post.variables.ChatLog ?? '', (e) => e.variables.ChatLog)) {
            const chat = chatLogLine(post, chatLogAttachment)
            if (chat) lines.push(chat)
        }
    } else {
        const seen: { [name: string]: boolean } = Object.create(null)
        for (const requested of settings.workNotesFields) {
            const canonical = canonicalVariable(requested)
            const key = canonical ?? requested.toLowerCase()
            if (seen[key]) continue
            seen[key] = true
            if (canonical) {
                if (NEVER_SHOWN.indexOf(canonical) !== -1) continue
                const text = canonical === 'ChatLog' ? chatLogLine(post, chatLogAttachment) : variableLine(post, canonical, context)
                if (text) lines.push(text)
                continue
            }
            const name = extraName(post, requested)
            if (name === undefined) unknownFields.push(requested)
            else if (post.extra[name]) lines.push(noteLine(name, post.extra[name]))
        }
    }
    const body = lines.length > 0 ? '\n\n' + lines.map(t).join('\n') : ''
    // A recovered session says where its data comes from, right under the headline.
    const origin = post.source === 'report' ? '\n' + t(message('note.from_report')) : ''
    // No line may read as the header of another journal entry (core/journal-safe.ts).
    return { text: unforgeableLines(neutraliseMarkup(t(headline(post, context)) + origin + body)), unknownFields }
}
