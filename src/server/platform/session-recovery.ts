// The hourly job "LogMeIn Rescue: recover session data" and what admins see of it. One run: plan (node, window,
// Rescue's 60-second report limit), record the run, set every report parameter and read the report, find the
// sessions ServiceNow lacks, and store each as a post of source "report" through the session-post pipeline
// (normalise → decide → write, platform/session-store.ts) — the same linking rule, note settings, Time Worked
// and chat-log file as a post. Decisions are core/session-recovery.ts's; this file reads and writes records.
// Per run: one query per node for its last success, one for the last report call, one insert and one update of
// the run row, 8 Rescue calls; per report, two queries to find what ServiceNow holds; per recovered session the
// post pipeline's operations, plus getChat and getNote only when a setting shows what they return.
import type { RescueConfig } from '../core/config'
import { SETTINGS } from '../core/settings'
import { RESCUE_HOSTS } from '../core/rescue-hosts'
import type { Message } from '../../shared/i18n'
import { normalisePost, type SessionPost } from '../core/session-post'
import { parseSessionReport, type ReportSession } from '../core/session-report'
import {
    failureCode,
    lastRunSentence,
    MISSING_AFTER_MS,
    missingEmailDue,
    missingPostsEmail,
    planRun,
    recoveryNeeds,
    recoverySettings,
    recoveryVerdict,
    tokenSentence,
    type KnownSession,
    type RecoverySettings,
} from '../core/session-recovery'
import { wholeValue } from '../core/session-columns'
import { ADMIN_ROLE, SESSION_TABLE } from '../core/names'
import { formatUtc } from '../core/token-setup'
import type { Email } from '../core/pin-email'
import { dateTimeValue, millisOf, nowMs } from './glide-values'
import { createLogger, type Logger } from './log'
import { inEnglish, languageOrInstance, translate, translatorFor } from './messages'
import { readConfig } from './properties'
import { checkReportToken, fetchSessionReport, fetchSessionText } from './report-client'
import { createRescueSender, type RescueSender } from './rescue-client'
import { storeSessionPost } from './session-store'
import { activeAdminIds } from './token-requests'

const RUN_TABLE = 'x_rescue_connect_recovery_run'
const POSTS_MISSING_EVENT = 'x_rescue_connect.posts.missing'
/** IN-list size per query: keeps each query's text bounded however long the report is. */
const QUERY_CHUNK = 200

function value(record: GlideRecord, field: string): string {
    return record.getValue(field) ?? ''
}

function secretsOf(config: RescueConfig): string[] {
    return [config.ssoPassword, config.serviceAccountPassword, config.reconcileApiToken]
}

/** Per node, where its last successful report window ended. */
function lastSuccessEnds(nodes: readonly string[]): { [node: string]: number | undefined } {
    const ends: { [node: string]: number | undefined } = {}
    for (const node of nodes) {
        const run = new GlideRecord(RUN_TABLE)
        run.addQuery('node', node)
        run.addQuery('state', 'succeeded')
        run.orderByDesc('window_end')
        run.setLimit(1)
        run.query()
        if (run.next()) ends[node] = millisOf(run, 'window_end') ?? undefined
    }
    return ends
}

function latestRun(field: string): GlideRecord | null {
    const run = new GlideRecord(RUN_TABLE)
    run.addEncodedQuery(field + 'ISNOTEMPTY')
    run.orderByDesc(field)
    run.setLimit(1)
    run.query()
    return run.next() ? run : null
}

function chunks(values: readonly string[]): string[][] {
    const parts: string[][] = []
    for (let i = 0; i < values.length; i += QUERY_CHUNK) parts.push(values.slice(i, i + QUERY_CHUNK))
    return parts
}

/** What ServiceNow holds for the report's sessions: rows by Rescue session id, and the PINs whose tracking value a row names (exactly, as posts link). */
function knownSessions(sessions: readonly ReportSession[]): (session: ReportSession) => KnownSession {
    const states: { [sessionId: string]: string } = Object.create(null)
    const pins: { [tracking: string]: boolean } = Object.create(null)
    for (const ids of chunks(sessions.map((session) => session.sessionId))) {
        const row = new GlideRecord(SESSION_TABLE)
        row.addQuery('rescue_session_id', 'IN', ids.join(','))
        row.query()
        while (row.next()) states[value(row, 'rescue_session_id')] = value(row, 'state')
    }
    // A value with a comma, or longer than the column, is none the app wrote.
    const trackings = sessions
        .map((session) => wholeValue(session.tracking, 'tracking_id') ?? '')
        .filter((tracking) => tracking !== '' && tracking.indexOf(',') === -1)
    for (const values of chunks(trackings)) {
        const row = new GlideRecord(SESSION_TABLE)
        row.addQuery('tracking_id', 'IN', values.join(','))
        row.addEncodedQuery('pinISNOTEMPTY')
        row.query()
        while (row.next()) pins[value(row, 'tracking_id')] = true
    }
    return (session) => ({
        rowState: Object.prototype.hasOwnProperty.call(states, session.sessionId) ? states[session.sessionId] : undefined,
        pinIssued: session.tracking !== '' && pins[session.tracking] === true,
    })
}

