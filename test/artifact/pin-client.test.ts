// The shipped button scripts, run as a browser would run them (node:vm, with small g_form,
// GlideAjax, GlideModal and g_modal stand-ins whose GlideAjax goes to the emulated instance, and the
// classic form's getMessage() serving the messages the UI action preloads in the user's language):
// a click shows the PIN in a modal, a failure becomes a form error message.
import { createContext, runInContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { pinWorld, type PinWorld } from './pin-fixture.ts'
import { page } from './pin-page.ts'

describe('page globals', () => {
    // A classic form shares one global scope between every script on it: ours may add only the handler.
    it.each([
        ['classic', 'script', 'generateRescuePin'],
        ['workspace', 'client_script_v2', 'onClick'],
    ] as const)('the %s script defines no global but its handler', (_, field, handler) => {
        const world = pinWorld()
        const code = world.instance.uiAction('incident', 'x_rescue_connect_generate_pin')![field]!
        const context = createContext({})
        const before = new Set(Object.keys(context))
        runInContext(code, context)
        expect(Object.keys(context).filter((name) => !before.has(name))).toEqual([handler])
    })
})

describe('classic form script', () => {
    const script = (world: PinWorld, table: string) => world.instance.uiAction(table, 'x_rescue_connect_generate_pin')!.script!

    it.each(['incident', 'sn_customerservice_case'])(
        'on %s shows the PIN, the copy button, the join link and what to tell the customer',
        (table) => {
            const world = pinWorld()
            const sysId = table === 'incident' ? world.incident : world.case
            const form = page(world, table, sysId)
            form.run(`${script(world, table)}\ngenerateRescuePin()`)
            expect(form.errors).toEqual([])
            expect(form.modals).toHaveLength(1)
            const pin = world.rescue.pins[0]!.pin
            const { title, html } = form.modals[0]!
            expect(title).toBe('LogMeIn Rescue PIN')
            expect(html).toMatch(new RegExp(`font-size:44px[^>]*>${pin}<`))
            expect(html).toContain('Copy PIN')
            expect(html).toContain(`href="https://secure.logmeinrescue.com/Customer/Code.aspx?Code=${pin}"`)
            expect(html).toContain('Tell the customer')
        }
    )

    it('puts a failure in a form error message and opens no modal', () => {
        const world = pinWorld()
        world.failNext('requestPINCode', 'NOTTECHNICIAN')
        const form = page(world, 'incident', world.incident)
        form.run(`${script(world, 'incident')}\ngenerateRescuePin()`)
        expect(form.modals).toEqual([])
        expect(form.errors).toEqual([expect.stringContaining('not a technician')])
    })

    it('escapes the failure sentence, since the classic form renders messages as HTML (it may quote an answer from Rescue or an email)', () => {
        const world = pinWorld()
        // Rescue does not know this SSO ID, and the sentence names it.
        world.instance.db.update('sys_user', world.agent, { email: '<img src=x onerror=alert(1)>@example.com' })
        const form = page(world, 'incident', world.incident)
        form.run(`${script(world, 'incident')}\ngenerateRescuePin()`)
        expect(form.errors).toHaveLength(1)
        expect(form.errors[0]).toContain('&lt;img src=x onerror=alert(1)&gt;')
        expect(form.errors[0]).not.toContain('<img')
    })

    it('leaves a new, unsaved record to the server, which asks to save it first and calls no Rescue', () => {
        const world = pinWorld()
        const form = page(world, 'incident', 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5')
        form.run(`${script(world, 'incident')}\ngenerateRescuePin()`)
        expect(form.errors).toEqual([expect.stringContaining('Save the record, reload it, and try again.')])
        expect(world.instance.outbound).toEqual([])
    })

    it('says what to do when the instance sends no answer, or one it cannot read, from the preloaded messages', () => {
        const world = pinWorld()
        const silent = page(world, 'incident', world.incident, { answer: () => null })
        silent.run(`${script(world, 'incident')}\ngenerateRescuePin()`)
        expect(silent.errors).toEqual([expect.stringContaining('The instance did not answer the Generate Rescue PIN request')])
        const garbled = page(world, 'incident', world.incident, { answer: () => '<html>' })
        garbled.run(`${script(world, 'incident')}\ngenerateRescuePin()`)
        expect(garbled.errors).toEqual([expect.stringContaining('cannot read')])
    })
})

describe('one request per click', () => {
    it('ignores a second click while the first request is still running (classic form)', () => {
        const world = pinWorld()
        const form = page(world, 'incident', world.incident, { deferAnswers: true })
        const code = world.instance.uiAction('incident', 'x_rescue_connect_generate_pin')!.script!
        form.run(`${code}\ngenerateRescuePin(); generateRescuePin()`)
        expect(form.flush()).toBe(1)
        expect(world.rescue.pins).toHaveLength(1)
        expect(form.modals).toHaveLength(1)
        // Once the answer is in, the next click asks again.
        form.run('generateRescuePin()')
        expect(form.flush()).toBe(1)
    })
})

describe('workspace script', () => {
    const script = (world: PinWorld) => world.instance.uiAction('incident', 'x_rescue_connect_generate_pin')!.client_script_v2!
    const framePage = (world: PinWorld) => world.instance.db.rows('sys_ui_page').find((row) => row.endpoint === 'x_rescue_connect_pin.do')!

    it('opens the PIN page in a g_modal.showFrame modal, with only the options Yokohama documents, and asks nothing itself', () => {
        const world = pinWorld()
        const form = page(world, 'incident', world.incident)
        form.run(`${script(world)}\nonClick(g_form)`)
        expect(form.frames).toEqual([
            {
                url: `/x_rescue_connect_pin.do?sysparm_table=incident&sysparm_sys_id=${world.incident}`,
                size: 'md',
                height: '400px',
                closeOnEscape: true,
            },
        ])
        expect(form.undocumented).toEqual([])
        expect(form.workspaceModals).toEqual([])
        expect(world.rescue.pins).toEqual([])
    })

    it('the PIN page shows the classic modal body: the PIN large, Copy PIN, the clickable join link and what to tell the customer', () => {
        const world = pinWorld()
        const frameUrl = `/x_rescue_connect_pin.do?sysparm_table=incident&sysparm_sys_id=${world.incident}`
        const frame = page(world, 'incident', world.incident, { frameUrl, frameArea: 'x_rescue_connect_pin_frame' })
        frame.run(framePage(world).client_script!)
        frame.run('rescuePinFrame()')
        const pin = world.rescue.pins[0]!.pin
        const html = frame.frameArea!.innerHTML
        expect(html).toContain('<h2 style="margin:0 0 8px">LogMeIn Rescue PIN</h2>')
        expect(html).toMatch(new RegExp(`font-size:44px[^>]*>${pin}<`))
        expect(html).toContain('id="x_rescue_connect_copy_pin">Copy PIN</button>')
        expect(html).toContain(`<a href="https://secure.logmeinrescue.com/Customer/Code.aspx?Code=${pin}"`)
        expect(html).toContain('Tell the customer')
        expect(html).not.toMatch(/<input|<textarea/)
    })

    it('the PIN page opens for agents only (its ui_page ACL)', () => {
        const world = pinWorld()
        const bystander = world.instance.addUser({ user_name: 'no.role', email: 'no.role@example.com', roles: [] })
        expect(world.instance.canOpenUiPage('x_rescue_connect_pin.do', world.agent)).toBe(true)
        expect(world.instance.canOpenUiPage('x_rescue_connect_pin.do', bystander)).toBe(false)
    })

    it('the PIN page shows a failure as an alert, as text', () => {
        const world = pinWorld()
        world.failNext('requestPINCode', 'OUTOFPINCODES')
        const frame = page(world, 'incident', world.incident, {
            frameUrl: `/x_rescue_connect_pin.do?sysparm_table=incident&sysparm_sys_id=${world.incident}`,
            frameArea: 'x_rescue_connect_pin_frame',
        })
        frame.run(`${framePage(world).client_script!}\nrescuePinFrame()`)
        expect(frame.frameArea!.attributes.role).toBe('alert')
        expect(frame.frameArea!.textContent).toContain('no PIN codes left')
        expect(frame.frameArea!.innerHTML).toBe('')
    })

    it('falls back to a form message without g_modal, and reports failures as errors', () => {
        const world = pinWorld({ settings: { 'x_rescue_connect.pin.reuse_minutes': '0' } })
        const plain = page(world, 'incident', world.incident, { workspaceModal: false })
        plain.run(`${script(world)}\nonClick(g_form)`)
        expect(plain.infos).toEqual([expect.stringContaining(world.rescue.pins[0]!.pin)])

        world.failNext('requestPINCode', 'OUTOFPINCODES')
        const failing = page(world, 'incident', world.incident, { workspaceModal: false })
        failing.run(`${script(world)}\nonClick(g_form)`)
        expect(failing.errors).toEqual([expect.stringContaining('no PIN codes left')])
    })
})
