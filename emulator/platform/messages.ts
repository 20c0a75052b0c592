// Translated messages as the platform serves them to scripts (gs.getMessage, gs.getMessageLang):
// Message [sys_ui_message] rows matched on key (case-insensitive) and language, falling back to the
// English row, then to the key itself. Served from the instance's cache: a lookup the cache has not
// seen costs one database query (counted in counters.queries and counters.messageLoads); repeats cost
// nothing until a translation is added or changed, which flushes the cache. Sources in README.md.
import { readProperty } from './properties.ts'
import type { Runtime } from './runtime.ts'
import type { SessionUser } from './session-user.ts'
import { unsupported } from '../engine/unsupported.ts'

/** The instance's default language (a platform property; absent here means English). */
export const INSTANCE_LANGUAGE_PROPERTY = 'glide.sys.language'
const BASE_LANGUAGE = 'en'
const MESSAGE_TABLE = 'sys_ui_message'

/** A user's language: their preferred_language, else the instance default, else English. */
export function languageOf(runtime: Runtime, user: SessionUser): string {
    const row = runtime.db.get('sys_user', user.sysId)
    const preferred = (row?.preferred_language ?? '').trim()
    if (preferred !== '') return preferred
    return instanceLanguage(runtime)
}

export function instanceLanguage(runtime: Runtime): string {
    return (readProperty(runtime, INSTANCE_LANGUAGE_PROPERTY) ?? '').trim() || BASE_LANGUAGE
}

/** The node's message cache: (key, language) → the text found after fallback, or null (the key itself). */
export class MessageCache {
    private readonly entries = new Map<string, string | null>()
    private version = -1

    constructor(private readonly runtime: Runtime) {}

    /** The message text for a key in a language, before any arguments are filled in. */
    text(key: string, language: string): string {
        const version = this.runtime.db.version(MESSAGE_TABLE)
        if (version !== this.version) {
            // Adding or changing a translation flushes the platform's cache.
            this.entries.clear()
            this.version = version
        }
        const wanted = String(language || BASE_LANGUAGE)
        const cacheKey = `${wanted}\u0000${key.toLowerCase()}`
        if (!this.entries.has(cacheKey)) {
            this.runtime.counters.queries++
            this.runtime.counters.messageLoads++
            this.entries.set(cacheKey, this.load(key, wanted))
        }
        return this.entries.get(cacheKey) ?? key
    }

    private load(key: string, language: string): string | null {
        const matching = this.runtime.db.rows(MESSAGE_TABLE).filter((row) => (row.key ?? '').toLowerCase() === key.toLowerCase())
        // The key matches whatever its case ("case-insensitive"), the language only as written.
        const inLanguage = (code: string) => matching.find((row) => (row.language ?? '') === code)
        const row = inLanguage(language) ?? inLanguage(BASE_LANGUAGE)
        return row ? (row.message ?? '') : null
    }
}

/** How Java formats a number in a message (java.text.NumberFormat, English): grouped, up to 3 decimals. */
function formatArgument(value: unknown): string {
    if (typeof value === 'number') return value.toLocaleString('en-US', { maximumFractionDigits: 3 })
    return value === null || value === undefined ? 'null' : String(value)
}

/**
 * java.text.MessageFormat, which the platform applies when arguments are passed: `{n}` takes the n-th
 * argument, a single quote starts or ends quoted (literal) text, and two single quotes make one.
 * So "it's {0}" with an argument loses its quote and keeps "{0}" unfilled, as on the platform.
 */
export function formatMessage(pattern: string, args: readonly unknown[]): string {
    let result = ''
    let quoted = false
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i]!
        if (char === "'") {
            if (pattern[i + 1] === "'") {
                result += "'"
                i++
            } else {
                quoted = !quoted
            }
            continue
        }
        if (quoted || char !== '{') {
            if (!quoted && char === '}') throw new Error(`MessageFormat: unmatched braces in the pattern "${pattern}"`)
            result += char
            continue
        }
        const close = pattern.indexOf('}', i)
        if (close === -1) throw new Error(`MessageFormat: unmatched braces in the pattern "${pattern}"`)
        const element = pattern.slice(i + 1, close).trim()
        if (!/^\d+$/.test(element)) {
            if (/^\d+\s*,/.test(element)) unsupported(`MessageFormat element {${element}}`)
            throw new Error(`MessageFormat: can't parse argument number "${element}"`)
        }
        const index = Number(element)
        result += index < args.length ? formatArgument(args[index]) : `{${index}}`
        i = close
    }
    return result
}

/** gs.getMessage's second argument: absent means the text as stored; otherwise an array, or one value. */
export function messageArguments(args: unknown): unknown[] | null {
    if (args === undefined) return null
    if (Array.isArray(args)) return args
    // An array from the script world is not Array.isArray in this realm.
    if (args !== null && typeof args === 'object' && typeof (args as { length?: unknown }).length === 'number')
        return Array.from(args as ArrayLike<unknown>)
    return [args]
}
