// The built app speaks each person's language: the agent and the admin their own, the customer and the
// technician theirs in the emails, and every work note one language (x_rescue_connect.work_notes.language,
// else the instance's). The texts come from the shipped sys_ui_message records; labels and choices from the
// shipped sys_documentation, sys_choice and sys_translated records.
import { describe, expect, it } from 'vitest'
import { LABELS, MESSAGES } from '../../src/i18n/en'
import nl from '../../src/i18n/languages/nl'
import de from '../../src/i18n/languages/de'
import fr from '../../src/i18n/languages/fr'
import type { LanguagePack } from '../../src/i18n/pack'
import { fillPlaceholders, placeholdersOf } from '../../src/i18n/placeholders'
import { END_POST, START_POST } from '../fixtures/rescue-posts'
import { AGENT_EMAIL, pinWorld, type PinWorld } from './pin-fixture.ts'
import { page } from './pin-page.ts'
import { world as sessionWorld } from './session-harness'
import { runTokenSetup, tokenWorld, DAY_MS } from './token-fixture.ts'

const PACKS: Record<string, LanguagePack> = { nl, de, fr }
const LANGUAGES = Object.keys(PACKS)
const SHIPPED = ['en', ...LANGUAGES]

/** A sentence as it reads in a language, with its {n} filled in (for comparing whole answers). */
function text(language: string, key: keyof typeof MESSAGES, ...values: string[]): string {
    const template = language === 'en' ? MESSAGES[key] : PACKS[language]!.messages[key]
    return fillPlaceholders(template, values)
}

/** The agent, speaking `language` (or the instance default when ''). */
function agentWorld(language: string, settings: Record<string, string> = {}) {
    const world = pinWorld({ settings })
    if (language !== '') world.instance.db.update('sys_user', world.agent, { preferred_language: language })
    return world
}

describe('the shipped records', () => {
    it('hold every message in English and in every shipped language', () => {
        const world = pinWorld()
        const rows = world.instance.db.rows('sys_ui_message').filter((row) => row.key?.startsWith('x_rescue_connect.'))
        for (const language of SHIPPED) {
            const keys = rows.filter((row) => row.language === language).map((row) => row.key!.slice('x_rescue_connect.'.length))
            expect({ language, keys: keys.sort() }).toEqual({ language, keys: Object.keys(MESSAGES).sort() })
        }
    })

    it('label the session and token-request tables, every column and every choice, in every shipped language', () => {
        const world = pinWorld()
        const labels = world.instance.db.rows('sys_documentation')
        for (const [table, english] of Object.entries(LABELS.tables)) {
            for (const language of LANGUAGES) {
                const of = (element: string) =>
                    labels.find((row) => row.name === table && (row.element ?? '') === element && row.language === language)?.label
                expect(of('')).toBe(PACKS[language]!.labels.tables[table as keyof typeof LABELS.tables].label)
                for (const column of Object.keys(english.columns))
                    expect({ table, column, language, label: of(column) }).toMatchObject({ label: expect.any(String) })
            }
            for (const [column, choices] of Object.entries(english.choices)) {
                const definition = world.instance.db.schema.column(table, column)!
                for (const language of LANGUAGES) {
                    const translated = (definition.choiceTranslations ?? []).filter((choice) => choice.language === language)
                    expect(translated.map((choice) => choice.value).sort()).toEqual(Object.keys(choices).sort())
                }
            }
        }
    })

    it('translate the menu, its modules, the UI action and the settings page title (translated_field values)', () => {
        const world = pinWorld()
        const translated = world.instance.db.rows('sys_translated')
        for (const [name, field] of Object.entries(LABELS.fields)) {
            for (const language of LANGUAGES) {
                const row = translated.find(
                    (candidate) =>
                        candidate.name === field.table &&
                        candidate.element === field.field &&
                        candidate.value === field.value &&
                        candidate.language === language
                )
                expect({ name, language, label: row?.label }).toEqual({
                    name,
                    language,
                    label: PACKS[language]!.labels.fields[name as keyof typeof LABELS.fields],
                })
            }
        }
        // The English values are the shipped records' own values.
        const action = world.instance.uiAction('incident', 'x_rescue_connect_generate_pin')!
        expect(action.name).toBe(LABELS.fields.ui_action_name.value)
        const titles = world.instance.db.rows('sys_app_module').map((row) => row.title)
        for (const module of ['module_settings', 'module_sessions', 'module_test_connection', 'module_token_setup'] as const)
            expect(titles).toContain(LABELS.fields[module].value)
    })
})

