// Generate Rescue PIN in configurable workspaces (client_script_v2, called as onClick(g_form)):
// the same request; the PIN and join link appear as copyable fields in a workspace modal. Only the
// options "g_modal (Next Experience) - Client" documents for showFields: the PIN is also in the title,
// and the fields are there to copy from (what the agent types into them is not read).
import { rescuePinRequest } from './shared/pin-request'

function onClick(form: GlideFormClient): void {
    rescuePinRequest(form.getTableName(), form.getUniqueValue(), (result) => {
        if (!result.ok) {
            form.addErrorMessage(result.message)
            return
        }
        if (typeof g_modal === 'undefined' || !g_modal) {
            form.addInfoMessage(`Rescue PIN ${result.pin}. ${result.message}`)
            return
        }
        g_modal.showFields({
            title: `LogMeIn Rescue PIN ${result.pin}`,
            instruction: result.message,
            size: 'md',
            confirmTitle: 'Done',
            fields: [
                { type: 'string', name: 'pin', label: 'PIN for the customer', value: result.pin },
                { type: 'string', name: 'customer_url', label: 'Customer join link', value: result.customerUrl },
            ],
        })
    })
}

export { onClick as default }
