import { Property } from '@servicenow/sdk/core'
import { SETTINGS } from '../server/core/settings'
import { adminRole } from './roles.now'

// Every setting lives on the one properties page below; only admins can read or change them there.
// Name, type, default and choices come from src/server/core/settings.ts, the one source the server's
// src/server/core/config.ts validates each value against; the comment above each says who reads it and why.
const adminOnly = { read: [adminRole], write: [adminRole] }

// The secrets and the identifiers of the accounts they open (company ID, SSO password, service account
// user name and password) are private (isPrivate): the platform leaves private properties out of update
// sets ("Private": exclude this property from being imported via update sets,
// https://www.servicenow.com/docs/r/platform-administration/t_AddAPropertyUsingSysPropsList.html), so they
// never travel to another instance with one, and a development instance's account never overwrites
// production's. Each instance is configured on its own Settings page.

// PIN button, endpoint and jobs: master switch for the whole integration.
export const enabled = Property({
    $id: Now.ID['property-enabled'],
    name: SETTINGS.enabled.property,
    type: SETTINGS.enabled.type,
    value: SETTINGS.enabled.defaultValue,
    description: 'Integration on/off. Off hides the Generate Rescue PIN button and makes the session endpoint answer 503.',
    roles: adminOnly,
})

// RescuePinAjax and Test connection: the company ID sent to requestAuthCodeSSO.
export const companyId = Property({
    $id: Now.ID['property-company-id'],
    name: SETTINGS.companyId.property,
    type: SETTINGS.companyId.type,
    value: SETTINGS.companyId.defaultValue,
    description: 'LogMeIn Rescue company ID (digits only), from Rescue Admin Center > Global Settings > Single Sign-On.',
    isPrivate: true, // an instance's own: see the note above
    roles: adminOnly,
})

// RescuePinAjax and Test connection: the company-wide SSO password sent to requestAuthCodeSSO.
export const ssoPassword = Property({
    $id: Now.ID['property-sso-password'],
    name: SETTINGS.ssoPassword.property,
    type: SETTINGS.ssoPassword.type,
    value: SETTINGS.ssoPassword.defaultValue,
    description: 'LogMeIn Rescue global SSO password (Admin Center > Global Settings > Single Sign-On). Stored encrypted.',
    isPrivate: true, // an instance's own: see the note above
    roles: adminOnly,
})

// Token Setup: the ServiceNow account Rescue's hosted connector acts as.
export const serviceAccountUsername = Property({
    $id: Now.ID['property-service-account-username'],
    name: SETTINGS.serviceAccountUsername.property,
    type: SETTINGS.serviceAccountUsername.type,
    value: SETTINGS.serviceAccountUsername.defaultValue,
    description:
        'User ID of the web-service-only ServiceNow account (role x_rescue_connect.integration) that Rescue posts session data as.',
    isPrivate: true, // an instance's own: see the note above
    roles: adminOnly,
})

// Token Setup: the service account's password, used once per run for the OAuth password grant.
export const serviceAccountPassword = Property({
    $id: Now.ID['property-service-account-password'],
    name: SETTINGS.serviceAccountPassword.property,
    type: SETTINGS.serviceAccountPassword.type,
    value: SETTINGS.serviceAccountPassword.defaultValue,
    description: 'Password of the service account above. Used only by Token Setup. Stored encrypted.',
    isPrivate: true, // an instance's own: see the note above
    roles: adminOnly,
})

// Token Setup: which OAuth application registry entry to take the client id and secret from.
export const oauthApplication = Property({
    $id: Now.ID['property-oauth-application'],
    name: SETTINGS.oauthApplication.property,
    type: SETTINGS.oauthApplication.type,
    value: SETTINGS.oauthApplication.defaultValue,
    description: 'Name of the OAuth API endpoint for external clients (System OAuth > Application Registry) that Token Setup uses.',
    roles: adminOnly,
})

// Generate Rescue PIN UI action condition and RescuePinAjax: button on incidents.
export const incidentShowPinButton = Property({
    $id: Now.ID['property-incident-show-pin-button'],
    name: SETTINGS.incidentShowPinButton.property,
    type: SETTINGS.incidentShowPinButton.type,
    value: SETTINGS.incidentShowPinButton.defaultValue,
    description: 'Show the Generate Rescue PIN button on incident forms.',
    roles: adminOnly,
})

