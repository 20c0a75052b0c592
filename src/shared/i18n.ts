// Sentences as data: the core says which message (a key of src/i18n/en.ts) with which values, and the
// platform layer turns that into text in the reader's language through the platform's message table
// (platform/messages.ts, the one place that calls gs.getMessage). Pure, so the core stays testable.
import type { MessageKey } from '../i18n/en'
import { fillPlaceholders } from '../i18n/placeholders'
import { escapeHtml } from './markup'

export type { MessageKey }

/** A value for a placeholder: text taken as it is (data), a number, or another message in the same language. */
export type MessageArg = string | number | Message

export interface Message {
    readonly key: MessageKey
    readonly args: readonly MessageArg[]
}

export function message(key: MessageKey, ...args: MessageArg[]): Message {
    return { key, args }
}

/** Several sentences as one message, each rendered in the reader's language, separated by a space ('' for none). */
export function sentences(list: readonly Message[]): Message | '' {
    if (list.length === 0) return ''
    return list.slice(1).reduce<Message>((joined, next) => message('list.sentences', joined, next), list[0]!)
}

/** Turns a message into text; one per audience (the agent's language, the work-notes language, …). */
export type Translate = (message: Message) => string

/** Named texts (a page's, the PIN modal's), each a string in the reader's language. */
export type Texts<Labels extends { readonly [name: string]: Message }> = { readonly [name in keyof Labels]: string }

/** Every named text through one translator. */
export function translateAll<Labels extends { readonly [name: string]: Message }>(labels: Labels, t: Translate): Texts<Labels> {
    const texts = {} as { [name in keyof Labels]: string }
    for (const name of Object.keys(labels) as (keyof Labels)[]) texts[name] = t(labels[name])
    return texts
}

/** Renders a message with `template(key)` supplying the text for a key; nested messages use the same source. */
export function renderMessage(text: Message, template: (key: MessageKey) => string): string {
    const values = text.args.map((arg) => (typeof arg === 'object' ? renderMessage(arg, template) : String(arg)))
    return fillPlaceholders(template(text.key), values)
}

/** A sentence as HTML: the translated text escaped, then its placeholders filled with markup the app built. */
export function htmlSentence(t: Translate, key: MessageKey, markup: readonly string[]): string {
    return fillPlaceholders(escapeHtml(t(message(key))), markup)
}

/** A plain-text line (an email subject): the values are text, and so is the result. */
export function textLine(t: Translate, key: MessageKey, ...args: MessageArg[]): string {
    return t(message(key, ...args))
}
