// Mail scripts of the two PIN notifications call this with the session row the event was queued on.
import { customerJoinUrl } from '../core/rescue-protocol'
import { customerPinEmailHtml, technicianPinEmailHtml } from '../core/pin-email'
import { readConfig } from './properties'

export type PinEmailKind = 'technician' | 'customer'

export function pinEmailHtml(kind: PinEmailKind, session: GlideRecord): string {
    const parsed = readConfig()
    const region = parsed.ok ? parsed.config.region : 'global'
    const pin = session.getValue('pin') ?? ''
    const joinUrl = customerJoinUrl(region, pin)
    const customerName = session.getValue('customer_name') ?? ''
    if (kind === 'customer') {
        return customerPinEmailHtml({ pin, customerName, technicianName: session.getValue('tech_name') ?? '', joinUrl })
    }
    const task = session.getElement('task').getRefRecord()
    const found = task.isValidRecord()
    return technicianPinEmailHtml({
        pin,
        customerName,
        recordNumber: found ? task.getValue('number') ?? '' : '',
        shortDescription: found ? task.getValue('short_description') ?? '' : '',
        joinUrl,
    })
}
