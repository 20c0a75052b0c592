// Recovering sessions whose posts never arrived, from Rescue's session report (x_rescue_connect.reconcile.*).
// The decisions, pure: which node and window the next run reports on and whether it may call Rescue yet,
// which report sessions ServiceNow lacks, what a report post does to a session row (and what a real post
// does to a recovered one), which extra calls a recovered session needs, and the admins' sentences.
// platform/session-recovery.ts runs them; a recovered session is stored by the post pipeline itself.
import type { RescueConfig } from './config'
import { SETTINGS } from './settings'
import { escapeHtml } from '../../shared/markup'
import { htmlSentence, message, textLine, type Message, type Translate } from '../../shared/i18n'
import type { Email } from './pin-email'
import type { ReportWindow } from './report-protocol'
import type { RescueFailure } from './rescue-protocol'
import type { ReportError, ReportSession } from './session-report'

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS
const DAY_MS = 24 * HOUR_MS

/** "You can retrieve reports every 60 seconds" (getReport_v2): at most one report call per account in that time. */
export const REPORT_INTERVAL_MS = MINUTE_MS
/** Each window starts this long before the last successful one ended: Rescue's window filter is undocumented. */
export const WINDOW_OVERLAP_MS = 2 * HOUR_MS
/** Windows end this long before now, so a session that just closed has time to be reported (and posted). */
export const WINDOW_DELAY_MS = 5 * MINUTE_MS
/** The first run looks back this far: turning recovery on never imports history. */
export const FIRST_LOOKBACK_MS = DAY_MS
/** The longest window one report asks for (public integrations use 7 days); a longer gap is caught up over later runs. */
export const MAX_WINDOW_MS = 7 * DAY_MS
/** A session that ended this long ago without a post counts as a missing post in the admins' email. */
export const MISSING_AFTER_MS = HOUR_MS

export interface RecoverySettings {
    readonly token: string
    readonly nodes: readonly string[]
}

export type RecoverySettingsResult =
    { readonly ok: true; readonly settings: RecoverySettings } | { readonly ok: false; readonly problems: Message[] }

/** The reconcile settings, validated when a run uses them (never quoting a value: a secret may sit in the wrong field). */
export function recoverySettings(config: Pick<RescueConfig, 'reconcileApiToken' | 'reconcileNodes'>): RecoverySettingsResult {
    const problems: Message[] = []
    if (config.reconcileApiToken === '') problems.push(message('recovery.settings.no_token', SETTINGS.reconcileApiToken.property))
    const nodes = config.reconcileNodes
        .split(',')
        .map((node) => node.trim())
        .filter((node) => node !== '')
    if (nodes.length === 0 || nodes.some((node) => !/^\d{1,18}$/.test(node)))
        problems.push(message('recovery.settings.bad_nodes', SETTINGS.reconcileNodes.property))
    return problems.length > 0
        ? { ok: false, problems }
        : { ok: true, settings: { token: config.reconcileApiToken, nodes: nodes.filter((node, i) => nodes.indexOf(node) === i) } }
}

export type RunPlan =
    { readonly kind: 'wait'; readonly waitMs: number } | { readonly kind: 'report'; readonly node: string; readonly window: ReportWindow }

/**
 * What this run reports on. One report call per run and at most one per REPORT_INTERVAL_MS: with several nodes,
 * the node whose last successful report is oldest (never reported first) goes next, each with its own window —
 * from its last success, less the overlap, to a few minutes ago.
 */
export function planRun(
    nowMs: number,
    nodes: readonly string[],
    lastSuccessEndMs: { readonly [node: string]: number | undefined },
    lastReportCallMs: number | null
): RunPlan {
    if (lastReportCallMs !== null && nowMs - lastReportCallMs < REPORT_INTERVAL_MS && nowMs >= lastReportCallMs) {
        return { kind: 'wait', waitMs: REPORT_INTERVAL_MS - (nowMs - lastReportCallMs) }
    }
    let node = nodes[0]!
    for (const candidate of nodes) {
        const last = lastSuccessEndMs[candidate]
        const best = lastSuccessEndMs[node]
        if (last === undefined && best !== undefined) node = candidate
        else if (last !== undefined && best !== undefined && last < best) node = candidate
    }
    const endMs = Math.floor((nowMs - WINDOW_DELAY_MS) / 1000) * 1000
    const last = lastSuccessEndMs[node]
    const startMs = last === undefined ? endMs - FIRST_LOOKBACK_MS : Math.min(last - WINDOW_OVERLAP_MS, endMs - MINUTE_MS)
    return { kind: 'report', node, window: { startMs, endMs: Math.min(endMs, startMs + MAX_WINDOW_MS) } }
}

/** The extra calls a recovered session needs, by the settings that would show what they return. */
export function recoveryNeeds(config: Pick<RescueConfig, 'workNotesMode' | 'workNotesFields' | 'workNotesChatLog' | 'chatLogAttachment'>): {
    chat: boolean
    notes: boolean
} {
    const listed = (name: string) => config.workNotesFields.some((field) => field.trim().toLowerCase() === name)
    const inNotes = (name: string, allMode: boolean) =>
        config.workNotesMode === 'all' ? allMode : config.workNotesMode === 'selection' && listed(name)
    return {
        chat: config.chatLogAttachment || inNotes('chatlog', config.workNotesChatLog),
        notes: inNotes('notes', true) || inNotes('note', true),
    }
}

