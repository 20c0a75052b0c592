// A PIN the simulator issued and the hosts it answers on: the simulator records PINs, session posts are built
// from them, so both import this file and neither imports the other.
export const RESCUE_HOSTS = {
    global: 'secure.logmeinrescue.com',
    eu: 'secure.logmeinrescue.eu',
    enterprise: 'secure.logmeinrescue-enterprise.com',
} as const

export type RescueRegion = keyof typeof RESCUE_HOSTS

export interface IssuedPin {
    pin: string
    ssoId: string
    host: string
    region: RescueRegion
    companyId: string
    /** cfield0..cfield5 and tracking0 exactly as sent ('' when absent). */
    fields: Record<'cfield0' | 'cfield1' | 'cfield2' | 'cfield3' | 'cfield4' | 'cfield5' | 'tracking0', string>
    notechconsole: string
    /** Fields longer than the documented maximum (cfield0 64, cfield1/2 512, cfield3 256, cfield4/5 64, tracking0 64). */
    tooLong: string[]
}
