// Who an email address belongs to. The technician is identified by an email that belongs to exactly one
// active user (shared/spec/product.md): an email two users share identifies neither. The platform's
// queries compare strings case-insensitively (GlideFilter API, "Case sensitivity"), so `Jane@X` and
// `jane@x` are one address here, as they are to a mail server.

import type { EmailOwner } from '../core/time-worked'
import { languageOrInstance, sessionLanguage } from './messages'
import { isTrue } from './glide-values'

export type { EmailOwner }

/** One query: the active users (customer contacts included, they extend sys_user) with this email, up to two. */
export function activeUserWithEmail(email: string): EmailOwner {
    const user = new GlideRecord('sys_user')
    user.addQuery('email', email)
    user.addQuery('active', true)
    user.setLimit(2)
    user.query()
    if (!user.next()) return { kind: 'none' }
    const sysId = user.getUniqueValue()
    return user.next() ? { kind: 'several' } : { kind: 'one', sysId }
}

/** Who a PIN is issued to: their Rescue SSO ID is their email. */
export interface Technician {
    readonly sysId: string
    readonly email: string
    readonly name: string
    /** The technician's email goes out in this language. */
    readonly language: string
    /** Holds x_rescue_connect.user (directly, through a containing role, or as admin). */
    readonly holdsUserRole: boolean
    /** True when the technician is the session user (the button); false for a technician named by a flow or script. */
    readonly isSessionUser: boolean
}

/** The session user as the technician (Generate Rescue PIN's button): gs answers for them. */
export function sessionTechnician(userRole: string): Technician {
    const user = gs.getUser()
    const email = (user.getEmail() || '').trim()
    return {
        sysId: gs.getUserID(),
        email,
        name: user.getDisplayName() || email,
        language: sessionLanguage(),
        holdsUserRole: gs.hasRole(userRole),
        isSessionUser: true,
    }
}

/**
 * A technician named by sys_id (the flow action, RescueApi), or null when no active user has it. Scoped scripts
 * cannot ask gs about another user (scoped GlideUser answers for the session user only), so the role is read from
 * the user's grants (sys_user_has_role): the role itself, a role of this app that contains it, or admin.
 * One query for the user, two for the role.
 */
export function namedTechnician(sysId: string, userRole: string, containingRoles: readonly string[]): Technician | null {
    if (!/^[0-9a-f]{32}$/.test(sysId)) return null
    if (sysId === gs.getUserID()) return sessionTechnician(userRole)
    const user = new GlideRecord('sys_user')
    if (!user.get(sysId) || !isTrue(user.getValue('active'))) return null
    const email = (user.getValue('email') || '').trim()
    return {
        sysId,
        email,
        name: user.getValue('name') || email,
        language: languageOrInstance(user.getValue('preferred_language')),
        holdsUserRole: userHoldsRole(sysId, [userRole, ...containingRoles, 'admin']),
        isSessionUser: false,
    }
}

function userHoldsRole(userSysId: string, roleNames: readonly string[]): boolean {
    const roles = new GlideRecord('sys_user_role')
    roles.addQuery('name', 'IN', roleNames.join(','))
    roles.query()
    const roleIds: string[] = []
    while (roles.next()) roleIds.push(roles.getUniqueValue())
    if (roleIds.length === 0) return false
    const grant = new GlideRecord('sys_user_has_role')
    grant.addQuery('user', userSysId)
    grant.addQuery('role', 'IN', roleIds.join(','))
    grant.setLimit(1)
    grant.query()
    return grant.hasNext()
}
