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

/** The stored string for a value assigned to a column (no journal handling: see Database). */
export function storedValue(column: ColumnDefinition | undefined, value: unknown): string {
    if (value === null || value === undefined) return ''
    const text = String(value)
    switch (column?.type) {
        case 'boolean':
            return storeBoolean(value)
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
