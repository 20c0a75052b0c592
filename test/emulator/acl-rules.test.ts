// How the platform evaluates record and field ACLs, rule by rule, each with the page that documents it:
//   EXPLORE    https://www.servicenow.com/docs/r/platform-security/access-control/exploring-access-control-list.html
//   RULE_TYPES https://www.servicenow.com/docs/r/xanadu/platform-security/access-control/acl-rule-types.html
//   CONFIGURE  https://www.servicenow.com/docs/r/xanadu/platform-security/access-control/t_CreateAnACLRule.html
//   DENY       https://www.servicenow.com/docs/r/platform-security/access-control/acl-denial-behavior.html
//   OVERRIDE   https://www.servicenow.com/docs/r/yokohama/platform-security/access-control/t_EvalAdmOverrideAccLevel.html
//   ELEMENT    https://www.servicenow.com/docs/r/api-reference/server-api-reference/c_GlideElementScopedAPI.html
//   SECURE     https://docs.servicenow.com/bundle/istanbul-servicenow-platform/page/script/glide-server-apis/concept/c_UsingGlideRecordSecure.html
//   LIST_PAGES https://hi.service-now.com/kb_view.do?sysparm_article=KB0718678
//   QUERY      https://www.servicenow.com/docs/r/yokohama/platform-security/access-control/query-acl-rule.html
//              (Yokohama's page: ServiceNow/ServiceNowDocs, branch yokohama, markdown/platform-security/access-control/query-acl-rule.md)
// The fixture ships no ACL on task, incident or x_rescue_connect_subtask (which extends task), so each
// test adds the sys_security_acl rows it is about, shaped as now-sdk builds them.
import { describe, expect, it } from 'vitest'
import type { Instance, NewAcl } from '../../emulator/index.ts'
import { fixtureInstance } from './fixture.ts'

type AclSpec = NewAcl

/** As Instance.addAcl, but a role that does not exist is linked anyway (the platform calls that ACL invalid). */
function addAcl(instance: Instance, spec: AclSpec): string {
    const known = (spec.roles ?? []).filter((role) => instance.db.rows('sys_user_role').some((row) => row.name === role))
    const sysId = instance.addAcl({ ...spec, roles: known })
    for (const role of (spec.roles ?? []).filter((name) => !known.includes(name)))
        instance.db.insert('sys_security_acl_role', { sys_security_acl: sysId, sys_user_role: `missing-role-${role}` })
    return sysId
}

function world(options: { baseQueryAcls?: boolean } = {}) {
    const instance = fixtureInstance(options)
    for (const name of ['acl_reader', 'acl_other', 'nobody']) instance.db.insert('sys_user_role', { name })
    const users = {
        plain: instance.addUser({ user_name: 'plain' }),
        reader: instance.addUser({ user_name: 'reader', roles: ['acl_reader'] }),
        other: instance.addUser({ user_name: 'other', roles: ['acl_other'] }),
        admin: instance.addUser({ user_name: 'boss', roles: ['admin'] }),
    }
    const incident = (fields: Record<string, string> = {}) =>
        instance.db.insert('incident', { short_description: 'Printer', description: 'Floor 3', active: 'true', priority: '3', ...fields })
    const acl = (spec: AclSpec) => addAcl(instance, spec)
    /** What a script running as the user learns about one record and its fields. */
    const look = (user: string, table: string, sysId: string, fields: string[] = []) =>
        JSON.parse(
            instance.runScript(
                `(function () {
                    var gr = new GlideRecord('${table}'); gr.get('${sysId}');
                    var secure = new GlideRecordSecure('${table}'); var found = secure.get('${sysId}');
                    var out = { record: gr.canRead(), secure: found, fields: {} };
                    ${JSON.stringify(fields)}.forEach(function (f) {
                        out.fields[f] = { canRead: gr[f].canRead(), secureValue: found ? secure.getValue(f) : 'n/a', plainValue: gr.getValue(f) };
                    });
                    return JSON.stringify(out);
                })()`,
                { asUser: user }
            ) as string
        ) as {
            record: boolean
            secure: boolean
            fields: Record<string, { canRead: boolean; secureValue: string | null; plainValue: string | null }>
        }
    const canRead = (user: string, table: string, sysId: string) => look(user, table, sysId).record
    return { instance, users, incident, acl, look, canRead }
}

