import { Acl } from '@servicenow/sdk/core'
import { adminRole, userRole } from './roles.now'

// Rescue sessions are as visible as the record they belong to; their raw posts are for integration admins.
// Read ACLs on one table are alternatives: integration admins pass the first and read every row (rows with no
// record included); an agent passes the second only for a row whose incident or case they can read themselves.
// Field ACLs then hide the raw posts, their fingerprints and the PIN's tracking value from everyone but admins, and
// query ACLs keep those fields out of anyone else's filters and sorts (blind queries, docs/session.md "Who sees what").
// The integration account (x_rescue_connect.integration) is in none of these: the session endpoint's scripts write
// with GlideRecord, so the role needs only the endpoint's own ACL (session-api.now.ts) — no table, field or
// attachment access through the Table API, the Attachment API or anything else.

Acl({
    $id: Now.ID['acl-session-read-all'],
    type: 'record',
    table: 'x_rescue_connect_session',
    operation: 'read',
    roles: [adminRole],
    description: 'Integration admins read every Rescue session, including those that belong to no record.',
})

// The record's own access decision (its ACLs, whatever the instance made them), asked through canRead on the
// record opened in its own class (incident, sn_customerservice_case): nothing of those rules is copied here.
// Costs two queries per row (the task, then the record) plus the record's own ACLs.
// It keeps the id (and the agent-role link) of 1.0's role-only read ACL, so an upgrade narrows that ACL in place:
// the app relies on no record deletion, which an installation from the repository may skip (author elective).
Acl({
    $id: Now.ID['acl-session-read'],
    type: 'record',
    table: 'x_rescue_connect_session',
    operation: 'read',
    roles: [userRole],
    script: `answer = (function (session) {
    var taskId = session.getValue('task');
    if (!taskId) return false;
    var task = session.task.getRefRecord();
    if (!task.isValidRecord()) return false;
    var record = new GlideRecord(task.getRecordClassName());
    return record.get(taskId) && record.canRead();
})(current);`,
    description: 'Agents read the Rescue sessions of the incidents and cases they can read; sessions with no record are not theirs.',
})

// Every post as received (chat log included), the fingerprints of processed posts, and the PIN's tracking value
// (which links a Rescue session to the record): read, filtered on and sorted by integration admins only. The query
// ACLs (query_match: =, !=, IN, empty checks; query_range: every other operator, and sorting) are the app's own, so
// no instance's default query rules are relied on: an agent's condition on these fields is not applied.
// https://www.servicenow.com/docs/r/yokohama/platform-security/access-control/query-acl-rule.html
const HIDDEN_FIELDS = {
    posts: 'the raw session posts (they carry the whole chat log)',
    post_hashes: 'the fingerprints of processed session posts',
    tracking_id: "the PIN's tracking value (it links a Rescue session to the record)",
} as const

Acl({
    $id: Now.ID['acl-session-posts-read'],
    type: 'record',
    table: 'x_rescue_connect_session',
    field: 'posts',
    operation: 'read',
    roles: [adminRole],
    description: `Only integration admins read ${HIDDEN_FIELDS.posts}.`,
})

Acl({
    $id: Now.ID['acl-session-post-hashes-read'],
    type: 'record',
    table: 'x_rescue_connect_session',
    field: 'post_hashes',
    operation: 'read',
    roles: [adminRole],
    description: `Only integration admins read ${HIDDEN_FIELDS.post_hashes}.`,
})

Acl({
    $id: Now.ID['acl-session-tracking-id-read'],
    type: 'record',
    table: 'x_rescue_connect_session',
    field: 'tracking_id',
    operation: 'read',
    roles: [adminRole],
    description: `Only integration admins read ${HIDDEN_FIELDS.tracking_id}.`,
})

Acl({
    $id: Now.ID['acl-session-posts-query-match'],
    type: 'record',
    table: 'x_rescue_connect_session',
    field: 'posts',
    operation: 'query_match',
    roles: [adminRole],
    description: `Only integration admins filter on ${HIDDEN_FIELDS.posts} (match operators).`,
})

Acl({
    $id: Now.ID['acl-session-posts-query-range'],
    type: 'record',
    table: 'x_rescue_connect_session',
    field: 'posts',
    operation: 'query_range',
    roles: [adminRole],
    description: `Only integration admins filter on or sort by ${HIDDEN_FIELDS.posts} (range operators).`,
})

