// The sandbox HTTP server: an emulated instance running the built app, on 127.0.0.1.
//   /login, /            user switcher (cookie session) and record lists
//   /incident/<sys_id>   minimal forms (also /sn_customerservice_case/<sys_id>) with the app's UI actions
//   /sessions            LogMeIn Rescue > Sessions; /x_rescue_connect_session/<sys_id> one session's form, with its
//                        Time Worked entry and its attachments (lists, forms and related lists show what the user's
//                        ACLs let them read); /sys_attachment.do?sys_id=… downloads a file the user may read
//   /reports             LogMeIn Rescue > Reports: each shipped report the user may view, drawn from its definition
//   /workspace/<table>/<sys_id>  the same record as a configurable-workspace form (client_script_v2, g_modal)
//   /x_rescue_connect_*.do  the app's UI pages (static markup + client script), behind their ui_page ACLs
//   /xmlhttp.do          GlideAjax, as the logged-in user → instance.ajax
//   /api/...             real HTTP for Scripted REST → instance.rest (basic auth from the request)
//   /rescue              the Rescue simulator: act as the technician and post session details
//   /system_properties_ui.do?sysparm_category=…  a properties page (LogMeIn Rescue > Settings; /settings leads there)
//   /<table>.do?sys_id=…  any record's form, as links the app builds open it
// Only local Host names and same-origin requests are served (foreignRequest): a page the developer
// visits cannot drive the sandbox.
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { NavigatorModule, Row } from '../emulator/index.ts'
import { escapeHtml } from '../src/shared/markup.ts'
import { createDemo, DEMO_GROUP_NODE, DEMO_INTEGRATION, DEMO_LOGINS, SESSION_DETAILS_PATH, type Demo } from './demo.ts'
import { sessionPost } from '../emulator/index.ts'

const RECOVERY_RUN_TABLE = 'x_rescue_connect_recovery_run'
const RECOVERY_JOB = 'LogMeIn Rescue: recover session data'
import { GLIDE_SHIMS_JS, WORKSPACE_SHIMS_JS } from './glide-shims.ts'
import { reportChart } from './charts.ts'
import {
    formPage,
    homePage,
    loginPage,
    messagePage,
    recordFormPage,
    reportsPage,
    sessionFormPage,
    sessionListPage,
    settingsPage,
    simulatorPage,
    uiPage,
    framedUiPage,
    type FormButton,
    type MenuLink,
    type PageUser,
    type PostOutcome,
    type TaskSummary,
} from './pages.ts'
import { uiPageView } from './ui-pages.ts'

export { SESSION_DETAILS_PATH }
const SESSION_TABLE = 'x_rescue_connect_session'
/** The tables the sandbox draws task forms for (with their work notes, Rescue sessions and the app's UI actions): issue 20 adds a problem, a change and a requested item. */
const FORM_TABLES = new Set(['incident', 'sn_customerservice_case', 'problem', 'change_request', 'sc_req_item'])
const SESSION_COOKIE = 'sandbox_session'
/** Larger than the app's own limit (2 MiB, answered 413 by the app) so that limit stays observable. */
const MAX_API_BODY_BYTES = 8 * 1024 * 1024
const MAX_PAGE_BODY_BYTES = 256 * 1024
/** The form layout (which fields the sandbox's task forms show, in this order); labels and values come from the instance. */
const FORM_FIELDS = [
    'number',
    'short_description',
    'description',
    'caller_id',
    'contact',
    'requested_by',
    'requested_for',
    'account',
    'category',
    'priority',
    'state',
    'active',
    'assigned_to',
    'opened_at',
]
/** The properties page LogMeIn Rescue > Settings opens (its module's URL names the category). */
const PROPERTIES_PAGE = '/system_properties_ui.do'
const SETTINGS_CATEGORY = 'LogMeIn Rescue'
const SESSION_COLUMNS = ['pin', 'state', 'rescue_session_id', 'tech_name', 'customer_name', 'work_time', 'last_post_received']
/** The Sessions list adds the record each session belongs to. */
const SESSION_LIST_COLUMNS = ['pin', 'task', 'state', 'source', 'tech_name', 'customer_name', 'work_time', 'last_post_received']
/** What the platform's list says when read ACLs removed rows (see emulator/README.md, "ACLs"). */
const removedNote = (removed: number) => (removed > 0 ? `Number of rows removed from this list by Security constraints: ${removed}` : '')

