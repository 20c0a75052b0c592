import { Acl, RestApi } from '@servicenow/sdk/core'
import { adminRole, integrationRole } from './roles.now'

// Only the integration account (and admins, for testing) may call the session endpoint.
export const sessionDetailsAcl = Acl({
    $id: Now.ID['acl-rest-session-details'],
    type: 'rest_endpoint',
    name: 'x_rescue_connect/rescue/sessiondetails',
    operation: 'execute',
    roles: [integrationRole, adminRole],
    description: 'LogMeIn Rescue posts session details with the integration account; admins may post to test.',
})

// POST /api/x_rescue_connect/v1/rescue/sessiondetails — where Rescue's "Post session details to URL" points
// (session start and session end). The logic is RescueCore.receiveSessionDetails (src/server/platform/session-endpoint.ts).
export const sessionApi = RestApi({
    $id: Now.ID['rest-rescue'],
    name: 'LogMeIn Rescue',
    serviceId: 'rescue',
    shortDescription: 'Receives LogMeIn Rescue session details (Post-to-URL at session start and end).',
    consumes: 'application/json,application/xml,text/xml,application/x-www-form-urlencoded',
    produces: 'application/json',
    versions: [{ $id: Now.ID['rest-rescue-v1'], version: 1, isDefault: true }],
    routes: [
        {
            $id: Now.ID['rest-rescue-session-details'],
            name: 'sessiondetails',
            method: 'POST',
            path: '/sessiondetails',
            version: 1,
            authentication: true,
            authorization: true,
            enforceAcl: [sessionDetailsAcl],
            consumes: 'application/json,application/xml,text/xml,application/x-www-form-urlencoded',
            produces: 'application/json',
            shortDescription: 'Session start or end data from LogMeIn Rescue (JSON, HTML form or XML).',
            requestExample: '{"SessionID":"512345678","TechSSOID":"jane.doe@example.com","Tracking0":"<task sys_id>","Notes":""}',
            script: `(function process(request, response) {
    x_rescue_connect.RescueCore.receiveSessionDetails(request, response);
})(request, response);`,
        },
    ],
})
