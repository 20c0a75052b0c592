import { describe, expect, it } from 'vitest'
import { Instance } from '../../emulator/index.ts'

// The shipped session-table ACLs, enforced by GlideRecordSecure in the emulator: what each role can do.
function access(roles: string[]) {
    const instance = Instance.load()
    instance.db.insert('x_rescue_connect_session', { pin: '012345', rescue_session_id: '1' })
    const user = instance.addUser({ user_name: 'someone', roles })
    const result = instance.runScript(
        `(function () {
            var read = new GlideRecordSecure('x_rescue_connect_session'); read.query();
            var canRead = read.next();
            var wrote = canRead && (read.setValue('state', 'started'), read.update() !== null);
            var created = new GlideRecordSecure('x_rescue_connect_session');
            created.setValue('pin', '000001');
            return JSON.stringify({ read: canRead, write: wrote, create: created.insert() !== null });
        })()`,
        { asUser: user }
    )
    return JSON.parse(result as string)
}

describe('x_rescue_connect_session access through GlideRecordSecure', () => {
    it.each([
        [[], { read: false, write: false, create: false }],
        [['itil'], { read: false, write: false, create: false }],
        [['x_rescue_connect.user'], { read: true, write: false, create: false }],
        [['x_rescue_connect.admin'], { read: true, write: true, create: true }],
        [['x_rescue_connect.integration'], { read: true, write: true, create: true }],
        [['admin'], { read: true, write: true, create: true }],
    ])('roles %j', (roles, expected) => {
        expect(access(roles)).toEqual(expected)
    })
})
