// Generate Rescue PIN in configurable workspaces (client_script_v2, called as onClick(g_form)):
// the same request; the PIN and join link appear as read-only, copyable fields in a workspace modal.
// Every text comes in the agent's language with the answer (shared/pin-answer.ts).
import { rescuePinRequest } from './shared/pin-request'

function onClick(form: GlideFormClient): void {
    rescuePinRequest(form.getTableName(), form.getUniqueValue(), (result) => {
        if (!result.ok) {
            form.addErrorMessage(result.message)
            return
        }
        if (typeof g_modal === 'undefined' || !g_modal) {
            form.addInfoMessage(result.labels.infoFallback)
            return
        }
        g_modal.showFields({
            title: result.labels.titleWithPin,
            instruction: result.message,
            size: 'md',
            fields: [
                { type: 'string', name: 'pin', label: result.labels.fieldPin, value: result.pin, readonly: true },
                { type: 'string', name: 'customer_url', label: result.labels.fieldJoinLink, value: result.customerUrl, readonly: true },
            ],
        })
    })
}

export { onClick as default }
