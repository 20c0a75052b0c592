// Script Include x_rescue_connect.RescueCore: the app's one library. Every other Script Include,
// REST resource and scheduled job is a thin entry that calls into it, so each piece of logic ships once.
import { readConfig } from '../platform/properties'
import { generatePin, generatePinFor, pinSettingsCheck, showPinButton } from '../platform/pin-service'
import { testConnection, testConnectionPage } from '../platform/test-connection'
import { pinEmail } from '../platform/pin-email'
import { expireUnusedPins } from '../platform/pin-reuse'
import { receiveSessionDetails } from '../platform/session-endpoint'
import { runTokenSetup, tokenExpiryEmail, tokenSetupForm, warnTokenExpiry } from '../platform/token-setup'
import { missingPostsEmailFor, recoverSessionData, withRecoveryHealth } from '../platform/session-recovery'

const RescueCore = {
    // The validated settings (also handy in a background script when checking a configuration).
    readConfig,
    // Generate Rescue PIN (UI action condition, RescuePinAjax), Test connection and its page's texts (RescueAdminAjax),
    // and the PIN emails' mail scripts.
    showPinButton,
    generatePin,
    // RescueApi.generatePin (script steps, Virtual Agent) and the Generate Rescue PIN flow action: a named technician.
    generatePinFor,
    // Test Connection also reports on session recovery (its last run, and whether the API token works).
    testConnection: () => withRecoveryHealth(testConnection()),
    testConnectionPage,
    // The shipped ATF test's view of the settings check, with given values instead of the live ones.
    pinSettingsCheck,
    pinEmail,
    // The scheduled job "LogMeIn Rescue PIN expiry": unused PINs past Rescue's validity become expired.
    expireUnusedPins,
    // POST /api/x_rescue_connect/v1/rescue/sessiondetails (the REST resource's one-line script).
    receiveSessionDetails,
    // Token Setup page (its form data and one run, through RescueAdminAjax), the daily expiry job and its email.
    runTokenSetup,
    tokenSetupForm,
    warnTokenExpiry,
    tokenExpiryEmail,
    // The hourly job "LogMeIn Rescue: recover session data" and its missing-posts email's mail script.
    recoverSessionData,
    missingPostsEmail: missingPostsEmailFor,
}

export type RescueCoreApi = typeof RescueCore
export default RescueCore
