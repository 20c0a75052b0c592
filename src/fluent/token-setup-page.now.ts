import { Acl, UiPage } from '@servicenow/sdk/core'
import { adminRole } from './roles.now'

// LogMeIn Rescue > Token Setup (menu.now.ts links here). The page lists the OAuth API endpoints for
// external clients; submitting runs Token Setup and opens the token request it created.
// RescueCore re-checks the admin role on both the form and the submission: the ACL below is not the only gate.
export const tokenSetupPage = UiPage({
    $id: Now.ID['ui-page-token-setup'],
    endpoint: 'x_rescue_connect_token_setup.do',
    category: 'general',
    description: "LogMeIn Rescue Token Setup: send the service account's OAuth refresh token to Rescue's hosted connector.",
    html: Now.include('./ui-pages/token-setup.html'),
    processingScript:
        "response.sendRedirect(x_rescue_connect.RescueCore.submitTokenSetup(typeof oauth_application === 'undefined' ? '' : String(oauth_application)));",
})

Acl({
    $id: Now.ID['acl-token-setup-page'],
    type: 'ui_page',
    name: 'x_rescue_connect_token_setup',
    operation: 'read',
    roles: [adminRole],
    description: 'Only LogMeIn Rescue admins open the Token Setup page.',
})
