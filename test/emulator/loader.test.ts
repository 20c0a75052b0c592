import { describe, expect, it } from 'vitest'
import { loadDist } from '../../emulator/loader.ts'
import { Instance } from '../../emulator/index.ts'
import { FIXTURE_DIST, fixtureInstance } from './fixture.ts'

describe('loader', () => {
    it('reads SDK record XML into rows of strings grouped by table', () => {
        const { records } = loadDist(FIXTURE_DIST)
        const operations = records.get('sys_ws_operation') ?? []
        expect(operations.map((op) => op.operation_uri).sort()).toEqual([
            '/api/x_rescue_connect/v1/fixture/echo',
            '/api/x_rescue_connect/v1/fixture/open/{id}',
        ])
        const echo = operations.find((op) => op.name === 'echo')!
        expect(echo.requires_authentication).toBe('true')
        expect(echo.operation_script).toContain('function process(request, response)')
        // A reference element keeps its sys_id, not its display value.
        const aclRole = records.get('sys_security_acl_role')![0]!
        expect(aclRole.sys_user_role).toMatch(/^[0-9a-f]{32}$/)
    })

    it('reads table definitions with types, unique flags, defaults and choices', () => {
        const { tables } = loadDist(FIXTURE_DIST)
        const fx = tables.find((t) => t.name === 'x_rescue_connect_fx')!
        const column = (name: string) => fx.columns.find((c) => c.name === name)
        expect(column('code')).toMatchObject({ type: 'string', unique: true })
        expect(column('flag')).toMatchObject({ type: 'boolean', defaultValue: 'true' })
        expect(column('notes')?.type).toBe('journal_input')
        expect(column('secret')?.type).toBe('password2')
    })

    it('loads the built app: properties, roles and the session table with its choices', () => {
        const instance = Instance.load()
        expect(instance.db.rows('sys_properties').filter((p) => p.name?.startsWith('x_rescue_connect.')).length).toBeGreaterThanOrEqual(22)
        expect(instance.db.rows('sys_user_role').map((r) => r.name)).toEqual(expect.arrayContaining(['admin', 'x_rescue_connect.admin', 'x_rescue_connect.user']))
        const state = instance.db.schema.column('x_rescue_connect_session', 'state')
        expect(state?.choices?.map((c) => c.value)).toEqual(['pin_issued', 'started', 'ended', 'failed'])
        expect(instance.db.schema.column('x_rescue_connect_session', 'rescue_session_id')?.unique).toBe(true)
    })

    it('has the CSM tables unless the plugin is off', () => {
        expect(fixtureInstance().db.schema.has('sn_customerservice_case')).toBe(true)
        const withoutCsm = fixtureInstance({ plugins: { csm: false } })
        expect(withoutCsm.db.schema.has('sn_customerservice_case')).toBe(false)
        expect(withoutCsm.runScript("new GlideRecord('sn_customerservice_case').isValid()")).toBe(false)
        expect(withoutCsm.runScript("new GlideRecord('incident').isValid()")).toBe(true)
    })
})