// Generate Rescue PIN UI action condition and RescuePinAjax: button on CSM cases.
export const caseShowPinButton = Property({
    $id: Now.ID['property-case-show-pin-button'],
    name: SETTINGS.caseShowPinButton.property,
    type: SETTINGS.caseShowPinButton.type,
    value: SETTINGS.caseShowPinButton.defaultValue,
    description: 'Show the Generate Rescue PIN button on case forms (Customer Service Management).',
    roles: adminOnly,
})

// RescuePinAjax and console-created incidents: the incident field that names the customer.
export const incidentCallerField = Property({
    $id: Now.ID['property-incident-caller-field'],
    name: SETTINGS.incidentCallerField.property,
    type: SETTINGS.incidentCallerField.type,
    value: SETTINGS.incidentCallerField.defaultValue,
    description: 'Incident field (a reference to sys_user) that names the customer. Its name is sent to Rescue with the PIN.',
    roles: adminOnly,
})

// RescuePinAjax and console-created cases: the case field that names the customer.
export const caseContactField = Property({
    $id: Now.ID['property-case-contact-field'],
    name: SETTINGS.caseContactField.property,
    type: SETTINGS.caseContactField.type,
    value: SETTINGS.caseContactField.defaultValue,
    description: 'Case field (a reference to a contact or user) that names the customer. Its name is sent to Rescue with the PIN.',
    roles: adminOnly,
})

// Generate Rescue PIN (UI action condition, RescuePinAjax, the flow action, RescueApi) and Test connection: the tables served.
export const pinTables = Property({
    $id: Now.ID['property-pin-tables'],
    name: SETTINGS.pinTables.property,
    type: SETTINGS.pinTables.type,
    value: SETTINGS.pinTables.defaultValue,
    description:
        'Tables (comma-separated, each extending task) on which Generate Rescue PIN shows, e.g. incident,sn_customerservice_case,problem,change_request,sc_req_item. Test Connection names any that is not installed or not a task table.',
    roles: adminOnly,
})

// Generate Rescue PIN: the customer field of each listed table other than incident and case (those keep their own settings).
export const pinCustomerFields = Property({
    $id: Now.ID['property-pin-customer-fields'],
    name: SETTINGS.pinCustomerFields.property,
    type: SETTINGS.pinCustomerFields.type,
    value: SETTINGS.pinCustomerFields.defaultValue,
    description:
        'Customer field per table as table=field pairs (comma-separated; dot-walks allowed), e.g. change_request=requested_by,sc_req_item=requested_for,sc_task=request_item.requested_for. A listed table without one gets PINs without a customer name.',
    roles: adminOnly,
})

// RescuePinAjax: fire the event that emails the PIN to the technician.
export const emailTechnician = Property({
    $id: Now.ID['property-email-technician'],
    name: SETTINGS.emailTechnician.property,
    type: SETTINGS.emailTechnician.type,
    value: SETTINGS.emailTechnician.defaultValue,
    description: 'Email each new PIN to the technician who generated it.',
    roles: adminOnly,
})

// RescuePinAjax: fire the event that emails the customer a join link.
export const emailCustomer = Property({
    $id: Now.ID['property-email-customer'],
    name: SETTINGS.emailCustomer.property,
    type: SETTINGS.emailCustomer.type,
    value: SETTINGS.emailCustomer.defaultValue,
    description: 'Email the customer (caller or contact) a link to join the Rescue session, with the PIN.',
    roles: adminOnly,
})

// Rescue client and Token Setup: use the EU data centre host.
export const regionEu = Property({
    $id: Now.ID['property-region-eu'],
    name: SETTINGS.regionEu.property,
    type: SETTINGS.regionEu.type,
    value: SETTINGS.regionEu.defaultValue,
    description: 'The Rescue company is registered on the EU servers (secure.logmeinrescue.eu).',
    roles: adminOnly,
})

// Rescue client and Token Setup: use the Enterprise host (wins over the EU switch).
export const enterprise = Property({
    $id: Now.ID['property-enterprise'],
    name: SETTINGS.enterprise.property,
    type: SETTINGS.enterprise.type,
    value: SETTINGS.enterprise.defaultValue,
    description: 'The company has a Rescue Enterprise account (secure.logmeinrescue-enterprise.com).',
    roles: adminOnly,
})

// Every server script: write step-by-step decisions to the system log.
export const debugLogging = Property({
    $id: Now.ID['property-debug-logging'],
    name: SETTINGS.debugLogging.property,
    type: SETTINGS.debugLogging.type,
    value: SETTINGS.debugLogging.defaultValue,
    description: 'Write extra diagnostic lines to the system log (source x_rescue_connect).',
    roles: adminOnly,
})

