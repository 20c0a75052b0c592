import { ScriptInclude } from '@servicenow/sdk/core'

// The app's library: everything the entry points share (src/server/script-includes/RescueCore.ts).
// Other Script Includes reach it as x_rescue_connect.RescueCore; it is not callable from the browser.
export const rescueCore = ScriptInclude({
    $id: Now.ID['script-include-rescue-core'],
    name: 'RescueCore',
    apiName: 'x_rescue_connect.RescueCore',
    description: 'LogMeIn Rescue integration library: settings, Rescue API client, session data handling.',
    script: Now.include('../../build/script-includes/RescueCore.js'),
    clientCallable: false,
    accessibleFrom: 'package_private',
})

// The server API other scopes call (script steps, Virtual Agent topics, the flow action's script step):
// new x_rescue_connect.RescueApi().generatePin(tableName, sysId, technicianSysId). Public so every application scope
// may call it (the caller's scope may still need a cross-scope privilege, as the platform asks of any scoped API);
// not client callable, so no browser reaches it. Its code runs in this scope and reaches RescueCore from here.
export const rescueApi = ScriptInclude({
    $id: Now.ID['script-include-rescue-api'],
    name: 'RescueApi',
    apiName: 'x_rescue_connect.RescueApi',
    description:
        'Server API: new x_rescue_connect.RescueApi().generatePin(tableName, sysId, technicianSysId) returns the Generate Rescue PIN answer.',
    script: Now.include('../../build/script-includes/RescueApi.js'),
    clientCallable: false,
    accessibleFrom: 'public',
})