export interface SandboxOptions {
    demo: Demo
    /** 0 picks a free port. */
    port: number
    host?: string
}

export interface RunningSandbox {
    url: string
    port: number
    close(): Promise<void>
}

class BodyTooLarge extends Error {}

type View = 'classic' | 'workspace'

function readBody(request: IncomingMessage, limit: number): Promise<string> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = []
        let size = 0
        request.on('data', (chunk: Buffer) => {
            size += chunk.length
            if (size > limit) {
                request.removeAllListeners('data')
                request.resume()
                reject(new BodyTooLarge())
                return
            }
            chunks.push(chunk)
        })
        request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        request.on('error', reject)
    })
}

function send(response: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}): void {
    response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', ...headers })
    response.end(body)
}

const html = (response: ServerResponse, status: number, body: string) => send(response, status, 'text/html; charset=utf-8', body)
const redirect = (response: ServerResponse, location: string, headers: Record<string, string> = {}) => {
    response.writeHead(303, { location, ...headers })
    response.end()
}

function cookies(request: IncomingMessage): Record<string, string> {
    const found: Record<string, string> = {}
    for (const part of (request.headers.cookie ?? '').split(';')) {
        const index = part.indexOf('=')
        if (index > 0) found[part.slice(0, index).trim()] = decodeURIComponent(part.slice(index + 1).trim())
    }
    return found
}

/** Host names that can only mean this machine. A page elsewhere that rebinds its own name to 127.0.0.1 still sends its own name. */
const LOCAL_HOST_NAMES = ['127.0.0.1', 'localhost', '[::1]']

/** The Host header names this machine (with this server's port, or none). */
function isLocalHost(hostHeader: string | undefined, port: number): boolean {
    const host = (hostHeader ?? '').toLowerCase()
    return LOCAL_HOST_NAMES.some((name) => host === name || host === `${name}:${port}`)
}

/**
 * Refuses what a web page on another site could make the developer's browser send: a foreign Host
 * (DNS rebinding) or a cross-origin request (a form posted from elsewhere carries its own Origin, or
 * `null`). Requests without Origin (curl, the simulator's own posts) pass once the Host is local.
 */
function foreignRequest(request: IncomingMessage, port: number): string | null {
    if (!isLocalHost(request.headers.host, port)) return 'Host not allowed: the sandbox answers only to 127.0.0.1, localhost and [::1].'
    const origin = request.headers.origin
    if (origin !== undefined && origin.toLowerCase() !== `http://${(request.headers.host ?? '').toLowerCase()}`) {
        return 'Cross-origin request refused: the sandbox accepts requests only from its own pages.'
    }
    return null
}

/** An XML attribute value keeps its line breaks only as character references. */
const xmlAttribute = (text: string) => escapeHtml(text).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;')

/** Where a navigator module leads in the sandbox: a DIRECT module's URL; the Sessions and Reports lists to their pages. */
function moduleHref(module: NavigatorModule): string {
    if (module.linkType === 'DIRECT') return `/${module.query}`
    if (module.table === SESSION_TABLE) return '/sessions'
    if (module.table === 'sys_report') return '/reports'
    return `/${module.table}_list.do`
}

