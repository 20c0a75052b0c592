// No UI page of the app evaluates server script when it renders or is submitted: each is static markup
// plus a client script that talks to the server through GlideAjax (the tested path), so the sandbox can
// serve it and Chromium can drive it. Jelly evaluates ${…} and $[…] expressions, <g:evaluate> and the
// j:/g: tags on the server ("UI pages", https://www.servicenow.com/docs/r/api-reference/scripts/r_UIPages.html);
// a page's processing script runs on the server when a <g:form>/<g:ui_form> is submitted.
import { describe, expect, it } from 'vitest'
import { Instance } from '../../emulator/index.ts'
import { serverSideJelly } from '../../sandbox/ui-pages.ts'

const pages = Instance.load().db.rows('sys_ui_page')

describe('the shipped UI pages', () => {
    it('are the two admin pages and the workspace PIN modal page, each named after the scope', () => {
        expect(pages.map((page) => page.endpoint).sort()).toEqual([
            'x_rescue_connect_pin.do',
            'x_rescue_connect_test_connection.do',
            'x_rescue_connect_token_setup.do',
        ])
    })

    it.each(pages.map((page) => [page.endpoint!, page] as const))(
        '%s has no server-side Jelly and no processing script',
        (_endpoint, page) => {
            expect(serverSideJelly(page.html ?? '')).toEqual([])
            expect((page.processing_script ?? '').trim()).toBe('')
            expect(page.client_script).toMatch(/^function rescue[A-Za-z]+\(\)/)
        }
    )

    it('the check finds what the old Token Setup page used', () => {
        const old = `<j:jelly xmlns:j="jelly:core" xmlns:g="glide"><g:evaluate var="jvar_form" object="true">x.y();</g:evaluate>
<j:if test="\${jvar_form.allowed}"><p>\${jvar_form.notice}</p></j:if><g:ui_form><j:forEach var="o" items="\${jvar_form.options}"/></g:ui_form><p>$[x]</p></j:jelly>`
        expect(serverSideJelly(old)).toEqual([
            '<g:evaluate>',
            '<j:if>',
            '<g:ui_form>',
            '<j:forEach>',
            '${jvar_form.allowed}',
            '${jvar_form.notice}',
            '${jvar_form.options}',
            '$[x]',
        ])
    })
})
