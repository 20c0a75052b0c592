// The browser's one message function. The classic form's getMessage() returns a message the UI action
// preloads (its `messages` field lists these keys; src/fluent/pin-action.now.ts) in the user's language.
// Where the platform offers no getMessage (a workspace may not) or the key is unknown, the English of
// src/i18n/en.ts is the last resort. Everything else a script shows comes translated from the server.
import { CLIENT_MESSAGES, type ClientMessageKey } from '../../i18n/en-client'
import { MESSAGE_KEY_PREFIX } from '../../i18n/pack'

declare const getMessage: ((key: string) => string) | undefined

export function rescueClientMessage(key: ClientMessageKey): string {
    const fullKey = MESSAGE_KEY_PREFIX + key
    const text = typeof getMessage === 'function' ? getMessage(fullKey) : ''
    return text && text !== fullKey ? text : CLIENT_MESSAGES[key]
}
