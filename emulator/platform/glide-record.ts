// GlideRecord and GlideRecordSecure over the emulated database. A record is a Proxy so that
// `gr.field` gives a GlideElement and `gr.field = 'x'` sets the value, as in platform scripts.
// GlideRecordSecure applies the ACLs after the query, as the platform's post-query check does: rows the
// user may not read are skipped, fields they may not read hold NULL, fields they may not write are stored
// as NULL, and a create/write/delete the table's ACLs refuse does nothing.
import { languageOf } from './messages.ts'
import type { Row } from '../engine/loader.ts'
import type { QueryOperation, RecordOperation } from './acl.ts'
import { createElement, type ElementHost } from './glide-element.ts'
import {
    conditionsMatch,
    parseEncodedQuery,
    queryOperation,
    sortRows,
    toOperator,
    withStoredValues,
    type Condition,
    type Order,
    type Term,
} from '../engine/query.ts'
import type { Runtime } from './runtime.ts'
import { JOURNAL_TYPES } from '../engine/schema.ts'
import { rowScope } from '../engine/scope.ts'
import { newSysId } from '../engine/db.ts'
import { displayText, storedValue } from '../engine/values.ts'
import { unsupported } from '../engine/unsupported.ts'

/** Platform GlideRecord methods this emulator does not implement: calling one throws. */
const UNSUPPORTED_METHODS = new Set([
    'addJoinQuery',
    'addNotNullQuery',
    'addFunction',
    'addDomainQuery',
    'applyEncodedQuery',
    'autoSysFields',
    'chooseWindow',
    'deleteMultiple',
    'updateMultiple',
    'getEncodedQuery',
    'getLastErrorMessage',
    'getLink',
    'getClassDisplayValue',
    'getLabel',
    'getED',
    'getFields',
    'isNewRecord',
    'operation',
    'setAbortAction',
    'setForceUpdate',
    'setQueryReferences',
    'setUseEngines',
    'canDelete',
    'insertWithReferences',
    'updateWithReferences',
])

const records = new WeakMap<object, GlideRecordCore>()

/** What identifies a row; field ACLs never blank them in memory. */
const IDENTITY_FIELDS = new Set(['sys_id', 'sys_class_name'])

/** The implementation behind a GlideRecord proxy, or undefined for anything else. */
export function recordCore(value: unknown): GlideRecordCore | undefined {
    return value && typeof value === 'object' ? records.get(value) : undefined
}

/** Converts an assigned value (GlideRecord, GlideElement, GlideDateTime, primitive) to what setValue stores. */
function plainValue(value: unknown): unknown {
    if (value === null || value === undefined) return value
    const core = recordCore(value)
    if (core) return core.getUniqueValue()
    if (typeof value === 'object') return String(value)
    return value
}

export class GlideRecordCore implements ElementHost {
    readonly #runtime: Runtime
    readonly #table: string
    readonly #secure: boolean
    #groups: Condition[][] = [[]]
    #orders: Order[] = []
    #limit: number | undefined
    #results: Row[] = []
    /** Rows the last secure query found but the ACLs hid. */
    #removedByAcl = 0
    #position = -1
    /** The row the record is positioned on (as stored; secure: with unreadable fields NULL), or undefined for a new record. */
    #row: Row | undefined
    /** The row as stored, which ACL conditions and scripts see. */
    #storedRow: Row | undefined
    /** Values set since the row was loaded, as they will be stored. */
    #changes: Record<string, string> = {}
    #proxy: object

