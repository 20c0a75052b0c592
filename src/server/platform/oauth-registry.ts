import { EXTERNAL_CLIENT_TYPE, type RegistryEntry, type RegistryEntrySummary, type RegistrySelection } from '../core/token-setup'
import { isTrue } from './glide-values'
import { APP_SCOPE } from '../core/names'

// Reads the platform's OAuth application registry (global table oauth_entity). The app declares
// read access to it as a cross-scope privilege (src/fluent/cross-scope-privileges.now.ts).
// Only entries created in the app's own scope: the platform decrypts a password2 field (the client
// secret) only for scripts of the record's scope, and Token Setup must never hand another
// application's secret to Rescue's connector (emulator/README.md, "Platform rules").
const TABLE = 'oauth_entity'

/** A query on the registry limited to entries in this app's scope. */
function entriesInScope(): GlideRecord {
    const entry = new GlideRecord(TABLE)
    entry.addQuery('sys_scope.scope', APP_SCOPE)
    return entry
}

export function readRegistryEntry(selection: RegistrySelection): RegistryEntry | null {
    const entry = entriesInScope()
    entry.addQuery(selection.by === 'sysId' ? 'sys_id' : 'name', selection.value)
    entry.setLimit(1)
    entry.query()
    if (!entry.next()) return null
    return {
        sysId: entry.getUniqueValue(),
        name: entry.getValue('name') || '',
        type: entry.getValue('type') || '',
        active: isTrue(entry.getValue('active')),
        clientId: entry.getValue('client_id') || '',
        clientSecret: entry.getElement('client_secret').getDecryptedValue() || '',
        refreshTokenLifespan: entry.getValue('refresh_token_lifespan') || '',
    }
}

/** Every OAuth API endpoint for external clients in this app's scope, by name, for the Token Setup form. */
export function listExternalClients(): RegistryEntrySummary[] {
    const entry = entriesInScope()
    entry.addQuery('type', EXTERNAL_CLIENT_TYPE)
    entry.orderBy('name')
    entry.query()
    const entries: RegistryEntrySummary[] = []
    while (entry.next())
        entries.push({ sysId: entry.getUniqueValue(), name: entry.getValue('name') || '', active: isTrue(entry.getValue('active')) })
    return entries
}
