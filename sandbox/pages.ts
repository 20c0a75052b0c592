// The sandbox's HTML: login switcher, home, the incident/case form and the Rescue simulator page.
// Every value from the instance or a request is escaped: records and work notes are data, never markup.
import { escapeHtml } from '../src/shared/markup.ts'

/** JSON for a <script type="application/json"> block: nothing in it can close the element. */
function scriptJson(value: unknown): string {
    return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
}

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #1d2b36; background: #f4f6f8; }
body.framed { background: #fff; }
nav { background: #293e40; color: #fff; padding: 10px 20px; display: flex; flex-wrap: wrap; gap: 6px 18px; align-items: center; }
nav a { color: #fff; text-decoration: none; font-weight: 600; white-space: nowrap; }
nav .who { margin-left: auto; font-weight: normal; white-space: nowrap; }
nav form { display: inline; }
nav button { white-space: nowrap; }
main { padding: 16px 24px; max-width: 1100px; }
h1 { font-size: 22px; margin: 8px 0 14px; }
h2 { font-size: 17px; margin: 22px 0 8px; }
table { border-collapse: collapse; background: #fff; width: 100%; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid #dde3e8; vertical-align: top; }
th { background: #eef1f4; font-weight: 600; }
.fields th { width: 200px; }
.toolbar { display: flex; gap: 10px; margin: 10px 0; }
button, .btn { font: inherit; padding: 6px 14px; border-radius: 4px; border: 1px solid #8a9aa6; background: #fff; cursor: pointer; }
.btn-primary, .ui-action { background: #1f6f8b; border-color: #1f6f8b; color: #fff; }
.note { background: #fff; border-left: 4px solid #f2b33d; padding: 8px 12px; margin: 8px 0; }
.note .meta { color: #5b6b77; font-size: 12px; }
.note pre { white-space: pre-wrap; margin: 4px 0 0; font: inherit; }
.message { padding: 8px 12px; margin: 6px 0; border-radius: 4px; }
.message-error { background: #fde8e8; border: 1px solid #e0a0a0; }
.message-info { background: #e6f3fa; border: 1px solid #9ccbe3; }
.muted { color: #5b6b77; }
.security-note { color: #5b6b77; font-style: italic; margin: 6px 0; }
pre.posts { white-space: pre-wrap; word-break: break-all; margin: 0; font: 12px monospace; }
.report { background: #fff; padding: 8px 16px 16px; margin: 16px 0; border: 1px solid #dde3e8; }
.report h2 { margin-top: 8px; }
.report-data { width: auto; margin-top: 8px; }
.modal-backdrop { position: fixed; inset: 0; background: rgba(0, 0, 0, .35); display: flex; align-items: flex-start; justify-content: center; padding-top: 80px; }
.modal { background: #fff; border-radius: 6px; box-shadow: 0 8px 30px rgba(0, 0, 0, .3); max-width: 95vw; box-sizing: border-box; }
.modal-body { overflow-wrap: anywhere; }
.modal header { display: flex; justify-content: space-between; align-items: center; padding: 10px 16px; border-bottom: 1px solid #dde3e8; }
.modal header h2 { margin: 0; }
.modal-close { border: none; font-size: 22px; line-height: 1; }
.modal-body { padding: 8px 16px 16px; }
textarea { width: 100%; font: 13px monospace; }
.workspace { border-top: 4px solid #6d3bbd; }
.view-switch { margin-left: auto; font-size: 13px; }
.modal-field { display: block; margin: 8px 0; }
.modal-field span { display: block; font-weight: 600; margin-bottom: 2px; }
.modal-field input { width: 100%; font: inherit; padding: 4px 6px; box-sizing: border-box; }
.modal-instruction { color: #3a4a56; }
.modal-size-md { width: 600px; } .modal-size-lg { width: 800px; } .modal-size-sm { width: 420px; } .modal-size-fw { width: 95vw; }
.notification { padding: 8px 12px; border-radius: 4px; }
.notification-error { background: #fde8e8; border: 1px solid #e0a0a0; }
.notification-info { background: #e6f3fa; border: 1px solid #9ccbe3; }
.notification-success { background: #e7f5ea; border: 1px solid #8cc79a; }
.notification p { margin: 4px 0; } .notification ul { margin: 4px 0 4px 20px; padding: 0; }
.notification-warning { background: #fff6e0; border: 1px solid #e8c877; }
.property { background: #fff; padding: 8px 12px; border-bottom: 1px solid #dde3e8; }
.property-title { display: block; font-weight: 600; margin-bottom: 4px; }
.property-name { font-size: 12px; margin-top: 2px; }
.form-group { margin: 10px 0; } .form-control { font: inherit; padding: 4px 6px; min-width: 320px; }
code, pre.curl { background: #eef1f4; padding: 1px 4px; }
pre.curl { padding: 8px; white-space: pre-wrap; }
`

export interface MenuLink {
    title: string
    href: string
}

export interface PageUser {
    sysId: string
    userName: string
    name: string
    /** The application navigator's modules this user sees (the instance's roles decide). */
    menu: MenuLink[]
}

export function layout(title: string, user: PageUser | undefined, content: string, head = ''): string {
    const who = user
        ? `<span class="who">Logged in as <strong id="current-user">${escapeHtml(user.name)}</strong> (${escapeHtml(user.userName)})</span>
           <form method="post" action="/logout"><button type="submit">Log out</button></form>`
        : ''
    const modules = (user?.menu ?? [])
        .map((link) => `<a href="${escapeHtml(link.href)}" data-module>${escapeHtml(link.title)}</a>`)
        .join('')
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} · LogMeIn Rescue sandbox</title>
<style>${STYLE}</style>
${head}
</head>
<body>
<nav><a href="/">Rescue sandbox</a>${modules}<a href="/rescue">Rescue simulator</a><a href="/login">Switch user</a>${who}</nav>
<main>
${content}
</main>
</body>
</html>`
}

export interface LoginChoice {
    userName: string
    name: string
    roles: string[]
    purpose: string
}

export function loginPage(choices: LoginChoice[], current: PageUser | undefined): string {
    const rows = choices
        .map(
            (choice) => `<tr>
<td><form method="post" action="/login"><input type="hidden" name="user_name" value="${escapeHtml(choice.userName)}">
<button type="submit" class="btn-primary" data-login="${escapeHtml(choice.userName)}">${escapeHtml(choice.name)}</button></form></td>
<td><code>${escapeHtml(choice.userName)}</code></td><td>${escapeHtml(choice.roles.join(', ') || '(none)')}</td><td>${escapeHtml(choice.purpose)}</td></tr>`
        )
        .join('\n')
    return layout(
        'Log in',
        current,
        `<h1>Who are you?</h1>
<p class="muted">A sandbox session: pick a demo user (no password needed here; REST calls use basic auth).</p>
<table><tr><th>Log in as</th><th>User ID</th><th>Roles</th><th>Shows</th></tr>
${rows}
</table>`
    )
}

export interface TaskSummary {
    table: string
    sysId: string
    number: string
    shortDescription: string
    active: boolean
}

/** The platform's note under a list that read ACLs shortened ('' when none were removed). */
function securityNote(note: string, id: string): string {
    return note ? `<p class="security-note" id="${escapeHtml(id)}">${escapeHtml(note)}</p>` : ''
}

export interface TaskList {
    tasks: TaskSummary[]
    /** The platform's "rows removed by Security constraints" note, or ''. */
    note: string
}

export function homePage(user: PageUser, incidents: TaskList, cases: TaskList, restUrl: string, otherTasks: TaskList): string {
    const list = ({ tasks, note }: TaskList, id: string) =>
        `<table id="${id}"><tr><th>Number</th><th>Short description</th><th>Active</th></tr>
${tasks
    .map(
        (task) =>
            `<tr><td><a href="/${escapeHtml(task.table)}/${escapeHtml(task.sysId)}" data-number="${escapeHtml(task.number)}">${escapeHtml(task.number)}</a></td><td>${escapeHtml(task.shortDescription)}</td><td>${task.active ? 'yes' : 'no'}</td></tr>`
    )
    .join('\n')}
</table>${securityNote(note, `${id}-removed`)}`
    return layout(
        'Home',
        user,
        `<h1>LogMeIn Rescue Integration — local sandbox</h1>
<p>The <strong>built</strong> app (<code>dist/app</code>) runs here on an emulated instance; LogMeIn Rescue is simulated.
Open a record, click <em>Generate Rescue PIN</em>, then act as the technician on the <a href="/rescue">Rescue simulator</a> page.</p>
<h2>Incidents</h2>
${list(incidents, 'incidents')}
<h2>Cases</h2>
${list(cases, 'cases')}
<h2>Problems, changes and requested items</h2>
${list(otherTasks, 'other-tasks')}
<h2>Session endpoint</h2>
<p>Real HTTP: <code>POST ${escapeHtml(restUrl)}</code> with basic auth as the integration account (see the terminal that runs <code>npm start</code>).</p>`
    )
}

export interface FormField {
    label: string
    name: string
    /** The column's type: a boolean shows as the form's check box. */
    type: string
    value: string
}

export interface WorkNote {
    value: string
    createdBy: string
    createdOn: string
}

export interface FormButton {
    name: string
    onclick: string
    scriptUrl: string
    hint: string
}

export interface FormPageData {
    user: PageUser
    /** classic: the UI16 form and its UI action script; workspace: a configurable-workspace form running client_script_v2. */
    view: 'classic' | 'workspace'
    table: string
    tableLabel: string
    sysId: string
    number: string
    fields: FormField[]
    /** null: the user may not read the work notes field, so the form has no work notes section. */
    workNotes: WorkNote[] | null
    sessionColumns: { name: string; label: string }[]
    /** Session rows the user may read, each with the href of its form. */
    sessions: Record<string, string>[]
    /** The platform's "rows removed by Security constraints" note for the related list, or ''. */
    sessionsNote: string
    buttons: FormButton[]
    /** Why the Generate Rescue PIN button is absent, when it is. */
    hiddenActions: string[]
    /** What the page's shims (g_form, g_user) read. */
    clientState: unknown
}

export function formPage(data: FormPageData): string {
    const fieldValue = (field: FormField) =>
        field.type === 'boolean'
            ? `<input type="checkbox" disabled${field.value === 'true' ? ' checked' : ''} aria-label="${escapeHtml(field.label)}">`
            : escapeHtml(field.value)
    const fieldRows = data.fields
        .map((field) => `<tr><th>${escapeHtml(field.label)}</th><td data-field="${escapeHtml(field.name)}">${fieldValue(field)}</td></tr>`)
        .join('\n')
    const notes =
        data.workNotes === null
            ? ''
            : data.workNotes.length
              ? data.workNotes
                    .map(
                        (note) =>
                            `<div class="note"><div class="meta">${escapeHtml(note.createdOn)} · ${escapeHtml(note.createdBy)}</div><pre>${escapeHtml(note.value)}</pre></div>`
                    )
                    .join('\n')
              : '<p class="muted">No work notes yet.</p>'
    const cell = (row: Record<string, string>, name: string) =>
        name === 'pin' && row.href ? `<a href="${escapeHtml(row.href)}">${escapeHtml(row[name] ?? '')}</a>` : escapeHtml(row[name] ?? '')
    const sessions =
        (data.sessions.length
            ? `<table id="rescue-sessions"><tr>${data.sessionColumns.map((column) => `<th>${escapeHtml(column.label)}</th>`).join('')}</tr>
${data.sessions.map((row) => `<tr>${data.sessionColumns.map((column) => `<td data-column="${escapeHtml(column.name)}">${cell(row, column.name)}</td>`).join('')}</tr>`).join('\n')}
</table>`
            : '<p class="muted" id="rescue-sessions">No Rescue sessions for this record.</p>') +
        securityNote(data.sessionsNote, 'rescue-sessions-removed')
    const buttons = data.buttons
        .map(
            (button) =>
                `<button type="button" class="ui-action" title="${escapeHtml(button.hint)}" onclick="${escapeHtml(button.onclick)}">${escapeHtml(button.name)}</button>`
        )
        .join('\n')
    const hidden = data.hiddenActions.map((reason) => `<p class="muted">${escapeHtml(reason)}</p>`).join('\n')
    const workspace = data.view === 'workspace'
    const head = [
        `<script type="application/json" id="sandbox-form" data-view="${data.view}">${scriptJson(data.clientState)}</script>`,
        '<script src="/glide-shims.js"></script>',
        ...(workspace ? ['<script src="/workspace-shims.js"></script>'] : []),
        ...data.buttons.map((button) => `<script src="${escapeHtml(button.scriptUrl)}"></script>`),
    ].join('\n')
    const otherView = workspace
        ? `<a class="view-switch" href="/${escapeHtml(data.table)}/${escapeHtml(data.sysId)}">Classic form</a>`
        : `<a class="view-switch" href="/workspace/${escapeHtml(data.table)}/${escapeHtml(data.sysId)}">Workspace view</a>`
    return layout(
        `${data.number} ${data.tableLabel}${workspace ? ' (workspace)' : ''}`,
        data.user,
        `<div class="${workspace ? 'workspace' : 'classic'}">
<h1>${escapeHtml(data.tableLabel)} <span id="record-number">${escapeHtml(data.number)}</span>${workspace ? ' <span class="muted">· configurable workspace</span>' : ''}</h1>
<div class="toolbar">${buttons}${otherView}</div>
${hidden}
<div id="form-messages"></div>
<table class="fields">${fieldRows}</table>
${data.workNotes === null ? '' : `<h2>Work notes <span class="muted">(newest first)</span></h2>\n<div id="work-notes">${notes}</div>`}
<h2>Rescue sessions</h2>
${sessions}
</div>`,
        head
    )
}

export interface SessionListRow {
    sysId: string
    /** Display values by column name. */
    cells: Record<string, string>
    /** The form of the session's incident or case, or ''. */
    taskHref: string
}

/** LogMeIn Rescue > Sessions: the rows the user may read; fields they may not read are empty, as in the platform's lists. */
export function sessionListPage(
    user: PageUser,
    columns: { name: string; label: string }[],
    sessions: SessionListRow[],
    note: string
): string {
    const cell = (session: SessionListRow, name: string) => {
        const text = escapeHtml(session.cells[name] ?? '')
        if (name === 'pin') return `<a href="/x_rescue_connect_session/${escapeHtml(session.sysId)}">${text || '(no PIN)'}</a>`
        if (name === 'task' && session.taskHref) return `<a href="${escapeHtml(session.taskHref)}">${text}</a>`
        return text
    }
    const rows = sessions.length
        ? sessions
              .map(
                  (session) =>
                      `<tr data-session="${escapeHtml(session.sysId)}">${columns.map((column) => `<td data-column="${escapeHtml(column.name)}">${cell(session, column.name)}</td>`).join('')}</tr>`
              )
              .join('\n')
        : `<tr><td colspan="${columns.length}" class="muted">No Rescue sessions to show.</td></tr>`
    return layout(
        'Rescue Sessions',
        user,
        `<h1>Rescue Sessions</h1>
<p class="muted">What <em>LogMeIn Rescue &gt; Sessions</em> lists for you: the sessions of the incidents and cases you may read.
Sessions that belong to no record, and the raw posts, are for integration admins.</p>
<table id="session-list"><tr>${columns.map((column) => `<th>${escapeHtml(column.label)}</th>`).join('')}</tr>
${rows}
</table>
${securityNote(note, 'session-list-removed')}`
    )
}

export interface SessionField {
    name: string
    label: string
    value: string
    /** A link for the value (the session's record), or ''. */
    href: string
}

export interface SessionTimeWorked {
    /** Display value of the duration, e.g. "29 Minutes". */
    duration: string
    user: string
    comment: string
}

export interface SessionAttachment {
    fileName: string
    sizeBytes: string
    href: string
}

export interface SessionRelated {
    /** The Time Worked entry the session added to its record, when the user may read it. */
    timeWorked: SessionTimeWorked[]
    /** Files on the session row the user may read (the chat log: integration admins). */
    attachments: SessionAttachment[]
    /** The platform's "rows removed by Security constraints" note for the attachments, or ''. */
    attachmentsNote: string
}

/** One Rescue session: only the fields the user may read are on the form; the raw posts show as JSON text. */
export function sessionFormPage(user: PageUser, title: string, fields: SessionField[], related: SessionRelated): string {
    const value = (field: SessionField) => {
        if (field.name === 'posts') return `<pre class="posts">${escapeHtml(field.value)}</pre>`
        return field.href ? `<a href="${escapeHtml(field.href)}">${escapeHtml(field.value)}</a>` : escapeHtml(field.value)
    }
    const rows = fields
        .map((field) => `<tr><th>${escapeHtml(field.label)}</th><td data-field="${escapeHtml(field.name)}">${value(field)}</td></tr>`)
        .join('\n')
    const timeWorked = related.timeWorked.length
        ? `<table id="time-worked"><tr><th>Time worked</th><th>User</th><th>Comments</th></tr>
${related.timeWorked.map((entry) => `<tr><td data-column="time_worked">${escapeHtml(entry.duration)}</td><td data-column="user">${escapeHtml(entry.user || '(none)')}</td><td data-column="comments">${escapeHtml(entry.comment)}</td></tr>`).join('\n')}
</table>`
        : '<p class="muted" id="time-worked">No Time Worked entry for this session.</p>'
    const attachments =
        (related.attachments.length
            ? `<ul id="attachments">${related.attachments
                  .map(
                      (file) =>
                          `<li><a href="${escapeHtml(file.href)}" download="${escapeHtml(file.fileName)}">${escapeHtml(file.fileName)}</a> <span class="muted">(${escapeHtml(file.sizeBytes)} bytes)</span></li>`
                  )
                  .join('')}</ul>`
            : '<p class="muted" id="attachments">No attachments you may read.</p>') +
        securityNote(related.attachmentsNote, 'attachments-removed')
    return layout(
        `${title} Rescue Session`,
        user,
        `<h1>Rescue Session <span id="record-number">${escapeHtml(title)}</span></h1>
<table class="fields">${rows}</table>
<h2>Time worked</h2>
${timeWorked}
<h2>Attachments</h2>
${attachments}`
    )
}

export interface ReportView {
    sysId: string
    title: string
    /** The definition the chart was computed from, as the sys_report row states it. */
    definition: string
    /** SVG markup (already escaped where it carries data). */
    chart: string
    /** The chart's numbers: x-axis label, then one amount per series. */
    header: string[]
    rows: string[][]
}

/** LogMeIn Rescue > Reports: each shipped report the user may view, drawn from its own definition. */
export function reportsPage(user: PageUser, reports: ReportView[], hidden: number): string {
    const sections = reports
        .map(
            (report) => `<section class="report" data-report="${escapeHtml(report.sysId)}">
<h2>${escapeHtml(report.title)}</h2>
<p class="muted"><code>${escapeHtml(report.definition)}</code></p>
<div class="chart">${report.chart}</div>
<table class="report-data"><tr>${report.header.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('')}</tr>
${report.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('\n')}
</table>
</section>`
        )
        .join('\n')
    const none = reports.length === 0 ? '<p id="no-reports">No reports on Rescue sessions are shared with you.</p>' : ''
    const hiddenNote =
        hidden > 0 ? `<p class="security-note" id="reports-hidden">${hidden} report(s) on Rescue sessions are not shared with you.</p>` : ''
    return layout(
        'Reports',
        user,
        `<h1>LogMeIn Rescue reports</h1>
<p class="muted">The app's reports (<code>sys_report</code>, <em>LogMeIn Rescue &gt; Reports</em>), each computed by the emulator from the
report's own definition over this instance's sessions. Charts count every session, so they are shared with integration admins only.</p>
${none}${hiddenNote}
${sections}`
    )
}

export interface SimulatorPin {
    pin: string
    technician: string
    customer: string
    record: string
    /** The app's session row state for the PIN ('' when the app has no row). */
    state: string
    rescueSessionId: string
    /** The row's recovery column: recovered from the session report, or that and then posted late ('' for posts only). */
    recovery: string
}

/** The sandbox's Post-to-URL switch and the recovery job's last run, for the simulator page. */
export interface RecoveryPanel {
    postingOn: boolean
    groupNode: string
    lastRun: string
}

export interface PostOutcome {
    pin: string
    kind: string
    status: number
    body: string
}

export function simulatorPage(
    user: PageUser | undefined,
    pins: SimulatorPin[],
    outcomes: PostOutcome[],
    endpoint: string,
    recovery: RecoveryPanel
): string {
    const pinRows = pins.length
        ? pins
              .map(
                  (pin) => `<tr data-pin="${escapeHtml(pin.pin)}">
<td><strong>${escapeHtml(pin.pin)}</strong></td><td>${escapeHtml(pin.technician)}</td><td>${escapeHtml(pin.customer)}</td><td>${escapeHtml(pin.record)}</td>
<td data-column="state">${escapeHtml(pin.state || '(no session row)')}</td><td data-column="recovery">${escapeHtml(pin.recovery)}</td><td>${escapeHtml(pin.rescueSessionId)}</td>
<td><form method="post" action="/rescue/session">
<input type="hidden" name="pin" value="${escapeHtml(pin.pin)}">
<label>Chat lines<textarea name="chat" rows="3">10:02 AM ${escapeHtml(pin.technician)}: Hello, I am connecting now.
10:03 AM ${escapeHtml(pin.customer || 'Customer')}: Thanks!</textarea></label>
<label>Technician notes<textarea name="notes" rows="2">Restarted the print spooler; printer back online.</textarea></label>
<div class="toolbar"><button type="submit" name="kind" value="start">Start session</button>
<button type="submit" name="kind" value="end" class="btn-primary">End session</button></div>
</form></td></tr>`
              )
              .join('\n')
        : '<tr><td colspan="8" class="muted">No PINs issued yet: generate one on an incident or case.</td></tr>'
    const results = outcomes
        .slice()
        .reverse()
        .map(
            (outcome) =>
                `<tr class="post-outcome" data-pin="${escapeHtml(outcome.pin)}" data-kind="${escapeHtml(outcome.kind)}" data-status="${outcome.status}"><td>${escapeHtml(outcome.pin)}</td><td>${escapeHtml(outcome.kind)}</td><td>${outcome.status}</td><td><code>${escapeHtml(outcome.body)}</code></td></tr>`
        )
        .join('\n')
    return layout(
        'Rescue simulator',
        user,
        `<h1>Rescue simulator — act as the technician</h1>
<p>Each PIN the app requested from the simulated Rescue API is listed here. <em>Start session</em> and <em>End session</em>
post the session details as Rescue does — JSON over HTTP with basic auth as the integration account — to
<code>${escapeHtml(endpoint)}</code>.</p>
<section id="recovery-panel">
<h2>When posts do not arrive</h2>
<p>Post-to-URL of technician group ${escapeHtml(recovery.groupNode)} (every simulated technician):
<strong id="posting-state">${recovery.postingOn ? 'on' : 'off'}</strong>. Switched off, Rescue still closes sessions — they appear in
its session report — but posts nothing to ServiceNow. The hourly job <em>LogMeIn Rescue: recover session data</em> then finds them.</p>
<div class="toolbar">
<form method="post" action="/rescue/posting"><button type="submit" id="toggle-posting" name="posting" value="${recovery.postingOn ? 'off' : 'on'}">${recovery.postingOn ? 'Switch posting off' : 'Switch posting on'}</button></form>
<form method="post" action="/rescue/recover"><button type="submit" id="run-recovery" class="btn-primary">Run the recovery job 10 minutes later</button></form>
</div>
<p id="last-recovery-run" class="muted">${escapeHtml(recovery.lastRun)}</p>
</section>
<table id="issued-pins"><tr><th>PIN</th><th>Technician</th><th>Customer (CField0)</th><th>Record (CField1)</th><th>App session state</th><th>Recovery</th><th>Rescue session ID</th><th>Session</th></tr>
${pinRows}
</table>
<h2>Posts sent (newest first)</h2>
<table id="post-outcomes"><tr><th>PIN</th><th>Post</th><th>HTTP status</th><th>Answer</th></tr>
${results}
</table>`
    )
}

export function messagePage(title: string, user: PageUser | undefined, message: string): string {
    return layout(title, user, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`)
}

export interface SettingField {
    name: string
    /** What the properties page shows above the value: the property's description. */
    title: string
    type: string
    /** choicelist: its choices (label and value), as the property's Choices field lists them. */
    choices: { label: string; value: string }[]
    /** Clear value; '' for password2 (never sent to the browser). */
    value: string
    /** password2 only: whether a value is stored. */
    isSet: boolean
    /** The user holds one of the property's write roles. */
    writable: boolean
}

/** A properties page (system_properties_ui.do): the category's properties in its order, each under its description with its name beneath. */
export function settingsPage(user: PageUser, title: string, category: string, settings: SettingField[], saved: boolean): string {
    const input = (setting: SettingField) => {
        const name = escapeHtml(setting.name)
        const id = `property-${name}`
        const disabled = setting.writable ? '' : ' disabled'
        if (setting.type === 'boolean')
            return `<input type="hidden" name="${name}" value="false"><input type="checkbox" id="${id}" name="${name}" value="true"${setting.value === 'true' ? ' checked' : ''}${disabled}>`
        if (setting.type === 'choicelist')
            return `<select id="${id}" name="${name}"${disabled}>${setting.choices
                .map(
                    (choice) =>
                        `<option value="${escapeHtml(choice.value)}"${choice.value === setting.value ? ' selected' : ''}>${escapeHtml(choice.label)}</option>`
                )
                .join('')}</select>`
        if (setting.type === 'password2')
            return `<input type="password" id="${id}" name="${name}" autocomplete="off" placeholder="${setting.isSet ? '(stored — type to replace)' : '(empty)'}"${disabled}>`
        return `<input type="text" id="${id}" name="${name}" value="${escapeHtml(setting.value)}" size="50"${disabled}>`
    }
    const rows = settings
        .map(
            (setting) => `<div class="property" data-property="${escapeHtml(setting.name)}">
<label class="property-title" for="property-${escapeHtml(setting.name)}">${escapeHtml(setting.title)}</label>
<div>${input(setting)}</div>
<div class="property-name muted">${escapeHtml(setting.name)}</div>
</div>`
        )
        .join('\n')
    const action = `/system_properties_ui.do?sysparm_category=${encodeURIComponent(category)}`
    return layout(
        title,
        user,
        `<h1 id="properties-title">${escapeHtml(title)}</h1>
${saved ? '<p class="message message-info" role="status">Saved.</p>' : ''}
<form method="post" action="${escapeHtml(action)}" class="properties">${rows}
<div class="toolbar"><button type="submit" class="btn-primary">Save</button></div></form>
<p class="muted">The sandbox's note: restarting <code>npm start</code> restores the demo values; <em>Test Connection</em> lists the settings whose values the app cannot use.</p>`
    )
}

/** A record's form for any table: the fields the user may read, labelled, with the instance's display values. */
export function recordFormPage(user: PageUser, tableLabel: string, title: string, fields: SessionField[]): string {
    const rows = fields
        .map(
            (field) =>
                `<tr><th>${escapeHtml(field.label)}</th><td data-field="${escapeHtml(field.name)}">${escapeHtml(field.value)}</td></tr>`
        )
        .join('\n')
    return layout(
        `${title} ${tableLabel}`,
        user,
        `<h1>${escapeHtml(tableLabel)} <span id="record-number">${escapeHtml(title)}</span></h1>\n<table class="fields">${rows}</table>`
    )
}

/** A shipped UI page inside the sandbox's frame: its static markup, then its client script (sandbox/ui-pages.ts). */
export function uiPage(user: PageUser, title: string, body: string, head: string): string {
    return layout(title, user, `<div class="ui-page">${body}</div>`, head)
}

/** A UI page loaded into a frame (g_modal.showFrame): the page alone, as an instance serves a .do page, without the sandbox's menu. */
export function framedUiPage(title: string, body: string, head: string): string {
    return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
${head}
</head>
<body class="framed">
<div class="ui-page">${body}</div>
</body>
</html>`
}
