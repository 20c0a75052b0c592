// Every setting of the app: its property name, type, default and (for a choicelist) the values it accepts.
type SettingType = 'boolean' | 'string' | 'password2' | 'integer' | 'choicelist'

interface SettingSpec {
    readonly property: string
    readonly type: SettingType
    readonly defaultValue: string
    readonly choices?: readonly string[]
}

// The one source of every setting's name, type and default: src/fluent/properties.now.ts declares the records
// from it (who reads each setting, and why, is said there), config.ts validates against it, and the README's
// settings table is tested against it (test/unit/readme-settings.test.ts). A choicelist's labels are the
// Fluent record's own (no server code reads them); test/artifact/records.test.ts checks its values are these.
export const SETTINGS = {
    enabled: { property: 'x_rescue_connect.enabled', type: 'boolean', defaultValue: 'true' },
    companyId: { property: 'x_rescue_connect.company_id', type: 'string', defaultValue: '' },
    ssoPassword: { property: 'x_rescue_connect.sso_password', type: 'password2', defaultValue: '' },
    serviceAccountUsername: { property: 'x_rescue_connect.service_account.username', type: 'string', defaultValue: '' },
    serviceAccountPassword: { property: 'x_rescue_connect.service_account.password', type: 'password2', defaultValue: '' },
    oauthApplication: { property: 'x_rescue_connect.oauth.application', type: 'string', defaultValue: '' },
    incidentShowPinButton: { property: 'x_rescue_connect.incident.show_pin_button', type: 'boolean', defaultValue: 'true' },
    caseShowPinButton: { property: 'x_rescue_connect.case.show_pin_button', type: 'boolean', defaultValue: 'true' },
    incidentCallerField: { property: 'x_rescue_connect.incident.caller_field', type: 'string', defaultValue: 'caller_id' },
    caseContactField: { property: 'x_rescue_connect.case.contact_field', type: 'string', defaultValue: 'contact' },
    pinTables: { property: 'x_rescue_connect.pin.tables', type: 'string', defaultValue: 'incident,sn_customerservice_case' },
    pinCustomerFields: { property: 'x_rescue_connect.pin.customer_fields', type: 'string', defaultValue: '' },
    emailTechnician: { property: 'x_rescue_connect.email.technician', type: 'boolean', defaultValue: 'false' },
    emailCustomer: { property: 'x_rescue_connect.email.customer', type: 'boolean', defaultValue: 'false' },
    regionEu: { property: 'x_rescue_connect.region.eu', type: 'boolean', defaultValue: 'false' },
    enterprise: { property: 'x_rescue_connect.enterprise', type: 'boolean', defaultValue: 'false' },
    debugLogging: { property: 'x_rescue_connect.debug.logging', type: 'boolean', defaultValue: 'false' },
    debugApiLogging: { property: 'x_rescue_connect.debug.api_logging', type: 'boolean', defaultValue: 'false' },
    consoleCreateRecord: { property: 'x_rescue_connect.console_session.create_record', type: 'boolean', defaultValue: 'false' },
    consoleRecordType: {
        property: 'x_rescue_connect.console_session.record_type',
        type: 'choicelist',
        defaultValue: 'incident',
        choices: ['incident', 'case'],
    },
    workNotesMode: {
        property: 'x_rescue_connect.work_notes.mode',
        type: 'choicelist',
        defaultValue: 'all',
        choices: ['all', 'selection', 'none'],
    },
    workNotesFields: { property: 'x_rescue_connect.work_notes.fields', type: 'string', defaultValue: '' },
    workNotesChatLog: { property: 'x_rescue_connect.work_notes.chat_log', type: 'boolean', defaultValue: 'false' },
    workNotesLanguage: { property: 'x_rescue_connect.work_notes.language', type: 'string', defaultValue: '' },
    chatLogAttachment: { property: 'x_rescue_connect.chat_log.attachment', type: 'boolean', defaultValue: 'false' },
    timeWorkedRecord: { property: 'x_rescue_connect.time_worked.record', type: 'boolean', defaultValue: 'false' },
    httpTimeoutMs: { property: 'x_rescue_connect.http.timeout_ms', type: 'integer', defaultValue: '10000' },
    pinReuseMinutes: { property: 'x_rescue_connect.pin.reuse_minutes', type: 'integer', defaultValue: '10' },
    pinValidityMinutes: { property: 'x_rescue_connect.pin.validity_minutes', type: 'integer', defaultValue: '20' },
    tokenConnectorPath: {
        property: 'x_rescue_connect.token.connector_path',
        type: 'string',
        defaultValue: '/integration/api/servicenow/token',
    },
    reconcileEnabled: { property: 'x_rescue_connect.reconcile.enabled', type: 'boolean', defaultValue: 'false' },
    reconcileApiToken: { property: 'x_rescue_connect.reconcile.api_token', type: 'password2', defaultValue: '' },
    reconcileNodes: { property: 'x_rescue_connect.reconcile.nodes', type: 'string', defaultValue: '' },
} as const satisfies Record<string, SettingSpec>

export type SettingKey = keyof typeof SETTINGS
