// What the platform's UI shows, from the instance's records (emulator/platform/ui.ts; emulator/README.md, "What the UI shows").
import { describe, expect, it } from 'vitest'
import { fixtureInstance } from './fixture.ts'

function world() {
    const instance = fixtureInstance()
    const role = (name: string) => instance.db.rows('sys_user_role').find((row) => row.name === name)!.sys_id
    const menu = instance.db.insert('sys_app_application', { title: 'Fixture', roles: 'x_rescue_connect.fixture_role', active: 'true' })
    instance.db.insert('sys_app_module', {
        application: menu,
        title: 'Admin page',
        link_type: 'DIRECT',
        query: 'admin.do',
        roles: 'x_rescue_connect.fixture_admin',
        order: '200',
    })
    instance.db.insert('sys_app_module', {
        application: menu,
        title: 'List',
        link_type: 'LIST',
        name: 'x_rescue_connect_fx',
        roles: 'x_rescue_connect.fixture_role',
        order: '100',
    })
    instance.db.insert('sys_app_module', {
        application: menu,
        title: 'Off',
        link_type: 'DIRECT',
        query: 'off.do',
        active: 'false',
        order: '50',
    })
    const action = instance.db.insert('sys_ui_action', {
        table: 'incident',
        name: 'Press',
        action_name: 'press',
        active: 'true',
        form_button: 'true',
        condition: 'current.active == true',
    })
    instance.db.insert('sys_ui_action_role', { sys_ui_action: action, sys_user_role: role('x_rescue_connect.fixture_role') })
    const users = {
        none: instance.addUser({ user_name: 'none' }),
        reader: instance.addUser({ user_name: 'reader', roles: ['x_rescue_connect.fixture_role'] }),
        // fixture_admin contains fixture_role: this user holds fixture_role only through containment.
        manager: instance.addUser({ user_name: 'manager', roles: ['x_rescue_connect.fixture_admin'] }),
        admin: instance.addUser({ user_name: 'boss', roles: ['admin'] }),
    }
    const open = instance.db.insert('incident', { short_description: 'open', active: 'true' })
    const closed = instance.db.insert('incident', { short_description: 'closed', active: 'false' })
    return { instance, users, open, closed }
}

/** Whether the fixture's own test action, Press, is among the shown ones (the fixture app ships another action on incident). */
const press = (shown: { label: string }[]) => shown.some((entry) => entry.label === 'Press')

describe('UI actions on a form', () => {
    it('show for users holding one of their roles, contained roles and admin included, as gs.hasRole answers', () => {
        const { instance, users, open } = world()
        for (const [name, sysId] of Object.entries(users)) {
            const hasRole = instance.runScript("gs.hasRole('x_rescue_connect.fixture_role')", { asUser: sysId })
            expect({ name, shown: press(instance.formActions('incident', open, sysId).shown) }).toEqual({ name, shown: hasRole === true })
        }
        expect(instance.formActions('incident', open, users.none).hidden).toContain(
            'Press is hidden: it needs the role x_rescue_connect.fixture_role.'
        )
    })

    it('hide when the condition is false, when inactive, and on the workspace form without a workspace script', () => {
        const { instance, users, open, closed } = world()
        expect(press(instance.formActions('incident', closed, users.reader).shown)).toBe(false)
        expect(press(instance.formActions('incident', open, users.reader, 'workspace').shown)).toBe(false)
        expect(press(instance.formActions('incident', open, users.reader).shown)).toBe(true)
        instance.db.update('sys_ui_action', instance.uiAction('incident', 'press')!.sys_id, { active: 'false' })
        expect(instance.formActions('incident', open, users.admin).hidden).toContain('Press: inactive.')
    })
})

describe('the application navigator', () => {
    it('lists a menu and its active modules, in order, to users holding one of their roles (containment included)', () => {
        const { instance, users } = world()
        const titles = (user: string) =>
            instance.navigatorMenus(user).map((menu) => [menu.title, menu.modules.map((module) => module.title)])
        expect(titles(users.none)).toEqual([])
        expect(titles(users.reader)).toEqual([['Fixture', ['List']]])
        expect(titles(users.manager)).toEqual([['Fixture', ['List', 'Admin page']]])
        expect(titles(users.admin)).toEqual([['Fixture', ['List', 'Admin page']]])
    })
})

describe('a properties page', () => {
    it('lists the category properties in their m2m order under their descriptions, with Label=value choices, and what the user may read and write', () => {
        const { instance, users } = world()
        const category = instance.db.insert('sys_properties_category', { name: 'Fx', title: 'Fixture settings' })
        const property = (name: string, extra: Record<string, string>) =>
            instance.db.insert('sys_properties', { name, type: 'string', value: '', ...extra })
        const second = property('x_rescue_connect.b', {
            description: 'Second setting',
            type: 'choicelist',
            choices: 'Blue=0000FF,Red=FF0000,plain',
            read_roles: 'x_rescue_connect.fixture_role',
            write_roles: 'x_rescue_connect.fixture_admin',
        })
        const first = property('x_rescue_connect.a', { description: 'First setting' })
        const untitled = property('x_rescue_connect.c', {})
        instance.db.insert('sys_properties_category_m2m', { category, property: second, order: '200' })
        instance.db.insert('sys_properties_category_m2m', { category, property: untitled, order: '300' })
        instance.db.insert('sys_properties_category_m2m', { category, property: first, order: '100' })
        const page = instance.propertiesPage('Fx', users.reader)!
        expect(page.title).toBe('Fixture settings')
        expect(page.entries.map((entry) => [entry.title, entry.readable, entry.writable])).toEqual([
            ['First setting', true, true],
            ['Second setting', true, false],
            ['x_rescue_connect.c', true, true],
        ])
        expect(page.entries[1]!.choices).toEqual([
            { label: 'Blue', value: '0000FF' },
            { label: 'Red', value: 'FF0000' },
            { label: 'plain', value: 'plain' },
        ])
        expect(instance.propertiesPage('Fx', users.none)!.entries.map((entry) => entry.readable)).toEqual([true, false, true])
        expect(instance.propertiesPage('Fx', users.manager)!.entries[1]!.writable).toBe(true)
        expect(instance.propertiesPage('nothing', users.admin)).toBeUndefined()
    })
})

describe('labels and display values of platform fields', () => {
    it("show an incident's state and priority by their choice labels and name fields by their labels", () => {
        const { instance, users } = world()
        expect(instance.fieldLabel('incident', 'state', users.reader)).toBe('State')
        expect(instance.fieldLabel('incident', 'short_description', users.reader)).toBe('Short description')
        expect(instance.displayValue('incident', 'state', '7', users.reader)).toBe('Closed')
        expect(instance.displayValue('incident', 'priority', '1', users.reader)).toBe('1 - Critical')
    })
})
