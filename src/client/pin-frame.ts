// The workspace's PIN modal (UI page x_rescue_connect_pin.do, client script): g_modal.showFrame opens this
// page in the modal's frame (generate-pin-workspace.ts); on load it asks RescuePinAjax for the PIN of the
// record its URL names and shows the classic modal's body: the PIN large and read-only, Copy PIN, the
// clickable join link and what to tell the customer, every word in the agent's language from the answer.
import { rescuePinRequest } from './shared/pin-request'
import { RESCUE_PIN_FRAME_AREA_ID, rescuePinModalHtml } from './shared/pin-modal'
import { rescuePinModalActivate } from './shared/pin-copy'
import { escapeHtml } from '../shared/markup'

function rescuePinFrame(): void {
    const area = document.getElementById(RESCUE_PIN_FRAME_AREA_ID)
    if (!area) return
    const query = new URLSearchParams(window.location.search)
    rescuePinRequest(query.get('sysparm_table') || '', query.get('sysparm_sys_id') || '', (result) => {
        if (!result.ok) {
            area.setAttribute('role', 'alert')
            // i18n-exempt: CSS classes, not text.
            area.className = 'notification notification-error'
            area.textContent = result.message
            return
        }
        area.innerHTML = `<h2 style="margin:0 0 8px">${escapeHtml(result.labels.title)}</h2>${rescuePinModalHtml(result)}`
        rescuePinModalActivate(result)
    })
}

export { rescuePinFrame as default }
