// Auth codes cached per technician in x_rescue_connect_auth_code, the code in a password2 column
// (encrypted at rest). A row is tied to the Rescue account it was issued for (host, company, SSO ID),
// so changing the company or region in Settings never reuses a code from the old account.
import type { PinPorts } from '../core/pin-flow'

export const AUTH_CODE_TABLE = 'x_rescue_connect_auth_code'

export type AuthCodeCache = Pick<PinPorts, 'cachedAuthCode' | 'saveAuthCode' | 'forgetAuthCode'>

export function rescueAccountKey(host: string, companyId: string, ssoId: string): string {
    return `${host}|${companyId}|${ssoId.toLowerCase()}`
}

function rowFor(technicianSysId: string): GlideRecord | null {
    const row = new GlideRecord(AUTH_CODE_TABLE)
    return row.get('technician', technicianSysId) ? row : null
}

export function authCodeCache(technicianSysId: string, accountKey: string): AuthCodeCache {
    return {
        cachedAuthCode() {
            const row = rowFor(technicianSysId)
            if (row === null || row.getValue('account') !== accountKey) return null
            const code = row.getElement('auth_code').getDecryptedValue()
            return code ? code : null
        },
        saveAuthCode(authCode) {
            const existing = rowFor(technicianSysId)
            const row = existing ?? new GlideRecord(AUTH_CODE_TABLE)
            if (existing === null) {
                row.initialize()
                row.setValue('technician', technicianSysId)
            }
            row.setValue('account', accountKey)
            row.getElement('auth_code').setDisplayValue(authCode)
            if (existing === null) row.insert()
            else row.update()
        },
        forgetAuthCode() {
            const row = rowFor(technicianSysId)
            if (row !== null) row.deleteRecord()
        },
    }
}
