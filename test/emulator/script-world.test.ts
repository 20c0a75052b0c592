import { describe, expect, it } from 'vitest'
import { fixtureInstance } from './fixture.ts'

describe('the script context', () => {
    it('has no Node or browser globals', () => {
        const instance = fixtureInstance()
        const kinds = instance.runScript(
            "[typeof console, typeof require, typeof process, typeof setTimeout, typeof setInterval, typeof Buffer, typeof fetch, typeof module, typeof window].join(',')"
        )
        expect(kinds).toBe('undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined')
        // Yokohama's engine refuses a script naming globalThis; where the engine has it, the context still does not.
        expect(() => instance.runScript('typeof globalThis')).toThrow(
            /"globalThis" global property is global object" is Disallowed on yokohama/
        )
        expect(fixtureInstance({ release: 'zurich' }).runScript('typeof globalThis')).toBe('undefined')
    })

    it('has the Glide globals, Class and Object.extendsObject', () => {
        const instance = fixtureInstance()
        expect(
            instance.runScript(
                "[typeof gs, typeof GlideRecord, typeof GlideRecordSecure, typeof GlideDateTime, typeof sn_ws.RESTMessageV2, typeof Class.create, typeof Object.extendsObject, typeof global.AbstractAjaxProcessor].join(',')"
            )
        ).toBe('object,function,function,function,function,function,function,function')
    })

    it('each Instance gets a fresh context', () => {
        const a = fixtureInstance()
        const b = fixtureInstance()
        a.runScript('var leaked = 1')
        expect(a.runScript('typeof leaked')).toBe('number')
        expect(b.runScript('typeof leaked')).toBe('undefined')
    })

    it('throws "unsupported in emulator" for Glide APIs it does not emulate', () => {
        const instance = fixtureInstance()
        expect(() => instance.runScript("gs.log('x')")).toThrow('gs.log: unsupported in emulator')
        expect(() => instance.runScript("new GlideAggregate('incident')")).toThrow('new GlideAggregate: unsupported in emulator')
        expect(() => instance.runScript("GlideStringUtil.escapeHTML('x')")).toThrow('GlideStringUtil.escapeHTML: unsupported in emulator')
        expect(() => instance.runScript("new sn_ws.RESTMessageV2('Rescue', 'post')")).toThrow('unsupported in emulator')
        expect(() => instance.runScript("var gr = new GlideRecord('incident'); gr.insert(); gr.number.getJournalEntry(1)")).toThrow(
            'GlideElement.getJournalEntry: unsupported in emulator'
        )
    })
})

describe('gs', () => {
    it('getProperty returns strings from the shipped records, null (or the fallback) when missing', () => {
        const instance = fixtureInstance()
        instance.setProperty('x_rescue_connect.fixture_enabled', 'true')
        expect(instance.runScript("var v = gs.getProperty('x_rescue_connect.fixture_enabled'); typeof v + ':' + v")).toBe('string:true')
        expect(instance.runScript("gs.getProperty('x_rescue_connect.missing')")).toBeNull()
        expect(instance.runScript("gs.getProperty('x_rescue_connect.missing', 'fallback')")).toBe('fallback')
        instance.runScript("gs.setProperty('x_rescue_connect.fixture_enabled', false)")
        expect(instance.getProperty('x_rescue_connect.fixture_enabled')).toBe('false')
    })

    it('knows the session user', () => {
        const instance = fixtureInstance()
        const jane = instance.addUser({ user_name: 'jane', first_name: 'Jane', last_name: 'Doe', email: 'jane@example.com' })
        expect(
            instance.runScript("[gs.getUserID(), gs.getUserName(), gs.getUser().getEmail(), gs.getUser().getDisplayName()].join('|')", {
                asUser: 'jane',
            })
        ).toBe(`${jane}|jane|jane@example.com|Jane Doe`)
        expect(instance.runScript('gs.getUserName()')).toBe('system')
    })

    it('records logs with {n} substitution, events and messages', () => {
        const instance = fixtureInstance()
        instance.runScript(`
            gs.info('hello {0} and {1}', 'a', 'b'); gs.warn('w'); gs.error('e'); gs.debug('d');
            var gr = new GlideRecord('incident'); gr.insert();
            gs.eventQueue('x_rescue_connect.pin.generated', gr, 'p1');
            gs.addInfoMessage('done');
        `)
        expect(instance.logs).toEqual([
            { level: 'info', message: 'hello a and b' },
            { level: 'warn', message: 'w' },
            { level: 'error', message: 'e' },
            { level: 'debug', message: 'd' },
        ])
        expect(instance.events).toEqual([
            {
                name: 'x_rescue_connect.pin.generated',
                table: 'incident',
                sysId: expect.stringMatching(/^[0-9a-f]{32}$/),
                parm1: 'p1',
                parm2: '',
                userId: 'system',
                userName: 'system',
            },
        ])
        expect(instance.messages).toEqual([{ type: 'info', message: 'done' }])
    })

    it('string helpers behave like the platform; those outside the official scoped gs are unsupported', () => {
        const instance = fixtureInstance()
        for (const call of ["gs.base64Encode('x')", "gs.base64Decode('eA==')", "gs.urlEncode('a b')"])
            expect(() => instance.runScript(call)).toThrow(/unsupported in emulator/)
        expect(instance.runScript('gs.nil(null) && gs.nil("") && !gs.nil("x")')).toBe(true)
        expect(instance.runScript('gs.getCurrentScopeName()')).toBe('x_rescue_connect')
        expect(instance.runScript('gs.generateGUID()')).toMatch(/^[0-9a-f]{32}$/)
    })
})
