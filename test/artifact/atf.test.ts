// The ATF tests the app ships, read from the built XML and, where they run server script, run on the
// emulated instance. They must run on every release the app supports (Yokohama, Zurich, Australia —
// the ServiceNow Store's current release and the two before it: "Evaluating version requirements and
// dependencies", https://www.servicenow.com/docs/r/platform-administration/ai-platform-administration/versions-dependencies.html),
// so they use only the classic step types those releases document ("Server category",
// https://www.servicenow.com/docs/r/yokohama/application-development/automated-test-framework-atf/test-steps-server-category.html,
// and the Form and REST categories) and never "Run UI Test Script", new in Australia
// (https://www.servicenow.com/docs/r/australia/release-notes/automated-test-framework-rn-2026-06.html).
// They change no setting of the instance that runs them, and no shipped demo user holds the integration role.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ATF_STEPS as steps, RUN_SERVER_SIDE_SCRIPT, runStep, serverScript, tag, UPDATE_XML as update } from './atf-steps.ts'
import { pinWorld } from './pin-fixture.ts'
import { ADMIN, tokenWorld } from './token-fixture.ts'

const DIST = join(import.meta.dirname, '../../dist/app')
const xmlIn = (folder: string) => readdirSync(join(DIST, folder)).map((name) => readFileSync(join(DIST, folder, name), 'utf8'))

/** Step configurations (sys_atf_step_config sys_ids) of the classic step types every supported release has. */
const CLASSIC_STEPS: Record<string, string> = {
    [RUN_SERVER_SIDE_SCRIPT]: 'Run Server Side Script',
    '14872288df60220062fe6c7a4df26319': 'Record Insert',
    '2d82e3c7531400109e02ddeeff7b12a7': 'Record Query',
    '8df72288df60220062fe6c7a4df2636d': 'Record Delete',
    d9bc5f21ff6033008d3f5d9ad53bf12d: 'Create a User',
    '5f2e0e535332120028bc29cac2dc34d3': 'Open an Existing Record',
    d8fdf5e10b1022009cfdc71437673adc: 'UI Action Visibility',
    e00571a10b3222000b7da95e93673a8f: 'Send REST Request - Inbound',
    '2f4fa7309f132200ef4afa7dc67fcf0f': 'Assert Status Code',
}
const RUN_UI_TEST_SCRIPT = 'bfb48f59ffdf3210f972ffffffffffb3'

/** The server script of the Run Server Side Script step that contains `marker`, with earlier steps' outputs filled in. */
function stepScript(marker: string, outputs: Record<string, string> = {}): string {
    const step = steps.find((candidate) => candidate.config === RUN_SERVER_SIDE_SCRIPT && candidate.xml.includes(marker))
    if (!step) throw new Error(`no Run Server Side Script step contains ${marker}`)
    return serverScript(step, outputs)
}

describe('ATF tests shipped in the app', () => {
    it('use only step types every supported release has (no Run UI Test Script)', () => {
        expect(steps.length).toBeGreaterThanOrEqual(15)
        expect(steps.filter((step) => step.config === RUN_UI_TEST_SCRIPT)).toEqual([])
        expect(steps.filter((step) => !(step.config in CLASSIC_STEPS)).map((step) => step.name)).toEqual([])
        for (const step of steps) expect(step.name).toBe(CLASSIC_STEPS[step.config])
    })

    it('change no setting of the instance that runs them', () => {
        for (const step of steps) {
            expect(step.xml).not.toMatch(/gs\.setProperty/)
            // A record step on sys_properties would write a setting; a script may only read the table (the password2 proof).
            expect(tag(step.xml, 'table')).not.toBe('sys_properties')
            if (/sys_properties/.test(step.xml))
                expect(serverScript(step)).not.toMatch(/\.(insert|update|deleteRecord|deleteMultiple|updateMultiple|setValue|initialize)\(/)
        }
    })

    it('ship no demo user with the integration role; the posting test grants it for its own duration', () => {
        const demo = xmlIn('unload.demo')
        expect(demo.filter((xml) => xml.includes('<sys_user_has_role '))).toEqual([])
        const integrationRole = update.find(
            (xml) => xml.includes('<sys_user_role ') && tag(xml, 'name') === 'x_rescue_connect.integration'
        )!
        const grant = steps.find((step) => step.name === 'Record Insert' && step.xml.includes('<value>sys_user_has_role</value>'))!
        expect(grant.xml).toContain(`role=${tag(integrationRole, 'sys_id')}`)
        const demoIntegration = demo.find((xml) => tag(xml, 'user_name') === 'x_rescue_connect.atf.integration')!
        expect(grant.xml).toContain(`user=${tag(demoIntegration, 'sys_id')}`)
    })

    it("the empty-settings test answers SETTINGS_INCOMPLETE without touching the instance's settings", () => {
        const world = pinWorld()
        const before = [
            world.instance.getProperty('x_rescue_connect.company_id'),
            world.instance.getProperty('x_rescue_connect.sso_password'),
        ]
        const run = runStep(world.instance, stepScript('SETTINGS_INCOMPLETE'), world.agent)
        expect(run).toMatchObject({ result: true, failures: [] })
        expect(run.messages[0]).toMatch(
            /x_rescue_connect\.company_id.*x_rescue_connect\.sso_password|x_rescue_connect\.sso_password.*x_rescue_connect\.company_id/
        )
        expect([
            world.instance.getProperty('x_rescue_connect.company_id'),
            world.instance.getProperty('x_rescue_connect.sso_password'),
        ]).toEqual(before)
        expect(before.every((value) => value !== '')).toBe(true)
    })

    it('the button test reads the switches and fails with a sentence when they are off', () => {
        const world = pinWorld()
        const script = stepScript('x_rescue_connect.incident.show_pin_button')
        expect(runStep(world.instance, script, world.agent).result).toBe(true)
        world.instance.setProperty('x_rescue_connect.enabled', 'false')
        const off = runStep(world.instance, script, world.agent)
        expect(off.result).toBe(false)
        expect(off.messages).toEqual([
            'The button is switched off on this instance (x_rescue_connect.enabled = false); turn it on to test it.',
        ])
        expect(world.instance.getProperty('x_rescue_connect.enabled')).toBe('false')
    })

    it("the Token Setup test passes through the page's own GlideAjax entry, for the entry it inserts in the app's scope", () => {
        const world = tokenWorld()
        const insert = steps.find((step) => step.name === 'Record Insert' && step.xml.includes('<value>oauth_entity</value>'))!
        const fields = /<value>(name=ATF[^<]*)\^EQ<\/value>/.exec(insert.xml)![1]!
        const values = Object.fromEntries(fields.split('^').map((pair) => pair.split('=') as [string, string]))
        expect(values.sys_scope).toBe(world.instance.appScopeSysId)
        expect(values.sys_scope).toBe(JSON.parse(readFileSync(join(import.meta.dirname, '../../now.config.json'), 'utf8')).scopeId)
        const entry = world.instance.db.insert('oauth_entity', { ...values, active: values.active === 'true' })

        const submit = runStep(world.instance, stepScript('runTokenSetup', { record_id: entry }), world.adminId)
        expect(submit).toMatchObject({ result: true, failures: [] })
        expect(submit.messages[0]).toMatch(/is inactive/)
        const check = runStep(world.instance, stepScript("addQuery('oauth_application'", { record_id: entry }), world.adminId)
        expect(check).toMatchObject({ result: true, failures: [] })
        expect(world.instance.outbound).toEqual([])
        expect(ADMIN).toBe('rescue.admin')
    })
})
