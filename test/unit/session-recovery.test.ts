import { describe, expect, it } from 'vitest'
import { english } from '../fixtures/english'
import { validConfig } from '../fixtures/config'
import { acceptedPost, END_POST } from '../fixtures/rescue-posts'
import { planSessionPost, type SessionFacts, type StoredSessionRow } from '../../src/server/core/session-plan'
import type { SessionPost } from '../../src/server/core/session-post'
import { message } from '../../src/shared/i18n'
import { reportDate, reportRequests } from '../../src/server/core/report-protocol'
import {
    FIRST_LOOKBACK_MS,
    MAX_WINDOW_MS,
    WINDOW_DELAY_MS,
    WINDOW_OVERLAP_MS,
    missingEmailDue,
    planRun,
    recoveryEffect,
    recoveryNeeds,
    recoverySettings,
    recoveryVerdict,
} from '../../src/server/core/session-recovery'

const NOW = Date.UTC(2026, 2, 5, 12, 0, 0)
const DAY = 86_400_000

describe('planRun', () => {
    it('first run: one day back to a few minutes ago', () => {
        expect(planRun(NOW, ['9100'], {}, null)).toEqual({
            kind: 'report',
            node: '9100',
            window: { startMs: NOW - WINDOW_DELAY_MS - FIRST_LOOKBACK_MS, endMs: NOW - WINDOW_DELAY_MS },
        })
    })

    it('later runs start before the last success ended (overlap); a long gap is caught up a week at a time', () => {
        const last = NOW - 3_600_000
        expect(planRun(NOW, ['9100'], { 9100: last }, last)).toMatchObject({
            window: { startMs: last - WINDOW_OVERLAP_MS, endMs: NOW - WINDOW_DELAY_MS },
        })
        const longAgo = NOW - 30 * DAY
        expect(planRun(NOW, ['9100'], { 9100: longAgo }, null)).toMatchObject({
            window: { startMs: longAgo - WINDOW_OVERLAP_MS, endMs: longAgo - WINDOW_OVERLAP_MS + MAX_WINDOW_MS },
        })
    })

    it('waits within 60 s of the last report call, whichever node', () => {
        expect(planRun(NOW, ['9100', '9200'], {}, NOW - 59_000)).toEqual({ kind: 'wait', waitMs: 1000 })
        expect(planRun(NOW, ['9100'], {}, NOW - 60_000).kind).toBe('report')
    })

    it('takes nodes in turn: never reported first, then the one reported longest ago', () => {
        expect(planRun(NOW, ['9100', '9200'], { 9100: NOW - 1000 }, null)).toMatchObject({ node: '9200' })
        expect(planRun(NOW, ['9100', '9200'], { 9100: NOW - 1000, 9200: NOW - 2000 }, null)).toMatchObject({ node: '9200' })
        expect(planRun(NOW, ['9100', '9200'], { 9100: NOW - 3000, 9200: NOW - 2000 }, null)).toMatchObject({ node: '9100' })
    })
})

describe('recoverySettings', () => {
    it('needs a token and digit node IDs, and never quotes a value', () => {
        expect(recoverySettings({ reconcileApiToken: 't', reconcileNodes: ' 9100, 9200 ,9100' })).toEqual({
            ok: true,
            settings: { token: 't', nodes: ['9100', '9200'] },
        })
        const bad = recoverySettings({ reconcileApiToken: '', reconcileNodes: 'Secret-Pa55' })
        expect(bad.ok).toBe(false)
        if (!bad.ok) {
            expect(bad.problems.map(english)).toEqual([
                'Session recovery needs a Rescue API token in x_rescue_connect.reconcile.api_token.',
                'Session recovery needs one or more Rescue node IDs (digits, separated by commas) in x_rescue_connect.reconcile.nodes.',
            ])
        }
    })
})

describe('recoveryVerdict and recoveryEffect', () => {
    const ended = { sessionId: '1', tracking: 'abc', ended: true, fields: [] }
    it('recovers an ended session of a PIN the app issued, or a row without its end; leaves the rest', () => {
        expect(recoveryVerdict(ended, { rowState: undefined, pinIssued: true }, false)).toBe('recover')
        expect(recoveryVerdict(ended, { rowState: 'started', pinIssued: false }, false)).toBe('recover')
        expect(recoveryVerdict(ended, { rowState: 'ended', pinIssued: true }, true)).toBe('has_data')
        expect(recoveryVerdict({ ...ended, ended: false }, { rowState: undefined, pinIssued: true }, false)).toBe('open')
        expect(recoveryVerdict(ended, { rowState: undefined, pinIssued: false }, false)).toBe('not_ours')
        expect(recoveryVerdict(ended, { rowState: undefined, pinIssued: false }, true)).toBe('recover')
    })

    it('a report post never touches an ended session; a real post to a recovered one writes no note', () => {
        expect(recoveryEffect({ state: 'ended', mark: '' }, 'report')).toEqual({ kind: 'skip' })
        expect(recoveryEffect({ state: 'started', mark: '' }, 'report')).toEqual({ kind: 'write', note: true, mark: 'recovered' })
        expect(recoveryEffect({ state: 'ended', mark: 'recovered' }, 'post')).toEqual({ kind: 'write', note: false, mark: 'posted_late' })
        expect(recoveryEffect({ state: 'ended', mark: 'posted_late' }, 'post')).toEqual({ kind: 'write', note: false, mark: 'posted_late' })
        expect(recoveryEffect({ state: 'started', mark: '' }, 'post')).toEqual({ kind: 'write', note: true, mark: '' })
    })
})

