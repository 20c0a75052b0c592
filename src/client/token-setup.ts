// Token Setup page (UI page client script). The page is static markup; on load this script asks
// RescueAdminAjax.tokenSetupForm for the registry entries and the last run, fills the form, and runs
// Token Setup through RescueAdminAjax.runTokenSetup when the admin presses the button. Every value
// from the instance goes in as text (textContent, option.text), never as markup.
import { rescueAdminRequest } from './shared/admin-request'

// Every sentence this page's script shows (the page's static text is in src/fluent/ui-pages/token-setup.html).
const TEXT = {
    loading: 'Reading the OAuth application registry…',
    running: 'Running Token Setup: signing the service account in and sending the token to Rescue…',
    noAnswer: 'The instance did not answer. Reload the page and try again (Token Setup needs the x_rescue_connect.admin role).',
    openRequest: 'Open the token request, which lists every step',
}

const ID = {
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
    const notice = element(ID.notice)
    const lastSuccess = element(ID.lastSuccess)
    const form = element(ID.form)
    const select = element(ID.select) as HTMLSelectElement | null
    const run = element(ID.run) as HTMLButtonElement | null
    const result = element(ID.result)
    const request = element(ID.request) as HTMLAnchorElement | null
    if (!notice || !lastSuccess || !form || !select || !run || !result || !request) return

    const say = (target: HTMLElement, sentence: string) => {
        target.textContent = sentence
        target.hidden = sentence === ''
    }

    // The form's data: on load, and again after a successful run (the last success changed).
    const load = (done: () => void) =>
        rescueAdminRequest('tokenSetupForm', {}, (data) => {
            done()
            if (!data) return say(notice, TEXT.noAnswer)
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

    say(result, TEXT.loading)
    load(() => say(result, ''))

    run.addEventListener('click', () => {
        run.disabled = true
        request.hidden = true
        say(result, TEXT.running)
        rescueAdminRequest('runTokenSetup', { sysparm_oauth_application: select.value }, (data) => {
            run.disabled = false
            if (!data) return say(result, TEXT.noAnswer)
            say(result, text(data.message))
            result.className = data.ok === true ? 'notification notification-info' : 'notification notification-error'
            const requestId = text(data.requestId)
            if (/^[0-9a-f]{32}$/.test(requestId)) {
                request.href = `x_rescue_connect_token_request.do?sys_id=${requestId}`
                request.textContent = TEXT.openRequest
                request.hidden = false
            }
            if (data.ok === true) load(() => undefined)
        })
    })
}

export { rescueTokenSetup as default }