export function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
    const { instance, rescue, advanceClock } = options.demo
    // Post-to-URL of the demo technician group: off, sessions still end in Rescue (and its report) but are not posted.
    let postingOn = true
    const host = options.host ?? '127.0.0.1'
    const sessions = new Map<string, string>()
    const outcomes: PostOutcome[] = []
    let baseUrl = ''
    let listeningPort = 0

    const userRow = (sysId: string) => instance.db.get('sys_user', sysId)
    const currentUser = (request: IncomingMessage): Row | undefined => {
        const sysId = sessions.get(cookies(request)[SESSION_COOKIE] ?? '')
        return sysId ? userRow(sysId) : undefined
    }
    /** The navigator's modules for the user (their roles decide, as on the instance), as sandbox links. */
    const menu = (user: Row | undefined): MenuLink[] =>
        user
            ? instance
                  .navigatorMenus(user.sys_id)
                  .flatMap((app) => app.modules.map((module) => ({ title: module.title, href: moduleHref(module) })))
            : []
    const pageUser = (row: Row): PageUser => ({
        sysId: row.sys_id,
        userName: row.user_name ?? '',
        name: row.name || row.user_name || '',
        menu: menu(row),
    })

    /** A value as the platform shows it to a user (the emulator's display value: a choice by its label in their language, a reference by its display field). */
    const displayValue = (table: string, field: string, value: string, user: Row): string =>
        instance.displayValue(table, field, value, user.sys_id)
    /** A table's list as the user's ACLs let them see it (rows of that class only), and the platform's note on removed rows. */
    const summaries = (table: string, user: Row): { tasks: TaskSummary[]; note: string } => {
        const { rows, removed } = instance.secureQuery(table, user.sys_id)
        const tasks = rows
            .filter((row) => (row.sys_class_name || table) === table)
            .map((row) => ({
                table,
                sysId: row.sys_id,
                number: row.number ?? '',
                shortDescription: row.short_description ?? '',
                active: row.active !== 'false' && row.active !== '0',
            }))
        return { tasks, note: removedNote(removed) }
    }
    /** The problems, changes and requested items (issue 20: the button serves them through one UI action on task). */
    const otherTaskSummaries = (user: Row): { tasks: TaskSummary[]; note: string } => {
        const lists = ['problem', 'change_request', 'sc_req_item'].map((table) => summaries(table, user))
        return {
            tasks: lists.flatMap((list) => list.tasks),
            note: lists
                .map((list) => list.note)
                .filter(Boolean)
                .join(' '),
        }
    }
    const sessionCells = (row: Row, columns: string[], user: Row) =>
        Object.fromEntries(columns.map((name) => [name, displayValue(SESSION_TABLE, name, row[name] ?? '', user)]))
    const columnLabels = (table: string, columns: string[], user: Row) =>
        columns.map((name) => ({ name, label: instance.fieldLabel(table, name, user.sys_id) }))
    /** The messages a UI action preloads for its client script's getMessage(), in the user's language. */
    const preloadedMessages = (action: Row, user: Row) => {
        const language = instance.languageOf(user.sys_id)
        return Object.fromEntries(
            (action.messages ?? '')
                .split('\n')
                .filter(Boolean)
                .map((key) => [key, instance.message(key, language)])
        )
    }

    /** The form's buttons: the UI actions the instance shows this user on this record (emulator/platform/ui.ts), with the scripts they run. */
    function formButtons(table: string, sysId: string, user: Row, view: View): { buttons: FormButton[]; hidden: string[]; actions: Row[] } {
        const { shown, hidden } = instance.formActions(table, sysId, user.sys_id, view)
        const buttons = shown.map(({ action, label, hint }) =>
            view === 'workspace'
                ? { name: label, onclick: 'onClick(g_form)', scriptUrl: `/ui_action/${action.sys_id}/workspace.js`, hint }
                : { name: label, onclick: action.onclick ?? '', scriptUrl: `/ui_action/${action.sys_id}.js`, hint }
        )
        return { buttons, hidden, actions: shown.map((entry) => entry.action) }
    }

    /** A record the user may not read answers 403 (the platform shows no such form); one that does not exist, 404. */
    function renderForm(table: string, sysId: string, user: Row, view: View): { status: number; page: string } | undefined {
        const stored = instance.db.get(table, sysId)
        if (!stored || (stored.sys_class_name || table) !== table) return undefined
        const record = instance.secureRecord(table, sysId, user.sys_id)
        if (!record)
            return {
                status: 403,
                page: messagePage('Not available', pageUser(user), 'Security constraints prevent you from reading this record.'),
            }
        const row = record.row
        const fields = FORM_FIELDS.filter(
            (name) => instance.db.schema.column(table, name) && row[name] && !record.unreadable.includes(name)
        ).map((name) => ({
            name,
            label: instance.fieldLabel(table, name, user.sys_id),
            type: instance.db.schema.column(table, name)!.type,
            value: displayValue(table, name, row[name]!, user),
        }))
        const sessionList = instance.db.schema.has(SESSION_TABLE)
            ? instance.secureQuery(SESSION_TABLE, user.sys_id, `task=${sysId}`)
            : { rows: [], removed: 0 }
        const { buttons, hidden, actions } = formButtons(table, sysId, user, view)
        const page = formPage({
            user: pageUser(user),
            view,
            table,
            tableLabel: instance.db.schema.definition(table).label ?? table,
            sysId,
            number: row.number ?? sysId,
            fields,
            // The activity shows only the journal fields the user may read (their field ACLs decide).
            workNotes: record.unreadable.includes('work_notes')
                ? null
                : instance
                      .journal(table, sysId)
                      .slice()
                      .reverse()
                      .map((entry) => ({ value: entry.value, createdBy: entry.sys_created_by, createdOn: entry.sys_created_on })),
            sessionColumns: columnLabels(SESSION_TABLE, SESSION_COLUMNS, user),
            sessions: sessionList.rows.map((session) => ({
                ...session,
                ...sessionCells(session, SESSION_COLUMNS, user),
                href: `/${SESSION_TABLE}/${session.sys_id}`,
            })),
            sessionsNote: removedNote(sessionList.removed),
            buttons,
            hiddenActions: hidden,
            clientState: {
                table,
                sysId,
                isNewRecord: false,
                values: Object.fromEntries(
                    FORM_FIELDS.filter((name) => row[name] && !record.unreadable.includes(name)).map((name) => [name, row[name]])
                ),
                user: {
                    sysId: user.sys_id,
                    userName: user.user_name,
                    firstName: user.first_name ?? '',
                    lastName: user.last_name ?? '',
                    roles: instance.userRoles(user.sys_id),
                },
                messages: Object.assign({}, ...actions.map((action) => preloadedMessages(action, user))),
            },
        })
        return { status: 200, page }
    }

    /** LogMeIn Rescue > Sessions: the rows the user's ACLs let them read, newest first. */
    function renderSessionList(user: Row): string {
        const { rows, removed } = instance.secureQuery(SESSION_TABLE, user.sys_id, 'ORDERBYDESCsys_created_on')
        const sessions = rows.map((row) => ({
            sysId: row.sys_id,
            cells: sessionCells(row, SESSION_LIST_COLUMNS, user),
            taskHref: taskHref(row.task ?? ''),
        }))
        return sessionListPage(pageUser(user), columnLabels(SESSION_TABLE, SESSION_LIST_COLUMNS, user), sessions, removedNote(removed))
    }

    /** One session's form: only the fields the user may read are on it (as the platform's form hides the others). */
    function renderSessionForm(sysId: string, user: Row): { status: number; page: string } | undefined {
        if (!instance.db.get(SESSION_TABLE, sysId)) return undefined
        const record = instance.secureRecord(SESSION_TABLE, sysId, user.sys_id)
        if (!record)
            return {
                status: 403,
                page: messagePage('Not available', pageUser(user), 'Security constraints prevent you from reading this Rescue session.'),
            }
        const fields = instance.db.schema
            .columns(SESSION_TABLE)
            // The Time Worked entry has its own section below.
            .filter((column) => column.label && column.name !== 'time_worked_entry' && !record.unreadable.includes(column.name))
            .map((column) => ({
                name: column.name,
                label: instance.fieldLabel(SESSION_TABLE, column.name, user.sys_id),
                value: displayValue(SESSION_TABLE, column.name, record.row[column.name] ?? '', user),
                href: column.name === 'task' ? taskHref(record.row.task ?? '') : '',
            }))
        const entry = record.row.time_worked_entry
            ? instance.secureRecord('task_time_worked', record.row.time_worked_entry, user.sys_id)
            : undefined
        const timeWorked = entry
            ? [
                  {
                      duration: displayValue('task_time_worked', 'time_worked', entry.row.time_worked ?? '', user),
                      user: displayValue('task_time_worked', 'user', entry.row.user ?? '', user),
                      comment: entry.row.comments ?? '',
                  },
              ]
            : []
        const files = instance.secureQuery('sys_attachment', user.sys_id, `table_name=${SESSION_TABLE}^table_sys_id=${sysId}`)
        const attachments = files.rows.map((file) => ({
            fileName: file.file_name ?? '',
            sizeBytes: file.size_bytes ?? '',
            href: `/sys_attachment.do?sys_id=${file.sys_id}`,
        }))
        return {
            status: 200,
            page: sessionFormPage(pageUser(user), record.row.pin || sysId, fields, {
                timeWorked,
                attachments,
                attachmentsNote: removedNote(files.removed),
            }),
        }
    }

    /** Any table's form (`<table>.do?sys_id=…`, as a link the app builds opens it): the fields the user may read, labelled and shown as the instance shows them. */
    function renderRecord(table: string, sysId: string, user: Row): { status: number; page: string } {
        if (!instance.db.get(table, sysId)) return { status: 404, page: messagePage('Not found', pageUser(user), 'Record not found.') }
        const record = instance.secureRecord(table, sysId, user.sys_id)
        if (!record)
            return {
                status: 403,
                page: messagePage('Not available', pageUser(user), 'Security constraints prevent you from reading this record.'),
            }
        const fields = instance.db.schema
            .columns(table)
            .filter((column) => column.label && !record.unreadable.includes(column.name))
            .map((column) => ({
                name: column.name,
                label: instance.fieldLabel(table, column.name, user.sys_id),
                value: displayValue(table, column.name, record.row[column.name] ?? '', user),
                href: '',
            }))
        const tableLabel = instance.db.schema.definition(table).label ?? table
        return { status: 200, page: recordFormPage(pageUser(user), tableLabel, record.row.number || sysId, fields) }
    }

    /** A file, as the platform's sys_attachment.do serves it: only to a user whose ACLs let them read the attachment. */
    function downloadAttachment(response: ServerResponse, sysId: string, user: Row): void {
        if (!instance.db.get('sys_attachment', sysId))
            return html(response, 404, messagePage('Not found', pageUser(user), 'No such attachment.'))
        const file = instance.secureRecord('sys_attachment', sysId, user.sys_id)
        if (!file)
            return html(
                response,
                403,
                messagePage('Not available', pageUser(user), 'Security constraints prevent you from reading this attachment.')
            )
        const name = (file.row.file_name ?? 'attachment').replace(/[^A-Za-z0-9._-]/g, '_')
        send(response, 200, file.row.content_type || 'application/octet-stream', instance.db.file(sysId) ?? '', {
            'content-disposition': `attachment; filename="${name}"`,
            'x-content-type-options': 'nosniff',
        })
    }

    /** LogMeIn Rescue > Reports: the reports on the session table the user may view, each run from its own definition. */
    function renderReports(user: Row): string {
        const all = instance.db.rows('sys_report').filter((report) => report.table === SESSION_TABLE)
        const visible = all.filter((report) => instance.canViewReport(report.sys_id, user.sys_id))
        const views = visible.map((report) => {
            const result = instance.runReport(report.sys_id)
            const definition = [
                `type=${report.type}`,
                report.trend_field && `trend_field=${report.trend_field} per ${report.interval}`,
                report.field && `field=${report.field}`,
                `aggregate=${report.aggregate}${report.sumfield ? `(${report.sumfield})` : ''}`,
                report.filter && `filter=${report.filter}`,
            ]
                .filter(Boolean)
                .join(' · ')
            return {
                sysId: report.sys_id,
                title: report.title ?? '',
                definition,
                chart: reportChart(result),
                header: [
                    report.type === 'trend' ? `Week of (${report.trend_field})` : (report.field ?? ''),
                    ...result.series.map((series) => series.label),
                ],
                rows: result.categories.map((category, index) => [category.label, ...result.series.map((series) => series.shown[index]!)]),
            }
        })
        return reportsPage(pageUser(user), views, all.length - visible.length)
    }

    /** The form of a session's incident or case ('' when it has none). */
    const taskHref = (taskSysId: string) => {
        const task = taskSysId ? instance.db.get('task', taskSysId) : undefined
        return task && FORM_TABLES.has(task.sys_class_name ?? '') ? `/${task.sys_class_name}/${task.sys_id}` : ''
    }

    /** The properties page of a category as the instance shows it to the user: the properties they may read, in the category's order, under their descriptions. */
    function renderProperties(user: Row, category: string, saved: boolean): { status: number; page: string } {
        const page = instance.propertiesPage(category, user.sys_id)
        const readable = page?.entries.filter((entry) => entry.readable) ?? []
        if (!page || readable.length === 0)
            return {
                status: 403,
                page: messagePage(
                    'Not available',
                    pageUser(user),
                    'Security constraints prevent you from reading these properties (their read roles).'
                ),
            }
        const settings = readable.map(({ property, title, choices, writable }) => {
            const password = property.type === 'password2'
            return {
                name: property.name ?? '',
                title,
                type: property.type ?? 'string',
                choices,
                value: password ? '' : (instance.getProperty(property.name ?? '') ?? ''),
                isSet: password && Boolean(property.value),
                writable,
            }
        })
        return { status: 200, page: settingsPage(pageUser(user), page.title, category, settings, saved) }
    }

    /** Saves the posted values of the properties the user may write; an empty password field keeps the stored secret. */
    function saveProperties(user: Row, category: string, form: URLSearchParams): boolean {
        const entries = instance.propertiesPage(category, user.sys_id)?.entries.filter((entry) => entry.writable) ?? []
        for (const { property } of entries) {
            // A checkbox posts its hidden "false" and, when ticked, "true" after it: the last value counts.
            const value = form.getAll(property.name ?? '').pop()
            if (value === undefined || (property.type === 'password2' && value === '')) continue
            instance.setProperty(property.name!, value)
        }
        return entries.length > 0
    }

    function renderSimulator(user: Row | undefined): string {
        const sessionRows = instance.db.schema.has(SESSION_TABLE) ? instance.db.rows(SESSION_TABLE) : []
        const pins = rescue.pins.map((issued) => {
            const row = sessionRows.filter((session) => session.pin === issued.pin).pop()
            return {
                pin: issued.pin,
                technician: rescue.sessionVariables(issued.pin, 'start').TechName ?? issued.ssoId,
                customer: issued.fields.cfield0,
                record: issued.fields.cfield1,
                state: row?.state ?? '',
                rescueSessionId: row?.rescue_session_id ?? '',
                recovery: row?.recovery ?? '',
            }
        })
        const runs = instance.db.schema.has(RECOVERY_RUN_TABLE) ? instance.db.rows(RECOVERY_RUN_TABLE) : []
        const last = runs[runs.length - 1]
        const lastRun = last
            ? `Last recovery run (node ${last.node}, ${last.state}): report rows read ${last.rows_read || '0'}, sessions recovered ${last.sessions_recovered || '0'}, errors ${last.errors || '0'}${last.failure ? ` (${last.failure})` : ''}.`
            : 'The recovery job has not run yet.'
        return simulatorPage(user && pageUser(user), pins.reverse(), outcomes, `${baseUrl}${SESSION_DETAILS_PATH}`, {
            postingOn,
            groupNode: DEMO_GROUP_NODE,
            lastRun,
        })
    }

    /** What Rescue does at session start/end: post the session's variables as JSON to the app's REST path, over HTTP. */
    async function postSessionDetails(pin: string, kind: 'start' | 'end', chat: string, notes: string): Promise<PostOutcome> {
        // The session ends in Rescue whether or not it is posted: from now on its session report lists it.
        const variables = kind === 'end' ? rescue.endSession(pin, { ChatLog: chat, Notes: notes }) : rescue.sessionVariables(pin, 'start')
        if (!postingOn) return { pin, kind, status: 0, body: 'not posted: Post-to-URL of the technician group is off' }
        const post = sessionPost(variables, 'json')
        const answer = await fetch(`${baseUrl}${SESSION_DETAILS_PATH}`, {
            method: 'POST',
            headers: {
                'content-type': post.contentType,
                authorization: 'Basic ' + Buffer.from(`${DEMO_INTEGRATION.user}:${DEMO_INTEGRATION.password}`).toString('base64'),
            },
            body: post.body,
        })
        return { pin, kind, status: answer.status, body: await answer.text() }
    }

    async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
        const refusal = foreignRequest(request, listeningPort)
        if (refusal) return send(response, 403, 'text/plain; charset=utf-8', refusal)
        const url = new URL(request.url ?? '/', 'http://sandbox.invalid')
        const method = request.method ?? 'GET'
        const path = url.pathname

        if (path.startsWith('/api/')) {
            let body: string
            try {
                body = await readBody(request, MAX_API_BODY_BYTES)
            } catch (error) {
                if (error instanceof BodyTooLarge)
                    return send(
                        response,
                        413,
                        'application/json',
                        JSON.stringify({ error: { message: 'Request body too large' }, status: 'failure' })
                    )
                throw error
            }
            const headers = Object.fromEntries(
                Object.entries(request.headers).flatMap(([name, value]) =>
                    value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]]
                )
            )
            const answer = instance.rest({ method, path: request.url ?? path, headers, body })
            response.writeHead(answer.status, answer.headers)
            response.end(answer.body)
            return
        }

        if (path === '/glide-shims.js') return send(response, 200, 'text/javascript; charset=utf-8', GLIDE_SHIMS_JS)
        if (path === '/workspace-shims.js') return send(response, 200, 'text/javascript; charset=utf-8', WORKSPACE_SHIMS_JS)
        if (path === '/login' && method === 'GET') {
            const user = currentUser(request)
            const choices = DEMO_LOGINS.filter((login) => login.ui)
            return html(response, 200, loginPage(choices, user && pageUser(user)))
        }
        if (path === '/login' && method === 'POST') {
            const form = new URLSearchParams(await readBody(request, MAX_PAGE_BODY_BYTES))
            const row = instance.db.rows('sys_user').find((candidate) => candidate.user_name === form.get('user_name'))
            if (!row || row.web_service_access_only === '1' || row.web_service_access_only === 'true')
                return html(response, 403, messagePage('Cannot log in', undefined, 'No interactive user with that user ID.'))
            const token = randomBytes(18).toString('base64url')
            sessions.set(token, row.sys_id)
            return redirect(response, '/', { 'set-cookie': `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax` })
        }
        if (path === '/logout' && method === 'POST') {
            sessions.delete(cookies(request)[SESSION_COOKIE] ?? '')
            return redirect(response, '/login', { 'set-cookie': `${SESSION_COOKIE}=; Path=/; Max-Age=0` })
        }
        if (path === '/rescue' && method === 'GET') return html(response, 200, renderSimulator(currentUser(request)))
        if (path === '/rescue/posting' && method === 'POST') {
            postingOn = new URLSearchParams(await readBody(request, MAX_PAGE_BODY_BYTES)).get('posting') === 'on'
            return redirect(response, '/rescue')
        }
        if (path === '/rescue/recover' && method === 'POST') {
            // The job's window ends a few minutes before now: let ten minutes pass, then run it as the scheduler would.
            advanceClock(10 * 60_000)
            const job = instance.db.rows('sysauto_script').find((row) => row.name === RECOVERY_JOB)
            if (job) instance.runScript(job.script ?? '')
            return redirect(response, '/rescue')
        }
        if (path === '/rescue/session' && method === 'POST') {
            const form = new URLSearchParams(await readBody(request, MAX_PAGE_BODY_BYTES))
            const pin = form.get('pin') ?? ''
            const kind = form.get('kind') === 'end' ? 'end' : 'start'
            if (!rescue.pins.some((issued) => issued.pin === pin))
                return html(
                    response,
                    404,
                    messagePage(
                        'Unknown PIN',
                        currentUser(request) && pageUser(currentUser(request)!),
                        `The simulator did not issue PIN ${pin}.`
                    )
                )
            outcomes.push(await postSessionDetails(pin, kind, form.get('chat') ?? '', form.get('notes') ?? ''))
            return redirect(response, '/rescue')
        }

        const user = currentUser(request)
        if (path === '/xmlhttp.do' && method === 'POST') {
            if (!user) return send(response, 401, 'text/plain', 'Not logged in')
            const params = Object.fromEntries(new URLSearchParams(await readBody(request, MAX_PAGE_BODY_BYTES)))
            const result = instance.ajax(params.sysparm_processor ?? '', params.sysparm_name ?? '', params, user.sys_id)
            if (result.status !== 200)
                return send(response, result.status, 'text/plain', result.error ?? `GlideAjax refused (${result.status})`)
            const answer = result.answer === null ? '' : ` answer="${xmlAttribute(result.answer)}"`
            return send(
                response,
                200,
                'text/xml; charset=utf-8',
                `<?xml version="1.0" encoding="UTF-8"?><xml sysparm_processor="${xmlAttribute(params.sysparm_processor ?? '')}"${answer}/>`
            )
        }
        if (!user) return redirect(response, '/login')
        if (path === '/' && method === 'GET')
            return html(
                response,
                200,
                homePage(
                    pageUser(user),
                    summaries('incident', user),
                    summaries('sn_customerservice_case', user),
                    `${baseUrl}${SESSION_DETAILS_PATH}`,
                    otherTaskSummaries(user)
                )
            )
        if (path === '/sessions' && method === 'GET') return html(response, 200, renderSessionList(user))
        if (path === '/reports' && method === 'GET') return html(response, 200, renderReports(user))
        if (path === '/sys_attachment.do' && method === 'GET')
            return downloadAttachment(response, url.searchParams.get('sys_id') ?? '', user)
        const sessionForm = new RegExp(`^/${SESSION_TABLE}/([0-9a-f]{32})$`).exec(path)
        if (sessionForm && method === 'GET') {
            const rendered = renderSessionForm(sessionForm[1]!, user)
            if (rendered) return html(response, rendered.status, rendered.page)
        }

        // The Settings module's page, under a short name for people typing it.
        if (path === '/settings' && method === 'GET')
            return redirect(response, `${PROPERTIES_PAGE}?sysparm_category=${encodeURIComponent(SETTINGS_CATEGORY)}`)
        if (path === PROPERTIES_PAGE) {
            const category = url.searchParams.get('sysparm_category') ?? ''
            const here = `${PROPERTIES_PAGE}?sysparm_category=${encodeURIComponent(category)}`
            if (method === 'POST') {
                const saved = saveProperties(user, category, new URLSearchParams(await readBody(request, MAX_PAGE_BODY_BYTES)))
                if (!saved)
                    return html(
                        response,
                        403,
                        messagePage(
                            'Not available',
                            pageUser(user),
                            'Security constraints prevent you from changing these properties (their write roles).'
                        )
                    )
                return redirect(response, `${here}&saved=1`)
            }
            const rendered = renderProperties(user, category, url.searchParams.has('saved'))
            return html(response, rendered.status, rendered.page)
        }
        const recordPage = /^\/([a-z0-9_]+)\.do$/.exec(path)
        if (recordPage && method === 'GET' && url.searchParams.has('sys_id') && instance.db.schema.has(recordPage[1]!)) {
            const rendered = renderRecord(recordPage[1]!, url.searchParams.get('sys_id') ?? '', user)
            return html(response, rendered.status, rendered.page)
        }

        const script = /^\/ui_action\/([0-9a-f]{32})(\/workspace)?\.js$/.exec(path)
        if (script && method === 'GET') {
            const action = instance.db.get('sys_ui_action', script[1]!)
            const code = script[2] ? action?.client_script_v2 : action?.client === 'true' ? action.script : undefined
            if (!code) return send(response, 404, 'text/plain', 'No client UI action script')
            return send(response, 200, 'text/javascript; charset=utf-8', code)
        }
        const form = /^\/(workspace\/)?([a-z_]+)\/([0-9a-f]{32})$/.exec(path)
        if (form && method === 'GET' && FORM_TABLES.has(form[2]!)) {
            const rendered = renderForm(form[2]!, form[3]!, user, form[1] ? 'workspace' : 'classic')
            if (rendered) return html(response, rendered.status, rendered.page)
        }
        const pageName = /^\/(x_rescue_connect_[a-z_]+\.do)$/.exec(path)?.[1]
        if (pageName && method === 'GET') {
            const allowed = instance.canOpenUiPage(pageName, user.sys_id)
            if (allowed === false)
                return html(
                    response,
                    403,
                    messagePage(
                        'Security constraints',
                        pageUser(user),
                        `Security constraints prevent access to ${pageName} (its ui_page ACL).`
                    )
                )
            const record = instance.db.rows('sys_ui_page').find((row) => row.endpoint === pageName)
            if (record) {
                const view = uiPageView(record)
                if ('refused' in view) return html(response, 500, messagePage('Cannot show this page', pageUser(user), view.refused))
                // Browsers mark a frame's request (Sec-Fetch-Dest: iframe); an instance's .do page has no menu of its own.
                if (request.headers['sec-fetch-dest'] === 'iframe')
                    return html(response, 200, framedUiPage(view.title, view.body, view.head))
                return html(response, 200, uiPage(pageUser(user), view.title, view.body, view.head))
            }
        }
        return html(response, 404, messagePage('Not found', pageUser(user), `Nothing at ${method} ${path}.`))
    }

    const server = createServer((request, response) => {
        handle(request, response).catch((error: unknown) => {
            if (!response.headersSent)
                send(response, 500, 'text/plain; charset=utf-8', `Sandbox error: ${error instanceof Error ? error.message : String(error)}`)
            else response.destroy()
        })
    })

    return new Promise((resolve, reject) => {
        server.once('error', reject)
        server.listen(options.port, host, () => {
            const { port } = server.address() as AddressInfo
            listeningPort = port
            baseUrl = `http://${host}:${port}`
            resolve({
                url: baseUrl,
                port,
                close: () =>
                    new Promise<void>((done) => {
                        server.close(() => done())
                        server.closeAllConnections()
                    }),
            })
        })
    })
}

/** The demo world served on 127.0.0.1 (port 0: a free one): what npm start, the tests and the load run use. */
export async function serveDemo(options: { port?: number; distDir?: string } = {}): Promise<RunningSandbox & { demo: Demo }> {
    const demo = createDemo({ distDir: options.distDir })
    return { demo, ...(await startSandbox({ demo, port: options.port ?? 0 })) }
}
