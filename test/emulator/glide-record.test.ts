import { describe, expect, it } from 'vitest'
import { fixtureInstance } from './fixture.ts'

describe('GlideRecord values', () => {
    it('getValue returns strings as stored (booleans 1/0), null for empty; elements read true/false', () => {
        const instance = fixtureInstance()
        const result = instance.runScript(`
            var gr = new GlideRecord('incident');
            gr.initialize();
            gr.short_description = 'Printer offline';
            gr.setValue('priority', 2);
            var id = gr.insert();
            var check = new GlideRecord('incident');
            check.get(id);
            [typeof check.getValue('priority'), check.getValue('priority'), check.getValue('active'), check.active.toString(),
             check.getValue('description'), String(check.active == true), check.short_description + '', typeof check.short_description]
        `) as unknown[]
        expect([...result]).toEqual(['string', '2', '1', 'true', null, 'true', 'Printer offline', 'object'])
    })

    it('auto-numbers incidents INC0010001… and cases CS0001001…', () => {
        const instance = fixtureInstance()
        const numbers = instance.runScript(`
            var out = [];
            ['incident', 'incident', 'sn_customerservice_case'].forEach(function (table) {
                var gr = new GlideRecord(table); gr.insert(); out.push(gr.getValue('number'));
            });
            out.join(',')
        `)
        expect(numbers).toBe('INC0010001,INC0010002,CS0001001')
    })

    it('journal fields append sys_journal_field entries on insert and update and read back empty', () => {
        const instance = fixtureInstance()
        const id = instance.runAs(instance.addUser({ user_name: 'jane' }), () =>
            instance.runScript(`
                var gr = new GlideRecord('incident');
                gr.work_notes = 'first';
                var id = gr.insert();
                gr.setValue('work_notes', 'second');
                gr.update();
                gr.comments = 'to the caller';
                gr.update();
                [id, gr.work_notes.toString(), String(gr.getValue('work_notes'))].join('|')
            `)
        ) as string
        const [sysId, read, value] = id.split('|')
        expect(read).toBe('')
        expect(value).toBe('null')
        expect(instance.journal('incident', sysId!).map((e) => [e.value, e.sys_created_by])).toEqual([
            ['first', 'jane'],
            ['second', 'jane'],
        ])
        expect(instance.journal('incident', sysId!, 'comments').map((e) => e.value)).toEqual(['to the caller'])
        expect(instance.db.get('incident', sysId!)?.work_notes ?? '').toBe('')
    })

    it('refuses an insert that duplicates a unique value (insert returns null), like a unique index', () => {
        const instance = fixtureInstance()
        const result = instance.runScript(`
            var a = new GlideRecord('x_rescue_connect_fx'); a.code = 'A1'; var first = a.insert();
            var b = new GlideRecord('x_rescue_connect_fx'); b.code = 'A1'; var second = b.insert();
            var c = new GlideRecord('x_rescue_connect_fx'); c.code = 'B2'; c.insert(); c.code = 'A1'; var updated = c.update();
            [first !== null, second, updated].join(',')
        `)
        expect(result).toBe('true,,')
        expect(
            instance.db
                .rows('x_rescue_connect_fx')
                .map((r) => r.code)
                .sort()
        ).toEqual(['A1', 'B2'])
        expect(instance.logs.some((log) => log.level === 'error' && log.message.includes('Unique Key violation'))).toBe(true)
    })

    it('a write a business rule aborts (abortScriptWrites) writes nothing and returns null, also through a parent table', () => {
        const instance = fixtureInstance()
        const incident = instance.db.insert('incident', { short_description: 'Printer offline' })
        const lift = instance.db.abortScriptWrites('incident', ['update'])
        const result = instance.runScript(`
            var task = new GlideRecord('task'); task.get('${incident}');
            task.setValue('work_notes', 'refused'); task.setValue('short_description', 'changed');
            var updated = task.update();
            var other = new GlideRecord('incident'); other.short_description = 'new'; var inserted = other.insert();
            [updated, inserted !== null].join(',')
        `)
        expect(result).toBe(',true')
        expect(instance.db.get('incident', incident)?.short_description).toBe('Printer offline')
        expect(instance.journal('incident', incident)).toHaveLength(0)
        expect(instance.counters.updates).toBe(0)
        lift()
        expect(
            instance.runScript(
                `var again = new GlideRecord('incident'); again.get('${incident}'); again.short_description = 'changed'; again.update() !== null`
            )
        ).toBe(true)
    })

    it('stores password2 encrypted: getValue gives the stored form, getDecryptedValue the clear text', () => {
        const instance = fixtureInstance()
        const [stored, clear, displaySet] = instance.runScript(`
            var gr = new GlideRecord('x_rescue_connect_fx');
            gr.setValue('secret', 's3cret!');
            var id = gr.insert();
            gr.get(id);
            var other = new GlideRecord('x_rescue_connect_fx');
            other.getElement('secret').setDisplayValue('other-secret');
            other.insert();
            [gr.getValue('secret'), gr.getElement('secret').getDecryptedValue(), other.secret.getDecryptedValue()]
        `) as string[]
        expect(stored).not.toContain('s3cret!')
        expect(clear).toBe('s3cret!')
        expect(displaySet).toBe('other-secret')
        expect(instance.secretsSeen(['s3cret!', 'other-secret'])).toEqual([])
    })

    it('queries through a reference, booleans included', () => {
        const instance = fixtureInstance()
        const active = instance.addUser({ user_name: 'active.caller', email: 'a@example.com' })
        const inactive = instance.addUser({ user_name: 'gone.caller', active: false })
        instance.db.insert('incident', { caller_id: active, short_description: 'from active' })
        instance.db.insert('incident', { caller_id: inactive, short_description: 'from gone' })
        const found = (query: string) =>
            instance.runScript(
                `var gr = new GlideRecord('incident'); gr.addEncodedQuery('${query}'); gr.query(); gr.next() ? gr.getValue('short_description') + '/' + gr.getRowCount() : 'none'`
            )
        expect(found('caller_id.active=false')).toBe('from gone/1')
        expect(found('caller_id.email=a@example.com')).toBe('from active/1')
    })

    it('dot-walks references and gives display values', () => {
        const instance = fixtureInstance()
        const caller = instance.addUser({ user_name: 'john', first_name: 'John', last_name: 'Smith', email: 'john@example.com' })
        const id = instance.db.insert('incident', { caller_id: caller, short_description: 'x' })
        const result = instance.runScript(
            `[current.caller_id.email.toString(), current.caller_id.getDisplayValue(), current.getValue('caller_id.email'), current.caller_id.getRefRecord().getValue('user_name'), current.getDisplayValue()].join('|')`,
            { current: { table: 'incident', sysId: id } }
        )
        expect(result).toBe('john@example.com|John Smith|john@example.com|john|INC0010001')
    })
})

