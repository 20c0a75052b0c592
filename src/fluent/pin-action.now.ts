import { Acl, ScriptInclude, UiAction } from '@servicenow/sdk/core'
import { userRole } from './roles.now'
import { LABELS } from '../i18n/en'

// Generate Rescue PIN: the button on every listed task table, and the GlideAjax entry behind it
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

// One action on task serves every table x_rescue_connect.pin.tables lists: the platform applies a task UI action to
// every table extending task ("Override a UI action for an extended table", emulator/README.md), so adding a table
// is a setting, not a record. The condition decides visibility (integration on, table listed, the incident/case
// switch, active record); RescuePinAjax re-checks all of it and the agent's access on the server. The workspace
// button is this same record (form_button_v2 + client_script_v2), so it follows the same condition. The name and hint
// are translated through sys_translated (src/i18n, generated/translations.now.ts).
// It keeps the id of 1.x's incident action, so an upgrade moves that record to task in place; 1.x's case action
// leaves as an author elective delete (an installation that skips it keeps a case override with the same condition).
UiAction({
    $id: Now.ID['ui-action-generate-pin-incident'],
    table: 'task',
    name: LABELS.fields.ui_action_name.value,
    actionName: 'x_rescue_connect_generate_pin',
    hint: LABELS.fields.ui_action_hint.value,
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