// Rescue client: log each API request and answer, secrets redacted.
export const debugApiLogging = Property({
    $id: Now.ID['property-debug-api-logging'],
    name: SETTINGS.debugApiLogging.property,
    type: SETTINGS.debugApiLogging.type,
    value: SETTINGS.debugApiLogging.defaultValue,
    description: 'Log every LogMeIn Rescue API call and answer. Passwords and auth codes are always redacted.',
    roles: adminOnly,
})

// Session endpoint: create a record for sessions started from the Technician Console.
export const consoleCreateRecord = Property({
    $id: Now.ID['property-console-session-create-record'],
    name: SETTINGS.consoleCreateRecord.property,
    type: SETTINGS.consoleCreateRecord.type,
    value: SETTINGS.consoleCreateRecord.defaultValue,
    description: 'Create an incident or case for sessions started in the Rescue Technician Console without a ServiceNow PIN.',
    roles: adminOnly,
})

// Session endpoint: which kind of record a console-started session creates.
export const consoleRecordType = Property({
    $id: Now.ID['property-console-session-record-type'],
    name: SETTINGS.consoleRecordType.property,
    type: SETTINGS.consoleRecordType.type,
    value: SETTINGS.consoleRecordType.defaultValue,
    choices: ['Incident=incident', 'Case=case'],
    description: 'Record to create for console-started sessions: incident or case.',
    roles: adminOnly,
})

// Session endpoint: which session data goes into work notes.
export const workNotesMode = Property({
    $id: Now.ID['property-work-notes-mode'],
    name: SETTINGS.workNotesMode.property,
    type: SETTINGS.workNotesMode.type,
    value: SETTINGS.workNotesMode.defaultValue,
    choices: ['All session data=all', 'Selected fields=selection', 'None=none'],
    description: 'Session data written to work notes: all, only the fields listed below, or none.',
    roles: adminOnly,
})

// Session endpoint: the variables (and their order) for selection mode.
export const workNotesFields = Property({
    $id: Now.ID['property-work-notes-fields'],
    name: SETTINGS.workNotesFields.property,
    type: SETTINGS.workNotesFields.type,
    value: SETTINGS.workNotesFields.defaultValue,
    description:
        'Comma-separated Rescue session variables for the selection mode, in the order to show them (e.g. TechName,WorkTime,Notes,ChatLog).',
    roles: adminOnly,
})

// Session endpoint: include the chat transcript in all mode.
export const workNotesChatLog = Property({
    $id: Now.ID['property-work-notes-chat-log'],
    name: SETTINGS.workNotesChatLog.property,
    type: SETTINGS.workNotesChatLog.type,
    value: SETTINGS.workNotesChatLog.defaultValue,
    description: 'Include the chat log in work notes in the all mode (in the selection mode, list ChatLog instead).',
    roles: adminOnly,
})

// Work notes (PIN notes and session notes alike) and records created for console sessions: the one
// language everyone on the record reads them in (src/server/platform/messages.ts workNotesLanguage).
export const workNotesLanguage = Property({
    $id: Now.ID['property-work-notes-language'],
    name: SETTINGS.workNotesLanguage.property,
    type: SETTINGS.workNotesLanguage.type,
    value: SETTINGS.workNotesLanguage.defaultValue,
    description:
        'Language of every work note the app writes (PIN and session notes), as a language code such as en, nl, de or fr. Empty: the instance default language (glide.sys.language).',
    roles: adminOnly,
})

// Session endpoint: on a session's end post, its WorkTime becomes one Time Worked entry on the incident or case.
export const timeWorkedRecord = Property({
    $id: Now.ID['property-time-worked-record'],
    name: SETTINGS.timeWorkedRecord.property,
    type: SETTINGS.timeWorkedRecord.type,
    value: SETTINGS.timeWorkedRecord.defaultValue,
    description:
        "Record each ended session's work time as one Time Worked entry (task_time_worked) on its incident or case, for the ServiceNow user whose email is the technician's SSO ID.",
    roles: adminOnly,
})

