// Generate Rescue PIN, classic form (UI action onClick "generateRescuePin()"): asks RescuePinAjax for
// a PIN and shows it in a modal with a copy button and the customer's join link; errors become a
// form message the agent can act on. Every text comes in the agent's language with the answer, or
// from the messages the UI action preloads (shared/messages.ts). A new, unsaved record is answered by
// the server too (the record is not found: save it first), so the script says nothing of its own.
import { rescuePinRequest } from './shared/pin-request'
import { RESCUE_PIN_COPIED_ID, RESCUE_PIN_COPY_BUTTON_ID, rescuePinModalHtml } from './shared/pin-modal'
import { rescuePinCopy } from './shared/pin-copy'
import { escapeHtml } from '../shared/markup'

function generateRescuePin(): void {
    g_form.clearMessages()
    rescuePinRequest(g_form.getTableName(), g_form.getUniqueValue(), (result) => {
        if (!result.ok) {
            // Form messages render as HTML; the sentence may quote a setting's value or the agent's email.
            g_form.addErrorMessage(escapeHtml(result.message))
            return
        }
        const modal = new GlideModal('x_rescue_connect_pin_modal', false, 520)
        modal.setTitle(result.labels.title)
        modal.renderWithContent(rescuePinModalHtml(result))
        const button = document.getElementById(RESCUE_PIN_COPY_BUTTON_ID)
        if (button) {
            button.addEventListener('click', () =>
                rescuePinCopy(result.pin, (copied) => {
                    const status = document.getElementById(RESCUE_PIN_COPIED_ID)
                    if (status) status.textContent = copied ? result.labels.copied : result.labels.copyFailed
                })
            )
        }
    })
}

export { generateRescuePin as default }
