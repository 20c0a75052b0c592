// The sandbox's stand-ins refuse what the platform would not do: g_modal.showFields and showFrame options the
// documentation does not describe, and UI pages with server-side Jelly or a processing script.
import vm from 'node:vm'
import { describe, expect, it } from 'vitest'
import { uiPageView } from '../../sandbox/ui-pages.ts'
import { SHOW_FIELDS_CHECK_JS, SHOW_FRAME_CHECK_JS, undocumentedShowFields, undocumentedShowFrame } from '../../sandbox/workspace-modal.ts'

describe('g_modal.showFields check ("g_modal (Next Experience) - Client")', () => {
    const documented = {
        title: 'T',
        instruction: 'I',
        size: 'md',
        confirmTitle: 'Done',
        fields: [{ type: 'string', name: 'pin', label: 'PIN', value: '1' }],
    }

    it('accepts documented options and refuses the rest, in Node and in the browser copy alike', () => {
        const browser = vm.runInNewContext(
            `${SHOW_FIELDS_CHECK_JS}; (function (o) { return undocumentedShowFields(o, SHOW_FIELDS_SPEC); })`
        ) as (options: unknown) => string[]
        for (const check of [undocumentedShowFields, browser]) {
            expect([...check(documented)]).toEqual([])
            expect([...check({ ...documented, fields: [{ ...documented.fields[0], readonly: true }] })]).toEqual([
                'fields[0].readonly (type string)',
            ])
            expect([...check({ ...documented, modal: true, size: 'xl' })]).toEqual(['option "modal"', 'size "xl"'])
            expect([...check({ ...documented, fields: [{ type: 'date', name: 'd' }] })]).toEqual(['fields[0].type "date"'])
        }
    })
})

describe('g_modal.showFrame check ("g_modal - Client", Yokohama)', () => {
    const documented = {
        title: 'T',
        url: '/x.do?a=1',
        size: 'md',
        height: '400px',
        modalWidth: 600,
        closeOnEscape: true,
        autoCloseOn: 'URL_CHANGED',
        callback: () => undefined,
    }

    it('accepts the documented options and values and refuses the rest, in Node and in the browser copy alike', () => {
        const browser = vm.runInNewContext(
            `${SHOW_FRAME_CHECK_JS}; (function (o) { return undocumentedShowFrame(o, SHOW_FRAME_SPEC); })`
        ) as (options: unknown) => string[]
        for (const check of [undocumentedShowFrame, browser]) {
            expect([...check(documented)]).toEqual([])
            // One argument is the url.
            expect([...check('/x.do')]).toEqual([])
            // resizableConfig is documented from Zurich only; width is no option at all.
            expect([...check({ ...documented, resizableConfig: {}, width: 3 })]).toEqual(['option "resizableConfig"', 'option "width"'])
            expect([...check({ ...documented, size: 'xl', height: '40rem', closeOnEscape: 'yes', autoCloseOn: 'CLICK' })]).toEqual([
                'size "xl"',
                'height "40rem"',
                'closeOnEscape must be a boolean',
                'autoCloseOn "CLICK"',
            ])
            expect([...check({ title: 'no url' })]).toEqual(['url must be a string'])
        }
    })
})

describe('UI pages in the sandbox', () => {
    it('refuses server-side Jelly and processing scripts, and a client script that would end its element', () => {
        expect(uiPageView({ endpoint: 'x.do', html: '<j:jelly><g:evaluate>1</g:evaluate></j:jelly>' })).toEqual({
            refused: 'x.do evaluates server-side Jelly (<g:evaluate>), which this sandbox cannot render.',
        })
        expect(uiPageView({ endpoint: 'x.do', html: '<p>hi</p>', processing_script: 'gs.info(1)' })).toEqual({
            refused: 'x.do has a processing script, which this sandbox does not run.',
        })
        expect('refused' in uiPageView({ endpoint: 'x.do', html: '<p>hi</p>', client_script: 'var a = "</script>"' })).toBe(true)
        const view = uiPageView({
            endpoint: 'x.do',
            html: '<?xml version="1.0"?>\n<j:jelly trim="false" xmlns:j="jelly:core"><p>hi</p></j:jelly>',
            client_script: 'function f() {}',
        })
        expect(view).toMatchObject({ body: '<p>hi</p>', head: expect.stringContaining('function f() {}') })
    })
})
