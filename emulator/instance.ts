// One emulated ServiceNow instance: the shipped records loaded into an emulated database, a fresh
// script world, a session user, and what tests observe (counters, logs, events, outbound calls).
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { AccessControl } from './platform/acl.ts'
import { callAjax, type AjaxResult } from './platform/ajax.ts'
import { runFlowAction, type FlowActionResult } from './platform/flow-action.ts'
import { createScriptWorld, type ScriptWorld } from './platform/context.ts'
import { Database, type JournalEntry, type Truncation } from './engine/db.ts'
import { recordCore, GlideRecordCore } from './platform/glide-record.ts'
import { readProperty, writeProperty } from './platform/properties.ts'
import { loadDist, type Row, type TableDefinition } from './engine/loader.ts'
import { emailsForEvent, type NotificationHost, type SentEmail } from './platform/notifications.ts'
import { answerTokenRequest, type IssuedTokens } from './platform/oauth-token-endpoint.ts'
import { HttpRouter } from './platform/outbound.ts'
import { CSM_TABLES, PLATFORM_TABLES } from './engine/platform-tables.ts'
import { reportFields, runReport, type ReportResult } from './platform/report.ts'
import { serveRest, type RestError, type RestRequest, type RestResult } from './platform/rest.ts'
import { servePlatformApi } from './platform/table-api.ts'
import {
    zeroCounters,
    type Counters,
    type EventEntry,
    type LogEntry,
    type LogLevel,
    type OutboundEntry,
    type Runtime,
} from './platform/runtime.ts'
import { GUEST_USER, SYSTEM_USER, type SessionUser } from './platform/session-user.ts'
import { Schema } from './engine/schema.ts'
import { APP_SCOPE } from './engine/scope.ts'
import { findSecrets, type SecretSighting } from './platform/secrets.ts'
import { errorMessage } from './engine/unsupported.ts'
import { encryptPassword2 } from './engine/values.ts'
import { languageOf, MessageCache } from './platform/messages.ts'
import { RELEASES, type Release } from '../scripts/engine-lint.mjs'
import {
    actionsForTable,
    fieldLabel,
    formActions,
    navigatorMenus,
    propertiesPage,
    translatedValue,
    type FormActions,
    type FormView,
    type NavigatorMenu,
    type UiHost,
} from './platform/ui.ts'

export interface LoadOptions {
    /** The built app (default: dist/app next to this package). */
    distDir?: string
    /** Platform plugins; CSM (sn_customerservice_case, customer_contact, customer_account) is on by default. */
    plugins?: { csm?: boolean }
    /** The instance clock (default: the real time). */
    now?: () => Date
    /**
     * The platform's base `*.*` query ACLs, which delegate to read access (Query ACLs, "Important"). Off by default, like
     * every base `*` rule: whether an instance has them (and enforces them on a route) depends on its release and
     * configuration, so the app ships its own query ACLs and its tests run without these.
     */
    baseQueryAcls?: boolean
    /**
     * The release the instance runs (default: the oldest supported, yokohama): its script engine refuses
     * scripts that use a feature its "JavaScript engine feature support" page does not mark Supported.
     */
    release?: Release
}

export interface NewUser {
    user_name: string
    email?: string
    first_name?: string
    last_name?: string
    roles?: string[]
    password?: string
    web_service_access_only?: boolean
    active?: boolean
    /** sys_user.preferred_language (e.g. 'nl'); empty: the instance's default language. */
    preferred_language?: string
    /** Create the user in this table (e.g. customer_contact); default sys_user. */
    table?: string
}

/** An ACL the instance has besides the app's (a platform table's, say), as sys_security_acl + sys_security_acl_role rows. */
export interface NewAcl {
    /** `table`, `table.field`, `table.*`, `*`, … (record ACLs), or the secured object's name. */
    name: string
    type?: string
    operation?: 'read' | 'write' | 'create' | 'delete' | 'execute' | 'report_view' | 'query_match' | 'query_range'
    roles?: string[]
    /** Encoded query the record must match. */
    condition?: string
    /** Advanced script: grants with `answer = true` or by evaluating to true. */
    script?: string
    decision?: 'allow' | 'deny'
    adminOverrides?: boolean
    /** Encoded query picking the records the ACL is about. */
    appliesTo?: string
    description?: string
}

