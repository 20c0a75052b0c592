// Sentences as data: the core says which message (a key of src/i18n/en.ts) with which values, and the
// platform layer turns that into text in the reader's language through the platform's message table
// (platform/messages.ts, the one place that calls gs.getMessage). Pure, so the core stays testable.
import type { MessageKey } from '../i18n/en'
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

const PLACEHOLDER = /\{(\d+)\}/g

/**
 * Fills {0}, {1}, … in one pass, so a value that itself contains "{1}" stays as it is. A placeholder
 * without a value is left visible rather than dropped.
 */
export function fillPlaceholders(template: string, values: readonly string[]): string {
    return template.replace(PLACEHOLDER, (whole, index: string) => (Number(index) < values.length ? values[Number(index)]! : whole))
}

/** Renders a message with `template(key)` supplying the text for a key; nested messages use the same source. */
export function renderMessage(text: Message, template: (key: MessageKey) => string): string {
    const values = text.args.map((arg) => (typeof arg === 'object' ? renderMessage(arg, template) : String(arg)))
    return fillPlaceholders(template(text.key), values)
}

/** The placeholders a text uses, as sorted numbers with repeats collapsed ("{0} and {0}" → [0]). */
export function placeholdersOf(text: string): number[] {
    const found: number[] = []
    text.replace(PLACEHOLDER, (whole, index: string) => {
        if (found.indexOf(Number(index)) === -1) found.push(Number(index))
        return whole
    })
    return found.sort((a, b) => a - b)
}

/** A sentence as HTML: the translated text escaped, then its placeholders filled with markup the app built. */
export function htmlSentence(t: Translate, key: MessageKey, markup: readonly string[]): string {
    return fillPlaceholders(escapeHtml(t(message(key))), markup)
}

/** A plain-text line (an email subject): the values are text, and so is the result. */
export function textLine(t: Translate, key: MessageKey, ...args: MessageArg[]): string {
    return t(message(key, ...args))
}
