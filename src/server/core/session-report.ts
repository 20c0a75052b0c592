// i18n-exempt-file: its reasons go into the system log only (English, like every log line), never to a person's screen.
// Reading Rescue's session report (getReport_v2, area Session, LISTALL) into report sessions: one per row,
// as the raw fields of a session post, so a recovered session goes through the same normalise → decide →
// write steps as a post. Columns are found by header name, never by position (the column set differs per
// account and over time, and the Name and custom-field headers carry the account's own labels: they are the
// six columns between Status and Tracking ID). XML and TEXT output are both read; durations may be H:MM:SS
// or seconds. Pure, and never throws: odd input gives a typed error. See shared/reference/rescue-api.md,
// "Session reports (for reconciliation)".
import type { RawField } from './session-body'
import { readXml, type XmlElement } from './xml-reader'

/** One session of the report, as the fields its post would have carried. */
export interface ReportSession {
    readonly sessionId: string
    /** The Tracking ID column ('' when the session came without one: a channel or console session). */
    readonly tracking: string
    /** An End Time is reported: the session is over (an open session is not recovered yet). */
    readonly ended: boolean
    readonly fields: readonly RawField[]
}

export type ReportError =
    /** Rescue answered one of its error words instead of a report (INVALID_SECRETAUTHCODE, NOTLOGGEDIN, …). */
    | { readonly kind: 'rescue'; readonly code: string }
    /** The answer is no report: not `OK`, malformed XML, a header without the columns every report has. */
    | { readonly kind: 'unreadable'; readonly reason: string }

export interface ParsedReport {
    readonly ok: true
    readonly sessions: ReportSession[]
    /** Data rows read, the unusable ones included. */
    readonly rowsRead: number
    /** Rows that could not be read (wrong cell count, no session id): counted, never guessed at. */
    readonly rowsSkipped: number
}

export type ReportResult = ParsedReport | { readonly ok: false; readonly error: ReportError }

/** The delimiter the job sets for TEXT output (setDelimiter); XML needs none. */
export const REPORT_DELIMITER = '|'

const MAX_ROWS = 20000
const SESSION_ID = /^[A-Za-z0-9._-]{1,40}$/

const fail = (reason: string): ReportResult => ({ ok: false, error: { kind: 'unreadable', reason } })

/** A header as compared: lower case, single spaces, no trailing colon (custom-field labels often end in one). */
function headerKey(text: string): string {
    return text.replace(/\s+/g, ' ').trim().replace(/:$/, '').trim().toLowerCase()
}

/** Report columns that carry a post variable, by header; CField0…5 are found by position between Status and Tracking ID. */
const NAMED_COLUMNS: ReadonlyArray<readonly [string, string]> = [
    ['session id', 'SessionID'],
    ['technician id', 'TechID'],
    ['technician name', 'TechName'],
    ['technician email', 'TechEmail'],
    ['tracking id', 'Tracking0'],
    ['start time', 'PickupTime'],
    ['end time', 'ClosingTime'],
    ['last action time', 'LastActionTime'],
    ['waiting time', 'WaitingTime'],
    ['work time', 'WorkTime'],
    ['platform', 'Platform'],
]
const DURATIONS = ['WaitingTime', 'WorkTime']
const DEFAULT_CUSTOM_HEADERS = ['name', 'custom field 1', 'custom field 2', 'custom field 3', 'custom field 4', 'custom field 5']

/** A duration as whole seconds: `H:MM:SS`, `MM:SS` or seconds. undefined when it is neither. */
export function durationSeconds(text: string): string | undefined {
    const value = text.trim()
    if (/^\d{1,9}$/.test(value)) return String(Number(value))
    const parts = /^(\d{1,6}):([0-5]\d)(?::([0-5]\d))?$/.exec(value)
    if (!parts) return undefined
    const seconds =
        parts[3] === undefined
            ? Number(parts[1]) * 60 + Number(parts[2])
            : Number(parts[1]) * 3600 + Number(parts[2]) * 60 + Number(parts[3])
    return String(seconds)
}

interface ColumnMap {
    /** Post variable → column index. */
    readonly variables: { readonly [variable: string]: number }
}

function mapColumns(headers: readonly string[]): ColumnMap | string {
    const keys = headers.map(headerKey)
    const variables: { [variable: string]: number } = {}
    for (const [header, variable] of NAMED_COLUMNS) {
        const index = keys.indexOf(header)
        if (index !== -1) variables[variable] = index
    }
    if (variables.SessionID === undefined) return 'the report has no Session ID column'
    if (variables.Tracking0 === undefined) return 'the report has no Tracking ID column'
    if (variables.ClosingTime === undefined) return 'the report has no End Time column'
    const status = keys.indexOf('status')
    const tracking = variables.Tracking0
    if (status !== -1 && tracking - status === 7) {
        // The account's labels for Name and Custom field 1…5: whatever they say, these six are CField0…5.
        for (let i = 0; i < 6; i++) variables['CField' + i] = status + 1 + i
    } else {
        DEFAULT_CUSTOM_HEADERS.forEach((header, i) => {
            const index = keys.indexOf(header)
            if (index !== -1) variables['CField' + i] = index
        })
    }
    return { variables }
}

