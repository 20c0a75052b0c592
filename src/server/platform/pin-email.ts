// Mail scripts of the two PIN notifications call this with the session row the event was queued on and
// the event's parm2, the recipient's language (chosen when the PIN was generated: pin-service.ts).
import { customerJoinUrl } from '../core/rescue-protocol'
import { customerPinEmail, technicianPinEmail, type Email } from '../core/pin-email'
import { readConfig } from './properties'
import { languageOrInstance, translatorFor } from './messages'

export type PinEmailKind = 'technician' | 'customer'

export function pinEmail(kind: PinEmailKind, session: GlideRecord, language: string): Email {
    const parsed = readConfig()
    const region = parsed.ok ? parsed.config.region : 'global'
    const t = translatorFor(languageOrInstance(language))
    const pin = session.getValue('pin') ?? ''
    const joinUrl = customerJoinUrl(region, pin)
    const customerName = session.getValue('customer_name') ?? ''
    if (kind === 'customer') {
        return customerPinEmail({ pin, customerName, technicianName: session.getValue('tech_name') ?? '', joinUrl }, t)
    }
    const task = session.getElement('task').getRefRecord()
    const found = task.isValidRecord()
    return technicianPinEmail(
        {
            pin,
            customerName,
            recordNumber: found ? (task.getValue('number') ?? '') : '',
            shortDescription: found ? (task.getValue('short_description') ?? '') : '',
            joinUrl,
        },
        t
    )
}
