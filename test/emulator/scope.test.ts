// Application scope rules the app relies on (emulator/engine/scope.ts).
// password2 decryption is limited to the script's own scope: "GlideElement - Scoped: getDecryptedValue()",
// https://www.servicenow.com/docs/r/api-reference/server-api-reference/c_GlideElementScopedAPI.html (clear text
// "for Password (2 way encrypted) fields in scoped applications"), with the refusal the platform gives for a
// global row: "Access to api 'getDecryptedValue(client_secret)' from scope … has been refused due to the api's
// cross-scope access policy" (https://www.servicenow.com/community/itsm-forum/cross-scope-error-getdecryptedvalue-client-secret-refused-on/td-p/3562405).
import { describe, expect, it } from 'vitest'
import { fixtureInstance } from './fixture.ts'

function world() {
    const instance = fixtureInstance()
    const app = instance.appScopeSysId
    const other = instance.db.insert('sys_app', { name: 'Another app', scope: 'x_other_app' })
    const entry = (name: string, sysScope?: string) =>
        instance.db.insert('oauth_entity', {
            name,
            type: 'client',
            client_id: name,
            client_secret: `secret-${name}`,
            ...(sysScope ? { sys_scope: sysScope } : {}),
        })
    const decrypt = (sysId: string) =>
        instance.runScript(`var e = new GlideRecord('oauth_entity'); e.get('${sysId}'); e.getElement('client_secret').getDecryptedValue();`)
    return { instance, app, other, entry, decrypt }
}

describe('application scope', () => {
    it("decrypts a password2 value of a row in the app's own scope", () => {
        const { entry, app, decrypt } = world()
        expect(decrypt(entry('mine', app))).toBe('secret-mine')
    })

    it("refuses to decrypt a global row or another application's row", () => {
        const { entry, other, decrypt } = world()
        expect(() => decrypt(entry('global'))).toThrow(
            /Access to api 'getDecryptedValue\(client_secret\)' from scope 'x_rescue_connect' has been refused.*'global'/
        )
        expect(() => decrypt(entry('theirs', other))).toThrow(/refused.*'x_other_app'/)
    })

    it("decrypts the app's own tables (named after its scope) without a sys_scope on the row", () => {
        const { instance } = world()
        const row = instance.db.insert('x_rescue_connect_fx', { name: 'a', secret: 'hush' })
        expect(instance.runScript(`var r = new GlideRecord('x_rescue_connect_fx'); r.get('${row}'); r.secret.getDecryptedValue();`)).toBe(
            'hush'
        )
    })

    it('finds rows by their scope name through sys_scope.scope', () => {
        const { instance, entry, app, other } = world()
        const mine = entry('mine', app)
        entry('theirs', other)
        entry('global')
        const found = instance.runScript(
            `var e = new GlideRecord('oauth_entity'); e.addQuery('sys_scope.scope', gs.getCurrentScopeName()); e.query(); var ids = []; while (e.next()) ids.push(e.getUniqueValue()); ids.join(',');`
        )
        expect(found).toBe(mine)
    })
})

describe('gs.setProperty', () => {
    // "Sets the specified key to the specified value if the property is within the script's scope."
    // GlideSystem - Scoped, https://www.servicenow.com/docs/r/api-reference/server-api-reference/c_GlideSystemScopedAPI.html
    it("sets the app's own properties only; another scope's or a missing one stays as it was, with an error logged", () => {
        const instance = fixtureInstance()
        instance.setProperty('x_rescue_connect.fixture_enabled', 'true')
        instance.runScript("gs.setProperty('x_rescue_connect.fixture_enabled', 'false')")
        expect(instance.getProperty('x_rescue_connect.fixture_enabled')).toBe('false')

        instance.setProperty('glide.servlet.uri', 'https://acme.service-now.com/')
        instance.runScript("gs.setProperty('glide.servlet.uri', 'https://evil.example.com/'); gs.setProperty('x_rescue_connect.nope', 'x')")
        expect(instance.getProperty('glide.servlet.uri')).toBe('https://acme.service-now.com/')
        expect(instance.getProperty('x_rescue_connect.nope')).toBeNull()
        expect(instance.logs.map((entry) => entry.message)).toEqual([
            'gs.setProperty: glide.servlet.uri is not within scope x_rescue_connect (its scope: global); nothing was set',
            'gs.setProperty: x_rescue_connect.nope is not within scope x_rescue_connect (its scope: none (no such property)); nothing was set',
        ])
    })
})