/** A sys_attachment row with the file's content. */
export type AttachedFile = Row & { content: string }

/** A record for evaluateCondition / runScript: a GlideRecord, or a table and sys_id to open one. */
export type CurrentRecord = object | { table: string; sysId: string }

const DEFAULT_DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'app')

/** Roles every instance has before the app installs. */
const PLATFORM_ROLES = ['admin', 'snc_internal', 'itil']
const CSM_ROLES = ['sn_customerservice_agent']

/** The platform's "Scripted REST External Default" ACL, which routes reference when no other ACL is set. */
const DEFAULT_REST_ACL_ID = 'cf9d01d3e73003009d6247e603f6a990'

/** Metadata tables the emulator reads even when the app ships none of their records. */
const METADATA_TABLES: TableDefinition[] = [
    {
        name: 'sys_script_include',
        columns: ['name', 'api_name', 'script', 'active', 'client_callable', 'access'].map((name) => ({ name, type: 'string' })),
    },
    {
        name: 'sys_security_acl',
        columns: [
            'name',
            'type',
            'operation',
            'active',
            'admin_overrides',
            'advanced',
            'condition',
            'script',
            'decision_type',
            'applies_to',
            'security_attribute',
            'description',
        ].map((name) => ({
            name,
            type: 'string',
        })),
    },
    { name: 'sys_security_acl_role', columns: ['sys_security_acl', 'sys_user_role'].map((name) => ({ name, type: 'string' })) },
    // Reports (their fields as the SDK's sys_report definition names them; `type` comes from analytics_visualization).
    {
        name: 'sys_report',
        display: 'title',
        columns: [
            'title',
            'table',
            'type',
            'field',
            'aggregate',
            'sumfield',
            'filter',
            'trend_field',
            'interval',
            'user',
            'roles',
            'group',
            'chart_title',
        ].map((name) => ({
            name,
            type: 'string',
        })),
    },
    {
        name: 'sys_ui_action',
        columns: [
            'name',
            'table',
            'action_name',
            'condition',
            'script',
            'active',
            'form_button',
            'form_button_v2',
            'client_script_v2',
            'onclick',
            'hint',
            'messages',
        ].map((name) => ({
            name,
            type: 'string',
        })),
    },
    { name: 'sys_ui_action_role', columns: ['sys_ui_action', 'sys_user_role'].map((name) => ({ name, type: 'string' })) },
    // The application navigator (emulator/platform/ui.ts) and properties pages.
    { name: 'sys_app_application', columns: ['title', 'roles', 'active', 'order', 'hint'].map((name) => ({ name, type: 'string' })) },
    {
        name: 'sys_app_module',
        columns: ['application', 'title', 'link_type', 'query', 'name', 'filter', 'roles', 'active', 'order', 'hint'].map((name) => ({
            name,
            type: 'string',
        })),
    },
    { name: 'sys_properties_category', columns: ['name', 'title'].map((name) => ({ name, type: 'string' })) },
    { name: 'sys_properties_category_m2m', columns: ['category', 'property', 'order'].map((name) => ({ name, type: 'string' })) },
    // Flow Designer custom actions (platform/flow-action.ts): the records now-sdk builds for one.
    {
        name: 'sys_hub_action_type_definition',
        columns: ['name', 'category', 'access', 'active', 'state'].map((name) => ({ name, type: 'string' })),
    },
    {
        name: 'sys_hub_action_input',
        columns: ['model', 'element', 'internal_type', 'reference', 'mandatory', 'label'].map((name) => ({ name, type: 'string' })),
    },
    {
        name: 'sys_hub_action_output',
        columns: ['model', 'element', 'internal_type', 'reference', 'label'].map((name) => ({ name, type: 'string' })),
    },
    {
        name: 'sys_hub_step_instance',
        columns: ['action', 'step_type', 'cid', 'order', 'label', 'active'].map((name) => ({ name, type: 'string' })),
    },
    {
        name: 'sys_variable_value',
        columns: ['document', 'document_key', 'variable', 'value', 'order'].map((name) => ({ name, type: 'string' })),
    },
    { name: 'sys_element_mapping', columns: ['id', 'table', 'field', 'value'].map((name) => ({ name, type: 'string' })) },
    {
        name: 'sysevent_register',
        columns: ['event_name', 'suffix', 'table', 'fired_by', 'description'].map((name) => ({ name, type: 'string' })),
    },
    {
        name: 'sysevent_email_action',
        columns: [
            'name',
            'collection',
            'active',
            'generation_type',
            'event_name',
            'condition',
            'advanced_condition',
            'event_parm_1',
            'event_parm_2',
            'recipient_users',
            'recipient_fields',
            'recipient_groups',
            'send_self',
            'content_type',
            'subject',
            'message_html',
            'message_text',
            'message',
        ].map((name) => ({ name, type: 'string' })),
    },
    { name: 'sys_script_email', columns: ['name', 'script'].map((name) => ({ name, type: 'string' })) },
    {
        name: 'sys_ui_page',
        columns: ['name', 'endpoint', 'html', 'client_script', 'processing_script'].map((name) => ({ name, type: 'string' })),
    },
    {
        name: 'sys_ws_definition',
        columns: ['name', 'service_id', 'namespace', 'base_uri', 'active'].map((name) => ({ name, type: 'string' })),
    },
    {
        name: 'sys_ws_version',
        columns: ['version', 'version_id', 'is_default', 'active', 'web_service_definition'].map((name) => ({ name, type: 'string' })),
    },
    {
        name: 'sys_ws_operation',
        columns: [
            'name',
            'http_method',
            'operation_uri',
            'default_operation_uri',
            'operation_script',
            'requires_authentication',
            'requires_acl_authorization',
            'enforce_acl',
            'active',
            'web_service_definition',
            'web_service_version',
        ].map((name) => ({ name, type: 'string' })),
    },
]

