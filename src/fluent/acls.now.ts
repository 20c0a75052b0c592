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
