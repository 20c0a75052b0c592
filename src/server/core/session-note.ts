// Work-note text for a session post, per the work_notes settings, in the work-notes language (the
// caller passes its translator). Journal fields render anything between [code] and [/code] as HTML, so
// the note is neutralised: no [code] sequence and no HTML tag survives, whatever the technician or
// customer typed.
import type { RescueConfig } from './config'
import type { SessionPost } from './session-post'
import { canonicalVariable, SESSION_VARIABLES, type SessionVariable } from './session-variables'
import { message, type Message, type MessageKey, type Translate } from '../../shared/i18n'
import { neutraliseMarkup } from '../../shared/markup'

export type NoteSettings = Pick<RescueConfig, 'workNotesMode' | 'workNotesFields' | 'workNotesChatLog'>

/** The chat-log attachment on the session row (chat_log.attachment on): notes name it instead of carrying the chat log. */
export interface ChatLogAttachmentRef {
    readonly fileName: string
    readonly lines: number
}

export interface SessionNote {
    /** The work note, or null when the mode is `none`. */
    readonly text: string | null
    /** Names in work_notes.fields that are neither a Rescue variable nor a key of this post. */
    readonly unknownFields: string[]
}

/** 1769 seconds read as "29 min"; under a minute as seconds. */
export function describeDuration(secondsText: string | undefined): Message | undefined {
    if (!secondsText || !/^\d+(\.\d+)?$/.test(secondsText)) return undefined
    const seconds = Math.round(Number(secondsText))
    return seconds < 60 ? message('note.seconds', seconds) : message('note.minutes', Math.round(seconds / 60))
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
    return v.TechName || v.TechSSOID || v.TechEmail || v.TechID || unknown
}

function headline(post: SessionPost): Message {
    const v = post.variables
    let technician = technicianName(post)
    if (post.kind === 'start') {
        return v.CField0
            ? message('note.started_with_customer', post.sessionId, technician, v.CField0)
            : message('note.started', post.sessionId, technician)
    }
    technician = technicianName(post, message('note.technician_unknown'))
    const workTime = describeDuration(v.WorkTime)
    if (v.ClosingTime && workTime) return message('note.ended_at_work_time', post.sessionId, v.ClosingTime, workTime, technician)
    if (v.ClosingTime) return message('note.ended_at', post.sessionId, v.ClosingTime, technician)
    if (workTime) return message('note.ended_work_time', post.sessionId, workTime, technician)
    return message('note.ended', post.sessionId, technician)
}

/** "Label: value", or the value on the lines below the label when it has several lines. */
export function noteLine(label: Message | string, value: Message | string): Message {
    const multiline = typeof value === 'string' && value.indexOf('\n') !== -1
    return message(multiline ? 'note.line_multiline' : 'note.line', label, value)
}

const SECONDS_VARIABLES: readonly SessionVariable[] = ['WaitingTime', 'WorkTime']

function variableLine(post: SessionPost, name: SessionVariable): Message | undefined {
    const value = post.variables[name]
    if (!value) return undefined
    // "29 min (1769 s)", but "45 s" alone where the duration says no more than the seconds.
    const seconds = SECONDS_VARIABLES.indexOf(name) !== -1 && /^\d+$/.test(value) ? Number(value) : undefined
    const duration = SECONDS_VARIABLES.indexOf(name) !== -1 ? describeDuration(value) : undefined
    const shown = duration && !(seconds !== undefined && seconds < 60) ? message('note.duration_with_seconds', duration, value) : value
    return noteLine(variableLabel(name), shown)
}

/** Where a note would carry the chat log: the chat log itself, or — when it is kept as an attachment — the file's name and line count. */
function chatLogLine(post: SessionPost, attachment: ChatLogAttachmentRef | undefined): Message | undefined {
    if (!attachment || !post.variables.ChatLog) return variableLine(post, 'ChatLog')
    return attachment.lines === 1
        ? message('note.chat_log_attachment_one_line', variableLabel('ChatLog'), attachment.fileName)
        : message('note.chat_log_attachment', variableLabel('ChatLog'), attachment.lines, attachment.fileName)
}

function extraName(post: SessionPost, requested: string): string | undefined {
    const wanted = requested.toLowerCase()
    return Object.keys(post.extra).find((name) => name.toLowerCase() === wanted)
}

export function formatSessionNote(post: SessionPost, settings: NoteSettings, t: Translate, chatLogAttachment?: ChatLogAttachmentRef): SessionNote {
    if (settings.workNotesMode === 'none') return { text: null, unknownFields: [] }
    const lines: Message[] = []
    const unknownFields: string[] = []
    if (settings.workNotesMode === 'all') {
        for (const name of SESSION_VARIABLES) {
            if (name === 'ChatLog') continue
            const text = variableLine(post, name)
            if (text) lines.push(text)
        }
        for (const name of Object.keys(post.extra).sort()) {
            if (post.extra[name]) lines.push(noteLine(name || message('note.unnamed_field'), post.extra[name]))
        }
        // The transcript goes last: it is long, and the summary above should stay on screen.
        if (settings.workNotesChatLog) {
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
                const text = canonical === 'ChatLog' ? chatLogLine(post, chatLogAttachment) : variableLine(post, canonical)
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
    return { text: neutraliseMarkup(t(headline(post)) + origin + body), unknownFields }
}
