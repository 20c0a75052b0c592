// Script Include x_rescue_connect.RescueCore: the app's one library. Every other Script Include,
// REST resource and scheduled job is a thin entry that calls into it, so each piece of logic ships once.
import { readConfig } from '../platform/properties'
import { createLogger } from '../platform/log'
import { receiveSessionDetails } from '../platform/session-endpoint'
import { runTokenSetup, submitTokenSetup, tokenSetupForm, warnTokenExpiry } from '../platform/token-setup'

const RescueCore = {
    readConfig,
    createLogger,
    receiveSessionDetails,
    runTokenSetup,
    submitTokenSetup,
    tokenSetupForm,
    warnTokenExpiry,
}

export type RescueCoreApi = typeof RescueCore
export default RescueCore
