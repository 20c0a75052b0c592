// The platform tables the app touches, defined here because an instance has them before the app
// installs (the app's own tables come from dist/app). Only the columns the app uses are listed;
// a field outside them is not a field (GlideRecord.isValidField false, as for a typo on the platform).
import type { ColumnDefinition, TableDefinition } from './loader.ts'

const string = (name: string, extra: Partial<ColumnDefinition> = {}): ColumnDefinition => ({ name, type: 'string', ...extra })
const bool = (name: string, defaultValue: 'true' | 'false'): ColumnDefinition => ({ name, type: 'boolean', defaultValue })
const ref = (name: string, reference: string): ColumnDefinition => ({ name, type: 'reference', reference })
const journal = (name: string): ColumnDefinition => ({ name, type: 'journal_input' })
const dateTime = (name: string): ColumnDefinition => ({ name, type: 'glide_date_time' })
const duration = (name: string): ColumnDefinition => ({ name, type: 'glide_duration' })
const integer = (name: string, defaultValue?: string): ColumnDefinition =>
    defaultValue === undefined ? { name, type: 'integer' } : { name, type: 'integer', defaultValue }

const choices = (pairs: [string, string][]) => pairs.map(([value, label]) => ({ value, label }))
// The base system's choice lists (sys_choice) of the fields the sandbox's forms show, so a form shows a state's label, not its number.
const TASK_STATES = choices([
    ['-5', 'Pending'],
    ['1', 'Open'],
    ['2', 'Work in Progress'],
    ['3', 'Closed Complete'],
    ['4', 'Closed Incomplete'],
    ['7', 'Closed Skipped'],
])
const INCIDENT_STATES = choices([
    ['1', 'New'],
    ['2', 'In Progress'],
    ['3', 'On Hold'],
    ['6', 'Resolved'],
    ['7', 'Closed'],
    ['8', 'Canceled'],
])
const CASE_STATES = choices([
    ['1', 'New'],
    ['10', 'Open'],
    ['18', 'Awaiting Info'],
    ['6', 'Resolved'],
    ['3', 'Closed'],
    ['7', 'Cancelled'],
])
const PRIORITIES = choices([
    ['1', '1 - Critical'],
    ['2', '2 - High'],
    ['3', '3 - Moderate'],
    ['4', '4 - Low'],
    ['5', '5 - Planning'],
])

/** A column default the platform evaluates at insert time: the session user's sys_id (gs.getUserID()). */
export const CURRENT_USER_DEFAULT = 'javascript:gs.getUserID()'

