// The session table's string columns and their sizes: the one source, which src/fluent/session-table.now.ts
// declares as the columns' maxLength and the core writes against. The platform does not enforce
// a column's size, its database does: it would cut a longer value (emulator/README.md, "String column
// sizes"). So the app writes a value only when it fits whole, and never a cut one.
export const SESSION_COLUMN_SIZES = {
    pin: 16,
    tracking_id: 64,
    rescue_session_id: 40,
    tech_id: 40,
    tech_sso_id: 255,
    tech_name: 255,
    tech_email: 255,
    customer_name: 255,
    platform: 100,
    post_hashes: 4000,
    // 3 bytes of UTF-8 at most per UTF-16 unit, so 5,000,000 characters stay within mediumtext's 16,777,215 bytes.
    posts: 5_000_000,
} as const

export type SessionStringColumn = keyof typeof SESSION_COLUMN_SIZES

/**
 * The text when it fits the column whole, else undefined. Length counts UTF-16 units, never fewer than
 * the characters the database counts, so what passes always fits.
 */
export function wholeValue(text: string | undefined, column: SessionStringColumn): string | undefined {
    return text !== undefined && text.length <= SESSION_COLUMN_SIZES[column] ? text : undefined
}