describe('the agent reads their own language', () => {
    it.each(SHIPPED)('%s: the PIN answer and the modal labels', (language) => {
        const world = agentWorld(language)
        const { answer } = world.generatePin('incident', world.incident)
        const pin = world.rescue.pins[0]!.pin
        expect(answer.ok).toBe(true)
        expect(answer.message).toBe(text(language, 'pin.success.tell_customer', pin))
        expect((answer as unknown as { labels: Record<string, string> }).labels).toMatchObject({
            title: text(language, 'pin.modal.title'),
            copy: text(language, 'pin.modal.copy'),
            joinLink: text(language, 'pin.modal.join_link'),
            pinForCustomer: text(language, 'pin.modal.pin_for_customer'),
        })
    })

    it.each(SHIPPED)('%s: a failure sentence, with its values filled in', (language) => {
        const world = agentWorld(language)
        world.failNext('requestPINCode', 'NOTTECHNICIAN')
        expect(world.generatePin('incident', world.incident).answer).toEqual({
            ok: false,
            code: 'NOTTECHNICIAN',
            message: text(language, 'pin.rescue.not_technician', AGENT_EMAIL),
        })
    })

    it('an English agent reads exactly the English of src/i18n/en.ts (today’s sentences)', () => {
        const world = agentWorld('en', { 'x_rescue_connect.email.customer': 'true' })
        const { answer } = world.generatePin('incident', world.incident)
        expect(answer.message).toBe(
            `Tell the customer: go to www.LogMeIn123.com and enter PIN ${answer.pin} (or open the join link), then accept the download and wait for the technician. The customer was also emailed the link and the PIN.`
        )
        world.instance.setProperty('x_rescue_connect.company_id', '')
        expect(world.generatePin('incident', world.incident).answer.message).toBe(
            'LogMeIn Rescue is not set up yet. Ask your ServiceNow admin to fill in x_rescue_connect.company_id in LogMeIn Rescue > Settings.'
        )
    })

    it('without a preferred language, the agent reads the instance default; with neither, English', () => {
        const world = agentWorld('')
        world.instance.setProperty('glide.sys.language', 'de')
        expect(world.generatePin('incident', world.incident).answer.message).toContain('Sagen Sie dem Kunden')
        world.instance.setProperty('glide.sys.language', '')
        expect(world.generatePin('incident', world.incident).answer.message).toContain('Tell the customer')
    })

    it('a settings problem is named in the reader’s language, the property as it is', () => {
        const world = agentWorld('fr', { 'x_rescue_connect.company_id': '12a' })
        const { answer } = world.generatePin('incident', world.incident)
        expect(answer.code).toBe('SETTINGS_INVALID')
        expect(answer.message).toBe(
            text('fr', 'pin.error.settings_invalid', text('fr', 'config.must_be_digits', 'x_rescue_connect.company_id'))
        )
    })

    it('the admin tests the connection in their own language', () => {
        const world = pinWorld()
        const admin = world.addAdmin('nl')
        const answer = JSON.parse(world.instance.ajax('x_rescue_connect.RescueAdminAjax', 'testConnection', {}, admin).answer!)
        expect(answer.message).toBe(text('nl', 'connection.ok', 'secure.logmeinrescue.com', 'rescue.admin@example.com'))
    })
})

/** The agent clicks Generate Rescue PIN on the classic incident form: what the modal (or an error) shows. */
function clickClassic(world: PinWorld, asUser: string) {
    const form = page(world, 'incident', world.incident, { asUser })
    form.run(`${world.instance.uiAction('incident', 'x_rescue_connect_generate_pin')!.script}\ngenerateRescuePin()`)
    const modal = form.modals[0] ?? { title: '', html: '' }
    return { errors: form.errors, title: modal.title, html: modal.html }
}

