import { Acl, ScriptInclude, UiAction } from '@servicenow/sdk/core'
import { userRole } from './roles.now'
import { LABELS } from '../i18n/en'

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
// RescuePinAjax re-checks all of it and the agent's access on the server. The name and hints are
// translated through sys_translated (src/i18n, generated/translations.now.ts).
UiAction({
    $id: Now.ID['ui-action-generate-pin-incident'],
    table: 'incident',
    name: LABELS.fields.ui_action_name.value,
    actionName: 'x_rescue_connect_generate_pin',
    hint: LABELS.fields.ui_action_hint_incident.value,
    active: true,
    showInsert: false,
    showUpdate: true,
    form: { showButton: true },
    condition: 'x_rescue_connect.RescueCore.showPinButton(current)',
    roles: [userRole],
    isolateScript: false,
    client: { isClient: true, isUi16Compatible: true, onClick: 'generateRescuePin()' },
    script: Now.include('../../build/client/generate-pin-classic.js'),
    // Preloaded for the script's getMessage() in the agent's language (src/client/shared/messages.ts).
    messages: ['x_rescue_connect.pin.client.no_answer', 'x_rescue_connect.pin.client.unreadable'],
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
    name: LABELS.fields.ui_action_name.value,
    actionName: 'x_rescue_connect_generate_pin',
    hint: LABELS.fields.ui_action_hint_case.value,
    active: true,
    showInsert: false,
    showUpdate: true,
    form: { showButton: true },
    condition: 'x_rescue_connect.RescueCore.showPinButton(current)',
    roles: [userRole],
    isolateScript: false,
    client: { isClient: true, isUi16Compatible: true, onClick: 'generateRescuePin()' },
    script: Now.include('../../build/client/generate-pin-classic.js'),
    // Preloaded for the script's getMessage() in the agent's language (src/client/shared/messages.ts).
    messages: ['x_rescue_connect.pin.client.no_answer', 'x_rescue_connect.pin.client.unreadable'],
    workspace: {
        isConfigurableWorkspace: true,
        showFormButtonV2: true,
        showFormMenuButtonV2: false,
        clientScriptV2: Now.include('../../build/client/generate-pin-workspace.js'),
    },
    order: 100,
})
