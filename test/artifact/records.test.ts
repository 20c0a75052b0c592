import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { loadDist, type Row } from '../../emulator/engine/loader.ts'
import { SETTINGS } from '../../src/server/core/settings'
import { SESSION_COLUMN_SIZES } from '../../src/server/core/session-columns'

// What the instance receives: the built records agree with the contract in shared/spec/product.md
// and with the setting definitions the server code validates against.
const dist = loadDist(join(__dirname, '../../dist/app'))
const rows = (table: string): Row[] => dist.records.get(table) ?? []
const one = (table: string, match: (row: Row) => boolean): Row => {
    const found = rows(table).filter(match)
    expect(found, `${table}: exactly one match`).toHaveLength(1)
    return found[0]
}

describe('settings', () => {
    const properties = rows('sys_properties')

    it('ships every property the server reads, with its type and default', () => {
        for (const spec of Object.values(SETTINGS)) {
            const record = one('sys_properties', (row) => row.name === spec.property)
            expect(record.type, spec.property).toBe(spec.type)
            expect(record.value, spec.property).toBe(spec.defaultValue)
            expect(record.description.length, `${spec.property} has a description`).toBeGreaterThan(20)
            if ('choices' in spec) {
                expect(record.choices.split(',').map((choice) => choice.split('=')[1])).toEqual([...spec.choices])
            }
        }
        expect(properties.map((row) => row.name).sort()).toEqual(
            Object.values(SETTINGS)
                .map((spec) => spec.property)
                .sort()
        )
    })

    it('lets only admins write (and read) them, and keeps secrets as password2', () => {
        for (const row of properties) {
            expect(row.write_roles, row.name).toBe('x_rescue_connect.admin')
            expect(row.read_roles, row.name).toBe('x_rescue_connect.admin')
        }
        const secrets = properties.filter((row) => /password/.test(row.name)).map((row) => row.type)
        expect(secrets).toEqual(['password2', 'password2'])
        expect(properties.find((row) => row.name === 'x_rescue_connect.reconcile.api_token')?.type).toBe('password2')
    })

    // Private properties are left out of update sets, so the secrets and the Rescue account identifiers
    // never travel to another instance (or back from a clone source) with them: "Set this property to true to
    // exclude this property from being imported via update sets"
    // (https://www.servicenow.com/docs/r/platform-administration/t_AddAPropertyUsingSysPropsList.html, field Private).
    it('keeps the secrets and the account identifiers private (is_private), and nothing else', () => {
        const privateOnes = properties
            .filter((row) => row.is_private === 'true')
            .map((row) => row.name)
            .sort()
        expect(privateOnes).toEqual([
            'x_rescue_connect.company_id',
            'x_rescue_connect.reconcile.api_token',
            'x_rescue_connect.service_account.password',
            'x_rescue_connect.service_account.username',
            'x_rescue_connect.sso_password',
        ])
    })

    it('groups every property on the one LogMeIn Rescue properties page, opened by the Settings module', () => {
        const category = one('sys_properties_category', (row) => row.name === 'LogMeIn Rescue')
        const onPage = rows('sys_properties_category_m2m').filter((row) => row.category === category.sys_id)
        expect(onPage.map((row) => row.property).sort()).toEqual(properties.map((row) => row.sys_id).sort())
        const settings = one('sys_app_module', (row) => row.title === 'Settings')
        expect(settings.query).toBe(`system_properties_ui.do?sysparm_category=${category.name}&sysparm_title=${category.title}`)
        expect(settings.roles).toBe('x_rescue_connect.admin')
    })
})

describe('roles and menu', () => {
    it('ships the three roles, admin containing user', () => {
        const byName = new Map(rows('sys_user_role').map((row) => [row.name, row.sys_id]))
        expect([...byName.keys()].sort()).toEqual(['x_rescue_connect.admin', 'x_rescue_connect.integration', 'x_rescue_connect.user'])
        const contains = rows('sys_user_role_contains').map((row) => [row.role, row.contains])
        expect(contains).toEqual([[byName.get('x_rescue_connect.admin'), byName.get('x_rescue_connect.user')]])
    })

    it('puts Settings, Sessions, Reports and Token Setup under LogMeIn Rescue, each role-gated', () => {
        const menu = one('sys_app_application', (row) => row.title === 'LogMeIn Rescue')
        const modules = rows('sys_app_module').filter((row) => row.application === menu.sys_id)
        const gates = Object.fromEntries(modules.map((row) => [row.title, row.roles]))
        expect(gates).toMatchObject({
            Settings: 'x_rescue_connect.admin',
            Sessions: 'x_rescue_connect.user',
            Reports: 'x_rescue_connect.admin',
            'Token Setup': 'x_rescue_connect.admin',
        })
        for (const module of modules) expect(module.roles, module.title).not.toBe('')
    })
})

