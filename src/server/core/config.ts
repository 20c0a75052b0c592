// The app's settings as one validated object. Pure: the caller supplies a reader for raw property
// strings (gs.getProperty on the platform), so every rule here is testable without an instance.
import { message, type Message } from '../../shared/i18n'
import { SETTINGS, type SettingKey } from './settings'

export const HTTP_TIMEOUT_MIN_MS = 1000
export const HTTP_TIMEOUT_MAX_MS = 120000
/** Minutes settings: at most 30 days (Rescue documents no upper bound for its PIN validity). */
export const MINUTES_MAX = 43200

export type Region = 'global' | 'eu' | 'enterprise'
export type WorkNotesMode = 'all' | 'selection' | 'none'
export type ConsoleRecordType = 'incident' | 'case'

export interface RescueConfig {
    readonly enabled: boolean
    readonly companyId: string
    readonly ssoPassword: string
    readonly serviceAccountUsername: string
    readonly serviceAccountPassword: string
    readonly oauthApplication: string
    readonly incidentShowPinButton: boolean
    readonly caseShowPinButton: boolean
    readonly incidentCallerField: string
    readonly caseContactField: string
    /** The tables Generate Rescue PIN serves (x_rescue_connect.pin.tables), each a table name; whether it is installed and a task table is the platform's to say. */
    readonly pinTables: readonly string[]
    /** The customer field per table beyond incident and case (x_rescue_connect.pin.customer_fields), dot-walks allowed. */
    readonly pinCustomerFields: readonly CustomerFieldEntry[]
    readonly emailTechnician: boolean
    readonly emailCustomer: boolean
    readonly region: Region
    readonly debugLogging: boolean
    readonly debugApiLogging: boolean
    readonly consoleCreateRecord: boolean
    readonly consoleRecordType: ConsoleRecordType
    readonly workNotesMode: WorkNotesMode
    readonly workNotesFields: readonly string[]
    readonly workNotesChatLog: boolean
    /** The language of every work note the app writes; '' means the instance's default language. */
    readonly workNotesLanguage: string
    /** Keep the chat log as an attachment on the session row; notes name it instead of carrying it. */
    readonly chatLogAttachment: boolean
    /** Add an ended session's work time as a Time Worked entry on its incident or case. */
    readonly timeWorkedRecord: boolean
    readonly httpTimeoutMs: number
    readonly tokenConnectorPath: string
    /** Show an unused PIN the same agent got for the same record this many minutes ago again; 0: always a new PIN. */
    readonly pinReuseMinutes: number
    /** Rescue's PIN validity ("Private code validity period" of the technician group); unused PINs older than this are expired. */
    readonly pinValidityMinutes: number
    /** Recover sessions whose posts never arrived from Rescue's session report (the hourly job). */
    readonly reconcileEnabled: boolean
    /** Rescue API token for the report calls; validated, with the nodes, when the job uses them (core/session-recovery.ts). */
    readonly reconcileApiToken: string
    /** Comma-separated Rescue technician or technician-group node IDs, as the admin typed them. */
    readonly reconcileNodes: string
}

export interface CustomerFieldEntry {
    readonly table: string
    /** A field of the table, or a dot-walk through reference fields (request_item.requested_for). */
    readonly field: string
}

// An invalid value never leaves the caller empty-handed: `config` then holds the default in its place,
// so flows that must not lose data (the session endpoint) can go on while flows that act on the
// settings (PINs, Token Setup) refuse with the errors.
export type ConfigResult = { ok: true; config: RescueConfig } | { ok: false; errors: Message[]; config: RescueConfig }

/** Returns a property's raw value, or undefined/null when the property does not exist. */
export type PropertyReader = (property: string) => string | null | undefined

const FIELD_NAME = /^[a-z][a-z0-9_]*$/
const TABLE_NAME = /^[a-z][a-z0-9_]*$/
const FIELD_PATH = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/
const CONNECTOR_PATH = /^\/[A-Za-z0-9._~/-]*$/
/** A language code as sys_language ids are written: nl, de, fr, pt-br, zh-tw. */
const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/i

/**
 * Reads and validates every setting; each problem is a sentence that names the property to fix and never
 * quotes its value: these sentences reach agents and the system log, and an admin may have pasted a
 * password into the wrong field.
 */
