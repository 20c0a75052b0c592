// How the button reads RescuePinAjax's answer, shared by the classic form and workspace scripts
// (the build inlines it into each, inside the handler function, so none of these names is a page global).
// Every sentence and label in the answer is already in the agent's language (RescueCore.generatePin).
import { PIN_MODAL_LABEL_NAMES, type PinAnswer } from '../../shared/pin-answer'
import { rescueClientMessage } from './messages'
import { rescuePageTexts } from './page-texts'

/** What the button shows: the answer without what only the server and the tests read (the session id, the code). */
export type RescuePinResult = Omit<Extract<PinAnswer, { ok: true }>, 'sessionId'> | Omit<Extract<PinAnswer, { ok: false }>, 'code'>

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
    const labels = rescuePageTexts(fields, PIN_MODAL_LABEL_NAMES)
    if (fields.ok === true && /^\d+$/.test(text('pin')) && labels !== null) {
        return { ok: true, pin: text('pin'), customerUrl: text('customerUrl'), message: text('message'), labels }
    }
    if (fields.ok === false && text('message') !== '') return { ok: false, message: text('message') }
    return { ok: false, message: rescueClientMessage('pin.client.unreadable') }
}