/** Tables every instance has. */
export const PLATFORM_TABLES: TableDefinition[] = [
    {
        name: 'sys_user',
        label: 'User',
        display: 'name',
        columns: [
            string('user_name', { unique: true }),
            string('first_name'),
            string('last_name'),
            string('name'),
            string('email'),
            string('title'),
            string('time_zone'),
            // A language code (sys_language id) such as nl; empty means the instance's default language.
            string('preferred_language'),
            bool('active', 'true'),
            bool('locked_out', 'false'),
            bool('web_service_access_only', 'false'),
            // One-way hashed on the platform (type "password"): never readable back.
            { name: 'user_password', type: 'password' },
            ref('company', 'core_company'),
        ],
    },
    {
        name: 'sys_user_role',
        label: 'Role',
        display: 'name',
        columns: [string('name', { unique: true }), string('description'), string('suffix')],
    },
    { name: 'sys_user_role_contains', label: 'Contained Role', columns: [ref('role', 'sys_user_role'), ref('contains', 'sys_user_role')] },
    {
        name: 'sys_user_has_role',
        label: 'User Role',
        columns: [ref('user', 'sys_user'), ref('role', 'sys_user_role'), bool('inherited', 'false')],
    },
    { name: 'core_company', label: 'Company', display: 'name', columns: [string('name')] },
    {
        name: 'task',
        label: 'Task',
        display: 'number',
        numberPrefix: 'TASK',
        columns: [
            string('number', { label: 'Number' }),
            // The base system's sizes: a short description is varchar(160), a description mediumtext.
            string('short_description', { maxLength: 160, label: 'Short description' }),
            string('description', { maxLength: 4000, label: 'Description' }),
            { ...integer('state', '1'), label: 'State', choices: TASK_STATES },
            { ...integer('priority', '4'), label: 'Priority', choices: PRIORITIES },
            { ...bool('active', 'true'), label: 'Active' },
            { ...ref('assigned_to', 'sys_user'), label: 'Assigned to' },
            { ...ref('opened_by', 'sys_user'), label: 'Opened by' },
            { ...dateTime('opened_at'), label: 'Opened' },
            { ...ref('company', 'core_company'), label: 'Company' },
            string('correlation_id', { label: 'Correlation ID' }),
            { ...journal('work_notes'), label: 'Work notes' },
            { ...journal('comments'), label: 'Additional comments' },
            // The task's own Time worked timer; Time Worked entries do not change it (see task_time_worked below).
            duration('time_worked'),
        ],
    },
    {
        name: 'incident',
        label: 'Incident',
        superClass: 'task',
        display: 'number',
        numberPrefix: 'INC',
        // Incident has its own State choices (sys_choice rows named incident) in place of the task's.
        columns: [
            { ...ref('caller_id', 'sys_user'), label: 'Caller' },
            string('category', { label: 'Category' }),
            { ...integer('state', '1'), label: 'State', choices: INCIDENT_STATES },
        ],
    },
    // Other task types of an ITSM instance (Problem, Change, Service Catalog): the customer fields issue 20's examples name.
    { name: 'problem', label: 'Problem', superClass: 'task', display: 'number', numberPrefix: 'PRB', columns: [] },
    {
        name: 'change_request',
        label: 'Change Request',
        superClass: 'task',
        display: 'number',
        numberPrefix: 'CHG',
        columns: [{ ...ref('requested_by', 'sys_user'), label: 'Requested by' }],
    },
    {
        name: 'sc_request',
        label: 'Request',
        superClass: 'task',
        display: 'number',
        numberPrefix: 'REQ',
        columns: [{ ...ref('requested_for', 'sys_user'), label: 'Requested for' }],
    },
    {
        name: 'sc_req_item',
        label: 'Requested Item',
        superClass: 'task',
        display: 'number',
        numberPrefix: 'RITM',
        columns: [
            { ...ref('request', 'sc_request'), label: 'Request' },
            { ...ref('requested_for', 'sys_user'), label: 'Requested for' },
        ],
    },
    {
        name: 'sc_task',
        label: 'Catalog Task',
        superClass: 'task',
        display: 'number',
        numberPrefix: 'SCTASK',
        columns: [{ ...ref('request_item', 'sc_req_item'), label: 'Request item' }],
    },
    // Translated messages (gs.getMessage): key, language (e.g. nl), message; code disambiguates for sn_i18n.
    {
        name: 'sys_ui_message',
        label: 'Message',
        display: 'key',
        columns: [string('key'), string('language'), string('message'), string('code')],
    },
    // Application scopes: sys_app (an installed app, from dist/app/scope) extends sys_scope; application
    // files (e.g. OAuth registry entries) name theirs in sys_scope (emulator/engine/scope.ts).
    { name: 'sys_scope', label: 'Application', display: 'name', columns: [string('name'), string('scope', { unique: true })] },
    { name: 'sys_app', label: 'Custom Application', superClass: 'sys_scope', display: 'name', columns: [] },
    {
        // The OAuth application registry (OAuth 2.0 plugin, active on every instance): the columns Token Setup reads.
        name: 'oauth_entity',
        label: 'Application Registry',
        display: 'name',
        columns: [
            string('name'),
            // 'client' = OAuth API endpoint for external clients; 'oauth_provider' = third-party provider.
            string('type'),
            string('client_id'),
            { name: 'client_secret', type: 'password2' },
            integer('refresh_token_lifespan', '8640000'),
            integer('access_token_lifespan', '1800'),
            bool('active', 'true'),
            ref('sys_scope', 'sys_scope'),
        ],
    },
    // Attachment records: which record a file hangs on is what ACLs ask; GlideSysAttachment (attachment.ts) keeps the
    // file contents beside them. Column sizes as the SDK's sys_attachment definition gives them.
    {
        name: 'sys_attachment',
        label: 'Attachment',
        display: 'file_name',
        columns: [
            string('table_name', { maxLength: 80 }),
            string('table_sys_id', { maxLength: 32 }),
            string('file_name', { maxLength: 100 }),
            string('content_type', { maxLength: 100 }),
            integer('size_bytes'),
        ],
    },
    // Time Worked entries on a task (emulator/README.md, "Time worked"). Inserting one changes nothing else: the
    // task's timer follows the entries only with com.snc.time_worked.update_task_timer (off by default, not emulated).
    {
        name: 'task_time_worked',
        label: 'Time Worked',
        columns: [
            ref('task', 'task'),
            // A new entry names the current user unless the script sets another (or none): the stricter assumption.
            { name: 'user', type: 'reference', reference: 'sys_user', defaultValue: CURRENT_USER_DEFAULT },
            duration('time_worked'),
            string('comments', { maxLength: 4000 }),
        ],
    },
    {
        name: 'sys_journal_field',
        label: 'Journal Entry',
        columns: [string('name'), string('element'), string('element_id'), string('value', { maxLength: 4000 })],
    },
    {
        name: 'sysevent',
        label: 'Event',
        columns: [string('name'), string('table'), string('instance'), string('parm1'), string('parm2'), string('state')],
    },
    {
        name: 'sys_properties',
        label: 'System Property',
        display: 'name',
        columns: [
            string('name', { unique: true }),
            string('value'),
            string('type'),
            string('description'),
            string('choices'),
            string('suffix'),
            string('read_roles'),
            string('write_roles'),
            bool('is_private', 'false'),
            bool('ignore_cache', 'false'),
        ],
    },
]