describe('table ACLs: the most specific table that has any decides (RULE_TYPES "Table ACL rules", EXPLORE "ACL matching requirements")', () => {
    it('a parent table ACL applies to a child table that has none', () => {
        const { users, incident, acl, canRead } = world()
        const row = incident()
        acl({ name: 'task', roles: ['acl_reader'] })
        expect(canRead(users.plain, 'incident', row)).toBe(false)
        expect(canRead(users.reader, 'incident', row)).toBe(true)
    })

    it("once the child table has an ACL, a passing parent ACL does not rescue a failing child's", () => {
        const { instance, users, incident, acl, canRead } = world()
        const row = incident()
        const subtask = instance.db.insert('x_rescue_connect_subtask', { short_description: 'Sub' })
        acl({ name: 'task', roles: ['acl_reader'] })
        acl({ name: 'incident', roles: ['acl_other'] })
        expect(canRead(users.reader, 'incident', row)).toBe(false)
        expect(canRead(users.other, 'incident', row)).toBe(true)
        expect(canRead(users.reader, 'x_rescue_connect_subtask', subtask)).toBe(true)
        expect(canRead(users.other, 'x_rescue_connect_subtask', subtask)).toBe(false)
    })

    it('the wildcard table ACL (*) applies when no table in the chain has one', () => {
        const { users, incident, acl, canRead } = world()
        const row = incident()
        acl({ name: '*', roles: ['acl_reader'] })
        expect(canRead(users.plain, 'incident', row)).toBe(false)
        expect(canRead(users.reader, 'incident', row)).toBe(true)
    })
})

describe('field ACLs (RULE_TYPES "Field ACL rules"; SECURE "Checking for NULL values"; ELEMENT canRead)', () => {
    it('hide the field, not the row: GlideRecordSecure holds NULL for it, GlideRecord still reads it, GlideElement.canRead says so', () => {
        const { users, incident, acl, look } = world()
        const row = incident()
        acl({ name: 'incident.description', roles: ['acl_reader'] })
        const plain = look(users.plain, 'incident', row, ['description', 'short_description'])
        expect(plain.secure).toBe(true)
        expect(plain.fields.description).toEqual({ canRead: false, secureValue: null, plainValue: 'Floor 3' })
        expect(plain.fields.short_description).toEqual({ canRead: true, secureValue: 'Printer', plainValue: 'Printer' })
        expect(look(users.reader, 'incident', row, ['description']).fields.description).toEqual({
            canRead: true,
            secureValue: 'Floor 3',
            plainValue: 'Floor 3',
        })
    })

    it('a hidden field reads as empty everywhere through GlideRecordSecure: element, display value, a list query', () => {
        const { instance, users, incident, acl } = world()
        incident()
        acl({ name: 'incident.description', roles: ['acl_reader'] })
        const seen = instance.runScript(
            `var s = new GlideRecordSecure('incident'); s.query(); s.next();
             [String(s.description), s.getDisplayValue('description'), s.description.nil()].join('|')`,
            { asUser: users.plain }
        )
        expect(seen).toBe('||true')
    })

    it('are matched in the documented order: table.field, parent.field, *.field, table.*, parent.*, *.*', () => {
        const check = (acls: AclSpec[], who: 'plain' | 'reader' | 'other', field: string) => {
            const { users, incident, acl, look } = world()
            const row = incident()
            for (const spec of acls) acl(spec)
            return look(users[who], 'incident', row, [field]).fields[field]!.canRead
        }
        // parent.field applies to the child's field
        expect(check([{ name: 'task.description', roles: ['acl_reader'] }], 'plain', 'description')).toBe(false)
        expect(check([{ name: 'task.description', roles: ['acl_reader'] }], 'reader', 'description')).toBe(true)
        // table.field decides before parent.field
        const both: AclSpec[] = [
            { name: 'incident.description', roles: ['acl_other'] },
            { name: 'task.description', roles: ['acl_reader'] },
        ]
        expect(check(both, 'reader', 'description')).toBe(false)
        expect(check(both, 'other', 'description')).toBe(true)
        // *.field decides before table.*
        const named: AclSpec[] = [
            { name: 'incident.*', roles: ['acl_other'] },
            { name: '*.description', roles: ['acl_reader'] },
        ]
        expect(check(named, 'reader', 'description')).toBe(true)
        expect(check(named, 'other', 'description')).toBe(false)
        expect(check(named, 'reader', 'short_description')).toBe(false)
        expect(check(named, 'other', 'short_description')).toBe(true)
        // parent.* and *.* apply last
        expect(check([{ name: 'task.*', roles: ['acl_reader'] }], 'plain', 'short_description')).toBe(false)
        expect(check([{ name: '*.*', roles: ['acl_reader'] }], 'plain', 'short_description')).toBe(false)
        expect(check([{ name: '*.*', roles: ['acl_reader'] }], 'reader', 'short_description')).toBe(true)
    })

    it('a user who fails the table ACL reads no field, even one whose field ACL they pass', () => {
        const { users, incident, acl, look } = world()
        const row = incident()
        acl({ name: 'incident', roles: ['acl_other'] })
        acl({ name: 'incident.description', roles: ['acl_reader'] })
        expect(look(users.reader, 'incident', row, ['description']).fields.description!.canRead).toBe(false)
    })

    it('two field ACLs at the same point are alternatives (EXPLORE "Multiple ACL rules at the same point")', () => {
        const { users, incident, acl, look } = world()
        const row = incident()
        acl({ name: 'incident.description', roles: ['acl_reader'] })
        acl({ name: 'incident.description', roles: ['acl_other'] })
        expect(look(users.reader, 'incident', row, ['description']).fields.description!.canRead).toBe(true)
        expect(look(users.other, 'incident', row, ['description']).fields.description!.canRead).toBe(true)
        expect(look(users.plain, 'incident', row, ['description']).fields.description!.canRead).toBe(false)
    })

    it('a field the user may not write is stored as NULL by GlideRecordSecure (SECURE "Non-writable fields")', () => {
        const { instance, users, incident, acl } = world()
        const row = incident()
        acl({ name: 'incident.description', operation: 'write', roles: ['acl_other'] })
        instance.runScript(
            `var s = new GlideRecordSecure('incident'); s.get('${row}'); s.short_description = 'Changed'; s.description = 'Forged'; s.update();
             var n = new GlideRecordSecure('incident'); n.short_description = 'New'; n.description = 'Forged too'; n.insert();`,
            { asUser: users.reader }
        )
        expect(instance.db.get('incident', row)).toMatchObject({ short_description: 'Changed', description: '' })
        expect(instance.db.rows('incident').find((r) => r.short_description === 'New')?.description).toBe('')
        expect(
            instance.runScript(
                `var g = new GlideRecord('incident'); g.get('${row}'); [g.description.canWrite(), g.short_description.canWrite(), g.description.canCreate()].join()`,
                { asUser: users.reader }
            )
        ).toBe('false,true,false')
    })
})

