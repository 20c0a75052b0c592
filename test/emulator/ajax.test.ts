import { describe, expect, it } from 'vitest'
import { fixtureInstance } from './fixture.ts'

function withUsers() {
    const instance = fixtureInstance()
    instance.addUser({ user_name: 'agent', roles: ['x_rescue_connect.fixture_role'] })
    instance.addUser({ user_name: 'outsider' })
    instance.addUser({ user_name: 'service', roles: ['x_rescue_connect.fixture_role'], web_service_access_only: true })
    return instance
}

describe('GlideAjax', () => {
    it('instantiates the client-callable Script Include and answers with the method return value', () => {
        const instance = withUsers()
        expect(instance.ajax('x_rescue_connect.FixtureAjax', 'hello', { sysparm_who: 'Ann' }, 'agent')).toEqual({
            answer: 'hi Ann from agent via hello',
            status: 200,
        })
        expect(instance.ajax('FixtureAjax', 'nothing', {}, 'agent')).toEqual({ answer: null, status: 200 })
    })

    it('resolves other Script Includes through the scope namespace, lazily', () => {
        const instance = withUsers()
        expect(instance.ajax('x_rescue_connect.FixtureAjax', 'library', { sysparm_n: '21' }, 'agent').answer).toBe('42')
        expect(instance.runScript('FixtureLibrary.twice(2) + x_rescue_connect.FixtureLibrary.twice(3)')).toBe('46')
        expect(instance.scriptInclude('FixtureLibrary')).toBe(instance.scriptInclude('x_rescue_connect.FixtureLibrary'))
    })

    it('honours the client_callable_script_include ACL and refuses what is not client callable', () => {
        const instance = withUsers()
        expect(instance.ajax('x_rescue_connect.FixtureAjax', 'hello', {}, 'outsider')).toEqual({ answer: null, status: 403 })
        expect(instance.ajax('x_rescue_connect.FixtureLibrary', 'twice', {}, 'agent').status).toBe(404)
        expect(instance.ajax('x_rescue_connect.FixtureAjax', 'noSuchMethod', {}, 'agent').status).toBe(404)
        expect(instance.ajax('x_rescue_connect.FixtureAjax', 'hello', {}, 'service').status).toBe(401)
    })

    // GlideAjax - Client, https://www.servicenow.com/docs/r/xanadu/api-reference/c_GlideAjaxAPI.html: parameter
    // names "must begin with sysparm_". Script includes, https://www.servicenow.com/docs/r/xanadu/api-reference/scripts/c_ScriptIncludes.html:
    // "This application scope only: can be accessed only from the current application scope".
    it('passes only sysparm_ parameters to the Script Include', () => {
        const instance = withUsers()
        expect(instance.ajax('x_rescue_connect.FixtureAjax', 'hello', { who: 'Ann' }, 'agent').answer).toBe('hi null from agent via hello')
    })

    it('refuses an include that is accessible from its own scope only (the caller scope of GlideAjax is not documented)', () => {
        const instance = withUsers()
        const include = instance.db.rows('sys_script_include').find((row) => row.name === 'FixtureAjax')!
        instance.db.update('sys_script_include', include.sys_id, { access: 'package_private' })
        expect(instance.ajax('x_rescue_connect.FixtureAjax', 'hello', { sysparm_who: 'Ann' }, 'agent')).toEqual({
            answer: null,
            status: 403,
            error: 'x_rescue_connect.FixtureAjax is accessible from its own application scope only (access package_private)',
        })
    })

    it('reports a method that throws as status 500', () => {
        const instance = withUsers()
        expect(instance.ajax('x_rescue_connect.FixtureAjax', 'boom', {}, 'agent')).toEqual({ answer: null, status: 500, error: 'boom' })
    })
})

describe('UI action conditions', () => {
    it('evaluates the built condition against current, the properties and the user roles', () => {
        const instance = withUsers()
        const action = instance.uiAction('incident', 'x_rescue_connect_fixture')!
        expect(action.condition).toContain("gs.hasRole('x_rescue_connect.fixture_role')")
        const active = instance.db.insert('incident', { short_description: 'open' })
        const closed = instance.db.insert('incident', { short_description: 'closed', active: false })
        instance.setProperty('x_rescue_connect.fixture_enabled', 'true')
        expect(instance.evaluateCondition(action.condition!, { table: 'incident', sysId: active }, 'agent')).toBe(true)
        expect(instance.evaluateCondition(action.condition!, { table: 'incident', sysId: closed }, 'agent')).toBe(false)
        expect(instance.evaluateCondition(action.condition!, { table: 'incident', sysId: active }, 'outsider')).toBe(false)
        instance.setProperty('x_rescue_connect.fixture_enabled', 'false')
        expect(instance.evaluateCondition(action.condition!, { table: 'incident', sysId: active }, 'agent')).toBe(false)
    })
})
