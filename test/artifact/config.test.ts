import { describe, expect, it } from 'vitest'
import { Instance } from '../../emulator/index.ts'
import { parseConfig } from '../../src/server/core/config.ts'
import type { Message } from '../../src/shared/i18n.ts'
import { english } from '../fixtures/english'

// The built RescueCore, run through the emulator against the built sys_properties records.
interface RescueCoreLike {
    readConfig(): { ok: true; config: Record<string, unknown> } | { ok: false; errors: Message[] }
}

const core = (instance: Instance) => instance.scriptInclude('x_rescue_connect.RescueCore') as RescueCoreLike

describe('x_rescue_connect.RescueCore.readConfig() on the built artifact', () => {
    it('returns the shipped defaults, which are the defaults the code declares', () => {
        const result = JSON.parse(JSON.stringify(core(Instance.load()).readConfig()))
        expect(result).toEqual(parseConfig(() => null))
        expect(result.config).toMatchObject({
            enabled: true,
            region: 'global',
            workNotesMode: 'all',
            httpTimeoutMs: 10000,
            consoleRecordType: 'incident',
        })
    })

    it('reads overridden values, password2 properties in clear text', () => {
        const instance = Instance.load()
        instance.setProperty('x_rescue_connect.company_id', '1234567')
        instance.setProperty('x_rescue_connect.sso_password', 'sso-secret')
        instance.setProperty('x_rescue_connect.region.eu', 'true')
        instance.setProperty('x_rescue_connect.work_notes.fields', 'TechName, WorkTime')
        const result = core(instance).readConfig()
        expect(result.ok && result.config).toMatchObject({ companyId: '1234567', ssoPassword: 'sso-secret', region: 'eu' })
        expect(result.ok && [...(result.config.workNotesFields as string[])]).toEqual(['TechName', 'WorkTime'])
        expect(instance.db.rows('sys_properties').find((p) => p.name === 'x_rescue_connect.sso_password')?.value).not.toContain(
            'sso-secret'
        )
    })

    it('rejects bad values with a message naming each property, never its value', () => {
        const instance = Instance.load()
        instance.setProperty('x_rescue_connect.company_id', '12a')
        instance.setProperty('x_rescue_connect.work_notes.mode', 'some')
        const result = core(instance).readConfig()
        expect(result.ok).toBe(false)
        if (result.ok) return
        expect(result.errors).toHaveLength(2)
        // Named, never quoted: these sentences reach agents and the system log.
        const sentences = result.errors.map(english)
        expect(sentences.some((e) => e.includes('x_rescue_connect.company_id') && !e.includes('12a'))).toBe(true)
        expect(sentences.some((e) => e.includes('x_rescue_connect.work_notes.mode') && !e.includes('some'))).toBe(true)
    })
})
