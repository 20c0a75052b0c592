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