export function parseConfig(read: PropertyReader): ConfigResult {
    const errors: Message[] = []
    const raw = (key: SettingKey): string => {
        const value = read(SETTINGS[key].property)
        return value === null || value === undefined ? SETTINGS[key].defaultValue : String(value).trim()
    }
    const bool = (key: SettingKey): boolean => {
        const value = raw(key).toLowerCase() || SETTINGS[key].defaultValue
        if (value === 'true') return true
        if (value === 'false') return false
        errors.push(message('config.must_be_boolean', SETTINGS[key].property))
        return SETTINGS[key].defaultValue === 'true'
    }
    const choice = <T extends string>(key: 'consoleRecordType' | 'workNotesMode'): T => {
        const spec = SETTINGS[key]
        const value = raw(key) || spec.defaultValue
        if ((spec.choices as readonly string[]).includes(value)) return value as T
        errors.push(message('config.must_be_choice', spec.property, spec.choices.join(', ')))
        return spec.defaultValue as T
    }
    const minutes = (key: 'pinReuseMinutes' | 'pinValidityMinutes', min: number): number => {
        const text = raw(key) || SETTINGS[key].defaultValue
        if (/^\d+$/.test(text) && Number(text) >= min && Number(text) <= MINUTES_MAX) return Number(text)
        errors.push(message('config.must_be_minutes', SETTINGS[key].property, min, MINUTES_MAX))
        return Number(SETTINGS[key].defaultValue)
    }
    const fieldName = (key: 'incidentCallerField' | 'caseContactField'): string => {
        const value = raw(key) || SETTINGS[key].defaultValue
        if (FIELD_NAME.test(value)) return value
        errors.push(message('config.must_be_field', SETTINGS[key].property, SETTINGS[key].defaultValue))
        return SETTINGS[key].defaultValue
    }

    let companyId = raw('companyId')
    if (companyId !== '' && !/^\d+$/.test(companyId)) {
        errors.push(message('config.must_be_digits', SETTINGS.companyId.property))
        companyId = SETTINGS.companyId.defaultValue
    }

    const timeoutText = raw('httpTimeoutMs') || SETTINGS.httpTimeoutMs.defaultValue
    let httpTimeoutMs = Number(SETTINGS.httpTimeoutMs.defaultValue)
    if (!/^\d+$/.test(timeoutText) || Number(timeoutText) < HTTP_TIMEOUT_MIN_MS || Number(timeoutText) > HTTP_TIMEOUT_MAX_MS) {
        errors.push(message('config.must_be_timeout', SETTINGS.httpTimeoutMs.property, HTTP_TIMEOUT_MIN_MS, HTTP_TIMEOUT_MAX_MS))
    } else {
        httpTimeoutMs = Number(timeoutText)
    }

    // The connector's token API is not public, so its path is a setting; it must stay a plain path on the Rescue host.
    const tokenConnectorPath = raw('tokenConnectorPath') || SETTINGS.tokenConnectorPath.defaultValue
    if (!CONNECTOR_PATH.test(tokenConnectorPath)) {
        errors.push(message('config.must_be_path', SETTINGS.tokenConnectorPath.property, SETTINGS.tokenConnectorPath.defaultValue))
    }

    let workNotesLanguage = raw('workNotesLanguage')
    if (workNotesLanguage !== '' && !LANGUAGE_CODE.test(workNotesLanguage)) {
        errors.push(message('config.must_be_language', SETTINGS.workNotesLanguage.property))
        workNotesLanguage = SETTINGS.workNotesLanguage.defaultValue
    }

    // A malformed entry may be anything an admin pasted (a password, say): the sentence names the property only.
    // Well-formed table names that are not installed or not task tables are the platform's to find (pin-tables.ts).
    const pinTables = listEntries(raw('pinTables') || SETTINGS.pinTables.defaultValue)
    if (pinTables.some((name) => !TABLE_NAME.test(name))) errors.push(message('config.must_be_tables', SETTINGS.pinTables.property))
    const pinCustomerFields: CustomerFieldEntry[] = []
    let customerFieldsValid = true
    for (const entry of listEntries(raw('pinCustomerFields'))) {
        const [table = '', field = '', extra] = entry.split('=').map((part) => part.trim())
        if (
            extra !== undefined ||
            !TABLE_NAME.test(table) ||
            !FIELD_PATH.test(field) ||
            pinCustomerFields.some((known) => known.table === table)
        ) {
            customerFieldsValid = false
            continue
        }
        pinCustomerFields.push({ table, field })
    }
    if (!customerFieldsValid) errors.push(message('config.must_be_customer_fields', SETTINGS.pinCustomerFields.property))

    const enterprise = bool('enterprise')
    const regionEu = bool('regionEu')

    const config: RescueConfig = {
        enabled: bool('enabled'),
        companyId,
        ssoPassword: raw('ssoPassword'),
        serviceAccountUsername: raw('serviceAccountUsername'),
        serviceAccountPassword: raw('serviceAccountPassword'),
        oauthApplication: raw('oauthApplication'),
        incidentShowPinButton: bool('incidentShowPinButton'),
        caseShowPinButton: bool('caseShowPinButton'),
        incidentCallerField: fieldName('incidentCallerField'),
        caseContactField: fieldName('caseContactField'),
        pinTables: pinTables.filter((name) => TABLE_NAME.test(name)),
        pinCustomerFields,
        emailTechnician: bool('emailTechnician'),
        emailCustomer: bool('emailCustomer'),
        region: enterprise ? 'enterprise' : regionEu ? 'eu' : 'global',
        debugLogging: bool('debugLogging'),
        debugApiLogging: bool('debugApiLogging'),
        consoleCreateRecord: bool('consoleCreateRecord'),
        consoleRecordType: choice<ConsoleRecordType>('consoleRecordType'),
        workNotesMode: choice<WorkNotesMode>('workNotesMode'),
        workNotesFields: listEntries(raw('workNotesFields')),
        workNotesChatLog: bool('workNotesChatLog'),
        workNotesLanguage: workNotesLanguage.toLowerCase(),
        chatLogAttachment: bool('chatLogAttachment'),
        timeWorkedRecord: bool('timeWorkedRecord'),
        httpTimeoutMs,
        tokenConnectorPath: CONNECTOR_PATH.test(tokenConnectorPath) ? tokenConnectorPath : SETTINGS.tokenConnectorPath.defaultValue,
        pinReuseMinutes: minutes('pinReuseMinutes', 0),
        pinValidityMinutes: minutes('pinValidityMinutes', 1),
        reconcileEnabled: bool('reconcileEnabled'),
        reconcileApiToken: raw('reconcileApiToken'),
        reconcileNodes: raw('reconcileNodes'),
    }
    return errors.length > 0 ? { ok: false, errors, config } : { ok: true, config }
}

/** A comma-separated setting's entries, trimmed, empty ones dropped. */
function listEntries(value: string): string[] {
    return value
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '')
}

/** The settings a PIN request needs that are still empty, as property names. */
export function missingPinSettings(config: RescueConfig): string[] {
    const missing: string[] = []
    if (config.companyId === '') missing.push(SETTINGS.companyId.property)
    if (config.ssoPassword === '') missing.push(SETTINGS.ssoPassword.property)
    return missing
}