export class Instance {
    readonly db: Database
    readonly http = new HttpRouter()
    readonly counters: Counters = zeroCounters()
    readonly logs: LogEntry[] = []
    readonly events: EventEntry[] = []
    readonly outbound: OutboundEntry[] = []
    readonly messages: { type: 'info' | 'error'; message: string }[] = []
    /** Emails the notifications sent for the events processed so far (see processEvents). */
    readonly emails: SentEmail[] = []
    /** How many of `events` the event processor has handled. */
    private processedEvents = 0
    /** Uncaught exceptions of REST operation scripts (each answered 500): tests assert this stays empty. */
    readonly restErrors: RestError[] = []
    /** Values the database cut to their column's size (the platform does so silently): tests assert this stays empty. */
    get truncations(): Truncation[] {
        return this.db.truncations
    }
    private session: SessionUser = SYSTEM_USER
    private readonly acl: AccessControl
    private readonly runtime: Runtime
    private readonly world: ScriptWorld
    /** The instance's message cache, shared by gs.getMessage and what the client receives (message()). */
    private readonly messageCache: MessageCache
    /** The platform release emulated (LoadOptions.release). */
    readonly release: Release

    private constructor(options: LoadOptions) {
        const loaded = loadDist(options.distDir ?? DEFAULT_DIST)
        const csm = options.plugins?.csm !== false
        const schema = new Schema([...PLATFORM_TABLES, ...(csm ? CSM_TABLES : []), ...METADATA_TABLES, ...loaded.tables])
        for (const [table, rows] of loaded.records) if (!schema.has(table)) schema.defineFromRows(table, rows)
        const now = options.now ?? (() => new Date())
        this.db = new Database(
            schema,
            now,
            (message) => this.log('error', message),
            () => this.session.sysId
        )
        this.acl = new AccessControl(
            this.db,
            (acl, table, row) => this.aclScript(acl, table, row),
            (name) => readProperty(this.runtime, name),
            options.baseQueryAcls === true
        )
        this.runtime = {
            db: this.db,
            acl: this.acl,
            counters: this.counters,
            logs: this.logs,
            events: this.events,
            outbound: this.outbound,
            messages: this.messages,
            now,
            user: () => this.session,
            log: (level, message) => this.log(level, message),
        }
        for (const name of [...PLATFORM_ROLES, ...(csm ? CSM_ROLES : [])]) this.db.insert('sys_user_role', { name })
        this.db.insert('sys_security_acl', {
            sys_id: DEFAULT_REST_ACL_ID,
            name: 'Scripted REST External Default',
            type: 'REST_Endpoint',
            operation: 'execute',
            active: 'true',
            admin_overrides: 'true',
        })
        this.db.insert('sys_security_acl_role', { sys_security_acl: DEFAULT_REST_ACL_ID, sys_user_role: this.roleSysId('snc_internal') })
        for (const [table, rows] of loaded.records) {
            for (const row of rows) {
                const values =
                    table === 'sys_properties' && row.type === 'password2' ? { ...row, value: encryptPassword2(row.value ?? '') } : row
                this.db.insert(table, values)
            }
        }
        // Every scope the records name exists on the instance (the app's own sys_app ships in dist/app/scope).
        for (const [sysId, scope] of loaded.scopes)
            if (!this.db.get('sys_scope', sysId)) this.db.insert('sys_app', { sys_id: sysId, scope, name: scope })
        this.release = options.release ?? RELEASES[0]!
        if (!RELEASES.includes(this.release)) throw new Error(`release must be one of ${RELEASES.join(', ')}`)
        this.messageCache = new MessageCache(this.runtime)
        this.world = createScriptWorld(this.runtime, this.http, this.release, this.messageCache)
    }

