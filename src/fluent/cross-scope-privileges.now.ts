import { CrossScopePrivilege } from '@servicenow/sdk/core'

// Everything outside its own scope that the app touches, declared rather than assumed. An admin sees
// these under the application's Cross scope privileges; docs/token-setup.md lists them.

// Token Setup reads the picked OAuth application registry entry: client id, client secret
// (password2, decrypted in memory only), type, active flag and refresh token lifespan.
CrossScopePrivilege({
    $id: Now.ID['cross-scope-read-oauth-entity'],
    operation: 'read',
    status: 'allowed',
    targetName: 'oauth_entity',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Test Connection names the settings to fix by their titles on the Settings page (the properties' descriptions);
// the shipped ATF proof that password2 properties read in clear (src/fluent/atf/platform-assumptions.now.ts)
// compares what gs.getProperty returns with the stored form of the app's own two password properties.
CrossScopePrivilege({
    $id: Now.ID['cross-scope-read-sys-properties'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_properties',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// The expiry warning finds who holds x_rescue_connect.admin: the role record...
CrossScopePrivilege({
    $id: Now.ID['cross-scope-read-sys-user-role'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user_role',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// ...the users granted it (directly or through a containing role)...
CrossScopePrivilege({
    $id: Now.ID['cross-scope-read-sys-user-has-role'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user_has_role',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// ...and whether each of them is still active, so inactive admins are not emailed. The session endpoint
// also reads users: the technician whose email is the Rescue SSO ID, the customer of a console session;
// and Generate Rescue PIN reads the incident caller's email for the customer email.
CrossScopePrivilege({
    $id: Now.ID['cross-scope-read-sys-user'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Generate Rescue PIN (src/server/platform/pin-records.ts) reads the incident or case as the agent
// (GlideRecordSecure: number, short description, active, the customer) and appends its work note;
// the privileges on task below do not stand in for the tables the code opens by name.
CrossScopePrivilege({
    $id: Now.ID['privilege-pin-incident-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'incident',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-pin-incident-write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'incident',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-pin-case-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sn_customerservice_case',
    targetScope: 'sn_customerservice',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-pin-case-write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sn_customerservice_case',
    targetScope: 'sn_customerservice',
    targetType: 'sys_db_object',
})

// The session endpoint (src/server/platform/session-store.ts) finds the task a tracking value names and
// writes its work note...
CrossScopePrivilege({
    $id: Now.ID['privilege-session-task-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'task',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-session-task-write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'task',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// ...and creates an incident or a case for a console-started session.
CrossScopePrivilege({
    $id: Now.ID['privilege-session-incident-create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'incident',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-session-case-create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sn_customerservice_case',
    targetScope: 'sn_customerservice',
    targetType: 'sys_db_object',
})

// Generate Rescue PIN reads a case contact's email (for the customer's join-link email).
CrossScopePrivilege({
    $id: Now.ID['privilege-session-contact-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'customer_contact',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// With x_rescue_connect.time_worked.record on, the session endpoint (src/server/platform/session-extras.ts) adds an
// ended session's work time as a Time Worked entry on its incident or case...
CrossScopePrivilege({
    $id: Now.ID['privilege-session-time-worked-create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'task_time_worked',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// ...and with x_rescue_connect.chat_log.attachment on, attaches the chat log to the session row (GlideSysAttachment
// writes a sys_attachment row) and deletes the shorter one a longer chat log replaces.
CrossScopePrivilege({
    $id: Now.ID['privilege-session-attachment-create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sys_attachment',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['privilege-session-attachment-delete'],
    operation: 'delete',
    status: 'allowed',
    targetName: 'sys_attachment',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Texts in a language other than the session's (work notes, emails to other people, Token Setup's journal) are
// read from the Message table (src/server/platform/messages.ts): the scoped GlideSystem's getMessage answers in
// the session's language only.
CrossScopePrivilege({
    $id: Now.ID['cross-scope-read-sys-ui-message'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_ui_message',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