describe('the PIN modal', () => {
    it.each(LANGUAGES)('%s: no English sentence or label is left in it', (language) => {
        const world = agentWorld(language)
        const { title, html, errors } = clickClassic(world, world.agent)
        expect(errors).toEqual([])
        const visible = `${title}\n${html.replace(/<[^>]*>/g, '\n')}`
        for (const key of Object.keys(MESSAGES) as (keyof typeof MESSAGES)[]) {
            if (!key.startsWith('pin.')) continue
            // The fixed words of each English text (its parts between placeholders) must not show.
            for (const part of MESSAGES[key]
                .split(/\{\d+\}/)
                .map((piece) => piece.trim())
                .filter((piece) => piece.split(' ').length > 1)) {
                expect({ key, englishLeft: visible.includes(part) }).toEqual({ key, englishLeft: false })
            }
        }
        expect(title).toBe(text(language, 'pin.modal.title'))
        expect(visible).toContain(text(language, 'pin.modal.copy'))
        expect(visible).toContain(text(language, 'pin.success.tell_customer', world.rescue.pins[0]!.pin))
    })

    it('an unreadable answer is explained in the agent’s language from the preloaded messages', () => {
        const world = agentWorld('de')
        const action = world.instance.uiAction('incident', 'x_rescue_connect_generate_pin')!
        expect(action.messages?.split('\n')).toEqual(
            Object.keys(MESSAGES)
                .filter((key) => key.startsWith('pin.client.'))
                .map((key) => `x_rescue_connect.${key}`)
        )
        expect(world.instance.message('x_rescue_connect.pin.client.unreadable', 'de')).toBe(text('de', 'pin.client.unreadable'))
    })
})

