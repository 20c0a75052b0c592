// Content negotiation as Scripted REST does it: a Content-Type outside the resource's supported request
// formats (`consumes`, PUT/POST/PATCH only) is refused with 415, an Accept header no supported response
// format (`produces`) satisfies with 406. Format lists may use the platform's wildcards: `*` (any run of
// characters) and `%` (one character). JSON and XML subtypes (`+json`, `+xml`) count as JSON and XML.

/** `Application/JSON; charset=utf-8` → `application/json`. */
export function mediaType(header: string | undefined): string {
    return (header ?? '').split(';')[0]!.trim().toLowerCase()
}

export type BodyKind = 'json' | 'xml' | 'other'

/** How the body may be read. A request without a Content-Type is read as JSON (an assumption: not documented). */
export function bodyKind(type: string): BodyKind {
    if (type === '') return 'json'
    const subtype = type.split('/')[1] ?? ''
    if (subtype === 'json' || subtype.endsWith('+json')) return 'json'
    if (subtype === 'xml' || subtype.endsWith('+xml')) return 'xml'
    return 'other'
}

function formatPattern(format: string): RegExp {
    const escaped = format
        .trim()
        .toLowerCase()
        .replace(/[.+?^${}()|[\]\\/]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/%/g, '.')
    return new RegExp(`^${escaped}$`)
}

/** Whether the media type is one of the comma-separated formats (wildcards allowed). */
export function supportedFormat(type: string, formats: string): boolean {
    return formats
        .split(',')
        .filter((format) => format.trim() !== '')
        .some((format) => formatPattern(format).test(type))
}

/** Whether an Accept header admits one of the produced formats (`*` in Accept ranges, e.g. `*\/*`, `application/*`). */
export function acceptable(acceptHeader: string, produces: string): boolean {
    const produced = produces
        .split(',')
        .map((format) => format.trim().toLowerCase())
        .filter(Boolean)
    return acceptHeader
        .split(',')
        .map((range) => mediaType(range))
        .filter(Boolean)
        .some((range) => produced.some((format) => formatPattern(range).test(format) || formatPattern(format).test(range)))
}
