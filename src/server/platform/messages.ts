// The one message function: every sentence a person reads is a message of src/i18n/en.ts, looked up in
// the platform's Message [sys_ui_message] table in the reader's language. Only this file reads messages
// (scripts/i18n-lint.mjs holds gs.getMessage to it). The values are filled in here, not by the platform
// (which would apply java.text.MessageFormat and eat apostrophes).
//
// Only documented scoped APIs: the scoped GlideSystem offers getMessage, in the session's language only
// (GlideSystem - Scoped, Yokohama, Zurich and Australia; gs.getMessageLang is on the global GlideSystem page
// alone, and sn_i18n.Message is a global API from Zurich on). A text in another language is read from the
// Message table with GlideRecord (GlideRecord - Scoped): every message of the app in that language and in
// English in one query, once per translator, so one answer costs at most one lookup per language it writes in.
import { MESSAGE_KEY_PREFIX } from '../../i18n/pack'
import { renderMessage, type Message, type MessageKey, type Translate } from '../../shared/i18n'

/** The platform property holding the instance's default language. */
const INSTANCE_LANGUAGE = 'glide.sys.language'
const BASE_LANGUAGE = 'en'
const MESSAGE_TABLE = 'sys_ui_message'

/** In the session's language: the user's own (preferred_language), else the instance's, else English. */
export function translate(text: Message): string {
    return renderMessage(text, (key) => gs.getMessage(MESSAGE_KEY_PREFIX + key))
}

/**
 * The app's message texts in `language`, else English, keyed by lowercased key (keys match whatever their
 * case, as on the platform; languages exactly): one query on the Message table.
 */
function loadCatalog(language: string): Map<string, string> {
    const inLanguage = new Map<string, string>()
    const inEnglish = new Map<string, string>()
    const rows = new GlideRecord(MESSAGE_TABLE)
    rows.addQuery('key', 'STARTSWITH', MESSAGE_KEY_PREFIX)
    rows.addQuery('language', 'IN', language === BASE_LANGUAGE ? BASE_LANGUAGE : `${language},${BASE_LANGUAGE}`)
    rows.query()
    while (rows.next()) {
        const key = String(rows.getValue('key') || '').toLowerCase()
        const text = rows.getValue('message') || ''
        if (rows.getValue('language') === language) inLanguage.set(key, text)
        else inEnglish.set(key, text)
    }
    inLanguage.forEach((text, key) => inEnglish.set(key, text))
    return inEnglish
}

/** A translator reading one language's catalog, loaded on its first message. */
function catalogTranslator(language: string): Translate {
    let catalog: Map<string, string> | null = null
    const template = (key: MessageKey) => {
        if (catalog === null) catalog = loadCatalog(language)
        const fullKey = MESSAGE_KEY_PREFIX + key
        const text = catalog.get(fullKey.toLowerCase())
        return text === undefined ? fullKey : text
    }
    return (text) => renderMessage(text, template)
}

/**
 * A Translate for one language, for the core's builders. The session's language comes from the platform's
 * message cache (gs.getMessage); another language costs one query, on its first message.
 */
export function translatorFor(language: string): Translate {
    return language === sessionLanguage() ? translate : catalogTranslator(language)
}

/** In a given language (a recipient's, the work-notes language); English where a text is missing. */
export function translateIn(language: string, text: Message): string {
    return translatorFor(language)(text)
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