    static load(options: LoadOptions = {}): Instance {
        return new Instance(options)
    }

    private log(level: LogLevel, message: string): void {
        this.logs.push({ level, message })
    }

    private roleSysId(name: string): string {
        const role = this.db.rows('sys_user_role').find((row) => row.name === name)
        if (!role) throw new Error(`No role named ${name} (platform roles: ${PLATFORM_ROLES.join(', ')}; or one the app ships)`)
        return role.sys_id
    }

    /**
     * An advanced ACL's script, with `current` on the row (a new, empty record for a create or a table-level check).
     * It grants only with `answer` set to true, or, when it leaves `answer` alone, by evaluating to true. A script
     * that throws denies; the error is logged.
     */
    private aclScript(acl: Row, table: string, row: Row | undefined): boolean {
        const current = new GlideRecordCore(this.runtime, row?.sys_class_name || table, false)
        if (row) current.openRow(row)
        const source = `(function () { var answer; var aclScriptValue = eval(${JSON.stringify(acl.script ?? '')}); return answer === undefined ? aclScriptValue : answer; })()`
        try {
            return this.world.run(source, { current: current.proxy }, `sys_security_acl/${acl.name}.js`) === true
        } catch (error) {
            this.log('error', `ACL ${acl.name} (${acl.operation}) script failed: ${errorMessage(error)}`)
            return false
        }
    }

    // ---- data and users ----

    /** sys_id of the app's sys_app record (its scope), for rows that are application files of the app. */
    get appScopeSysId(): string {
        const app = this.db.rows('sys_scope').find((row) => row.scope === APP_SCOPE)
        if (!app) throw new Error(`The built app ships no sys_app record for scope ${APP_SCOPE}`)
        return app.sys_id
    }

    addUser(user: NewUser): string {
        const name = [user.first_name, user.last_name].filter(Boolean).join(' ') || user.user_name
        const sysId = this.db.insert(user.table ?? 'sys_user', {
            user_name: user.user_name,
            email: user.email ?? '',
            first_name: user.first_name ?? '',
            last_name: user.last_name ?? '',
            name,
            user_password: user.password ?? '',
            web_service_access_only: user.web_service_access_only ?? false,
            active: user.active ?? true,
            preferred_language: user.preferred_language ?? '',
        })
        for (const role of user.roles ?? []) this.db.insert('sys_user_has_role', { user: sysId, role: this.roleSysId(role) })
        return sysId
    }

    /** Adds an ACL as now-sdk shapes it; every role must exist (platform roles, or the app's). Returns its sys_id. */
    addAcl(acl: NewAcl): string {
        const roleIds = (acl.roles ?? []).map((role) => this.roleSysId(role))
        const sysId = this.db.insert('sys_security_acl', {
            name: acl.name,
            type: acl.type ?? 'record',
            operation: acl.operation ?? 'read',
            active: 'true',
            admin_overrides: acl.adminOverrides === false ? 'false' : 'true',
            advanced: acl.script === undefined ? 'false' : 'true',
            condition: acl.condition ?? '',
            script: acl.script ?? '',
            decision_type: acl.decision ?? 'allow',
            applies_to: acl.appliesTo ?? '',
            description: acl.description ?? '',
        })
        for (const role of roleIds) this.db.insert('sys_security_acl_role', { sys_security_acl: sysId, sys_user_role: role })
        return sysId
    }

