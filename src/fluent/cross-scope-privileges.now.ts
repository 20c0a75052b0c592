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

// ...and whether each of them is still active, so inactive admins are not emailed.
CrossScopePrivilege({
    $id: Now.ID['cross-scope-read-sys-user'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
