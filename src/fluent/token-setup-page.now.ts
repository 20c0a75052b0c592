import { Acl, UiPage } from '@servicenow/sdk/core'
import { adminRole } from './roles.now'

// LogMeIn Rescue > Token Setup (menu.now.ts links here). Static markup and a client script, like Test
// Connection: the script lists the app's OAuth API endpoints for external clients and runs Token Setup
// through RescueAdminAjax (GlideAjax); nothing is evaluated on the server when the page renders.
// RescueCore re-checks the admin role on both calls: the ACLs are not the only gate.
export const tokenSetupPage = UiPage({
    $id: Now.ID['ui-page-token-setup'],
    endpoint: 'x_rescue_connect_token_setup.do',
    category: 'general',
    description: "LogMeIn Rescue Token Setup: send the service account's OAuth refresh token to Rescue's hosted connector.",
    html: Now.include('./ui-pages/token-setup.html'),
    clientScript: Now.include('../../build/client/token-setup.js'),
})

Acl({
    $id: Now.ID['acl-token-setup-page'],
    type: 'ui_page',
    name: 'x_rescue_connect_token_setup',
    operation: 'read',
    roles: [adminRole],
    description: 'Only LogMeIn Rescue admins open the Token Setup page.',
})
