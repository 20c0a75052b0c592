// Token Setup page (UI page client script). The page is static markup without words; on load this
// script asks RescueAdminAjax.tokenSetupForm for the page's texts in the admin's language, the registry
// entries and the last run, fills the page, and runs Token Setup through RescueAdminAjax.runTokenSetup
// when the admin presses the button. Everything from the instance goes in as text (textContent,
// option.text), never as markup.
import { rescueAdminRequest } from './shared/admin-request'
import { rescueClientMessage } from './shared/messages'
import { rescuePageTexts } from './shared/page-texts'

const TEXTS = ['title', 'intro', 'application', 'run', 'running', 'noAnswer', 'openRequest'] as const

const ID = {
    page: 'x_rescue_connect_token_setup_page',
    title: 'x_rescue_connect_token_setup_title',
    intro: 'x_rescue_connect_token_setup_intro',
    application: 'x_rescue_connect_oauth_application_label',
    notice: 'x_rescue_connect_token_setup_notice',
    lastSuccess: 'x_rescue_connect_token_setup_last_success',
    form: 'x_rescue_connect_token_setup_form',
    select: 'x_rescue_connect_oauth_application',
    run: 'x_rescue_connect_token_setup_run',
    result: 'x_rescue_connect_token_setup_result',
    request: 'x_rescue_connect_token_setup_request',
}

interface FormOption {
    sysId: string
    label: string
    selected: boolean
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')

function rescueTokenSetup(): void {
    const element = (id: string) => document.getElementById(id)
    const page = element(ID.page)
    const title = element(ID.title)
    const intro = element(ID.intro)
    const application = element(ID.application)
    const notice = element(ID.notice)
    const lastSuccess = element(ID.lastSuccess)
    const form = element(ID.form)
    const select = element(ID.select) as HTMLSelectElement | null
    const run = element(ID.run) as HTMLButtonElement | null
    const result = element(ID.result)
    const request = element(ID.request) as HTMLAnchorElement | null
    if (!page || !title || !intro || !application || !notice || !lastSuccess || !form || !select || !run || !result || !request) return

    const say = (target: HTMLElement, sentence: string) => {
        target.textContent = sentence
        target.hidden = sentence === ''
    }
    // The page's texts, from the first answer (in the admin's language).
    let texts: { [name in (typeof TEXTS)[number]]: string } | null = null

    // The form's data: on load, and again after a successful run (the last success changed).
    const load = () =>
        rescueAdminRequest('tokenSetupForm', {}, (data) => {
            texts = texts ?? rescuePageTexts(data, TEXTS)
            if (!data || !texts) return say(notice, texts ? texts.noAnswer : rescueClientMessage('page.token.no_answer'))
            title.textContent = texts.title
            intro.textContent = texts.intro
            application.textContent = texts.application
            run.textContent = texts.run
            page.hidden = false
            say(notice, text(data.notice))
            if (data.allowed !== true) return
            say(lastSuccess, text(data.lastSuccess))
            const picked = select.value
            const options = Array.isArray(data.options) ? (data.options as FormOption[]) : []
            select.textContent = ''
            for (const option of options) {
                const choice = document.createElement('option')
                choice.value = text(option.sysId)
                choice.text = text(option.label)
                choice.selected = picked === '' ? option.selected === true : choice.value === picked
                select.appendChild(choice)
            }
            form.hidden = false
            run.disabled = options.length === 0
        })

    load()

    run.addEventListener('click', () => {
        const shown = texts
        if (!shown) return
        run.disabled = true
        request.hidden = true
        result.className = ''
        say(result, shown.running)
        rescueAdminRequest('runTokenSetup', { sysparm_oauth_application: select.value }, (data) => {
            run.disabled = false
            const ok = data !== null && data.ok === true
            // The outcome as the platform shows a message: success or error.
            // i18n-exempt: CSS classes and ARIA roles, not text.
            result.className = ok ? 'notification notification-success' : 'notification notification-error'
            result.setAttribute('role', ok ? 'status' : 'alert')
            if (!data) return say(result, shown.noAnswer)
            say(result, text(data.message))
            const requestId = text(data.requestId)
            if (/^[0-9a-f]{32}$/.test(requestId)) {
                request.href = `x_rescue_connect_token_request.do?sys_id=${requestId}`
                request.textContent = shown.openRequest
                request.hidden = false
            }
            if (data.ok === true) load()
        })
    })
}

export { rescueTokenSetup as default }
