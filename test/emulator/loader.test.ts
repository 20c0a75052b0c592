import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDist } from '../../emulator/engine/loader.ts'
import { Instance } from '../../emulator/index.ts'
import { FIXTURE_DIST, fixtureInstance } from './fixture.ts'

describe('loader', () => {
    it('reads SDK record XML into rows of strings grouped by table', () => {
        const { records } = loadDist(FIXTURE_DIST)
        const operations = records.get('sys_ws_operation') ?? []
        expect(operations.map((op) => op.operation_uri).sort()).toEqual([
            '/api/x_rescue_connect/v1/fixture/echo',
            '/api/x_rescue_connect/v1/fixture/form',
            '/api/x_rescue_connect/v1/fixture/open/{id}',
        ])
        const echo = operations.find((op) => op.name === 'echo')!
        expect(echo.requires_authentication).toBe('true')
        expect(echo.operation_script).toContain('function process(request, response)')
        // A reference element keeps its sys_id, not its display value.
        const aclRole = records.get('sys_security_acl_role')![0]!
        expect(aclRole.sys_user_role).toMatch(/^[0-9a-f]{32}$/)
    })

    it("reads an ACL's operation by name: report_view ships as a sys_security_operation reference with the name as display value", () => {
        const dist = mkdtempSync(join(tmpdir(), 'emulator-dist-'))
        try {
            cpSync(FIXTURE_DIST, dist, { recursive: true })
            const sysId = 'a'.repeat(32)
            writeFileSync(
                join(dist, 'update', `sys_security_acl_${sysId}.xml`),
                `<?xml version="1.0"?>\n<record_update table="sys_security_acl">\n  <sys_security_acl action="INSERT_OR_UPDATE">\n    <sys_id>${sysId}</sys_id>\n    <name>incident</name>\n    <type>record</type>\n    <operation display_value="report_view">0997ab83733303005978e4b9cdf6a7b9</operation>\n  </sys_security_acl>\n</record_update>`
            )
            const acl = loadDist(dist)
                .records.get('sys_security_acl')!
                .find((row) => row.sys_id === sysId)!
            expect(acl.operation).toBe('report_view')
            // Built-in operations ship as their name already.
            expect(
                new Set(
                    loadDist(FIXTURE_DIST)
                        .records.get('sys_security_acl')!
                        .map((row) => row.operation)
                )
            ).toEqual(new Set(['read', 'write', 'create', 'delete', 'execute']))
        } finally {
            rmSync(dist, { recursive: true, force: true })
        }
    })

    it('applies a record shipped as action="DELETE" (author_elective_update/): the record is gone, as after an install', () => {
        const dist = mkdtempSync(join(tmpdir(), 'emulator-dist-'))
        try {
            cpSync(FIXTURE_DIST, dist, { recursive: true })
            const link = loadDist(FIXTURE_DIST).records.get('sys_security_acl_role')![0]!
            mkdirSync(join(dist, 'author_elective_update'))
            writeFileSync(
                join(dist, 'author_elective_update', `sys_security_acl_role_${link.sys_id}.xml`),
                `<?xml version="1.0"?>\n<record_update table="sys_security_acl_role">\n  <sys_security_acl_role action="DELETE">\n    <sys_id>${link.sys_id}</sys_id>\n    <sys_security_acl>${link.sys_security_acl}</sys_security_acl>\n  </sys_security_acl_role>\n</record_update>`
            )
            const links = loadDist(dist).records.get('sys_security_acl_role')!
            expect(links.map((row) => row.sys_id)).not.toContain(link.sys_id)
            expect(links.length).toBe(loadDist(FIXTURE_DIST).records.get('sys_security_acl_role')!.length - 1)
        } finally {
            rmSync(dist, { recursive: true, force: true })
        }
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

    it('takes the parent of a table from the SDK output, so a task child joins the task hierarchy', () => {
        const instance = fixtureInstance()
        expect(instance.db.schema.ancestry('x_rescue_connect_subtask')).toEqual(['x_rescue_connect_subtask', 'task'])
        expect(instance.db.schema.column('x_rescue_connect_subtask', 'who')).toMatchObject({ type: 'reference', reference: 'sys_user' })
        instance.db.insert('x_rescue_connect_subtask', { extra: 'e', short_description: 'child' })
        expect(
            instance.runScript(
                "var t = new GlideRecord('task'); t.query(); t.next(); t.getRecordClassName() + ':' + t.getValue('number') + ':' + t.extra"
            )
        ).toBe('x_rescue_connect_subtask:TASK0010001:e')
    })

    it('adds columns that only sys_dictionary records declare (e.g. on a platform table)', () => {
        const { tables } = loadDist(FIXTURE_DIST)
        const fromRecords = tables.filter((t) => t.name === 'x_rescue_connect_fx' && !t.label)
        expect(fromRecords.flatMap((t) => t.columns.map((c) => c.name))).toEqual(expect.arrayContaining(['code', 'secret']))
    })

    it('says how to fix a missing build', () => {
        expect(() => Instance.load({ distDir: '/nonexistent/dist/app' })).toThrow('run `npm run build` first')
    })

    it('has the CSM tables unless the plugin is off', () => {
        expect(fixtureInstance().db.schema.has('sn_customerservice_case')).toBe(true)
        const withoutCsm = fixtureInstance({ plugins: { csm: false } })
        expect(withoutCsm.db.schema.has('sn_customerservice_case')).toBe(false)
        expect(withoutCsm.runScript("new GlideRecord('sn_customerservice_case').isValid()")).toBe(false)
        expect(withoutCsm.runScript("new GlideRecord('incident').isValid()")).toBe(true)
    })
})