describe('GlideRecord queries', () => {
    function seeded() {
        const instance = fixtureInstance()
        for (const [name, priority, active] of [
            ['alpha', '1', true],
            ['beta', '2', false],
            ['gamma', '3', true],
            ['alphabet', '4', true],
        ] as const) {
            instance.db.insert('incident', { short_description: name, priority, active })
        }
        instance.db.insert('sn_customerservice_case', { short_description: 'case one' })
        return instance
    }
    const names = (instance: ReturnType<typeof seeded>, script: string) =>
        instance.runScript(
            `(function () { var gr = new GlideRecord('incident'); ${script}; gr.query(); var out = []; while (gr.next()) out.push(gr.getValue('short_description')); return out.join(','); })()`
        )

    // Each script adds conditions to `gr` (a GlideRecord on incident); the expected names are in result order.
    it.each([
        ["gr.addQuery('short_description', 'beta')", 'beta'],
        ["gr.addQuery('short_description', '!=', 'beta')", 'alpha,gamma,alphabet'],
        ["gr.addQuery('short_description', 'IN', 'alpha,gamma')", 'alpha,gamma'],
        ["gr.addQuery('short_description', 'STARTSWITH', 'alpha')", 'alpha,alphabet'],
        ["gr.addQuery('short_description', 'CONTAINS', 'mm')", 'gamma'],
        ["gr.addQuery('priority', '>', 2)", 'gamma,alphabet'],
        ["gr.addQuery('priority', '<', '2')", 'alpha'],
        ["gr.addQuery('active', true)", 'alpha,gamma,alphabet'],
        ["gr.addQuery('description', 'ISEMPTY', '')", 'alpha,beta,gamma,alphabet'],
        ["gr.addQuery('description', 'ISNOTEMPTY', '')", ''],
        ["gr.addNullQuery('description'); gr.addQuery('priority', '4')", 'alphabet'],
        ["gr.addQuery('priority', '1').addOrCondition('priority', '3')", 'alpha,gamma'],
        ["gr.addEncodedQuery('active=true^short_description=alpha^ORshort_description=gamma')", 'alpha,gamma'],
        ["gr.addEncodedQuery('priority>1^ORDERBYDESCpriority')", 'alphabet,gamma,beta'],
        ["gr.addEncodedQuery('short_description=beta^NQpriority=4')", 'beta,alphabet'],
        ["gr.orderByDesc('short_description'); gr.setLimit(2)", 'gamma,beta'],
        ["gr.orderBy('short_description')", 'alpha,alphabet,beta,gamma'],
    ])('%s finds %s', (script, expected) => {
        expect(names(seeded(), script)).toBe(expected)
    })

    it('get(sysId), get(field, value), getRowCount, isValidRecord, deleteRecord', () => {
        const instance = seeded()
        const result = instance.runScript(`
            var out = [];
            var gr = new GlideRecord('incident');
            out.push(gr.isValidRecord());
            out.push(gr.get('short_description', 'gamma'), gr.isValidRecord(), gr.getValue('number'));
            var byId = new GlideRecord('incident');
            out.push(byId.get(gr.getUniqueValue()), byId.get('no-such-id'), byId.isValidRecord());
            var all = new GlideRecord('incident'); all.query(); out.push(all.getRowCount());
            out.push(gr.deleteRecord());
            var again = new GlideRecord('incident'); again.query(); out.push(again.getRowCount());
            out.join(',')
        `)
        expect(result).toBe('false,true,true,INC0010003,true,false,false,4,true,3')
        expect(instance.counters.deletes).toBe(1)
    })

    it('querying task finds incidents and cases, each with its sys_class_name', () => {
        const instance = seeded()
        const result = instance.runScript(`
            var gr = new GlideRecord('task'); gr.addQuery('active', true); gr.orderBy('number'); gr.query();
            var out = []; while (gr.next()) out.push(gr.getValue('number') + ':' + gr.getRecordClassName() + ':' + gr.sys_class_name);
            out.join(',')
        `)
        expect(result).toBe(
            'CS0001001:sn_customerservice_case:sn_customerservice_case,INC0010001:incident:incident,INC0010003:incident:incident,INC0010004:incident:incident'
        )
        expect(
            instance.runScript("var c = new GlideRecord('incident'); c.addQuery('short_description', 'case one'); c.query(); c.next()")
        ).toBe(false)
    })

    it('knows which tables and fields exist', () => {
        const instance = fixtureInstance()
        const result = instance.runScript(`
            var none = new GlideRecord('no_table'); none.query();
            [none.isValid(), none.next(), none.insert(), new GlideRecord('incident').isValidField('caller_id'), new GlideRecord('incident').isValidField('calller_id'),
             new GlideRecord('incident').isValidField('work_notes'), typeof new GlideRecord('incident').no_such_field].join(',')
        `)
        expect(result).toBe('false,false,,true,false,true,undefined')
    })

    it('throws for GlideRecord methods it does not emulate instead of pretending', () => {
        const instance = fixtureInstance()
        expect(() => instance.runScript("new GlideRecord('incident').addJoinQuery('task')")).toThrow(
            'GlideRecord.addJoinQuery: unsupported in emulator'
        )
        expect(() => instance.runScript("var gr = new GlideRecord('incident'); gr.addQuery('number', 'BETWEEN', 'a@b')")).toThrow(
            'unsupported in emulator'
        )
        expect(() =>
            instance.runScript("var gr = new GlideRecord('incident'); gr.addEncodedQuery('numberSAMEASshort_description')")
        ).toThrow('unsupported in emulator')
    })
})