describe('one ACL: roles, condition and script must all pass (EXPLORE "ACL evaluation process"; CONFIGURE "Script")', () => {
    it('fails when any of the three fails', () => {
        const { users, incident, acl, canRead } = world()
        acl({ name: 'incident', roles: ['acl_reader'], condition: 'active=true', script: "answer = current.getValue('priority') == '1';" })
        expect(canRead(users.reader, 'incident', incident({ priority: '1' }))).toBe(true)
        expect(canRead(users.other, 'incident', incident({ priority: '1' }))).toBe(false)
        expect(canRead(users.reader, 'incident', incident({ priority: '1', active: 'false' }))).toBe(false)
        expect(canRead(users.reader, 'incident', incident({ priority: '2' }))).toBe(false)
    })

    it('the script grants by setting answer to true, or by evaluating to true; answer wins, and only boolean true grants', () => {
        const verdict = (script: string) => {
            const { users, incident, acl, canRead } = world()
            acl({ name: 'incident', roles: ['acl_reader'], script })
            return canRead(users.reader, 'incident', incident({ priority: '1' }))
        }
        expect(verdict('answer = current.active == true;')).toBe(true)
        expect(verdict("current.getValue('priority') == '1'")).toBe(true)
        expect(verdict("answer = false; current.getValue('priority') == '1'")).toBe(false)
        expect(verdict("answer = 'true';")).toBe(false)
        expect(verdict("var unrelated = 'x';")).toBe(false)
    })

    it('a script that throws denies, and the error is logged', () => {
        const { instance, users, incident, acl, canRead } = world()
        acl({ name: 'incident', roles: ['acl_reader'], script: 'answer = current.no_such_field.getValue();' })
        expect(canRead(users.reader, 'incident', incident())).toBe(false)
        expect(instance.logs.some((log) => log.level === 'error' && log.message.includes('ACL'))).toBe(true)
    })

    it('a create ACL sees a new, empty record: its condition on a field fails (EXPLORE "create")', () => {
        const { instance, users, acl } = world()
        acl({ name: 'incident', operation: 'create', roles: ['acl_reader'], condition: 'active=true' })
        const created = instance.runScript(
            `var n = new GlideRecordSecure('incident'); n.active = true; n.short_description = 'x'; n.insert()`,
            { asUser: users.reader }
        )
        expect(created).toBe(null)
        expect(instance.runScript(`new GlideRecord('incident').canCreate()`, { asUser: users.reader })).toBe(false)
    })
})

