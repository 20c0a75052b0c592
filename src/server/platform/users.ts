// Who an email address belongs to. The technician is identified by an email that belongs to exactly one
// active user (shared/spec/product.md): an email two users share identifies neither. The platform's
// queries compare strings case-insensitively (GlideFilter API, "Case sensitivity"), so `Jane@X` and
// `jane@x` are one address here, as they are to a mail server.

import type { EmailOwner } from '../core/time-worked'

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
