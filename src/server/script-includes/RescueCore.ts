// Script Include x_rescue_connect.RescueCore: the app's one library. Every other Script Include,
// REST resource and scheduled job is a thin entry that calls into it, so each piece of logic ships once.
import { readConfig } from '../platform/properties'
import { createLogger } from '../platform/log'
import { generatePin, showPinButton, testConnection } from '../platform/pin-service'
import { pinEmailHtml } from '../platform/pin-email'
import { receiveSessionDetails } from '../platform/session-endpoint'
import { runTokenSetup, submitTokenSetup, tokenSetupForm, warnTokenExpiry } from '../platform/token-setup'

const RescueCore = {
    readConfig,
    createLogger,
    // Generate Rescue PIN (UI action condition, RescuePinAjax), Test connection (RescueAdminAjax),
    // and the PIN emails' mail scripts.
    showPinButton,
    generatePin,
    testConnection,
    pinEmailHtml,
    receiveSessionDetails,
    runTokenSetup,
    submitTokenSetup,
    tokenSetupForm,
    warnTokenExpiry,
}

export type RescueCoreApi = typeof RescueCore
export default RescueCore