describe('Allow-If and Deny-Unless (DENY; EXPLORE "Multiple ACL rules at the same point")', () => {
    it('Allow-If ACLs at the same point are alternatives: passing one is enough', () => {
        const { users, incident, acl, canRead } = world()
        const row = incident()
        acl({ name: 'incident', roles: ['acl_reader'] })
        acl({ name: 'incident', roles: ['acl_other'] })
        expect(canRead(users.reader, 'incident', row)).toBe(true)
        expect(canRead(users.other, 'incident', row)).toBe(true)
        expect(canRead(users.plain, 'incident', row)).toBe(false)
    })

    it('a failing Deny-Unless denies even when an Allow-If passes; a passing one alone grants', () => {
        const { users, incident, acl, canRead } = world()
        const row = incident()
        acl({ name: 'incident', decision: 'deny', roles: ['acl_reader'] })
        expect(canRead(users.reader, 'incident', row)).toBe(true)
        expect(canRead(users.plain, 'incident', row)).toBe(false)
        acl({ name: 'incident', roles: ['acl_other'] })
        expect(canRead(users.other, 'incident', row)).toBe(false)
    })

    it("a parent table's Deny-Unless still applies when the child table has its own Allow-If (the stricter reading)", () => {
        const { users, incident, acl, canRead } = world()
        const row = incident()
        acl({ name: 'task', decision: 'deny', roles: ['acl_reader'] })
        acl({ name: 'incident', roles: ['acl_other'] })
        expect(canRead(users.other, 'incident', row)).toBe(false)
    })
})

describe('admin (CONFIGURE "Admin overrides", "Requires role"; OVERRIDE)', () => {
    it('passes an ACL with admin overrides on, whatever its roles, condition and script', () => {
        const { users, incident, acl, canRead } = world()
        acl({ name: 'incident', roles: ['acl_reader'], condition: 'active=true', script: 'answer = false;' })
        expect(canRead(users.admin, 'incident', incident({ active: 'false' }))).toBe(true)
    })

    it('with admin overrides off, still passes the role check but must meet the condition and script', () => {
        const { users, incident, acl, canRead } = world()
        acl({ name: 'incident', roles: ['acl_reader'], condition: 'active=true', adminOverrides: false })
        expect(canRead(users.admin, 'incident', incident())).toBe(true)
        expect(canRead(users.admin, 'incident', incident({ active: 'false' }))).toBe(false)
    })

    it('one ACL with admin overrides off turns the override off for all on that object, unless glide.security.admin.override.accessterm is true', () => {
        const { instance, users, incident, acl, canRead } = world()
        const row = incident({ priority: '3' })
        acl({ name: 'incident', roles: ['acl_reader'], condition: 'priority=1' })
        acl({ name: 'incident', roles: ['acl_other'], condition: 'priority=2', adminOverrides: false })
        expect(canRead(users.admin, 'incident', row)).toBe(false)
        instance.setProperty('glide.security.admin.override.accessterm', 'true')
        expect(canRead(users.admin, 'incident', row)).toBe(true)
    })

    it('an ACL that requires the nobody role denies admin too', () => {
        const { users, incident, acl, canRead } = world()
        acl({ name: 'incident', roles: ['nobody'] })
        expect(canRead(users.admin, 'incident', incident())).toBe(false)
    })
})

describe('empty and invalid ACLs deny everyone (EXPLORE "Deny by default behavior")', () => {
    it.each([
        ['no role, condition or script', { name: 'incident' }],
        ['a role that does not exist', { name: 'incident', roles: ['no_such_role'] }],
        ['a script that is only answer=true', { name: 'incident', script: ' answer = true ; ' }],
        ['a script that is only true', { name: 'incident', script: 'true' }],
    ])('%s', (_label, spec: AclSpec) => {
        const { users, incident, acl, canRead } = world()
        const row = incident()
        acl(spec)
        expect(canRead(users.reader, 'incident', row)).toBe(false)
        expect(canRead(users.admin, 'incident', row)).toBe(false)
    })
})

