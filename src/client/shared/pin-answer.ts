// How the button reads RescuePinAjax's answer, shared by the classic form and workspace scripts
// (the build inlines it into each, inside the handler function, so none of these names is a page global).
// Every sentence and label in the answer is already in the agent's language (RescueCore.generatePin).
import { rescueClientMessage } from './messages'

/** The modal's texts as the server sends them; `joinLink` keeps a {0} for the link. */
export interface RescuePinLabels {
    title: string
    titleWithPin: string
    pinForCustomer: string
    pinAria: string
    copy: string
    copied: string
    copyFailed: string
    joinLink: string
    fieldPin: string
    fieldJoinLink: string
    done: string
    infoFallback: string
}

export type RescuePinResult =
    | { ok: true; pin: string; customerUrl: string; message: string; labels: RescuePinLabels }
    | { ok: false; message: string }

const LABEL_NAMES: (keyof RescuePinLabels)[] = [
    'title',
    'titleWithPin',
    'pinForCustomer',
    'pinAria',
    'copy',
    'copied',
    'copyFailed',
    'joinLink',
    'fieldPin',
    'fieldJoinLink',
    'done',
    'infoFallback',
]

function readLabels(value: unknown): RescuePinLabels | null {
    if (typeof value !== 'object' || value === null) return null
    const fields = value as { [key: string]: unknown }
    const labels = {} as RescuePinLabels
    for (const name of LABEL_NAMES) {
        if (typeof fields[name] !== 'string') return null
        labels[name] = fields[name] as string
    }
    return labels
}

/** Reads the JSON answer defensively: anything unexpected becomes a sentence, never an exception. */
export function rescuePinReadAnswer(answer: string | null): RescuePinResult {
    if (answer === null || answer === '') return { ok: false, message: rescueClientMessage('pin.client.no_answer') }
    let data: unknown
    try {
        data = JSON.parse(answer)
    } catch (error) {
        return { ok: false, message: rescueClientMessage('pin.client.unreadable') }
    }
    if (typeof data !== 'object' || data === null) return { ok: false, message: rescueClientMessage('pin.client.unreadable') }
    const fields = data as { [key: string]: unknown }
    const text = (key: string) => (typeof fields[key] === 'string' ? (fields[key] as string) : '')
    const labels = readLabels(fields.labels)
    if (fields.ok === true && /^\d+$/.test(text('pin')) && labels !== null) {
        return { ok: true, pin: text('pin'), customerUrl: text('customerUrl'), message: text('message'), labels }
    }
    if (fields.ok === false && text('message') !== '') return { ok: false, message: text('message') }
    return { ok: false, message: rescueClientMessage('pin.client.unreadable') }
}