describe('work notes are in one language for everyone on the record', () => {
    it('by default the instance language, whatever the agent speaks', () => {
        const world = agentWorld('nl')
        world.instance.setProperty('glide.sys.language', 'de')
        const { answer } = world.generatePin('incident', world.incident)
        expect(world.instance.journal('incident', world.incident).map((entry) => entry.value)).toEqual([
            text('de', 'pin.work_note', answer.pin!, 'Jane Doe', 'John Smith'),
        ])
    })

    it('x_rescue_connect.work_notes.language when it is set, for PIN notes and session notes alike', () => {
        const pins = agentWorld('nl', { 'x_rescue_connect.work_notes.language': 'fr' })
        const { answer } = pins.generatePin('incident', pins.incident)
        expect(pins.instance.journal('incident', pins.incident)[0]!.value).toBe(
            text('fr', 'pin.work_note', answer.pin!, 'Jane Doe', 'John Smith')
        )

        const sessions = sessionWorld({ settings: { 'x_rescue_connect.work_notes.language': 'fr' } })
        sessions.post(START_POST)
        sessions.post(END_POST)
        const [start, end] = sessions.notes('incident', sessions.incident)
        expect(start).toMatch(
            new RegExp(`^${text('fr', 'note.started_with_customer', '512345678', 'Jane Doe', 'John Smith').replace(/[.()]/g, '\\$&')}`)
        )
        expect(end).toContain(text('fr', 'note.line', text('fr', 'note.variable.Notes'), 'Reset spooler'))
        expect(end).toContain(`${text('fr', 'note.variable.WorkTime')}\u00a0: ${text('fr', 'note.minutes_seconds', '29', '29')}`)
    })

    it('an unknown work-notes language falls back to English (the platform’s message fallback)', () => {
        const world = agentWorld('nl', { 'x_rescue_connect.work_notes.language': 'es' })
        const { answer } = world.generatePin('incident', world.incident)
        expect(world.instance.journal('incident', world.incident)[0]!.value).toBe(
            text('en', 'pin.work_note', answer.pin!, 'Jane Doe', 'John Smith')
        )
    })

    it('a work note in another language than the session’s is read from the Message table, falling back to English, then to the key', () => {
        const world = agentWorld('en', { 'x_rescue_connect.work_notes.language': 'nl', 'x_rescue_connect.pin.reuse_minutes': '0' })
        const dutchRow = world.instance.db
            .rows('sys_ui_message')
            .find((row) => row.key === 'x_rescue_connect.pin.work_note' && row.language === 'nl')!
        world.instance.db.delete('sys_ui_message', dutchRow.sys_id)
        world.instance.resetCounters()
        const first = world.generatePin('incident', world.incident).answer
        expect(world.instance.journal('incident', world.incident).at(-1)!.value).toBe(
            text('en', 'pin.work_note', first.pin!, 'Jane Doe', 'John Smith')
        )
        for (const row of world.instance.db.rows('sys_ui_message').filter((row) => row.key === 'x_rescue_connect.pin.work_note'))
            world.instance.db.delete('sys_ui_message', row.sys_id)
        world.generatePin('incident', world.incident)
        expect(world.instance.journal('incident', world.incident).at(-1)!.value).toBe('x_rescue_connect.pin.work_note')
    })

    it('a Time Worked comment and a note naming the chat-log attachment read in the work-notes language', () => {
        const sessions = sessionWorld({
            settings: {
                'x_rescue_connect.work_notes.language': 'de',
                'x_rescue_connect.time_worked.record': 'true',
                'x_rescue_connect.chat_log.attachment': 'true',
                'x_rescue_connect.work_notes.chat_log': 'true',
            },
        })
        sessions.post(START_POST)
        sessions.post(END_POST)
        const [entry] = sessions.instance.db.rows('task_time_worked')
        expect(entry!.comments).toBe(
            text(
                'de',
                'time_worked.comment',
                '512345678',
                text('de', 'time_worked.technician_with_address', 'Jane Doe', 'jane.doe@example.com')
            )
        )
        const end = sessions.notes('incident', sessions.incident).pop()!
        expect(end.split('\n').pop()).toBe(
            text('de', 'note.chat_log_attachment', text('de', 'note.variable.ChatLog'), '2', 'rescue-chat-512345678.txt')
        )
    })

    it('a record created for a console session reads in the work-notes language', () => {
        const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        const sessions = sessionWorld({
            settings: { 'x_rescue_connect.console_session.create_record': 'true', 'x_rescue_connect.work_notes.language': 'nl' },
        })
        const answer = sessions.post({ ...START_POST, SessionID: '600000009', Tracking0: '' })
        const created = sessions.instance.db.get('incident', answer.json.result.record.sys_id)!
        expect(created.short_description).toBe(text('nl', 'console.short_description', '600000009'))
        expect(created.description).toMatch(
            new RegExp(
                `^${escape(text('nl', 'console.description', '600000009', 'Jane Doe'))}\n\n${escape(text('nl', 'console.given_by_customer'))}\n`
            )
        )
        expect(created.description).toContain(text('nl', 'note.line', text('nl', 'note.variable.CField0'), 'John Smith'))
    })

    it('the session list shows choices in the reader’s language', () => {
        const sessions = sessionWorld()
        sessions.post(START_POST)
        const dutch = sessions.instance.addUser({ user_name: 'anna', preferred_language: 'nl' })
        const state = sessions.instance.runScript(
            "var s = new GlideRecord('x_rescue_connect_session'); s.get(row); s.getDisplayValue('state')",
            { asUser: dutch, variables: { row: sessions.pinRow } }
        )
        expect(state).toBe(nl.labels.tables.x_rescue_connect_session.choices.state.started)
        // setDisplayValue reads a choice label the same way: the reader's language, else English.
        const stored = sessions.instance.runScript(
            "var s = new GlideRecord('x_rescue_connect_session'); s.initialize(); s.setDisplayValue('state', nl); var a = s.getValue('state'); s.setDisplayValue('state', 'Ended'); a + '/' + s.getValue('state')",
            { asUser: dutch, variables: { nl: nl.labels.tables.x_rescue_connect_session.choices.state.ended } }
        )
        expect(stored).toBe('ended/ended')
    })
})

