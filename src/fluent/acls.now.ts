import { Acl } from '@servicenow/sdk/core'
import { adminRole, integrationRole, userRole } from './roles.now'

// Agents read sessions; admins and the integration account maintain them; nobody else touches them.
Acl({
    $id: Now.ID['acl-session-read'],
    type: 'record',
    table: 'x_rescue_connect_session',
    operation: 'read',
    roles: [userRole, integrationRole],
    description: 'Agents (and admins, who contain the agent role) and the integration account read Rescue sessions.',
})

Acl({
    $id: Now.ID['acl-session-write'],
    type: 'record',
    table: 'x_rescue_connect_session',
    operation: 'write',
    roles: [adminRole, integrationRole],
    description: 'Only integration admins and the integration account write Rescue sessions.',
})

Acl({
    $id: Now.ID['acl-session-create'],
    type: 'record',
    table: 'x_rescue_connect_session',
    operation: 'create',
    roles: [adminRole, integrationRole],
    description: 'Only integration admins and the integration account create Rescue sessions.',
})

Acl({
    $id: Now.ID['acl-session-delete'],
    type: 'record',
    table: 'x_rescue_connect_session',
    operation: 'delete',
    roles: [adminRole, integrationRole],
    description: 'Only integration admins and the integration account delete Rescue sessions.',
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
