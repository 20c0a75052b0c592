// Application scopes. Every shipped script runs in the app's scope (APP_SCOPE). A row belongs to the
// scope its sys_scope names (application files: a sys_app / sys_scope sys_id, or 'global'); a row
// without sys_scope belongs to its table's scope — the app's own tables are named after the scope
// (`x_rescue_connect_…`), every other table here is global.
import type { Database } from './db.ts'
import type { Row } from './loader.ts'

export const APP_SCOPE = 'x_rescue_connect'
export const GLOBAL_SCOPE = 'global'

/** The scope name of a table: the app's tables carry its prefix; all others are the platform's. */
export function tableScope(table: string): string {
    return table.startsWith(`${APP_SCOPE}_`) ? APP_SCOPE : GLOBAL_SCOPE
}

/** The scope name a row belongs to. */
export function rowScope(db: Database, table: string, row: Row | undefined): string {
    const declared = row?.sys_scope ?? ''
    if (declared === '') return tableScope(table)
    const scope = db.get('sys_scope', declared)
    return scope?.scope || declared
}
