import { Acl, Password2Column, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'
import { adminRole } from './roles.now'

// Rescue auth codes, one per technician, cached so each PIN costs one call to Rescue instead of two.
// The code sits in a password2 column (encrypted at rest); only the app's server code reads it.
export const x_rescue_connect_auth_code = Table({
    name: 'x_rescue_connect_auth_code',
    label: 'Rescue Auth Code',
    display: 'technician',
    allowWebServiceAccess: false,
    schema: {
        technician: ReferenceColumn({ label: 'Technician', referenceTable: 'sys_user', unique: true, mandatory: true }),
        account: StringColumn({ label: 'Rescue account (host|company|SSO ID)', maxLength: 512 }),
        auth_code: Password2Column({ label: 'Auth code', maxLength: 1000 }),
    },
})

// Nobody needs these rows in the UI; admins may inspect or delete them (to force a fresh login).
Acl({
    $id: Now.ID['acl-auth-code-read'],
    type: 'record',
    table: 'x_rescue_connect_auth_code',
    operation: 'read',
    roles: [adminRole],
    description: 'Only integration admins see cached Rescue auth codes (the code itself stays encrypted).',
})

Acl({
    $id: Now.ID['acl-auth-code-write'],
    type: 'record',
    table: 'x_rescue_connect_auth_code',
    operation: 'write',
    roles: [adminRole],
    description: 'Only integration admins change cached Rescue auth codes.',
})

Acl({
    $id: Now.ID['acl-auth-code-create'],
    type: 'record',
    table: 'x_rescue_connect_auth_code',
    operation: 'create',
    roles: [adminRole],
    description: 'Only integration admins create cached Rescue auth codes by hand (the app writes them as the system).',
})

Acl({
    $id: Now.ID['acl-auth-code-delete'],
    type: 'record',
    table: 'x_rescue_connect_auth_code',
    operation: 'delete',
    roles: [adminRole],
    description: 'Integration admins delete a cached Rescue auth code to force a fresh single sign-on.',
})
