// The emulated database: rows of strings per table, one store per class hierarchy (so a task query
// sees incidents and cases), auto-numbering, column defaults, unique indexes and journal entries.
import { randomUUID } from 'node:crypto'
import type { ColumnDefinition, Row } from './loader.ts'
import { CURRENT_USER_DEFAULT, FIRST_NUMBER } from './platform-tables.ts'
import { JOURNAL_TYPES, type Schema } from './schema.ts'
import { fitToColumn, formatUtc, storedValue, type ColumnCut } from './values.ts'

export interface JournalEntry {
    value: string
    sys_created_by: string
    sys_created_on: string
}

export type ScriptWrite = 'insert' | 'update'

export type WriteResult = { ok: true; sysId: string } | { ok: false; reason: string }

/** A value the database cut to its column's size (see fitToColumn). */
export interface Truncation extends ColumnCut {
    table: string
    field: string
    sysId: string
}

export function newSysId(): string {
    return randomUUID().replace(/-/g, '')
}

export class Database {
    /** Rows by hierarchy root table, then by sys_id. */
    private readonly stores = new Map<string, Map<string, Row>>()
    private readonly numbers = new Map<string, number>()
    /** Tables whose script writes a before business rule aborts (see abortScriptWrites). */
    private readonly aborting = new Map<string, Set<ScriptWrite>>()
    /** Changes per hierarchy root, so caches over a table (translations) know when to flush. */
    private readonly versions = new Map<string, number>()
    /** The content of each attachment, by its sys_attachment sys_id (the platform keeps it in sys_attachment_doc). */
    private readonly files = new Map<string, string>()
    /** Every value cut to its column's size, seeding included: the platform cuts silently, tests assert this stays empty. */
    readonly truncations: Truncation[] = []

    constructor(
        readonly schema: Schema,
        private readonly now: () => Date,
        /** Called when the database refuses a write, as the platform logs a unique-key violation. */
        private readonly onRefused: (message: string) => void = () => {},
        /** The session user's sys_id, for defaults that name the current user. */
        private readonly currentUserId: () => string = () => ''
    ) {}

    /** Grows with every insert, update or delete of a row of the table's hierarchy. */
    version(table: string): number {
        return this.schema.has(table) ? (this.versions.get(this.schema.root(table)) ?? 0) : 0
    }

    private changed(table: string): void {
        const root = this.schema.root(table)
        this.versions.set(root, (this.versions.get(root) ?? 0) + 1)
    }

    /** A column's default as stored on insert ('' when it has none). */
    private defaultValue(column: ColumnDefinition): string {
        if (column.defaultValue === undefined || column.defaultValue === '') return ''
        if (column.defaultValue === CURRENT_USER_DEFAULT) return this.currentUserId()
        return storedValue(column, column.defaultValue)
    }

    private store(table: string): Map<string, Row> {
        const root = this.schema.root(table)
        let store = this.stores.get(root)
        if (!store) this.stores.set(root, (store = new Map()))
        return store
    }

    /** Seeds a row without ACLs or counters: values are converted as a GlideRecord would store them. */
    insert(table: string, fields: Record<string, unknown>, userName = 'system'): string {
        const stored: Record<string, string> = {}
        for (const [field, value] of Object.entries(fields)) stored[field] = storedValue(this.schema.column(table, field), value)
        const result = this.insertStored(table, stored, userName)
        if (!result.ok) throw new Error(`db.insert(${table}): ${result.reason}`)
        return result.sysId
    }

    /** Changes a seeded row without ACLs or counters (values converted as on insert). */
    update(table: string, sysId: string, fields: Record<string, unknown>, userName = 'system'): void {
        const stored: Record<string, string> = {}
        for (const [field, value] of Object.entries(fields)) stored[field] = storedValue(this.schema.column(table, field), value)
        const result = this.updateStored(table, sysId, stored, userName)
        if (!result.ok) throw new Error(`db.update(${table}): ${result.reason}`)
    }

    /**
     * From now on, GlideRecord inserts or updates (by scripts; seeding is not affected) of rows of this
     * table or a table extending it are aborted, as by a before business rule calling
     * current.setAbortAction(true) or a data policy refusing the write: nothing is written and
     * insert()/update() return null. Returns a function that removes the rule again.
     */
    abortScriptWrites(table: string, operations: readonly ScriptWrite[] = ['insert', 'update']): () => void {
        const set = this.aborting.get(table) ?? new Set<ScriptWrite>()
        for (const operation of operations) set.add(operation)
        this.aborting.set(table, set)
        return () => {
            for (const operation of operations) set.delete(operation)
        }
    }

    /** Whether a business rule set up by abortScriptWrites aborts this script write to a row of the given class. */
    scriptWriteAborted(rowClass: string, operation: ScriptWrite): boolean {
        return this.schema.ancestry(rowClass).some((table) => this.aborting.get(table)?.has(operation) ?? false)
    }

    get(table: string, sysId: string): Row | undefined {
        if (!this.schema.has(table)) return undefined
        const row = this.store(table).get(sysId)
        return row && this.schema.descendants(table).includes(row.sys_class_name ?? table) ? row : undefined
    }

    /** Rows of the table and of every table that extends it, in insertion order. */
    rows(table: string): Row[] {
        if (!this.schema.has(table)) return []
        const classes = new Set(this.schema.descendants(table))
        return [...this.store(table).values()].filter((row) => classes.has(row.sys_class_name ?? table))
    }

