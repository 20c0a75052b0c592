// The two PIN emails, in their recipient's language. Every value is HTML-escaped, and so is every
// translated sentence: a customer or technician name (or an admin's translation) is text, never markup.
// The customer's email carries only what the customer needs to join.
import { escapeHtml } from '../../shared/markup'
import { htmlSentence, textLine, type Translate } from '../../shared/i18n'

/** An email's subject (plain text) and HTML body, as a mail script sets them. */
export interface Email {
    readonly subject: string
    readonly html: string
}

function link(url: string): string {
    return `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`
}

export interface TechnicianEmailInput {
    readonly pin: string
    readonly customerName: string
    readonly recordNumber: string
    readonly shortDescription: string
    readonly joinUrl: string
}

export function technicianPinEmail(input: TechnicianEmailInput, t: Translate): Email {
    const pin = `<strong style="font-size:20px;letter-spacing:2px">${escapeHtml(input.pin)}</strong>`
    const html = [
        `<p>${htmlSentence(t, 'email.technician.generated', [pin, escapeHtml(input.customerName), escapeHtml(input.recordNumber), escapeHtml(input.shortDescription)])}</p>`,
        `<p>${htmlSentence(t, 'email.technician.join', [link(input.joinUrl)])}</p>`,
    ].join('')
    return { subject: textLine(t, 'email.technician.subject', input.pin), html }
}

export interface CustomerEmailInput {
    readonly pin: string
    readonly customerName: string
    readonly technicianName: string
    readonly joinUrl: string
}

export function customerPinEmail(input: CustomerEmailInput, t: Translate): Email {
    const html = [
        `<p>${htmlSentence(t, 'email.customer.greeting', [escapeHtml(input.customerName)])}</p>`,
        `<p>${htmlSentence(t, 'email.customer.intro', [escapeHtml(input.technicianName)])}</p>`,
        `<p>${htmlSentence(t, 'email.customer.open_link', [link(input.joinUrl)])}</p>`,
        `<p style="font-size:24px;letter-spacing:4px"><strong>${escapeHtml(input.pin)}</strong></p>`,
        `<p>${htmlSentence(t, 'email.customer.ignore', [])}</p>`,
    ].join('')
    return { subject: textLine(t, 'email.customer.subject'), html }
}
