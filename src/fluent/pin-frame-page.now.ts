import { Acl, UiPage } from '@servicenow/sdk/core'
import { userRole } from './roles.now'

// The workspace's PIN modal: Generate Rescue PIN opens this page with g_modal.showFrame
// (src/client/generate-pin-workspace.ts). Static markup without words; the client script
// (src/client/pin-frame.ts) asks RescuePinAjax for the PIN of the record in its URL and shows it with
// the texts of the answer, in the agent's language. RescueCore re-checks the role and the record.
export const pinFramePage = UiPage({
    $id: Now.ID['ui-page-pin-frame'],
    endpoint: 'x_rescue_connect_pin.do',
    category: 'general',
    description: 'LogMeIn Rescue PIN for the workspace modal (g_modal.showFrame): the PIN, Copy PIN and the join link.',
    html: `<?xml version="1.0" encoding="utf-8" ?>
<j:jelly trim="false" xmlns:j="jelly:core" xmlns:g="glide" xmlns:j2="null" xmlns:g2="null">
    <div style="padding:8px 16px">
        <div id="x_rescue_connect_pin_frame"></div>
    </div>
    <script>window.addEventListener('load', function () { rescuePinFrame(); });</script>
</j:jelly>`,
    clientScript: Now.include('../../build/client/pin-frame.js'),
})

Acl({
    $id: Now.ID['acl-pin-frame-page'],
    type: 'ui_page',
    name: 'x_rescue_connect_pin',
    operation: 'read',
    roles: [userRole],
    description: 'Only agents with x_rescue_connect.user open the PIN modal page (RescueCore checks the role again).',
})
