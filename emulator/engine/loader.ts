// Reads what ships: dist/app/**/*.xml as the instance would receive it. Record files
// (`<record_update table="t"><t>…</t></record_update>`) become rows of plain strings; table
// definitions (dist/app/dictionary/*.xml) become column schemas with types, flags and choices.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'

export type Row = { sys_id: string; [field: string]: string }

export interface ColumnDefinition {
    name: string
    type: string
    label?: string
    unique?: boolean
    mandatory?: boolean
    defaultValue?: string
    maxLength?: number
    reference?: string
    /** The choices in the base language (English, or no language given). */
    choices?: { value: string; label: string }[]
    /** The same choices' labels in other languages (sys_choice rows with a language). */
    choiceTranslations?: { value: string; label: string; language: string }[]
}

export interface TableDefinition {
    name: string
    label?: string
    superClass?: string
    display?: string
    columns: ColumnDefinition[]
    /** Auto-number prefix, e.g. INC for incident. */
    numberPrefix?: string
}

export interface LoadedDist {
    /** Rows per table, in file-name order. */
    records: Map<string, Row[]>
    tables: TableDefinition[]
    /** The application scopes the records name (`<sys_scope display_value="x_app">sys_id</sys_scope>`): sys_id → scope name. */
    scopes: Map<string, string>
}

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
})

function xmlFiles(dir: string): string[] {
    const found: string[] = []
    for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) found.push(...xmlFiles(path))
        else if (name.endsWith('.xml')) found.push(path)
    }
    return found
}

/** The text of an element: `<a>x</a>` → 'x', `<a display_value="d">x</a>` → 'x', `<a/>` → ''. */
function textOf(node: unknown): string {
    if (node === undefined || node === null) return ''
    if (typeof node === 'string') return node
    if (typeof node === 'object' && '#text' in node) return String((node as { '#text': unknown })['#text'])
    return ''
}

/** `<super_class name="task">…</super_class>` → 'task': a reference carries its target's name or display value. */
function displayOf(node: unknown): string | undefined {
    if (!node || typeof node !== 'object') return undefined
    const attributes = node as Record<string, unknown>
    const display = attributes['@_name'] ?? attributes['@_display_value']
    return display === undefined ? undefined : String(display)
}

interface LoadedRecord {
    table: string
    row: Row
    displayValues: Record<string, string>
    /** `DELETE` for a record the app removes (author_elective_update/), else INSERT_OR_UPDATE. */
    action: string
}

function recordOf(table: string, body: unknown): LoadedRecord | undefined {
    if (!table || !body || typeof body !== 'object') return undefined
    const row: Row = { sys_id: '' }
    const displayValues: Record<string, string> = {}
    for (const [field, value] of Object.entries(body)) {
        if (field === '#text' || field.startsWith('@_')) continue
        row[field] = textOf(value)
        const display = displayOf(value)
        if (display !== undefined) displayValues[field] = display
    }
    return row.sys_id ? { table, row, displayValues, action: String((body as Record<string, unknown>)['@_action'] ?? '') } : undefined
}

/**
 * The records of one update file: the one its `table` names, then any it carries beside it (a Flow Designer action
 * ships its steps, inputs, outputs, variable values and data-pill mappings in its own file; an ATF step its variable
 * values). Installing the file installs every one of them.
 */
function recordsFromXml(xml: string): LoadedRecord[] {
    const update = parser.parse(xml)?.record_update
    if (!update || typeof update !== 'object') return []
    // A Flow Designer action's file names no table: its first record (the action) is the file's.
    const children = Object.keys(update).filter((key) => !key.startsWith('@_') && key !== '#text' && key !== 'sys_update_name')
    const table = String(update['@_table'] ?? children[0] ?? '')
    const main = recordOf(table, update[table])
    if (!main) return []
    const companions: LoadedRecord[] = []
    for (const [child, value] of Object.entries(update as Record<string, unknown>)) {
        if (child === table || child.startsWith('@_') || child === '#text' || child === 'sys_update_name') continue
        for (const body of asArray(value)) {
            const record = recordOf(child, body)
            if (record) companions.push(record)
        }
    }
    return [main, ...companions]
}

