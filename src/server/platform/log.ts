import { redactSecrets } from '../core/redact'

// Every log line the app writes goes through here, so no caller can leak a secret by accident.
const SOURCE = '[x_rescue_connect] '

export interface Logger {
    info(message: string): void
    warn(message: string): void
    error(message: string): void
    debug(message: string): void
}

export function createLogger(debugEnabled: boolean, secrets: readonly string[]): Logger {
    const clean = (message: string) => SOURCE + redactSecrets(message, secrets)
    return {
        info: (message) => gs.info(clean(message)),
        warn: (message) => gs.warn(clean(message)),
        error: (message) => gs.error(clean(message)),
        debug: (message) => {
            if (debugEnabled) gs.info(clean(message))
        },
    }
}
