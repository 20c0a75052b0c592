import { Acl, ScriptInclude, UiAction } from '@servicenow/sdk/core'
import { userRole } from './roles.now'

// Generate Rescue PIN: the button on incidents and cases, and the GlideAjax entry behind it
// (src/client/generate-pin-*.ts -> RescuePinAjax -> RescueCore.generatePin).
export const rescuePinAjax = ScriptInclude({
    $id: Now.ID['script-include-rescue-pin-ajax'],
    name: 'RescuePinAjax',
    apiName: 'x_rescue_connect.RescuePinAjax',
    description: 'GlideAjax entry of the Generate Rescue PIN button: generatePin(sysparm_table, sysparm_sys_id) answers JSON.',
    script: Now.include('../../build/script-includes/RescuePinAjax.js'),
    clientCallable: true,
    // All application scopes: the documentation does not say that GlideAjax from a non-isolated UI action or a
    // UI page client script carries this app's scope, so a package_private include could refuse the button.
    // The client_callable_script_include ACL below and RescueCore's role checks still guard every call.
    accessibleFrom: 'public',
})

// Newer releases require an ACL for every client-callable Script Include; agents (and admins) only.
Acl({
    $id: Now.ID['acl-rescue-pin-ajax'],
    type: 'client_callable_script_include',
    name: 'x_rescue_connect.RescuePinAjax',
    operation: 'execute',
    roles: [userRole],
    description: 'Only agents with x_rescue_connect.user may call RescuePinAjax (the server checks the role again).',
})

// The condition only decides visibility (integration on, the table's switch, active record);
// RescuePinAjax re-checks all of it and the agent's access on the server.
UiAction({
    $id: Now.ID['ui-action-generate-pin-incident'],
    table: 'incident',
    name: 'Generate Rescue PIN',
    actionName: 'x_rescue_connect_generate_pin',
    hint: 'Get a LogMeIn Rescue PIN for the caller of this incident',
    active: true,
    showInsert: false,
    showUpdate: true,
    form: { showButton: true },
    condition: 'x_rescue_connect.RescueCore.showPinButton(current)',
    roles: [userRole],
    isolateScript: false,
    client: { isClient: true, isUi16Compatible: true, onClick: 'generateRescuePin()' },
    script: Now.include('../../build/client/generate-pin-classic.js'),
    workspace: {
        isConfigurableWorkspace: true,
        showFormButtonV2: true,
        showFormMenuButtonV2: false,
        clientScriptV2: Now.include('../../build/client/generate-pin-workspace.js'),
    },
    order: 100,
})

UiAction({
    $id: Now.ID['ui-action-generate-pin-case'],
    table: 'sn_customerservice_case',
    name: 'Generate Rescue PIN',
    actionName: 'x_rescue_connect_generate_pin',
    hint: 'Get a LogMeIn Rescue PIN for the contact of this case',
    active: true,
    showInsert: false,
    showUpdate: true,
    form: { showButton: true },
    condition: 'x_rescue_connect.RescueCore.showPinButton(current)',
    roles: [userRole],
    isolateScript: false,
    client: { isClient: true, isUi16Compatible: true, onClick: 'generateRescuePin()' },
    script: Now.include('../../build/client/generate-pin-classic.js'),
    workspace: {
        isConfigurableWorkspace: true,
        showFormButtonV2: true,
        showFormMenuButtonV2: false,
        clientScriptV2: Now.include('../../build/client/generate-pin-workspace.js'),
    },
    order: 100,
})