Acl({
    $id: Now.ID['acl-session-post-hashes-query-match'],
    type: 'record',
    table: 'x_rescue_connect_session',
    field: 'post_hashes',
    operation: 'query_match',
    roles: [adminRole],
    description: `Only integration admins filter on ${HIDDEN_FIELDS.post_hashes} (match operators).`,
})

Acl({
    $id: Now.ID['acl-session-post-hashes-query-range'],
    type: 'record',
    table: 'x_rescue_connect_session',
    field: 'post_hashes',
    operation: 'query_range',
    roles: [adminRole],
    description: `Only integration admins filter on or sort by ${HIDDEN_FIELDS.post_hashes} (range operators).`,
})

Acl({
    $id: Now.ID['acl-session-tracking-id-query-match'],
    type: 'record',
    table: 'x_rescue_connect_session',
    field: 'tracking_id',
    operation: 'query_match',
    roles: [adminRole],
    description: `Only integration admins filter on ${HIDDEN_FIELDS.tracking_id} (match operators).`,
})

Acl({
    $id: Now.ID['acl-session-tracking-id-query-range'],
    type: 'record',
    table: 'x_rescue_connect_session',
    field: 'tracking_id',
    operation: 'query_range',
    roles: [adminRole],
    description: `Only integration admins filter on or sort by ${HIDDEN_FIELDS.tracking_id} (range operators).`,
})

// Files on a session row (the chat log kept as an attachment) are the raw posts' kin: Deny-Unless, evaluated before
// the platform's own attachment ACLs (which follow the parent record), and only for attachments of session rows.
Acl({
    $id: Now.ID['acl-session-attachment-read'],
    type: 'record',
    table: 'sys_attachment',
    operation: 'read',
    decisionType: 'deny',
    appliesTo: 'table_name=x_rescue_connect_session',
    roles: [adminRole],
    description: 'Attachments of Rescue sessions (chat logs) are for integration admins only.',
})

// Reports on session data (reports.now.ts, or any an admin creates): aggregate charts count every row whatever the
// rows' read ACLs say, so without this the fallback (the read ACLs' roles, scripts not run) would let every agent
// count sessions of records they may not open. Role-only, as report_view ACLs are.
Acl({
    $id: Now.ID['acl-session-report-view'],
    type: 'record',
    table: 'x_rescue_connect_session',
    operation: 'report_view',
    roles: [adminRole],
    description:
        'Only integration admins view reports on Rescue sessions: report charts count every session, whatever record it belongs to.',
})

Acl({
    $id: Now.ID['acl-session-write'],
    type: 'record',
    table: 'x_rescue_connect_session',
    operation: 'write',
    roles: [adminRole],
    description: 'Only integration admins write Rescue sessions.',
})

Acl({
    $id: Now.ID['acl-session-create'],
    type: 'record',
    table: 'x_rescue_connect_session',
    operation: 'create',
    roles: [adminRole],
    description: 'Only integration admins create Rescue sessions.',
})

Acl({
    $id: Now.ID['acl-session-delete'],
    type: 'record',
    table: 'x_rescue_connect_session',
    operation: 'delete',
    roles: [adminRole],
    description: 'Only integration admins delete Rescue sessions.',
})

// Token requests: the record of each Token Setup run; admins only (the runs themselves write through RescueCore).
Acl({
    $id: Now.ID['acl-token-request-read'],
    type: 'record',
    table: 'x_rescue_connect_token_request',
    operation: 'read',
    roles: [adminRole],
    description: 'Only integration admins read Token Setup runs.',
})

Acl({
    $id: Now.ID['acl-token-request-write'],
    type: 'record',
    table: 'x_rescue_connect_token_request',
    operation: 'write',
    roles: [adminRole],
    description: 'Only integration admins change Token Setup runs.',
})

Acl({
    $id: Now.ID['acl-token-request-create'],
    type: 'record',
    table: 'x_rescue_connect_token_request',
    operation: 'create',
    roles: [adminRole],
    description: 'Only integration admins create Token Setup runs.',
})

Acl({
    $id: Now.ID['acl-token-request-delete'],
    type: 'record',
    table: 'x_rescue_connect_token_request',
    operation: 'delete',
    roles: [adminRole],
    description: 'Only integration admins delete Token Setup runs.',
})
