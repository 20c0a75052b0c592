// The one message function: every sentence a person reads is a message of src/i18n/en.ts, looked up in
// the platform's Message [sys_ui_message] table in the reader's language. Only this file calls
// gs.getMessage / gs.getMessageLang (test/lint/i18n-lint.test.ts holds it to that). The values are
// filled in here, not by the platform (which would apply java.text.MessageFormat and eat apostrophes).
import { MESSAGE_KEY_PREFIX } from '../../i18n/pack'
import { renderMessage, type Message, type Translate } from '../../shared/i18n'

/** The platform property holding the instance's default language. */
const INSTANCE_LANGUAGE = 'glide.sys.language'
const BASE_LANGUAGE = 'en'

/** In the session's language: the user's own (preferred_language), else the instance's, else English. */
export function translate(text: Message): string {
    return renderMessage(text, (key) => gs.getMessage(MESSAGE_KEY_PREFIX + key))
}

/** In a given language (a recipient's, the work-notes language); English where a text is missing. */
export function translateIn(language: string, text: Message): string {
    return renderMessage(text, (key) => gs.getMessageLang(MESSAGE_KEY_PREFIX + key, language))
}

/** A Translate for one language, for the core's builders. */
export function translatorFor(language: string): Translate {
    return (text) => translateIn(language, text)
}

/** The session user's language, as the platform set it at login. */
export function sessionLanguage(): string {
    return gs.getSession().getLanguage() || instanceLanguage()
}

/** The instance's default language (glide.sys.language), else English. */
export function instanceLanguage(): string {
    return (gs.getProperty(INSTANCE_LANGUAGE) || '').trim() || BASE_LANGUAGE
}

/** A person's language from their sys_user.preferred_language; empty means the instance's. */
export function languageOrInstance(preferred: string | null | undefined): string {
    return (preferred || '').trim() || instanceLanguage()
}

/** English, for system log lines: admins and support read the log in one language. */
export function inEnglish(text: Message): string {
    return translateIn(BASE_LANGUAGE, text)
}

/** The one language of every work note the app writes: x_rescue_connect.work_notes.language, else the instance's. */
export function workNotesLanguage(config: { readonly workNotesLanguage: string }): string {
    return config.workNotesLanguage || instanceLanguage()
}