describe('recoveryNeeds', () => {
    const base = { workNotesMode: 'all' as const, workNotesFields: [] as string[], workNotesChatLog: false, chatLogAttachment: false }
    it('asks for chat and notes only when a setting shows them', () => {
        expect(recoveryNeeds(base)).toEqual({ chat: false, notes: true })
        expect(recoveryNeeds({ ...base, workNotesChatLog: true })).toEqual({ chat: true, notes: true })
        expect(recoveryNeeds({ ...base, workNotesMode: 'none' })).toEqual({ chat: false, notes: false })
        expect(recoveryNeeds({ ...base, workNotesMode: 'none', chatLogAttachment: true })).toEqual({ chat: true, notes: false })
        expect(recoveryNeeds({ ...base, workNotesMode: 'selection', workNotesFields: ['TechName', 'ChatLog'] })).toEqual({
            chat: true,
            notes: false,
        })
        expect(recoveryNeeds({ ...base, workNotesMode: 'selection', workNotesFields: ['Notes'] })).toEqual({ chat: false, notes: true })
    })
})

describe('the report call sequence', () => {
    it('sets every parameter, then reports; the token in the form, never the URL', () => {
        const requests = reportRequests({
            region: 'eu',
            token: 'tok&en',
            node: '9100',
            window: { startMs: Date.UTC(2026, 2, 5, 14, 0, 0), endMs: Date.UTC(2026, 2, 5, 15, 4, 9) },
        })
        expect(requests.map((request) => request.method)).toEqual([
            'setTimezone',
            'setReportArea_v8',
            'setReportType',
            'setOutput',
            'setReportDate_v2',
            'setReportTime',
            'setDelimiter',
            'getReport_v2',
        ])
        expect(
            requests.every(
                (request) =>
                    request.fields.authcode === 'tok&en' &&
                    request.endpoint.startsWith('https://secure.logmeinrescue.eu/API/') &&
                    !request.endpoint.includes('tok')
            )
        ).toBe(true)
        expect(requests[4]!.fields).toMatchObject({ bdate: '3/5/2026 14:00:00', edate: '3/5/2026 15:04:09' })
        expect(requests[7]!.fields).toMatchObject({ node: '9100', nodetype: 'NODE' })
        expect(reportDate(Date.UTC(2026, 11, 31, 0, 0, 5))).toBe('12/31/2026 0:00:05')
    })
})

describe('missingEmailDue', () => {
    it('once per UTC day', () => {
        expect(missingEmailDue(NOW, null)).toBe(true)
        expect(missingEmailDue(NOW, NOW - 3_600_000)).toBe(false)
        expect(missingEmailDue(NOW, NOW - DAY)).toBe(true)
    })
})

describe('the recovery step of the session-post plan', () => {
    const TASK = '9f8e7d6c5b4a39281706f5e4d3c2b1a0'
    const pinRow = (overrides: Partial<StoredSessionRow> = {}): StoredSessionRow => ({
        sysId: 'c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0',
        state: 'pin_issued',
        postHashes: '',
        posts: '',
        columns: { rescue_session_id: '' },
        task: TASK,
        trackingId: '',
        technician: '',
        timeWorkedEntry: '',
        chatLog: { attachmentSysId: '', chars: 0, lines: 0 },
        ...overrides,
    })
    const facts = (row: StoredSessionRow): SessionFacts => ({
        pinRow: row,
        claimedOnOwnRow: [],
        sessionRow: 'not_read',
        receivedAt: '2026-03-05 10:40:00',
    })
    const report: SessionPost = { ...acceptedPost({ ...END_POST, Tracking0: TASK }), source: 'report' }
    const t = english

    it('a report post completes the PIN row, marks it recovered and writes the note that says why', () => {
        const plan = planSessionPost(report, validConfig(), facts(pinRow()), t)
        if (plan.kind !== 'store') throw new Error(plan.kind)
        expect(plan.rowValues).toMatchObject({ state: 'ended', recovery: 'recovered', recovered_at: '2026-03-05 10:40:00' })
        expect(plan.rowValues.last_post_received).toBeUndefined()
        expect(plan.note!.split('\n')[1]).toBe(english(message('note.from_report')))
    })

    it('a report post to a session that has its end is answered as a duplicate and writes nothing', () => {
        const plan = planSessionPost(
            report,
            validConfig(),
            facts(pinRow({ state: 'ended', columns: { rescue_session_id: report.sessionId } })),
            t
        )
        expect(plan).toEqual({ kind: 'answer', outcome: { kind: 'duplicate', sessionSysId: 'c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0' }, logs: [] })
    })

    it('a real post to a recovered session stores its data, marked posted late, with no note', () => {
        const late = acceptedPost({ ...END_POST, Tracking0: TASK, Notes: 'typed later' })
        const row = pinRow({
            state: 'ended',
            recovery: 'recovered',
            postHashes: report.hash,
            columns: { rescue_session_id: late.sessionId },
        })
        const plan = planSessionPost(late, validConfig({ 'x_rescue_connect.chat_log.attachment': 'true' }), facts(row), t)
        if (plan.kind !== 'store') throw new Error(plan.kind)
        expect(plan.rowValues).toMatchObject({ recovery: 'posted_late', last_post_received: '2026-03-05 10:40:00' })
        expect([plan.note, plan.noteWithoutFile]).toEqual([null, null])
    })
})
