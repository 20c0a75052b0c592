// English messages the browser scripts carry themselves; part of en.ts's MESSAGES (a module of its own
// so the client bundles hold only these, not every sentence of the app).

/**
 * What browser scripts say on their own, when the instance gave no answer to read a sentence from. The
 * UI action preloads its two for the platform's client getMessage(); bundles carry only this English, as
 * the text of last resort (src/client/shared/messages.ts).
 */
export const CLIENT_MESSAGES = {
    'pin.client.no_answer':
        'The instance did not answer the Generate Rescue PIN request (you may lack the x_rescue_connect.user role, or your session expired). Reload the form and try again; if it keeps happening, ask your ServiceNow admin.',
    'pin.client.unreadable':
        'The instance sent an answer the Generate Rescue PIN button cannot read. Reload the form and try again; if it keeps happening, ask your ServiceNow admin.',
    // The admin pages, when their first request gets no answer (so no texts in the admin's language either).
    'page.test.no_answer':
        'The instance did not answer. Reload the page and try again (Test Connection needs the x_rescue_connect.admin role).',
    'page.token.no_answer':
        'The instance did not answer. Reload the page and try again (Token Setup needs the x_rescue_connect.admin role).',
} as const

export type ClientMessageKey = keyof typeof CLIENT_MESSAGES
