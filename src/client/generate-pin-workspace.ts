// Generate Rescue PIN in configurable workspaces (client_script_v2, called as onClick(g_form)):
// the same request; the PIN and join link appear as copyable fields in a workspace modal. Only the
// options "g_modal (Next Experience) - Client" documents for showFields: the PIN is also in the title,
// and the fields are there to copy from (what the agent types into them is not read).
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
            confirmTitle: result.labels.done,
            fields: [
                { type: 'string', name: 'pin', label: result.labels.fieldPin, value: result.pin },
                { type: 'string', name: 'customer_url', label: result.labels.fieldJoinLink, value: result.customerUrl },
            ],
        })
    })
}

export { onClick as default }
