// What the platform's UI shows a user, decided from the instance's own records (emulator/README.md,
// "What the UI shows"): which UI actions a form offers (sys_ui_action: active, roles with containment,
// condition), which application menu modules the navigator lists (sys_app_application / sys_app_module
// roles), labels and translated_field values in the user's language, and the properties page of a
// category (sys_properties_category_m2m order, each property under its description). The sandbox
// draws its pages from these answers and keeps no rule of its own.
import type { Database } from '../engine/db.ts'
import type { Row } from '../engine/loader.ts'

/** What the UI rules ask of the instance: its records, role checks with containment and conditions as server script. */
export interface UiHost {
    db: Database
    hasRole(asUser: string, role: string): boolean
    languageOf(asUser: string): string
    evaluateCondition(condition: string, current: { table: string; sysId: string }, asUser: string): boolean
}

export type FormView = 'classic' | 'workspace'

export interface ShownAction {
    action: Row
    /** The action's name in the user's language (sys_translated), else as stored. */
    label: string
    hint: string
}

export interface FormActions {
    shown: ShownAction[]
    /** Why an action the table has is not on the form, one sentence each (for the sandbox's developer). */
    hidden: string[]
}

/** A translated_field value in the language (sys_translated), else the stored value. */
export function translatedValue(db: Database, table: string, field: string, value: string, language: string): string {
    return (
        db
            .rows('sys_translated')
            .find((row) => row.name === table && row.element === field && row.value === value && row.language === language)?.label ?? value
    )
}

/** A field's label in the language (sys_documentation), else the column's label, else its name. */
export function fieldLabel(db: Database, table: string, field: string, language: string): string {
    for (const name of db.schema.ancestry(table)) {
        const documented = db
            .rows('sys_documentation')
            .find((row) => row.name === name && row.element === field && row.language === language)
        if (documented?.label) return documented.label
    }
    return db.schema.column(table, field)?.label || field
}

/** The roles a record names through a many-to-many table (sys_ui_action_role), by name. */
function linkedRoles(db: Database, table: string, ownerField: string, ownerSysId: string): string[] {
    return db
        .rows(table)
        .filter((link) => link[ownerField] === ownerSysId)
        .map((link) => db.get('sys_user_role', link.sys_user_role ?? '')?.name ?? '')
        .filter(Boolean)
}

/** A roles field written as a comma-separated list of role names (sys_app_module.roles). */
const roleList = (text: string | undefined) =>
    (text ?? '')
        .split(',')
        .map((role) => role.trim())
        .filter(Boolean)

/** No roles: everyone; else the user holds one of them (gs.hasRole: containment, admin holds every role). */
const holdsOneOf = (host: UiHost, asUser: string, roles: string[]) => roles.length === 0 || roles.some((role) => host.hasRole(asUser, role))

/**
 * The UI actions that apply to a table's forms ("Override a UI action for an extended table", emulator/README.md):
 * its own, those of the tables it extends and the global ones; per action name the nearest definition wins, so a
 * child table's action overrides its parent's of the same name. An action without an action name is never overridden.
 */
export function actionsForTable(db: UiHost['db'], table: string): Row[] {
    const levels = [...db.schema.ancestry(table), 'global']
    const all = db.rows('sys_ui_action').filter((row) => levels.includes(row.table ?? ''))
    const depth = (row: Row) => levels.indexOf(row.table ?? '')
    const nearest = new Map<string, Row>()
    const unnamed: Row[] = []
    for (const row of [...all].sort((a, b) => depth(a) - depth(b))) {
        if (!row.action_name) unnamed.push(row)
        else if (!nearest.has(row.action_name)) nearest.set(row.action_name, row)
    }
    return [...nearest.values(), ...unnamed]
}

/**
 * The form buttons of a table's UI actions for the user: active, a form button, the user holds one of its roles
 * (through containment too), its condition true for the record; on the workspace form only workspace form buttons
 * with a workspace client script.
 */
