// Generate Rescue PIN, classic form (UI action onClick "generateRescuePin()"): asks RescuePinAjax for
// a PIN and shows it in a modal with a copy button and the customer's join link; errors become a
// form message the agent can act on.
import { rescuePinRequest } from './shared/pin-request'
import { RESCUE_PIN_COPIED_ID, RESCUE_PIN_COPY_BUTTON_ID, rescuePinModalHtml } from './shared/pin-modal'
import { rescuePinCopy } from './shared/pin-copy'
import { escapeHtml } from '../server/core/html'

function generateRescuePin(): void {
    if (g_form.isNewRecord()) {
        g_form.addErrorMessage('Save the record first, then generate the Rescue PIN.')
        return
    }
    g_form.clearMessages()
    rescuePinRequest(g_form.getTableName(), g_form.getUniqueValue(), (result) => {
        if (!result.ok) {
            // Form messages render as HTML; the sentence may quote a setting's value or the agent's email.
            g_form.addErrorMessage(escapeHtml(result.message))
            return
        }
        const modal = new GlideModal('x_rescue_connect_pin_modal', false, 520)
        modal.setTitle('LogMeIn Rescue PIN')
        modal.renderWithContent(rescuePinModalHtml(result))
        const button = document.getElementById(RESCUE_PIN_COPY_BUTTON_ID)
        if (button) {
            button.addEventListener('click', () =>
                rescuePinCopy(result.pin, (copied) => {
                    const status = document.getElementById(RESCUE_PIN_COPIED_ID)
                    if (status) status.textContent = copied ? 'Copied.' : 'Select the PIN and press Ctrl+C to copy it.'
                })
            )
        }
    })
}

export { generateRescuePin as default }
