// Test Connection page (UI page client script). The page is static markup without words; on load this
// script asks RescueAdminAjax.testConnectionPage for the page's texts in the admin's language, shows
// them, and on a click runs RescueAdminAjax.testConnection and shows its one sentence. Everything from
// the instance goes in as text.
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
            result.textContent = texts.asking
            run.disabled = true
            rescueAdminRequest('testConnection', {}, (answer) => {
                run.disabled = false
                result.textContent = answer && typeof answer.message === 'string' ? answer.message : texts.noAnswer
            })
        })
    })
}

export { rescueTestConnection as default }
