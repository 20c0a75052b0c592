// System properties (sys_properties) as gs.getProperty/setProperty and the instance read and write them.
// Its own file because messages.ts reads the instance language from here and gs.ts uses messages.ts.
import { APP_SCOPE } from '../engine/scope.ts'
import { decryptPassword2, encryptPassword2 } from '../engine/values.ts'
import type { Runtime } from './runtime.ts'

/** The stored property value (clear text for password2), or null when no such property exists. */
export function readProperty(runtime: Runtime, name: string): string | null {
    const row = runtime.db.rows('sys_properties').find((property) => property.name === name)
    if (!row) return null
    return row.type === 'password2' ? decryptPassword2(row.value ?? '') : (row.value ?? '')
}

export function writeProperty(runtime: Runtime, name: string, value: string): void {
    const row = runtime.db.rows('sys_properties').find((property) => property.name === name)
    const stored = row?.type === 'password2' ? encryptPassword2(value) : value
    if (row) runtime.db.updateStored('sys_properties', row.sys_id, { value: stored }, runtime.user().userName)
    else {
        // A new property belongs to the scope its name starts with (scoped properties carry the scope prefix).
        const scope = name.startsWith(`${APP_SCOPE}.`)
            ? (runtime.db.rows('sys_scope').find((app) => app.scope === APP_SCOPE)?.sys_id ?? APP_SCOPE)
            : 'global'
        runtime.db.insertStored('sys_properties', { name, value, type: 'string', sys_scope: scope }, runtime.user().userName)
    }
}