/** Customer Service Management plugin tables (present unless `plugins: { csm: false }`). */
export const CSM_TABLES: TableDefinition[] = [
    { name: 'customer_account', label: 'Account', display: 'name', columns: [string('name'), string('number')] },
    { name: 'customer_contact', label: 'Contact', superClass: 'sys_user', display: 'name', columns: [ref('account', 'customer_account')] },
    {
        name: 'sn_customerservice_case',
        label: 'Case',
        superClass: 'task',
        display: 'number',
        numberPrefix: 'CS',
        columns: [
            { ...ref('contact', 'customer_contact'), label: 'Contact' },
            { ...ref('account', 'customer_account'), label: 'Account' },
            ref('consumer', 'sys_user'),
            { ...integer('state', '1'), label: 'State', choices: CASE_STATES },
        ],
    },
]

/** First number the platform hands out per prefix (INC0010001, CS0001001). */
export const FIRST_NUMBER: Record<string, { start: number; digits: number }> = {
    INC: { start: 10001, digits: 7 },
    CS: { start: 1001, digits: 7 },
    TASK: { start: 10001, digits: 7 },
    PRB: { start: 40001, digits: 7 },
    CHG: { start: 30001, digits: 7 },
    REQ: { start: 10001, digits: 7 },
    RITM: { start: 10001, digits: 7 },
    SCTASK: { start: 10001, digits: 7 },
}

/** Columns every table has. */
export const SYSTEM_COLUMNS: ColumnDefinition[] = [
    { name: 'sys_id', type: 'GUID' },
    dateTime('sys_created_on'),
    string('sys_created_by'),
    dateTime('sys_updated_on'),
    string('sys_updated_by'),
    integer('sys_mod_count', '0'),
    { name: 'sys_class_name', type: 'sys_class_name' },
]
