// How the platform's database treats strings, as the documentation states it:
// - GlideRecord queries compare strings case-insensitively
//   (https://www.servicenow.com/docs/r/xanadu/api-reference/server-api-reference/c_GlideFilterScopedAPI.html,
//   "Case sensitivity": "GlideRecord queries are case-insensitive");
// - a string column's max_length is not enforced by the platform; the database column is varchar(max_length)
//   up to 255 and mediumtext (16,777,215 bytes) above, and the database limits what is kept
//   (KB0685779, https://support.servicenow.com/kb?id=kb_article_view&sysparm_article=KB0685779).
import { describe, expect, it } from 'vitest'
import { fixtureInstance } from './fixture.ts'

describe('string comparison in queries', () => {
    const seeded = () => {
        const instance = fixtureInstance()
        for (const short_description of ['Alpha', 'beta', 'GAMMA']) instance.db.insert('incident', { short_description })
        instance.addUser({ user_name: 'abel.tuter', first_name: 'Abel', email: 'Abel.Tuter@Example.com' })
        return instance
    }
    const names = (script: string) =>
        seeded().runScript(
            `(function () { var gr = new GlideRecord('incident'); ${script}; gr.query(); var out = []; while (gr.next()) out.push(gr.getValue('short_description')); return out.join(','); })()`
        )

    it.each([
        ["gr.addQuery('short_description', 'alpha')", 'Alpha'],
        ["gr.addQuery('short_description', '=', 'BETA')", 'beta'],
        ["gr.addQuery('short_description', '!=', 'gamma')", 'Alpha,beta'],
        ["gr.addQuery('short_description', 'IN', 'ALPHA,Gamma')", 'Alpha,GAMMA'],
        ["gr.addQuery('short_description', 'NOT IN', 'alpha,gamma')", 'beta'],
        ["gr.addEncodedQuery('short_description=gamma^ORshort_description=ALPHA')", 'Alpha,GAMMA'],
    ])('%s finds %s (case-insensitive)', (script, expected) => {
        expect(names(script)).toBe(expected)
    })

    it('get(field, value) and a query on sys_user.email ignore case, as the documentation example shows for first_name', () => {
        const instance = seeded()
        const result = instance.runScript(`
            var byName = new GlideRecord('sys_user'); byName.addQuery('first_name', 'abel'); byName.query();
            var byEmail = new GlideRecord('sys_user');
            [byName.next(), byEmail.get('email', 'abel.tuter@example.COM'), byEmail.getValue('email')].join(',')
        `)
        expect(result).toBe('true,true,Abel.Tuter@Example.com')
    })
})

describe('string column sizes', () => {
    it('a column of max_length up to 255 keeps at most max_length characters: the rest is cut, and the emulator records the cut', () => {
        const instance = fixtureInstance()
        const result = instance.runScript(`
            var gr = new GlideRecord('x_rescue_connect_fx');
            gr.setValue('name', '${'n'.repeat(39)}€é');
            var id = gr.insert();
            var again = new GlideRecord('x_rescue_connect_fx'); again.get(id);
            again.getValue('name')
        `)
        expect(result).toBe('n'.repeat(39) + '€')
        expect(instance.truncations).toEqual([
            {
                table: 'x_rescue_connect_fx',
                field: 'name',
                sysId: expect.stringMatching(/^[0-9a-f]{32}$/),
                size: 41,
                limit: 40,
                unit: 'characters',
            },
        ])
    })

    it('a value within max_length is kept whole and records nothing', () => {
        const instance = fixtureInstance()
        const id = instance.db.insert('x_rescue_connect_fx', { name: '😀'.repeat(40) })
        expect(instance.db.get('x_rescue_connect_fx', id)?.name).toBe('😀'.repeat(40))
        expect(instance.truncations).toEqual([])
    })

    it('an update is cut the same way', () => {
        const instance = fixtureInstance()
        const id = instance.db.insert('x_rescue_connect_fx', { name: 'short' })
        instance.runScript(
            `var gr = new GlideRecord('x_rescue_connect_fx'); gr.get('${id}'); gr.setValue('name', '${'x'.repeat(50)}'); gr.update();`
        )
        expect(instance.db.get('x_rescue_connect_fx', id)?.name).toBe('x'.repeat(40))
        expect(instance.truncations).toHaveLength(1)
    })

    it('a column of max_length over 255 is mediumtext: max_length is not enforced, 16,777,215 bytes of UTF-8 are', () => {
        const instance = fixtureInstance()
        instance.db.schema.define({ name: 'x_rescue_connect_fx', columns: [{ name: 'long_text', type: 'string', maxLength: 1000 }] })
        const over = instance.db.insert('x_rescue_connect_fx', { long_text: 'y'.repeat(5000) })
        expect(instance.db.get('x_rescue_connect_fx', over)?.long_text).toHaveLength(5000)
        expect(instance.truncations).toEqual([])
        const wide = instance.db.insert('x_rescue_connect_fx', { long_text: '€'.repeat(6_000_000) })
        expect(instance.db.get('x_rescue_connect_fx', wide)?.long_text).toBe('€'.repeat(5_592_405))
        expect(instance.truncations).toEqual([
            { table: 'x_rescue_connect_fx', field: 'long_text', sysId: wide, size: 18_000_000, limit: 16_777_215, unit: 'bytes' },
        ])
    })
})