    constructor(runtime: Runtime, table: string, secure: boolean) {
        this.#runtime = runtime
        this.#table = String(table)
        this.#secure = secure
        this.#proxy = new Proxy(this, {
            get: (target, prop) => target.#property(prop),
            set: (target, prop, value) => {
                if (typeof prop === 'string' && target.isValidField(prop)) target.setValue(prop, value)
                return true
            },
        })
        records.set(this.#proxy, this)
    }

    get proxy(): object {
        return this.#proxy
    }

    #property(prop: string | symbol): unknown {
        if (typeof prop === 'symbol') return Reflect.get(this, prop)
        const method = (GlideRecordCore.prototype as unknown as Record<string, unknown>)[prop]
        if (typeof method === 'function' && prop !== 'constructor' && !INTERNAL.has(prop)) return method.bind(this)
        if (UNSUPPORTED_METHODS.has(prop)) return () => unsupported(`GlideRecord.${prop}`)
        if (this.isValidField(prop)) return createElement(this, prop)
        return undefined
    }

    /** The table's ACLs for a row of its own class; for a child-class row (a `task` query finding an incident) which class's ACLs the platform applies is not documented. */
    #can(operation: RecordOperation, row: Row | undefined): boolean {
        const rowClass = row?.sys_class_name
        if (rowClass && rowClass !== this.#table)
            unsupported(`ACLs of GlideRecord('${this.#table}') on a ${rowClass} row (query ${rowClass} itself)`)
        return this.#runtime.acl.canAccessRecord(this.#runtime.user(), this.#table, operation, row)
    }

    /** canRead/canWrite/canCreate on a record of its own class: on `task` positioned on an incident the platform's choice is undocumented. */
    #ownClass(api: string): void {
        const rowClass = this.#storedRow?.sys_class_name
        if (rowClass && rowClass !== this.#table)
            unsupported(`GlideRecord('${this.#table}').${api} on a ${rowClass} row (open it as GlideRecord('${rowClass}'))`)
    }

    /** Fields of the loaded row the user may not read (secure records hold NULL for them); its identity (sys_id, class) stays. */
    #unreadableFields(row: Row): string[] {
        const acl = this.#runtime.acl
        if (!acl.hasFieldAcls(this.#table, 'read')) return []
        const user = this.#runtime.user()
        return this.#runtime.db.schema
            .columns(row.sys_class_name || this.#table)
            .map((column) => column.name)
            .filter((field) => !IDENTITY_FIELDS.has(field) && !acl.passesFieldAcls(user, this.#table, field, 'read', row))
    }

    /** Secure writes store NULL for each changed field the user may not write (create: a field's create ACL, else its write ACL). */
    #nullUnwritableChanges(operation: 'create' | 'write'): void {
        const acl = this.#runtime.acl
        if (!acl.hasFieldAcls(this.#table, 'write') && !acl.hasFieldAcls(this.#table, 'create')) return
        const user = this.#runtime.user()
        for (const field of Object.keys(this.#changes)) {
            if (!IDENTITY_FIELDS.has(field) && !acl.passesFieldAcls(user, this.#table, field, operation, this.#storedRow))
                this.#changes[field] = ''
        }
    }

    #read(row: Row, field: string): string {
        const [head, ...rest] = field.split('.')
        const value = row[head!] ?? ''
        if (rest.length === 0) return value
        const column = this.#runtime.db.schema.column(row.sys_class_name || this.#table, head!)
        const referenced = column?.reference && value ? this.#runtime.db.get(column.reference, value) : undefined
        if (!referenced) return ''
        return new GlideRecordCore(this.#runtime, column!.reference!, false).#read(referenced, rest.join('.'))
    }

    /**
     * A secure query without the conditions and orders the user may not submit (query ACLs, emulator/README.md): a
     * condition on a field they may not query is left out — so the rows do not depend on its value —, and so is an
     * order by a field they may not range-query. A dot-walked path is checked at its first field.
     */
    #permittedQuery(): { groups: Condition[][]; orders: Order[] } {
        const acl = this.#runtime.acl
        const user = this.#runtime.user()
        const allowed = (field: string, operation: QueryOperation) => acl.canQueryField(user, this.#table, field.split('.')[0]!, operation)
        const groups = this.#groups.map((conditions) =>
            conditions
                .map((alternatives) => alternatives.filter((term) => allowed(term.field, queryOperation(term.operator))))
                .filter((alternatives) => alternatives.length > 0)
        )
        return { groups, orders: this.#orders.filter((order) => allowed(order.field, 'query_range')) }
    }

    /** The column a (possibly dot-walked) field path ends at: `caller_id.active` → sys_user.active. */
    #columnAt(path: string) {
        const schema = this.#runtime.db.schema
        let table = this.#table
        const fields = path.split('.')
        for (const field of fields.slice(0, -1)) table = schema.column(table, field)?.reference ?? ''
        return schema.column(table, fields[fields.length - 1]!)
    }

    /** A condition value as the column stores it, so `active=true` matches the stored '1'. */
    #queryValue(field: string, value: unknown): string {
        const plain = plainValue(value)
        if (Array.isArray(plain)) return plain.map(String).join(',')
        const column = this.#columnAt(field)
        return column?.type === 'boolean' ? storedValue(column, plain) : plain === null || plain === undefined ? '' : String(plain)
    }

    #load(row: Row | undefined): void {
        this.#storedRow = row
        this.#row = row ? { ...row } : undefined
        if (row && this.#secure) for (const field of this.#unreadableFields(row)) this.#row![field] = ''
        this.#changes = {}
    }

    // ---- query building ----

    addQuery(field: string, operatorOrValue: unknown, value?: unknown): { addOrCondition: (f: string, o: unknown, v?: unknown) => void } {
        const hasOperator = arguments.length >= 3
        const term: Term = {
            field: String(field),
            operator: hasOperator ? toOperator('GlideRecord.addQuery', String(operatorOrValue)) : '=',
            value: this.#queryValue(String(field), hasOperator ? value : operatorOrValue),
        }
        const condition: Condition = [term]
        for (const group of this.#groups) group.push(condition)
        return {
            addOrCondition: (orField: string, orOperator: unknown, orValue?: unknown) => {
                const orHasOperator = orValue !== undefined
                condition.push({
                    field: String(orField),
                    operator: orHasOperator ? toOperator('addOrCondition', String(orOperator)) : '=',
                    value: this.#queryValue(String(orField), orHasOperator ? orValue : orOperator),
                })
            },
        }
    }

    addEncodedQuery(query: string): void {
        const parsed = withStoredValues(parseEncodedQuery(String(query)), (field, value) => this.#queryValue(field, value))
        this.#groups = this.#groups.flatMap((existing) => parsed.groups.map((group) => [...existing, ...group]))
        this.#orders.push(...parsed.orders)
    }

    addNullQuery(field: string): void {
        this.addQuery(field, 'ISEMPTY', '')
    }

    orderBy(field: string): void {
        this.#orders.push({ field: String(field), descending: false })
    }

    orderByDesc(field: string): void {
        this.#orders.push({ field: String(field), descending: true })
    }

    setLimit(limit: number): void {
        this.#limit = Number(limit)
    }

    setWorkflow(_enabled: boolean): void {
        // The emulator runs no business rules or workflows, so there is nothing to switch off.
    }

    query(): void {
        this.#runtime.counters.queries++
        this.#position = -1
        this.#load(undefined)
        if (!this.isValid()) {
            this.#runtime.log('error', `Invalid table name ${this.#table} provided for GlideRecord`)
            this.#results = []
            return
        }
        const { groups, orders } = this.#secure ? this.#permittedQuery() : { groups: this.#groups, orders: this.#orders }
        const matching = this.#runtime.db
            .rows(this.#table)
            .filter((row) => groups.some((conditions) => conditionsMatch(conditions, (field) => this.#read(row, field))))
        const sorted = sortRows(matching, orders, (row, field) => this.#read(row, field))
        const found = this.#limit === undefined ? sorted : sorted.slice(0, Math.max(0, this.#limit))
        // The post-query check: ACLs see the rows the query (and its limit) returned.
        this.#results = this.#secure ? found.filter((row) => this.#can('read', row)) : found
        this.#removedByAcl = found.length - this.#results.length
    }

    next(): boolean {
        if (this.#position + 1 >= this.#results.length) {
            this.#position = this.#results.length
            this.#load(undefined)
            return false
        }
        this.#position++
        this.#load(this.#results[this.#position])
        return true
    }

    hasNext(): boolean {
        return this.#position + 1 < this.#results.length
    }

    get(fieldOrSysId: string, value?: string): boolean {
        if (value === undefined) {
            this.#runtime.counters.queries++
            const row = this.isValid() ? this.#runtime.db.get(this.#table, String(fieldOrSysId)) : undefined
            const visible = row && (!this.#secure || this.#can('read', row)) ? row : undefined
            this.#results = visible ? [visible] : []
            this.#removedByAcl = row && !visible ? 1 : 0
            this.#position = visible ? 0 : -1
            this.#load(visible)
            return visible !== undefined
        }
        this.#groups = [[]]
        this.addQuery(String(fieldOrSysId), value)
        this.setLimit(1)
        this.query()
        return this.next()
    }

    getRowCount(): number {
        if (this.#removedByAcl > 0)
            unsupported(
                'GlideRecordSecure.getRowCount after ACLs hid rows (whether the platform counts them is not documented; count next() instead)'
            )
        return this.#results.length
    }

    // ---- reading ----

    getValue(field: string): string | null {
        if (!this.isValidField(String(field).split('.')[0]!)) return null
        if (JOURNAL_TYPES.has(this.column(field)?.type ?? '')) return null
        const value = field.includes('.')
            ? this.#read({ ...(this.#row ?? { sys_id: '' }), ...this.#changes }, field)
            : this.storedValue(field)
        return value === '' ? null : value
    }

    getDisplayValue(field?: string): string {
        if (field === undefined) {
            const display = this.#runtime.db.schema.displayField(this.#table)
            return display ? this.displayValue(display) : this.getUniqueValue()
        }
        return this.displayValue(String(field))
    }

    getUniqueValue(): string {
        return this.#changes.sys_id ?? this.#row?.sys_id ?? ''
    }

    getTableName(): string {
        return this.#table
    }

    getRecordClassName(): string {
        return this.#row?.sys_class_name || this.#table
    }

    getElement(field: string): unknown {
        return this.isValidField(String(field)) ? createElement(this, String(field)) : null
    }

    isValid(): boolean {
        return this.#runtime.db.schema.has(this.#table)
    }

    isValidRecord(): boolean {
        return this.#row !== undefined
    }

    isValidField(field: string): boolean {
        return this.isValid() && this.#runtime.db.schema.column(this.getRecordClassName(), String(field)) !== undefined
    }

    canRead(): boolean {
        this.#ownClass('canRead')
        return this.isValid() && this.#can('read', this.#storedRow)
    }

    canWrite(): boolean {
        this.#ownClass('canWrite')
        return this.isValid() && this.#can('write', this.#storedRow)
    }

    canCreate(): boolean {
        this.#ownClass('canCreate')
        return this.isValid() && this.#can('create', undefined)
    }

    toString(): string {
        return '[object GlideRecord]'
    }

    // ---- writing ----

    setValue(field: string, value: unknown): void {
        const column = this.column(String(field))
        if (!column) return
        this.#changes[String(field)] = storedValue(column, plainValue(value))
    }

    initialize(): void {
        this.#load(undefined)
        this.#position = -1
    }

    newRecord(): void {
        this.initialize()
        this.#changes.sys_id = newSysId()
    }

    /** The sys_id a new record will be inserted with (GlideRecord - Scoped: "Sets sys_id value for the current record"). */
    setNewGuidValue(guid: string): void {
        if (this.#row) unsupported('GlideRecord.setNewGuidValue on a stored record (changing its sys_id is not documented)')
        this.#changes.sys_id = String(guid)
    }

    insert(): string | null {
        if (!this.isValid()) return null
        if (this.#secure && !this.#can('create', undefined)) {
            this.#runtime.log('warn', `Security restricted: create operation on table '${this.#table}' not allowed`)
            return null
        }
        if (this.#secure) this.#nullUnwritableChanges('create')
        if (this.#runtime.db.scriptWriteAborted(this.#table, 'insert')) return null
        const result = this.#runtime.db.insertStored(this.#table, { ...this.#changes }, this.#runtime.user().userName)
        if (!result.ok) return null
        this.#runtime.counters.inserts++
        this.#load(this.#runtime.db.get(this.#table, result.sysId))
        return result.sysId
    }

    update(): string | null {
        if (!this.#row) return this.insert()
        if (this.#secure && !this.#can('write', this.#storedRow)) {
            this.#runtime.log('warn', `Security restricted: write operation on table '${this.#table}' not allowed`)
            return null
        }
        if (this.#secure) this.#nullUnwritableChanges('write')
        // As on the platform, an update with nothing changed writes nothing (no mod count, no journal).
        if (Object.keys(this.#changes).length === 0) return this.#row.sys_id
        if (this.#runtime.db.scriptWriteAborted(this.#row.sys_class_name || this.#table, 'update')) return null
        const result = this.#runtime.db.updateStored(this.#table, this.#row.sys_id, { ...this.#changes }, this.#runtime.user().userName)
        if (!result.ok) return null
        this.#runtime.counters.updates++
        this.#load(this.#runtime.db.get(this.#table, result.sysId))
        return result.sysId
    }

    deleteRecord(): boolean {
        if (!this.#row) return false
        if (this.#secure && !this.#can('delete', this.#storedRow)) return false
        const deleted = this.#runtime.db.delete(this.#table, this.#row.sys_id)
        if (deleted) this.#runtime.counters.deletes++
        this.#load(undefined)
        return deleted
    }

    // ---- for the emulator itself and GlideElement, not visible to scripts ----

    /** The positioned row as this record holds it (secure: unreadable fields NULL), or undefined. */
    heldRow(): Row | undefined {
        return this.#row ? { ...this.#row } : undefined
    }

    /** Fields of the positioned row a secure record holds NULL for because the user may not read them. */
    unreadableFields(): string[] {
        return this.#secure && this.#storedRow ? this.#unreadableFields(this.#storedRow) : []
    }

    /** Rows the last secure query or get found but the ACLs hid. */
    rowsHiddenByAcl(): number {
        return this.#removedByAcl
    }

    /** Positions the record on a row without a query (the emulator hands scripts `current` this way). */
    openRow(row: Row): void {
        this.#results = [row]
        this.#position = 0
        this.#load(row)
    }

    column(field: string) {
        return this.isValid() ? this.#runtime.db.schema.column(this.getRecordClassName(), field) : undefined
    }

    storedValue(field: string): string {
        return this.#changes[field] ?? this.#row?.[field] ?? ''
    }

    displayValue(field: string): string {
        const column = this.column(field)
        const stored = this.storedValue(field)
        if (!column || stored === '' || JOURNAL_TYPES.has(column.type)) return ''
        if (column.type === 'reference' && column.reference) {
            const row = this.#runtime.db.get(column.reference, stored)
            const display = row ? this.#runtime.db.schema.displayField(row.sys_class_name || column.reference) : undefined
            return row && display ? (row[display] ?? '') : stored
        }
        // A choice shows its label in the session's language, else the base (English) label.
        const language = languageOf(this.#runtime, this.#runtime.user())
        const choice =
            column.choiceTranslations?.find((c) => c.value === stored && c.language === language) ??
            column.choices?.find((c) => c.value === stored)
        if (choice) return choice.label
        return displayText(column, stored)
    }

    setDisplayValue(field: string, value: string): void {
        const column = this.column(field)
        if (column?.type === 'reference' && column.reference) {
            const display = this.#runtime.db.schema.displayField(column.reference)
            const row = display ? this.#runtime.db.rows(column.reference).find((r) => r[display] === String(value)) : undefined
            this.setValue(field, row?.sys_id ?? '')
            return
        }
        const language = languageOf(this.#runtime, this.#runtime.user())
        const choice =
            column?.choiceTranslations?.find((c) => c.label === String(value) && c.language === language) ??
            column?.choices?.find((c) => c.label === String(value))
        this.setValue(field, choice ? choice.value : value)
    }

    /** GlideElement.canRead/canWrite/canCreate: the record's table-level decision, then the field's. */
    canAccessField(field: string, operation: RecordOperation): boolean {
        const row = operation === 'create' ? undefined : this.#storedRow
        return this.isValid() && this.#runtime.acl.canAccessField(this.#runtime.user(), this.#table, field, operation, row)
    }

    refRecord(field: string): unknown {
        const column = this.column(field)
        const target = new GlideRecordCore(this.#runtime, column?.reference ?? '', false)
        const sysId = this.storedValue(field)
        if (sysId) target.get(sysId)
        return target.proxy
    }

    rowScope(): string {
        return rowScope(this.#runtime.db, this.#table, this.#row)
    }

    refElement(field: string, referencedField: string): unknown {
        const target = recordCore(this.refRecord(field))!
        return target.isValidField(referencedField) ? createElement(target, referencedField) : undefined
    }
}

/** Methods of GlideRecordCore that exist for GlideElement, not for scripts. */
const INTERNAL = new Set([
    'openRow',
    'column',
    'storedValue',
    'displayValue',
    'refRecord',
    'refElement',
    'rowScope',
    'canAccessField',
    'heldRow',
    'unreadableFields',
    'rowsHiddenByAcl',
])

/** The GlideRecord and GlideRecordSecure constructors scripts see. */
export function createGlideRecordClasses(runtime: Runtime) {
    function GlideRecord(this: unknown, table: string) {
        return new GlideRecordCore(runtime, table, false).proxy
    }
    function GlideRecordSecure(this: unknown, table: string) {
        return new GlideRecordCore(runtime, table, true).proxy
    }
    return { GlideRecord, GlideRecordSecure }
}
