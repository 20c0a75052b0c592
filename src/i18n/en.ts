// English, the base language: every sentence a person reads, under a stable key, and the labels of
// the app's records. The build turns each message into a sys_ui_message record with the key
// `x_rescue_connect.<key>` (scripts/generate-translations.mjs); code never holds these sentences
// itself, it names a key (src/shared/i18n.ts, src/client/shared/messages.ts). Translations
// live in ./languages/<language>.ts, one file per language with every key of this one.
// {0}, {1}, … are filled in by the app (values are data: never translated, never markup).

import { CLIENT_MESSAGES } from './en-client'

export type { ClientMessageKey } from './en-client'

export const MESSAGES = {
    ...CLIENT_MESSAGES,
    // ---- Generate Rescue PIN: what Rescue's answers mean for the agent ----
    'pin.rescue.error':
        'LogMeIn Rescue reported an unspecified error. Wait a minute and try again; if it keeps happening, ask your ServiceNow admin to check the LogMeIn Rescue service status.',
    'pin.rescue.invalid':
        'LogMeIn Rescue refused the single sign-on login for {0}. Ask your ServiceNow admin to check the company ID and SSO password in LogMeIn Rescue > Settings, and your Rescue admin that your technician SSO ID is {0}.',
    'pin.rescue.invalid_company':
        'LogMeIn Rescue does not accept the configured company ID. Ask your ServiceNow admin to check the company ID and SSO password in LogMeIn Rescue > Settings (the company ID is digits only).',
    'pin.rescue.invalid_sso_id':
        "LogMeIn Rescue has no technician with the SSO ID {0}. Ask your Rescue admin to set your technician's SSO ID to your ServiceNow email, {0}.",
    'pin.rescue.not_logged_in':
        'LogMeIn Rescue did not accept the login for {0}, even with a fresh one. Try again in a minute; if it keeps happening, ask your ServiceNow admin to run Test connection in LogMeIn Rescue > Settings.',
    'pin.rescue.not_technician':
        'Your LogMeIn Rescue account ({0}) is not a technician. Ask your Rescue admin to add it to a technician group.',
    'pin.rescue.console_not_running':
        'LogMeIn Rescue wants your Technician Console running. Open the Rescue Technician Console, log in, and try again.',
    'pin.rescue.out_of_pins':
        'LogMeIn Rescue has no PIN codes left for your account. Ask your Rescue admin to check the PIN code limits, or reuse a PIN you generated earlier.',
    'pin.rescue.poll_rate': 'LogMeIn Rescue allows one PIN per second per account. Wait a few seconds and try again.',
    'pin.rescue.user_disabled': 'Your LogMeIn Rescue technician account ({0}) is deleted or disabled. Ask your Rescue admin to enable it.',
    'pin.rescue.invalid_node':
        'LogMeIn Rescue could not place the session in a technician group for {0}. Ask your Rescue admin to check your technician group.',
    'pin.rescue.invalid_pin_format':
        'LogMeIn Rescue rejected the PIN request (INVALIDPINFORMAT). Try again; if it keeps happening, ask your ServiceNow admin to turn on API logging and check the system log.',
    'pin.rescue.unknown_answer':
        'LogMeIn Rescue answered "{0}", which this app does not know. Try again; if it keeps happening, give that answer to your ServiceNow admin.',
    'pin.rescue.unreadable_answer':
        'LogMeIn Rescue sent an answer this app cannot read. Try again; if it keeps happening, ask your ServiceNow admin to turn on API logging and check the system log.',
    'pin.rescue.http_error': 'LogMeIn Rescue is not working right now (HTTP {0}). Wait a few minutes and try again.',
    'pin.rescue.timeout':
        'LogMeIn Rescue did not answer within {0} seconds. Try again; if it keeps happening, ask your ServiceNow admin to check the connection to {1}.',
    'pin.rescue.unreachable':
        "The instance could not reach LogMeIn Rescue at {0}. Ask your ServiceNow admin to check the instance's outbound connection and the region settings.",

    // ---- Generate Rescue PIN: what the instance refuses before Rescue is asked ----
    'pin.error.no_role': 'You need the role x_rescue_connect.user to generate LogMeIn Rescue PINs. Ask your ServiceNow admin to grant it.',
    'pin.error.disabled':
        'The LogMeIn Rescue integration is turned off. Ask your ServiceNow admin to turn it on in LogMeIn Rescue > Settings.',
    'pin.error.bad_request': 'The request did not name a record. Reload the form and try again.',
    'pin.error.table_not_supported':
        'Rescue PINs cannot be generated from this kind of record here. Ask your ServiceNow admin to add its table to {0} if you need it.',
    'pin.error.table_not_installed':
        'Cases need the Customer Service Management plugin, which is not installed on this instance. Generate the PIN from an incident, or ask your ServiceNow admin to install the plugin.',
    'pin.error.record_not_found': 'The record was not found or you cannot read it. Save the record, reload it, and try again.',
    'pin.error.record_inactive': 'This record is closed. Reopen it, or generate the PIN from an active record.',
    'pin.error.record_read_only':
        'You can read this record but not change it or add work notes to it, and a PIN writes on it. Ask your ServiceNow admin or the assignment group for write access.',
    'pin.error.email_not_unique':
        'Your email address, {0}, belongs to more than one active ServiceNow user, so LogMeIn Rescue cannot tell which technician you are. Ask your ServiceNow admin to give each user their own email address, then try again.',
    'pin.error.no_email':
        'Your ServiceNow user has no email address, and your email is your LogMeIn Rescue SSO ID. Add your email to your user profile (or ask your ServiceNow admin), then try again.',
    'pin.error.save_failed':
        'LogMeIn Rescue issued a PIN but the instance could not record it. Try again; if it keeps happening, ask your ServiceNow admin to check the system log.',
    'pin.error.internal':
        'Something went wrong while generating the PIN. Try again; if it keeps happening, ask your ServiceNow admin to check the system log (source x_rescue_connect).',
    'pin.error.button_off_incidents':
        'Generating Rescue PINs from incidents is turned off ({0}). Ask your ServiceNow admin if you need it.',
    'pin.error.button_off_cases': 'Generating Rescue PINs from cases is turned off ({0}). Ask your ServiceNow admin if you need it.',
    'pin.error.settings_incomplete':
        'LogMeIn Rescue is not set up yet. Ask your ServiceNow admin to fill in {0} in LogMeIn Rescue > Settings.',
    'pin.error.settings_invalid': 'Ask your ServiceNow admin to fix LogMeIn Rescue > Settings: {0}',
    'pin.error.no_caller':
        'This incident has no caller, so Rescue would not know whom the PIN is for. Fill in caller, save, and try again.',
    'pin.error.no_contact': 'This case has no contact, so Rescue would not know whom the PIN is for. Fill in contact, save, and try again.',
    'pin.error.no_customer_incident':
        'This incident has no customer (field {0}), so Rescue would not know whom the PIN is for. Fill in customer (field {0}), save, and try again.',
    'pin.error.no_customer_case':
        'This case has no customer (field {0}), so Rescue would not know whom the PIN is for. Fill in customer (field {0}), save, and try again.',
    'pin.error.technician_email_not_unique':
        "The technician's email address, {0}, belongs to more than one active ServiceNow user, so LogMeIn Rescue cannot tell which technician it is. Ask your ServiceNow admin to give each user their own email address.",
    'pin.error.technician_no_email':
        "The technician {0} has no email address, and a technician's email is their LogMeIn Rescue SSO ID. Add it to their user profile, then try again.",
    'pin.error.technician_no_role':
        'The technician {0} does not have the role x_rescue_connect.user, so no PIN can be generated for them. Ask your ServiceNow admin to grant it.',
    'pin.error.technician_unknown': 'The technician is not an active ServiceNow user. Pass an active user as the technician.',
    'pin.error.runner_cannot_write':
        'The user this request runs as cannot edit this record, and a PIN adds a work note to it. Ask your ServiceNow admin to run the flow or script as a user who may edit the record.',
    'pin.error.no_customer_record':
        'This record has no customer (field {0}), so Rescue would not know whom the PIN is for. Fill in customer (field {0}), save, and try again.',
    'pin.error.table_not_task':
        'The table {0} (listed in {1}) is not installed on this instance or is not a task table, so no PIN can be generated from it. Ask your ServiceNow admin to correct {1}.',

    // ---- Generate Rescue PIN: the answer, the modal and the work note ----
    'pin.success.tell_customer':
        'Tell the customer: go to www.LogMeIn123.com and enter PIN {0} (or open the join link), then accept the download and wait for the technician.',
    'pin.success.reused':
        'You got this PIN for this record at {0} and it has not been used yet, so it is shown again: no new PIN, no new work note.',
    'pin.success.customer_emailed': 'The customer was also emailed the link and the PIN.',
    'pin.success.customer_email_missing': 'The customer has no email address, so nothing was emailed to them.',
    'pin.success.work_note_missing': 'The work note could not be added to the record, so note the PIN there yourself if you need it.',
    'pin.work_note': 'Rescue PIN {0} generated by {1} for {2}.',
    'pin.work_note_no_customer': 'Rescue PIN {0} generated by {1}.',
    'pin.modal.title': 'LogMeIn Rescue PIN',
    'pin.modal.pin_for_customer': 'Rescue PIN for the customer:',
    'pin.modal.pin_aria': 'PIN',
    'pin.modal.copy': 'Copy PIN',
    'pin.modal.copied': 'Copied.',
    'pin.modal.copy_failed': 'Select the PIN and press Ctrl+C to copy it.',
    'pin.modal.join_link': 'Customer join link: {0}',
    'pin.modal.info_fallback': 'Rescue PIN {0}. {1}',

    // ---- Settings: each problem names the property (and never echoes a secret) ----
    'config.must_be_boolean': 'Property {0} must be true or false.',
    'config.must_be_choice': 'Property {0} must be one of {1}.',
    'config.must_be_field': 'Property {0} must be a field name such as {1}.',
    'config.must_be_digits': 'Property {0} must contain only digits (the Rescue company ID).',
    'config.must_be_timeout': 'Property {0} must be a whole number of milliseconds from {1} to {2}.',
    'config.must_be_minutes': 'Property {0} must be a whole number of minutes from {1} to {2}.',
    'config.must_be_path': 'Property {0} must be a path on the Rescue host such as {1}.',
    'config.must_be_language': 'Property {0} must be a language code such as nl or de (or empty for the instance language).',
    'config.not_a_field': 'Property {0} must name a field of {1}.',
    'config.must_be_customer_fields':
        'Property {0} must be a comma-separated list of table=field pairs such as problem=opened_by, one per table.',
    'config.must_be_tables': 'Property {0} must be a comma-separated list of table names such as incident,problem.',
    'list.two': '{0} and {1}',
    'list.sentences': '{0} {1}',

    // ---- The admin pages' own texts (their markup holds none; src/server/core/admin-pages.ts) ----
    'page.test.title': 'LogMeIn Rescue: Test Connection',
    'page.test.intro':
        'Checks the company ID and SSO password in LogMeIn Rescue > Settings by signing in to Rescue with your own SSO ID (your ServiceNow email).',
    'page.test.run': 'Test connection',
    'page.test.asking': 'Asking LogMeIn Rescue…',
    'page.token.title': 'LogMeIn Rescue Token Setup',
    'page.token.intro':
        "Token Setup signs the service account from LogMeIn Rescue > Settings in to this instance with the OAuth application registry entry you pick, and sends the refresh token, the instance name, the company ID and the entry's client ID and secret over HTTPS to Rescue's hosted connector of your region. Only entries created in the {0} application scope are offered. Each run is recorded as a Rescue Token Request; no secret is stored on it.",
    'page.token.application': 'OAuth application',
    'page.token.run': 'Run Token Setup',
    'page.token.running': 'Running Token Setup: signing the service account in and sending the token to Rescue…',
    'page.token.open_request': 'Open the token request, which lists every step',
    // ---- Test connection ----
    'connection.ok': 'Connected: LogMeIn Rescue at {0} accepted the company ID and SSO password for {1}.',
    'connection.not_admin': 'Only LogMeIn Rescue admins (role x_rescue_connect.admin) can test the connection.',
    'connection.table_ignored': 'Ignored: {0} is listed in {1} but is not installed here or is not a task table.',
    // Test Connection's outcomes, for the admin on that page: what happened, then the next step.
    'connection.failed_disabled': 'Not tested: the integration is turned off ({0}).',
    'connection.failed_settings': 'Not tested: these settings have values the app cannot use.',
    'connection.setting_problem': '{0}: {1}',
    'connection.failed_missing': 'Not tested: these settings are empty.',
    'connection.setting_missing': '{0} ({1})',
    'connection.next.not_admin': 'Next: if you configure this integration, ask a ServiceNow admin to grant you x_rescue_connect.admin.',
    'connection.failed_no_email':
        'Not tested: your user has no email address, and Test Connection signs in to LogMeIn Rescue with it as your SSO ID.',
    'connection.failed_email_shared':
        'Not tested: your email address {0} belongs to more than one active user, so LogMeIn Rescue cannot tell which technician you are.',
    'connection.failed_internal': 'Not tested: something went wrong in the app.',
    'connection.failed_login': 'Not connected: LogMeIn Rescue at {0} refused the company ID and SSO password.',
    'connection.failed_technician': 'Not connected: LogMeIn Rescue at {0} accepted the company, but not {1} as a technician ({2}).',
    'connection.failed_network': 'Not connected: the instance got no answer from LogMeIn Rescue at {0} ({1}).',
    'connection.failed_other': 'Not connected: LogMeIn Rescue at {0} answered "{1}", which the app did not expect.',
    'connection.next.ok':
        "Next: agents can generate PINs now. So that session details reach this instance, set each technician group's Post to URL to its session endpoint (or run Token Setup if you use the hosted connector).",
    'connection.next.disabled': 'Next: turn the integration on in LogMeIn Rescue > Settings, save, and run Test Connection again.',
    'connection.next.settings': 'Next: correct these settings in LogMeIn Rescue > Settings, save, and run Test Connection again.',
    'connection.next.missing': 'Next: fill in these settings in LogMeIn Rescue > Settings, save, and run Test Connection again.',
    'connection.next.no_email': 'Next: add your email address to your user profile, then run Test Connection again.',
    'connection.next.email_shared': 'Next: give each user their own email address, then run Test Connection again.',
    'connection.next.login':
        'Next: copy the company ID and SSO password from Rescue Admin Center > Global Settings > Single Sign-On into LogMeIn Rescue > Settings, save, and run Test Connection again.',
    'connection.next.technician':
        "Next: in Rescue Admin Center, set an active technician's single sign-on ID to {0} (your email), or run Test Connection as an admin whose email is a technician's SSO ID.",
    'connection.next.network':
        "Next: check the instance's outbound HTTPS connection to {0} (firewall, proxy) and the region settings (EU, Enterprise) in LogMeIn Rescue > Settings, then run Test Connection again.",
    'connection.next.system_log':
        'Next: turn on API logging in LogMeIn Rescue > Settings, run Test Connection again, and read the system log (source x_rescue_connect).',

    // ---- Session work notes (in x_rescue_connect.work_notes.language) ----
    'note.started': 'LogMeIn Rescue session {0} started by {1}.',
    'note.started_with_customer': 'LogMeIn Rescue session {0} started by {1} with {2}.',
    'note.ended': 'LogMeIn Rescue session {0} ended (technician {1}).',
    'note.ended_at': 'LogMeIn Rescue session {0} ended {1} (technician {2}).',
    'note.ended_work_time': 'LogMeIn Rescue session {0} ended, work time {1} (technician {2}).',
    'note.ended_at_work_time': 'LogMeIn Rescue session {0} ended {1}, work time {2} (technician {3}).',
    // Where the technician's name stands alone ("started by …").
    'note.unknown_technician': 'an unknown technician',
    // Inside "(technician …)" and the Time Worked comment's "technician …".
    'note.technician_unknown': 'unknown',
    'note.line': '{0}: {1}',
    'note.line_multiline': '{0}:\n{1}',
    'note.unnamed_field': '(unnamed)',
    'note.minutes': '{0} min',
    'note.seconds': '{0} s',
    'note.minutes_seconds': '{0} min {1} s',
    'note.hours': '{0} h',
    'note.hours_minutes': '{0} h {1} min',
    'note.size_bytes': '{0} B',
    'note.size_kb': '{0}.{1} KB',
    'note.size_mb': '{0}.{1} MB',
    'note.size_gb': '{0}.{1} GB',
    'note.variable.SessionID': 'Session ID',
    'note.variable.TechName': 'Technician',
    'note.variable.TechEmail': 'Technician email',
    'note.variable.TechSSOID': 'Technician SSO ID',
    'note.variable.TechID': 'Technician ID',
    'note.variable.TechDescr': 'Technician description',
    'note.variable.CField0': 'Customer name',
    'note.variable.CField1': 'Custom field 1',
    'note.variable.CField2': 'Custom field 2',
    'note.variable.CField3': 'Custom field 3',
    'note.variable.CField4': 'Custom field 4',
    'note.variable.CField5': 'Custom field 5',
    'note.variable.Tracking0': 'Tracking',
    'note.variable.Platform': 'Platform',
    'note.variable.WaitingTime': 'Waiting time',
    'note.variable.PickupTime': 'Picked up',
    'note.variable.WorkTime': 'Work time',
    'note.variable.ClosingTime': 'Closed',
    'note.variable.LastActionTime': 'Last action',
    'note.variable.Transmitted': 'Transmitted',
    'note.variable.Notes': 'Technician notes',
    'note.variable.ChatLog': 'Chat log',
    // Where a note would carry the chat log and x_rescue_connect.chat_log.attachment keeps it as a file instead.
    'note.chat_log_attachment_one_line': '{0}: 1 line, in the attachment {1} of the Rescue Session record.',
    'note.chat_log_attachment': '{0}: {1} lines, in the attachment {2} of the Rescue Session record.',

    // ---- The Time Worked entry's comment (x_rescue_connect.time_worked.record; work-notes language) ----
    'time_worked.comment': 'LogMeIn Rescue session {0}, technician {1}.',
    'time_worked.technician_with_address': '{0} ({1})',
    'time_worked.no_address': 'Rescue sent no SSO ID or email for the technician, so this entry names no ServiceNow user.',
    'time_worked.several_users': 'More than one active ServiceNow user has the email {0}, so this entry names none of them.',
    'time_worked.no_user': 'No active ServiceNow user has the email {0}, so this entry names no user.',

    // ---- Records created for sessions started in the Technician Console (work-notes language) ----
    'console.short_description': 'LogMeIn Rescue session {0} (Technician Console)',
    'console.description':
        'Created by the LogMeIn Rescue integration for session {0}, which {1} started from the Rescue Technician Console (no PIN from ServiceNow). Session details are in the work notes.',
    'console.a_technician': 'a technician',
    'console.given_by_customer': 'Given by the customer in LogMeIn Rescue (not verified):',
    'console.not_shown': '{0}: ({1} characters, not shown here; the Rescue Session record keeps them)',

    // ---- PIN emails (in the recipient's language); {n} may be markup the app builds (a link, the PIN) ----
    'email.technician.subject': 'LogMeIn Rescue PIN {0}',
    'email.technician.generated': 'You generated LogMeIn Rescue PIN {0} for {1} ({2}: {3}).',
    'email.technician.join':
        'The customer joins at {0} or by entering the PIN at www.LogMeIn123.com. The session then waits for you in the Rescue Technician Console.',
    'email.customer.subject': 'Your remote support session',
    'email.customer.greeting': 'Hello {0},',
    'email.customer.intro': '{0} would like to connect to your computer to help you.',
    'email.customer.open_link': 'Open {0} and follow the instructions, or go to www.LogMeIn123.com and enter this PIN:',
    'email.customer.ignore': 'If you did not ask for support, ignore this email.',

    // ---- Token Setup (admins); the steps are journal entries on the token request ----
    'token.inactive_entry': '{0} (inactive)',
    'token.no_external_clients':
        'No OAuth API endpoint for external clients exists in the {0} application scope ({1}). With the application picker set to {0}, create one under System OAuth > Application Registry > New > "Create an OAuth API endpoint for external clients", then reload this page.',
    'token.configured_entry_missing':
        'No OAuth API endpoint for external clients has the name in setting {0}; pick one below or correct the setting.',
    'token.missing_company_id': 'Enter the Rescue company ID ({0}) in LogMeIn Rescue > Settings; the connector files the token under it.',
    'token.missing_username':
        "Enter the service account's user ID ({0}) in LogMeIn Rescue > Settings; the token is issued for that account.",
    'token.missing_password': "Enter the service account's password ({0}) in LogMeIn Rescue > Settings; Token Setup signs in with it once.",
    'token.entry_gone':
        'The OAuth application registry entry you picked does not exist in the {0} application scope. With the application picker set to {0}, create one under System OAuth > Application Registry > New > "Create an OAuth API endpoint for external clients", then pick it on the Token Setup form.',
    'token.entry_not_named':
        'No OAuth application registry entry has the name in setting {0}. With the application picker set to {1}, create one under System OAuth > Application Registry > New > "Create an OAuth API endpoint for external clients", or correct the name in LogMeIn Rescue > Settings.',
    'token.entry_wrong_type':
        'The OAuth application registry entry "{0}" is of type "{1}", not an OAuth API endpoint for external clients, so the instance will not issue tokens for it. With the application picker set to {2}, create one under System OAuth > Application Registry > New > "Create an OAuth API endpoint for external clients", then pick it.',
    'token.entry_type_none': 'none',
    'token.entry_inactive':
        'The OAuth application registry entry "{0}" is inactive. Open it under System OAuth > Application Registry, tick Active, and run Token Setup again.',
    'token.entry_no_client':
        'The OAuth application registry entry "{0}" has no client ID or client secret. Open it under System OAuth > Application Registry, save it so the platform generates both, and run Token Setup again.',
    'token.grant_timeout':
        "The instance's OAuth token endpoint {0} did not answer within {1} ms. Try again; if it keeps happening, raise {2}.",
    'token.grant_unreachable':
        "The instance's OAuth token endpoint {0} could not be reached ({1}). Check that the OAuth 2.0 plugin is active and that the instance may call its own URL.",
    'token.grant_not_oauth':
        "The instance's OAuth token endpoint {0} answered with something that is not an OAuth token response. Check that the OAuth 2.0 plugin is active.",
    'token.grant_no_refresh_token':
        'The instance issued no refresh token for "{0}". Give the registry entry a refresh token lifespan greater than 0 and run Token Setup again.',
    'token.grant_invalid_client':
        'The instance refused the client ID and secret of the OAuth application registry entry "{0}". Open the entry, save it with a new client secret if needed, and run Token Setup again.',
    'token.grant_refused':
        'The instance refused to sign in the service account "{0}" (HTTP {1}). Correct the password in {2}, and check that the account is active, not locked out, and allowed to use web services.',
    'token.grant_refused_with_error':
        'The instance refused to sign in the service account "{0}" (HTTP {1}, {2}). Correct the password in {3}, and check that the account is active, not locked out, and allowed to use web services.',
    'token.grant_http_error':
        "The instance's OAuth token endpoint {0} answered HTTP {1}. Check that the OAuth 2.0 plugin is active, then try again.",
    'token.connector_timeout': "Rescue's connector at {0} did not answer within {1} ms. Try again later; if it keeps happening, raise {2}.",
    'token.connector_unreachable':
        "Rescue's connector at {0} could not be reached ({1}). Check that the instance may call https://{0} (firewall, proxy, MID server rules).",
    'token.region_redirect':
        'Region mismatch: your Rescue company is served by the {0} data centre ({1}), but the settings choose {2} ({3}). Set {4} to match your Rescue account and run Token Setup again.',
    'token.region_unknown_company':
        "Region mismatch: Rescue's connector at {0} ({1} data centre) does not know company {2} (HTTP {3}). If your Rescue account is on another data centre, set {4} to match it; if LogMeIn gave you another connector path, set {5}.",
    'token.region_unknown_company_said':
        "Region mismatch: Rescue's connector at {0} ({1} data centre) does not know company {2} (HTTP {3}: {4}). If your Rescue account is on another data centre, set {5} to match it; if LogMeIn gave you another connector path, set {6}.",
    'token.connector_rejected':
        "Rescue's connector at {0} rejected the token (HTTP {1}). Check the Rescue company ID in {2} and that LogMeIn has enabled the ServiceNow connector for your company, then run Token Setup again.",
    'token.connector_rejected_said':
        "Rescue's connector at {0} rejected the token (HTTP {1}: {2}). Check the Rescue company ID in {3} and that LogMeIn has enabled the ServiceNow connector for your company, then run Token Setup again.",
    'token.connector_http_error':
        "Rescue's connector at {0} answered HTTP {1}. Try again later; if it keeps happening, contact LogMeIn support and quote this token request's journal.",
    'token.connector_http_error_said':
        "Rescue's connector at {0} answered HTTP {1}: {2}. Try again later; if it keeps happening, contact LogMeIn support and quote this token request's journal.",
    'token.region.global': 'global',
    'token.region.eu': 'EU',
    'token.region.enterprise': 'Enterprise',
    'token.nothing_picked':
        'No OAuth application registry entry was picked and {0} is empty. Pick one on the Token Setup form, or name it in LogMeIn Rescue > Settings.',
    'token.step_read_entry':
        'Read the OAuth application registry entry "{0}" (an OAuth API endpoint for external clients; its refresh tokens live {1} days).',
    'token.step_read_entry_default':
        'Read the OAuth application registry entry "{0}" (an OAuth API endpoint for external clients; its refresh tokens live the platform default of {1} days, as the entry gives no lifespan).',
    'token.step_token_issued': 'The instance\'s OAuth token endpoint issued a refresh token for the service account "{0}".',
    'token.step_sent':
        'Sent the refresh token, the instance name "{0}", the company ID and the entry\'s client ID and secret to Rescue\'s connector at {1}; it accepted them (HTTP {2}).',
    'token.succeeded':
        'Token Setup succeeded: Rescue\'s connector now reaches this instance as "{0}". The refresh token expires on {1}; admins are emailed daily from {2} days before until Token Setup runs again.',
    'token.settings_invalid': 'Token Setup cannot run until the settings are fixed: {0}',
    'token.not_admin': 'Only LogMeIn Rescue admins (role x_rescue_connect.admin) can run Token Setup.',
    'token.last_success': 'The last successful Token Setup sent a refresh token that expires on {0}.',
    'token.never_succeeded': 'Token Setup has not succeeded on this instance yet.',
    'token.expiry_no_admin_expires':
        'The refresh token expires on {0}, but no active user holds x_rescue_connect.admin, so no one was emailed.',
    'token.expiry_no_admin_expired':
        'The refresh token expired on {0}, but no active user holds x_rescue_connect.admin, so no one was emailed.',
    'token.expiry_one_admin_expired':
        "Emailed 1 admin: the refresh token expired on {0}; Rescue's connector can no longer post until Token Setup runs again.",
    'token.expiry_admins_expired':
        "Emailed {0} admins: the refresh token expired on {1}; Rescue's connector can no longer post until Token Setup runs again.",
    'token.expiry_one_admin_one_day': 'Emailed 1 admin: the refresh token expires on {0}, in 1 day.',
    'token.expiry_one_admin_days': 'Emailed 1 admin: the refresh token expires on {0}, in {1} days.',
    'token.expiry_admins_one_day': 'Emailed {0} admins: the refresh token expires on {1}, in 1 day.',
    'token.expiry_admins_days': 'Emailed {0} admins: the refresh token expires on {1}, in {2} days.',

    // ---- Token expiry email (in each admin's language) ----
    'email.token.subject': 'LogMeIn Rescue: run Token Setup again, the connector token expires {0}',
    'email.token.expires':
        "The OAuth refresh token that LogMeIn Rescue's hosted connector uses to reach this instance expires on {0} (days left: {1}).",
    'email.token.after': 'After it expires, Rescue can no longer post session details to ServiceNow through the connector.',
    'email.token.action': 'Open {0} and run it again. You will get this reminder once a day until a new Token Setup succeeds.',
    'email.token.menu_path': 'LogMeIn Rescue > Token Setup',

    // ---- Session recovery from Rescue's session report (x_rescue_connect.reconcile.*) ----
    'note.from_report': "The data of this session comes from LogMeIn Rescue's session report, because the session's post did not arrive.",
    'recovery.settings.no_token': 'Session recovery needs a Rescue API token in {0}.',
    'recovery.settings.bad_nodes': 'Session recovery needs one or more Rescue node IDs (digits, separated by commas) in {0}.',
    'recovery.token.ok': 'The API token works: LogMeIn Rescue at {0} accepted it for session reports.',
    'recovery.token.no_settings': 'The API token was not tested: session recovery is on, but {0} or {1} is empty or invalid.',
    'recovery.token.refused':
        'The API token does not work: LogMeIn Rescue at {0} refused it ({1}). Generate a new API token in the Rescue Admin Center (a Master Administrator can) and save it in LogMeIn Rescue > Settings.',
    'recovery.token.unreachable': 'The API token could not be tested: LogMeIn Rescue at {0} did not answer ({1}).',
    'recovery.token.unreadable': 'The API token could not be tested: LogMeIn Rescue at {0} answered {1}, which this app does not know.',
    'recovery.run.never': 'Session recovery has not run yet.',
    'recovery.run.failed': 'Last recovery run: {0}, node {1}, failed ({2}); no session was recovered.',
    'recovery.run.done': 'Last recovery run: {0}, node {1}. Report rows read: {2}; sessions recovered: {3}; errors: {4}.',
    'email.missing.subject': 'LogMeIn Rescue: session posts did not arrive ({0})',
    'email.missing.count':
        'Sessions of PINs generated in ServiceNow ended more than an hour ago, but LogMeIn Rescue never posted their data: {0}. The app recovered them from the session report.',
    'email.missing.check_post_url':
        'Check the Post-to-URL settings of each technician group in the Rescue Admin Center: the URL for session start and end, and the ServiceNow user and password it posts with.',
    'email.missing.check_token':
        "If Rescue posts through its hosted connector, check that the connector's token is still valid (LogMeIn Rescue > Token Setup).",
} as const

