// GlideDateTime: an instant held as UTC milliseconds. Values are 'yyyy-MM-dd HH:mm:ss' UTC; display
// values use the session user's time zone, which is UTC for every emulated user. Java-style patterns
// (SimpleDateFormat letters y M d H h m s S a) parse custom formats; unparseable input leaves the
// object invalid (isValid() false) instead of throwing, as on the platform.
import { unsupported } from '../engine/unsupported.ts'

const INTERNAL_PATTERN = 'yyyy-MM-dd HH:mm:ss'
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

type Token = { letter: string; length: number } | { literal: string }

function tokenize(pattern: string): Token[] {
    const tokens: Token[] = []
    for (let i = 0; i < pattern.length;) {
        const char = pattern[i]!
        if (char === "'") {
            const end = pattern.indexOf("'", i + 1)
            const text = pattern.slice(i + 1, end < 0 ? pattern.length : end)
            tokens.push({ literal: text === '' ? "'" : text })
            i = end < 0 ? pattern.length : end + 1
        } else if (/[a-zA-Z]/.test(char)) {
            if (!'yMdHhmsSa'.includes(char)) unsupported(`GlideDateTime pattern letter ${char}`)
            let length = 1
            while (pattern[i + length] === char) length++
            tokens.push({ letter: char, length })
            i += length
        } else {
            tokens.push({ literal: char })
            i++
        }
    }
    return tokens
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function tokenRegExp(token: { letter: string; length: number }): string {
    switch (token.letter) {
        case 'y':
            return token.length === 2 ? '(\\d{2})' : '(\\d{4})'
        case 'M':
            return token.length >= 3 ? `(${MONTHS.map((m) => (token.length === 3 ? m.slice(0, 3) : m)).join('|')})` : '(\\d{1,2})'
        case 'S':
            return '(\\d{1,3})'
        case 'a':
            return '(AM|PM|am|pm)'
        default:
            return '(\\d{1,2})'
    }
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** Milliseconds since the epoch for text in the pattern (UTC), or undefined when it does not parse. */
export function parseWithPattern(text: string, pattern: string): number | undefined {
    const tokens = tokenize(pattern)
    const match = new RegExp(
        '^\\s*' + tokens.map((t) => ('literal' in t ? escapeRegExp(t.literal) : tokenRegExp(t))).join('') + '\\s*$',
        'i'
    ).exec(text)
    if (!match) return undefined
    const parts = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 }
    let hour12: number | undefined
    let pm: boolean | undefined
    let group = 1
    for (const token of tokens) {
        if ('literal' in token) continue
        const value = match[group++]!
        const number = Number(value)
        switch (token.letter) {
            case 'y':
                parts.year = token.length === 2 ? 2000 + number : number
                break
            case 'M':
                parts.month = token.length >= 3 ? MONTHS.findIndex((m) => m.toLowerCase().startsWith(value.toLowerCase())) + 1 : number
                break
            case 'd':
                parts.day = number
                break
            case 'H':
                parts.hour = number
                break
            case 'h':
                hour12 = number
                break
            case 'm':
                parts.minute = number
                break
            case 's':
                parts.second = number
                break
            case 'S':
                parts.millisecond = number
                break
            case 'a':
                pm = value.toUpperCase() === 'PM'
                break
        }
    }
    if (hour12 !== undefined) {
        if (hour12 < 1 || hour12 > 12) return undefined
        parts.hour = (hour12 % 12) + (pm ? 12 : 0)
    }
    const { year, month, day, hour, minute, second, millisecond } = parts
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return undefined
    return Date.UTC(year, month - 1, day, hour, minute, second, millisecond)
}

const pad = (value: number, length: number) => String(value).padStart(length, '0')

export function formatWithPattern(ms: number, pattern: string): string {
    const date = new Date(ms)
    return tokenize(pattern)
        .map((token) => {
            if ('literal' in token) return token.literal
            const { letter, length } = token
            const hour = date.getUTCHours()
            switch (letter) {
                case 'y':
                    return length === 2 ? pad(date.getUTCFullYear() % 100, 2) : pad(date.getUTCFullYear(), 4)
                case 'M':
                    return length >= 4
                        ? MONTHS[date.getUTCMonth()]!
                        : length === 3
                          ? MONTHS[date.getUTCMonth()]!.slice(0, 3)
                          : pad(date.getUTCMonth() + 1, length)
                case 'd':
                    return pad(date.getUTCDate(), length)
                case 'H':
                    return pad(hour, length)
                case 'h':
                    return pad(hour % 12 === 0 ? 12 : hour % 12, length)
                case 'm':
                    return pad(date.getUTCMinutes(), length)
                case 's':
                    return pad(date.getUTCSeconds(), length)
                case 'S':
                    return pad(date.getUTCMilliseconds(), length)
                default:
                    return hour < 12 ? 'AM' : 'PM'
            }
        })
        .join('')
}

/** Parses the internal value format ('yyyy-MM-dd HH:mm:ss', or a date alone). */
export function parseInternal(value: string): number | undefined {
    return parseWithPattern(value, INTERNAL_PATTERN) ?? parseWithPattern(value, 'yyyy-MM-dd')
}

export function formatInternal(ms: number): string {
    return formatWithPattern(ms, INTERNAL_PATTERN)
}

/** Builds the GlideDateTime class for one Instance (its clock gives "now"). */
export function createGlideDateTimeClass(now: () => Date) {
    return class GlideDateTime {
        #ms: number | undefined

        constructor(value?: string | GlideDateTime) {
            if (value === undefined) this.#ms = now().getTime()
            else if (value instanceof GlideDateTime) this.#ms = value.#ms
            else this.setValue(value)
        }

        getValue(): string {
            return this.#ms === undefined ? '' : formatInternal(this.#ms)
        }

        getDisplayValue(): string {
            return this.getValue()
        }

        getNumericValue(): number {
            return this.#ms ?? 0
        }

        setValue(value: string | number | GlideDateTime): void {
            if (typeof value === 'number') this.#ms = Number.isFinite(value) ? value : undefined
            else if (value instanceof GlideDateTime) this.#ms = value.#ms
            else this.#ms = parseInternal(String(value))
        }

        setValueUTC(value: string, format: string): void {
            this.#ms = parseWithPattern(String(value), format)
        }

        setDisplayValue(value: string, format?: string): void {
            this.#ms = parseWithPattern(String(value), format ?? INTERNAL_PATTERN)
        }

        isValid(): boolean {
            return this.#ms !== undefined
        }

        add(milliseconds: number): void {
            if (this.#ms !== undefined) this.#ms += Number(milliseconds)
        }

        addDaysUTC(days: number): void {
            this.add(Number(days) * 86_400_000)
        }

        compareTo(other: GlideDateTime): number {
            const difference = this.getNumericValue() - other.getNumericValue()
            return difference === 0 ? 0 : difference > 0 ? 1 : -1
        }

        toString(): string {
            return this.getValue()
        }
    }
}

export type GlideDateTimeClass = ReturnType<typeof createGlideDateTimeClass>
export type GlideDateTimeObject = InstanceType<GlideDateTimeClass>
