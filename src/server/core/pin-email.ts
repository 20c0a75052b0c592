// The bodies of the two PIN emails. Every value is HTML-escaped: a customer or technician name is
// text, never markup. The customer's email carries only what the customer needs to join.
import { escapeHtml } from './html'

export interface TechnicianEmailInput {
    readonly pin: string
    readonly customerName: string
    readonly recordNumber: string
    readonly shortDescription: string
    readonly joinUrl: string
}

export function technicianPinEmailHtml(input: TechnicianEmailInput): string {
    return [
        `<p>You generated LogMeIn Rescue PIN <strong style="font-size:20px;letter-spacing:2px">${escapeHtml(input.pin)}</strong>`,
        ` for ${escapeHtml(input.customerName)} (${escapeHtml(input.recordNumber)}: ${escapeHtml(input.shortDescription)}).</p>`,
        `<p>The customer joins at <a href="${escapeHtml(input.joinUrl)}">${escapeHtml(input.joinUrl)}</a>`,
        ` or by entering the PIN at www.LogMeIn123.com. The session then waits for you in the Rescue Technician Console.</p>`,
    ].join('')
}

export interface CustomerEmailInput {
    readonly pin: string
    readonly customerName: string
    readonly technicianName: string
    readonly joinUrl: string
}

export function customerPinEmailHtml(input: CustomerEmailInput): string {
    return [
        `<p>Hello ${escapeHtml(input.customerName)},</p>`,
        `<p>${escapeHtml(input.technicianName)} would like to connect to your computer to help you.</p>`,
        `<p>Open <a href="${escapeHtml(input.joinUrl)}">${escapeHtml(input.joinUrl)}</a> and follow the instructions,`,
        ` or go to www.LogMeIn123.com and enter this PIN:</p>`,
        `<p style="font-size:24px;letter-spacing:4px"><strong>${escapeHtml(input.pin)}</strong></p>`,
        `<p>If you did not ask for support, ignore this email.</p>`,
    ].join('')
}
