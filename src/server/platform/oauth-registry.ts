import { EXTERNAL_CLIENT_TYPE, type RegistryEntry, type RegistryEntrySummary, type RegistrySelection } from '../core/token-setup'
import { isTrue } from './glide-values'

// Reads the platform's OAuth application registry (global table oauth_entity). The app declares
// read access to it as a cross-scope privilege (src/fluent/cross-scope-privileges.now.ts).
const TABLE = 'oauth_entity'

export function readRegistryEntry(selection: RegistrySelection): RegistryEntry | null {
    const entry = new GlideRecord(TABLE)
    if (selection.by === 'sysId') {
        if (!entry.get(selection.value)) return null
    } else {
        entry.addQuery('name', selection.value)
        entry.setLimit(1)
        entry.query()
        if (!entry.next()) return null
    }
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

/** Every OAuth API endpoint for external clients, by name, for the Token Setup form. */
export function listExternalClients(): RegistryEntrySummary[] {
    const entry = new GlideRecord(TABLE)
    entry.addQuery('type', EXTERNAL_CLIENT_TYPE)
    entry.orderBy('name')
    entry.query()
    const entries: RegistryEntrySummary[] = []
    while (entry.next()) entries.push({ sysId: entry.getUniqueValue(), name: entry.getValue('name') || '', active: isTrue(entry.getValue('active')) })
    return entries
}