describe('session table', () => {
    const table = dist.tables.find((t) => t.name === 'x_rescue_connect_session')

    it('has the columns the flows write, with a unique Rescue session id', () => {
        expect(table).toBeDefined()
        const columns = new Map(table!.columns.map((column) => [column.name, column]))
        expect(columns.get('task')?.reference).toBe('task')
        expect(columns.get('technician')?.reference).toBe('sys_user')
        expect(columns.get('rescue_session_id')?.unique).toBe(true)
        expect(columns.get('state')?.choices?.map((choice) => choice.value)).toEqual([
            'pin_issued',
            'started',
            'ended',
            'failed',
            'expired',
        ])
        expect(columns.get('source')?.choices?.map((choice) => choice.value)).toEqual(['servicenow', 'console'])
        for (const name of [
            'pin',
            'customer_name',
            'tech_id',
            'tech_sso_id',
            'tech_name',
            'waiting_time',
            'work_time',
            'pickup_time',
            'closing_time',
            'platform',
            'last_post_received',
        ]) {
            expect(columns.has(name), name).toBe(true)
        }
    })

    it('declares the string column sizes the code fits values to (core/session-columns.ts)', () => {
        const columns = new Map(table!.columns.map((column) => [column.name, column]))
        for (const [name, size] of Object.entries(SESSION_COLUMN_SIZES)) {
            expect(columns.get(name)?.type, name).toBe('string')
            expect(columns.get(name)?.maxLength, name).toBe(size)
        }
    })

    it('lets integration admins read every row, users the rows their script allows, and write; nobody else (the integration role: none)', () => {
        const roleName = new Map(rows('sys_user_role').map((row) => [row.sys_id, row.name]))
        const acls = rows('sys_security_acl').filter((row) => row.name === 'x_rescue_connect_session' && row.type === 'record')
        const rolesOf = (operation: string) =>
            rows('sys_security_acl_role')
                .filter((link) => acls.some((acl) => acl.operation === operation && acl.sys_id === link.sys_security_acl))
                .map((link) => roleName.get(link.sys_user_role) ?? link.sys_user_role)
                .sort()
        expect(rolesOf('read')).toEqual(['x_rescue_connect.admin', 'x_rescue_connect.user'])
        const scripted = acls.filter((acl) => acl.operation === 'read' && acl.advanced === 'true')
        expect(
            scripted.map((acl) =>
                rows('sys_security_acl_role')
                    .filter((link) => link.sys_security_acl === acl.sys_id)
                    .map((link) => roleName.get(link.sys_user_role))
            )
        ).toEqual([['x_rescue_connect.user']])
        for (const operation of ['write', 'create', 'delete']) {
            expect(rolesOf(operation), operation).toEqual(['x_rescue_connect.admin'])
        }
    })

    it('grants the integration role only the session endpoint: no table, field, query or attachment ACL names it', () => {
        const roleName = new Map(rows('sys_user_role').map((row) => [row.sys_id, row.name]))
        const integration = rows('sys_user_role').find((row) => row.name === 'x_rescue_connect.integration')!.sys_id
        const granted = rows('sys_security_acl_role')
            .filter((link) => link.sys_user_role === integration)
            .map((link) => rows('sys_security_acl').find((acl) => acl.sys_id === link.sys_security_acl)!)
            .map((acl) => `${acl.type} ${acl.operation} ${acl.name}`)
        expect(granted).toEqual(['REST_Endpoint execute x_rescue_connect/rescue/sessiondetails'])
        expect(roleName.get(integration)).toBe('x_rescue_connect.integration')
    })
})

describe('GlideAjax entries', () => {
    // The documentation does not show that GlideAjax from a non-isolated UI action script or a UI page client
    // script carries the app's scope (GlideAjax - Client; Script includes, "Accessible from"), so both are
    // callable from all scopes; their client_callable_script_include ACLs and RescueCore's role checks guard them.
    it.each([
        ['RescuePinAjax', 'x_rescue_connect.user'],
        ['RescueAdminAjax', 'x_rescue_connect.admin'],
    ])('%s is client callable from all application scopes, behind an ACL for %s', (name, role) => {
        expect(one('sys_script_include', (row) => row.name === name)).toMatchObject({
            client_callable: 'true',
            access: 'public',
            active: 'true',
        })
        const acl = one(
            'sys_security_acl',
            (row) => row.type === 'client_callable_script_include' && row.name === `x_rescue_connect.${name}`
        )
        expect(acl).toMatchObject({ operation: 'execute', active: 'true' })
        const roleRow = one('sys_user_role', (row) => row.name === role)
        expect(
            rows('sys_security_acl_role')
                .filter((link) => link.sys_security_acl === acl.sys_id)
                .map((link) => link.sys_user_role)
        ).toEqual([roleRow.sys_id])
    })
})

describe('registered events', () => {
    // "Registering Events Guide" (SDK 4.9.0, node_modules/@servicenow/sdk/docs/guides/registering-events-guide.md,
    // https://servicenow.github.io/sdk/4.9.0/guides/registering-events-guide): in a scoped app suffix is mandatory and
    // event_name is <scope>.<suffix>; event_name and suffix hold 40 characters, description and fired_by 100
    // (longer values are cut silently).
    it.each(rows('sysevent_register').map((row) => [row.event_name ?? '', row] as const))(
        '%s follows the scoped naming and fits its columns',
        (_name, row) => {
            expect(row.suffix).toMatch(/^[a-z_]+(\.[a-z_]+)+$/)
            expect(row.event_name).toBe(`x_rescue_connect.${row.suffix}`)
            expect(row.event_name!.length).toBeLessThanOrEqual(40)
            expect(row.description!.length).toBeLessThanOrEqual(100)
            expect(row.fired_by!.length).toBeLessThanOrEqual(100)
        }
    )
})