/** What ServiceNow already holds for a report session: its row by Rescue session id, and whether its tracking value is a PIN the app issued. */
export interface KnownSession {
    readonly rowState: string | undefined
    readonly pinIssued: boolean
}

export type CandidateVerdict = 'recover' | 'has_data' | 'open' | 'not_ours'

/**
 * Whether a report session is recovered: it is over, ServiceNow has no ended row for it, and it belongs to a PIN
 * the app issued (the posts' linking rule) — or, with console records on, it is a session no PIN of the app started.
 */
export function recoveryVerdict(session: ReportSession, known: KnownSession, consoleRecords: boolean): CandidateVerdict {
    if (!session.ended) return 'open'
    if (known.rowState === 'ended') return 'has_data'
    if (known.pinIssued || known.rowState !== undefined) return 'recover'
    return consoleRecords ? 'recover' : 'not_ours'
}

/** Column `recovery` of a session row: '' (posts only), recovered from the report, or recovered and then posted late. */
export type RecoveryMark = '' | 'recovered' | 'posted_late'

export type RecoveryEffect = { readonly kind: 'skip' } | { readonly kind: 'write'; readonly note: boolean; readonly mark: RecoveryMark }

/**
 * The recovery fact of the post pipeline's decide step. A report post never touches a session that has its end;
 * it writes the note that says where the data comes from. A real post to a recovered session stores its data and
 * writes no note: the session's end note exists, whatever the fingerprints say.
 */
export function recoveryEffect(row: { readonly state: string; readonly mark: string }, source: 'post' | 'report'): RecoveryEffect {
    if (source === 'report') return row.state === 'ended' ? { kind: 'skip' } : { kind: 'write', note: true, mark: 'recovered' }
    if (row.mark === 'recovered' || row.mark === 'posted_late') return { kind: 'write', note: false, mark: 'posted_late' }
    return { kind: 'write', note: true, mark: '' }
}

/** Why a run could not read its report, as stored on the run row (machine text, never a secret). */
export function failureCode(failure: RescueFailure | ReportError): string {
    switch (failure.kind) {
        case 'rescue':
            return failure.code
        case 'unknown':
            return failure.answer.slice(0, 64)
        case 'http':
            return `HTTP ${failure.status}`
        case 'timeout':
            return 'TIMEOUT'
        case 'unreachable':
            return 'UNREACHABLE'
        default:
            return 'UNREADABLE'
    }
}

const TOKEN_REFUSED = ['INVALID_SECRETAUTHCODE', 'NOTLOGGEDIN', 'INVALID', 'USER_DELETED_OR_DISABLED', 'USER_IS_DELETED', 'NOTADMIN']

/** The one sentence of Test Connection on the API token, from the token check's failure code ('' when it worked). */
export function tokenSentence(code: string, host: string): Message {
    if (code === '') return message('recovery.token.ok', host)
    if (code === 'NO_SETTINGS')
        return message('recovery.token.no_settings', SETTINGS.reconcileApiToken.property, SETTINGS.reconcileNodes.property)
    if (TOKEN_REFUSED.indexOf(code) !== -1) return message('recovery.token.refused', host, code)
    if (code === 'TIMEOUT' || code === 'UNREACHABLE' || code.indexOf('HTTP ') === 0)
        return message('recovery.token.unreachable', host, code)
    return message('recovery.token.unreadable', host, code)
}

export interface RunSummary {
    readonly finished: string
    readonly node: string
    readonly state: string
    readonly rowsRead: number
    readonly recovered: number
    readonly errors: number
    /** The failure code of a failed run ('' otherwise). */
    readonly failure: string
}

/** Test Connection's line on the last recovery run. */
export function lastRunSentence(run: RunSummary | null): Message {
    if (!run) return message('recovery.run.never')
    if (run.state === 'failed') return message('recovery.run.failed', run.finished, run.node, run.failure)
    return message('recovery.run.done', run.finished, run.node, run.rowsRead, run.recovered, run.errors)
}

/** The missing-posts email is sent at most once per UTC day. */
export function missingEmailDue(nowMs: number, lastSentMs: number | null): boolean {
    return lastSentMs === null || Math.floor(lastSentMs / DAY_MS) !== Math.floor(nowMs / DAY_MS)
}

/** The admins' email: how many sessions of ServiceNow PINs were recovered because their posts never arrived, and what to check. */
export function missingPostsEmail(count: string, t: Translate): Email {
    const number = `<b>${escapeHtml(count)}</b>`
    return {
        subject: textLine(t, 'email.missing.subject', count),
        html: [
            `<p>${htmlSentence(t, 'email.missing.count', [number])}</p>`,
            `<p>${htmlSentence(t, 'email.missing.check_post_url', [])}</p>`,
            `<p>${htmlSentence(t, 'email.missing.check_token', [])}</p>`,
        ].join('\n'),
    }
}