export type MessageKey = keyof typeof MESSAGES

// Labels the platform translates through its own tables (field labels in sys_documentation, choices in
// sys_choice, translated_field values in sys_translated). The Fluent files take their English from here.
export const LABELS = {
    tables: {
        x_rescue_connect_session: {
            label: 'Rescue Session',
            plural: 'Rescue Sessions',
            columns: {
                task: 'Task',
                pin: 'PIN',
                tracking_id: 'Tracking value',
                rescue_session_id: 'Rescue session ID',
                technician: 'Technician',
                tech_id: 'Rescue technician ID',
                tech_sso_id: 'Technician SSO ID',
                tech_name: 'Technician name',
                tech_email: 'Technician email',
                customer_name: 'Customer name',
                state: 'State',
                source: 'Source',
                waiting_time: 'Waiting time (s)',
                work_time: 'Work time (s)',
                waiting_duration: 'Waiting time',
                work_duration: 'Work time',
                pickup_time: 'Picked up',
                closing_time: 'Closed',
                last_action_time: 'Last action',
                transmitted_bytes: 'Bytes transmitted',
                platform: 'Platform',
                last_post_received: 'Last post received',
                recovery: 'Recovered from report',
                recovered_at: 'Recovered on',
                time_worked_entry: 'Time Worked entry',
                chat_log_attachment: 'Chat log attachment',
                chat_log_chars: 'Chat log length (characters)',
                chat_log_lines: 'Chat log lines',
                post_hashes: 'Processed post fingerprints',
                posts: 'Received posts (JSON)',
            },
            choices: {
                state: { pin_issued: 'PIN issued', started: 'Started', ended: 'Ended', failed: 'Failed', expired: 'Expired' },
                source: { servicenow: 'ServiceNow', console: 'Technician Console' },
                recovery: { recovered: 'Recovered from the session report', posted_late: 'Recovered, then posted late' },
            },
        },
        x_rescue_connect_token_request: {
            label: 'Rescue Token Request',
            plural: 'Rescue Token Requests',
            columns: {
                state: 'State',
                oauth_application: 'OAuth application',
                region: 'Region',
                connector_host: 'Connector host',
                expires_on: 'Refresh token expires on',
                last_warning_sent: 'Last expiry warning sent',
                message: 'Message',
                steps: 'Steps',
            },
            choices: {
                state: { new: 'New', running: 'Running', succeeded: 'Succeeded', failed: 'Failed' },
                region: { global: 'Global', eu: 'EU', enterprise: 'Enterprise' },
            },
        },
        x_rescue_connect_recovery_run: {
            label: 'Rescue Recovery Run',
            plural: 'Rescue Recovery Runs',
            columns: {
                node: 'Rescue node',
                state: 'State',
                window_start: 'Window start',
                window_end: 'Window end',
                report_called_at: 'Report requested',
                finished: 'Finished',
                rows_read: 'Report rows read',
                sessions_recovered: 'Sessions recovered',
                errors: 'Errors',
                failure: 'Failure',
                missing_email_sent: 'Missing-posts email sent',
            },
            choices: {
                state: { running: 'Running', succeeded: 'Succeeded', failed: 'Failed' },
            },
        },
    },
    // translated_field values: [table, field] and the English value (sys_translated matches on it).
    fields: {
        menu_title: { table: 'sys_app_application', field: 'title', value: 'LogMeIn Rescue' },
        menu_hint: { table: 'sys_app_application', field: 'hint', value: 'LogMeIn Rescue remote support integration' },
        module_settings: { table: 'sys_app_module', field: 'title', value: 'Settings' },
        module_settings_hint: {
            table: 'sys_app_module',
            field: 'hint',
            value: 'Company ID, SSO password, buttons, work notes and email settings',
        },
        module_sessions: { table: 'sys_app_module', field: 'title', value: 'Sessions' },
        module_sessions_hint: { table: 'sys_app_module', field: 'hint', value: 'PINs issued and sessions reported by LogMeIn Rescue' },
        module_test_connection: { table: 'sys_app_module', field: 'title', value: 'Test Connection' },
        module_test_connection_hint: {
            table: 'sys_app_module',
            field: 'hint',
            value: 'Check the company ID and SSO password against LogMeIn Rescue',
        },
        module_reports: { table: 'sys_app_module', field: 'title', value: 'Reports' },
        module_reports_hint: {
            table: 'sys_app_module',
            field: 'hint',
            value: 'Sessions per week, work time per technician, waiting time before pick-up, sessions by platform',
        },
        module_token_setup: { table: 'sys_app_module', field: 'title', value: 'Token Setup' },
        module_token_setup_hint: {
            table: 'sys_app_module',
            field: 'hint',
            value: "Connect the instance to Rescue's hosted connector (OAuth refresh token)",
        },
        ui_action_name: { table: 'sys_ui_action', field: 'name', value: 'Generate Rescue PIN' },
        ui_action_hint: { table: 'sys_ui_action', field: 'hint', value: 'Get a LogMeIn Rescue PIN for the customer of this record' },
        settings_title: { table: 'sys_properties_category', field: 'title', value: 'LogMeIn Rescue Settings' },
    },
} as const
