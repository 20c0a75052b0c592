// i18n-exempt-file: every text here is an error answer of the REST endpoint to Rescue, English with a stable code (a machine reads it).
// Step 2 of a session post: turn raw fields into one typed SessionPost. Keys are matched to Rescue's
// documented variables case-insensitively (`Note` and `Notes` are one field); keys Rescue does not
// document are kept as extras. Values must be text or numbers. Never throws.
import { parseBody, parseFormParams, requestError, type RawField, type RequestError } from './session-body'
import { fingerprint } from './text-hash'
import { succeed, type Result } from './result'
import { canonicalVariable, variableKey, SESSION_VARIABLES, type SessionVariable } from './session-variables'

export const MAX_FIELDS = 500
export const MAX_FIELD_NAME_CHARS = 200
const SESSION_ID = /^[A-Za-z0-9._-]{1,40}$/

export type PostKind = 'start' | 'end'

export interface SessionPost {
    readonly sessionId: string
    /** Told apart by content, since admins often give Rescue one URL for both: an end post has a ClosingTime or Notes. */
    readonly kind: PostKind
    readonly variables: { readonly [name in SessionVariable]?: string }
    /** Keys Rescue does not document (survey answers, newer variables), under the name they arrived with. */
    readonly extra: { readonly [name: string]: string }
    /** Fingerprint of the normalised content: the same post in any format or key spelling has the same one. */
    readonly hash: string
    /** 'report': built by the recovery job from Rescue's session report, because the real post never arrived. Absent: posted by Rescue. */
    readonly source?: 'report'
}

export type PostResult = Result<SessionPost, RequestError>

/** Text kept as data: line endings unified, control characters other than tab and newline removed. */
export function cleanText(text: string): string {
    return text
        .replace(/\r\n?/g, '\n')
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
        .trim()
}

function valueText(value: unknown): string | undefined {
    if (typeof value === 'string') return cleanText(value)
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined
    if (typeof value === 'boolean') return String(value)
    if (value === null) return ''
    return undefined
}

/** Two spellings of one key (e.g. `Note` and `Notes`) merge: distinct non-empty values are joined by a newline. */
function merge(existing: string | undefined, value: string): string {
    if (existing === undefined || existing === '') return value
    if (value === '' || existing === value || existing.split('\n').indexOf(value) !== -1) return existing
    return existing + '\n' + value
}

export function normalisePost(fields: readonly RawField[]): PostResult {
    if (fields.length > MAX_FIELDS) {
        return requestError(400, 'too_many_fields', `The post has more than ${MAX_FIELDS} fields.`)
    }
    const variables: { [name in SessionVariable]?: string } = {}
    const extra: { [name: string]: string } = Object.create(null)
    const extraNameByKey: { [key: string]: string } = Object.create(null)
    for (const field of fields) {
        const name = field.name.trim()
        if (name.length > MAX_FIELD_NAME_CHARS) {
            return requestError(400, 'field_name_too_long', `A field name is longer than ${MAX_FIELD_NAME_CHARS} characters.`)
        }
        const text = valueText(field.value)
        if (text === undefined) {
            return requestError(
                400,
                'invalid_value_type',
                `Field "${name.slice(0, 60)}" must be text or a number, not ${Array.isArray(field.value) ? 'an array' : 'an object'}.`
            )
        }
        const canonical = canonicalVariable(name)
        if (canonical) {
            variables[canonical] = merge(variables[canonical], text)
        } else {
            const key = variableKey(name) || name
            const kept = extraNameByKey[key] ?? (extraNameByKey[key] = name)
            extra[kept] = merge(extra[kept], text)
        }
    }
    const sessionId = variables.SessionID ?? ''
    if (sessionId === '') return requestError(400, 'missing_session_id', 'The post has no SessionID.')
    if (!SESSION_ID.test(sessionId)) {
        return requestError(400, 'invalid_session_id', 'SessionID must be 1 to 40 letters, digits, dots, dashes or underscores.')
    }
    const kind: PostKind = (variables.ClosingTime ?? '') !== '' || (variables.Notes ?? '') !== '' ? 'end' : 'start'
    return succeed({ sessionId, kind, variables, extra, hash: postFingerprint(variables, extra) })
}

function postFingerprint(variables: SessionPost['variables'], extra: SessionPost['extra']): string {
    const canonical: string[] = []
    for (const name of SESSION_VARIABLES) {
        const value = variables[name]
        if (value !== undefined && value !== '') canonical.push(name, value)
    }
    for (const name of Object.keys(extra).sort()) {
        if (extra[name] !== '') canonical.push('+' + name, extra[name])
    }
    return fingerprint(JSON.stringify(canonical))
}

/** verify → parse → normalise: the whole reading of a request body, as one typed result. */
export function readSessionPost(contentType: string | null | undefined, body: string): PostResult {
    const parsed = parseBody(contentType, body)
    return parsed.ok ? normalisePost(parsed.value.fields) : parsed
}

/** The same for a form post, whose fields the platform has already parsed into request.queryParams. */
export function readSessionForm(params: { readonly [name: string]: readonly unknown[] | unknown }): PostResult {
    const parsed = parseFormParams(params)
    return parsed.ok ? normalisePost(parsed.value.fields) : parsed
}