/** The post the session's end would have been, with the chat log and notes when a setting shows them. */
function reportPost(session: ReportSession, extras: { chat: string | null; notes: string | null }): SessionPost | null {
    const fields = session.fields.slice()
    if (extras.chat) fields.push({ name: 'ChatLog', value: extras.chat })
    if (extras.notes) fields.push({ name: 'Notes', value: extras.notes })
    const read = normalisePost(fields)
    if (!read.ok) return null
    return { ...read.value, kind: 'end', source: 'report' }
}

interface Tally {
    recovered: number
    errors: number
}

function recoverSessions(
    sessions: readonly ReportSession[],
    config: RescueConfig,
    settings: RecoverySettings,
    send: RescueSender,
    log: Logger
): Tally {
    const tally: Tally = { recovered: 0, errors: 0 }
    if (sessions.length === 0) return tally
    const known = knownSessions(sessions)
    const needs = recoveryNeeds(config)
    for (const session of sessions) {
        if (recoveryVerdict(session, known(session), config.consoleCreateRecord) !== 'recover') continue
        const extras = {
            chat: needs.chat ? fetchSessionText(send, config.region, settings.token, session.sessionId, 'chat') : null,
            notes: needs.notes ? fetchSessionText(send, config.region, settings.token, session.sessionId, 'notes') : null,
        }
        const post = reportPost(session, extras)
        if (!post) {
            tally.errors++
            log.warn(
                `Session recovery: the report row of Rescue session ${session.sessionId} could not be read as session data; it was skipped.`
            )
            continue
        }
        const outcome = storeSessionPost(post, config, log)
        if (outcome.kind === 'linked' || outcome.kind === 'unlinked' || outcome.kind === 'note_refused') {
            tally.recovered++
            log.info(`Session recovery: Rescue session ${session.sessionId} was stored from the session report (its post did not arrive).`)
        } else if (outcome.kind === 'refused' || outcome.kind === 'conflict') {
            tally.errors++
            log.warn(`Session recovery: Rescue session ${session.sessionId} could not be stored (${outcome.kind}).`)
        }
    }
    return tally
}

function finishRun(
    run: GlideRecord,
    fields: { state: 'succeeded' | 'failed'; rowsRead?: number; recovered?: number; errors?: number; failure?: string }
): void {
    run.setValue('state', fields.state)
    run.setValue('finished', dateTimeValue(nowMs()))
    run.setValue('rows_read', fields.rowsRead ?? 0)
    run.setValue('sessions_recovered', fields.recovered ?? 0)
    run.setValue('errors', fields.errors ?? (fields.state === 'failed' ? 1 : 0))
    run.setValue('failure', fields.failure ?? '')
    run.update()
}

/** Once a UTC day: the admins hear how many sessions of ServiceNow PINs ended over an hour ago whose posts never came. */
function emailMissingPosts(run: GlideRecord, now: number): void {
    const lastEmail = latestRun('missing_email_sent')
    const lastSentMs = lastEmail ? millisOf(lastEmail, 'missing_email_sent') : null
    if (!missingEmailDue(now, lastSentMs)) return
    const rows = new GlideRecord(SESSION_TABLE)
    rows.addQuery('recovery', 'recovered')
    rows.addQuery('source', 'servicenow')
    rows.addQuery('closing_time', '<=', dateTimeValue(now - MISSING_AFTER_MS))
    if (lastSentMs !== null) rows.addQuery('recovered_at', '>', dateTimeValue(lastSentMs))
    rows.query()
    const count = rows.getRowCount()
    if (count === 0) return
    for (const admin of activeAdminIds()) gs.eventQueue(POSTS_MISSING_EVENT, run, admin, String(count))
    run.setValue('missing_email_sent', dateTimeValue(now))
    run.update()
}