// Session endpoint: keep the chat log as rescue-chat-<SessionID>.txt on the session row; notes name the file instead.
export const chatLogAttachment = Property({
    $id: Now.ID['property-chat-log-attachment'],
    name: SETTINGS.chatLogAttachment.property,
    type: SETTINGS.chatLogAttachment.type,
    value: SETTINGS.chatLogAttachment.defaultValue,
    description:
        'Keep the chat log as a text attachment rescue-chat-<SessionID>.txt on the Rescue Session record (never on the incident or case); work notes name the file and its line count instead of carrying the chat log.',
    roles: adminOnly,
})

// Rescue client and Token Setup: how long to wait for Rescue before giving up.
export const httpTimeoutMs = Property({
    $id: Now.ID['property-http-timeout-ms'],
    name: SETTINGS.httpTimeoutMs.property,
    type: SETTINGS.httpTimeoutMs.type,
    value: SETTINGS.httpTimeoutMs.defaultValue,
    description: 'Timeout in milliseconds for each call to LogMeIn Rescue (1000 to 120000).',
    roles: adminOnly,
})

// Generate Rescue PIN: how long an unused PIN is shown again to the agent who got it for the same record, instead of a new one.
export const pinReuseMinutes = Property({
    $id: Now.ID['property-pin-reuse-minutes'],
    name: SETTINGS.pinReuseMinutes.property,
    type: SETTINGS.pinReuseMinutes.type,
    value: SETTINGS.pinReuseMinutes.defaultValue,
    description:
        'Minutes during which Generate Rescue PIN shows an unused PIN again, to the agent who got it for the same record, instead of asking Rescue for a new one (0 to 43200; 0: always a new PIN).',
    roles: adminOnly,
})

// The expiry job and the reuse check: Rescue's PIN validity, which Rescue sets per technician group or channel.
export const pinValidityMinutes = Property({
    $id: Now.ID['property-pin-validity-minutes'],
    name: SETTINGS.pinValidityMinutes.property,
    type: SETTINGS.pinValidityMinutes.type,
    value: SETTINGS.pinValidityMinutes.defaultValue,
    description:
        "Minutes a PIN stays valid in LogMeIn Rescue: set it to the technician group's Private code validity period (Rescue Admin Center > Settings > Time-outs). Unused PINs older than this are marked Expired (1 to 43200).",
    roles: adminOnly,
})

// Token Setup: where on the Rescue host of the configured region the refresh token is sent.
export const tokenConnectorPath = Property({
    $id: Now.ID['property-token-connector-path'],
    name: SETTINGS.tokenConnectorPath.property,
    type: SETTINGS.tokenConnectorPath.type,
    value: SETTINGS.tokenConnectorPath.defaultValue,
    description:
        "Path of the hosted connector's token endpoint on the Rescue host of your region (global, EU or Enterprise). Token Setup posts the refresh token there. Change it only if LogMeIn support gives you another path.",
    roles: adminOnly,
})

// Hourly job "LogMeIn Rescue: recover session data" (RescueCore.recoverSessionData): off, it asks Rescue nothing.
export const reconcileEnabled = Property({
    $id: Now.ID['property-reconcile-enabled'],
    name: SETTINGS.reconcileEnabled.property,
    type: SETTINGS.reconcileEnabled.type,
    value: SETTINGS.reconcileEnabled.defaultValue,
    description:
        "Recover sessions whose posts never reached ServiceNow: every hour, read Rescue's session report of the nodes below and store each missing session of a ServiceNow PIN as its post would have.",
    roles: adminOnly,
})

// The recovery job and Test Connection: the Rescue API token the report calls send as authcode.
export const reconcileApiToken = Property({
    $id: Now.ID['property-reconcile-api-token'],
    name: SETTINGS.reconcileApiToken.property,
    type: SETTINGS.reconcileApiToken.type,
    value: SETTINGS.reconcileApiToken.defaultValue,
    description:
        'Rescue API token for session reports (Admin Center > Global Settings > Generate API token; only a Master Administrator can generate it). Stored encrypted.',
    isPrivate: true, // an instance's own: see the note above
    roles: adminOnly,
})

// The recovery job: whose sessions to check; one node per run, each with its own window.
export const reconcileNodes = Property({
    $id: Now.ID['property-reconcile-nodes'],
    name: SETTINGS.reconcileNodes.property,
    type: SETTINGS.reconcileNodes.type,
    value: SETTINGS.reconcileNodes.defaultValue,
    description:
        'Comma-separated Rescue node IDs (digits) of the technician groups or technicians whose sessions to check (Admin Center: the ID of the group in the organisation tree). The job reports on one node per hourly run.',
    roles: adminOnly,
})
