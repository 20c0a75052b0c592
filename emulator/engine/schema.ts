// Tables and their columns: the platform's built-in ones plus the app's (from dist/app), with the
// class hierarchy (incident and sn_customerservice_case extend task; customer_contact extends sys_user).
import type { ColumnDefinition, Row, TableDefinition } from './loader.ts'
import { SYSTEM_COLUMNS } from './platform-tables.ts'

export const JOURNAL_TYPES = new Set(['journal', 'journal_input', 'journal_list'])

export class Schema {
    private readonly tables = new Map<string, TableDefinition>()

    constructor(definitions: TableDefinition[]) {
        for (const definition of definitions) this.define(definition)
    }

    /** Adds a table, or merges columns into one already defined (the app may add columns to a platform table). */
    define(definition: TableDefinition): void {
        const existing = this.tables.get(definition.name)
        if (!existing) {
            this.tables.set(definition.name, { ...definition, columns: [...definition.columns] })
            return
        }
        for (const column of definition.columns) {
            if (column.name && !existing.columns.some((c) => c.name === column.name)) existing.columns.push(column)
        }
    }

    /** A table that only ships as records (sys_script_include, sys_security_acl, …): its columns are the fields its rows carry. */
    defineFromRows(table: string, rows: Row[]): void {
        const names = new Set<string>()
        for (const row of rows) for (const field of Object.keys(row)) names.add(field)
        this.define({ name: table, columns: [...names].map((name) => ({ name, type: 'string' })) })
    }

    tableNames(): string[] {
        return [...this.tables.keys()]
    }

    has(table: string): boolean {
        return this.tables.has(table)
    }

    definition(table: string): TableDefinition {
        const definition = this.tables.get(table)
        if (!definition) throw new Error(`Table ${table} does not exist`)
        return definition
    }

    /** The table, then its parent, then its parent's parent… */
    ancestry(table: string): string[] {
        const chain: string[] = []
        for (let name: string | undefined = table; name && this.tables.has(name); name = this.tables.get(name)?.superClass) chain.push(name)
        return chain
    }

    /** The table and every table that extends it, at any depth. */
    descendants(table: string): string[] {
        const found = [table]
        for (const definition of this.tables.values()) {
            if (definition.name !== table && this.ancestry(definition.name).includes(table)) found.push(definition.name)
        }
        return found
    }

    /** The topmost ancestor: rows of one hierarchy share one store (as task's children share the task table). */
    root(table: string): string {
        const chain = this.ancestry(table)
        return chain[chain.length - 1] ?? table
    }

    column(table: string, field: string): ColumnDefinition | undefined {
        for (const name of this.ancestry(table)) {
            const column = this.tables.get(name)?.columns.find((c) => c.name === field)
            if (column) return column
        }
        return SYSTEM_COLUMNS.find((c) => c.name === field)
    }

    columns(table: string): ColumnDefinition[] {
        const seen = new Map<string, ColumnDefinition>()
        for (const name of this.ancestry(table))
            for (const column of this.tables.get(name)?.columns ?? []) if (!seen.has(column.name)) seen.set(column.name, column)
        for (const column of SYSTEM_COLUMNS) if (!seen.has(column.name)) seen.set(column.name, column)
        return [...seen.values()]
    }

    numberPrefix(table: string): string | undefined {
        for (const name of this.ancestry(table)) {
            const prefix = this.tables.get(name)?.numberPrefix
            if (prefix) return prefix
        }
        return undefined
    }

    displayField(table: string): string | undefined {
        for (const name of this.ancestry(table)) {
            const display = this.tables.get(name)?.display
            if (display) return display
        }
        return undefined
    }
}