/** The scheduled job: one report call at most, never within 60 s of the last; every failure is one log line, never a throw. */
export function recoverSessionData(): void {
    let log = createLogger(false, [])
    try {
        const config = readConfig().config
        log = createLogger(config.debugLogging, secretsOf(config))
        if (!config.enabled || !config.reconcileEnabled) return
        const settings = recoverySettings(config)
        if (!settings.ok) {
            log.error('Session recovery did not run: ' + settings.problems.map(inEnglish).join(' '))
            return
        }
        const now = nowMs()
        const lastCall = latestRun('report_called_at')
        const plan = planRun(
            now,
            settings.settings.nodes,
            lastSuccessEnds(settings.settings.nodes),
            lastCall ? millisOf(lastCall, 'report_called_at') : null
        )
        if (plan.kind === 'wait') {
            log.info(
                `Session recovery waited: the last session report was asked for less than 60 seconds ago (Rescue allows one every 60 seconds); the next run catches up.`
            )
            return
        }
        // The row exists before Rescue is called, so a run starting meanwhile sees the call and waits.
        const run = new GlideRecord(RUN_TABLE)
        run.initialize()
        run.setValue('node', plan.node)
        run.setValue('state', 'running')
        run.setValue('window_start', dateTimeValue(plan.window.startMs))
        run.setValue('window_end', dateTimeValue(plan.window.endMs))
        run.setValue('report_called_at', dateTimeValue(now))
        run.insert()

        const send = createRescueSender(config.httpTimeoutMs, log, config.debugApiLogging)
        const answer = fetchSessionReport(send, {
            region: config.region,
            token: settings.settings.token,
            node: plan.node,
            window: plan.window,
        })
        const report = answer.ok ? parseSessionReport(answer.body) : null
        if (!answer.ok || !report || !report.ok) {
            const failure = !answer.ok ? answer.failure : report && !report.ok ? report.error : { kind: 'unreadable' as const, reason: '' }
            const code = failureCode(failure)
            const step = !answer.ok ? answer.method : 'getReport_v2'
            const detail = report && !report.ok && report.error.kind === 'unreadable' ? ` (${report.error.reason})` : ''
            log.error(
                `Session recovery: Rescue at ${RESCUE_HOSTS[config.region]} refused or garbled the session report of node ${plan.node}: ${step} answered ${code}${detail}. ` +
                    'Nothing was recovered; check the API token and node IDs in LogMeIn Rescue > Settings and run Test Connection.'
            )
            finishRun(run, { state: 'failed', failure: code })
            return
        }
        const tally = recoverSessions(report.sessions, config, settings.settings, send, log)
        finishRun(run, {
            state: 'succeeded',
            rowsRead: report.rowsRead,
            recovered: tally.recovered,
            errors: tally.errors + report.rowsSkipped,
        })
        if (report.rowsSkipped > 0)
            log.warn(
                `Session recovery: ${report.rowsSkipped} row(s) of the session report of node ${plan.node} could not be read and were skipped.`
            )
        emailMissingPosts(run, now)
    } catch (error) {
        log.error('Session recovery failed: ' + String(error))
    }
}

/** Test Connection's sentences on recovery: the last run, and whether the API token works (one call, a setter every report sets anyway). */
function recoveryHealth(): Message[] {
    const config = readConfig().config
    // Off, recovery adds nothing to Test Connection (and asks Rescue nothing).
    if (!config.reconcileEnabled) return []
    const latest = latestRun('report_called_at')
    const run = latest
        ? {
              finished: formatUtc(millisOf(latest, 'finished') ?? millisOf(latest, 'report_called_at') ?? 0),
              node: value(latest, 'node'),
              state: value(latest, 'state'),
              rowsRead: Number(value(latest, 'rows_read') || '0'),
              recovered: Number(value(latest, 'sessions_recovered') || '0'),
              errors: Number(value(latest, 'errors') || '0'),
              failure: value(latest, 'failure'),
          }
        : null
    const host = RESCUE_HOSTS[config.region]
    const settings = recoverySettings(config)
    if (!settings.ok) return [lastRunSentence(run), tokenSentence('NO_SETTINGS', host)]
    const log = createLogger(config.debugLogging, secretsOf(config))
    const failure = checkReportToken(
        createRescueSender(config.httpTimeoutMs, log, config.debugApiLogging),
        config.region,
        settings.settings.token
    )
    if (failure) log.warn(`Test Connection: Rescue at ${host} did not accept the session-report API token (${failureCode(failure)}).`)
    return [lastRunSentence(run), tokenSentence(failure ? failureCode(failure) : '', host)]
}

/** The missing-posts notification's subject and body, in the recipient admin's language (parm1 the admin, parm2 how many). */
export function missingPostsEmailFor(recipient: string, count: string): Email {
    const user = new GlideRecord('sys_user')
    const t = translatorFor(languageOrInstance(user.get(recipient) ? user.getValue('preferred_language') : ''))
    return missingPostsEmail(/^\d+$/.test(count) ? count : '0', t)
}

/** Test Connection with recovery's sentences after the connection's (admins only: only they may make Rescue calls here). */
export function withRecoveryHealth<Answer extends { readonly message: string }>(check: Answer): Answer {
    if (!gs.hasRole(ADMIN_ROLE)) return check
    try {
        return { ...check, message: [check.message].concat(recoveryHealth().map(translate)).join(' ') }
    } catch (error) {
        createLogger(false, [gs.getProperty(SETTINGS.reconcileApiToken.property) || '']).error(
            'Test Connection: reading the recovery state failed: ' + String(error)
        )
        return check
    }
}
