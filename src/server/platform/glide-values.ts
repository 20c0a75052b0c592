// Conversions between Glide's stored strings and the plain values the core works with.

/** A boolean field as getValue returns it ('1'/'0', or 'true'/'false' on some releases). */
export function isTrue(value: string | null): boolean {
    return value === '1' || value === 'true'
}

export function nowMs(): number {
    return new GlideDateTime().getNumericValue()
}

/** A date/time field's stored value (UTC) for milliseconds since the epoch. */
export function dateTimeValue(ms: number): string {
    const dateTime = new GlideDateTime()
    dateTime.setValue(ms)
    return dateTime.getValue()
}

/** A date/time field as milliseconds since the epoch, or null when empty. */
export function millisOf(record: GlideRecord, field: string): number | null {
    const value = record.getValue(field)
    return value ? new GlideDateTime(value).getNumericValue() : null
}
