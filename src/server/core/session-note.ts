// Work-note text for a session post, per the work_notes settings. Journal fields render anything
// between [code] and [/code] as HTML, so text from Rescue is neutralised: no [code] sequence and no
// HTML tag survives, whatever the technician or customer typed.
import type { RescueConfig } from './config'
import type { SessionPost } from './session-post'
import { canonicalVariable, SESSION_VARIABLES, VARIABLE_LABELS, type SessionVariable } from './session-variables'

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

// `[code` / `[/code` in any case or spacing loses its bracket to a look-alike; a `<` that could open
// a tag, comment or declaration becomes a single guillemet. Text stays readable; nothing renders.
const CODE_TAG = /\[(\s*\/?\s*code)/gi
const TAG_OPEN = /<(?=[A-Za-z\/!?])/g

export function neutraliseMarkup(text: string): string {
    return text.replace(CODE_TAG, '\uff3b$1').replace(TAG_OPEN, '\u2039')
}

/** 1769 seconds read as "29 min"; under a minute as seconds. */
export function describeDuration(secondsText: string | undefined): string | undefined {
    if (!secondsText || !/^\d+(\.\d+)?$/.test(secondsText)) return undefined
    const seconds = Math.round(Number(secondsText))
    return seconds < 60 ? `${seconds} s` : `${Math.round(seconds / 60)} min`
}

/** How notes and entries name the technician: as Rescue names them, else by their SSO ID, email or Rescue ID. */
export function technicianName(post: SessionPost): string {
    const v = post.variables
    return v.TechName || v.TechSSOID || v.TechEmail || v.TechID || 'an unknown technician'
}

function headline(post: SessionPost): string {
    const v = post.variables
    const technician = technicianName(post)
    if (post.kind === 'start') {
        const customer = v.CField0 ? ` with ${v.CField0}` : ''
        return `LogMeIn Rescue session ${post.sessionId} started by ${technician}${customer}.`
    }
    const closed = v.ClosingTime ? ` ${v.ClosingTime}` : ''
    const workTime = describeDuration(v.WorkTime)
    return `LogMeIn Rescue session ${post.sessionId} ended${closed}${workTime ? `, work time ${workTime}` : ''} (technician ${technician}).`
}

function line(label: string, value: string): string {
    return value.indexOf('\n') === -1 ? `${label}: ${value}` : `${label}:\n${value}`
}

const SECONDS_VARIABLES: readonly SessionVariable[] = ['WaitingTime', 'WorkTime']

function variableLine(post: SessionPost, name: SessionVariable): string | undefined {
    const value = post.variables[name]
    if (!value) return undefined
    const duration = SECONDS_VARIABLES.indexOf(name) !== -1 ? describeDuration(value) : undefined
    return line(VARIABLE_LABELS[name], duration && duration !== `${value} s` ? `${duration} (${value} s)` : value)
}

/** Where a note would carry the chat log: the chat log itself, or — when it is kept as an attachment — the file's name and line count. */
function chatLogLine(post: SessionPost, attachment: ChatLogAttachmentRef | undefined): string | undefined {
    if (!attachment || !post.variables.ChatLog) return variableLine(post, 'ChatLog')
    const lines = attachment.lines === 1 ? '1 line' : `${attachment.lines} lines`
    return `${VARIABLE_LABELS.ChatLog}: ${lines}, in the attachment ${attachment.fileName} of the Rescue Session record.`
}

function extraName(post: SessionPost, requested: string): string | undefined {
    const wanted = requested.toLowerCase()
    return Object.keys(post.extra).find((name) => name.toLowerCase() === wanted)
}

export function formatSessionNote(post: SessionPost, settings: NoteSettings, chatLogAttachment?: ChatLogAttachmentRef): SessionNote {
    if (settings.workNotesMode === 'none') return { text: null, unknownFields: [] }
    const lines: string[] = []
    const unknownFields: string[] = []
    if (settings.workNotesMode === 'all') {
        for (const name of SESSION_VARIABLES) {
            if (name === 'ChatLog') continue
            const text = variableLine(post, name)
            if (text) lines.push(text)
        }
        for (const name of Object.keys(post.extra).sort()) {
            if (post.extra[name]) lines.push(line(name || '(unnamed)', post.extra[name]))
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
            else if (post.extra[name]) lines.push(line(name, post.extra[name]))
        }
    }
    const body = lines.length > 0 ? '\n\n' + lines.join('\n') : ''
    return { text: neutraliseMarkup(headline(post) + body), unknownFields }
}
