// The classic form's PIN modal body: every value and every label escaped, the link only when it is https.
import { escapeHtml } from '../../shared/markup'
import { fillPlaceholders } from '../../i18n/placeholders'
import type { PinModalLabels } from '../../shared/pin-answer'

export const RESCUE_PIN_COPY_BUTTON_ID = 'x_rescue_connect_copy_pin'
export const RESCUE_PIN_COPIED_ID = 'x_rescue_connect_pin_copied'

/** The classic modal's body: every value escaped; the link only when it is an https URL. */
export function rescuePinModalHtml(result: { pin: string; customerUrl: string; message: string; labels: PinModalLabels }): string {
    const labels = result.labels
    const link = /^https:\/\//.test(result.customerUrl)
        ? `<p>${fillPlaceholders(escapeHtml(labels.joinLink), [
              `<a href="${escapeHtml(result.customerUrl)}" target="_blank" rel="noopener noreferrer">${escapeHtml(result.customerUrl)}</a>`,
          ])}</p>`
        : ''
    return [
        '<div class="x-rescue-connect-pin" style="padding:8px 4px">',
        `<p>${escapeHtml(labels.pinForCustomer)}</p>`,
        `<p style="font-size:44px;font-weight:bold;letter-spacing:10px;font-family:monospace;margin:8px 0" aria-label="${escapeHtml(labels.pinAria)}">${escapeHtml(result.pin)}</p>`,
        `<p><button type="button" class="btn btn-primary" id="${RESCUE_PIN_COPY_BUTTON_ID}">${escapeHtml(labels.copy)}</button>`,
        ` <span id="${RESCUE_PIN_COPIED_ID}" role="status"></span></p>`,
        link,
        `<p>${escapeHtml(result.message)}</p>`,
        '</div>',
    ].join('')
}
