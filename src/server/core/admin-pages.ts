// The texts of the two admin pages (Test Connection, Token Setup). The pages ship as static markup with
// no words in it (their HTML is the same for every reader); each page's client script asks RescueAdminAjax
// for these texts in the admin's language on load and puts them in as text (src/client/*.ts).
import { message } from '../../shared/i18n'
import { APP_NAME } from './names'

export const TEST_CONNECTION_PAGE = {
    title: message('page.test.title'),
    intro: message('page.test.intro'),
    run: message('page.test.run'),
    asking: message('page.test.asking'),
    noAnswer: message('page.test.no_answer'),
} as const

export const TOKEN_SETUP_PAGE = {
    title: message('page.token.title'),
    intro: message('page.token.intro', APP_NAME),
    application: message('page.token.application'),
    run: message('page.token.run'),
    running: message('page.token.running'),
    noAnswer: message('page.token.no_answer'),
    openRequest: message('page.token.open_request'),
} as const
