// Who a script runs as. Its own file because access control (acl.ts) and the runtime both name it.
/** The session user: a sys_user row, or the platform's pseudo users `system` (scheduled jobs, all roles) and `guest`. */
export interface SessionUser {
    sysId: string
    userName: string
}

export const SYSTEM_USER: SessionUser = { sysId: 'system', userName: 'system' }
export const GUEST_USER: SessionUser = { sysId: 'guest', userName: 'guest' }