describe('Applies To (EXPLORE "Applies-to behavior")', () => {
    it('an ACL applies only to the records its filter matches', () => {
        const { users, incident, acl, canRead } = world()
        acl({ name: 'incident', roles: ['acl_reader'], appliesTo: 'priority=1' })
        expect(canRead(users.plain, 'incident', incident({ priority: '1' }))).toBe(false)
        expect(canRead(users.plain, 'incident', incident({ priority: '2' }))).toBe(true)
        expect(canRead(users.reader, 'incident', incident({ priority: '1' }))).toBe(true)
    })

    it('compares values case-sensitively ("Applies-to is case sensitive"), unlike a GlideRecord query', () => {
        const { users, incident, acl, canRead } = world()
        acl({ name: 'incident', roles: ['acl_reader'], appliesTo: 'category=Hardware' })
        expect(canRead(users.plain, 'incident', incident({ category: 'Hardware' }))).toBe(false)
        expect(canRead(users.plain, 'incident', incident({ category: 'hardware' }))).toBe(true)
    })
})

describe('GlideRecordSecure checks rows after the query (EXPLORE "Pre and post query ACL checks"; LIST_PAGES)', () => {
    function threeIncidents() {
        const w = world()
        for (const priority of ['1', '2', '3']) w.incident({ priority, short_description: `P${priority}` })
        w.acl({ name: 'incident', roles: ['acl_reader'], condition: 'priority!=1' })
        return w
    }

    it('next() skips the rows the user may not read; setLimit counts rows before the ACLs, so a page can come back short', () => {
        const { instance, users } = threeIncidents()
        const list = (limit: string) =>
            instance.runScript(
                `var s = new GlideRecordSecure('incident'); s.orderBy('priority'); ${limit} s.query(); var out = []; while (s.next()) out.push(s.getValue('short_description')); out.join()`,
                {
                    asUser: users.reader,
                }
            )
        expect(list('')).toBe('P2,P3')
        expect(list('s.setLimit(2);')).toBe('P2')
    })

    it('getRowCount is refused once ACLs removed rows (the platform does not document what it counts then)', () => {
        const { instance, users } = threeIncidents()
        expect(() =>
            instance.runScript(`var s = new GlideRecordSecure('incident'); s.query(); s.getRowCount()`, { asUser: users.reader })
        ).toThrow(/unsupported/)
        expect(
            instance.runScript(`var s = new GlideRecordSecure('incident'); s.addQuery('priority', '2'); s.query(); s.getRowCount()`, {
                asUser: users.reader,
            })
        ).toBe(1)
    })
})

describe('ACLs of a parent-table GlideRecord on a child-class row', () => {
    it('are refused: which class ACLs the platform applies there is not documented', () => {
        const { instance, users, incident } = world()
        const row = incident()
        expect(() => instance.runScript(`var t = new GlideRecord('task'); t.get('${row}'); t.canRead()`, { asUser: users.reader })).toThrow(
            /unsupported/
        )
    })

    it("so GlideRecordSecure on the parent table refuses such a row rather than reading it through the parent's ACLs alone", () => {
        const { instance, users, incident, acl } = world()
        const row = incident()
        acl({ name: 'incident', roles: ['acl_other'] })
        expect(() => instance.runScript(`var t = new GlideRecordSecure('task'); t.query(); t.next()`, { asUser: users.reader })).toThrow(
            /unsupported/
        )
        expect(() => instance.runScript(`new GlideRecordSecure('task').get('${row}')`, { asUser: users.reader })).toThrow(/unsupported/)
        expect(instance.runScript(`var i = new GlideRecordSecure('incident'); i.get('${row}')`, { asUser: users.reader })).toBe(false)
    })
})

