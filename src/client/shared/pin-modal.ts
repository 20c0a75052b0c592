// The classic form's PIN modal: its HTML (every value escaped) and the copy button's behaviour.
import { escapeHtml } from '../../server/core/html'

export const RESCUE_PIN_COPY_BUTTON_ID = 'x_rescue_connect_copy_pin'
export const RESCUE_PIN_COPIED_ID = 'x_rescue_connect_pin_copied'

/** The classic modal's body: every value escaped; the link only when it is an https URL. */
export function rescuePinModalHtml(result: { pin: string; customerUrl: string; message: string }): string {
    const link = /^https:\/\//.test(result.customerUrl)
        ? `<p>Customer join link: <a href="${escapeHtml(result.customerUrl)}" target="_blank" rel="noopener noreferrer">${escapeHtml(result.customerUrl)}</a></p>`
        : ''
    return [
        '<div class="x-rescue-connect-pin" style="padding:8px 4px">',
        '<p>Rescue PIN for the customer:</p>',
        `<p style="font-size:44px;font-weight:bold;letter-spacing:10px;font-family:monospace;margin:8px 0" aria-label="PIN">${escapeHtml(result.pin)}</p>`,
        `<p><button type="button" class="btn btn-primary" id="${RESCUE_PIN_COPY_BUTTON_ID}">Copy PIN</button>`,
        ` <span id="${RESCUE_PIN_COPIED_ID}" role="status"></span></p>`,
        link,
        `<p>${escapeHtml(result.message)}</p>`,
        '</div>',
    ].join('')
}

/** Copies the PIN with the Clipboard API, or by selecting a temporary field where that is missing. */
export function rescuePinCopy(pin: string, done: (copied: boolean) => void): void {
    if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
        navigator.clipboard.writeText(pin).then(
            () => done(true),
            () => done(rescuePinCopyBySelection(pin))
        )
        return
    }
    done(rescuePinCopyBySelection(pin))
}

function rescuePinCopyBySelection(pin: string): boolean {
    const field = document.createElement('textarea')
    field.value = pin
    field.setAttribute('readonly', 'readonly')
    field.style.position = 'fixed'
    field.style.opacity = '0'
    document.body.appendChild(field)
    field.select()
    let copied = false
    try {
        copied = document.execCommand('copy')
    } catch (error) {
        copied = false
    }
    document.body.removeChild(field)
    return copied
}
