// The emulator's loader on the built app (dist/app); its rules are tested on the fixture app in
// test/emulator/loader.test.ts, which needs no build.
import { describe, expect, it } from 'vitest'
import { Instance } from '../../emulator/index.ts'

describe('loader', () => {
    it('loads the built app: properties, roles and the session table with its choices', () => {
        const instance = Instance.load()
        expect(instance.db.rows('sys_properties').filter((p) => p.name?.startsWith('x_rescue_connect.')).length).toBeGreaterThanOrEqual(22)
        expect(instance.db.rows('sys_user_role').map((r) => r.name)).toEqual(
            expect.arrayContaining(['admin', 'x_rescue_connect.admin', 'x_rescue_connect.user'])
        )
        const state = instance.db.schema.column('x_rescue_connect_session', 'state')
        expect(state?.choices?.map((c) => c.value)).toEqual(['pin_issued', 'started', 'ended', 'failed', 'expired'])
        expect(instance.db.schema.column('x_rescue_connect_session', 'rescue_session_id')?.unique).toBe(true)
    })

    it('gives choice labels as display values', () => {
        const instance = Instance.load()
        const id = instance.db.insert('x_rescue_connect_session', { pin: '012345' })
        expect(
            instance.runScript("[current.getValue('state'), current.getDisplayValue('state'), current.state.getDisplayValue()].join('|')", {
                current: { table: 'x_rescue_connect_session', sysId: id },
            })
        ).toBe('pin_issued|PIN issued|PIN issued')
    })
})
