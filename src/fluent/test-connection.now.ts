import { Acl, Record, ScriptInclude, UiPage } from '@servicenow/sdk/core'
import { adminRole } from './roles.now'
import { rescueMenu } from './menu.now'
import { LABELS } from '../i18n/en'

// Test connection (admins): a page with one button that asks Rescue for an auth code with the saved
// company ID and SSO password, for the admin's own SSO ID, and shows the outcome (success or error, the
// settings to fix by title, the next step).
export const rescueAdminAjax = ScriptInclude({
    $id: Now.ID['script-include-rescue-admin-ajax'],
    name: 'RescueAdminAjax',
    apiName: 'x_rescue_connect.RescueAdminAjax',
    description:
        'GlideAjax entry of the Test Connection and Token Setup pages (admins only): their texts, Test Connection and Token Setup.',
    script: Now.include('../../build/script-includes/RescueAdminAjax.js'),
    clientCallable: true,
    // All application scopes: the documentation does not say that GlideAjax from a non-isolated UI action or a
    // UI page client script carries this app's scope, so a package_private include could refuse the button.
    // The client_callable_script_include ACL below and RescueCore's role checks still guard every call.
    accessibleFrom: 'public',
})

Acl({
    $id: Now.ID['acl-rescue-admin-ajax'],
    type: 'client_callable_script_include',
    name: 'x_rescue_connect.RescueAdminAjax',
    operation: 'execute',
    roles: [adminRole],
    description: 'Only integration admins may use Test Connection and Token Setup (the server checks the role again).',
})

UiPage({
    $id: Now.ID['ui-page-test-connection'],
    endpoint: 'x_rescue_connect_test_connection.do',
    description: 'LogMeIn Rescue > Test Connection: checks the company ID and SSO password against Rescue.',
    // Static markup without words: the client script (src/client/test-connection.ts) asks RescueAdminAjax for the
    // page's texts in the admin's language on load and puts them in as text.
    html: `<?xml version="1.0" encoding="utf-8" ?>
<j:jelly trim="false" xmlns:j="jelly:core" xmlns:g="glide" xmlns:j2="null" xmlns:g2="null">
    <div style="padding:16px;max-width:720px">
        <div id="x_rescue_connect_test_connection_page" hidden="hidden">
            <h2 id="x_rescue_connect_test_connection_title"></h2>
            <p id="x_rescue_connect_test_connection_intro"></p>
            <p><button type="button" class="btn btn-primary" id="x_rescue_connect_test_connection"></button></p>
        </div>
        <div id="x_rescue_connect_test_connection_result" role="status"></div>
    </div>
    <script>window.addEventListener('load', function () { rescueTestConnection(); });</script>
</j:jelly>`,
    clientScript: Now.include('../../build/client/test-connection.js'),
})

// The module's role only hides the link; this keeps non-admins off the page itself.
Acl({
    $id: Now.ID['acl-test-connection-page'],
    type: 'ui_page',
    name: 'x_rescue_connect_test_connection',
    operation: 'read',
    roles: [adminRole],
    description: 'Only LogMeIn Rescue admins open the Test Connection page.',
})

Record({
    $id: Now.ID['module-test-connection'],
    table: 'sys_app_module',
    data: {
        title: LABELS.fields.module_test_connection.value,
        application: rescueMenu,
        link_type: 'DIRECT',
        query: 'x_rescue_connect_test_connection.do',
        roles: ['x_rescue_connect.admin'],
        order: 150,
        hint: LABELS.fields.module_test_connection_hint.value,
    },
})
