// The ATF tests the app ships for the session endpoint, read from the built XML: each sends to the
// endpoint and asserts the status it is named after.
import { describe, expect, it } from 'vitest'
import { tag, unescapeXml, UPDATE_XML as files } from './atf-steps.ts'

function atfTest(name: string) {
    const test = files.find((xml) => xml.includes('<sys_atf_test ') && tag(xml, 'name') === name)
    if (!test) throw new Error(`no ATF test named ${name}`)
    const steps = files.filter((xml) => xml.includes('<sys_atf_step ') && tag(xml, 'test') === tag(test, 'sys_id'))
    steps.sort((a, b) => Number(tag(a, 'order')) - Number(tag(b, 'order')))
    return steps.map((xml) => ({
        step: tag(xml, 'display_name'),
        values: [...xml.matchAll(/<value>([^<]*)<\/value>/g)].map((m) => unescapeXml(m[1]!)),
    }))
}

describe('shipped ATF tests for the session endpoint', () => {
    it('401 without credentials', () => {
        const steps = atfTest('LogMeIn Rescue: session endpoint answers 401 without credentials')
        expect(steps[0].values).toContain('/api/x_rescue_connect/v1/rescue/sessiondetails')
        expect(steps[1].values).toContain('401')
    })
    it('403 without the integration role, nothing stored', () => {
        const steps = atfTest('LogMeIn Rescue: session endpoint answers 403 without the integration role')
        expect(steps[0].values).toContain('basic')
        expect(steps[1].values).toContain('403')
        expect(steps[2].values).toContain('rescue_session_id=atf-403')
    })
    it('grants the demo account the integration role for the test, stores a valid post, then removes the row so the test can run again', () => {
        const steps = atfTest('LogMeIn Rescue: session endpoint stores a valid post')
        expect(steps.map((step) => step.step)).toEqual([
            'Record Insert',
            'Send REST Request - Inbound',
            'Assert Status Code',
            'Record Query',
            'Record Delete',
        ])
        expect(steps[0].values).toContain('sys_user_has_role')
        expect(steps[2].values).toEqual(expect.arrayContaining(['less_than', '300']))
        expect(steps[3].values.join(' ')).toContain('rescue_session_id=atf-stores-1^state=started')
    })
})
