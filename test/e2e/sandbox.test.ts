// The sandbox in a real browser against `npm start`'s server: log in as the agent, click Generate
// Rescue PIN on the classic form (the app's built client script) and on the workspace view (the built
// workspace script through the g_modal shim), read the PIN, start and end the session on the Rescue
// simulator page (real HTTP posts to the REST path) and find the notes; a failure sentence with an
// apostrophe shows once, as text; Token Setup runs from its page; the admin's Reports page and a session's
// time worked and chat-log file (the agent sees neither report nor file); an agent who may only read an incident
// is told why there is no PIN. Screenshots go to test-results/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveDemo } from '../../sandbox/server.ts'
import { MESSAGES } from '../../src/i18n/en.ts'
import nl from '../../src/i18n/languages/nl.ts'
import de from '../../src/i18n/languages/de.ts'

const CHROMIUM = '/usr/bin/chromium'
const RESULTS = join(import.meta.dirname, '../../test-results')

/** The browser globals the page functions below use (this project's TypeScript has no DOM library). */
type BrowserGlobals = {
    getComputedStyle(element: unknown): { fontSize: string }
    navigator: { clipboard: { readText(): Promise<string> } }
}

let sandbox: Awaited<ReturnType<typeof serveDemo>>
let context: BrowserContext
let userDataDir: string

beforeAll(async () => {
    sandbox = await serveDemo()
    userDataDir = mkdtempSync(join(tmpdir(), 'rescue-e2e-chromium-'))
    context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM,
        headless: true,
        args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
        ],
        viewport: { width: 1200, height: 860 },
    })
    mkdirSync(RESULTS, { recursive: true })
})

afterAll(async () => {
    await context?.close()
    await sandbox?.close()
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true })
})

/** A new page with a 15 s default timeout, collecting the script errors the page throws. */
async function openPage(): Promise<{ page: Page; pageErrors: string[] }> {
    const page = await context.newPage()
    page.setDefaultTimeout(15_000)
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    return { page, pageErrors }
}

/** The fixed wording (the parts between placeholders) of the English texts under these key prefixes that `shown` still holds. */
function englishLeft(shown: string, prefixes: string[]): string[] {
    return Object.entries(MESSAGES)
        .filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix)))
        .flatMap(([, text]) => text.split(/\{\d+\}/).map((part) => part.trim()))
        .filter((part) => part.split(' ').length > 1 && shown.includes(part))
}

async function logIn(page: Page, userName: string): Promise<void> {
    await page.goto(`${sandbox.url}/login`)
    await page.click(`button[data-login="${userName}"]`)
    await page.waitForSelector('#current-user')
}

