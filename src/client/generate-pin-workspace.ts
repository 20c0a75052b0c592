// Generate Rescue PIN in configurable workspaces (client_script_v2, called as onClick(g_form)): opens the
// app's PIN page (x_rescue_connect_pin.do, pin-frame.ts) in a g_modal.showFrame modal, with only the options
// "g_modal - Client" documents for showFrame on Yokohama (the oldest supported release). The page asks for
// the PIN and shows it as the classic modal does; the modal covers the button at once, so a double click
// cannot ask twice. The modal has no title of its own: the page's heading is in the agent's language.
import { RESCUE_PIN_FRAME_PAGE } from './shared/pin-modal'
import { rescuePinRequest } from './shared/pin-request'

function onClick(form: GlideFormClient): void {
    const table = form.getTableName()
    const sysId = form.getUniqueValue()
    if (typeof g_modal === 'undefined' || !g_modal) {
        rescuePinRequest(table, sysId, (result) => {
            if (result.ok) form.addInfoMessage(result.labels.infoFallback)
            else form.addErrorMessage(result.message)
        })
        return
    }
    g_modal.showFrame({
        url: `/${RESCUE_PIN_FRAME_PAGE}?sysparm_table=${encodeURIComponent(table)}&sysparm_sys_id=${encodeURIComponent(sysId)}`,
        size: 'md',
        height: '400px',
        closeOnEscape: true,
    })
}

export { onClick as default }
