// Test Connection page (UI page client script). The page is static markup without words; on load this
// script asks RescueAdminAjax.testConnectionPage for the page's texts in the admin's language, shows
// them, and on a click runs RescueAdminAjax.testConnection and shows its outcome as the platform shows a
// message: success or error, what happened, the settings to fix and the next step. Everything from the
// instance goes in as text.
import { rescueAdminRequest } from './shared/admin-request'
import { rescueClientMessage } from './shared/messages'
import { rescuePageTexts } from './shared/page-texts'

const TEXTS = ['title', 'intro', 'run', 'asking', 'noAnswer'] as const

const ID = {
    page: 'x_rescue_connect_test_connection_page',
    title: 'x_rescue_connect_test_connection_title',
    intro: 'x_rescue_connect_test_connection_intro',
    run: 'x_rescue_connect_test_connection',
    result: 'x_rescue_connect_test_connection_result',
}

/** The outcome in the result box: its type decides the platform message style (success or error); lines are text. */
function showOutcome(result: HTMLElement, answer: { [name: string]: unknown } | null, noAnswer: string): void {
    const text = (value: unknown) => (typeof value === 'string' ? value : '')
    const ok = answer !== null && answer.ok === true
    result.textContent = ''
    // i18n-exempt: CSS classes and ARIA roles, not text.
    result.className = ok ? 'notification notification-success' : 'notification notification-error'
    result.setAttribute('role', ok ? 'status' : 'alert')
    const line = (tag: string, content: string, className: string) => {
        const element = document.createElement(tag)
        element.className = className
        element.textContent = content
        return element
    }
    result.appendChild(line('p', answer ? text(answer.message) : noAnswer, 'x_rescue_connect_outcome_message'))
    const items = answer && Array.isArray(answer.items) ? answer.items.map(text).filter(Boolean) : []
    if (items.length > 0) {
        const list = document.createElement('ul')
        for (const item of items) list.appendChild(line('li', item, 'x_rescue_connect_outcome_item'))
        result.appendChild(list)
    }
    const next = answer ? text(answer.nextStep) : ''
    if (next) result.appendChild(line('p', next, 'x_rescue_connect_outcome_next'))
    result.hidden = false
}

function rescueTestConnection(): void {
    const element = (id: string) => document.getElementById(id)
    const page = element(ID.page)
    const title = element(ID.title)
    const intro = element(ID.intro)
    const run = element(ID.run) as HTMLButtonElement | null
    const result = element(ID.result)
    if (!page || !title || !intro || !run || !result) return

    rescueAdminRequest('testConnectionPage', {}, (data) => {
        const texts = rescuePageTexts(data, TEXTS)
        if (!texts) {
            result.textContent = rescueClientMessage('page.test.no_answer')
            return
        }
        title.textContent = texts.title
        intro.textContent = texts.intro
        run.textContent = texts.run
        page.hidden = false
        if (data && typeof data.notice === 'string') result.textContent = data.notice
        run.addEventListener('click', () => {
            result.className = ''
            result.setAttribute('role', 'status')
            result.textContent = texts.asking
            run.disabled = true
            rescueAdminRequest('testConnection', {}, (answer) => {
                run.disabled = false
                showOutcome(result, answer && typeof answer.message === 'string' ? answer : null, texts.noAnswer)
            })
        })
    })
}

export { rescueTestConnection as default }