describe('npm start sandbox in Chromium', () => {
    it('generates a PIN from the incident form and shows the session notes Rescue posts', async () => {
        const { page, pageErrors } = await openPage()
        await logIn(page, 'jane.doe')
        expect(await page.textContent('#current-user')).toBe('Jane Doe')

        await page.click('a[data-number="INC0010001"]')
        await page.waitForSelector('#record-number')
        const formUrl = page.url()
        await page.click('button.ui-action:has-text("Generate Rescue PIN")')
        const pinElement = await page.waitForSelector('[role="dialog"] [aria-label="PIN"]')
        const pin = ((await pinElement.textContent()) ?? '').trim()
        expect(pin).toMatch(/^\d{6}$/)
        const joinLink = await page.textContent('[role="dialog"] a[href^="https://"]')
        expect(joinLink).toContain(pin)
        await page.screenshot({ path: join(RESULTS, 'sandbox-pin-modal.png') })

        await page.goto(`${sandbox.url}/rescue`)
        const row = `#issued-pins tr[data-pin="${pin}"]`
        await page.click(`${row} button[value="start"]`)
        await page.waitForSelector(`.post-outcome[data-pin="${pin}"][data-kind="start"]`)
        expect(await page.getAttribute(`.post-outcome[data-pin="${pin}"][data-kind="start"]`, 'data-status')).toBe('200')

        const notes = `Replaced the toner <b>cartridge</b> for PIN ${pin}`
        await page.fill(`${row} textarea[name="notes"]`, notes)
        await page.click(`${row} button[value="end"]`)
        await page.waitForSelector(`.post-outcome[data-pin="${pin}"][data-kind="end"]`)
        expect(await page.getAttribute(`.post-outcome[data-pin="${pin}"][data-kind="end"]`, 'data-status')).toBe('200')
        expect(await page.textContent(`${row} [data-column="state"]`)).toBe('ended')

        await page.goto(formUrl)
        await page.waitForSelector('#work-notes .note')
        const workNotes = await page.textContent('#work-notes')
        expect(workNotes).toContain(`Rescue PIN ${pin}`)
        expect(workNotes).toContain(`Replaced the toner`)
        expect(await page.locator('#work-notes b').count()).toBe(0)
        expect(await page.textContent('#rescue-sessions [data-column="pin"]')).toBe(pin)
        expect(await page.textContent('#rescue-sessions [data-column="state"]')).toBe('Ended')
        await page.screenshot({ path: join(RESULTS, 'sandbox-form-after-session.png'), fullPage: true })
        expect(pageErrors).toEqual([])
    })

    it('Generate Rescue PIN on a problem, a change and a requested item: one UI action on task, the customer each table names', async () => {
        const { page, pageErrors } = await openPage()
        const { instance } = sandbox.demo
        await logIn(page, 'jane.doe')
        const expected: Record<string, string> = { problem: '', change_request: 'John Smith', sc_req_item: 'Mary Jones' }
        for (const sysId of sandbox.demo.otherTasks) {
            const row = instance.db.get('task', sysId)!
            await page.goto(sandbox.url)
            await page.click(`#other-tasks a[data-number="${row.number}"]`)
            await page.waitForSelector('#record-number')
            await page.click('button.ui-action:has-text("Generate Rescue PIN")')
            const pin = ((await (await page.waitForSelector('[role="dialog"] [aria-label="PIN"]')).textContent()) ?? '').trim()
            expect(pin, row.sys_class_name).toMatch(/^\d{6}$/)
            await page.screenshot({ path: join(RESULTS, `sandbox-pin-${row.sys_class_name}.png`) })
            await page.reload()
            await page.waitForSelector('#work-notes .note')
            const customer = expected[row.sys_class_name!]!
            expect(await page.textContent('#work-notes')).toContain(
                customer ? `Rescue PIN ${pin} generated by Jane Doe for ${customer}.` : `Rescue PIN ${pin} generated by Jane Doe.`
            )
        }
        // Not listed: the same form shows no button, and says why.
        instance.setProperty('x_rescue_connect.pin.tables', 'incident,sn_customerservice_case')
        try {
            await page.goto(`${sandbox.url}/problem/${sandbox.demo.otherTasks[0]}`)
            await page.waitForSelector('#record-number')
            expect(await page.locator('button.ui-action:has-text("Generate Rescue PIN")').count()).toBe(0)
            await page.screenshot({ path: join(RESULTS, 'sandbox-problem-not-listed.png'), fullPage: true })
        } finally {
            instance.setProperty('x_rescue_connect.pin.tables', 'incident,sn_customerservice_case,problem,change_request,sc_req_item')
        }
        expect(pageErrors).toEqual([])
    })

    it('shows each user only the Rescue sessions their ACLs allow: the agent neither the confidential incident nor its session', async () => {
        const { page } = await openPage()
        const confidentialNumber = sandbox.demo.instance.db.get('incident', sandbox.demo.confidentialIncident)!.number!
        const confidentialSession = sandbox.demo.instance.db
            .rows('x_rescue_connect_session')
            .find((row) => row.task === sandbox.demo.confidentialIncident)!.sys_id

        await logIn(page, 'jane.doe')
        expect(await page.locator(`a[data-number="${confidentialNumber}"]`).count()).toBe(0)
        expect(await page.textContent('#incidents-removed')).toContain('removed from this list by Security constraints: 1')
        await page.click('nav a[href="/sessions"]')
        await page.waitForSelector('#session-list')
        expect(await page.locator(`#session-list tr[data-session="${confidentialSession}"]`).count()).toBe(0)
        expect(await page.locator('#session-list tr[data-session]').count()).toBeGreaterThan(0)
        expect(await page.textContent('#session-list-removed')).toMatch(/removed from this list by Security constraints: \d+/)
        await page.screenshot({ path: join(RESULTS, 'sandbox-sessions-agent.png'), fullPage: true })
        await page.click('#session-list tr[data-session] [data-column="pin"] a')
        await page.waitForSelector('#record-number')
        expect(await page.locator('[data-field="state"]').count()).toBe(1)
        expect(await page.locator('[data-field="posts"]').count()).toBe(0)
        const refused = await page.goto(`${sandbox.url}/incident/${sandbox.demo.confidentialIncident}`)
        expect(refused?.status()).toBe(403)

        await logIn(page, 'admin')
        await page.goto(`${sandbox.url}/sessions`)
        expect(await page.locator('#session-list-removed').count()).toBe(0)
        await page.click(`#session-list tr[data-session="${confidentialSession}"] [data-column="pin"] a`)
        await page.waitForSelector('[data-field="posts"]')
        expect(await page.textContent('[data-field="posts"]')).toContain('payroll-all@')
        await page.screenshot({ path: join(RESULTS, 'sandbox-session-admin.png'), fullPage: true })
    })

    it("draws each shipped report for the integration admin from its own definition, and none for the agent; a session's time worked and its chat-log file", async () => {
        const { page } = await openPage()
        const { instance } = sandbox.demo
        const reports = instance.db.rows('sys_report').filter((row) => row.table === 'x_rescue_connect_session')
        expect(reports.length).toBeGreaterThanOrEqual(4)

        await logIn(page, 'admin')
        await page.click('nav a[href="/reports"]')
        await page.waitForSelector('section.report svg')
        expect(await page.locator('section.report').count()).toBe(reports.length)
        for (const report of reports) {
            const section = page.locator(`section.report[data-report="${report.sys_id}"]`)
            expect(await section.locator('h2').textContent()).toBe(report.title)
            expect(await section.locator('svg').count()).toBe(1)
            // The chart's numbers are the report's own result (emulator/platform/report.ts), row for row.
            const result = instance.runReport(report.sys_id)
            expect(result.categories.length).toBeGreaterThan(0)
            expect(await section.locator('.report-data tr').count()).toBe(result.categories.length + 1)
            const cells = await section
                .locator('.report-data tr')
                .evaluateAll((rows) => rows.slice(1).map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')))
            expect(cells.map(([label]) => label)).toEqual(result.categories.map((category) => category.label))
            if (result.durations)
                for (const [, ...amounts] of cells)
                    for (const amount of amounts) expect(amount).toMatch(/^\d+ (Day|Hour|Minute|Second)s?( \d+ (Hour|Minute|Second)s?)*$/)
            cells.forEach(([, ...amounts], index) => {
                expect(amounts).toHaveLength(result.series.length)
                // As the report shows its amounts: durations in days, hours and minutes, numbers as numbers.
                amounts.forEach((amount, series) => expect(amount).toBe(result.series[series]!.shown[index]!))
            })
        }
        const byPlatform = reports.find((report) => report.field === 'platform')!
        expect(
            await page
                .locator(
                    `section.report[data-report="${byPlatform.sys_id}"] svg path, section.report[data-report="${byPlatform.sys_id}"] svg circle`
                )
                .count()
        ).toBeGreaterThan(1)
        await page.screenshot({ path: join(RESULTS, 'sandbox-reports.png'), fullPage: true })

        const vpnSession = instance.db.rows('x_rescue_connect_session').find((row) => row.task === sandbox.demo.incidents[1])!
        await page.goto(`${sandbox.url}/x_rescue_connect_session/${vpnSession.sys_id}`)
        await page.waitForSelector('#time-worked')
        expect(await page.textContent('#time-worked [data-column="time_worked"]')).toBe('21 Minutes')
        expect(await page.textContent('#time-worked [data-column="user"]')).toBe('Jane Doe')
        const link = page.locator('#attachments a')
        expect(await link.textContent()).toBe(`rescue-chat-${vpnSession.rescue_session_id}.txt`)
        const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
        const file = await download.path()
        expect(readFileSync(file!, 'utf8')).toContain('stable now, thanks')
        await page.screenshot({ path: join(RESULTS, 'sandbox-session-time-worked.png'), fullPage: true })

        await logIn(page, 'jane.doe')
        await page.goto(`${sandbox.url}/reports`)
        expect(await page.locator('section.report').count()).toBe(0)
        expect(await page.textContent('#reports-hidden')).toContain(`${reports.length} report(s)`)
        await page.goto(`${sandbox.url}/x_rescue_connect_session/${vpnSession.sys_id}`)
        expect(await page.textContent('#time-worked [data-column="time_worked"]')).toBe('21 Minutes')
        expect(await page.locator('#attachments a').count()).toBe(0)
        expect(await page.textContent('#attachments-removed')).toContain('removed from this list by Security constraints: 1')
        const refused = await page.goto(`${sandbox.url}/sys_attachment.do?sys_id=${vpnSession.chat_log_attachment}`)
        expect(refused?.status()).toBe(403)
    })

    it('shows the agent an actionable error, with its apostrophe, once and as text', async () => {
        const { page, pageErrors } = await openPage()
        await logIn(page, 'sam.lee')
        await page.click('a[data-number="INC0010002"]')
        await page.click('button.ui-action:has-text("Generate Rescue PIN")')
        const message = await page.waitForSelector('#form-messages .message-error')
        const text = (await message.textContent()) ?? ''
        // The classic form renders messages as HTML; the app escapes its sentence, so it shows once, as text.
        expect(text).toContain("Ask your Rescue admin to set your technician's SSO ID to your ServiceNow email, sam.lee@example.com.")
        expect(text).not.toContain('&#39;')
        expect(text.split("technician's").length - 1).toBe(1)
        expect(await page.locator('#form-messages .message-error').count()).toBe(1)
        expect(await page.locator('[role="dialog"]').count()).toBe(0)
        await page.screenshot({ path: join(RESULTS, 'sandbox-failure-apostrophe.png') })
        expect(pageErrors).toEqual([])
    })

    it.each([
        ['incident', 'INC0010003'],
        ['sn_customerservice_case', 'CS0001002'],
        // The workspace button is the same task UI action record (form_button_v2 + client_script_v2): a change gets it too.
        ['change_request', 'CHG0030001'],
    ])(
        'generates a PIN from the workspace view of a %s (the built workspace script, g_modal.showFrame and the PIN page)',
        async (table, number) => {
            const { page, pageErrors } = await openPage()
            await logIn(page, 'jane.doe')
            await page.click(`a[data-number="${number}"]`)
            await page.click('a.view-switch:has-text("Workspace view")')
            await page.waitForSelector('.workspace #record-number')
            expect(page.url()).toContain(`/workspace/${table}/`)
            await page.click('button.ui-action:has-text("Generate Rescue PIN")')
            const frame = page.frameLocator('[role="dialog"] iframe')
            const pin = ((await frame.locator('p[aria-label="PIN"]').textContent()) ?? '').trim()
            expect(pin).toMatch(/^\d{6}$/)
            expect(await frame.locator('h2').textContent()).toBe('LogMeIn Rescue PIN')
            expect(await frame.locator('a').getAttribute('href')).toBe(`https://secure.logmeinrescue.com/Customer/Code.aspx?Code=${pin}`)
            expect(await frame.locator('body').innerText()).toContain('Tell the customer')
            await page.screenshot({ path: join(RESULTS, `sandbox-workspace-pin-${table}.png`) })
            await page.keyboard.press('Escape')
            expect(await page.locator('[role="dialog"]').count()).toBe(0)
            expect(await page.locator('#form-messages .message').count()).toBe(0)
            expect(pageErrors).toEqual([])
        }
    )

    it.each(['classic', 'workspace'] as const)('issues one PIN for a double click (%s form)', async (view) => {
        const { page, pageErrors } = await openPage()
        await logIn(page, 'jane.doe')
        await page.click(`a[data-number="${view === 'classic' ? 'INC0010002' : 'CS0001001'}"]`)
        if (view === 'workspace') await page.click('a.view-switch:has-text("Workspace view")')
        await page.waitForSelector('#record-number')
        const before = sandbox.demo.rescue.pins.length
        await page.dblclick('button.ui-action:has-text("Generate Rescue PIN")')
        const pinShown =
            view === 'classic'
                ? page.locator('[role="dialog"] p[aria-label="PIN"]')
                : page.frameLocator('[role="dialog"] iframe').locator('p[aria-label="PIN"]')
        await pinShown.waitFor()
        // Wait for any second answer, then count: one dialog, one PIN from Rescue.
        await page.waitForTimeout(500)
        expect(await page.locator('[role="dialog"]').count()).toBe(1)
        expect(sandbox.demo.rescue.pins.length - before).toBe(1)
        if (view === 'classic') await page.click('[role="dialog"] .modal-close')
        else await page.keyboard.press('Escape')
        expect(pageErrors).toEqual([])
    })

    it('runs Token Setup from its page: static markup, the client script and GlideAjax', async () => {
        const { page, pageErrors } = await openPage()
        await logIn(page, 'admin')
        await page.click('nav a:has-text("Token Setup")')
        const select = page.locator('#x_rescue_connect_oauth_application')
        await select.waitFor({ state: 'visible' })
        expect(await select.locator('option').allTextContents()).toEqual(['LogMeIn Rescue connector'])
        expect(await page.textContent('#x_rescue_connect_token_setup_last_success')).toBe(
            'Token Setup has not succeeded on this instance yet.'
        )
        await page.screenshot({ path: join(RESULTS, 'sandbox-token-setup-form.png') })
        await page.click('#x_rescue_connect_token_setup_run')
        await page.waitForSelector('#x_rescue_connect_token_setup_result.notification-success[role="status"]')
        expect(await page.textContent('#x_rescue_connect_token_setup_result')).toMatch(
            /^Token Setup succeeded: Rescue's connector now reaches this instance as "rescue\.integration"\./
        )
        expect(await page.getAttribute('#x_rescue_connect_token_setup_request', 'href')).toMatch(
            /^x_rescue_connect_token_request\.do\?sys_id=[0-9a-f]{32}$/
        )
        await page.waitForSelector(
            '#x_rescue_connect_token_setup_last_success:has-text("The last successful Token Setup sent a refresh token that expires on")'
        )
        await page.screenshot({ path: join(RESULTS, 'sandbox-token-setup-done.png') })
        // Its link to the token request opens the request's form (it answered 404 before).
        await page.click('#x_rescue_connect_token_setup_request')
        await page.waitForSelector('td[data-field="state"]')
        expect(await page.textContent('td[data-field="state"]')).toBe('Succeeded')
        expect(pageErrors).toEqual([])

        const agent = await context.newPage()
        await logIn(agent, 'jane.doe')
        const refused = await agent.goto(`${sandbox.url}/x_rescue_connect_token_setup.do`)
        expect(refused?.status()).toBe(403)
    })

    it('shows the Settings page as the instance does: titles in the declared order, choices, check boxes', async () => {
        const page = await context.newPage()
        await logIn(page, 'admin')
        await page.click('nav a[data-module]:has-text("Settings")')
        await page.waitForSelector('#properties-title')
        expect(await page.textContent('#properties-title')).toBe('LogMeIn Rescue Settings')
        const names = await page.locator('.property').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-property')))
        expect(names.slice(0, 3)).toEqual(['x_rescue_connect.enabled', 'x_rescue_connect.company_id', 'x_rescue_connect.sso_password'])
        expect(await page.textContent('.property[data-property="x_rescue_connect.enabled"] .property-title')).toMatch(
            /^Integration on\/off/
        )
        expect(await page.isChecked('input[type="checkbox"][name="x_rescue_connect.enabled"]')).toBe(true)
        await page.screenshot({ path: join(RESULTS, 'sandbox-settings.png'), fullPage: true })
    })

    it('shows Test Connection outcomes as success or error messages, with the settings to fix by title and the next step', async () => {
        const { page, pageErrors } = await openPage()
        await logIn(page, 'admin')
        await page.click('nav a[data-module]:has-text("Test Connection")')
        await page.click('#x_rescue_connect_test_connection')
        const success = page.locator('#x_rescue_connect_test_connection_result.notification-success[role="status"]')
        await success.waitFor()
        expect(await success.locator('.x_rescue_connect_outcome_message').textContent()).toMatch(
            /^Connected: LogMeIn Rescue at secure\.logmeinrescue\.com accepted/
        )
        expect(await success.locator('.x_rescue_connect_outcome_next').textContent()).toMatch(/^Next: .*Token Setup/)
        await page.screenshot({ path: join(RESULTS, 'sandbox-test-connection-success.png') })

        const { instance } = sandbox.demo
        const saved = {
            company: instance.getProperty('x_rescue_connect.company_id')!,
            timeout: instance.getProperty('x_rescue_connect.http.timeout_ms')!,
        }
        instance.setProperty('x_rescue_connect.company_id', 'ACME-4242')
        instance.setProperty('x_rescue_connect.http.timeout_ms', '5')
        try {
            await page.click('#x_rescue_connect_test_connection')
            const failure = page.locator('#x_rescue_connect_test_connection_result.notification-error[role="alert"]')
            await failure.waitFor()
            const items = await failure.locator('.x_rescue_connect_outcome_item').allTextContents()
            expect(items).toHaveLength(2)
            expect(items[0]).toMatch(
                /^LogMeIn Rescue company ID \(digits only\), from Rescue Admin Center > Global Settings > Single Sign-On: Property x_rescue_connect\.company_id /
            )
            expect(items.join(' ')).not.toContain('ACME-4242')
            expect(await failure.textContent()).not.toMatch(/ask your ServiceNow admin/i)
            expect(await failure.locator('.x_rescue_connect_outcome_next').textContent()).toMatch(/^Next: correct these settings/)
            await page.screenshot({ path: join(RESULTS, 'sandbox-test-connection-failure.png') })
        } finally {
            instance.setProperty('x_rescue_connect.company_id', saved.company)
            instance.setProperty('x_rescue_connect.http.timeout_ms', saved.timeout)
        }
        expect(pageErrors).toEqual([])
    })

    it('lists in the menu what the user may open: an agent sees no Settings or Token Setup', async () => {
        const page = await context.newPage()
        await logIn(page, 'jane.doe')
        expect(await page.locator('nav a[data-module]').allTextContents()).toEqual(['Sessions'])
    })

    it('keeps focus in the PIN modal, closes it with Escape, and fits the join link at 420 px', async () => {
        const { page, pageErrors } = await openPage()
        await page.setViewportSize({ width: 420, height: 800 })
        await logIn(page, 'jane.doe')
        await page.click('a[data-number="INC0010003"]')
        const button = page.locator('button.ui-action:has-text("Generate Rescue PIN")')
        await button.click()
        const dialog = page.locator('[role="dialog"]')
        await dialog.waitFor()
        expect(await dialog.evaluate((node) => node.contains(node.ownerDocument.activeElement))).toBe(true)
        for (let step = 0; step < 8; step++) {
            await page.keyboard.press('Tab')
            expect(await dialog.evaluate((node) => node.contains(node.ownerDocument.activeElement))).toBe(true)
        }
        await page.keyboard.press('Shift+Tab')
        expect(await dialog.evaluate((node) => node.contains(node.ownerDocument.activeElement))).toBe(true)
        const link = dialog.locator('a[href^="https://"]').first()
        const [linkBox, dialogBox] = [await link.boundingBox(), await dialog.boundingBox()]
        expect(linkBox!.x + linkBox!.width).toBeLessThanOrEqual(dialogBox!.x + dialogBox!.width)
        expect(dialogBox!.x + dialogBox!.width).toBeLessThanOrEqual(420)
        await page.screenshot({ path: join(RESULTS, 'sandbox-pin-modal-420px.png') })
        await page.keyboard.press('Escape')
        await dialog.waitFor({ state: 'detached' })
        expect(await button.evaluate((node) => node === node.ownerDocument.activeElement)).toBe(true)
        expect(pageErrors).toEqual([])
    })

    it('shows choice-list settings as drop-downs', async () => {
        const page = await context.newPage()
        await logIn(page, 'admin')
        await page.goto(`${sandbox.url}/settings`)
        expect(await page.locator('select[name="x_rescue_connect.work_notes.mode"] option').allTextContents()).toEqual([
            'All session data',
            'Selected fields',
            'None',
        ])
        expect(await page.inputValue('select[name="x_rescue_connect.console_session.record_type"]')).toBe('incident')
        await page.locator('select[name="x_rescue_connect.work_notes.mode"]').scrollIntoViewIfNeeded()
        await page.screenshot({ path: join(RESULTS, 'sandbox-settings-choicelists.png') })
    })

    it('speaks Dutch to a Dutch agent: the button, the modal and its answer, with no English sentence left', async () => {
        const { page, pageErrors } = await openPage()
        await logIn(page, 'sanne.devries')
        await page.click('a[data-number="INC0010003"]')
        await page.click(`button.ui-action:has-text("${nl.labels.fields.ui_action_name}")`)
        const dialog = await page.waitForSelector('[role="dialog"]')
        await page.click(`[role="dialog"] button:has-text("${nl.messages['pin.modal.copy']}")`)
        await page.waitForSelector('[role="dialog"] [role="status"]:not(:empty)')
        const shown = (await dialog.innerText()).replace(/\s+/g, ' ')
        const pin = ((await page.textContent(`[role="dialog"] p[aria-label="${nl.messages['pin.modal.pin_aria']}"]`)) ?? '').trim()
        expect(pin).toMatch(/^\d{6}$/)
        expect(shown).toContain(nl.messages['pin.modal.title'])
        expect(shown).toContain(nl.messages['pin.success.tell_customer'].replace('{0}', pin))
        expect([nl.messages['pin.modal.copied'], nl.messages['pin.modal.copy_failed']]).toContain(
            await page.textContent('[role="dialog"] [role="status"]')
        )
        // No fixed wording of any English text of the PIN flow shows (the parts between its placeholders).
        expect(englishLeft(shown, ['pin.'])).toEqual([])
        await page.screenshot({ path: join(RESULTS, 'sandbox-pin-modal-nl.png') })
        expect(pageErrors).toEqual([])
    })
    it('shows a Dutch agent the workspace modal in Dutch: the PIN large and read-only, Copy PIN, a clickable link, no English word', async () => {
        const { page, pageErrors } = await openPage()
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sandbox.url })
        await logIn(page, 'sanne.devries')
        await page.click('a[data-number="INC0010001"]')
        await page.click('a.view-switch:has-text("Workspace view")')
        await page.waitForSelector('.workspace #record-number')
        await page.click(`button.ui-action:has-text("${nl.labels.fields.ui_action_name}")`)
        const frame = page.frameLocator('[role="dialog"] iframe')
        const pinElement = frame.locator(`p[aria-label="${nl.messages['pin.modal.pin_aria']}"]`)
        const pin = ((await pinElement.textContent()) ?? '').trim()
        expect(pin).toMatch(/^\d{6}$/)
        // Read-only and large: text, not a field; no input or textarea anywhere in the modal.
        expect(await frame.locator('input, textarea, [contenteditable]').count()).toBe(0)
        expect(await page.locator('[role="dialog"] input, [role="dialog"] textarea').count()).toBe(0)
        expect(
            Number.parseFloat(
                await pinElement.evaluate((element) => (globalThis as unknown as BrowserGlobals).getComputedStyle(element).fontSize)
            )
        ).toBeGreaterThanOrEqual(40)
        // The join link is a link.
        const link = frame.locator('a[href^="https://"]')
        expect(await link.getAttribute('href')).toBe(`https://secure.logmeinrescue.com/Customer/Code.aspx?Code=${pin}`)
        expect(await link.getAttribute('target')).toBe('_blank')
        // Copy PIN puts the PIN on the clipboard and says so.
        await frame.locator(`button:has-text("${nl.messages['pin.modal.copy']}")`).click()
        await frame.locator(`#x_rescue_connect_pin_copied:has-text("${nl.messages['pin.modal.copied']}")`).waitFor()
        expect(await frame.locator('body').evaluate(() => (globalThis as unknown as BrowserGlobals).navigator.clipboard.readText())).toBe(
            pin
        )
        const shown = ((await page.innerText('[role="dialog"]')) + ' ' + (await frame.locator('body').innerText())).replace(/\s+/g, ' ')
        expect(shown).toContain(nl.messages['pin.modal.title'])
        expect(shown).toContain(nl.messages['pin.modal.pin_for_customer'])
        expect(shown).toContain(nl.messages['pin.success.tell_customer'].replace('{0}', pin))
        // No English: neither a phrase of the PIN flow's English texts nor a lone button word.
        expect(englishLeft(shown, ['pin.'])).toEqual([])
        expect(shown).not.toMatch(/\b(Cancel|OK|Done|Close|Copy|Copied|Loading)\b/)
        await page.screenshot({ path: join(RESULTS, 'sandbox-workspace-pin-nl.png') })
        // Focus is in the frame now, where the parent's Escape does not listen: the close icon closes it.
        await page.click('[role="dialog"] .modal-close')
        expect(await page.locator('[role="dialog"]').count()).toBe(0)
        // The record's sessions list: the session table's column labels and choices in Dutch.
        await page.reload()
        expect(await page.textContent('#rescue-sessions th:first-child')).toBe(nl.labels.tables.x_rescue_connect_session.columns.pin)
        expect(await page.locator('#rescue-sessions [data-column="state"]').allTextContents()).toContain(
            nl.labels.tables.x_rescue_connect_session.choices.state.pin_issued
        )
        expect(pageErrors).toEqual([])
    })

    it('writes Dutch session notes a person reads at a glance: platform dates, durations and sizes; the end note adds what the session produced', async () => {
        const { page, pageErrors } = await openPage()
        const instance = sandbox.demo.instance
        instance.setProperty('x_rescue_connect.work_notes.language', 'nl')
        try {
            await logIn(page, 'sanne.devries')
            await page.click('a[data-number="INC0010002"]')
            await page.waitForSelector('#record-number')
            const formUrl = page.url()
            await page.click(`button.ui-action:has-text("${nl.labels.fields.ui_action_name}")`)
            const pin = ((await page.textContent(`[role="dialog"] p[aria-label="${nl.messages['pin.modal.pin_aria']}"]`)) ?? '').trim()
            await page.goto(`${sandbox.url}/rescue`)
            const row = `#issued-pins tr[data-pin="${pin}"]`
            await page.click(`${row} button[value="start"]`)
            await page.waitForSelector(`.post-outcome[data-pin="${pin}"][data-kind="start"]`)
            await page.fill(`${row} textarea[name="notes"]`, 'Printerwachtrij opnieuw gestart')
            await page.click(`${row} button[value="end"]`)
            await page.waitForSelector(`.post-outcome[data-pin="${pin}"][data-kind="end"]`)
            await page.goto(formUrl)
            await page.waitForSelector('#work-notes .note')
            const session = instance.db.rows('x_rescue_connect_session').find((candidate) => candidate.pin === pin)!
            const notes = await page.locator('#work-notes .note').allInnerTexts()
            const end = notes.find(
                (note) => note.includes(`LogMeIn Rescue-sessie ${session.rescue_session_id}`) && note.includes('Printerwachtrij')
            )!
            const start = notes.find(
                (note) => note.includes(`LogMeIn Rescue-sessie ${session.rescue_session_id}`) && !note.includes('Printerwachtrij')
            )!
            expect(start).toBeDefined()
            expect(end).toBeDefined()
            // Dates as the session row shows them, never Rescue's US text; durations and sizes with units.
            for (const note of [start, end]) expect(note).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/)
            const shown = (column: string) =>
                instance.displayValue('x_rescue_connect_session', column, session[column]!, sandbox.demo.users['sanne.devries']!)
            expect(start).toContain(`${nl.messages['note.variable.PickupTime']}: ${shown('pickup_time')}`)
            expect(end).toContain(`${nl.messages['note.variable.ClosingTime']}: ${shown('closing_time')}`)
            expect(start).toMatch(new RegExp(`${nl.messages['note.variable.WaitingTime']}: \\d+ s`))
            expect(end).toMatch(new RegExp(`${nl.messages['note.variable.Transmitted']}: \\d+(,\\d)? (B|kB|MB|GB)`))
            // The end note leaves out what the start note said unchanged.
            expect(start).toContain(`${nl.messages['note.variable.TechEmail']}:`)
            expect(end).not.toContain(`${nl.messages['note.variable.TechEmail']}:`)
            await page.locator('#work-notes').scrollIntoViewIfNeeded()
            await page.locator('#work-notes').screenshot({ path: join(RESULTS, 'sandbox-session-notes-nl.png') })
            expect(pageErrors).toEqual([])
        } finally {
            instance.setProperty('x_rescue_connect.work_notes.language', '')
        }
    })

    it('shows a German admin Test Connection and Token Setup in German, with no English sentence left', async () => {
        const { page, pageErrors } = await openPage()
        await logIn(page, 'anke.schmidt')

        await page.click('nav a[href="/x_rescue_connect_test_connection.do"]')
        await page.waitForSelector('#x_rescue_connect_test_connection_title:not(:empty)')
        expect(await page.textContent('#x_rescue_connect_test_connection_title')).toBe(de.messages['page.test.title'])
        await page.click(`#x_rescue_connect_test_connection:has-text("${de.messages['page.test.run']}")`)
        await page.waitForSelector('#x_rescue_connect_test_connection_result:not(:empty)')
        await page.waitForFunction(
            `document.getElementById('x_rescue_connect_test_connection_result').textContent !== ${JSON.stringify(de.messages['page.test.asking'])}`
        )
        expect(await page.textContent('#x_rescue_connect_test_connection_result .x_rescue_connect_outcome_next')).toBe(
            de.messages['connection.next.ok']
        )
        // The sandbox has session recovery on: after the connection, the last recovery run and whether the API token works.
        expect(await page.textContent('#x_rescue_connect_test_connection_result .x_rescue_connect_outcome_message')).toBe(
            [
                de.messages['connection.ok'].replace('{0}', 'secure.logmeinrescue.com').replace('{1}', 'anke.schmidt@example.com'),
                de.messages['recovery.run.never'],
                de.messages['recovery.token.ok'].replace('{0}', 'secure.logmeinrescue.com'),
            ].join(' ')
        )
        expect(englishLeft((await page.innerText('body')).replace(/\s+/g, ' '), ['page.', 'connection.', 'recovery.'])).toEqual([])
        await page.screenshot({ path: join(RESULTS, 'sandbox-test-connection-de.png') })

        await page.click('nav a[href="/x_rescue_connect_token_setup.do"]')
        await page.locator('#x_rescue_connect_oauth_application').waitFor({ state: 'visible' })
        expect(await page.textContent('#x_rescue_connect_token_setup_title')).toBe(de.messages['page.token.title'])
        expect(await page.textContent('label[for="x_rescue_connect_oauth_application"]')).toBe(de.messages['page.token.application'])
        await page.click(`#x_rescue_connect_token_setup_run:has-text("${de.messages['page.token.run']}")`)
        await page.waitForSelector('#x_rescue_connect_token_setup_result.notification-success[role="status"]')
        expect(await page.textContent('#x_rescue_connect_token_setup_result')).toMatch(
            new RegExp(`^${de.messages['token.succeeded'].split('{0}')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
        )
        expect(await page.textContent('#x_rescue_connect_token_setup_request')).toBe(de.messages['page.token.open_request'])
        expect(englishLeft((await page.innerText('body')).replace(/\s+/g, ' '), ['page.', 'token.'])).toEqual([])
        await page.screenshot({ path: join(RESULTS, 'sandbox-token-setup-de.png'), fullPage: true })
        expect(pageErrors).toEqual([])
    })

    it("recovers a session whose post never arrived: the group's posting switched off, the job run, the session and its note there", async () => {
        const { page, pageErrors } = await openPage()
        await logIn(page, 'jane.doe')
        await page.click('a[data-number="INC0010003"]')
        await page.waitForSelector('#record-number')
        const formUrl = page.url()
        await page.click('button.ui-action:has-text("Generate Rescue PIN")')
        const pin = ((await (await page.waitForSelector('[role="dialog"] [aria-label="PIN"]')).textContent()) ?? '').trim()
        expect(pin).toMatch(/^\d{6}$/)

        await page.goto(`${sandbox.url}/rescue`)
        expect(await page.textContent('#posting-state')).toBe('on')
        await page.click('#toggle-posting')
        await page.waitForSelector('#posting-state:has-text("off")')
        const row = `#issued-pins tr[data-pin="${pin}"]`
        await page.click(`${row} button[value="start"]`)
        await page.waitForSelector(`.post-outcome[data-pin="${pin}"][data-kind="start"]`)
        await page.click(`${row} button[value="end"]`)
        await page.waitForSelector(`.post-outcome[data-pin="${pin}"][data-kind="end"]`)
        // Rescue closed the session but posted nothing: the app still only knows the PIN.
        expect(await page.getAttribute(`.post-outcome[data-pin="${pin}"][data-kind="end"]`, 'data-status')).toBe('0')
        expect(await page.textContent(`${row} [data-column="state"]`)).toBe('pin_issued')

        await page.click('#run-recovery')
        await page.waitForSelector(`${row} [data-column="recovery"]:has-text("recovered")`)
        expect(await page.textContent(`${row} [data-column="state"]`)).toBe('ended')
        expect(await page.textContent('#last-recovery-run')).toMatch(/sessions recovered 1, errors 0/)
        await page.screenshot({ path: join(RESULTS, 'sandbox-recovery.png'), fullPage: true })
        // Posting back on for whatever runs next.
        await page.click('#toggle-posting')
        await page.waitForSelector('#posting-state:has-text("on")')

        await page.goto(formUrl)
        await page.waitForSelector('#work-notes .note')
        const workNotes = await page.textContent('#work-notes')
        expect(workNotes).toContain(MESSAGES['note.from_report'])
        expect(workNotes!.split(MESSAGES['note.from_report']).length - 1).toBe(1)
        // The record has earlier PINs (other tests): the recovered session's own row.
        await page.screenshot({ path: join(RESULTS, 'sandbox-recovered-note.png'), fullPage: true })
        expect(await page.locator('#rescue-sessions tr', { hasText: pin }).locator('[data-column="state"]').textContent()).toBe('Ended')
        expect(pageErrors).toEqual([])
    })

    it('tells an agent who may only read the incident why there is no PIN, and writes nothing (issue 17)', async () => {
        // Last in this file: from here on the instance has a write ACL that makes INC0010002 read-only for agents.
        const { instance } = sandbox.demo
        instance.addAcl({
            name: 'incident',
            operation: 'write',
            roles: ['itil'],
            condition: 'number!=INC0010002',
            description: 'e2e: INC0010002 is read-only for agents',
        })
        const incident = instance.db.rows('incident').find((row) => row.number === 'INC0010002')!
        const notesBefore = instance.journal('incident', incident.sys_id).length
        const sessionsOf = () => instance.db.rows('x_rescue_connect_session').filter((row) => row.task === incident.sys_id).length
        const sessionsBefore = sessionsOf()
        const callsBefore = instance.outbound.length
        const { page, pageErrors } = await openPage()
        await logIn(page, 'jane.doe')
        await page.click('a[data-number="INC0010002"]')
        await page.click('button.ui-action:has-text("Generate Rescue PIN")')
        const message = await page.waitForSelector('#form-messages .message-error')
        expect(await message.textContent()).toContain(MESSAGES['pin.error.record_read_only'])
        expect(await page.locator('[role="dialog"]').count()).toBe(0)
        await page.screenshot({ path: join(RESULTS, 'sandbox-pin-read-only.png') })
        expect(instance.journal('incident', incident.sys_id)).toHaveLength(notesBefore)
        expect(sessionsOf()).toBe(sessionsBefore)
        expect(instance.outbound).toHaveLength(callsBefore)
        expect(pageErrors).toEqual([])
    })
})