describe('GlideRecord.setNewGuidValue', () => {
    // GlideRecord - Scoped, setNewGuidValue(String guid): "Sets sys_id value for the current record" (before insert):
    // https://www.servicenow.com/docs/r/api-reference/server-api-reference/c_GlideRecordScopedAPI.html
    it('inserts the new record with that sys_id; on a stored record it is refused as undocumented', () => {
        const instance = fixtureInstance()
        const id = 'abcdefabcdefabcdefabcdefabcdef12'
        expect(instance.runScript(`var gr = new GlideRecord('incident'); gr.initialize(); gr.setNewGuidValue('${id}'); gr.insert()`)).toBe(
            id
        )
        expect(instance.db.get('incident', id)).toBeDefined()
        expect(() =>
            instance.runScript(`var gr = new GlideRecord('incident'); gr.get('${id}'); gr.setNewGuidValue('${'0'.repeat(32)}')`)
        ).toThrow(/unsupported/)
    })
})

describe('instance.displayValue', () => {
    it('is what a record holding the stored value gives from getDisplayValue, for the user', () => {
        const instance = fixtureInstance()
        const caller = instance.addUser({ user_name: 'ann', first_name: 'Ann', last_name: 'Lee' })
        const incident = instance.db.insert('incident', {
            short_description: 'x',
            caller_id: caller,
            active: 'false',
            time_worked: '1970-01-01 00:29:29',
        })
        const shown = (field: string) =>
            instance.runScript(`var gr = new GlideRecord('incident'); gr.get('${incident}'); gr.getDisplayValue('${field}')`)
        for (const field of ['caller_id', 'active', 'time_worked']) {
            expect(instance.displayValue('incident', field, instance.db.get('incident', incident)![field]!, caller), field).toBe(
                shown(field)
            )
        }
        expect([
            instance.displayValue('incident', 'caller_id', caller, caller),
            instance.displayValue('incident', 'time_worked', '1970-01-01 00:29:29', caller),
        ]).toEqual(['Ann Lee', '29 Minutes'])
    })
})
