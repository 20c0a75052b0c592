// The PIN modal's Copy PIN button (classic modal and workspace frame): the Clipboard API, or a selected
// temporary field where the API is missing or refused (older browsers, pages not served over https).
import { RESCUE_PIN_COPIED_ID, RESCUE_PIN_COPY_BUTTON_ID } from './pin-modal'
import type { PinModalLabels } from '../../shared/pin-answer'

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
    let copied: boolean
    try {
        copied = document.execCommand('copy')
    } catch (error) {
        copied = false
    }
    document.body.removeChild(field)
    return copied
}

/** Wires the Copy PIN button of a body rescuePinModalHtml rendered: copies the PIN and says whether that worked. */
export function rescuePinModalActivate(result: { pin: string; labels: PinModalLabels }): void {
    const button = document.getElementById(RESCUE_PIN_COPY_BUTTON_ID)
    if (!button) return
    button.addEventListener('click', () =>
        rescuePinCopy(result.pin, (copied) => {
            const status = document.getElementById(RESCUE_PIN_COPIED_ID)
            if (status) status.textContent = copied ? result.labels.copied : result.labels.copyFailed
        })
    )
}