    /** Rows whose class is exactly this table (not its children). */
    rowsOf(table: string): Row[] {
        return this.rows(table).filter((row) => (row.sys_class_name || table) === table)
    }

    /** Inserts already-stored values (GlideRecord converts on setValue). Journal values become entries. */
    insertStored(table: string, values: Record<string, string>, userName: string): WriteResult {
        const sysId = values.sys_id || newSysId()
        if (this.store(table).has(sysId)) return { ok: false, reason: `a row with sys_id ${sysId} exists` }
        const now = formatUtc(this.now())
        const row: Row = { sys_id: sysId }
        for (const column of this.schema.columns(table)) {
            const value = this.defaultValue(column)
            if (value !== '') row[column.name] = value
        }
        const journal = this.splitJournal(table, values)
        Object.assign(row, this.fitColumns(table, sysId, journal.plain), {
            sys_id: sysId,
            sys_class_name: table,
            sys_created_on: values.sys_created_on || now,
            sys_created_by: values.sys_created_by || userName,
            sys_updated_on: values.sys_updated_on || now,
            sys_updated_by: values.sys_updated_by || userName,
            sys_mod_count: '0',
        })
        const prefix = this.schema.numberPrefix(table)
        if (prefix && this.schema.column(table, 'number') && !row.number) row.number = this.nextNumber(prefix)
        const violation = this.uniqueViolation(table, row)
        if (violation) return this.refuse(violation)
        this.store(table).set(sysId, row)
        this.changed(table)
        this.appendJournal(table, sysId, journal.entries, userName)
        return { ok: true, sysId }
    }

    /** Updates the given stored values on an existing row. */
    updateStored(table: string, sysId: string, values: Record<string, string>, userName: string): WriteResult {
        const existing = this.get(table, sysId)
        if (!existing) return { ok: false, reason: `no ${table} row ${sysId}` }
        const journal = this.splitJournal(table, values)
        const updated: Row = {
            ...existing,
            ...this.fitColumns(table, sysId, journal.plain),
            sys_id: sysId,
            sys_updated_on: formatUtc(this.now()),
            sys_updated_by: userName,
            sys_mod_count: String(Number(existing.sys_mod_count ?? '0') + 1),
        }
        const violation = this.uniqueViolation(table, updated)
        if (violation) return this.refuse(violation)
        this.store(table).set(sysId, updated)
        this.changed(table)
        this.appendJournal(table, sysId, journal.entries, userName)
        return { ok: true, sysId }
    }

    delete(table: string, sysId: string): boolean {
        if (!this.get(table, sysId)) return false
        this.changed(table)
        this.files.delete(sysId)
        return this.store(table).delete(sysId)
    }

    /** Keeps an attachment's content beside its sys_attachment row. */
    writeFile(attachmentSysId: string, content: string): void {
        this.files.set(attachmentSysId, content)
    }

    /** An attachment's content, or undefined when none was written (a row seeded without a file). */
    file(attachmentSysId: string): string | undefined {
        return this.files.get(attachmentSysId)
    }

    /** Journal entries of one field of one record, oldest first. */
    journal(table: string, sysId: string, field: string): JournalEntry[] {
        return this.rows('sys_journal_field')
            .filter(
                (entry) =>
                    entry.element_id === sysId && entry.element === field && this.schema.root(entry.name ?? '') === this.schema.root(table)
            )
            .map((entry) => ({
                value: entry.value ?? '',
                sys_created_by: entry.sys_created_by ?? '',
                sys_created_on: entry.sys_created_on ?? '',
            }))
    }

    private splitJournal(table: string, values: Record<string, string>): { plain: Record<string, string>; entries: [string, string][] } {
        const plain: Record<string, string> = {}
        const entries: [string, string][] = []
        for (const [field, value] of Object.entries(values)) {
            if (JOURNAL_TYPES.has(this.schema.column(table, field)?.type ?? '')) {
                if (value !== '') entries.push([field, value])
            } else {
                plain[field] = value
            }
        }
        return { plain, entries }
    }

    /** What the database keeps of each value: string columns hold at most their size (fitToColumn). */
    private fitColumns(table: string, sysId: string, values: Record<string, string>): Record<string, string> {
        const kept: Record<string, string> = {}
        for (const [field, value] of Object.entries(values)) {
            const fit = fitToColumn(this.schema.column(table, field), value)
            if (fit.cut) this.truncations.push({ table, field, sysId, ...fit.cut })
            kept[field] = fit.value
        }
        return kept
    }

    private appendJournal(table: string, sysId: string, entries: [string, string][], userName: string): void {
        for (const [field, value] of entries) {
            this.insertStored('sys_journal_field', { name: table, element: field, element_id: sysId, value }, userName)
        }
    }

    private uniqueViolation(table: string, row: Row): string | undefined {
        for (const column of this.schema.columns(table)) {
            const value = row[column.name]
            if (!column.unique || !value) continue
            const clash = this.rows(this.schema.root(table)).find((other) => other.sys_id !== row.sys_id && other[column.name] === value)
            if (clash) return `Unique Key violation detected by database (Duplicate entry '${value}' for key '${table}.${column.name}')`
        }
        return undefined
    }

    private refuse(reason: string): WriteResult {
        this.onRefused(reason)
        return { ok: false, reason }
    }

    private nextNumber(prefix: string): string {
        const first = FIRST_NUMBER[prefix] ?? { start: 1001, digits: 7 }
        const next = this.numbers.get(prefix) ?? first.start
        this.numbers.set(prefix, next + 1)
        return prefix + String(next).padStart(first.digits, '0')
    }
}
