// How the button reads RescuePinAjax's answer, shared by the classic form and workspace scripts
// (the build inlines it into each, inside the handler function, so none of these names is a page global).
export type RescuePinResult =
    | { ok: true; pin: string; customerUrl: string; message: string }
    | { ok: false; message: string }

const RESCUE_PIN_UNREADABLE =
    'The instance sent an answer the Generate Rescue PIN button cannot read. Reload the form and try again; if it keeps happening, ask your ServiceNow admin.'
const RESCUE_PIN_NO_ANSWER =
    'The instance did not answer the Generate Rescue PIN request (you may lack the x_rescue_connect.user role, or your session expired). Reload the form and try again; if it keeps happening, ask your ServiceNow admin.'

/** Reads the JSON answer defensively: anything unexpected becomes a sentence, never an exception. */
export function rescuePinReadAnswer(answer: string | null): RescuePinResult {
    if (answer === null || answer === '') return { ok: false, message: RESCUE_PIN_NO_ANSWER }
    let data: unknown
    try {
        data = JSON.parse(answer)
    } catch (error) {
        return { ok: false, message: RESCUE_PIN_UNREADABLE }
    }
    if (typeof data !== 'object' || data === null) return { ok: false, message: RESCUE_PIN_UNREADABLE }
    const fields = data as { [key: string]: unknown }
    const text = (key: string) => (typeof fields[key] === 'string' ? (fields[key] as string) : '')
    if (fields.ok === true && /^\d+$/.test(text('pin'))) {
        return { ok: true, pin: text('pin'), customerUrl: text('customerUrl'), message: text('message') }
    }
    if (fields.ok === false && text('message') !== '') return { ok: false, message: text('message') }
    return { ok: false, message: RESCUE_PIN_UNREADABLE }
}
