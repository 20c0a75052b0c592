// Rescue's date-times are undocumented; US-style `M/D/YYYY h:mm:ss AM` has been seen, ISO is plausible.
// They are converted to the platform's stored form `YYYY-MM-DD HH:mm:ss` and read as UTC, because
// Rescue does not say which time zone it means. Anything unreadable gives undefined (the raw text
// is still kept in the stored post and shown in the work note).

const US_STYLE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/
const ISO_STYLE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/

const pad = (value: number) => (value < 10 ? '0' : '') + value

function format(
    year: number,
    month: number,
    day: number,
    hour: number,
    minute: number,
    second: number,
    offsetMinutes: number
): string | undefined {
    if (year < 1900 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined
    if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined
    const at = new Date(Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60000)
    return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}`
}

export function parseRescueDateTime(text: string | undefined): string | undefined {
    if (!text) return undefined
    const value = text.trim()
    const us = US_STYLE.exec(value)
    if (us) {
        let hour = Number(us[4])
        const meridiem = us[7] ? us[7].toUpperCase() : ''
        if (meridiem) {
            if (hour < 1 || hour > 12) return undefined
            hour = (hour % 12) + (meridiem === 'PM' ? 12 : 0)
        }
        return format(Number(us[3]), Number(us[1]), Number(us[2]), hour, Number(us[5]), Number(us[6] ?? '0'), 0)
    }
    const iso = ISO_STYLE.exec(value)
    if (iso) {
        const zone = iso[7] ?? 'Z'
        const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)))
        return format(Number(iso[1]), Number(iso[2]), Number(iso[3]), Number(iso[4]), Number(iso[5]), Number(iso[6] ?? '0'), offset)
    }
    return undefined
}