    private resolveUser(user: string): SessionUser {
        if (user === SYSTEM_USER.sysId || user === SYSTEM_USER.userName) return SYSTEM_USER
        if (user === GUEST_USER.sysId) return GUEST_USER
        const row = this.db.rows('sys_user').find((candidate) => candidate.sys_id === user || candidate.user_name === user)
        if (!row) throw new Error(`runAs: no sys_user with sys_id or user_name ${user}`)
        return { sysId: row.sys_id, userName: row.user_name ?? '' }
    }

    /** Runs the action with the given session user (sys_id or user_name; 'system' by default outside runAs). */
    runAs<T>(user: string | SessionUser, action: () => T): T {
        const previous = this.session
        this.session = typeof user === 'string' ? this.resolveUser(user) : user
        try {
            return action()
        } finally {
            this.session = previous
        }
    }

    setProperty(name: string, value: string): void {
        writeProperty(this.runtime, name, value)
    }

    getProperty(name: string): string | null {
        return readProperty(this.runtime, name)
    }

    journal(table: string, sysId: string, field = 'work_notes'): JournalEntry[] {
        return this.db.journal(table, sysId, field)
    }

    /** The files attached to a record (sys_attachment rows of that table and sys_id) with their content ('' for a row seeded without one). */
    attachments(table: string, sysId: string): AttachedFile[] {
        return this.db
            .rows('sys_attachment')
            .filter((row) => row.table_name === table && row.table_sys_id === sysId)
            .map((row) => ({ ...row, content: this.db.file(row.sys_id) ?? '' }))
    }

    /** A GlideRecord (as scripts see it) positioned on the row, for runScript/evaluateCondition or direct calls. */
    record(table: string, sysId: string): object {
        const row = this.db.get(table, sysId)
        if (!row) throw new Error(`record: no ${table} row ${sysId}`)
        const core = new GlideRecordCore(this.runtime, row.sys_class_name || table, false)
        core.openRow(row)
        return core.proxy
    }

    /**
     * A list as the user sees it (what GlideRecordSecure returns): the rows of the query they may read, with NULL
     * ('') for fields they may not read, and how many rows the ACLs removed (the platform's list says so).
     */
    secureQuery(table: string, asUser: string, encodedQuery = ''): { rows: Row[]; removed: number } {
        return this.runAs(asUser, () => {
            const list = new GlideRecordCore(this.runtime, table, true)
            if (encodedQuery) list.addEncodedQuery(encodedQuery)
            list.query()
            const rows: Row[] = []
            while (list.next()) rows.push(list.heldRow()!)
            return { rows, removed: list.rowsHiddenByAcl() }
        })
    }

    /** A record as a form shows it to the user: undefined when they may not read it, else its values and the fields they may not read. */
    secureRecord(table: string, sysId: string, asUser: string): { row: Row; unreadable: string[] } | undefined {
        return this.runAs(asUser, () => {
            const record = new GlideRecordCore(this.runtime, table, true)
            return record.get(sysId) ? { row: record.heldRow()!, unreadable: record.unreadableFields() } : undefined
        })
    }

    // ---- reports ----

    /** A sys_report row by sys_id or title. */
    report(idOrTitle: string): Row {
        const report = this.db.rows('sys_report').find((row) => row.sys_id === idOrTitle || row.title === idOrTitle)
        if (!report) throw new Error(`No sys_report ${idOrTitle}`)
        return report
    }

    /**
     * Whether the user sees the report (emulator/README.md, "Reports"): shared with everyone (`user` GLOBAL) and, when it
     * names roles, the user holds one (admin holds every role) — or the user created it as a personal report (`user` =
     * their sys_id); then the report_view ACLs (or, without them, the read ACLs' roles) of its table and fields.
     */
    canViewReport(idOrTitle: string, asUser: string): boolean {
        const report = this.report(idOrTitle)
        const user = this.resolveUser(asUser)
        const roles = (report.roles ?? '')
            .split(',')
            .map((role) => role.trim())
            .filter(Boolean)
        const shared =
            report.user === 'GLOBAL' ? roles.length === 0 || roles.some((role) => this.acl.hasRole(user, role)) : report.user === user.sysId
        return shared && this.acl.canViewReport(user, report.table ?? '', reportFields(report))
    }

