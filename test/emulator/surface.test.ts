// Guards "the emulator implements exactly what glide.d.ts declares": every member declared there must
// exist in the script world, so extending glide.d.ts without the emulator fails here first.
import { describe, expect, it } from 'vitest'
import { declaredMembers } from './glide-declarations.ts'
import { fixtureInstance } from './fixture.ts'

// Script-world expressions giving an object of each declared kind. REST request/response come from a probe route.
const SUBJECTS: Record<string, string> = {
    GlideRecord: "new GlideRecord('incident')",
    GlideRecordSecure: "new GlideRecordSecure('incident')",
    GlideElement: "new GlideRecord('incident').short_description",
    GlideTableHierarchy: "new GlideTableHierarchy('incident')",
    GlideDateTime: 'new GlideDateTime()',
    GlideSysAttachment: 'new GlideSysAttachment()',
    GlideUser: 'gs.getUser()',
    GlideSession: 'gs.getSession()',
    gs: 'gs',
    'sn_ws.RESTMessageV2': 'new sn_ws.RESTMessageV2()',
    'sn_ws.RESTResponseV2':
        "(function () { var r = new sn_ws.RESTMessageV2(); r.setEndpoint('https://unrouted.example.com/'); return r.execute(); })()",
    Class: 'Class',
    ObjectConstructor: 'Object',
    global: 'global',
}

describe('the emulated surface covers src/server/platform/glide.d.ts', () => {
    const declared = declaredMembers()

    it('finds the declarations (so this test cannot pass vacuously)', () => {
        expect([...declared.keys()]).toEqual(
            expect.arrayContaining([...Object.keys(SUBJECTS), 'sn_ws.RESTAPIRequest', 'sn_ws.RESTAPIResponse'])
        )
        expect(declared.get('GlideRecord')?.size).toBeGreaterThanOrEqual(30)
    })

    it.each(Object.keys(SUBJECTS))('%s has every declared member', (name) => {
        const instance = fixtureInstance()
        const names = [...(declared.get(name) ?? [])]
        const missing = instance.runScript(
            `(function (subject) { return names.filter(function (n) { return !(n in subject); }); })(${SUBJECTS[name]})`,
            {
                variables: { names },
            }
        ) as string[]
        expect([...missing]).toEqual([])
    })

    it('an undeclared gs method is not reported as present', () => {
        expect(fixtureInstance().runScript("'log' in gs")).toBe(false)
    })

    it('RESTAPIRequest and RESTAPIResponse have every declared member', () => {
        const instance = fixtureInstance()
        const requestNames = JSON.stringify([...declared.get('sn_ws.RESTAPIRequest')!])
        const responseNames = JSON.stringify([...declared.get('sn_ws.RESTAPIResponse')!])
        instance.db.insert('sys_ws_operation', {
            name: 'probe',
            http_method: 'GET',
            operation_uri: '/api/x_rescue_connect/v1/probe',
            requires_authentication: 'false',
            requires_acl_authorization: 'false',
            operation_script: `(function (request, response) {
                var missing = function (subject, names) { return names.filter(function (n) { return !(n in subject); }); };
                response.setBody({ request: missing(request, ${requestNames}), response: missing(response, ${responseNames}) });
            })(request, response);`,
        })
        const probed = instance.rest({ method: 'GET', path: '/api/x_rescue_connect/v1/probe' })
        expect(probed.status, probed.body).toBe(200)
        expect(JSON.parse(probed.body).result).toEqual({ request: [], response: [] })
    })
})
