import { describe, expect, it } from 'vitest'
import { fixtureInstance } from './fixture.ts'

describe('counters', () => {
    it('count queries, inserts, updates, deletes and outbound calls made by scripts, not seeding', () => {
        const instance = fixtureInstance()
        const seeded = instance.db.insert('incident', { short_description: 'seeded' })
        expect(instance.counters).toEqual({ queries: 0, inserts: 0, updates: 0, deletes: 0, outbound: 0, messageLoads: 0 })
        instance.runScript(`
            var gr = new GlideRecord('incident'); gr.query(); while (gr.next()) { gr.short_description = 'x'; gr.update(); }
            var one = new GlideRecord('incident'); one.get('${seeded}');
            var n = new GlideRecord('incident'); n.insert(); n.deleteRecord();
            var r = new sn_ws.RESTMessageV2(); r.setEndpoint('https://nowhere.example.com/'); r.execute();
        `)
        expect(instance.counters).toEqual({ queries: 2, inserts: 1, updates: 1, deletes: 1, outbound: 1, messageLoads: 0 })
        instance.resetCounters()
        expect(instance.counters).toEqual({ queries: 0, inserts: 0, updates: 0, deletes: 0, outbound: 0, messageLoads: 0 })
    })

    it('seeding changes (db.update, db.delete) are not counted; db.update converts like a GlideRecord', () => {
        const instance = fixtureInstance()
        const id = instance.db.insert('incident', {})
        instance.db.update('incident', id, { active: 'false', work_notes: 'seeded note' })
        expect(instance.db.get('incident', id)?.active).toBe('0')
        expect(instance.journal('incident', id).map((entry) => entry.value)).toEqual(['seeded note'])
        expect(instance.db.delete('incident', id)).toBe(true)
        expect(instance.counters).toEqual({ queries: 0, inserts: 0, updates: 0, deletes: 0, outbound: 0, messageLoads: 0 })
    })

    it('an update with nothing changed writes nothing', () => {
        const instance = fixtureInstance()
        const id = instance.db.insert('incident', {})
        instance.runScript("var gr = new GlideRecord('incident'); gr.get(id); gr.update();", { variables: { id } })
        expect(instance.counters.updates).toBe(0)
        expect(instance.db.get('incident', id)?.sys_mod_count).toBe('0')
    })

    it('opening current for a condition costs no query', () => {
        const instance = fixtureInstance()
        const id = instance.db.insert('incident', {})
        instance.evaluateCondition('current.active == true', { table: 'incident', sysId: id }, 'system')
        expect(instance.counters.queries).toBe(0)
    })
})

describe('secretsSeen', () => {
    it('finds a secret in logs, journals, plain fields, event parameters and outbound URLs, but not in password2 columns', () => {
        const instance = fixtureInstance()
        const secret = 'hunter2-secret'
        expect(instance.secretsSeen([secret])).toEqual([])
        instance.runScript(
            `
            var fx = new GlideRecord('x_rescue_connect_fx'); fx.secret = s; fx.insert();
        `,
            { variables: { s: secret } }
        )
        instance.setProperty('x_rescue_connect.fixture_password', 'x')
        expect(instance.secretsSeen([secret])).toEqual([])
        instance.runScript(
            `
            gs.info('leaking ' + s);
            var inc = new GlideRecord('incident'); inc.work_notes = 'note ' + s; inc.description = s; inc.insert();
            gs.eventQueue('x.event', inc, s);
            var r = new sn_ws.RESTMessageV2(); r.setEndpoint('https://nowhere.example.com/?pwd=' + s); r.execute();
        `,
            { variables: { s: secret } }
        )
        const places = instance.secretsSeen([secret]).map((s) => s.where)
        expect(places).toEqual(
            expect.arrayContaining([
                expect.stringMatching(/^log #0/),
                expect.stringMatching(/^event #0 x\.event parm1/),
                expect.stringMatching(/^outbound #0 URL/),
                expect.stringMatching(/^sys_journal_field\.value/),
                expect.stringMatching(/^incident\.description/),
            ])
        )
        expect(places).toHaveLength(5)
    })

    it("finds a secret in an attachment's content and in an email the event processor sent", () => {
        const instance = fixtureInstance()
        const secret = 'hunter2-secret'
        instance.db.insert('sysevent_register', { event_name: 'x_rescue_connect.fx.mail', suffix: 'fx.mail', table: 'incident' })
        instance.db.insert('sysevent_email_action', {
            name: 'Fx mail',
            collection: 'incident',
            active: 'true',
            generation_type: 'event',
            event_name: 'x_rescue_connect.fx.mail',
            event_parm_1: 'true',
            subject: 'About ${number}',
            message_html: '<p>${short_description}</p>',
        })
        instance.runScript(
            `var inc = new GlideRecord('incident'); inc.short_description = s; inc.insert();
             new GlideSysAttachment().write(inc, 'a.txt', 'text/plain', 'file ' + s);
             gs.eventQueue('x_rescue_connect.fx.mail', inc, 'someone@example.org');`,
            { variables: { s: secret } }
        )
        instance.processEvents()
        expect(
            instance
                .secretsSeen([secret])
                .map((s) => s.where)
                .sort()
        ).toEqual([
            expect.stringMatching(/^content of attachment [0-9a-f]{32}$/),
            'email #0 (Fx mail) body',
            expect.stringMatching(/^incident\.short_description of /),
        ])
    })
})
