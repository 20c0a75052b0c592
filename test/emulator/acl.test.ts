import { describe, expect, it } from 'vitest'
import { fixtureInstance } from './fixture.ts'

// Fixture ACLs on x_rescue_connect_fx: read needs fixture_role; write/create/delete need fixture_admin
// (which contains fixture_role). incident has no ACL in the emulator: any authenticated user passes.
function withUsers() {
    const instance = fixtureInstance()
    instance.db.insert('x_rescue_connect_fx', { name: 'seeded', code: 'S' })
    const users = {
        nobody: instance.addUser({ user_name: 'nobody' }),
        reader: instance.addUser({ user_name: 'reader', roles: ['x_rescue_connect.fixture_role'] }),
        manager: instance.addUser({ user_name: 'manager', roles: ['x_rescue_connect.fixture_admin'] }),
        admin: instance.addUser({ user_name: 'boss', roles: ['admin'] }),
    }
    return { instance, users }
}

const probe = (table: string, cls: string) => `
    (function () {
        var out = {};
        var q = new ${cls}('${table}'); q.query(); out.read = 0; while (q.next()) out.read++;
        var n = new ${cls}('${table}'); n.name = 'new'; out.created = n.insert() !== null;
        var w = new ${cls}('${table}'); w.addQuery('name', 'seeded'); w.query();
        if (w.next()) { w.name = 'changed'; out.updated = w.update() !== null; out.deleted = w.deleteRecord(); }
        var c = new ${cls}('${table}'); out.canCreate = c.canCreate(); out.canRead = c.canRead(); out.canWrite = c.canWrite();
        return JSON.stringify(out);
    })()`

const probeAs = (instance: ReturnType<typeof withUsers>['instance'], table: string, cls: string, user: string) =>
    JSON.parse(instance.runScript(probe(table, cls), { asUser: user }) as string)

describe('GlideRecordSecure applies the shipped record ACLs; GlideRecord does not', () => {
    it('a user without roles sees and changes nothing through GlideRecordSecure', () => {
        const { instance, users } = withUsers()
        expect(probeAs(instance, 'x_rescue_connect_fx', 'GlideRecordSecure', users.nobody)).toEqual({
            read: 0,
            created: false,
            canCreate: false,
            canRead: false,
            canWrite: false,
        })
        expect(probeAs(instance, 'x_rescue_connect_fx', 'GlideRecord', users.nobody)).toMatchObject({
            read: 1,
            created: true,
            updated: true,
            deleted: true,
        })
    })

    it('a reader reads but cannot write, create or delete', () => {
        const { instance, users } = withUsers()
        expect(probeAs(instance, 'x_rescue_connect_fx', 'GlideRecordSecure', users.reader)).toEqual({
            read: 1,
            created: false,
            updated: false,
            deleted: false,
            canCreate: false,
            canRead: true,
            canWrite: false,
        })
        expect(instance.db.rows('x_rescue_connect_fx').map((r) => r.name)).toEqual(['seeded'])
    })

    it('a role that contains the read role reads through it, and may write; admin passes everything', () => {
        for (const who of ['manager', 'admin'] as const) {
            const { instance, users } = withUsers()
            const user = users[who]
            expect(probeAs(instance, 'x_rescue_connect_fx', 'GlideRecordSecure', user)).toMatchObject({
                read: 1,
                created: true,
                updated: true,
                deleted: true,
            })
        }
    })

    it('a table with no ACL is open to any authenticated user', () => {
        const { instance, users } = withUsers()
        expect(probeAs(instance, 'incident', 'GlideRecordSecure', users.nobody)).toMatchObject({
            created: true,
            canRead: true,
            canWrite: true,
        })
    })

    it('gs.hasRole counts contained roles, and admin has every role', () => {
        const { instance, users } = withUsers()
        const has = (user: string, role: string) => instance.runScript(`gs.hasRole('${role}')`, { asUser: user })
        expect(has(users.manager, 'x_rescue_connect.fixture_role')).toBe(true)
        expect(has(users.reader, 'x_rescue_connect.fixture_admin')).toBe(false)
        expect(has(users.nobody, 'x_rescue_connect.fixture_role')).toBe(false)
        expect(has(users.admin, 'x_rescue_connect.fixture_admin')).toBe(true)
    })
})

describe('instance.secureQuery / secureRecord: what a list and a form show the user', () => {
    it('are what GlideRecordSecure returns: readable rows, NULL for unreadable fields, how many rows the ACLs removed', () => {
        const { instance, users } = withUsers()
        const visible = instance.db.insert('incident', { short_description: 'Visible', description: 'Shown', priority: '2' })
        const hidden = instance.db.insert('incident', { short_description: 'Hidden', priority: '1' })
        instance.addAcl({ name: 'incident', roles: ['x_rescue_connect.fixture_role'], condition: 'priority!=1' })
        instance.addAcl({ name: 'incident.description', roles: ['x_rescue_connect.fixture_admin'] })
        const list = instance.secureQuery('incident', users.reader)
        expect(list.rows.map((row) => [row.short_description, row.description])).toEqual([['Visible', '']])
        expect(list.removed).toBe(1)
        expect(instance.secureRecord('incident', hidden, users.reader)).toBeUndefined()
        expect(instance.secureRecord('incident', visible, users.reader)).toMatchObject({
            row: { short_description: 'Visible', description: '' },
            unreadable: ['description'],
        })
        expect(instance.secureRecord('incident', visible, users.manager)).toMatchObject({ row: { description: 'Shown' }, unreadable: [] })
    })
})

describe('UI page ACLs', () => {
    // "ACL rule types", https://www.servicenow.com/docs/r/xanadu/platform-security/access-control/acl-rule-types.html:
    // a ui_page ACL names the fully scoped page name and secures its read operation.
    it("let only users passing the page's ui_page read ACL open it; a page without one is open to logged-in users", () => {
        const instance = fixtureInstance()
        instance.db.insert('sys_ui_page', { endpoint: 'x_rescue_connect_fx_page.do', name: 'x_rescue_connect_fx_page', html: '<p/>' })
        instance.db.insert('sys_ui_page', { endpoint: 'x_rescue_connect_open_page.do', name: 'x_rescue_connect_open_page', html: '<p/>' })
        const acl = instance.db.insert('sys_security_acl', {
            name: 'x_rescue_connect_fx_page',
            type: 'ui_page',
            operation: 'read',
            active: 'true',
            admin_overrides: 'true',
        })
        const role = instance.db.rows('sys_user_role').find((row) => row.name === 'x_rescue_connect.fixture_role')!
        instance.db.insert('sys_security_acl_role', { sys_security_acl: acl, sys_user_role: role.sys_id })
        instance.addUser({ user_name: 'member', roles: ['x_rescue_connect.fixture_role'] })
        instance.addUser({ user_name: 'other' })
        expect(instance.canOpenUiPage('x_rescue_connect_fx_page.do', 'member')).toBe(true)
        expect(instance.canOpenUiPage('x_rescue_connect_fx_page.do', 'other')).toBe(false)
        expect(instance.canOpenUiPage('x_rescue_connect_open_page.do', 'other')).toBe(true)
        expect(instance.canOpenUiPage('x_rescue_connect_none.do', 'other')).toBeUndefined()
    })
})