    /** The report's data as its definition selects and aggregates it (no ACLs: see canViewReport). */
    runReport(idOrTitle: string): ReportResult {
        return runReport(
            this.report(idOrTitle),
            this.db.schema,
            (table) => this.db.rows(table),
            (table, field, value) => this.shownValue(table, field, value)
        )
    }

    /**
     * What a form or list shows the user for a stored value (GlideElement.getDisplayValue): a choice's label in their
     * language, a reference's display value, a boolean as true/false, a duration in words.
     */
    displayValue(table: string, field: string, stored: string, asUser: string): string {
        return this.runAs(asUser, () => this.shownValue(table, field, stored))
    }

    /** A stored value's display value for the session user, as a record holding it would give it. */
    private shownValue(table: string, field: string, stored: string): string {
        const core = new GlideRecordCore(this.runtime, table, false)
        core.openRow({ sys_id: '', sys_class_name: table, [field]: stored })
        return core.getDisplayValue(field)
    }

    // ---- running shipped code ----

    scriptInclude(name: string): unknown {
        return this.world.scriptInclude(name)
    }

    ajax(processor: string, method: string, params: Record<string, string>, asUser: string): AjaxResult {
        const user = this.resolveUser(asUser)
        const row = this.db.get('sys_user', user.sysId)
        return this.runAs(user, () => callAjax(this.world, this.acl, user, row, processor, method, params))
    }

    rest(request: RestRequest): RestResult {
        const runAs = <T>(user: SessionUser, action: () => T) => this.runAs(user, action)
        return serveRest(
            {
                db: this.db,
                acl: this.acl,
                world: this.world,
                runAs,
                errors: this.restErrors,
                property: (name) => readProperty(this.runtime, name),
                platformApi: (api, user) => servePlatformApi(this.runtime, api, user, runAs),
            },
            request
        )
    }

    /**
     * Whether the user may open the UI page at `endpoint` (x_scope_name.do): its ui_page ACLs (operation read,
     * named after the page) decide; a page without one is open to any logged-in user. Undefined: no such page.
     */
    canOpenUiPage(endpoint: string, asUser: string): boolean | undefined {
        const page = this.db.rows('sys_ui_page').find((row) => row.endpoint === endpoint)
        if (!page) return undefined
        const user = this.resolveUser(asUser)
        if (user.sysId === GUEST_USER.sysId) return false
        return this.acl.canUse(user, 'ui_page', 'read', endpoint.replace(/\.do$/, '')) !== false
    }

    // ---- what the UI shows (emulator/platform/ui.ts) ----

    /** gs.hasRole for the user: the role itself or one containing it; admin holds every role. */
    hasRole(asUser: string, role: string): boolean {
        return this.acl.hasRole(this.resolveUser(asUser), role)
    }

    /** Every role the user holds, directly or through containment (what g_user's roles list on the client). */
    userRoles(asUser: string): string[] {
        return [...this.acl.roles(this.resolveUser(asUser))].sort()
    }

    private get uiHost(): UiHost {
        return {
            db: this.db,
            hasRole: (asUser, role) => this.hasRole(asUser, role),
            languageOf: (asUser) => this.languageOf(asUser),
            evaluateCondition: (condition, current, asUser) => this.evaluateCondition(condition, current, asUser),
        }
    }

    /** The form buttons the user sees on the record, and why the table's other UI actions are not there. */
    formActions(table: string, sysId: string, asUser: string, view: FormView = 'classic'): FormActions {
        return formActions(this.uiHost, table, sysId, asUser, view)
    }

    /** The application menus and modules the navigator lists for the user. */
    navigatorMenus(asUser: string): NavigatorMenu[] {
        return navigatorMenus(this.uiHost, asUser)
    }

    /** A field's label in the user's language. */
    fieldLabel(table: string, field: string, asUser: string): string {
        return fieldLabel(this.db, table, field, this.languageOf(asUser))
    }