export function formActions(host: UiHost, table: string, sysId: string, asUser: string, view: FormView): FormActions {
    const language = host.languageOf(asUser)
    const actions = actionsForTable(host.db, table)
    const shown: ShownAction[] = []
    const hidden: string[] = []
    for (const action of actions) {
        const label = translatedValue(host.db, 'sys_ui_action', 'name', action.name ?? '', language)
        if (action.active === 'false') {
            hidden.push(`${label}: inactive.`)
            continue
        }
        if (view === 'workspace' ? action.form_button_v2 !== 'true' || !action.client_script_v2 : action.form_button === 'false') {
            hidden.push(
                view === 'workspace'
                    ? `${label} is not a workspace form button (form_button_v2 and client_script_v2).`
                    : `${label} is not a form button.`
            )
            continue
        }
        const roles = linkedRoles(host.db, 'sys_ui_action_role', 'sys_ui_action', action.sys_id)
        if (!holdsOneOf(host, asUser, roles)) {
            hidden.push(`${label} is hidden: it needs the role ${roles.join(' or ')}.`)
            continue
        }
        if (action.condition) {
            let holds: boolean
            try {
                holds = host.evaluateCondition(action.condition, { table, sysId }, asUser)
            } catch (error) {
                hidden.push(
                    `${label} is hidden: its condition (${action.condition}) failed: ${error instanceof Error ? error.message : String(error)}`
                )
                continue
            }
            if (!holds) {
                hidden.push(`${label} is hidden: its condition (${action.condition}) is false for this record.`)
                continue
            }
        }
        shown.push({ action, label, hint: translatedValue(host.db, 'sys_ui_action', 'hint', action.hint ?? '', language) })
    }
    return { shown, hidden }
}

export interface NavigatorModule {
    sysId: string
    /** The module's title in the user's language. */
    title: string
    linkType: string
    /** DIRECT: the URL it opens; LIST: the table it lists. */
    query: string
    table: string
    filter: string
}

export interface NavigatorMenu {
    title: string
    modules: NavigatorModule[]
}

/** The application menus and modules the navigator lists for the user: each needs one of its roles (none: everyone), modules in their order. */
export function navigatorMenus(host: UiHost, asUser: string): NavigatorMenu[] {
    const language = host.languageOf(asUser)
    const menus = host.db
        .rows('sys_app_application')
        .filter((menu) => menu.active !== 'false' && holdsOneOf(host, asUser, roleList(menu.roles)))
    return menus.map((menu) => ({
        title: translatedValue(host.db, 'sys_app_application', 'title', menu.title ?? '', language),
        modules: host.db
            .rows('sys_app_module')
            .filter(
                (module) =>
                    module.application === menu.sys_id && module.active !== 'false' && holdsOneOf(host, asUser, roleList(module.roles))
            )
            .sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0))
            .map((module) => ({
                sysId: module.sys_id,
                title: translatedValue(host.db, 'sys_app_module', 'title', module.title ?? '', language),
                linkType: module.link_type ?? '',
                query: module.query ?? '',
                table: module.name ?? '',
                filter: module.filter ?? '',
            })),
    }))
}

export interface PropertiesPageEntry {
    property: Row
    /** What the page shows above the value: the property's description (the name when it has none). */
    title: string
    /** A choicelist's choices as its Choices field lists them (`Label=value`, or a value alone), in order. */
    choices: { label: string; value: string }[]
    /** Read roles and write roles: none means everyone who may open the page. */
    readable: boolean
    writable: boolean
}

/** A property's Choices field: comma-separated, each `Label=value` or a value that is its own label. */
export function propertyChoices(text: string): { label: string; value: string }[] {
    return text
        .split(',')
        .filter((entry) => entry.trim() !== '')
        .map((entry) => {
            const index = entry.indexOf('=')
            return index < 0
                ? { label: entry.trim(), value: entry.trim() }
                : { label: entry.slice(0, index).trim(), value: entry.slice(index + 1).trim() }
        })
}

/**
 * The properties page of a category (system_properties_ui.do?sysparm_category=<name>) for the user: its title in their
 * language and the category's properties in their m2m order, each under its description, with what they may read and write.
 */
export function propertiesPage(
    host: UiHost,
    category: string,
    asUser: string
): { title: string; entries: PropertiesPageEntry[] } | undefined {
    const { db } = host
    const record = db.rows('sys_properties_category').find((row) => row.name === category)
    if (!record) return undefined
    const entries = db
        .rows('sys_properties_category_m2m')
        .filter((link) => link.category === record.sys_id)
        .sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0))
        .flatMap((link) => {
            const property = db.get('sys_properties', link.property ?? '')
            if (!property) return []
            return [
                {
                    property,
                    title: property.description || property.name || '',
                    choices: propertyChoices(property.choices ?? ''),
                    readable: holdsOneOf(host, asUser, roleList(property.read_roles)),
                    writable: holdsOneOf(host, asUser, roleList(property.write_roles)),
                },
            ]
        })
    return {
        title: translatedValue(db, 'sys_properties_category', 'title', record.title ?? record.name ?? '', host.languageOf(asUser)),
        entries,
    }
}