describe('query ACLs: query_match and query_range decide which conditions and orders a secure query may use (QUERY)', () => {
    /** The short descriptions a secure query as the user returns, in the query's order. */
    function secureQuery(instance: Instance, user: string, encoded: string): string[] {
        return instance.secureQuery('incident', user, encoded).rows.map((row) => row.short_description!)
    }

    function seeded(options: { baseQueryAcls?: boolean } = {}) {
        const w = world(options)
        w.incident({ short_description: 'a', description: 'password hunter2' })
        w.incident({ short_description: 'b', description: 'nothing here' })
        w.incident({ short_description: 'c', description: 'zzz' })
        return w
    }

    it('without the base query ACLs and without one of its own, a field filters and sorts for everyone, even one they may not read', () => {
        const { instance, users, acl } = seeded()
        acl({ name: 'incident.description', roles: ['acl_reader'] })
        expect(secureQuery(instance, users.plain, 'descriptionLIKEhunter')).toEqual(['a'])
        expect(secureQuery(instance, users.plain, 'ORDERBYDESCdescription')).toEqual(['c', 'a', 'b'])
    })

    it("the platform's base *.* query ACLs delegate to read access: a field the user reads filters and sorts…", () => {
        const { instance, users } = seeded({ baseQueryAcls: true })
        expect(secureQuery(instance, users.plain, 'descriptionLIKEhunter')).toEqual(['a'])
        expect(secureQuery(instance, users.plain, 'ORDERBYDESCdescription')).toEqual(['c', 'a', 'b'])
    })

    it('…and a field the user may not read is no filter and no order: the rows are the same whatever the value', () => {
        const { instance, users, acl } = seeded({ baseQueryAcls: true })
        acl({ name: 'incident.description', roles: ['acl_reader'] })
        for (const query of [
            'descriptionLIKEhunter',
            'descriptionLIKEnobody-has-this',
            'descriptionSTARTSWITHp',
            'description=zzz',
            'descriptionISEMPTY',
            'descriptionINzzz,x',
        ]) {
            expect(secureQuery(instance, users.plain, `${query}^ORDERBYshort_description`), query).toEqual(['a', 'b', 'c'])
        }
        expect(secureQuery(instance, users.plain, 'ORDERBYdescription^ORDERBYDESCshort_description')).toEqual(['c', 'b', 'a'])
        expect(secureQuery(instance, users.reader, 'descriptionLIKEhunter')).toEqual(['a'])
    })

    it('query_range ACLs govern range operators and sorting; query_match the match operators (=, !=, IN, NOT IN, empty checks)', () => {
        const { instance, users, acl } = seeded()
        acl({ name: 'incident.description', operation: 'query_range', roles: ['acl_reader'] })
        // Match queries still work for the plain user: the field is readable and no query_match ACL exists.
        expect(secureQuery(instance, users.plain, 'description=zzz')).toEqual(['c'])
        expect(secureQuery(instance, users.plain, 'descriptionLIKEhunter^ORDERBYshort_description')).toEqual(['a', 'b', 'c'])
        expect(secureQuery(instance, users.plain, 'ORDERBYDESCdescription')).toHaveLength(3)
        expect(secureQuery(instance, users.plain, 'ORDERBYdescription^ORDERBYDESCshort_description')).toEqual(['c', 'b', 'a'])
        expect(secureQuery(instance, users.reader, 'descriptionLIKEhunter')).toEqual(['a'])
        acl({ name: 'incident.description', operation: 'query_match', roles: ['acl_reader'] })
        expect(secureQuery(instance, users.plain, 'description=zzz^ORDERBYshort_description')).toEqual(['a', 'b', 'c'])
        expect(secureQuery(instance, users.reader, 'description=zzz')).toEqual(['c'])
    })

    it('a query ACL overrides the read delegation: a user who reads the field may still be refused the query', () => {
        const { instance, users, acl } = seeded()
        acl({ name: 'incident.description', operation: 'query_range', roles: ['acl_other'] })
        acl({ name: 'incident.description', roles: ['acl_reader', 'acl_other'] })
        expect(secureQuery(instance, users.reader, 'descriptionLIKEhunter')).toHaveLength(3)
        expect(secureQuery(instance, users.other, 'descriptionLIKEhunter')).toEqual(['a'])
    })

    it('an OR alternative on a refused field is left out of its condition; admin passes; GlideRecord (not secure) is not affected', () => {
        const { instance, users, acl } = seeded()
        acl({ name: 'incident.description', operation: 'query_range', roles: ['acl_reader'] })
        expect(secureQuery(instance, users.plain, 'short_description=b^ORdescriptionLIKEhunter')).toEqual(['b'])
        expect(secureQuery(instance, users.admin, 'descriptionLIKEhunter')).toEqual(['a'])
        const plain = instance.runScript(
            `var g = new GlideRecord('incident'); g.addQuery('description', 'CONTAINS', 'hunter'); g.query(); var n = 0; while (g.next()) n++; n`,
            { asUser: users.plain }
        )
        expect(plain).toBe(1)
    })
})