describe('emails are in their recipient’s language', () => {
    /** The emails the event processor sends for one kind of PIN email (its mail script sets the subject). */
    function sent(world: PinWorld, kind: 'technician' | 'customer', sessionId: string) {
        const event = world.instance.events.find(
            (queued) => queued.name === `x_rescue_connect.pin.email_${kind}` && queued.sysId === sessionId
        )!
        const email = world.instance.processEvents().find((mail) => mail.event === event.name && mail.sysId === sessionId)!
        return { ...email, event }
    }

    it('the technician’s, the customer’s own, or the instance’s when the customer has none', () => {
        const world = agentWorld('de', {
            'x_rescue_connect.email.technician': 'true',
            'x_rescue_connect.email.customer': 'true',
            'x_rescue_connect.pin.reuse_minutes': '0',
        })
        world.instance.db.update('sys_user', world.caller, { preferred_language: 'fr' })
        const { answer } = world.generatePin('incident', world.incident)
        const emails = world.instance.processEvents()
        const technician = emails.find((mail) => mail.event === 'x_rescue_connect.pin.email_technician')!
        const customer = emails.find((mail) => mail.event === 'x_rescue_connect.pin.email_customer')!
        expect(world.instance.events.map((event) => event.parm2)).toEqual(['de', 'fr'])
        expect(technician.recipients).toEqual([AGENT_EMAIL])
        expect(technician.subject).toBe(text('de', 'email.technician.subject', answer.pin!))
        expect(technician.body).toContain(de.messages['email.technician.join'].split('{0}')[0]!)
        expect(customer.subject).toBe(text('fr', 'email.customer.subject'))
        expect(customer.body).toContain(`<p>${text('fr', 'email.customer.greeting', 'John Smith')}</p>`)

        world.instance.db.update('sys_user', world.caller, { preferred_language: '' })
        world.instance.setProperty('glide.sys.language', 'nl')
        const second = world.generatePin('incident', world.incident).answer
        expect(sent(world, 'customer', second.sessionId!).subject).toBe(text('nl', 'email.customer.subject'))
    })

    it('the token-expiry email, one per admin, each in that admin’s language', () => {
        const tokens = tokenWorld()
        const french = tokens.instance.addUser({
            user_name: 'admin.fr',
            email: 'admin.fr@example.com',
            roles: ['x_rescue_connect.admin'],
            preferred_language: 'fr',
        })
        expect(runTokenSetup(tokens, tokens.entryId).ok).toBe(true)
        tokens.clock.now += 95 * DAY_MS
        tokens.instance.runScript(
            tokens.instance.db.rows('sysauto_script').find((row) => row.name === 'LogMeIn Rescue token expiry check')!.script!
        )
        const events = tokens.instance.events.filter((event) => event.name === 'x_rescue_connect.token.expiring')
        expect(events.map((event) => event.parm1).sort()).toEqual([tokens.adminId, french].sort())
        const emails = tokens.instance.processEvents()
        const forFrench = emails.find((mail) => mail.recipients.includes('admin.fr@example.com'))!
        const forEnglish = emails.find((mail) => !mail.recipients.includes('admin.fr@example.com'))!
        expect(emails.map((mail) => mail.recipients.length)).toEqual([1, 1])
        expect(forFrench.subject.startsWith(fr.messages['email.token.subject'].split('{0}')[0]!)).toBe(true)
        expect(forFrench.body).toContain(`<b>${fr.messages['email.token.menu_path'].replace(/>/g, '&gt;')}</b>`)
        expect(forEnglish.subject.startsWith('LogMeIn Rescue: run Token Setup again')).toBe(true)
        expect(forEnglish.body).toContain('<b>LogMeIn Rescue &gt; Token Setup</b>')
    })

    it('the notifications themselves hold no sentence: product name, PIN and mail script only', () => {
        const notifications = pinWorld()
            .instance.db.rows('sysevent_email_action')
            .filter((row) => (row.event_name ?? '').startsWith('x_rescue_connect.'))
        expect(notifications.length).toBe(4)
        for (const notification of notifications) {
            expect(notification.subject).toMatch(/^LogMeIn Rescue( \$\{pin\})?$/)
            expect(notification.message_html).toMatch(/^\$\{mail_script:x_rescue_connect_[a-z_]+\}$/)
        }
    })
})

