import { Record, Test } from '@servicenow/sdk/core'
import { integrationRole } from '../roles.now'

// ATF for POST /api/x_rescue_connect/v1/rescue/sessiondetails. Tests 2 and 3 authenticate through the two
// Basic Auth profiles below (demo data, loaded only with "Load demo data"); before running them an admin
// sets a password on each demo user and the same password on its profile (docs/session.md, "ATF").
// No demo user holds the integration role: the test that posts as the integration account grants it for
// the test's duration (ATF deletes the grant afterwards), so a demo account never can post on its own.

const atfIntegrationUser = Record({
    $id: Now.ID['atf-user-integration'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user',
    data: {
        user_name: 'x_rescue_connect.atf.integration',
        first_name: 'Rescue ATF',
        last_name: 'Integration',
        web_service_access_only: true,
        active: true,
    },
})

Record({
    $id: Now.ID['atf-user-no-role'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user',
    data: {
        user_name: 'x_rescue_connect.atf.no_role',
        first_name: 'Rescue ATF',
        last_name: 'No Role',
        web_service_access_only: true,
        active: true,
    },
})

const integrationProfile = Record({
    $id: Now.ID['atf-auth-integration'],
    $meta: { installMethod: 'demo' },
    table: 'sys_auth_profile_basic',
    data: { name: 'LogMeIn Rescue ATF - integration account', username: 'x_rescue_connect.atf.integration' },
})

const noRoleProfile = Record({
    $id: Now.ID['atf-auth-no-role'],
    $meta: { installMethod: 'demo' },
    table: 'sys_auth_profile_basic',
    data: { name: 'LogMeIn Rescue ATF - user without the integration role', username: 'x_rescue_connect.atf.no_role' },
})

Test(
    { $id: Now.ID['atf-session-401'], name: 'LogMeIn Rescue: session endpoint answers 401 without credentials', failOnServerError: true },
    (atf) => {
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-session-401-send'],
            path: '/api/x_rescue_connect/v1/rescue/sessiondetails',
            method: 'post',
            auth: '',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            body: '{"SessionID":"atf-401"}',
        })
        atf.rest.assertStatusCode({
            $id: Now.ID['atf-session-401-status'],
            operation: 'equals',
            statusCode: 401,
        })
    }
)

Test(
    {
        $id: Now.ID['atf-session-403'],
        name: 'LogMeIn Rescue: session endpoint answers 403 without the integration role',
        failOnServerError: true,
    },
    (atf) => {
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-session-403-send'],
            path: '/api/x_rescue_connect/v1/rescue/sessiondetails',
            method: 'post',
            auth: 'basic',
            basicAuthentication: noRoleProfile,
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            body: '{"SessionID":"atf-403"}',
        })
        atf.rest.assertStatusCode({
            $id: Now.ID['atf-session-403-status'],
            operation: 'equals',
            statusCode: 403,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf-session-403-none-stored'],
            table: 'x_rescue_connect_session',
            fieldValues: 'rescue_session_id=atf-403',
            assert: 'no_records_match_query',
        })
    }
)

Test(
    { $id: Now.ID['atf-session-stores'], name: 'LogMeIn Rescue: session endpoint stores a valid post', failOnServerError: true },
    (atf) => {
        // The demo integration account gets its role for this test only; ATF rolls the grant back.
        atf.server.recordInsert({
            $id: Now.ID['atf-session-stores-grant'],
            table: 'sys_user_has_role',
            fieldValues: { user: atfIntegrationUser.$id, role: integrationRole.$id },
            enforceSecurity: false,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-session-stores-send'],
            path: '/api/x_rescue_connect/v1/rescue/sessiondetails',
            method: 'post',
            auth: 'basic',
            basicAuthentication: integrationProfile,
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            body: '{"SessionID":"atf-stores-1","TechName":"ATF","CField0":"ATF customer","Notes":""}',
        })
        atf.rest.assertStatusCode({
            $id: Now.ID['atf-session-stores-status'],
            operation: 'less_than',
            statusCode: 300,
        })
        const stored = atf.server.recordQuery({
            $id: Now.ID['atf-session-stores-query'],
            table: 'x_rescue_connect_session',
            fieldValues: 'rescue_session_id=atf-stores-1^state=started^customer_name=ATF customer',
        })
        // The inbound request ran in its own transaction, which ATF does not roll back: remove the row so the test can run again.
        atf.server.recordDelete({
            $id: Now.ID['atf-session-stores-cleanup'],
            table: 'x_rescue_connect_session',
            recordId: stored.first_record,
            enforceSecurity: false,
        })
    }
)
