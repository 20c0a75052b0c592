// How the database stores a value of each column type. Everything is a string, as on the platform:
// booleans are '1'/'0', empty is '', password2 is an encrypted form, a one-way password is a hash.
import { createHash } from 'node:crypto'
import type { ColumnDefinition } from './loader.ts'

const ENCRYPTED_PREFIX = 'enc2:'

export function encryptPassword2(clear: string): string {
    if (clear === '' || clear.startsWith(ENCRYPTED_PREFIX)) return clear
    return ENCRYPTED_PREFIX + Buffer.from(clear, 'utf8').toString('base64')
}

export function decryptPassword2(stored: string): string {
    return stored.startsWith(ENCRYPTED_PREFIX) ? Buffer.from(stored.slice(ENCRYPTED_PREFIX.length), 'base64').toString('utf8') : stored
}

export function hashPassword(clear: string): string {
    return clear === '' ? '' : 'sha256:' + createHash('sha256').update(clear).digest('hex')
}

/** 'yyyy-MM-dd HH:mm:ss' in UTC, the platform's internal date-time format. */
export function formatUtc(date: Date): string {
    return date.toISOString().slice(0, 19).replace('T', ' ')
}

/** Booleans as the platform stores them: true/'true'/'1' → '1', everything else non-empty → '0'. */
export function storeBoolean(value: unknown): string {
    if (value === null || value === undefined || value === '') return ''
    return value === true || value === 1 || String(value).toLowerCase() === 'true' || String(value) === '1' ? '1' : '0'
}

const INTERNAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/

/** Milliseconds since 1970-01-01 00:00:00 UTC of an internal 'yyyy-MM-dd HH:mm:ss' value, or undefined when it is not a real date-time. */
export function internalDateTimeMillis(text: string): number | undefined {
    const parts = INTERNAL_DATE_TIME.exec(text)
    if (!parts) return undefined
    const [year, month, day, hour, minute, second] = parts.slice(1).map(Number) as [number, number, number, number, number, number]
    const millis = Date.UTC(year, month - 1, day, hour, minute, second)
    return formatUtc(new Date(millis)) === text ? millis : undefined
}

/**
 * A duration (glide_duration) is stored as the date-time that far after 1970-01-01 00:00:00 (GlideDuration - Scoped:
 * "store the duration as a date and time from January 1, 1970"): 1769 s is '1970-01-01 00:29:29'. Anything else —
 * a number of seconds, a display value such as '29 Minutes', a date before 1970 — is not a duration's internal value
 * and is stored empty (how the platform treats it is not documented; empty is the stricter reading).
 */
export function storeDuration(text: string): string {
    const millis = internalDateTimeMillis(text)
    return millis !== undefined && millis >= 0 ? text : ''
}

/** A duration's display value as GlideDuration.getDisplayValue documents it: "n Days n Hours n Minutes", zero parts left out. */
export function durationDisplay(stored: string): string {
    const millis = internalDateTimeMillis(stored)
    if (millis === undefined) return ''
    const minutes = Math.floor(millis / 60_000)
    const parts: [number, string][] = [
        [Math.floor(minutes / 1440), 'Day'],
        [Math.floor(minutes / 60) % 24, 'Hour'],
        [minutes % 60, 'Minute'],
    ]
    const shown = parts.filter(([count]) => count > 0).map(([count, unit]) => `${count} ${unit}${count === 1 ? '' : 's'}`)
    return shown.length > 0 ? shown.join(' ') : '0 Minutes'
}

/** The stored string for a value assigned to a column (no journal handling: see Database). */
export function storedValue(column: ColumnDefinition | undefined, value: unknown): string {
    if (value === null || value === undefined) return ''
    const text = String(value)
    switch (column?.type) {
        case 'boolean':
            return storeBoolean(value)
        case 'glide_duration':
            return text === '' ? '' : storeDuration(text)
        case 'password2':
            return encryptPassword2(text)
        case 'password':
            return text.startsWith('sha256:') ? text : hashPassword(text)
        default:
            return text
    }
}

/** What element.toString() shows for a stored value: booleans read 'true'/'false'. */
export function displayedValue(column: ColumnDefinition | undefined, stored: string): string {
    if (column?.type === 'boolean') return stored === '' ? '' : stored === '1' ? 'true' : 'false'
    return stored
}

/** What a form or list shows for a stored value (GlideElement.getDisplayValue): booleans as for toString, durations in words. */
export function displayText(column: ColumnDefinition | undefined, stored: string): string {
    if (column?.type === 'glide_duration') return durationDisplay(stored)
    return displayedValue(column, stored)
}

/** A string column with max_length above this is mediumtext in the database; up to it, varchar(max_length). */
export const VARCHAR_MAX_LENGTH = 255
/** mediumtext holds at most this many bytes (of UTF-8). */
export const MEDIUMTEXT_BYTES = 16_777_215

export interface ColumnCut {
    /** The value's size, in the unit the database limits. */
    size: number
    limit: number
    unit: 'characters' | 'bytes'
}

/** The longest prefix of whole characters (code points) whose size stays within the limit. */
function prefixWithin(text: string, limit: number, sizeOf: (codePoint: number) => number): string {
    let size = 0
    let end = 0
    for (const character of text) {
        size += sizeOf(character.codePointAt(0)!)
        if (size > limit) break
        end += character.length
    }
    return text.slice(0, end)
}

const utf8Size = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4)

/**
 * What the database keeps of a string column's value (KB0685779: max_length is not enforced by the
 * platform; the column is varchar(max_length) up to 255 characters and mediumtext above, and the
 * database limits the size). A longer value is cut to what fits; `cut` says so.
 */
export function fitToColumn(column: ColumnDefinition | undefined, value: string): { value: string; cut?: ColumnCut } {
    if (column?.type !== 'string' || !column.maxLength || value === '') return { value }
    if (column.maxLength <= VARCHAR_MAX_LENGTH) {
        if (value.length <= column.maxLength) return { value }
        const characters = [...value].length
        if (characters <= column.maxLength) return { value }
        return {
            value: prefixWithin(value, column.maxLength, () => 1),
            cut: { size: characters, limit: column.maxLength, unit: 'characters' },
        }
    }
    if (value.length * 3 <= MEDIUMTEXT_BYTES) return { value }
    const bytes = Buffer.byteLength(value, 'utf8')
    if (bytes <= MEDIUMTEXT_BYTES) return { value }
    return { value: prefixWithin(value, MEDIUMTEXT_BYTES, utf8Size), cut: { size: bytes, limit: MEDIUMTEXT_BYTES, unit: 'bytes' } }
}