describe('the admin pages speak the admin’s language', () => {
    /** The words a page's markup shows: text outside tags, comments and scripts. */
    const words = (html: string) =>
        html
            .replace(/<\?xml[^>]*\?>/g, ' ')
            .replace(/<!--[\s\S]*?-->/g, ' ')
            .replace(/<script[\s\S]*?<\/script>/g, ' ')
            .replace(/<[^>]*>/g, ' ')
            .trim()

    it('ship markup without words, so every reader gets their own texts from the instance', () => {
        const pages = pinWorld().instance.db.rows('sys_ui_page')
        expect(pages.length).toBe(3)
        for (const page of pages) expect({ page: page.endpoint, words: words(page.html ?? '') }).toEqual({ page: page.endpoint, words: '' })
        // The check sees words where they are.
        expect(words('<div><h1>Token Setup</h1><!-- note --><script>x()</script></div>')).toBe('Token Setup')
    })

    for (const language of LANGUAGES) {
        it(`${language}: Test Connection’s and Token Setup’s texts`, () => {
            const world = pinWorld()
            const admin = world.addAdmin(language)
            const test = JSON.parse(world.instance.ajax('x_rescue_connect.RescueAdminAjax', 'testConnectionPage', {}, admin).answer!)
            expect(test).toEqual({
                allowed: true,
                notice: '',
                labels: {
                    title: text(language, 'page.test.title'),
                    intro: text(language, 'page.test.intro'),
                    run: text(language, 'page.test.run'),
                    asking: text(language, 'page.test.asking'),
                    noAnswer: text(language, 'page.test.no_answer'),
                },
            })
            const form = JSON.parse(world.instance.ajax('x_rescue_connect.RescueAdminAjax', 'tokenSetupForm', {}, admin).answer!)
            expect(form.labels).toEqual({
                title: text(language, 'page.token.title'),
                intro: text(language, 'page.token.intro', 'LogMeIn Rescue Integration'),
                application: text(language, 'page.token.application'),
                run: text(language, 'page.token.run'),
                running: text(language, 'page.token.running'),
                noAnswer: text(language, 'page.token.no_answer'),
                openRequest: text(language, 'page.token.open_request'),
            })
            expect(form.lastSuccess).toBe(text(language, 'token.never_succeeded'))
        })
    }

    it('an agent who reaches the page’s entry is told why in their language', () => {
        const world = agentWorld('de')
        const answer = world.instance.runScript('JSON.stringify(x_rescue_connect.RescueCore.testConnectionPage())', { asUser: world.agent })
        expect(JSON.parse(String(answer))).toMatchObject({ allowed: false, notice: text('de', 'connection.not_admin') })
    })
})

describe('what the reader’s language costs the PIN and the post', () => {
    it('once the instance has served the messages, a PIN costs one query more only when the work note is in another language than the agent’s', () => {
        // The agent's texts come from the platform's message cache (gs.getMessage); the English work note of a
        // Dutch, German or French agent is read from the Message table, all its messages in one query.
        const costs = SHIPPED.map((language) => {
            // Reuse off: the second PIN takes the same path as the first.
            const world = agentWorld(language, { 'x_rescue_connect.pin.reuse_minutes': '0' })
            world.generatePin('incident', world.incident)
            world.instance.resetCounters()
            world.generatePin('incident', world.incident)
            return { language, ...world.instance.counters }
        })
        expect(costs[0]!.language).toBe('en')
        for (const cost of costs) {
            const noteLookup = cost.language === 'en' ? 0 : 1
            expect({ ...cost, language: 'any', queries: cost.queries - noteLookup }).toEqual({ ...costs[0]!, language: 'any' })
        }
        expect(costs.map((cost) => cost.messageLoads)).toEqual(SHIPPED.map(() => 0))
    })

    it('a work note in the agent’s own language costs no query at all once warm', () => {
        const english = agentWorld('en')
        const dutch = agentWorld('nl', { 'x_rescue_connect.work_notes.language': 'nl' })
        const warmCost = (world: ReturnType<typeof agentWorld>) => {
            world.generatePin('incident', world.incident)
            world.instance.resetCounters()
            world.generatePin('incident', world.incident)
            return world.instance.counters
        }
        expect(warmCost(dutch)).toEqual(warmCost(english))
    })

    it('placeholders in every shipped message are the ones its English has (the app fills them, not MessageFormat)', () => {
        for (const language of LANGUAGES) {
            for (const key of Object.keys(MESSAGES) as (keyof typeof MESSAGES)[]) {
                expect(placeholdersOf(PACKS[language]!.messages[key])).toEqual(placeholdersOf(MESSAGES[key]))
            }
        }
    })
})