function asArray<T>(value: T | T[] | undefined): T[] {
    return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

type XmlElement = Record<string, unknown>

function columnFromXml(element: XmlElement): ColumnDefinition {
    const attr = (name: string) => (element[`@_${name}`] === undefined ? undefined : String(element[`@_${name}`]))
    const choiceList = asArray((element.choice as XmlElement | undefined)?.element as XmlElement | XmlElement[] | undefined)
    const column: ColumnDefinition = { name: attr('name') ?? '', type: attr('type') ?? 'string' }
    if (attr('label')) column.label = attr('label')
    if (attr('unique') === 'true') column.unique = true
    if (attr('mandatory') === 'true') column.mandatory = true
    if (attr('default_value') !== undefined) column.defaultValue = attr('default_value')
    if (attr('max_length')) column.maxLength = Number(attr('max_length'))
    if (attr('reference')) column.reference = attr('reference')
    const choiceLanguage = (choice: XmlElement) => String(choice['@_language'] ?? 'en').toLowerCase()
    const choiceOf = (choice: XmlElement) => ({ value: String(choice['@_value']), label: String(choice['@_label'] ?? choice['@_value']) })
    const base = choiceList.filter((choice) => choiceLanguage(choice) === 'en')
    const translated = choiceList.filter((choice) => choiceLanguage(choice) !== 'en')
    if (base.length > 0) column.choices = base.map(choiceOf)
    if (translated.length > 0)
        column.choiceTranslations = translated.map((choice) => ({ ...choiceOf(choice), language: choiceLanguage(choice) }))
    return column
}

function tablesFromDictionaryXml(xml: string): TableDefinition[] {
    return asArray(parser.parse(xml)?.database?.element as XmlElement | XmlElement[] | undefined).map((table) => {
        const definition: TableDefinition = {
            name: String(table['@_name']),
            columns: asArray(table.element as XmlElement | XmlElement[] | undefined).map(columnFromXml),
        }
        if (table['@_label']) definition.label = String(table['@_label'])
        if (table['@_extends']) definition.superClass = String(table['@_extends'])
        if (table['@_display']) definition.display = String(table['@_display'])
        return definition
    })
}

/** Columns from sys_dictionary records: these also cover a column the app adds to a platform table. */
function tablesFromDictionaryRecords(rows: Row[]): TableDefinition[] {
    const byTable = new Map<string, ColumnDefinition[]>()
    for (const row of rows) {
        if (!row.element || !row.name || row.internal_type === 'collection') continue
        const column: ColumnDefinition = { name: row.element, type: row.internal_type || 'string' }
        if (row.column_label) column.label = row.column_label
        if (row.unique === 'true') column.unique = true
        if (row.mandatory === 'true') column.mandatory = true
        if (row.default_value) column.defaultValue = row.default_value
        if (row.max_length) column.maxLength = Number(row.max_length)
        if (row.reference) column.reference = row.reference
        byTable.set(row.name, [...(byTable.get(row.name) ?? []), column])
    }
    return [...byTable].map(([name, columns]) => ({ name, columns }))
}

/** Parsed builds by directory; reused while no file under it changed (every test loads the same build). */
const parsed = new Map<string, { signature: string; dist: LoadedDist }>()

/**
 * Loads every record and table definition under distDir (normally dist/app). The result is shared by
 * the instances loaded from the same unchanged build: callers copy, never change, what it holds.
 */
export function loadDist(distDir: string): LoadedDist {
    if (!existsSync(distDir)) throw new Error(`${distDir} does not exist: run \`npm run build\` first`)
    const files = xmlFiles(distDir)
    const signature = files.map((file) => `${file}:${statSync(file).mtimeMs}`).join('\n')
    const cached = parsed.get(distDir)
    if (cached && cached.signature === signature) return cached.dist
    const dist = parseDist(files)
    parsed.set(distDir, { signature, dist })
    return dist
}

function parseDist(files: string[]): LoadedDist {
    const records = new Map<string, Row[]>()
    const tables: TableDefinition[] = []
    const superClasses = new Map<string, string>()
    const scopes = new Map<string, string>()
    // A record the app no longer defines ships as action="DELETE" (author_elective_update/): installing removes it.
    const deleted = new Set<string>()
    for (const file of files) {
        const xml = readFileSync(file, 'utf8')
        if (/<database>/.test(xml.slice(0, 200))) {
            tables.push(...tablesFromDictionaryXml(xml))
            continue
        }
        for (const record of recordsFromXml(xml)) {
            if (record.action === 'DELETE') {
                deleted.add(`${record.table}/${record.row.sys_id}`)
                continue
            }
            // An ACL's operation references sys_security_operation: built-in ones ship as their name, others (report_view)
            // as the operation record's sys_id with the name as display value. ACLs are matched by that name.
            if (record.table === 'sys_security_acl' && record.displayValues.operation) record.row.operation = record.displayValues.operation
            const rows = records.get(record.table) ?? []
            rows.push(record.row)
            records.set(record.table, rows)
            if (record.table === 'sys_db_object' && record.displayValues.super_class)
                superClasses.set(record.row.name ?? '', record.displayValues.super_class)
            if (record.row.sys_scope && record.displayValues.sys_scope) scopes.set(record.row.sys_scope, record.displayValues.sys_scope)
        }
    }
    for (const [table, rows] of records)
        records.set(
            table,
            rows.filter((row) => !deleted.has(`${table}/${row.sys_id}`))
        )
    for (const table of tables) {
        const superClass = superClasses.get(table.name)
        if (superClass) table.superClass = superClass
    }
    return { records, tables: [...tables, ...tablesFromDictionaryRecords(records.get('sys_dictionary') ?? [])], scopes }
}