    /** A translated_field value (a UI action's name, a menu title) in the user's language. */
    translatedValue(table: string, field: string, value: string, asUser: string): string {
        return translatedValue(this.db, table, field, value, this.languageOf(asUser))
    }

    /** The properties page of a category as the user reads it: its title and its properties in order, each under its description. */
    propertiesPage(category: string, asUser: string): ReturnType<typeof propertiesPage> {
        return propertiesPage(this.uiHost, category, asUser)
    }

    /**
     * The UI action a form of `table` gets for `actionName`, as the platform resolves it ("Override a UI action for an
     * extended table"): one defined on the table itself, else on the nearest table it extends (task's serve incident,
     * problem, change_request, …), else a `global` one. A child table's action of the same action name overrides its
     * parent's. Undefined when none applies.
     */
    uiAction(table: string, actionName: string): Row | undefined {
        return actionsForTable(this.db, table).find((row) => row.action_name === actionName)
    }

    evaluateCondition(condition: string, current: CurrentRecord | null, asUser: string): boolean {
        return Boolean(this.runScript(condition, { current, asUser }))
    }

    /**
     * Runs a Flow Designer custom action the app ships (by name) as `asUser` (the flow's run-as user), its inputs given
     * as data-pill values (a record as its sys_id): its Script steps run as documented (platform/flow-action.ts).
     */
    runFlowAction(name: string, inputs: Record<string, string>, asUser: string): FlowActionResult {
        return this.runAs(asUser, () => runFlowAction(this.db, this.world, name, inputs))
    }

    /** Evaluates server script text (conditions, ATF step scripts, scheduled jobs); returns its completion value. */
    runScript(
        source: string,
        options: { current?: CurrentRecord | null; asUser?: string; variables?: Record<string, unknown> } = {}
    ): unknown {
        const variables: Record<string, unknown> = { ...options.variables }
        if (options.current !== undefined) variables.current = this.toRecord(options.current)
        const run = () => this.world.run(source, variables)
        return options.asUser === undefined ? run() : this.runAs(options.asUser, run)
    }

    private toRecord(current: CurrentRecord | null): object | null {
        if (current === null || recordCore(current)) return current
        const { table, sysId } = current as { table: string; sysId: string }
        return this.record(table, sysId)
    }

    /**
     * The text the instance's message cache holds for a key in a language (counted as gs.getMessage's lookups are):
     * what a client script's getMessage receives for a user of that language (the sandbox and tests preload it).
     */
    message(key: string, language: string): string {
        return this.messageCache.text(key, language)
    }

    /** The language a user's session runs in: their preferred_language, else glide.sys.language, else en. */
    languageOf(user: string): string {
        return languageOf(this.runtime, this.resolveUser(user))
    }

    /**
     * Runs the event processor: every event queued since the last call is handed to the notifications
     * for its name (the platform does this asynchronously, so records are rendered as they are now).
     * Returns the emails sent for these events; `emails` holds all of them.
     */
    processEvents(): SentEmail[] {
        const pending = this.events.slice(this.processedEvents)
        this.processedEvents = this.events.length
        const host: NotificationHost = {
            db: this.db,
            record: (table, sysId) =>
                this.db.get(table, sysId) ? (this.record(table, sysId) as ReturnType<NotificationHost['record']>) : null,
            runScript: (source: string, variables: Record<string, unknown>) =>
                this.runAs(SYSTEM_USER, () => this.world.run(source, variables, 'sys_script_email.js')),
        }
        const sent = pending.flatMap((event) => emailsForEvent(host, event))
        this.emails.push(...sent)
        return sent
    }

    /** Serves the instance's own /oauth_token.do (password grant) on `host` for its outbound calls, e.g. Token Setup's. */
    serveOAuthTokens(host: string, issue?: () => IssuedTokens): void {
        this.http.route(host, (request) => answerTokenRequest(this.db, request, issue))
    }

    // ---- observing ----

    resetCounters(): void {
        Object.assign(this.counters, zeroCounters())
    }

    secretsSeen(secrets: string[]): SecretSighting[] {
        return findSecrets(this.runtime, secrets, this.emails)
    }
}
