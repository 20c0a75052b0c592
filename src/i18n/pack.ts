// What a language file (./languages/<language>.ts) holds: every message of en.ts and every label, in
// the same shape. The type makes a missing or extra key a build error; test/unit/translations.test.ts
// also checks the placeholders and product names of each text.
import type { LABELS, MessageKey } from './en'

type Labels = typeof LABELS
type Tables = Labels['tables']

/** The same keys as the English, each holding a translated string. */
type Translated<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translated<T[K]> }

export interface LanguagePack {
    readonly messages: { readonly [key in MessageKey]: string }
    readonly labels: {
        readonly tables: Translated<Tables>
        /** The translation of each translated_field value in LABELS.fields. */
        readonly fields: { readonly [key in keyof Labels['fields']]: string }
    }
}

/** The prefix every sys_ui_message key of this app carries (the app's scope). */
export const MESSAGE_KEY_PREFIX = 'x_rescue_connect.'