function sessionOf(cells: readonly string[], columns: ColumnMap): ReportSession | null {
    const fields: RawField[] = []
    for (const variable of Object.keys(columns.variables)) {
        const raw = (cells[columns.variables[variable]] ?? '').trim()
        if (raw === '') continue
        const value = DURATIONS.indexOf(variable) !== -1 ? durationSeconds(raw) : raw
        if (value !== undefined) fields.push({ name: variable, value })
    }
    const sessionId = (cells[columns.variables.SessionID] ?? '').trim()
    if (!SESSION_ID.test(sessionId)) return null
    return {
        sessionId,
        tracking: (cells[columns.variables.Tracking0] ?? '').trim(),
        ended: (cells[columns.variables.ClosingTime] ?? '').trim() !== '',
        fields,
    }
}

function collect(headers: readonly string[], rows: readonly (readonly string[] | null)[]): ReportResult {
    const columns = mapColumns(headers)
    if (typeof columns === 'string') return fail(columns)
    const sessions: ReportSession[] = []
    const seen: { [sessionId: string]: boolean } = Object.create(null)
    let skipped = 0
    for (const cells of rows) {
        const session = cells ? sessionOf(cells, columns) : null
        if (!session) {
            skipped++
            continue
        }
        // A session listed twice (a transfer, overlapping windows) is one session: its last row wins.
        if (seen[session.sessionId]) {
            for (let i = 0; i < sessions.length; i++) if (sessions[i]!.sessionId === session.sessionId) sessions[i] = session
            continue
        }
        seen[session.sessionId] = true
        sessions.push(session)
    }
    return { ok: true, sessions, rowsRead: rows.length, rowsSkipped: skipped }
}

/** TEXT: cells split on the delimiter; header and rows end with it, so a trailing empty cell is dropped. */
function splitLine(line: string): string[] {
    const cells = line.split(REPORT_DELIMITER)
    if (cells.length > 1 && cells[cells.length - 1]!.trim() === '') cells.pop()
    return cells
}

function readText(body: string): ReportResult {
    const lines = body.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '')
    if (lines.length === 0) return fail('the report has no header line')
    const headers = splitLine(lines[0]!)
    if (lines.length - 1 > MAX_ROWS) return fail(`the report has more than ${MAX_ROWS} rows`)
    // A value holding the delimiter or a newline shifts its row's cells: such a row is skipped, not guessed at.
    const rows = lines.slice(1).map((line) => {
        const cells = splitLine(line)
        return cells.length === headers.length ? cells : null
    })
    return collect(headers, rows)
}

function child(element: XmlElement, name: string): XmlElement | undefined {
    return element.children.find((candidate) => candidate.name.toLowerCase() === name)
}

function fieldsOf(element: XmlElement): XmlElement[] {
    return element.children.filter((candidate) => candidate.name.toLowerCase() === 'field')
}

function readXmlReport(body: string): ReportResult {
    const xml = readXml(body)
    if (!xml.ok) return fail(xml.message)
    const header = child(xml.value, 'header')
    const data = child(xml.value, 'data')
    if (!header) return fail('the XML report has no <header>')
    const headerFields = fieldsOf(header)
    const headers = headerFields.map((field) => field.text)
    // A row field names its header field by id; without ids, position decides.
    const indexById: { [id: string]: number } = Object.create(null)
    headerFields.forEach((field, index) => {
        const id = field.attributes.id
        if (id !== undefined && !(id in indexById)) indexById[id] = index
    })
    const rowElements = data ? data.children.filter((candidate) => candidate.name.toLowerCase() === 'row') : []
    if (rowElements.length > MAX_ROWS) return fail(`the report has more than ${MAX_ROWS} rows`)
    const rows = rowElements.map((row) => {
        const cells: string[] = headers.map(() => '')
        const rowFields = fieldsOf(row)
        for (let i = 0; i < rowFields.length; i++) {
            const id = rowFields[i]!.attributes.id
            const index = id !== undefined ? indexById[id] : i
            if (index === undefined || index >= cells.length) return null
            cells[index] = rowFields[i]!.text
        }
        return cells
    })
    return collect(headers, rows)
}

// Rescue's errors are one upper-case word, sometimes after OK or ERROR.
const ERROR_ANSWER = /^(?:(?:OK|ERROR)\s+)?([A-Z][A-Z0-9_]{1,63})$/

/** Reads the body of a 2xx getReport_v2 answer: `OK`, then the report (XML or TEXT); an error word otherwise. */
export function parseSessionReport(body: unknown): ReportResult {
    if (typeof body !== 'string') return fail('the answer has no text')
    const text = body.charCodeAt(0) === 0xfeff ? body.slice(1) : body
    const trimmed = text.trim()
    const ok = /^OK(?=\s|$)/.exec(trimmed)
    if (!ok) {
        const error = ERROR_ANSWER.exec(trimmed)
        if (error) return { ok: false, error: { kind: 'rescue', code: error[1]! } }
        return fail('the answer does not start with OK')
    }
    const rest = trimmed.slice(2).trim()
    // An empty window: OK and the header only (or, seen nowhere but harmless, OK alone).
    if (rest === '') return { ok: true, sessions: [], rowsRead: 0, rowsSkipped: 0 }
    return rest.charAt(0) === '<' ? readXmlReport(rest) : readText(rest)
}

/** getChat / getNote answers: the text after `OK CHATLOG:` / `OK NOTE:` (matched, never cut at an offset); null when the answer is not one. */
export function parseLabelledText(body: unknown, label: 'CHATLOG' | 'NOTE'): string | null {
    if (typeof body !== 'string') return null
    const match = new RegExp('^\\s*OK\\s*' + label + ':\\s?', 'i').exec(body)
    return match ? body.slice(match[0].length).replace(/\s+$/, '') : null
}
